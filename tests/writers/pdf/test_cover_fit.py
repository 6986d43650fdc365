"""The cover is always one page: a long title at a big size or on A5 shrinks to fit."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pdfplumber
import pytest

import easyread
from easyread.errors import Diagnostic
from easyread.writers import render_bytes
from tests.conftest import require_tool

TITLE = ("Getting ready for your visit to the hospital and what happens "
         "on the big day")
TEXT = """---
title: {title}
subtitle: A guide for people who come to the outpatient clinic
date: March 2026
cover: hospital
style:
{style}
---

# About this booklet

:book: This booklet tells you about your visit.
"""


def _pages(title: str, style: str) -> tuple[list[str], list[Diagnostic]]:
    found: list[Diagnostic] = []
    doc = easyread.parse(TEXT.format(title=title, style=style))
    data = render_bytes(doc, "pdf", report=found.append)
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [page.extract_text() or "" for page in pdf.pages], found


def test_the_title_has_fifteen_words() -> None:
    assert len(TITLE.split()) == 15


@pytest.mark.parametrize("style", ["  page_size: A5", "  font_size: 22",
                                   "  page_size: A5\n  font_size: 22"])
def test_a_long_cover_fits_page_one(style: str) -> None:
    pages, found = _pages(TITLE, style)
    cover = " ".join(pages[0].split())
    assert "Easy read" in cover
    assert "March 2026" in cover  # the last thing on the cover
    assert "outpatient clinic" in cover
    assert pages[1].startswith("Contents")
    assert found == []


def test_a_cover_that_cannot_fit_is_reported() -> None:
    _, found = _pages(" ".join([TITLE] * 4), "  page_size: A5\n  font_size: 28")
    assert any("cover is too full" in d.message for d in found)


def test_the_docx_cover_fits_page_one_in_libreoffice(tmp_path: Path) -> None:
    soffice = require_tool("soffice")
    doc = easyread.parse(TEXT.format(title=TITLE, style="  page_size: A5\n  font_size: 22"))
    source = tmp_path / "cover.docx"
    source.write_bytes(render_bytes(doc, "docx"))
    subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{tmp_path}/profile",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(source)],
                   capture_output=True, timeout=240, check=True)
    with pdfplumber.open(tmp_path / "cover.pdf") as pdf:
        pages = [page.extract_text() or "" for page in pdf.pages]
    assert "March 2026" in pages[0]
    assert pages[1].startswith("Contents")
