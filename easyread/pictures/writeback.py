"""Write chosen pictures back into the Markdown: ``:name:`` before each row's first word.

Only the picture codes are added; every other byte of the file stays as it was (line endings,
a byte-order mark, spacing, bold marks), so the group can see the choices in the file or the
studio and change any of them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from easyread.location import Location

__all__ = ["insert_pictures", "write_pictures"]

_LINE_END = re.compile(r"\r\n|\r|\n")
# Markup that may open a row before its first letter: bold, emphasis, a link, code.
_MARKUP = frozenset("*_[`~")
_BOM = "\ufeff"


def insert_pictures(text: str, places: Iterable[tuple[Location, str]]) -> str:
    """`text` with ``:name: `` put in at each (location of a row's first text, name).

    Locations are the reader's: 1-based lines and columns of the text it parsed (LF line
    endings, no byte-order mark). The code goes before any markup that opens the row, so
    "**Carers** help" becomes ":carer: **Carers** help".
    """
    parts = _LINE_END.split(text)
    ends = _LINE_END.findall(text)
    # From the end backwards, so an insertion never moves a place still to come.
    for loc, name in sorted(places, key=lambda place: (place[0].line, place[0].column),
                            reverse=True):
        index = loc.line - 1
        line = parts[index]
        shift = 1 if index == 0 and line.startswith(_BOM) else 0
        at = loc.column - 1 + shift
        while at > shift and line[at - 1] in _MARKUP:
            at -= 1
        parts[index] = f"{line[:at]}:{name}: {line[at:]}"
    out = []
    for number, part in enumerate(parts):
        out.append(part)
        if number < len(ends):
            out.append(ends[number])
    return "".join(out)


def write_pictures(path: Path, places: Iterable[tuple[Location, str]]) -> None:
    """Put the pictures into the file at `path`, replacing it in one step."""
    from easyread.files import write_file

    text = path.read_bytes().decode("utf-8")
    write_file(path, insert_pictures(text, places).encode("utf-8"),
               hint="check that you can save the booklet's file")
