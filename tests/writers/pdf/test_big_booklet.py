"""A long booklet with every kind of block: tagging, reading order and page breaks hold up."""

from __future__ import annotations

import io
import time

import page as page_validation
import pdfplumber
import pikepdf
import pytest

from easyread.model import Box, Document, ListBlock
from easyread.style import MIN_FONT_SIZE
from tests.writers.pdf.conftest import Built, build, document, heading, loc, row, section

PAINTING = {b"Tj", b"TJ", b"'", b'"', b"Do", b"f", b"F", b"f*", b"S", b"s", b"B", b"B*", b"b",
            b"b*", b"sh"}


def big(rows: int) -> Document:
    """`rows` rows spread over sections, with lists, boxes, hard words and odd text."""
    pictures = ("house.svg", "sun.svg", "photo.png", None)
    sections = []
    for part in range(rows // 50):
        blocks: list = [heading(f"Part {part} more", 2)]
        for n in range(50):
            number = part * 50 + n
            blocks.append(row(f"Row {number} says one **thing**.", f"Row {number} ends here.",
                              pic=pictures[number % 4]))
            if n == 10:
                items = tuple(row(f"Item {part}.{i} in a list.", label=f"{i}.")
                              for i in range(1, 4))
                blocks.append(ListBlock(items, True, loc()))
            if n == 20:
                blocks.append(Box((row(f"Box {part} keeps this safe.", pic="house.svg"),),
                                  loc()))
        sections.append(section(f"Part {part}", *blocks))
    odd = section("Odd text",
                  row("Supercalifragilisticexpialidocious" * 4, pic="house.svg"),
                  row(*[f"Tall row line {n} is here." for n in range(45)], pic="sun.svg"))
    return document(*sections, odd, words=[("thing", "Something you can point at.")])


@pytest.fixture(scope="module")
def long_booklet() -> Built:
    return build(big(200))


def test_long_booklet_passes_pdf_ua_and_reports_only_the_tall_row(long_booklet: Built) -> None:
    report = page_validation.validate_pdf_bytes(long_booklet.data, profile="ua1")
    assert [f.rule_id for f in report.failures] == []
    assert [d.message for d in long_booklet.diagnostics] == [
        "this row is too long to fit on one page, so it goes on over the next page"
    ]


def test_rows_stay_on_one_page_and_read_in_order(long_booklet: Built) -> None:
    with pdfplumber.open(io.BytesIO(long_booklet.data)) as pdf:
        pages = [p.extract_text() for p in pdf.pages]
        smallest = min(c["size"] for p in pdf.pages for c in p.chars)
    assert smallest >= MIN_FONT_SIZE
    where = {}
    for number, text in enumerate(pages, start=1):
        for text_line in text.splitlines():
            where.setdefault(text_line, number)
    for n in range(200):
        assert where[f"Row {n} says one thing."] == where[f"Row {n} ends here."]
    order = [where[f"Row {n} says one thing."] for n in range(200)]
    assert order == sorted(order)
    whole = "\n".join(pages)
    tall = [whole.index(f"Tall row line {n} is here.") for n in range(45)]
    assert tall == sorted(tall)
    assert "Supercalifragilisticexpialidocious" * 4 in whole.replace("\n", "")


def test_every_mark_on_every_page_is_tagged_or_an_artifact(long_booklet: Built) -> None:
    with pikepdf.open(io.BytesIO(long_booklet.data)) as pdf:
        for pdf_page in pdf.pages:
            depth = 0
            for _operands, operator in pikepdf.parse_content_stream(pdf_page):
                op = bytes(operator)
                if op in (b"BDC", b"BMC"):
                    depth += 1
                elif op == b"EMC":
                    depth -= 1
                elif op in PAINTING:
                    assert depth > 0, f"untagged {op!r} on a page"
            assert depth == 0


def test_three_hundred_rows_build_in_reasonable_time() -> None:
    doc = big(300)
    start = time.perf_counter()
    result = build(doc)
    seconds = time.perf_counter() - start
    with pdfplumber.open(io.BytesIO(result.data)) as pdf:
        pages = len(pdf.pages)
    print(f"300 rows: {pages} pages, {len(result.data) / 1024:.0f} KiB, {seconds:.2f} s")
    assert seconds < 60
