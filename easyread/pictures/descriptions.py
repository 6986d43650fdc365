"""Descriptions of a group's own pictures, written in a plain text file in their folder.

A folder of pictures may hold ``descriptions.txt``: one picture a line, its file name, a colon
and what the picture shows. Lines starting with ``#`` are notes; empty lines are skipped::

    # Our own photos
    front.jpg: The front of our day centre
    sam.png: Sam, who chairs our meetings

The description is the picture's alt text wherever the booklet does not give one.
"""

from __future__ import annotations

import difflib
import os
from pathlib import Path

from easyread.errors import SourceError
from easyread.location import Location

__all__ = ["FILE_NAME", "read_described", "read_descriptions"]

FILE_NAME = "descriptions.txt"
_PICTURE_SUFFIXES = (".svg", ".png", ".jpg", ".jpeg")
_EXAMPLE = "for example 'front.jpg: The front of our building'"


def read_descriptions(folder: Path) -> dict[str, str]:
    """File name -> description, from `folder`'s descriptions file ({} when it has none); a
    mistake in the file raises :class:`SourceError` at its line."""
    found, mistake = read_described(folder)
    if mistake is not None:
        raise mistake
    return found


def read_described(folder: Path) -> tuple[dict[str, str], SourceError | None]:
    """`folder`'s descriptions file, read once for both its uses: file name -> description
    without the lines that have a mistake (so the studio's picture search keeps working while
    a group types), and the first mistake, which stops a build (None when there is none)."""
    path = folder / FILE_NAME
    shown = _shown(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        return {}, None
    except UnicodeDecodeError:
        return {}, SourceError("the descriptions file is not plain text", Location(shown),
                               "save it as plain text (UTF-8) in a text editor")
    files = {p.name: p.name for p in folder.iterdir() if p.suffix.lower() in _PICTURE_SUFFIXES}
    folded = {name.casefold(): name for name in files}
    found: dict[str, str] = {}
    first_line: dict[str, int] = {}
    mistake: SourceError | None = None
    for number, line in enumerate(text.splitlines(), start=1):
        try:
            entry = _entry(line, Location(shown, number), files, folded, first_line)
        except SourceError as error:
            if mistake is None:
                mistake = error
            continue
        if entry is not None:
            found[entry[0]] = entry[1]
            first_line[entry[0]] = number
    return found, mistake


def _shown(path: Path) -> str:
    """`path` as the person typing commands would write it: from here when it is below here."""
    relative = os.path.relpath(path)
    return str(path) if relative.startswith("..") else relative


def _entry(line: str, loc: Location, files: dict[str, str], folded: dict[str, str],
           first_line: dict[str, int]) -> tuple[str, str] | None:
    text = line.strip()
    if not text or text.startswith("#"):
        return None
    indent = len(line) - len(line.lstrip())
    name, colon, description = text.partition(":")
    name, description = name.strip(), description.strip()
    if not colon or not name:
        raise SourceError("this line needs a picture's file name, a colon and a description",
                          loc.at(column=indent + 1), _EXAMPLE)
    if not description:
        raise SourceError(f"the picture {name!r} has no description after the colon",
                          loc.at(column=indent + len(text) + 1),
                          "write a few words that say what the picture shows")
    file = files.get(name) or folded.get(name.casefold())
    if file is None:
        near = difflib.get_close_matches(name, list(files), n=1)
        hint = (f"did you mean {near[0]!r}?" if near else
                "write the file name as it is in this folder, with its ending, like .jpg")
        raise SourceError(f"there is no picture called {name!r} in this folder",
                          loc.at(column=indent + 1), hint)
    if file in first_line:
        raise SourceError(f"the picture {file!r} is described twice",
                          loc.at(column=indent + 1),
                          f"keep one of its lines: it is also on line {first_line[file]}")
    return file, description
