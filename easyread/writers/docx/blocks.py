"""Body blocks as Word content: rows in layout tables, lists, boxes, headings and runs.

Each run of consecutive rows shares one borderless two-column table: the picture
in the left cell, one paragraph per line in the right cell. Tables are built with
:mod:`oxml` directly, because python-docx's table API slows down on long booklets.
"""

from __future__ import annotations

import io
import re
import struct
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import assert_never

from docx.document import Document as DocxDocument
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from lxml import etree

from easyread.errors import Diagnostic, Reporter
from easyread.model import Block, Box, Heading, Line, ListBlock, PageBreak, Picture, Row, Run
from easyread.pictures.render import PictureRenderer
from easyread.style import Style
from easyread.writers.docx import oxml
from easyread.writers.docx.styles import (
    BULLET_LIST,
    EMU_PER_MM,
    LIST_INDENT,
    NUMBERED_DOT,
    NUMBERED_PAREN,
    Geometry,
)

__all__ = ["Writer"]

DPI = 300
"""Resolution of the PNG copies of pictures at their printed size."""

_Item = tuple[Row | Heading, tuple[int, int] | None]
"""A table row to write: a row or a heading with a picture, and its list numbering."""


@dataclass
class Writer:
    """Writes blocks into the body of `doc`, keeping ids and lists numbered across the booklet."""

    doc: DocxDocument
    style: Style
    geometry: Geometry
    pictures: PictureRenderer
    report: Reporter
    layout_caption: str
    layout_description: str
    bookmarks: dict[str, str] = field(default_factory=dict)
    """Heading anchor to Word bookmark name, for the contents page."""
    _shape_id: int = 0
    _bookmark_id: int = 0
    _num_id: int = 0
    _last_level: int = 0
    _pending_break: bool = False
    _last_was_table: bool = False
    _images: dict[tuple[str, int], tuple[str, int, int]] = field(default_factory=dict)
    _end: etree._Element | None = None
    """The body's closing sectPr; found once, since finding it walks every body element."""

    # -- placing content ------------------------------------------------------------------

    def start_page(self) -> None:
        """Start the next content on a new page."""
        self._pending_break = True

    def _claim_break(self, p: etree._Element) -> None:
        if self._pending_break:
            oxml.set_page_break_before(p)
            self._pending_break = False

    def add_paragraph(self, style_id: str, *, keep_next: bool = False) -> etree._Element:
        """Append a paragraph in `style_id` to the body and return it."""
        p = oxml.new_paragraph(style_id, keep_next=keep_next)
        self._claim_break(p)
        self._body_end().addprevious(p)
        self._last_was_table = False
        return p

    def _add_table(self, tbl: etree._Element) -> None:
        if self._last_was_table:
            # Word joins tables that touch, so a thin gap paragraph keeps them apart.
            gap = oxml.new_paragraph("TableGap")
            self._body_end().addprevious(gap)
        self._body_end().addprevious(tbl)
        self._last_was_table = True

    def _body_end(self) -> etree._Element:
        if self._end is None:
            self._end = self.doc.element.body.sectPr
        return self._end

    # -- blocks ---------------------------------------------------------------------------

    def write_blocks(self, blocks: Iterable[Block]) -> None:
        """Write `blocks` in order; consecutive rows and lists share one layout table."""
        run: list[_Item] = []
        for block in blocks:
            match block:
                case Row() | ListBlock():
                    run.extend(self._items(block))
                case Heading() if block.picture is not None:
                    self._write_rows(run)
                    run = [(block, None)]
                case Heading():
                    self._write_rows(run)
                    run = []
                    self.write_heading(block)
                case Box():
                    self._write_rows(run)
                    run = []
                    self._write_box(block)
                case PageBreak():
                    self._write_rows(run)
                    run = []
                    self.start_page()
                case _:
                    assert_never(block)
        self._write_rows(run)

    def _items(self, block: Row | ListBlock) -> Iterator[_Item]:
        if isinstance(block, Row):
            yield block, None
            return
        expected: int | None = None
        num_id = 0
        for item in block.items:
            if isinstance(item, ListBlock):
                yield from self._items(item)
                continue
            level = min(block.depth, 2)
            number = _label_number(item.label) if block.ordered else None
            if num_id == 0 or (number is not None and number != expected):
                # A new list instance restarts at the item's own number, so numbers match.
                kind = NUMBERED_PAREN if (item.label or "").endswith(")") else NUMBERED_DOT
                num_id = self._new_list(kind if block.ordered else BULLET_LIST, level,
                                        number or 1)
            expected = (number or 0) + 1
            yield item, (num_id, level)

    def _new_list(self, abstract_id: int, level: int, start: int) -> int:
        self._num_id += 1
        numbering = self.doc.part.numbering_part.element
        numbering.append(oxml.new_num(self._num_id, abstract_id, level, start))
        return self._num_id

    def write_heading(self, heading: Heading, cell: etree._Element | None = None) -> None:
        """Write `heading` in its Heading style, with a bookmark the contents can link to."""
        level = min(heading.level, self._last_level + 1, 3)
        if level != heading.level:
            self.report(Diagnostic(
                f"heading level {heading.level} follows level {self._last_level}, "
                f"so it is shown as level {level}",
                heading.loc, "use one more # than the heading before"))
        self._last_level = level
        style_id = f"Heading{level}"
        if cell is None:
            p = self.add_paragraph(style_id)
        else:
            p = oxml.new_paragraph(style_id)
            cell.append(p)
        self.add_runs(p, heading.line.runs)
        name = self.bookmarks.get(heading.anchor) or self.reserve_bookmark(heading.anchor)
        self._bookmark_id += 1
        oxml.add_bookmark(p, name, self._bookmark_id)

    def reserve_bookmark(self, anchor: str) -> str:
        """The Word bookmark name for heading `anchor`, fixed before the heading is written."""
        name = self.bookmarks.get(anchor)
        if name is None:
            name = self.bookmarks[anchor] = _bookmark_name(anchor, len(self.bookmarks) + 1)
        return name

    def heading_reset(self, level: int) -> None:
        """Note a heading of `level` written outside the body (contents, word list, credits)."""
        self._last_level = level

    def _write_rows(self, items: list[_Item], *, box: bool = False) -> None:
        if not items:
            return
        geo, colours = self.geometry, self.style.colours
        widths = geo.box_columns if box else geo.columns
        pad = geo.box_padding if box else 0
        tbl = oxml.new_layout_table(
            widths, caption=self.layout_caption,
            description=self.layout_description,
            cell_margins=(geo.row_padding, pad, geo.row_padding, pad),
            fill=colours.box if box else None, border=colours.accent if box else None)
        for index, (item, numbering) in enumerate(items):
            left, right = oxml.add_layout_row(tbl, widths, colours.box if box else None)
            pic_p = oxml.new_paragraph("Picture")
            left.append(pic_p)
            if index == 0:
                self._claim_break(pic_p)
            if item.picture is not None:
                self._add_picture(pic_p, item.picture, geo.picture_mm)
            if isinstance(item, Heading):
                self.write_heading(item, right)
                if index == 0 and item.level == 1 and self.style.section_new_page:
                    oxml.set_page_break_before(pic_p)
                for p in (pic_p, right[-1]):
                    oxml.set_keep_next(p)  # a heading row stays with the row after it
            else:
                self._write_lines(right, item.lines, numbering)
        self._add_table(tbl)

    def _write_box(self, box: Box) -> None:
        items: list[_Item] = []
        for block in box.blocks:
            items.extend(self._items(block))
        self._write_rows(items, box=True)

    def _write_lines(
        self, cell: etree._Element, lines: tuple[Line, ...], numbering: tuple[int, int] | None
    ) -> None:
        for index, line in enumerate(lines):
            first = numbering if index == 0 else None
            p = oxml.new_paragraph("RowText", numbering=first)
            if numbering is not None and index > 0:
                oxml.set_indent(p, LIST_INDENT * (numbering[1] + 1))
            self.add_runs(p, line.runs)
            cell.append(p)

    # -- inline content -------------------------------------------------------------------

    def add_runs(self, p: etree._Element, runs: Iterable[Run]) -> None:
        """Append `runs` to `p`: hard words bold, links as real hyperlinks, emphasis plain."""
        for run in runs:
            if run.link is None:
                oxml.add_run(p, run.text, bold=run.strong)
            else:
                self.add_link(p, run.text, run.link, bold=run.strong)

    def add_link(self, p: etree._Element, text: str, target: str, *, bold: bool = False) -> None:
        """Append a hyperlink showing `text`: to a heading for ``#anchor``, else to the web."""
        if target.startswith("#") and target[1:] in self.bookmarks:
            link = oxml.add_hyperlink(p, anchor=self.bookmarks[target[1:]])
        else:
            rid = self.doc.part.relate_to(target, RT.HYPERLINK, is_external=True)
            link = oxml.add_hyperlink(p, rid=rid)
        oxml.add_run(link, text, bold=bold, style_id="Hyperlink")

    def _add_picture(self, p: etree._Element, picture: Picture, box_mm: float) -> None:
        try:
            rid, width, height = self._image(picture, box_mm)
        except Exception as error:  # any failure to draw degrades to the alt text
            self.report(Diagnostic(
                f"could not draw the picture {picture.path.name}: {error}", picture.loc,
                "check that the file is a picture; its alt text is shown instead"))
            oxml.add_run(p, picture.alt)
            return
        self._shape_id += 1
        p.append(oxml.new_picture_inline(rid, width, height, self._shape_id, picture.alt))

    def _image(self, picture: Picture, box_mm: float) -> tuple[str, int, int]:
        """The relationship id and size in EMU of `picture` fitted in a `box_mm` square."""
        key = (str(picture.path), round(box_mm * 100))
        found = self._images.get(key)
        if found is None:
            # Render at the box's width first: most pictures are square or wide, so this is the
            # only render; a tall picture is rendered again, narrower, to fit the box's height.
            width_mm = box_mm
            png = self.pictures.png(picture, max(1, round(box_mm / 25.4 * DPI)))
            px_width, px_height = struct.unpack(">II", png[16:24])  # the PNG's IHDR chunk
            if px_height > px_width:
                width_mm = box_mm * px_width / px_height
                png = self.pictures.png(picture, max(1, round(width_mm / 25.4 * DPI)))
            rid, image = self.doc.part.get_or_add_image(io.BytesIO(png))
            width = round(width_mm * EMU_PER_MM)
            height = round(width * image.px_height / image.px_width)
            found = self._images[key] = (rid, width, height)
        return found

    def add_picture_paragraph(self, picture: Picture, box_mm: float, style_id: str) -> None:
        """Append a paragraph holding only `picture` (the cover picture)."""
        p = self.add_paragraph(style_id, keep_next=True)
        self._add_picture(p, picture, box_mm)


def _label_number(label: str | None) -> int | None:
    match = re.match(r"\s*(\d+)", label or "")
    return int(match.group(1)) if match else None


def _bookmark_name(anchor: str, number: int) -> str:
    # Word bookmark names: a letter first, letters, digits and _ only, at most 40 characters.
    clean = re.sub(r"[^A-Za-z0-9_]", "_", anchor)[:30]
    return f"s{number}_{clean}"

