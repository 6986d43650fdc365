"""The progress line appears on a terminal for slow builds, and never for quick ones or pipes."""

from __future__ import annotations

import io
import time

from easyread.commands.progress import Progress


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_slow_work_on_a_terminal_shows_the_line_then_clears_it() -> None:
    screen = Terminal()
    progress = Progress(2, stream=screen, delay=0.05, every=0.02)
    progress.step("b.pdf")
    time.sleep(0.15)
    progress.step("b.docx")
    time.sleep(0.1)
    progress.finish()
    shown = screen.getvalue()
    assert "0/2 making b.pdf" in shown and "1/2 making b.docx" in shown
    assert shown.endswith("\r" + " " * 70 + "\r")


def test_quick_work_shows_nothing() -> None:
    screen = Terminal()
    progress = Progress(1, stream=screen, delay=5)
    progress.step("b.pdf")
    progress.finish()
    assert screen.getvalue() == ""


def test_not_a_terminal_shows_nothing() -> None:
    piped = io.StringIO()
    progress = Progress(1, stream=piped, delay=0)
    progress.step("b.pdf")
    time.sleep(0.05)
    progress.finish()
    assert piped.getvalue() == ""
