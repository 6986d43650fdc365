"""A progress line on the terminal for builds that take more than a second."""

from __future__ import annotations

import sys
import threading
from typing import TextIO

__all__ = ["Progress"]


class Progress:
    """Shows `[#####     ] 1/3 making booklet.pdf (4 s)` on a terminal, redrawn while work runs.

    Nothing is shown for quick builds, or when the output is not a terminal (scripts, CI).
    """

    def __init__(self, total: int, *, stream: TextIO | None = None, delay: float = 1.0,
                 every: float = 0.25) -> None:
        self.total = total
        self.done = 0
        self.label = ""
        self.stream = stream or sys.stderr
        self.delay = delay
        self.every = every
        self._shown = False
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        if self.stream.isatty():
            self._thread = threading.Thread(target=self._run, daemon=True)
            self._thread.start()

    def step(self, label: str) -> None:
        """Say that `label` is being made now (the previous one is done)."""
        if self.label:
            self.done += 1
        self.label = label

    def finish(self) -> None:
        """Stop and clear the line."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
        if self._shown:
            self.stream.write("\r" + " " * 70 + "\r")
            self.stream.flush()

    def _run(self) -> None:
        if self._stop.wait(self.delay):
            return
        waited = self.delay
        while True:
            bar = "#" * (20 * self.done // max(1, self.total))
            self.stream.write(f"\r[{bar:<20}] {self.done}/{self.total} making {self.label} "
                              f"({waited:.0f} s)   ")
            self.stream.flush()
            self._shown = True
            if self._stop.wait(self.every):
                return
            waited += self.every
