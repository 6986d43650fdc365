"""Run part of a build in a forked child process, on the machine's other core.

A build makes independent things from one document: the checker's summary and each output
format. Where the system can fork (Linux), a child process does one of them while the parent
does another; the child sends its result back through a pipe. A child that fails sends
nothing back, and the parent does that work again itself, so errors are reported exactly as
they are without forking (same message, same ``--debug`` traceback).
"""

from __future__ import annotations

import os
import pickle
import signal
import sys
from collections.abc import Callable
from typing import Generic, TypeVar

__all__ = ["Forked", "can_fork", "fork"]

T = TypeVar("T")


def can_fork() -> bool:
    """True where a child process can share this one's memory (fork, on Linux)."""
    return hasattr(os, "fork") and sys.platform.startswith("linux")


class Forked(Generic[T]):
    """Work running in a child process."""

    def __init__(self, pid: int, read_fd: int) -> None:
        self.pid = pid
        self.read_fd = read_fd

    def result(self) -> tuple[bool, T | None]:
        """Wait for the child: (True, its result), or (False, None) if it failed."""
        with os.fdopen(self.read_fd, "rb") as pipe:
            data = pipe.read()
        os.waitpid(self.pid, 0)
        if not data:
            return False, None
        try:
            value: T = pickle.loads(data)
        except Exception:
            return False, None
        return True, value

    def cancel(self) -> None:
        """Stop the child: its result is not needed any more."""
        try:
            os.kill(self.pid, signal.SIGTERM)
            os.waitpid(self.pid, 0)
        except (ProcessLookupError, ChildProcessError):
            pass
        os.close(self.read_fd)


def fork(work: Callable[[], T]) -> Forked[T] | None:
    """Start `work` in a child process, or return None when none can be started now
    (the caller then does the work itself). Call only where :func:`can_fork` is true."""
    sys.stdout.flush()
    sys.stderr.flush()
    try:
        read_fd, write_fd = os.pipe()
    except OSError:
        return None
    try:
        pid = os.fork()
    except OSError:  # too many processes, or no memory for one more
        os.close(read_fd)
        os.close(write_fd)
        return None
    if pid:
        os.close(write_fd)
        return Forked(pid, read_fd)
    # The child: do the work, send the result, and leave without running the parent's
    # clean-up (os._exit), which belongs to the parent. A failure sends nothing.
    os.close(read_fd)
    try:
        data = pickle.dumps(work(), protocol=pickle.HIGHEST_PROTOCOL)
    except BaseException:
        data = b""
    try:
        with os.fdopen(write_fd, "wb") as pipe:
            pipe.write(data)
    finally:
        os._exit(0)
