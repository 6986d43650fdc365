"""What every writer shares: write_bytes, long titles and the date stamped in the files."""

from __future__ import annotations

import datetime as dt
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
from easyread.writers.output import one_build_time

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
    with one_build_time():  # both calls stamp the same moment, even across a second's turn
        made = write_bytes(compose(doc), fmt, pictures=PictureRenderer(), report=lambda d: None)
        again = render_bytes(doc, fmt)
    assert made == again
    magic = {"pdf": b"%PDF", "docx": b"PK\x03\x04", "html": b"<!doctype", "epub": b"PK\x03\x04",
             "audio": b"ID3"}
    assert made.startswith(magic[fmt])


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


def test_without_source_date_epoch_pdf_and_docx_carry_the_build_time() -> None:
    doc = _doc("The summer fair")
    before = dt.datetime.now(dt.UTC).replace(microsecond=0)
    with one_build_time():
        pdf_data, docx_data = render_bytes(doc, "pdf"), render_bytes(doc, "docx")
    after = dt.datetime.now(dt.UTC)
    with pikepdf.open(io.BytesIO(pdf_data)) as pdf:
        stamp = str(pdf.docinfo.CreationDate)[2:16]
    made = dt.datetime.strptime(stamp, "%Y%m%d%H%M%S").replace(tzinfo=dt.UTC)
    assert before <= made <= after
    created = docx.Document(io.BytesIO(docx_data)).core_properties.created
    assert created == made  # one build, one moment, in every format
    zipped = zipfile.ZipFile(io.BytesIO(docx_data)).infolist()[0].date_time
    assert dt.datetime(*zipped, tzinfo=dt.UTC) >= made.replace(second=made.second // 2 * 2)


def test_source_date_epoch_sets_the_date_of_pdf_and_docx(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", " 1700000000 ")
    doc = _doc("The summer fair")
    with pikepdf.open(io.BytesIO(render_bytes(doc, "pdf"))) as pdf:
        assert str(pdf.docinfo.CreationDate).startswith("D:20231114221320")
    created = docx.Document(io.BytesIO(render_bytes(doc, "docx"))).core_properties.created
    assert created is not None and created.isoformat() == "2023-11-14T22:13:20+00:00"
