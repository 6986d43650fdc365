"""Text before the first heading is part of the body: after the contents, never on them."""

from __future__ import annotations

import io

import docx
import pdfplumber

import easyread
from easyread.writers import render_bytes

TEXT = """---
title: Our garden club
---

:warning: This booklet has photos of people who have died.

# Meeting times

:clock: We meet every Saturday morning.

# Who can come

:people: Everyone is welcome.
"""


def test_the_notice_is_not_on_the_contents_page_of_the_pdf() -> None:
    data = render_bytes(easyread.parse(TEXT), "pdf")
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        pages = [page.extract_text() or "" for page in pdf.pages]
    assert pages[1].startswith("Contents")
    assert "have died" not in pages[1]
    assert "have died" in pages[2]


def test_the_notice_comes_after_the_contents_in_the_docx() -> None:
    document = docx.Document(io.BytesIO(render_bytes(easyread.parse(TEXT), "docx")))
    texts = [p.text for p in document.paragraphs]
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    assert "Contents" in texts
    assert any("have died" in text for text in cells)
    xml = document.element.body.xml
    assert xml.index(">Contents<") < xml.index("have died")
