"""The date output files carry: the build time, or SOURCE_DATE_EPOCH when it is set.

SOURCE_DATE_EPOCH (https://reproducible-builds.org/specs/source-date-epoch/) makes two builds
of the same booklet byte-identical. Without it, files say when they were made. Every format
of one build carries the same moment (:func:`one_build_time`). Files are written by
easyread.files.replace_file.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Iterator
from contextvars import ContextVar

__all__ = ["build_epoch", "one_build_time"]

_PINNED: ContextVar[int | None] = ContextVar("easyread_build_time", default=None)


def build_epoch() -> int:
    """The build time in seconds since 1970: SOURCE_DATE_EPOCH if set, else now."""
    value = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if value.isdigit():
        return int(value)
    pinned = _PINNED.get()
    return pinned if pinned is not None else int(time.time())


@contextlib.contextmanager
def one_build_time() -> Iterator[int]:
    """Inside this block every file carries the same build time (the moment it starts)."""
    token = _PINNED.set(build_epoch())
    try:
        yield _PINNED.get() or 0
    finally:
        _PINNED.reset(token)
