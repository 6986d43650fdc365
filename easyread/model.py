"""The document model: what a booklet says, free of Markdown and of any output format.

The reader builds these frozen values; the checker and the writers only read them.
Every node carries `loc`, the place in the source it came from, so errors and
findings can point at ``file:line:col``.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any, Literal

from easyread.location import Location
from easyread.style import Style

__all__ = [
    "BackCover",
    "Block",
    "Box",
    "Credit",
    "Document",
    "GroupKind",
    "GroupMember",
    "HardWord",
    "HardWordPick",
    "Heading",
    "Line",
    "ListBlock",
    "Location",
    "Meta",
    "PageBreak",
    "Picture",
    "PictureGroup",
    "RecordingNote",
    "ReviewAnswer",
    "Row",
    "RowReview",
    "Run",
    "Section",
    "beside_list",
    "iter_blocks",
    "iter_lines",
    "iter_pictures",
    "iter_rows",
]

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


@dataclass(frozen=True, slots=True)
class GroupMember:
    """A member of the co-production group (front matter ``group:``): their name, their own
    photo, what they did, and what they say about it in their own words."""

    name: str
    loc: Location
    photo: Picture | None = None
    did: str = ""
    quote: str = ""


@dataclass(frozen=True, slots=True)
class BackCover:
    """The optional last page (front matter ``back_cover:``): how to get in touch, and that
    the booklet can be had in other formats."""

    contact: tuple[str, ...] = ()
    """Lines of contact details (address, phone, email, website), in the order written."""


@dataclass(frozen=True, slots=True)
class Meta:
    """Facts about the booklet, from the front matter."""

    title: str
    loc: Location
    language: str = "en-GB"
    subtitle: str = ""
    author: str = ""
    date: str = ""
    cover: Picture | None = None
    logo: Picture | None = None
    """The organisation's logo, shown small on the cover."""
    organisation: str = ""
    """The organisation that made the booklet, named on the cover."""
    full_version: str = ""
    """A link to the standard (not easy read) version of the same document."""
    checked_by: tuple[str, ...] = ()
    """The people who checked the booklet, named on the credits page."""
    picture_dirs: tuple[Path, ...] = ()
    check: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    """Checker settings from the front matter ``check:`` key, passed on unread."""
    word_list_title: str | None = None
    """The heading of the word list, taken from the section the definitions were in; None
    when they had no section of their own (writers then use the booklet language's word)."""
    voice: str = ""
    """The voice of the audio version: an espeak-ng voice name or a Piper ``.onnx`` file
    (resolved to a full path); empty for the booklet language's usual voice."""
    voice_loc: Location | None = None
    """Where the voice was chosen (the front matter line, or the command line)."""
    say: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    """The pronunciation table (front matter ``say:``): written word -> words to say."""
    back_cover: BackCover | None = None
    """The back cover, when the front matter asks for one."""
    group: tuple[GroupMember, ...] = ()
    """The co-production group, shown on a page of its own after the body."""
    group_title: str = ""
    """The heading of the group's page; empty for the booklet language's words."""


@dataclass(frozen=True, slots=True)
class HardWordPick:
    """A word a reader tapped in review as hard to understand."""

    word: str
    reviewer: str
    date: str


@dataclass(frozen=True, slots=True)
class RecordingNote:
    """Who recorded a row's words in review, and when (the sound is in ``recordings/``)."""

    file: str
    reviewer: str
    date: str
    words: str = ""
    """The fingerprint of the row's words when it was recorded."""


@dataclass(frozen=True, slots=True)
class ReviewAnswer:
    """A reader's answer about a row, as it stands now."""

    reviewer: str
    answer: str
    """"understand" or "not-sure"."""
    comment: str
    date: str
    """When it was given, as ``2026-12-07T14:05:00Z`` (UTC)."""
    stale: bool
    """Given before the row's words changed."""


@dataclass(frozen=True, slots=True)
class RowReview:
    """One row and what readers said about it in the review file beside the booklet."""

    key: str
    """The row's key in the review file, also its recording's name."""
    loc: Location
    """The row's place in the booklet."""
    lines: tuple[str, ...]
    answers: tuple[ReviewAnswer, ...]
    hard_words: tuple[HardWordPick, ...]
    recording: Path | None
    """The row's recording in the recordings folder, if there is one."""
    recorded_by: RecordingNote | None = None


@dataclass(frozen=True, slots=True)
class Document:
    """A whole easy read booklet as the source describes it."""

    meta: Meta
    style: Style
    sections: tuple[Section, ...]
    hard_words: tuple[HardWord, ...] = ()
    source: Path | None = None
    """The Markdown file read, or None when the text came from a string."""
    review: tuple[RowReview, ...] | None = None
    """Every row with what readers said of it, from the review file beside the booklet
    (``FILE.review.yaml``); None when there is no such file."""


def iter_blocks(doc: Document) -> Iterator[Block]:
    """Yield every block in reading order, lists and boxes before what is inside them."""

    def walk(block: Block) -> Iterator[Block]:
        yield block
        match block:
            case ListBlock():
                for item in block.items:
                    yield from walk(item)
            case Box():
                for inner in block.blocks:
                    yield from walk(inner)
            case PictureGroup():
                yield from block.items
            case Row() | PageBreak() | Heading():
                pass

    for section in doc.sections:
        if section.heading is not None:
            yield section.heading
        for block in section.blocks:
            yield from walk(block)


def iter_rows(doc: Document) -> Iterator[Row]:
    """Yield every row in reading order, including list items and rows in boxes."""
    for block in iter_blocks(doc):
        if isinstance(block, Row):
            yield block


def iter_lines(doc: Document, *, headings: bool = False) -> Iterator[Line]:
    """Yield the lines of every row in reading order, and of headings if `headings` is true."""
    for block in iter_blocks(doc):
        if isinstance(block, Row):
            yield from block.lines
        elif headings and isinstance(block, Heading):
            yield block.line


def iter_pictures(doc: Document) -> Iterator[Picture]:
    """Yield every picture the booklet shows: the cover and the logo first, then in reading
    order."""
    if doc.meta.cover is not None:
        yield doc.meta.cover
    if doc.meta.logo is not None:
        yield doc.meta.logo
    for member in doc.meta.group:
        if member.photo is not None:
            yield member.photo
    for block in iter_blocks(doc):
        if isinstance(block, Row | Heading) and block.picture is not None:
            yield block.picture


def beside_list(block: Block, following: Block | None) -> ListBlock | None:
    """The list to show beside `block`'s picture, as one row with it: the list right after a
    row with a picture, when none of the list's items has a picture of its own (as printed
    easy read booklets do; a list with pictures keeps one row per item)."""
    if not (isinstance(block, Row) and block.picture is not None
            and isinstance(following, ListBlock)):
        return None
    return None if _has_pictures(following) else following


def _has_pictures(block: ListBlock) -> bool:
    return any(item.picture is not None if isinstance(item, Row) else _has_pictures(item)
               for item in block.items)
