"""The picture library: named pictures with aliases, keywords, alt text and licences.

The bundled set lives in ``icons/`` inside the package (``index.json`` plus SVG files).
A user's own folders are searched first; their pictures are named after their files.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from types import MappingProxyType

from easyread.model import Credit
from easyread.pictures.descriptions import read_descriptions

__all__ = ["LibraryPicture", "PictureLibrary", "bundled_dir"]

SUFFIXES = {".svg": "svg", ".png": "png", ".jpg": "jpeg", ".jpeg": "jpeg"}


@dataclass(frozen=True, slots=True)
class LibraryPicture:
    """One picture the library can give out by name."""

    name: str
    path: Path
    format: str
    alt: str
    aliases: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    credit: Credit | None = None
    source_id: str = ""
    tags: tuple[str, ...] = ()
    """Extra words from the picture set's own data, used only to rank suggestions."""
    keywords_by_language: Mapping[str, tuple[str, ...]] = field(
        default_factory=lambda: MappingProxyType({})
    )
    """Words for the picture in other languages, by language code ("fr": ("médecin",))."""


@cache
def bundled_dir() -> Path:
    """The folder of the bundled pictures."""
    # The package's own folder, found without importlib.resources (which imports tempfile
    # and more, on every command's start).
    packaged = Path(__file__).resolve().parents[1] / "icons"
    # In a wheel the icons sit inside the package; in a source checkout, beside it.
    return packaged if packaged.is_dir() else Path(__file__).resolve().parents[2] / "icons"


@cache
def _bundled() -> tuple[LibraryPicture, ...]:
    return tuple(_read_index(bundled_dir()))


def _read_index(folder: Path) -> Iterable[LibraryPicture]:
    index = folder / "index.json"
    if not index.is_file():
        return
    data = json.loads(index.read_text(encoding="utf-8"))
    sets = {
        key: Credit(
            source=value.get("name", key),
            licence=value["licence"],
            url=value.get("url", ""),
            attribution=value.get("attribution", ""),
        )
        for key, value in data.get("sets", {}).items()
    }
    for item in data.get("pictures", []):
        path = folder / item["file"]
        credit = sets.get(item.get("set", ""))
        if "licence" in item:
            # A picture may name its own licence (handy in a user's own index.json).
            credit = Credit(
                source=item.get("source", credit.source if credit else folder.name),
                licence=item["licence"],
                url=item.get("url", ""),
                attribution=item.get("attribution", ""),
            )
        yield LibraryPicture(
            name=item.get("name") or _name_from_file(path),
            path=path,
            format=SUFFIXES.get(path.suffix.lower(), "svg"),
            alt=item.get("alt", ""),
            aliases=tuple(item.get("aliases", ())),
            keywords=tuple(item.get("keywords", ())),
            credit=credit,
            source_id=str(item.get("source_id", "")),
            tags=tuple(item.get("tags", ())),
            keywords_by_language=MappingProxyType({
                code: tuple(words) for code, words in item.get("keywords_by_language", {}).items()
            }),
        )


def _name_from_file(path: Path) -> str:
    return path.stem.strip().lower().replace(" ", "-").replace("_", "-")


def _read_folder(folder: Path) -> list[LibraryPicture]:
    # The reader reports mistakes in descriptions.txt; here a bad line is only left out.
    described = read_descriptions(folder, strict=False)
    indexed = {p.path.name: p for p in _read_index(folder)}
    found = [replace(p, alt=described[name]) if not p.alt and name in described else p
             for name, p in indexed.items()]
    for path in sorted(folder.iterdir()):
        fmt = SUFFIXES.get(path.suffix.lower())
        if fmt and path.is_file() and path.name not in indexed:
            found.append(LibraryPicture(name=_name_from_file(path), path=path, format=fmt,
                                        alt=described.get(path.name, "")))
    return found


class PictureLibrary:
    """Look pictures up by name, alias or keyword; the user's `folders` win over the bundled set."""

    def __init__(self, folders: Sequence[Path] = ()) -> None:
        pictures = [p for folder in folders for p in _read_folder(folder)]
        pictures.extend(_bundled())
        self.pictures: tuple[LibraryPicture, ...] = tuple(pictures)
        self._by_name: dict[str, LibraryPicture] = {}
        self._by_alias: dict[str, LibraryPicture] = {}
        self._by_keyword: dict[str, LibraryPicture] = {}
        for picture in self.pictures:
            self._by_name.setdefault(picture.name, picture)
            for alias in picture.aliases:
                self._by_alias.setdefault(alias, picture)
            for keyword in picture.keywords:
                self._by_keyword.setdefault(keyword.lower(), picture)

    def resolve(self, name: str) -> LibraryPicture | None:
        """The picture called `name`: by name, then alias, then exact keyword; None if unknown."""
        key = name.strip().lower()
        return self._by_name.get(key) or self._by_alias.get(key) or self._by_keyword.get(key)

    def nearest(self, name: str, count: int = 3) -> list[str]:
        """Up to `count` known names or aliases that look like `name`, for hints."""
        names = list(self._by_name) + list(self._by_alias)
        return difflib.get_close_matches(name.lower(), names, n=count, cutoff=0.6)
