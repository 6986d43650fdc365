"""What every writer shares: write_bytes, long titles and the date stamped in the files."""

from __future__ import annotations

import io
import re
import zipfile
from html import unescape

import docx
import pikepdf
import pytest

import easyread
from easyread.model import Document
from easyread.pictures.render import PictureRenderer
from easyread.writers import FORMATS, render_bytes, write_bytes
from easyread.writers.booklet import compose

# 300 characters: python-docx refuses titles over 255, which the DOCX format does not.
LONG_TITLE = ("How we plan the summer fair together with everyone who helps " * 5)[:299] + "."

TEXT = """---
title: {title}
---

# The fair

We meet in the hall on Monday.
"""


def _doc(title: str) -> Document:
    return easyread.parse(TEXT.format(title=title))


@pytest.fixture(autouse=True)
def no_build_date(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)


def test_the_long_title_is_three_hundred_characters() -> None:
    assert len(LONG_TITLE) == 300
    assert _doc(LONG_TITLE).meta.title == LONG_TITLE


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_write_bytes_gives_what_render_bytes_gives(fmt: str) -> None:
    doc = _doc("The summer fair")
    made = write_bytes(compose(doc), fmt, pictures=PictureRenderer(), report=lambda d: None)
    assert made == render_bytes(doc, fmt)
    assert made.startswith({"pdf": b"%PDF", "docx": b"PK\x03\x04", "html": b"<!doctype"}[fmt])


def test_a_title_of_300_characters_is_kept_whole_in_every_format() -> None:
    doc = _doc(LONG_TITLE)

    word = docx.Document(io.BytesIO(render_bytes(doc, "docx")))
    assert word.core_properties.title == LONG_TITLE
    assert LONG_TITLE in [p.text for p in word.paragraphs]  # the cover

    with pikepdf.open(io.BytesIO(render_bytes(doc, "pdf"))) as pdf:
        assert str(pdf.docinfo.Title) == LONG_TITLE

    page = render_bytes(doc, "html").decode()
    found = re.search(r"<title>(.*?)</title>", page, re.S)
    assert found is not None and LONG_TITLE in unescape(found.group(1))


def test_without_source_date_epoch_pdf_and_docx_carry_the_same_fixed_date() -> None:
    doc = _doc("The summer fair")
    with pikepdf.open(io.BytesIO(render_bytes(doc, "pdf"))) as pdf:
        assert str(pdf.docinfo.CreationDate).startswith("D:20240101000000")
    data = render_bytes(doc, "docx")
    created = docx.Document(io.BytesIO(data)).core_properties.created
    assert created is not None and created.isoformat() == "2024-01-01T00:00:00+00:00"
    assert zipfile.ZipFile(io.BytesIO(data)).infolist()[0].date_time == (2024, 1, 1, 0, 0, 0)


def test_source_date_epoch_sets_the_date_of_pdf_and_docx(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", " 1700000000 ")
    doc = _doc("The summer fair")
    with pikepdf.open(io.BytesIO(render_bytes(doc, "pdf"))) as pdf:
        assert str(pdf.docinfo.CreationDate).startswith("D:20231114221320")
    created = docx.Document(io.BytesIO(render_bytes(doc, "docx"))).core_properties.created
    assert created is not None and created.isoformat() == "2023-11-14T22:13:20+00:00"
