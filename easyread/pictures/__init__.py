"""Pictures: the bundled library, the user's own picture folders, and rendered copies for writers."""

from easyread.pictures.library import LibraryPicture, PictureLibrary
from easyread.pictures.render import PictureRenderer

__all__ = ["LibraryPicture", "PictureLibrary", "PictureRenderer"]
