"""What an imported document holds before it is written as Markdown: a small model of its own.

The Word reader fills it; the Markdown writer prints it. It is not the booklet model
(:mod:`easyread.model`): it keeps Word's pictures as parts of the file, and notes for the
person checking the import, until the Markdown and its pictures folder are made.
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = [
    "Box", "Draft", "DraftBlock", "DraftHeading", "DraftPicture", "DraftRow", "Group", "Segment",
    "WordListEntry",
]


@dataclass(frozen=True, slots=True)
class Segment:
    """A piece of text with one look: `bold` marks a hard word, `link` a web address."""

    text: str
    bold: bool = False
    link: str | None = None


Line = tuple[Segment, ...]
"""One line of the booklet: one sentence."""


@dataclass(frozen=True, slots=True)
class DraftPicture:
    """A picture in the Word file: its part name (``/word/media/image1.png``) and description."""

    part: str
    alt: str


@dataclass(frozen=True, slots=True)
class DraftRow:
    """A row: an optional picture and its lines; `label` (``-`` or ``3.``) makes it a list item."""

    picture: DraftPicture | None
    lines: tuple[Line, ...]
    label: str | None = None
    depth: int = 0
    """How deep a list item is nested (0 for the outer list)."""
    note: str | None = None
    """What the person should check about this row, if anything."""


@dataclass(frozen=True, slots=True)
class DraftHeading:
    """A ``#`` (level 1) or ``##`` (level 2) heading, with an optional picture."""

    level: int
    text: Line
    picture: DraftPicture | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True)
class Box:
    """Rows in a highlighted box (a shaded table in Word)."""

    rows: tuple[DraftRow, ...]


@dataclass(frozen=True, slots=True)
class Group:
    """Pictures side by side with captions, or stages in order (``::: side-by-side`` or
    ``::: stages``), as easyread writes them in Word: a table of Group Picture cells."""

    kind: str
    rows: tuple[DraftRow, ...]


DraftBlock = DraftHeading | DraftRow | Box | Group


@dataclass(frozen=True, slots=True)
class WordListEntry:
    """A hard word and the lines explaining it."""

    term: str
    explanation: tuple[Line, ...]


@dataclass
class Draft:
    """Everything read from one Word file, in order, ready to print as Markdown."""

    title: str = ""
    subtitle: str = ""
    date: str = ""
    language: str = ""
    author: str = ""
    checked_by: list[str] = field(default_factory=list)
    full_version: str = ""
    cover: DraftPicture | None = None
    organisation: str = ""
    logo: DraftPicture | None = None
    """The organisation's logo from easyread's own cover."""
    cover_name: str = ""
    """The picture library's name for the cover picture, when its description matches one."""
    blocks: list[DraftBlock] = field(default_factory=list)
    word_list_title: str = ""
    word_list: list[WordListEntry] = field(default_factory=list)
    back_cover: list[str] | None = None
    """The contact lines of easyread's own back cover, when the file has one."""
    notes: list[str] = field(default_factory=list)
    """Notes about the whole file (they point at its first line)."""
