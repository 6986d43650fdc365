"""Estimate how many pages a booklet will have, from its rows, before any PDF is built."""

from __future__ import annotations

import math

from easyread.measures import Measures, measures
from easyread.model import Document, Heading, ListBlock, PictureGroup, Row, beside_list

__all__ = ["chars_per_line", "estimate_pages", "printed_lines"]


def estimate_pages(doc: Document) -> int:
    """Pages the booklet will need: cover, contents, body, the group's page (if any), word
    list (if any), credits and the back cover (if any).

    Uses the same measures as the writers (page area, picture box, line height, spaces).
    """
    m = measures(doc.style)
    height = m.body_height
    line_height = m.leading
    chars_per_line = _chars_per_line(m)
    pages, used = 0, height  # "used = height" makes the first block open a page
    for section in doc.sections:
        if doc.style.section_new_page or pages == 0:
            pages, used = pages + 1, 0.0
        needs = [] if section.heading is None else [_heading(section.heading, m)]
        held: ListBlock | None = None
        for block, following in zip(section.blocks, (*section.blocks[1:], None), strict=False):
            if block is held:
                continue
            held = beside_list(block, following)
            if held is not None and isinstance(block, Row):
                # One row: the lead-in's lines and the list's items beside its picture.
                items = [row for row in _flat(held) if isinstance(row, Row)]
                lines = _lines(block, chars_per_line) + sum(_lines(row, chars_per_line)
                                                            for row in items)
                text = lines * line_height + len(items) * m.item_gap
                needs.append(max(m.picture, text) + m.row_gap)
                continue
            if isinstance(block, PictureGroup):
                needs += _group(block, m, line_height)
                continue
            for row in _flat(block):
                if isinstance(row, Heading):
                    needs.append(_heading(row, m))
                else:
                    text = _lines(row, chars_per_line) * line_height
                    needs.append(max(m.picture if row.picture else 0, text) + m.row_gap)
        for need in needs:
            if used + need > height:
                pages, used = pages + 1, 0.0
            used += need
    words = sum(
        1 + sum(max(1, math.ceil(len(line.text) / chars_per_line)) for line in hw.explanation)
        for hw in doc.hard_words
    )
    word_list = math.ceil(words * line_height * 1.3 / height) if doc.hard_words else 0
    # The group's page: a heading, then a row of about three lines for each person.
    person = max(m.picture, 3 * line_height) + m.row_gap
    group = (math.ceil((m.heading_space + len(doc.meta.group) * person) / height)
             if doc.meta.group else 0)
    back_cover = 1 if doc.meta.back_cover is not None else 0
    return 1 + 1 + pages + group + word_list + 1 + back_cover


def _group(group: PictureGroup, m: Measures, line_height: float) -> list[float]:
    """The height of each line of pictures of `group`: the picture, then its longest caption
    wrapped in its column (as writers/pdf/groups.py lays it out)."""
    count = len(group.items)
    across = m.group_columns(count, group.longest_word)
    chars = max(6, int(m.group_column(across) / (m.body_size * 0.5)))
    heights = []
    for start in range(0, count, across):
        lines = max(_lines(row, chars) for row in group.items[start:start + across])
        heights.append(m.group_picture(across) + m.item_gap + lines * line_height + m.row_gap)
    return heights


def _chars_per_line(m: Measures) -> int:
    # About half an em per character on average for a sans serif face.
    return max(10, int(m.text_column / (m.body_size * 0.5)))


def chars_per_line(doc: Document) -> int:
    """About how many characters fit on one printed line of a row's text."""
    return _chars_per_line(measures(doc.style))


def printed_lines(row: Row, width: int) -> int:
    """About how many lines `row` takes when printed `width` characters to a line."""
    return _lines(row, width)


def _heading(heading: Heading, m: Measures) -> float:
    return m.heading_size(heading.level) * m.heading_line + m.heading_space


def _lines(row: Row, chars_per_line: int) -> int:
    return sum(max(1, math.ceil(len(line.text) / chars_per_line)) for line in row.lines)


def _flat(block: object) -> list[Row | Heading]:
    if isinstance(block, Row | Heading):
        return [block]
    if isinstance(block, ListBlock):
        return [r for item in block.items for r in _flat(item)]
    inner = getattr(block, "blocks", ())
    return [r for item in inner for r in _flat(item)]
