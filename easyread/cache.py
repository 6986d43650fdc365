"""The cache folder on disk, for work that repeats between builds (pictures, hyphenation).

``EASYREAD_CACHE_DIR`` names the cache folder; without it, the cache is the ``easyread``
folder in the user's cache folder (``$XDG_CACHE_HOME`` or ``~/.cache``). Each kind of
cached work has a folder of its own inside it. ``EASYREAD_NO_CACHE=1`` turns caching off.
A cache that cannot be read or written is skipped, never an error; deleting the folder is
always safe.
"""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["cache_folder", "store"]


def cache_folder(kind: str) -> Path | None:
    """The folder for cached `kind` ("png", "pdf-forms", "hyphenation"), or None when off."""
    if os.environ.get("EASYREAD_NO_CACHE"):
        return None
    chosen = os.environ.get("EASYREAD_CACHE_DIR")
    if chosen:
        return Path(chosen) / kind
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "easyread" / kind


def store(path: Path, data: bytes) -> None:
    """Write a cache file in one step (easyread.files); skip it on any error."""
    from easyread.errors import SourceError
    from easyread.files import write_file

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_file(path, data)
    except (OSError, SourceError):
        return
