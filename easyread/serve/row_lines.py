"""Where each row of a booklet sits in its Markdown file, line by line.

The studio edits the file by replacing whole source lines, so it needs, for every row
the reader made, the lines its words came from and what stands before the words on
each line: indentation, a list marker such as ``3.``, or the ``>`` of a box.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from markdown_it.token import Token

from easyread.model import Document, Row, iter_rows
from easyread.read.markdown import parser
from easyread.read.pictures import NAME
from easyread.read.source import normalise

__all__ = ["ItemSource", "RowSource", "SourceLines", "blank", "is_picture_name", "map_rows",
           "normalise"]

_ENDING = re.compile(r"\r\n|\r|\n")
# The reader's own ``:name:`` pattern, so the studio finds exactly the pictures it read.
PICTURE_TOKEN = re.compile(
    r"^(?:" + NAME.pattern.removeprefix("^") + r"|!\[[^\]]*\]\([^)]*\))[ \t]*"
)
"""A picture at the start of a row: ``:name:`` (as the reader reads it) or ``![alt](path)``,
with the spaces after it."""


def is_picture_name(name: str) -> bool:
    """True when `name` is a library picture name the reader reads in ``:name:``."""
    return NAME.fullmatch(f":{name}:") is not None


class SourceLines:
    """A Markdown file as lines, each keeping its own line ending, so untouched bytes stay."""

    def __init__(self, text: str) -> None:
        self.bom = text.startswith("\ufeff")
        body = text[1:] if self.bom else text
        self.lines: list[str] = []
        self.ends: list[str] = []
        pos = 0
        for match in _ENDING.finditer(body):
            self.lines.append(body[pos : match.start()])
            self.ends.append(match.group(0))
            pos = match.end()
        if pos < len(body):
            self.lines.append(body[pos:])
            self.ends.append("")
        counts = {end: self.ends.count(end) for end in ("\n", "\r\n", "\r")}
        self.newline = max(counts, key=lambda end: counts[end]) if any(counts.values()) else "\n"

    def replace(self, start: int, end: int, new: list[str]) -> None:
        """Put `new` lines in place of lines `start` to `end` (end excluded)."""
        last_end = self.ends[end - 1] if end > start and end == len(self.lines) else self.newline
        ends = [self.newline] * len(new)
        if new and end == len(self.lines) and end > start:
            ends[-1] = last_end  # keep whether the file ended with a newline
        if start == len(self.lines) and start > 0 and self.ends[start - 1] == "":
            self.ends[start - 1] = self.newline  # appending after a last line with no newline
            if ends:
                ends[-1] = ""
        self.lines[start:end] = new
        self.ends[start:end] = ends

    def text(self) -> str:
        """The whole file as text again."""
        body = "".join(line + end for line, end in zip(self.lines, self.ends, strict=True))
        return ("\ufeff" if self.bom else "") + body


@dataclass(frozen=True, slots=True)
class ItemSource:
    """A list item around a row: its marker, its lines and the items after it in the list."""

    start: int
    end: int
    """One past the item's last line that is not blank."""
    marker: str
    """``-``, ``*``, ``+``, ``1.`` or ``1)``."""
    ordered: bool
    number: int | None
    loose: bool
    """True when blank lines separate the items."""
    nested: bool
    """True when the item holds more than its own words, such as a list inside it."""
    later: tuple[tuple[int, int], ...]
    """(marker line, number) of each later item in the same list."""


@dataclass(frozen=True, slots=True)
class RowSource:
    """The source lines of one row, split into what stands before the words and the words."""

    index: int
    row: Row
    start: int
    """First line (0-based) of the row's words."""
    end: int
    """One past the last line of the row's words."""
    prefixes: tuple[str, ...]
    contents: tuple[str, ...]
    picture: str
    """The picture token at the start of the first line's words, with its spaces, or ""."""
    item: ItemSource | None

    @property
    def first_prefix(self) -> str:
        """What stands before the words on the first line."""
        return self.prefixes[0]

    @property
    def next_prefix(self) -> str:
        """What stands before the words on the lines after the first."""
        for prefix, content in zip(self.prefixes[1:], self.contents[1:], strict=True):
            if content.strip():
                return prefix
        return re.sub(r"[^\s>]", " ", self.prefixes[0])

    @property
    def text(self) -> str:
        """The row's words as written in the source, one source line each, without the picture."""
        lines = [c for c in self.contents if c.strip()]
        if lines and self.picture:
            lines[0] = lines[0][len(self.picture) :]
            if not lines[0].strip():
                lines.pop(0)
        return "\n".join(line.rstrip() for line in lines)


@dataclass(slots=True)
class _Para:
    start: int
    end: int
    content: str


