"""The only place that writes output files: to a temporary file beside the target, then rename."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from easyread.errors import SourceError
from easyread.location import Location

__all__ = ["atomic_output"]


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
