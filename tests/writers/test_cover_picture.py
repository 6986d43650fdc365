"""The cover picture is the same size in the PDF, the DOCX and the HTML page: Style's size."""

from __future__ import annotations

import io
import re
import zipfile

import pytest

import easyread
from easyread.errors import ignore
from easyread.style import MM
from easyread.writers.booklet import compose
from easyread.writers.pdf.boxes import PictureBox
from easyread.writers.pdf.fonts import load_fonts
from easyread.writers.pdf.layout import layout

TEXT = """---
title: Our garden
cover: tree
style:
  picture_size: {size}
---

# The garden

:tree: We grow apples in the garden.
"""


@pytest.mark.parametrize(("size", "cover_mm"), [(35, 87.5), (30, 75.0), (40, 90.0)])
def test_every_format_draws_the_cover_picture_at_the_style_size(size: int,
                                                                 cover_mm: float) -> None:
    doc = easyread.parse(TEXT.format(size=size))
    assert doc.style.cover_picture_mm == cover_mm

    booklet = compose(doc)
    result = layout(booklet, load_fonts(doc.style.font, doc.meta.loc, ignore))
    first_page = [item for item in result.pages[0].items if isinstance(item, PictureBox)]
    assert [box.size for box in first_page] == [pytest.approx(cover_mm * MM)]

    with zipfile.ZipFile(io.BytesIO(easyread.render_bytes(doc, "docx"))) as package:
        body = package.read("word/document.xml").decode()
    first_extent = re.search(r'<wp:extent cx="(\d+)" cy="(\d+)"/>', body)
    assert first_extent is not None
    assert int(first_extent.group(1)) == int(cover_mm * 36000)

    html = easyread.render_bytes(doc, "html").decode()
    rem = float(re.search(r"--cover-pic: ([\d.]+)rem;", html).group(1))  # type: ignore[union-attr]
    assert rem * 16 * 25.4 / 96 == pytest.approx(cover_mm, abs=0.01)
    assert "width: min(var(--cover-pic), 60vw)" in html
