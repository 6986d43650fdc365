"""Lay out the blocks of the body as units: rows, lists, boxes and headings.

Each function measures and positions one block from y = 0 and adds its structure elements
(Div, Figure, P, L, LI, H1...) to the tree in reading order.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import assert_never

from easyread.errors import Diagnostic
from easyread.location import Location
from easyread.measures import SHORT_LIST
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
    beside_list,
)
from easyread.writers.breaks import keep_phone_numbers
from easyread.writers.pdf.boxes import Anchor, Item, PictureBox, Shape, TextLine, Tree, shifted
from easyread.writers.pdf.flow import BoxEnd, BoxStart, Flow, NewPage, Unit
from easyread.writers.pdf.fonts import Fonts
from easyread.writers.pdf.geometry import Geometry
from easyread.writers.pdf.groups import group_units
from easyread.writers.pdf.text import Span, wrap

__all__ = ["Builder", "anchor_key", "part_key"]


def anchor_key(anchor: str) -> str:
    """The PDF destination name for a heading anchor."""
    return "er-" + anchor


def part_key(part: str) -> str:
    """The PDF destination name for a part of the booklet ("contents", "credits"...); a colon
    never appears in a heading's anchor, so the two cannot clash."""
    return "er:" + part


@dataclass(slots=True)
class Builder:
    """Turns model blocks into units, adding structure elements to `tree`."""

    geo: Geometry
    fonts: Fonts
    meta_loc: Location
    """Where booklet furniture (cover, credits) comes from: the front matter."""
    continued: str = "(continued)"
    """The word shown after a heading repeated above the rest of a long list."""
    tree: Tree = field(default_factory=Tree)
    flows: list[Flow] = field(default_factory=list)
    notes: dict[tuple[Location, str], Diagnostic] = field(default_factory=dict)
    last_heading: Heading | None = None
    """The heading above the blocks being laid out, repeated over a long list's next page."""

    # Text -----------------------------------------------------------------

    def spans(self, line: Line, elem: int, colour: str | None = None,
              bold: bool = False) -> list[Span]:
        """Spans for a model line; links get their own Link element under `elem`."""
        self.check_glyphs(line.text, line.loc)
        colours = self.geo.style.colours
        out: list[Span] = []
        for run in line.runs:
            text = keep_phone_numbers(run.text)
            if run.link:
                link = self.tree.add("Link", elem)
                out.append(Span(text, bold or run.strong, colours.link, link, url=run.link))
            else:
                out.append(Span(text, bold or run.strong, colour or colours.text, elem))
        return out

    def plain(self, text: str, elem: int | None, loc: Location, *, bold: bool = False,
              colour: str | None = None, url: str | None = None,
              dest: str | None = None) -> list[Span]:
        """One span of plain text (booklet furniture such as labels and credits)."""
        self.check_glyphs(text, loc)
        text = keep_phone_numbers(text)
        return [Span(text, bold, colour or self.geo.style.colours.text, elem, url, dest)]

    def check_glyphs(self, text: str, loc: Location) -> None:
        """Note characters the font lacks, once per source place."""
        borrowed, lost = self.fonts.missing(text)
        note = None
        if lost:
            note = Diagnostic(
                "these letters or signs cannot be shown in the PDF and are left out: "
                + " ".join(lost), loc, "use words instead, or choose a font that has them")
        elif borrowed:
            note = Diagnostic(
                f"the font {self.fonts.family} has no {' '.join(borrowed)}, "
                "so these are shown in DejaVu Sans", loc)
        if note is not None:
            self.notes[(loc, note.message)] = note

    def paragraphs(self, paras: Sequence[list[Span]], x: float, width: float, size: float,
                   leading: float) -> tuple[list[Item], float, list[float]]:
        """Stack wrapped paragraphs from y = 0: their lines, total height and line tops."""
        items: list[Item] = []
        tops: list[float] = []
        y = 0.0
        first_baseline = (leading + self.fonts.cap_height * size) / 2
        for spans in paras:
            for fragments in wrap(spans, x, width, size, self.fonts):
                tops.append(y)
                items.append(TextLine(y + first_baseline, fragments))
                y += leading
        return items, y, tops

    def unit(self, paras: list[list[Span]], size: float, leading: float, *,
             x: float | None = None, space: float | None = None, keep: bool = False) -> Unit:
        """Wrapped paragraphs from `x` to the right edge as one unit, `space` above it."""
        geo = self.geo
        left = geo.left if x is None else x
        items, height, tops = self.paragraphs(paras, left, geo.right - left, size, leading)
        return Unit(height, list(items), tuple(tops[1:]),
                    geo.row_gap if space is None else space, keep_with_next=keep)

    def cap_top(self, size: float, leading: float) -> float:
        """How far below a line box's top the capital letters start."""
        return (leading - self.fonts.cap_height * size) / 2

    # Body blocks ------------------------------------------------------------

    def blocks(self, blocks: Sequence[Block] | Sequence[Row | ListBlock], parent: int) -> None:
        """Add the units for `blocks`; a row just before a list stays with the list, or
        holds it beside its picture when the list's items have no pictures."""
        done: ListBlock | None = None
        for index, block in enumerate(blocks):
            if block is done:
                continue
            following = blocks[index + 1] if index + 1 < len(blocks) else None
            done = beside_list(block, following)
            if isinstance(block, Row) and done is not None:
                self.beside(block, done, parent)
                continue
            self.block(block, parent)
            if isinstance(block, Row) and isinstance(following, ListBlock | PictureGroup):
                self._last_unit().keep_with_next = True

    def beside(self, row: Row, block: ListBlock, parent: int) -> None:
        """`row` and the list after it as one row: the items under the row's lines, beside
        its picture. A group too tall for a page stays as separate rows."""
        start = len(self.flows)
        body = self.row(row, parent, centre=False)
        self.list_block(block, body, 0.0, 0.0)
        lead, *items = (flow for flow in self.flows[start:] if isinstance(flow, Unit))
        # Every line of a row is one leading tall, so its text ends after its last break.
        y = self.geo.style.leading * (len(lead.breaks) + 1)
        merged, breaks = list(lead.items), list(lead.breaks)
        for item in items:
            y += self.geo.m.item_gap
            merged += (shifted(part, y) for part in item.items)
            breaks += (y, *(y + cut for cut in item.breaks))
            y += item.height
        height = max(y, lead.height)
        if height > self.geo.bottom - self.geo.top:
            lead.keep_with_next = True
            self.keep_list(start + 1)
            return
        del self.flows[start:]
        self.flows.append(Unit(height, merged, tuple(breaks), lead.space_before, loc=row.loc))

    def _last_unit(self) -> Unit:
        return next(flow for flow in reversed(self.flows) if isinstance(flow, Unit))

    def block(self, block: Block, parent: int) -> None:
        """Add the units for one body block."""
        match block:
            case Row():
                self.row(block, parent)
            case ListBlock():
                start = len(self.flows)
                self.list_block(block, parent, 0.0, 0.0)
                self.keep_list(start)
            case Box():
                self.box(block, parent)
            case PageBreak():
                self.flows.append(NewPage())
            case Heading():
                self.heading(block, parent)
            case PictureGroup():
                group_units(self, block, parent)
            case _:
                assert_never(block)

    def row(self, row: Row, parent: int, *, inset: float = 0.0, indent: float = 0.0,
            label: str | None = None, label_width: float = 0.0, centre: bool = True) -> int:
        """A picture-and-text row; in a list, `parent` is the LI and the label goes first.

        Text shorter than the picture is centred on it (with `centre`); longer text starts
        level with the picture's top: the rule of every format.
        """
        style, geo = self.geo.style, self.geo
        size, leading = style.font_size, style.leading
        words: list[Item] = []
        x = geo.text_x + inset + indent
        width = geo.right - inset - x
        body = parent
        if label is not None:
            lbl = self.tree.add("Lbl", parent)
            words += self.paragraphs([self.plain(label, lbl, row.loc)], x, label_width,
                                     size, leading)[0]
            body = self.tree.add("LBody", parent)
            x, width = x + label_width, width - label_width
        else:
            body = self.tree.add("Div", parent)
        picture: list[Item] = []
        top = self.cap_top(size, leading)
        picture_height = 0.0
        if row.picture is not None:
            picture.append(self.picture_box(row.picture, geo.left + inset, top, geo.picture,
                                            body))
            picture_height = top + geo.picture
        paras = [self.spans(line, self.tree.add("P", body)) for line in row.lines]
        text_items, text_height, tops = self.paragraphs(paras, x, width, size, leading)
        words += text_items
        shift = (top + picture_height - text_height) / 2 if centre and picture else 0.0
        if shift > 0:
            words = [shifted(item, shift) for item in words]
            tops = [y + shift for y in tops]
        height = max(text_height + max(shift, 0.0), picture_height)
        labels = len(words) - len(text_items)
        items = [*words[:labels], *picture, *words[labels:]]  # label, picture, text
        self.flows.append(Unit(height, items, tuple(tops[1:]), geo.row_gap, loc=row.loc))
        return body

    def picture_box(self, picture: Picture, x: float, y: float, size: float,
                    parent: int) -> PictureBox:
        """A square for `picture` with its Figure element."""
        return PictureBox(x, y, size, picture, self.tree.add("Figure", parent, alt=picture.alt))

    def list_block(self, block: ListBlock, parent: int, inset: float, indent: float) -> None:
        """A list: L > LI > (Lbl, LBody); a nested list goes inside the item before it."""
        size = self.geo.style.font_size
        labels = [self.label(item, block, n) for n, item in enumerate(block.items, start=1)
                  if isinstance(item, Row)]
        widest = max((self.fonts.width(t, False, size) for t in labels), default=0.0)
        # Item text starts one list indent in, as in the DOCX and HTML, unless a long label
        # ("10.", "a)") needs more.
        label_width = max(self.geo.m.list_indent, widest + 0.5 * size)
        lst = self.tree.add("L", parent)
        last_body: int | None = None
        number = 0
        for item in block.items:
            if isinstance(item, Row):
                number += 1
                li = self.tree.add("LI", lst)
                last_body = self.row(item, li, inset=inset, indent=indent,
                                     label=self.label(item, block, number),
                                     label_width=label_width)
            else:
                home = last_body if last_body is not None else lst
                self.list_block(item, home, inset, indent + self.geo.m.list_indent)

    def keep_list(self, start: int) -> None:
        """Keep a list's items from `start` on one page when there are up to SHORT_LIST of
        them; a longer one may break, but never before its second or last item. A list that
        breaks (or is too tall for any page) goes on under its heading and "(continued)"."""
        items = [flow for flow in self.flows[start:] if isinstance(flow, Unit)]
        if len(items) <= SHORT_LIST:
            for item in items[:-1]:
                item.keep_with_next = True
        else:
            items[0].keep_with_next = items[-2].keep_with_next = True
        repeat = self._continued()
        for item in items[1:]:
            item.repeat = repeat

    def _continued(self) -> Unit | None:
        heading = self.last_heading
        if heading is None:
            return None
        geo = self.geo
        size, leading = geo.heading_size(heading.level), geo.heading_leading(heading.level)
        # A repeat is decoration (an artifact): the heading is tagged once, where it stands.
        spans = [Span(f"{heading.text} {self.continued}", True, geo.style.colours.heading, None)]
        items, height, _ = self.paragraphs([spans], geo.left, geo.measure, size, leading)
        return Unit(height + geo.m.heading_after, items)

    @staticmethod
    def label(row: Row, block: ListBlock, number: int) -> str:
        """The marker shown before a list item."""
        if row.label:
            return row.label
        return f"{number}." if block.ordered else "•"

    def box(self, block: Box, parent: int) -> None:
        """A highlighted box: a Div drawn on a coloured background with a border."""
        geo = self.geo
        colours = geo.style.colours
        pad = geo.box_padding
        div = self.tree.add("Div", parent)
        self.flows.append(BoxStart(geo.left - pad, geo.measure + 2 * pad, pad, colours.box,
                                   colours.accent, geo.m.box_border, geo.row_gap + pad))
        self.blocks(block.blocks, div)
        self.flows.append(BoxEnd())

    def heading(self, heading: Heading, parent: int) -> None:
        """A heading with its anchor, kept with what follows; level 1 gets a coloured rule."""
        self.last_heading = heading
        geo = self.geo
        level = heading.level
        size, leading = geo.heading_size(level), geo.heading_leading(level)
        items: list[Item] = []
        x = geo.left
        picture_height = 0.0
        if heading.picture is not None:
            top = self.cap_top(size, leading)
            items.append(self.picture_box(heading.picture, geo.left, top, geo.picture, parent))
            picture_height = top + geo.picture
            x = geo.text_x
        elem = self.tree.add(f"H{min(level, 6)}", parent)
        spans = self.spans(heading.line, elem, geo.style.colours.heading, bold=True)
        text_items, height, tops = self.paragraphs([spans], x, geo.right - x, size, leading)
        items.insert(0, Anchor(0.0, anchor_key(heading.anchor), heading.text, level))
        items += text_items
        height = max(height, picture_height)
        if level == 1:
            height += geo.rule * 2
            items.append(Shape(geo.left, height - geo.rule, geo.measure, geo.rule,
                               fill=geo.style.colours.accent))
        space = geo.heading_gap if level > 1 else geo.row_gap
        self.flows.append(Unit(height + geo.row_gap, items, tuple(tops[1:]), space,
                               keep_with_next=True, loc=heading.loc))
