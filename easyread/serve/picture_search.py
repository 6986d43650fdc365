"""Picture search for the studio's picture box, and the bytes of one library picture."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from easyread.pictures.library import SUFFIXES, LibraryPicture, PictureLibrary
from easyread.pictures.safety import clean_svg
from easyread.pictures.suggest import suggest
from easyread.serve.row_lines import is_picture_name
from easyread.serve.state import Studio

__all__ = ["MEDIA_TYPES", "PictureSearch", "picture_bytes", "picture_file"]

MEDIA_TYPES = {"svg": "image/svg+xml", "png": "image/png", "jpeg": "image/jpeg"}
"""The media type of each picture format (`SUFFIXES` gives the format of each file ending)."""


class PictureSearch:
    """Finds pictures by words, in the booklet's picture folders and the bundled set."""

    def __init__(self, studio: Studio) -> None:
        self.studio = studio
        self._lock = threading.Lock()
        self._folders: tuple[object, ...] | None = None
        self._library: PictureLibrary | None = None

    def library(self) -> PictureLibrary:
        """The library for the booklet's current picture folders, picture set and people (made
        again if they change)."""
        good = self.studio.good
        folders = tuple(good.doc.meta.picture_dirs) if good and good.doc else ()
        folders = tuple(dict.fromkeys((*self.studio.picture_dirs, *folders)))
        style = good.doc.style if good and good.doc else None
        picture_set, people = (style.picture_set, style.people) if style else (None, "mixed")
        key = (*folders, picture_set, people)
        with self._lock:
            if self._library is None or key != self._folders:
                self._library = PictureLibrary([f for f in folders if Path(f).is_dir()],
                                               picture_set=picture_set, people=people)
                self._folders = key
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
        language = good.doc.meta.language if (good := self.studio.good) and good.doc else "en"
        names += [s.name for s in suggest(words, library, limit, language)]
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
    if not is_picture_name(name):
        return None
    picture = search.library().resolve(name)
    if picture is None:
        return None
    try:
        return picture_file(picture.path, studio.roots(), picture.format)
    except ValueError:
        return None


def picture_file(path: Path, roots: Iterable[Path], fmt: str | None = None
                 ) -> tuple[bytes, str] | None:
    """The bytes and media type of picture file `path` if it lies inside one of `roots`, or None.

    `fmt` is the picture's format (by default from the file's ending; None if it has no
    picture ending). An SVG is made safe first: ValueError if it cannot be.
    """
    path = path.resolve()
    fmt = fmt or SUFFIXES.get(path.suffix.lower())
    if fmt is None or not any(path.is_relative_to(root) for root in roots) or not path.is_file():
        return None
    data = path.read_bytes()
    if fmt == "svg":
        data = clean_svg(data)  # the library's picture error is a ValueError
    return data, MEDIA_TYPES.get(fmt, "application/octet-stream")
