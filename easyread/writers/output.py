"""The only place that writes output files: to a temporary file beside the target, then rename."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from easyread.errors import SourceError
from easyread.location import Location

__all__ = ["FIXED_DATE", "atomic_output", "build_epoch"]

FIXED_DATE = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
"""The date files carry when SOURCE_DATE_EPOCH is not set, so two builds give the same bytes."""


def build_epoch() -> int:
    """The build time in seconds since 1970: SOURCE_DATE_EPOCH if set, else :data:`FIXED_DATE`."""
    value = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    return int(value) if value.isdigit() else int(FIXED_DATE.timestamp())


@contextlib.contextmanager
def atomic_output(target: Path) -> Iterator[BinaryIO]:
    """Open a temporary file beside `target`; on success it replaces `target` in one step.

    If the body raises, the temporary file is removed and `target` is left as it was.
    """
    folder = target.parent
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise SourceError(
            f"cannot write in the folder {folder}: {exc.strerror or exc}",
            Location(str(target), 1, 1),
            "choose another output folder with -o",
        ) from None
    temp = Path(temp_name)
    try:
        with os.fdopen(handle, "wb") as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temp, 0o644)
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
