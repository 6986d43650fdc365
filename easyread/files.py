"""The one way easyread writes a file: booklets, studio saves and cache entries.

The data goes to a temporary file beside the target, is flushed to the disk (fsync), gets
its permissions, then replaces the target in one step (rename). A reader never sees half a
file, and a failed write leaves the target as it was and no temporary part behind. Any
failure is one located error: :class:`~easyread.errors.SourceError` at the target's path.
Callers that may go on without the file (the cache) catch it.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from easyread.errors import SourceError
from easyread.location import Location

__all__ = ["NEW_FILE_MODE", "replace_file", "write_file"]

NEW_FILE_MODE = 0o644
"""Permissions of a new file: the owner writes, everyone reads (booklets are for sharing)."""


@contextlib.contextmanager
def replace_file(
    target: Path, *, mode: int | None = None, hint: str = "check the folder and its permissions"
) -> Iterator[BinaryIO]:
    """Open a temporary file beside `target`; when the body ends, it replaces `target`.

    `mode` sets the permissions; without it, an existing target keeps its own and a new one
    gets :data:`NEW_FILE_MODE`. If the body raises, `target` is left as it was. `hint` is
    the advice on the error when the file cannot be written.
    """
    import tempfile  # only when something is written: a warm cache never needs it

    if mode is None:
        try:
            mode = target.stat().st_mode & 0o7777
        except OSError:
            mode = NEW_FILE_MODE
    try:
        handle, name = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".part", dir=target.parent
        )
    except OSError as exc:
        raise _error(target, exc, hint) from None
    temp = Path(name)
    written = False  # an error in the caller's body stays the caller's; ours are located
    try:
        with os.fdopen(handle, "wb") as out:
            yield out
            written = True
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temp, mode)
        os.replace(temp, target)
    except BaseException as exc:
        temp.unlink(missing_ok=True)
        if written and isinstance(exc, OSError):
            raise _error(target, exc, hint) from None
        raise


def write_file(
    target: Path,
    data: bytes,
    *,
    mode: int | None = None,
    hint: str = "check the folder and its permissions",
) -> None:
    """Replace `target` with `data` in one step (see :func:`replace_file`)."""
    with replace_file(target, mode=mode, hint=hint) as out:
        try:
            out.write(data)
        except OSError as exc:  # a full disk
            raise _error(target, exc, hint) from None


def _error(target: Path, exc: OSError, hint: str) -> SourceError:
    return SourceError(
        f"cannot write the file {target.name} in {target.parent}: {exc.strerror or exc}",
        Location(str(target), 1, 1),
        hint,
    )
