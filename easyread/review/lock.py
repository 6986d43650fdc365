"""One change to a review file at a time, across threads and processes.

Two readers answering at once each re-read the file, change it and write it back. Without
a lock the second write would drop the first reader's answer. Threads in one studio share
a lock in memory; separate processes (two studios, or a studio and a script) share an OS
lock on a small file beside the record (``fcntl.flock``, released by the system even if
the process dies).
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Iterator
from pathlib import Path

from easyread.errors import SourceError
from easyread.location import Location

__all__ = ["locked"]

_THREADS = threading.Lock()
"""flock is per open file, so threads of one process need their own lock too."""


def lock_path(record: Path) -> Path:
    """The side file that is locked while `record` changes."""
    return record.with_name(f".{record.name}.lock")


@contextlib.contextmanager
def locked(record: Path) -> Iterator[None]:
    """Hold the review file `record` for one read-change-write."""
    with _THREADS:
        try:
            handle = os.open(lock_path(record), os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise SourceError(
                f"cannot open the lock file beside {record.name}: {exc.strerror or exc}",
                Location(str(record), 1, 1), "check the folder and its permissions") from None
        try:
            _flock(handle)
            yield
        finally:
            os.close(handle)  # closing releases the OS lock


def _flock(handle: int) -> None:
    try:
        import fcntl
    except ImportError:  # Windows: the thread lock still covers one studio
        return
    fcntl.flock(handle, fcntl.LOCK_EX)
