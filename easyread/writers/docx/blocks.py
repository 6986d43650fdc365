"""Body blocks as Word content: rows in layout tables, lists, boxes, headings and runs.

Each run of consecutive rows shares one borderless two-column table: the picture
in the left cell, one paragraph per line in the right cell. The body is built as text
with :mod:`oxml`, because python-docx's objects are slow for long booklets.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import assert_never

from easyread.errors import Diagnostic, Reporter
from easyread.measures import SHORT_LIST, measures
from easyread.model import (
    Block,
    Box,
    Heading,
    Line,
    ListBlock,
    PageBreak,
    Picture,
    PictureGroup,
    Row,
    Run,
    beside_list,
)
from easyread.pictures.render import PictureRenderer
from easyread.style import MM, Style
from easyread.writers.breaks import keep_phone_numbers
from easyread.writers.docx import oxml
from easyread.writers.docx.groups import group_table
from easyread.writers.docx.images import Images
from easyread.writers.docx.package import Package
from easyread.writers.docx.styles import (
    BULLET_LIST,
    NUMBERED_DOT,
    NUMBERED_PAREN,
    WordGeometry,
    pt_twips,
)

__all__ = ["Writer"]

_Item = tuple[Row | Heading, tuple[int, int] | None]
"""A table row to write: a row or a heading with a picture, and its list numbering."""


@dataclass
class Writer:
    """Writes blocks as body XML, keeping ids and lists numbered across the booklet."""

    package: Package
    style: Style
    geometry: WordGeometry
    pictures: PictureRenderer
    report: Reporter
    layout_caption: str
    layout_description: str
    body: list[str] = field(default_factory=list)
    """The body's XML so far, in pieces."""
    nums: list[str] = field(default_factory=list)
    """The list instances (`w:num`) the body uses, for the numbering part."""
    bookmarks: dict[str, str] = field(default_factory=dict)
    """Heading anchor to Word bookmark name, for the contents page."""
    images: Images = field(init=False)
    _bookmark_id: int = 0
    _last_level: int = 0
    _pending_break: bool = False
    _last_was_table: bool = False
    _beside: dict[int, ListBlock] = field(default_factory=dict)
    """Ids of rows whose list is written in their text cell, beside their picture."""
    _kept: set[int] = field(default_factory=set)
    """Ids of rows kept on a page with the row after them (lead-in rows, short lists)."""

    def __post_init__(self) -> None:
        self.images = Images(self.package, self.pictures, self.report, self.style.colours.accent)

    # -- placing content ------------------------------------------------------------------

    def start_page(self) -> None:
        """Start the next content on a new page."""
        self._pending_break = True

    def _claim_break(self) -> bool:
        pending, self._pending_break = self._pending_break, False
        return pending

    def add_paragraph(self, style_id: str, content: str, *, keep_next: bool = False) -> None:
        """Append a paragraph in `style_id` holding `content` (runs) to the body."""
        start = oxml.paragraph_start(style_id, keep_next=keep_next,
                                     page_break_before=self._claim_break())
        self.body += (start, content, "</w:p>")
        self._last_was_table = False

    def _add_table(self, tbl: str) -> None:
        if self._last_was_table:
            # Word joins tables that touch, so a thin gap paragraph keeps them apart.
            self.body += (oxml.paragraph_start("TableGap"), "</w:p>")
        self.body.append(tbl)
        self._last_was_table = True

    # -- blocks ---------------------------------------------------------------------------

    def write_blocks(self, blocks: Iterable[Block]) -> None:
        """Write `blocks` in order; consecutive rows and lists share one layout table."""
        run: list[_Item] = []
        blocks = list(blocks)
        held: ListBlock | None = None
        for index, block in enumerate(blocks):
            following = blocks[index + 1] if index + 1 < len(blocks) else None
            if block is held:
                continue  # already written beside the picture of the row before it
            held = beside_list(block, following)
            if held is not None:
                self._beside[id(block)] = held
                following = None
            match block:
                case Row() | ListBlock():
                    self._keep(block, following)
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
                case PictureGroup():
                    self._write_rows(run)
                    run = []
                    self._add_table(group_table(self, block, self._claim_break()))
                case _:
                    assert_never(block)
        self._write_rows(run)

    def _keep(self, block: Row | ListBlock, following: Block | None) -> None:
        """Note the rows to keep with the next: a lead-in row with its list, and every item
        but the last of a list short enough never to split (as in the PDF)."""
        if isinstance(block, Row):
            if isinstance(following, ListBlock | PictureGroup):
                self._kept.add(id(block))
            return
        rows = list(_rows(block))
        if len(rows) <= SHORT_LIST:
            self._kept.update(id(row) for row in rows[:-1])
        else:
            self._kept.update((id(rows[0]), id(rows[-2])))

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
        num_id = len(self.nums) + 1
        self.nums.append(oxml.new_num(num_id, abstract_id, level, start))
        return num_id

    def write_heading(self, heading: Heading) -> None:
        """Write `heading` in its Heading style, with a bookmark the contents can link to."""
        style_id, content = self._heading(heading)
        self.add_paragraph(style_id, content)

    def _heading(self, heading: Heading) -> tuple[str, str]:
        """The style id and content of `heading`'s paragraph, bookmarked for links."""
        level = min(heading.level, self._last_level + 1, 3)
        if level != heading.level:
            self.report(Diagnostic(
                f"heading level {heading.level} follows level {self._last_level}, "
                f"so it is shown as level {level}",
                heading.loc, "use one more # than the heading before"))
        self._last_level = level
        runs = self.add_runs(heading.line.runs)
        name = self.bookmarks.get(heading.anchor) or self.reserve_bookmark(heading.anchor)
        self._bookmark_id += 1
        bookmark_id = self._bookmark_id
        content = (f"{oxml.bookmark_start(name, bookmark_id)}{runs}"
                   f"{oxml.bookmark_end(bookmark_id)}")
        return f"Heading{level}", content

    def reserve_bookmark(self, anchor: str) -> str:
        """The Word bookmark name for heading `anchor`, fixed before the heading is written."""
        name = self.bookmarks.get(anchor)
        if name is None:
            name = self.bookmarks[anchor] = _bookmark_name(anchor, len(self.bookmarks) + 1)
        return name

    def add_part_heading(self, text: str, key: str) -> None:
        """A level 1 heading of the booklet's own (word list, credits), bookmarked as `key`."""
        name = self.reserve_bookmark(key)
        self._bookmark_id += 1
        self.add_paragraph("Heading1", f"{oxml.bookmark_start(name, self._bookmark_id)}"
                           f"{oxml.run(text)}{oxml.bookmark_end(self._bookmark_id)}")
        self.heading_reset(1)

    def heading_reset(self, level: int) -> None:
        """Note a heading of `level` written outside the body (contents, word list, credits)."""
        self._last_level = level

    def _write_rows(self, items: list[_Item], *, box: bool = False) -> None:
        if not items:
            return
        geo, colours = self.geometry, self.style.colours
        widths = geo.box_columns if box else geo.columns
        pad = geo.box_padding if box else 0
        fill = colours.box if box else None
        parts = [oxml.layout_table_start(
            widths, self.layout_caption, self.layout_description,
            (geo.row_padding, pad, geo.row_padding, pad), fill,
            colours.accent if box else None, geo.box_border if box else 0)]
        for index, (item, numbering) in enumerate(items):
            # Text shorter than its picture is centred on it, except beside a heading or
            # above a list held beside the picture (as in the PDF).
            centre = (isinstance(item, Row) and item.picture is not None
                      and id(item) not in self._beside)
            row_start, text_cell = oxml.layout_row_cells(widths, fill, centre)
            page_break = index == 0 and self._claim_break()
            picture = "" if item.picture is None else self.images.run(item.picture,
                                                                    geo.picture_mm)
            if isinstance(item, Heading):
                style_id, content = self._heading(item)
                if index == 0 and item.level == 1 and self.style.section_new_page:
                    page_break = True
                # A heading row stays with the row after it.
                left = oxml.paragraph_start("Picture", keep_next=True,
                                            page_break_before=page_break)
                right = f"{oxml.paragraph_start(style_id, keep_next=True)}{content}</w:p>"
            else:
                keep = id(item) in self._kept
                left = oxml.paragraph_start("Picture", keep_next=keep,
                                            page_break_before=page_break)
                right = self._lines(item.lines, numbering, keep)
                held = self._beside.get(id(item))
                if held is not None:
                    right += "".join(self._lines(row.lines, number, space=True)
                                     for row, number in self._items(held)
                                     if isinstance(row, Row))
            parts += (row_start, left, picture, "</w:p></w:tc>", text_cell, right,
                      "</w:tc></w:tr>")
        parts.append("</w:tbl>")
        self._add_table("".join(parts))

    def _write_box(self, box: Box) -> None:
        items: list[_Item] = []
        for block in box.blocks:
            items.extend(self._items(block))
        self._write_rows(items, box=True)

    def _lines(self, lines: tuple[Line, ...], numbering: tuple[int, int] | None,
               keep: bool = False, *, space: bool = False) -> str:
        """Paragraphs for `lines`; `space` puts the gap of a list item beside a picture
        above the first."""
        style_id = "ListBeside" if space else "RowText"
        if numbering is None:
            start = oxml.paragraph_start(style_id, keep_next=keep)
            return "".join(f"{start}{self.add_runs(line.runs)}</w:p>" for line in lines)
        indent = self.geometry.list_indent * (numbering[1] + 1)
        return "".join(
            oxml.paragraph_start(style_id if index == 0 else "RowText", keep_next=keep,
                                 numbering=numbering if index == 0 else None,
                                 indent=None if index == 0 else indent)
            + f"{self.add_runs(line.runs)}</w:p>"
            for index, line in enumerate(lines))

    # -- inline content -------------------------------------------------------------------

    def add_runs(self, runs: Iterable[Run]) -> str:
        """`runs` as Word runs: hard words bold, links as real hyperlinks, emphasis plain."""
        return "".join(oxml.run(keep_phone_numbers(run.text), bold=run.strong)
                       if run.link is None
                       else self.add_link(keep_phone_numbers(run.text), run.link, bold=run.strong)
                       for run in runs)

    def add_link(self, text: str, target: str, *, bold: bool = False) -> str:
        """A hyperlink showing `text`: to a heading for ``#anchor``, else to the web."""
        inner = oxml.run(text, bold=bold, style_id="Hyperlink")
        if target.startswith("#") and target[1:] in self.bookmarks:
            return oxml.hyperlink(inner, anchor=self.bookmarks[target[1:]])
        return oxml.hyperlink(inner, rid=self.package.add_link(target))

    def add_logo_beside(self, picture: Picture, side: float, name: str) -> None:
        """The cover's logo, `side` pt, with the organisation's name beside it, in a layout
        table of two columns (the logo's and the gap after it): a long name wraps in its own
        column and is centred on the logo, as on the PDF cover, instead of running on under
        the logo."""
        column = pt_twips(side + measures(self.style).gap)
        widths = (column, self.geometry.text_width - column)
        row_start, text_cell = oxml.layout_row_cells(widths, centre=True)
        logo = oxml.paragraph_start("CoverLogo", keep_next=True,
                                    page_break_before=self._claim_break())
        self._add_table("".join((
            oxml.layout_table_start(widths, self.layout_caption, self.layout_description,
                                    (0, 0, 0, 0)),
            row_start, logo, self.images.run(picture, side / MM), "</w:p></w:tc>", text_cell,
            oxml.paragraph_start("CoverText"), oxml.run(name, bold=True), "</w:p>",
            "</w:tc></w:tr></w:tbl>")))

    def add_picture_paragraph(self, picture: Picture, box_mm: float, style_id: str) -> None:
        """Append a paragraph holding `picture` (the cover picture, a logo without a name)."""
        start = oxml.paragraph_start(style_id, keep_next=True,
                                     page_break_before=self._claim_break())
        self.body += (start, self.images.run(picture, box_mm), "</w:p>")
        self._last_was_table = False


def _rows(block: ListBlock) -> Iterator[Row]:
    for item in block.items:
        if isinstance(item, Row):
            yield item
        else:
            yield from _rows(item)


def _label_number(label: str | None) -> int | None:
    match = re.match(r"\s*(\d+)", label or "")
    return int(match.group(1)) if match else None


def _bookmark_name(anchor: str, number: int) -> str:
    # Word bookmark names: a letter first, letters, digits and _ only, at most 40 characters.
    clean = re.sub(r"[^A-Za-z0-9_]", "_", anchor)[:30]
    return f"s{number}_{clean}"

