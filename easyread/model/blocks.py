"""The body of a booklet: pictures, lines, rows, lists, boxes, headings, groups and sections."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from easyread.location import Location

__all__ = ["Block", "Box", "Credit", "GroupKind", "HardWord", "Heading", "Line", "ListBlock",
           "PageBreak", "Picture", "PictureFormat", "PictureGroup", "Row", "Run", "Section"]


PictureFormat = Literal["svg", "png", "jpeg"]


@dataclass(frozen=True, slots=True)
class Credit:
    """Who made a picture and the licence it is used under, as printed on the credits page."""

    source: str
    """The picture set or owner, for example "OpenMoji"."""
    licence: str
    """The licence exactly as the picture library lists it, for example "CC BY-SA 4.0"."""
    url: str = ""
    """Where the set and its licence can be found."""
    attribution: str = ""
    """The credit line the licence asks for, if it asks for one."""


@dataclass(frozen=True, slots=True)
class Picture:
    """A picture beside a row, a heading or on the cover.

    `path` is the resolved file; writers never open it themselves but ask
    :mod:`easyread.pictures` for a rendered copy.
    """

    path: Path
    alt: str
    """The text alternative read out by screen readers."""
    format: PictureFormat
    loc: Location
    name: str | None = None
    """The picture library name used in the source (``:name:``), or None for a file path."""
    credit: Credit | None = None
    picture_set: str = ""
    """The bundled picture set it comes from ("mulberry"), or "" for the user's own picture."""


@dataclass(frozen=True, slots=True)
class Run:
    """A stretch of text with one look. `strong` marks a hard word (bold)."""

    text: str
    column: int
    """1-based column in the source line where the run's text starts."""
    strong: bool = False
    emphasis: bool = False
    """Markdown emphasis; easy read avoids italics, so writers show it as plain text."""
    code: bool = False
    link: str | None = None
    """The target of a link, shown as the link's text."""


@dataclass(frozen=True, slots=True)
class Line:
    """One line of a row as written in the source: usually one sentence."""

    runs: tuple[Run, ...]
    loc: Location

    @property
    def text(self) -> str:
        """The plain text of the line."""
        return "".join(run.text for run in self.runs)


@dataclass(frozen=True, slots=True)
class Row:
    """One idea: an optional picture on the left and one or more lines on the right."""

    lines: tuple[Line, ...]
    loc: Location
    picture: Picture | None = None
    label: str | None = None
    """The list marker of a list item, such as "3." or "•"; None outside lists."""

    @property
    def text(self) -> str:
        """The row's lines joined with newlines."""
        return "\n".join(line.text for line in self.lines)


@dataclass(frozen=True, slots=True)
class ListBlock:
    """A bulleted or numbered list; each item is a row (nested items are indented rows)."""

    items: tuple[Row | ListBlock, ...]
    ordered: bool
    loc: Location
    depth: int = 0
    """0 for a top-level list, 1 for a list inside an item, and so on."""


@dataclass(frozen=True, slots=True)
class Box:
    """A highlighted box (a Markdown blockquote) holding rows and lists."""

    blocks: tuple[Row | ListBlock, ...]
    loc: Location


@dataclass(frozen=True, slots=True)
class PageBreak:
    """Start a new page here (a thematic break, ``---``)."""

    loc: Location


@dataclass(frozen=True, slots=True)
class Heading:
    """A section title (level 1) or subsection title (level 2 and below)."""

    level: int
    line: Line
    loc: Location
    anchor: str
    """A stable identifier for links from the contents, unique in the document."""
    picture: Picture | None = None

    @property
    def text(self) -> str:
        """The heading's plain text."""
        return self.line.text


GroupKind = Literal["side-by-side", "stages"]


@dataclass(frozen=True, slots=True)
class PictureGroup:
    """Two to four pictures shown together, each with a short caption (``::: side-by-side``),
    or stages shown in order from first to last (``::: stages``), one picture each."""

    kind: GroupKind
    items: tuple[Row, ...]
    """Each item is a row: its picture and its caption lines (the label numbers stages)."""
    loc: Location

    @property
    def longest_word(self) -> int:
        """Letters in the longest word of any caption (or stage number): the columns are
        made at least this wide, so no word is broken."""
        words = [word for item in self.items for line in item.lines for word in line.text.split()]
        words += [item.label for item in self.items if item.label]
        return max((len(word) for word in words), default=0)


Block = Row | ListBlock | Box | PageBreak | Heading | PictureGroup


@dataclass(frozen=True, slots=True)
class Section:
    """A part of the booklet that starts with a level 1 heading (or none, before the first)."""

    heading: Heading | None
    blocks: tuple[Block, ...]
    loc: Location


@dataclass(frozen=True, slots=True)
class HardWord:
    """A hard word and its explanation, from a definition list in the source."""

    term: str
    explanation: tuple[Line, ...]
    loc: Location
