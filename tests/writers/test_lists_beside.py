"""A list whose items have no pictures sits beside its lead-in row's picture, as one row, in
every format; a real-style booklet made mostly of short lists stays short."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

import docx
import page as page_validation
import pdfplumber
import pytest
from lxml import html

import easyread
from easyread.errors import Diagnostic
from easyread.model import Document, ListBlock, Row
from easyread.read import load
from easyread.style import MIN_FONT_SIZE
from easyread.writers import render_bytes

BOOKLET = Path(__file__).parent / "booklets" / "privacy-lists.md"

TEXT = """---
title: Our trip
---

# Packing

:bag: Please bring:

- A coat.
- A drink.
- Your bus pass.

:phone: Bring your phone too.

# Pictures in a list

:clock: On the day:

1. :bus: We take the bus.
2. :cafe: We have lunch.
"""


def _rows(doc: Document) -> list[Row]:
    def flat(block: object) -> list[Row]:
        if isinstance(block, Row):
            return [block]
        if isinstance(block, ListBlock):
            return [row for item in block.items for row in flat(item)]
        return []

    return [row for section in doc.sections for block in section.blocks for row in flat(block)]


@pytest.fixture(scope="module")
def privacy() -> tuple[Document, bytes, list[Diagnostic]]:
    found: list[Diagnostic] = []
    doc = load(BOOKLET)
    return doc, render_bytes(doc, "pdf", report=found.append), found


Built = tuple[Document, bytes, list[Diagnostic]]


def test_the_privacy_booklet_is_real_sized(privacy: Built) -> None:
    doc, _, _ = privacy
    rows = _rows(doc)
    words = sum(len(line.text.split()) for row in rows for line in row.lines)
    listed = sum(len(_rows(_only(block))) for s in doc.sections for block in s.blocks
                 if isinstance(block, ListBlock))
    assert len(rows) == 94
    assert 560 <= words <= 590
    assert listed > len(rows) / 2  # mostly lists


def _only(block: ListBlock) -> Document:
    """A document holding only `block`, to count its rows."""
    doc = easyread.parse("---\ntitle: x\n---\n\nx\n")
    section = doc.sections[0]
    return replace(doc, sections=(replace(section, blocks=(block,)),))


def test_the_privacy_booklet_takes_at_most_16_pages_with_every_rule_kept(privacy: Built) -> None:
    _, data, found = privacy
    assert found == []  # no row had to be cut across pages
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        assert len(pdf.pages) <= 16
        assert min(char["size"] for page in pdf.pages for char in page.chars) >= MIN_FONT_SIZE
    report = page_validation.validate_pdf_bytes(data, profile="ua1")
    assert [(f.rule_id, f.message) for f in report.failures] == []


def _pdf_lines(text: str) -> dict[str, float]:
    data = render_bytes(easyread.parse(text), "pdf")
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        page = pdf.pages[2]
        return {line["text"]: line["top"] for line in page.extract_text_lines()}


def test_the_items_sit_beside_the_picture_in_the_pdf() -> None:
    tops = _pdf_lines(TEXT)
    lead, last = tops["Please bring:"], tops["• Your bus pass."]
    # Three items under the lead-in take less than the picture's height (35 mm = 99 pt),
    # so the next row starts right below the picture, not below three more rows.
    assert last - lead < 99
    assert tops["Bring your phone too."] - lead < 2 * 99 + 14


def test_the_items_sit_in_the_row_in_the_docx() -> None:
    document = docx.Document(io.BytesIO(render_bytes(easyread.parse(TEXT), "docx")))
    cells = [[p.text for p in row.cells[1].paragraphs] for t in document.tables for row in t.rows]
    assert ["Please bring:", "A coat.", "A drink.", "Your bus pass."] in cells
    # Items with pictures keep a row each.
    assert ["We take the bus."] in cells


def test_the_items_sit_in_the_row_in_the_html() -> None:
    page = html.fromstring(render_bytes(easyread.parse(TEXT), "html"))
    beside = page.xpath('//div[contains(@class, "holds-list")]/div[@class="text"]'
                        '/ul[contains(@class, "beside")]')
    assert len(beside) == 1
    assert [li.text_content().strip("• \n") for li in beside[0].xpath("./li")] == [
        "A coat.", "A drink.", "Your bus pass."]
    assert not page.xpath('//ol[contains(@class, "beside")]')
