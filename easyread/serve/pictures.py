"""Picture search for the studio's picture box, and the bytes of one library picture."""

from __future__ import annotations

import re
import threading
from pathlib import Path
from typing import Any

from easyread.pictures.library import LibraryPicture, PictureLibrary
from easyread.serve.state import Studio

__all__ = ["PictureSearch", "picture_bytes"]

_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]*$")
_TYPES = {"svg": "image/svg+xml", "png": "image/png", "jpeg": "image/jpeg"}


class PictureSearch:
    """Finds pictures by words, in the booklet's picture folders and the bundled set."""

    def __init__(self, studio: Studio) -> None:
        self.studio = studio
        self._lock = threading.Lock()
        self._folders: tuple[Path, ...] | None = None
        self._library: PictureLibrary | None = None

    def library(self) -> PictureLibrary:
        """The library for the booklet's current picture folders (made again if they change)."""
        good = self.studio.good
        folders = tuple(good.doc.meta.picture_dirs) if good and good.doc else ()
        folders = tuple(dict.fromkeys((*self.studio.picture_dirs, *folders)))
        with self._lock:
            if self._library is None or folders != self._folders:
                self._library = PictureLibrary([f for f in folders if Path(f).is_dir()])
                self._folders = folders
            return self._library

    def search(self, words: str, limit: int = 24) -> list[dict[str, Any]]:
        """The pictures that fit `words` best, best first, as JSON-ready dicts."""
        library = self.library()
        words = words.strip()
        if not words:
            return []
        names: list[str] = []
        exact = library.resolve(words.strip(":").replace(" ", "-"))
        if exact is not None:
            names.append(exact.name)
        try:
            from easyread.pictures.suggest import suggest

            names += [s.name for s in suggest(words, library, limit)]
        except ImportError:
            pass
        names += [p.name for p in _simple_search(words, library.pictures)]
        found = []
        for name in dict.fromkeys(names):
            picture = library.resolve(name)
            if picture is not None:
                found.append({"name": picture.name, "alt": picture.alt or picture.name,
                              "url": f"/picture/{picture.name}"})
            if len(found) >= limit:
                break
        return found


def _simple_search(words: str, pictures: tuple[LibraryPicture, ...]) -> list[LibraryPicture]:
    """Pictures whose name, other names or keywords hold the words, best first."""
    wanted = [w for w in re.findall(r"[a-z0-9]+", words.lower()) if len(w) > 1]
    scored: list[tuple[float, str, LibraryPicture]] = []
    for picture in pictures:
        score = 0.0
        names = [picture.name, *picture.aliases]
        for word in wanted:
            if word in names:
                score += 4
            elif word in (k.lower() for k in picture.keywords):
                score += 2
            elif any(word in name for name in names):
                score += 1
            elif word in picture.alt.lower():
                score += 0.5
        if score:
            scored.append((-score, picture.name, picture))
    scored.sort(key=lambda item: item[:2])
    return [picture for _, _, picture in scored]


def picture_bytes(studio: Studio, search: PictureSearch, name: str) -> tuple[bytes, str] | None:
    """The bytes and media type of library picture `name` (SVG made safe), or None."""
    if not _NAME.match(name):
        return None
    picture = search.library().resolve(name)
    if picture is None:
        return None
    path = picture.path.resolve()
    if not any(path.is_relative_to(root) for root in studio.roots()) or not path.is_file():
        return None
    data = path.read_bytes()
    if picture.format == "svg":
        from easyread.pictures.safety import clean_svg

        try:
            data = clean_svg(data)
        except ValueError:  # the library's picture error is a ValueError
            return None
    return data, _TYPES.get(picture.format, "application/octet-stream")
