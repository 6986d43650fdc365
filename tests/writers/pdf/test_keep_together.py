"""Headings stay with their rows and short lists stay whole, wherever they fall on a page;
a long list that has to break goes on under its heading and "(continued)"."""

from __future__ import annotations

import io

import pdfplumber
import pytest

import easyread
from easyread.writers import render_bytes

FILLER = [
    ":bus: The bus stops outside the shop.",
    ":clock: It comes every 20 minutes.\nIt is often late in the morning.",
    ":ticket: You can pay with a card.",
]
ITEMS = ["A warm coat.", "Your bus pass.", "Some money for a drink.", "Your phone."]


def _booklet(rows: int, items: list[str], lead_in: bool = False) -> str:
    filler = "\n\n".join(FILLER[n % 3] for n in range(rows))
    head = ":bag: Bring these things with you:\n\n" if lead_in else ""
    listed = "\n".join(f"- {item}" for item in items)
    return (f"---\ntitle: Going into town\n---\n\n# Travel\n\n{filler}\n\n"
            f"## What to bring\n\n{head}{listed}\n\n:smile: Have a good trip.\n")


def _pages(text: str) -> list[str]:
    data = render_bytes(easyread.parse(text), "pdf")
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [page.extract_text() or "" for page in pdf.pages]


def _page_of(pages: list[str], text: str) -> int:
    return next(n for n, page in enumerate(pages) if text in page and n > 1)


@pytest.mark.parametrize("rows", range(2, 14))
def test_a_heading_and_a_four_item_list_never_come_apart(rows: int) -> None:
    pages = _pages(_booklet(rows, ITEMS))
    heading = _page_of(pages, "What to bring")
    assert {_page_of(pages, item) for item in ITEMS} == {heading}


def test_the_twelve_placements_move_the_heading_down_the_page() -> None:
    # The test above is only worth something if the list lands at many heights, and at
    # least once where it would not fit below the rows before it.
    starts = set()
    for rows in range(2, 14):
        pages = _pages(_booklet(rows, ITEMS))
        starts.add(pages[_page_of(pages, "What to bring")].startswith("What to bring"))
    assert starts == {True, False}


@pytest.mark.parametrize("rows", range(2, 10))
def test_a_lead_in_row_stays_with_its_list(rows: int) -> None:
    pages = _pages(_booklet(rows, ITEMS, lead_in=True))
    lead = _page_of(pages, "Bring these things")
    assert _page_of(pages, "What to bring") == lead
    assert {_page_of(pages, item) for item in ITEMS} == {lead}


def test_a_long_list_goes_on_under_its_heading_continued() -> None:
    items = [f"Thing number {n} to bring." for n in range(1, 31)]
    pages = _pages(_booklet(4, items))
    first = _page_of(pages, "Thing number 1 ")
    last = _page_of(pages, "Thing number 30 ")
    assert last > first
    for page in range(first + 1, last + 1):
        assert pages[page].startswith("What to bring (continued)")
