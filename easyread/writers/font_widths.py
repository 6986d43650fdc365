"""How wide text is in the bundled typeface, read from the font's own tables (cmap, hmtx),
so that the Word file's cover can be fitted by measured widths, as the PDF's is.

Only what a width needs is read: the units per em (head), the advance of each glyph (hhea,
hmtx) and which glyph draws each character (cmap format 4, the Windows Unicode table); and
the ascender and descender (hhea) for the height of a line.
"""

from __future__ import annotations

import struct
from functools import cache

from easyread.writers.bundled_font import Weight, font_bytes

__all__ = ["line_extent", "text_width"]


def text_width(text: str, size: float, bold: bool = False) -> float:
    """The width of `text` set in the bundled typeface at `size` pt, in pt (no kerning)."""
    advances, default, per_em = _metrics("Bold" if bold else "Regular")
    units = sum(advances.get(ord(char), default) for char in text)
    return units * size / per_em


@cache
def line_extent() -> tuple[float, float]:
    """How far the bundled typeface's lines reach above and below the baseline, in ems (the
    ascender and descender of its hhea table): a Word line is never shorter than their sum,
    and a picture set on a line has the descender under it."""
    font = font_bytes("Regular")
    tables = _tables(font)
    per_em = _u16(font, tables["head"] + 18)
    ascender, descender = struct.unpack_from(">hh", font, tables["hhea"] + 4)
    return ascender / per_em, -descender / per_em


@cache
def _metrics(weight: Weight) -> tuple[dict[int, int], int, int]:
    """Each character's advance in font units, the advance of a missing character, and the
    units per em."""
    font = font_bytes(weight)
    tables = _tables(font)
    per_em = _u16(font, tables["head"] + 18)
    count = _u16(font, tables["hhea"] + 34)
    hmtx = tables["hmtx"]
    advances = [_u16(font, hmtx + 4 * index) for index in range(count)]

    def advance(glyph: int) -> int:
        return advances[min(glyph, count - 1)]

    widths = {code: advance(glyph) for code, glyph in _cmap(font, tables["cmap"]).items()}
    return widths, advance(0), per_em


def _tables(font: bytes) -> dict[str, int]:
    """The offset of each table, by tag."""
    count = _u16(font, 4)
    found = {}
    for index in range(count):
        tag, _, offset, _ = struct.unpack_from(">4sIII", font, 12 + 16 * index)
        found[tag.decode("latin-1")] = offset
    return found


def _cmap(font: bytes, start: int) -> dict[int, int]:
    """Character code to glyph, from the Windows Unicode (3, 1) subtable of format 4."""
    for index in range(_u16(font, start + 2)):
        platform, encoding, offset = struct.unpack_from(">HHI", font, start + 4 + 8 * index)
        table = start + offset
        if (platform, encoding) == (3, 1) and _u16(font, table) == 4:
            return _format_4(font, table)
    raise ValueError("the font has no Unicode character map")


def _format_4(font: bytes, table: int) -> dict[int, int]:
    segments = _u16(font, table + 6) // 2
    ends = table + 14
    starts = ends + 2 * segments + 2
    deltas = starts + 2 * segments
    range_offsets = deltas + 2 * segments
    glyphs: dict[int, int] = {}
    for seg in range(segments):
        first, last = _u16(font, starts + 2 * seg), _u16(font, ends + 2 * seg)
        delta = _u16(font, deltas + 2 * seg)
        where = range_offsets + 2 * seg
        range_offset = _u16(font, where)
        for code in range(first, min(last, 0xFFFE) + 1):
            if range_offset == 0:
                glyph = (code + delta) & 0xFFFF
            else:
                glyph = _u16(font, where + range_offset + 2 * (code - first))
                glyph = (glyph + delta) & 0xFFFF if glyph else 0
            if glyph:
                glyphs[code] = glyph
    return glyphs


def _u16(data: bytes, offset: int) -> int:
    value: int = struct.unpack_from(">H", data, offset)[0]
    return value
