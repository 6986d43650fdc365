"""The picture library: named pictures with aliases, keywords, alt text and licences.

The bundled pictures live in ``icons/`` inside the package (``index.json`` plus one folder of
SVG files per picture set). Every bundled picture belongs to one set with one drawing style:
``mulberry`` (the default), ``openmoji``, ``fluent`` and ``healthicons``. A name is looked up
in the user's own folders first, then in the booklet's set, then in the other sets;
``set/name`` (``openmoji/nurse``) looks in one set only.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

from easyread.errors import SourceError
from easyread.model import Credit
from easyread.pictures.descriptions import read_described
from easyread.pictures.people import choose_variant

__all__ = ["DEFAULT_SET", "LibraryPicture", "PictureLibrary", "bundled_dir", "bundled_sets"]

DEFAULT_SET = "mulberry"
"""The set a booklet's pictures come from unless it chooses another."""

_NO_LANGUAGES: Mapping[str, tuple[str, ...]] = MappingProxyType({})

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
    set: str = ""
    """The set's key ("mulberry"): a bundled set's, or one the user's own index.json names;
    "" for a picture from the user's folder outside any set."""
    bundled: bool = False
    """True for a picture that comes with easyread, False for one from the user's folder."""
    keywords_by_language: Mapping[str, tuple[str, ...]] = field(
        default_factory=lambda: _NO_LANGUAGES)
    """Words in other languages, by language code: ``{"fr": ("médecin", ...)}``."""
    variants: tuple[tuple[str, str], ...] = ()
    """A person drawn several ways: (label, picture name) pairs, such as
    ("woman-darker-skin", "doctor-woman-darker-skin"). See easyread.pictures.people."""
    variant_of: str = ""
    """For one drawing of a person: the name of the picture it is a variant of."""

    @property
    def style_set(self) -> str:
        """The bundled set whose drawing style the picture has, "" for the user's own picture
        (which may name a set of its own in its index.json: the style check leaves it be)."""
        return self.set if self.bundled else ""


@cache
def bundled_dir() -> Path:
    """The folder of the bundled pictures."""
    # The package's own folder, found without importlib.resources (which imports tempfile
    # and more, on every command's start).
    packaged = Path(__file__).resolve().parents[1] / "icons"
    # In a wheel the icons sit inside the package; in a source checkout, beside it.
    return packaged if packaged.is_dir() else Path(__file__).resolve().parents[2] / "icons"


class _Index:
    """One folder's index.json. Its entries become pictures on first use: a build looks up a
    few dozen names among thousands of pictures, and the reader reads a library per booklet."""

    def __init__(self, folder: Path, *, bundled: bool = False) -> None:
        index = folder / "index.json"
        data = json.loads(index.read_text(encoding="utf-8")) if index.is_file() else {}
        self.folder = folder
        self.bundled = bundled
        self.items: list[dict[str, Any]] = data.get("pictures", [])
        sets = data.get("sets", {})
        self.sets = {
            key: Credit(source=value.get("name", key), licence=value["licence"],
                        url=value.get("url", ""), attribution=value.get("attribution", ""))
            for key, value in sets.items()
        }
        # Pictures the easyread team adapted from a set are credited as adaptations too.
        self.adapted = {
            key: replace(credit, attribution=f"{credit.attribution.rstrip('.')}. "
                                             f"{sets[key]['adapted']}")
            for key, credit in self.sets.items() if sets[key].get("adapted")
        }
        self._made: dict[int, LibraryPicture] = {}

    def picture(self, number: int) -> LibraryPicture:
        """Entry `number` as a picture (made once)."""
        made = self._made.get(number)
        if made is None:
            made = self._made[number] = self._make(self.items[number])
        return made

    def _make(self, item: dict[str, Any]) -> LibraryPicture:
        path = self.folder / item["file"]
        set_key = item.get("set", "")
        credit = (self.adapted if item.get("adapted_from") else self.sets).get(set_key)
        if "licence" in item:
            # A picture may name its own licence (handy in a user's own index.json).
            credit = Credit(
                source=item.get("source", credit.source if credit else self.folder.name),
                licence=item["licence"],
                url=item.get("url", ""),
                attribution=item.get("attribution", ""),
            )
        languages = item.get("keywords_by_language")
        return LibraryPicture(
            name=item.get("name") or _name_from_file(path),
            path=path,
            format=SUFFIXES.get(path.suffix.lower(), "svg"),
            alt=item.get("alt", ""),
            aliases=tuple(item.get("aliases", ())),
            keywords=tuple(item.get("keywords", ())),
            credit=credit,
            source_id=str(item.get("source_id", "")),
            tags=tuple(item.get("tags", ())),
            set=set_key if set_key in self.sets else "",
            bundled=self.bundled,
            keywords_by_language=MappingProxyType(
                {code: tuple(words) for code, words in languages.items()}
            ) if languages else _NO_LANGUAGES,
            variants=tuple(item.get("variants", {}).items()),
            variant_of=item.get("variant_of", ""),
        )


class _Names:
    """Name, alias and keyword look-ups over some entries; the first entry wins."""

    def __init__(self, items: Sequence[Mapping[str, Any]], numbers: Iterable[int],
                 make: Callable[[int], LibraryPicture]) -> None:
        self.make = make
        self.by_name: dict[str, int] = {}
        self.by_alias: dict[str, int] = {}
        self.by_keyword: dict[str, int] = {}
        for number in numbers:
            item = items[number]
            self.by_name.setdefault(item["name"], number)
            for alias in item.get("aliases", ()):
                self.by_alias.setdefault(alias, number)
            for keyword in item.get("keywords", ()):
                self.by_keyword.setdefault(keyword.lower(), number)

    def get(self, key: str) -> LibraryPicture | None:
        """The picture with name, then alias, then keyword `key`."""
        for table in (self.by_name, self.by_alias, self.by_keyword):
            number = table.get(key)
            if number is not None:
                return self.make(number)
        return None

    def named(self, name: str) -> LibraryPicture | None:
        """The picture called exactly `name`."""
        number = self.by_name.get(name)
        return None if number is None else self.make(number)