def map_rows(doc: Document, text: str, tokens: list[Token] | None = None
             ) -> list[RowSource | None]:
    """For each row of `doc` (in reading order), its source lines; None if it cannot be edited.

    `tokens` are markdown-it's tokens of ``normalise(text)``, as
    :func:`easyread.read.parse_with_tokens` gives them; without them the text is parsed here.
    """
    source = SourceLines(text)
    if tokens is None:
        tokens = parser().parse(normalise(text))
    paras, items = _scan(tokens)
    # Each source line's paragraph, so a row finds its own without scanning them all.
    by_line = {n: i for i, p in enumerate(paras) for n in range(p.start, p.end)}
    result: list[RowSource | None] = []
    for index, row in enumerate(iter_rows(doc)):
        result.append(_row_source(index, row, source.lines, paras, by_line, items))
    return result


def _scan(tokens: list[Token]) -> tuple[list[_Para], dict[int, tuple[Token, Token, list[Token]]]]:
    """Paragraphs with their containers, and list items by first line with their list."""
    paras: list[_Para] = []
    items: dict[int, tuple[Token, Token, list[Token]]] = {}
    stack: list[Token] = []
    lists: list[list[Token]] = []
    for i, token in enumerate(tokens):
        if token.type in ("bullet_list_open", "ordered_list_open"):
            lists.append([])
        if token.type == "list_item_open" and token.map:
            lists[-1].append(token)
            items[token.map[0]] = (token, stack[-1], lists[-1])
        if token.type in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
        if token.type == "paragraph_open" and token.map:
            inline = tokens[i + 1]
            paras.append(_Para(token.map[0], token.map[1], inline.content))
        if token.nesting == 1:
            stack.append(token)
        elif token.nesting == -1:
            stack.pop()
    return paras, items


def _row_source(index: int, row: Row, lines: list[str], paras: list[_Para],
                by_line: dict[int, int],
                items: dict[int, tuple[Token, Token, list[Token]]]) -> RowSource | None:
    numbers = {line.loc.line - 1 for line in row.lines}
    if row.picture is not None:
        numbers.add(row.picture.loc.line - 1)
    own = [paras[i] for i in sorted({by_line[n] for n in numbers if n in by_line})]
    item = _item(row, lines, items, own)
    if not own:
        if item is None or numbers:
            return None  # code blocks and other rows that are not paragraphs
        marker_line = lines[item.start]
        return RowSource(index, row, item.start, item.start + 1,
                         (marker_line.rstrip() + " ",), ("",), "", item)
    start, end = min(p.start for p in own), max(p.end for p in own)
    prefixes: list[str] = []
    contents: list[str] = []
    para_lines = {n: part for p in own for n, part in zip(range(p.start, p.end),
                                                           p.content.split("\n"), strict=False)}
    for number in range(start, end):
        raw = lines[number] if number < len(lines) else ""
        part = para_lines.get(number)
        if part is None:
            prefixes.append(raw)
            contents.append("")
            continue
        split = _split(raw, part)
        if split is None:
            return None
        prefixes.append(split[0])
        contents.append(split[1])
    picture = ""
    if row.picture is not None:
        found = PICTURE_TOKEN.match(contents[0])
        if found is None:
            return None
        picture = found.group(0)
    return RowSource(index, row, start, end, tuple(prefixes), tuple(contents), picture, item)


def _split(raw: str, part: str) -> tuple[str, str] | None:
    """Split source line `raw` into its container prefix and the paragraph text `part`."""
    words = part.strip()
    if not words:
        return raw, ""
    stripped = raw.rstrip()
    if not stripped.endswith(words):
        return None
    at = len(stripped) - len(words)
    return raw[:at], raw[at:]


def _item(row: Row, lines: list[str], items: dict[int, tuple[Token, Token, list[Token]]],
          own: list[_Para]) -> ItemSource | None:
    found = items.get(row.loc.line - 1) if row.label is not None else None
    if found is None:
        return None
    token, parent, siblings = found
    assert token.map is not None
    start, end = token.map
    while end > start + 1 and blank(lines[end - 1]):
        end -= 1
    ordered = parent.type == "ordered_list_open"
    number = int(token.info) if ordered and token.info.isdigit() else None
    marker = f"{token.info}{token.markup}" if ordered else token.markup
    own_end = max((p.end for p in own), default=start + 1)
    nested = any(not blank(lines[n]) for n in range(own_end, end))
    position = siblings.index(token)
    later = tuple(
        (t.map[0], int(t.info) if t.info.isdigit() else 0)
        for t in siblings[position + 1 :] if t.map
    )
    loose = any(blank(lines[t.map[0] - 1]) for t in siblings[1:] if t.map and t.map[0] > 0)
    return ItemSource(start, end, marker, ordered, number, loose, nested, later)


def blank(line: str) -> bool:
    """True for a line with no words (in a box, a line of just ``>`` counts as blank)."""
    return not line.replace(">", "").strip()
