"""Resolve the pictures a source names, by library name or by file path, at the edge.

After this, the model holds only pictures that exist, are images, and live inside the
document's folder or a configured picture folder.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from urllib.parse import unquote, urlparse

from easyread.errors import SourceError
from easyread.location import Location
from easyread.model import Picture, PictureFormat
from easyread.pictures.library import SUFFIXES, LibraryPicture, PictureLibrary

__all__ = ["PictureResolver", "picture_folder"]

NAME = re.compile(r"^:((?:[A-Za-z][A-Za-z0-9-]*/)?[A-Za-z0-9][A-Za-z0-9_-]*):")
"""A library picture at the start of a row: ``:doctor:``, or ``:openmoji/nurse:`` in one set."""

_MAGIC: dict[PictureFormat, tuple[bytes, ...]] = {
    "png": (b"\x89PNG\r\n\x1a\n",),
    "jpeg": (b"\xff\xd8\xff",),
}


class PictureResolver:
    """Finds pictures for one document: in `library` by name, or as files under `roots`."""

    def __init__(self, library: PictureLibrary, base_dir: Path, extra_roots: Sequence[Path] = ()):
        self.library = library
        self.base_dir = base_dir.resolve()
        self.roots = (self.base_dir, *(root.resolve() for root in extra_roots))

    def by_name(self, name: str, loc: Location) -> Picture:
        """The library picture called `name`; a :class:`SourceError` at `loc` if there is none."""
        found = self.library.resolve(name)
        if found is None:
            raise self.unknown(name, loc)
        return self.from_library(found, name, loc)

    def unknown(self, name: str, loc: Location) -> SourceError:
        """The error at `loc` for `name`, a picture the library does not have, with a hint."""
        near = self.library.nearest(name)
        hint = (
            "did you mean " + " or ".join(f":{n}:" for n in near) + "?"
            if near
            else "run 'easyread pictures search WORD' to find a picture"
        )
        set_key, slash, _ = name.partition("/")
        if slash and set_key not in self.library.sets:
            hint = "the picture sets are " + ", ".join(self.library.sets)
        return SourceError(f"there is no picture called {name!r}", loc, hint)

    def from_library(self, found: LibraryPicture, name: str, loc: Location) -> Picture:
        """`found`, the library's picture for the `name` written at `loc`, as the booklet's."""
        if not found.bundled:
            # A picture from the user's own folder is checked like one given by its path.
            _check_kind(found.path, found.format, f":{name}:", loc)  # type: ignore[arg-type]
        return Picture(
            path=found.path,
            alt=found.alt,
            format=found.format,  # type: ignore[arg-type]
            loc=loc,
            name=found.name,
            credit=found.credit,
            picture_set=found.style_set,
        )

    def by_path(self, target: str, alt: str, loc: Location) -> Picture:
        """The user's own picture file at `target`, relative to the document's folder."""
        parsed = urlparse(target)
        if parsed.scheme in ("http", "https", "ftp") or target.startswith("//"):
            raise SourceError(
                f"the picture {target!r} is on the internet; easyread only uses files on this "
                "computer",
                loc,
                "download the picture, put it beside the booklet and use its file name",
            )
        raw = unquote(parsed.path if parsed.scheme == "file" else target)
        path = (self.base_dir / raw).resolve()
        if not any(path.is_relative_to(root) for root in self.roots):
            raise SourceError(
                f"the picture {target!r} is outside the booklet's folder",
                loc,
                "copy the picture into the booklet's folder or a picture folder",
            )
        fmt = SUFFIXES.get(path.suffix.lower())
        if fmt is None:
            raise SourceError(
                f"the picture {target!r} is not a PNG, JPEG or SVG file",
                loc,
                "save the picture as .png, .jpg or .svg",
            )
        if not path.is_file():
            raise SourceError(
                f"cannot find the picture {target!r}",
                loc,
                f"check the file name; looked for {path}",
            )
        _check_kind(path, fmt, target, loc)  # type: ignore[arg-type]
        alt = alt.strip() or self.library.descriptions(path.parent).get(path.name, "")
        return Picture(path=path, alt=alt, format=fmt, loc=loc)  # type: ignore[arg-type]

    def by_reference(self, text: str, loc: Location) -> Picture:
        """A picture written as ``name``, ``:name:``, ``![alt](path)`` or a bare file path."""
        text = text.strip()
        image = re.fullmatch(r"!\[(.*)\]\((.+)\)", text)
        if image:
            return self.by_path(image.group(2).strip(), image.group(1), loc)
        named = NAME.fullmatch(text)
        if named:
            return self.by_name(named.group(1), loc)
        if Path(text).suffix.lower() in SUFFIXES:
            return self.by_path(text, "", loc)
        return self.by_name(text, loc)


def picture_folder(folder: Path, loc: Location, written: str) -> Path:
    """`folder`, which the user wrote as `written`, or a SourceError at `loc` if it is not a
    folder. For folders named in the front matter and on the command line alike."""
    if not folder.is_dir():
        raise SourceError(f"cannot find the picture folder {written!r}", loc,
                          f"looked for {folder.resolve()}")
    return folder


def _check_kind(path: Path, fmt: PictureFormat, target: str, loc: Location) -> None:
    # Only here: most booklets use bundled pictures only, and lxml is slow to import.
    from easyread.pictures.safety import PictureError, check_raster, clean_svg

    data = path.read_bytes()
    if fmt == "svg":
        ok = b"<svg" in data[:4096] or data[:5] == b"<?xml"
    else:
        ok = data.startswith(_MAGIC[fmt])
    if not ok:
        raise SourceError(
            f"the file {target!r} is not a {fmt.upper()} picture",
            loc,
            "open it in a picture program and save it again as PNG, JPEG or SVG",
        )
    try:
        if fmt == "svg":
            clean_svg(data)
        else:
            check_raster(data)
    except PictureError as problem:
        raise SourceError(f"{target!r}: {problem}", loc,
                          "open it in a picture program and save it again") from None
