"""Pictures: the bundled library, the user's own folders, and rendered copies for writers."""

from easyread.pictures.library import LibraryPicture, PictureLibrary
from easyread.pictures.render import PictureRenderer

__all__ = ["LibraryPicture", "PictureLibrary", "PictureRenderer"]
