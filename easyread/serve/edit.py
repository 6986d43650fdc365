"""Change one row of a booklet's Markdown, touching only that row's lines.

Every operation takes the file's text and the Document read from it, and returns the
new text. Lines that belong to other rows keep every byte, so the file's own layout,
comments and spacing survive and diffs stay small.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from easyread.errors import EasyReadError
from easyread.model import Document, iter_rows
from easyread.serve.row_lines import RowSource, SourceLines, blank, is_picture_name, map_rows

__all__ = ["Edit", "EditError", "add_row", "apply_edit", "clean_lines", "remove_row",
           "set_picture", "set_text"]

# Line starts that Markdown would read as a heading, list, box, code, break or definition.
_BLOCK_START = re.compile(r"^(#{1,6}(?=\s|$)|>|[-+*](?=\s|$)|:(?=\s|$)|`{3,}|~{3,}|<)")
_NUMBERED = re.compile(r"^(\d{1,9})([.)])(?=\s|$)")
_RULE_LINE = re.compile(r"^[-=*_](?:\s*[-=*_])*\s*$")


class EditError(EasyReadError):
    """An edit that cannot be made, with a message for the person who asked for it."""


@dataclass(frozen=True, slots=True)
class Edit:
    """The new text of the file and how many rows it should have, to check the edit."""

    text: str
    rows: int


def clean_lines(words: str) -> list[str]:
    """The lines of `words` as Markdown text: trimmed, no empty lines, nothing read as layout."""
    lines = []
    for raw in words.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = " ".join(raw.split())
        if not line:
            continue
        if _RULE_LINE.match(line) or _BLOCK_START.match(line):
            line = "\\" + line
        else:
            line = _NUMBERED.sub(r"\1\\\2", line)
        lines.append(line)
    return lines


def _source(doc: Document, text: str, index: int,
            rows: Sequence[RowSource | None] | None = None) -> RowSource:
    if rows is None:
        rows = map_rows(doc, text)
    if not 0 <= index < len(rows):
        raise EditError("this row is not in the booklet any more; the page will show the new "
                        "version")
    found = rows[index]
    if found is None:
        raise EditError("the studio cannot change this row (it is not an ordinary row); change "
                        "it in the Markdown file")
    return found


def set_text(text: str, doc: Document, index: int, words: str,
             rows: Sequence[RowSource | None] | None = None) -> str:
    """Give row `index` the lines in `words`, keeping its picture and its place.

    `rows` is ``map_rows(doc, text)`` when the caller has it already (so also below).
    """
    row = _source(doc, text, index, rows)
    new = clean_lines(words)
    if not new and not row.picture:
        raise EditError("the row has no words now; write some words, or remove the row")
    first = row.first_prefix + row.picture.rstrip()
    alone = bool(row.picture) and not row.contents[0][len(row.picture):].strip()
    if alone and len(row.contents) > 1:
        # The picture has a line of its own in the source: keep it that way.
        lines = [first] + [row.next_prefix + line for line in new]
    else:
        lines = [first + (" " if row.picture and new else "") + (new[0] if new else "")]
        lines += [row.next_prefix + line for line in new[1:]]
    source = SourceLines(text)
    source.replace(row.start, row.end, lines)
    return source.text()


def set_picture(text: str, doc: Document, index: int, name: str | None,
                rows: Sequence[RowSource | None] | None = None) -> str:
    """Show the library picture `name` in row `index`, or no picture if `name` is None."""
    row = _source(doc, text, index, rows)
    source = SourceLines(text)
    first = row.contents[0]
    if name is not None:
        if not is_picture_name(name):
            raise EditError(f"{name!r} is not a picture name")
        token = f":{name}:"
        if row.picture:
            spacing = row.picture[len(row.picture.rstrip()):]
            source.replace(row.start, row.start + 1,
                           [row.first_prefix + token + spacing + first[len(row.picture):]])
        else:
            rest = (" " + first) if first.strip() else ""
            source.replace(row.start, row.start + 1, [row.first_prefix + token + rest])
        return source.text()
    if not row.picture:
        return text
    rest = first[len(row.picture):]
    if rest.strip():
        source.replace(row.start, row.start + 1, [row.first_prefix + rest])
        return source.text()
    # The picture stood alone on the first line: the next line of words moves up.
    later = [i for i in range(1, len(row.contents)) if row.contents[i].strip()]
    if not later:
        raise EditError("this row has only a picture; to take it away, remove the row")
    nxt = later[0]
    source.replace(row.start, row.start + nxt + 1, [row.first_prefix + row.contents[nxt]])
    return source.text()


def add_row(text: str, doc: Document, index: int, words: str, picture: str | None = None,
            rows: Sequence[RowSource | None] | None = None) -> str:
    """Add a new row after row `index`: a new list item in a list, else a new paragraph."""
    row = _source(doc, text, index, rows)
    new = clean_lines(words)
    if picture is not None and not is_picture_name(picture):
        raise EditError(f"{picture!r} is not a picture name")
    if not new and picture is None:
        raise EditError("the new row has no words yet; write some words first")
    head = " ".join(part for part in ((f":{picture}:" if picture else ""),
                                      new[0] if new else "") if part)
    source = SourceLines(text)
    item = row.item
    if item is None:
        prefix = row.next_prefix
        lines = [prefix.rstrip(), prefix + head] + [prefix + line for line in new[1:]]
        source.replace(row.end, row.end, lines)
        return source.text()
    marker_line = source.lines[item.start]
    container = marker_line[: len(marker_line) - len(marker_line.lstrip(" \t>"))]
    marker = item.marker
    if item.ordered and item.number is not None:
        marker = f"{item.number + 1}{item.marker[-1]}"
    indent = container + " " * (len(marker) + 1)
    lines = [container + marker + " " + head] + [indent + line for line in new[1:]]
    if item.loose:
        lines.insert(0, container.rstrip())
    source.replace(item.end, item.end, lines)
    later = tuple((line + len(lines), number) for line, number in item.later)
    _renumber(source, later, item.number, +1, item.marker[-1:])
    return source.text()


def remove_row(text: str, doc: Document, index: int,
               rows: Sequence[RowSource | None] | None = None) -> str:
    """Take row `index` out of the file, with one blank line that separated it."""
    row = _source(doc, text, index, rows)
    item = row.item
    if item is not None and item.nested:
        raise EditError("this row has more rows inside it; remove those first")
    start, end = (item.start, item.end) if item is not None else (row.start, row.end)
    source = SourceLines(text)
    source.replace(start, end, [])
    lines = source.lines
    before = len(lines)
    after = start < len(lines) and blank(lines[start])
    if start > 0 and blank(lines[start - 1]) and (after or start == len(lines)):
        # Two blank lines meet: keep the outer one (a plain blank line over a box's ">").
        inner_after = after and ">" in lines[start] and ">" not in lines[start - 1]
        gone = start if inner_after else start - 1
        source.replace(gone, gone + 1, [])
    elif start == 0 and after:
        source.replace(0, 1, [])
    if item is not None:
        shift = end - start + before - len(source.lines)
        later = tuple((line - shift, number) for line, number in item.later)
        _renumber(source, later, item.number, -1, item.marker[-1:])
    return source.text()


def _renumber(source: SourceLines, later: tuple[tuple[int, int], ...], number: int | None,
              step: int, delimiter: str) -> None:
    """Shift the numbers of the later items of a numbered list that counted on from `number`."""
    if number is None:
        return
    for offset, (line, value) in enumerate(later, start=1):
        if value != number + offset:
            return  # the author numbered these items by hand; leave them as they are
        found = re.match(rf"^([\s>]*){value}{re.escape(delimiter)}", source.lines[line])
        if found is None:
            return
        rest = source.lines[line][found.end():]
        source.lines[line] = f"{found.group(1)}{value + step}{delimiter}{rest}"


def apply_edit(text: str, doc: Document, request: Mapping[str, Any],
               rows: Sequence[RowSource | None] | None = None) -> Edit:
    """Apply one edit asked for by the studio page: ``op`` is text, picture, add or remove.

    `rows` is ``map_rows(doc, text)`` when the caller has it already, such as the studio's
    snapshot; without it the rows are mapped here.
    """
    op = request.get("op")
    index = request.get("row")
    if not isinstance(index, int) or isinstance(index, bool):
        raise EditError("the edit does not say which row to change")
    words = request.get("text", "")
    picture = request.get("picture")
    if not isinstance(words, str) or (picture is not None and not isinstance(picture, str)):
        raise EditError("the edit is not in the right form")
    count = sum(1 for _ in iter_rows(doc))
    if rows is None:
        rows = map_rows(doc, text)
    if op == "text":
        return Edit(set_text(text, doc, index, words, rows), count)
    if op == "picture":
        return Edit(set_picture(text, doc, index, picture or None, rows), count)
    if op == "add":
        return Edit(add_row(text, doc, index, words, picture or None, rows), count + 1)
    if op == "remove":
        return Edit(remove_row(text, doc, index, rows), count - 1)
    raise EditError(f"the studio does not know the edit {op!r}")
