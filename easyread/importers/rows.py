"""Paragraphs and table cells as easyread rows: a picture, then one sentence per line."""

from __future__ import annotations

import re
from collections.abc import Iterable

from easyread.importers.body import Cell, Table
from easyread.importers.draft import (
    Box,
    DraftBlock,
    DraftHeading,
    DraftPicture,
    DraftRow,
    Group,
    Line,
    Segment,
)
from easyread.importers.paragraphs import Paragraph
from easyread.importers.styles import Numbering, StyleBook
from easyread.importers.text import join_segments, line_text, split_sentences

__all__ = ["RowMaker"]

_MAX_HEADING_WORDS = 12
GROUP_PICTURE = "Group Picture"
"""The paragraph style easyread's Word files give the pictures of a picture group."""


class RowMaker:
    """Turns paragraphs and tables into blocks, numbering list items as Word does."""

    def __init__(self, styles: StyleBook, numbering: Numbering, text_size: float) -> None:
        self.styles = styles
        self.numbering = numbering
        self.text_size = text_size
        """The size of most of the text, in points: a heading is larger."""

    # -- what a paragraph is --------------------------------------------------------------

    def heading_level(self, p: Paragraph) -> tuple[int, bool] | None:
        """The level (1 or 2) if `p` is a heading, and whether that was guessed from its look."""
        if p.style.kind == "heading" and p.text:
            return min(p.style.level, 2), False
        body = self.text_size
        words = p.text.split()
        if (p.all_bold and p.size is not None and p.size >= body * 1.25 and words
                and len(words) <= _MAX_HEADING_WORDS and not p.text.endswith((".", ","))
                and p.numbering is None):
            return (1 if p.size >= body * 1.6 else 2), True
        return None

    def heading(self, p: Paragraph, picture: DraftPicture | None = None) -> DraftHeading:
        """`p` as a heading (call only when :meth:`heading_level` found one)."""
        found = self.heading_level(p)
        level, guessed = found if found else (1, True)
        text = tuple(seg for line in p.lines for seg in line)
        plain = tuple(Segment(seg.text, link=seg.link) for seg in text)  # headings are bold
        note = ("this line was large and bold in Word, so it became a heading"
                if guessed else None)
        return DraftHeading(level, join_segments(plain), picture, note)

    # -- paragraphs outside tables --------------------------------------------------------

    def paragraphs(self, items: Iterable[Paragraph]) -> list[DraftBlock]:
        """Rows for paragraphs in the body: a picture alone on its line joins the words after it."""
        blocks: list[DraftBlock] = []
        waiting: list[DraftPicture] = []
        for p in items:
            if p.contents_entry:
                continue
            if self.heading_level(p):
                blocks += _picture_rows(waiting)
                waiting = []
                blocks.append(self.heading(p))
                continue
            lines = _sentences(p.lines)
            if not lines:
                blocks += _picture_rows(waiting)
                waiting = list(p.pictures)
            else:
                pictures = [*waiting, *p.pictures]
                waiting = []
                label, depth = self._label(p)
                blocks += _picture_rows(pictures[:-1] if len(pictures) > 1 else [])
                blocks.append(DraftRow(pictures[-1] if pictures else None, tuple(lines),
                                       label, depth))
            blocks += self._extras(p)
        blocks += _picture_rows(waiting)
        return blocks

    def _label(self, p: Paragraph) -> tuple[str | None, int]:
        if p.numbering is None:
            return None, 0
        num_id, level = p.numbering
        return self.numbering.label(num_id, level), min(level, 2)

    def _extras(self, p: Paragraph) -> list[DraftBlock]:
        extras: list[DraftBlock] = []
        box_lines = _sentences(p.text_boxes)
        if box_lines:
            extras.append(DraftRow(None, tuple(box_lines), note="these words were in a text "
                                   "box or shape in Word: check where they belong"))
        note_lines = _sentences(p.footnotes)
        if note_lines:
            extras.append(DraftRow(None, tuple(note_lines), note="these words were a footnote "
                                   "in Word: check where they belong"))
        if p.charts:
            extras.append(DraftRow(None, (), note="a chart was here in Word: easyread cannot "
                                   "bring charts in; add a picture of it, or its main facts"))
        return extras

    # -- tables ---------------------------------------------------------------------------

    def table(self, table: Table) -> list[DraftBlock]:
        """Rows for `table`: two columns are pictures and words; others are kept as words.

        Empty spacer cells do not count as columns, and a row of one cell (a heading across
        the table, say) is read like paragraphs.
        """
        filled = [[cell for cell in cells if _filled(cell)] or cells[:1] for cells in table.rows]
        group = _group(filled)
        if group is not None:
            return [group]
        if filled and all(len(cells) <= 2 for cells in filled):
            blocks: list[DraftBlock] = []
            for cells in filled:
                if len(cells) == 2:
                    blocks += self._picture_row(*cells)
                else:
                    blocks += self._cell_blocks(cells[0].paragraphs, None)
        else:
            blocks = self._other_table(table)
        if not table.shaded:
            return blocks
        rows = tuple(block for block in blocks if isinstance(block, DraftRow))
        rest: list[DraftBlock] = [block for block in blocks if not isinstance(block, DraftRow)]
        return [*rest, Box(rows)] if rows else rest

    def _picture_row(self, left: Cell, right: Cell) -> list[DraftBlock]:
        pictures_left = [pic for p in left.paragraphs for pic in p.pictures]
        pictures_right = [pic for p in right.paragraphs for pic in p.pictures]
        if not pictures_left and pictures_right and not _words(right):
            left, right = right, left  # words on the left, pictures on the right
            pictures_left, pictures_right = pictures_right, []
        picture = pictures_left[0] if pictures_left else None
        blocks = self._cell_blocks(right.paragraphs, picture)
        notes = []
        caption = [line for p in left.paragraphs for line in _sentences(p.lines)]
        if caption:
            notes.append("the picture's cell also had words, now the first lines of this row")
            first = blocks[0] if blocks else None
            if isinstance(first, DraftRow) and first.label is None:
                blocks[0] = DraftRow(first.picture, (*caption, *first.lines))
            else:
                blocks.insert(0, DraftRow(None if first else picture, tuple(caption)))
        extra = pictures_left[1:] + pictures_right
        if extra:
            notes.append(f"the row had {len(extra) + 1} pictures: only the first is the row's "
                         "picture, the others have rows of their own")
        if left.nested or right.nested:
            notes.append("a table inside this row was read as plain lines")
        if notes and blocks:
            blocks[0] = _with_note(blocks[0], "; ".join(notes))
        return blocks + _picture_rows(extra)

    def _cell_blocks(self, paragraphs: list[Paragraph],
                     picture: DraftPicture | None) -> list[DraftBlock]:
        """The blocks of a row's words cell, the row's picture going to the first of them."""
        blocks: list[DraftBlock] = []
        lines: list[Line] = []
        label: str | None = None
        depth = 0

        def close() -> None:
            nonlocal lines, label, picture
            if lines or label:
                blocks.append(DraftRow(picture, tuple(lines), label, depth))
                picture = None
            lines, label = [], None

        for p in paragraphs:
            if p.contents_entry:
                continue
            if self.heading_level(p) and not lines and label is None and not blocks:
                blocks.append(self.heading(p, picture))
                picture = None
                continue
            if p.numbering is not None:
                close()
                label, depth = self._label(p)
            lines += _sentences(p.lines)
            blocks += self._extras(p)
        close()
        if picture is not None:  # a picture with no words beside it
            blocks.append(DraftRow(picture, ()))
        return blocks

    def _other_table(self, table: Table) -> list[DraftBlock]:
        blocks: list[DraftBlock] = []
        for cells in table.rows:
            paragraphs = [p for cell in cells for p in cell.paragraphs]
            pictures = [pic for p in paragraphs for pic in p.pictures]
            lines = [line for p in paragraphs for line in _sentences(p.lines)]
            if lines or pictures:
                blocks.append(DraftRow(pictures[0] if pictures else None, tuple(lines)))
                blocks += _picture_rows(pictures[1:])
        columns = max((len(cells) for cells in table.rows), default=0)
        if blocks:
            blocks[0] = _with_note(blocks[0], f"this came from a table with {columns} "
                                   "column(s): each table row is now one row; check the order")
        return blocks


