"""Estimate how many pages a booklet will have, from its rows, before any PDF is built."""

from __future__ import annotations

import math

from easyread.measures import measures
from easyread.model import Document, Heading, ListBlock, Row

__all__ = ["estimate_pages"]


def estimate_pages(doc: Document) -> int:
    """Pages the booklet will need: cover, contents, body, word list and credits.

    Uses the same measures as the writers (page area, picture box, line height, spaces).
    """
    m = measures(doc.style)
    height = m.body_height
    line_height = m.leading
    # About half an em per character on average for a sans serif face.
    chars_per_line = max(10, int(m.text_column / (m.body_size * 0.5)))
    pages, used = 0, height  # "used = height" makes the first block open a page
    for section in doc.sections:
        if doc.style.section_new_page or pages == 0:
            pages, used = pages + 1, 0.0
        blocks: list[Row | Heading] = [section.heading] if section.heading is not None else []
        blocks += [b for block in section.blocks for b in _flat(block)]
        for block in blocks:
            if isinstance(block, Heading):
                need = m.heading_size(block.level) * m.heading_line + m.heading_space
            elif isinstance(block, Row):
                lines = sum(
                    max(1, math.ceil(len(line.text) / chars_per_line)) for line in block.lines
                )
                need = max(m.picture if block.picture else 0, lines * line_height) + m.row_gap
            else:
                continue
            if used + need > height:
                pages, used = pages + 1, 0.0
            used += need
    words = sum(
        1 + sum(max(1, math.ceil(len(line.text) / chars_per_line)) for line in hw.explanation)
        for hw in doc.hard_words
    )
    word_list = math.ceil(words * line_height * 1.3 / height) if doc.hard_words else 0
    return 1 + 1 + pages + word_list + 1


def _flat(block: object) -> list[Row | Heading]:
    if isinstance(block, Row | Heading):
        return [block]
    if isinstance(block, ListBlock):
        return [r for item in block.items for r in _flat(item)]
    inner = getattr(block, "blocks", ())
    return [r for item in inner for r in _flat(item)]
