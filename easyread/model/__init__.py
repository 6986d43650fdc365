"""The document model: what a booklet says, free of Markdown and of any output format.

The reader builds these frozen values; the checker and the writers only read them.
Every node carries `loc`, the place in the source it came from, so errors and
findings can point at ``file:line:col``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from easyread.location import Location
from easyread.model.blocks import (
    Block,
    Box,
    Credit,
    GroupKind,
    HardWord,
    Heading,
    Line,
    ListBlock,
    PageBreak,
    Picture,
    PictureFormat,
    PictureGroup,
    Row,
    Run,
    Section,
)
from easyread.model.meta import BackCover, GroupMember, Meta
from easyread.model.review import HardWordPick, RecordingNote, ReviewAnswer, RowReview
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
    "PictureFormat",
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
