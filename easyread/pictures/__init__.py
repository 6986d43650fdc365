"""Pictures: the bundled library, the user's own folders, and rendered copies for writers.

Names load on first use: the reader needs only the library, not the renderer's imports.
"""

from __future__ import annotations

import importlib

TYPE_CHECKING = False  # as in easyread/__init__.py
if TYPE_CHECKING:
    from typing import Any

    from easyread.pictures.library import LibraryPicture, PictureLibrary
    from easyread.pictures.render import PictureRenderer

__all__ = ["LibraryPicture", "PictureLibrary", "PictureRenderer"]

_LAZY = {
    "LibraryPicture": "easyread.pictures.library",
    "PictureLibrary": "easyread.pictures.library",
    "PictureRenderer": "easyread.pictures.render",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'easyread.pictures' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
