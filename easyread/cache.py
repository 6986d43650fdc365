"""The cache folder on disk, for work that repeats between builds (pictures, hyphenation).

``EASYREAD_CACHE_DIR`` names the picture cache folder, and the other caches sit beside it;
without it, everything goes under the user's cache folder. ``EASYREAD_NO_CACHE=1`` turns
caching off. A cache that cannot be read or written is skipped, never an error.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

__all__ = ["cache_folder", "store"]


def cache_folder(kind: str) -> Path | None:
    """The folder for cached `kind` ("png", "hyphenation"), or None when caching is off."""
    if os.environ.get("EASYREAD_NO_CACHE"):
        return None
    chosen = os.environ.get("EASYREAD_CACHE_DIR")
    if chosen:
        pictures = Path(chosen)
        return pictures if kind == "png" else pictures.parent / kind
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "easyread" / kind


def store(path: Path, data: bytes) -> None:
    """Write a cache file in one step (temporary file, then rename); skip it on any OS error."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(dir=path.parent, suffix=".part")
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temp, path)
    except OSError:
        pass
