"""Lay out a picture group: pictures side by side, each with its caption centred under it.

Up to GROUP_ACROSS pictures stand on a line (fewer when a caption word would not fit); each
line of pictures is one unit (drawn whole).
Tagged as a list: L > LI > (Lbl for a stage's number) LBody > Figure (with its alt text)
and one P per caption line, so a screen reader meets each picture with its caption, in order.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from easyread.model import PictureGroup, Row
from easyread.writers.pdf.boxes import Item, TextLine, shifted
from easyread.writers.pdf.flow import Unit
from easyread.writers.pdf.text import Span

if TYPE_CHECKING:
    from easyread.writers.pdf.blocks import Builder

__all__ = ["group_units"]


def group_units(builder: Builder, group: PictureGroup, parent: int) -> None:
    """Add one unit per line of pictures of `group`; a short group is kept on one page."""
    m = builder.geo.m
    count = len(group.items)
    across = m.group_columns(count, group.longest_word)
    column, side = m.group_column(across), m.group_picture(across)
    lst = builder.tree.add("L", parent)
    units: list[Unit] = []
    for start in range(0, count, across):
        items: list[Item] = []
        height = 0.0
        for index, row in enumerate(group.items[start:start + across]):
            x = builder.geo.left + index * (column + m.gap)
            cell, cell_height = _cell(builder, row, lst, x, column, side)
            items += cell
            height = max(height, cell_height)
        units.append(Unit(height, items, (), builder.geo.row_gap, loc=group.items[start].loc))
    # The whole group stays on one page, with the heading kept above it, when that fits;
    # a taller group may go on over the page between its lines of pictures.
    page = builder.geo.bottom - builder.geo.top
    above = builder.flows[-1] if builder.flows else None
    held = above.height if isinstance(above, Unit) and above.keep_with_next else 0.0
    if held + sum(u.height + u.space_before for u in units) <= page:
        for unit in units[:-1]:
            unit.keep_with_next = True
    builder.flows.extend(units)


def _cell(builder: Builder, row: Row, lst: int, x: float, column: float,
          side: float) -> tuple[list[Item], float]:
    """One picture and its caption in a column from `x`, `column` pt wide, from y = 0."""
    m = builder.geo.m
    li = builder.tree.add("LI", lst)
    items: list[Item] = []
    if row.label:
        label = builder.tree.add("Lbl", li)
    body = builder.tree.add("LBody", li)
    y = 0.0
    if row.picture is not None:
        items.append(builder.picture_box(row.picture, x + (column - side) / 2, 0.0, side, body))
        y = side + m.item_gap
    paras: list[list[Span]] = []
    for number, line in enumerate(row.lines):
        spans = builder.spans(line, builder.tree.add("P", body))
        if number == 0 and row.label:
            spans = [*builder.plain(f"{row.label} ", label, row.loc, bold=True,
                                    colour=builder.geo.style.colours.heading), *spans]
        paras.append(spans)
    size, leading = builder.geo.style.font_size, builder.geo.style.leading
    text, text_height, _ = builder.paragraphs(paras, x, column, size, leading)
    words = [_centred(shifted(line, y), x, column) for line in text]
    # Reading order is drawing order: a stage's number (its Lbl) comes first, then its
    # caption and picture; elsewhere the picture comes before its caption.
    items = [*words, *items] if row.label else [*items, *words]
    return items, y + text_height


def _centred(item: Item, x: float, column: float) -> Item:
    """A text line moved to the middle of its column."""
    if not isinstance(item, TextLine) or not item.fragments:
        return item
    first, last = item.fragments[0], item.fragments[-1]
    dx = (column - (last.x + last.width - first.x)) / 2 + (x - first.x)
    return TextLine(item.y, tuple(replace(f, x=f.x + dx) for f in item.fragments),
                    item.artifact)