_STAGE = re.compile(r"^(\d+)\.\s+")


def _group(rows: list[list[Cell]]) -> Group | None:
    """The picture group easyread wrote as this table (every cell starts with a Group Picture
    paragraph), or None. Captions starting with a bold number are stages."""
    cells = [cell for cells in rows for cell in cells]
    if not cells or not all(cell.paragraphs and cell.paragraphs[0].style.name == GROUP_PICTURE
                            for cell in cells):
        return None
    items: list[DraftRow] = []
    stages = True
    for cell in cells:
        pictures = [pic for p in cell.paragraphs for pic in p.pictures]
        lines = [tuple(seg for seg in line) for p in cell.paragraphs[1:] for line in p.lines]
        lines = [line for line in lines if line_text(line).strip()]
        first = lines[0] if lines else ()
        number = _STAGE.match(first[0].text) if first and first[0].bold else None
        if number is None:
            stages = False
        else:
            rest = first[0].text[number.end():]
            lines[0] = ((Segment(rest),) if rest else ()) + first[1:]
        items.append(DraftRow(pictures[0] if pictures else None, tuple(lines), "-"))
    return Group("stages" if stages else "side-by-side", tuple(items))


def _sentences(lines: Iterable[Line]) -> list[Line]:
    return [sentence for line in lines for sentence in split_sentences(line)]


def _filled(cell: Cell) -> bool:
    return _words(cell) or any(p.pictures or p.text_boxes for p in cell.paragraphs)


def _words(cell: Cell) -> bool:
    return any(line_text(line).strip() for p in cell.paragraphs for line in p.lines)


def _picture_rows(pictures: list[DraftPicture]) -> list[DraftBlock]:
    return [DraftRow(picture, ()) for picture in pictures]


def _with_note(block: DraftBlock, note: str) -> DraftBlock:
    if isinstance(block, DraftRow):
        return DraftRow(block.picture, block.lines, block.label, block.depth,
                        "; ".join(filter(None, (block.note, note))))
    if isinstance(block, DraftHeading):
        return DraftHeading(block.level, block.text, block.picture,
                            "; ".join(filter(None, (block.note, note))))
    return block