def _own_names(pictures: Sequence[LibraryPicture]) -> _Names:
    items = [{"name": p.name, "aliases": p.aliases, "keywords": p.keywords} for p in pictures]
    return _Names(items, range(len(items)), pictures.__getitem__)


@cache
def _bundled_index() -> _Index:
    return _Index(bundled_dir(), bundled=True)


@cache
def _bundled_names() -> dict[str, _Names]:
    """One look-up per bundled set, made once per process."""
    index = _bundled_index()
    by_set: dict[str, list[int]] = {}
    for number, item in enumerate(index.items):
        by_set.setdefault(item.get("set", ""), []).append(number)
    return {key: _Names(index.items, numbers, index.picture) for key, numbers in by_set.items()}


@cache
def bundled_sets() -> tuple[str, ...]:
    """The keys of the bundled picture sets, the default set first, then as index.json lists
    them (the order in which a name missing from the booklet's set is looked for)."""
    present = _bundled_names()
    found = [key for key in _bundled_index().sets if key in present]
    return tuple(sorted(found, key=lambda key: key != DEFAULT_SET))


@cache
def _listed(set_key: str) -> tuple[LibraryPicture, ...]:
    """The set's pictures to list and suggest: one for each person, not each drawing."""
    index = _bundled_index()
    return tuple(index.picture(number) for number, item in enumerate(index.items)
                 if item.get("set") == set_key and not item.get("variant_of"))


def _read_index(folder: Path) -> Iterable[LibraryPicture]:
    index = _Index(folder)
    return (index.picture(number) for number in range(len(index.items)))


def _name_from_file(path: Path) -> str:
    return path.stem.strip().lower().replace(" ", "-").replace("_", "-")


def _read_folder(folder: Path, described: Mapping[str, str]) -> list[LibraryPicture]:
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
    """Look pictures up by name, alias or keyword: the user's `folders` first, then the
    bundled set `picture_set`, then the other sets. `people` chooses how people are drawn."""

    def __init__(self, folders: Sequence[Path] = (), *, picture_set: str | None = None,
                 people: str = "mixed") -> None:
        self.picture_set = picture_set or DEFAULT_SET
        self.people = people
        self._descriptions: dict[Path, tuple[dict[str, str], SourceError | None]] = {}
        # The reader reports mistakes in descriptions.txt (see descriptions); here a bad line
        # is only left out.
        own = [p for folder in folders
               for p in _read_folder(folder, self._described(folder)[0])]
        self._own = _own_names(own)
        names = _bundled_names()
        order = [self.picture_set, *(key for key in bundled_sets() if key != self.picture_set)]
        self._sets = [(key, names[key]) for key in order if key in names]
        self.sets = bundled_sets()
        """The keys of the bundled sets."""
        self._own_pictures = tuple(own)

    @property
    def pictures(self) -> tuple[LibraryPicture, ...]:
        """The user's pictures and the booklet's set: what suggestions and lists show. (Made
        on first use: building a booklet only looks names up.)"""
        return (*self._own_pictures, *_listed(self.picture_set))

    def resolve(self, name: str) -> LibraryPicture | None:
        """The picture called `name`, or ``set/name`` in one set: by name, then alias, then
        exact keyword; in the user's folders, the booklet's set, then the other sets."""
        key = name.strip().lower()
        set_key, slash, rest = key.partition("/")
        if slash:
            found = dict(self._sets).get(set_key)
            return self._person(found.get(rest), found) if found else None
        picture = self._own.get(key)
        if picture is not None:
            return picture
        for _set, names in self._sets:
            picture = names.get(key)
            if picture is not None:
                return self._person(picture, names)
        return None

    def descriptions(self, folder: Path) -> dict[str, str]:
        """File name -> description from `folder`'s descriptions file, read once per library
        (the user's folders' when the library was made); a mistake in it is a SourceError."""
        found, mistake = self._described(folder)
        if mistake is not None:
            raise mistake
        return found

    def _described(self, folder: Path) -> tuple[dict[str, str], SourceError | None]:
        key = folder.resolve()
        if key not in self._descriptions:
            self._descriptions[key] = read_described(folder)
        return self._descriptions[key]

    def in_set(self, set_key: str) -> tuple[LibraryPicture, ...]:
        """The pictures of one bundled set (one for each person), for `--set`."""
        return _listed(set_key)

    def _person(self, picture: LibraryPicture | None, names: _Names) -> LibraryPicture | None:
        """A person drawn several ways is drawn the way the booklet's `people` setting asks,
        under the name the writer used."""
        if picture is None or not picture.variants:
            return picture
        labels = [label for label, _ in picture.variants]
        chosen = dict(picture.variants)[choose_variant(picture.name, labels, self.people)]
        drawing = names.named(chosen)
        if drawing is None:
            return picture
        return replace(picture, path=drawing.path, alt=drawing.alt)

    def nearest(self, name: str, count: int = 3) -> list[str]:
        """Up to `count` known names or aliases that look like `name`, for hints."""
        names = [*self._own.by_name, *self._own.by_alias]
        for _set, found in self._sets:  # the booklet's set first
            names += [*found.by_name, *found.by_alias]
        names = list(dict.fromkeys(names))
        return difflib.get_close_matches(name.lower().rpartition("/")[2], names, n=count,
                                         cutoff=0.6)
