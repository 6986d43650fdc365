"""Every cover fits page 1: councils and charities always show a logo and their name, and
titles are often long. The matrix: A4 and A5, body text 16 to 28 pt, with and without a logo,
an organisation and a cover picture, titles of 1 to 20 words. The PDF is read back; a few of
the fullest covers go through LibreOffice as Word files."""

from __future__ import annotations

import io
import itertools
import re
import subprocess
from pathlib import Path

import pdfplumber
import pytest

import easyread
from easyread.errors import Diagnostic
from easyread.measures import measures
from easyread.writers import render_bytes
from easyread.writers.make_all import render_all
from tests.conftest import require_tool

TITLE = ("Getting ready for your visit to the hospital and what happens on the big day "
         "with your family and friends")
WORDS = TITLE.split()
ORGANISATION = "Riverside Speak Up Group"

Case = tuple[str, int, bool, bool, int, bool]
"""Page size, body size in pt, logo, organisation, words in the title, cover picture."""

MATRIX: list[Case] = list(itertools.product(
    ["A4", "A5"], [16, 20, 22, 24, 28], [True, False], [True, False], [1, 5, 10, 15, 20],
    [True, False]))


def _name(case: Case) -> str:
    """A readable test id, such as A5-28pt-logo-organisation-20words-picture."""
    page, size, logo, organisation, words, picture = case
    parts = [page, f"{size}pt", "logo" * logo, "organisation" * organisation,
             f"{words}words", "picture" * picture]
    return "-".join(part for part in parts if part)


def _source(case: Case, extras: bool = False) -> str:
    page, size, logo, organisation, words, picture = case
    lines = ["---", "title: " + " ".join(WORDS[:words])]
    if extras:
        lines += ["subtitle: A guide for people who come to the clinic", "date: March 2026"]
    if picture:
        lines.append('cover: "![Our front door](front.png)"')
    if organisation:
        lines.append(f"organisation: {ORGANISATION}")
    if logo:
        lines.append('logo: "![Our logo: a green leaf](logo.png)"')
    lines += ["style:", f"  page_size: {page}", f"  font_size: {size}", "---", "",
              "# About this booklet", "", ":book: This booklet tells you about your visit.", ""]
    return "\n".join(lines)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with a logo (a wide green block) and a cover picture (a blue square), both
    photos, so that each is an image a reader of the PDF can count."""
    from PIL import Image

    path = tmp_path_factory.mktemp("covers")
    Image.new("RGB", (200, 120), "#2a9d3f").save(path / "logo.png")
    Image.new("RGB", (300, 300), "#3a6ea5").save(path / "front.png")
    return path


def _load(folder: Path, case: Case, extras: bool = False) -> easyread.Document:
    source = folder / (_name(case) + ("-extras" if extras else "") + ".md")
    source.write_text(_source(case, extras))
    return easyread.load(source)


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _assert_on_page_one(pages: list[str], images: int, case: Case) -> None:
    _, _, logo, organisation, words, picture = case
    assert _squash(" ".join(WORDS[:words])) in _squash(pages[0])
    assert (ORGANISATION in _squash(pages[0])) == organisation
    assert images == int(logo) + int(picture)  # the logo and the cover picture
    assert pages[1].startswith("Contents")  # the cover took one page


@pytest.mark.parametrize("case", MATRIX, ids=_name)
def test_the_pdf_cover_is_one_page(folder: Path, case: Case) -> None:
    doc = _load(folder, case)
    found: list[Diagnostic] = []
    data = render_bytes(doc, "pdf", report=found.append)
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        pages = [page.extract_text() or "" for page in pdf.pages]
        cover = pdf.pages[0]
        images = len(cover.images)
        first = next(w for w in cover.extract_words(extra_attrs=["size"])
                     if w["text"] == WORDS[0])
    _assert_on_page_one(pages, images, case)
    assert found == []
    body = measures(doc.style).body_size
    assert first["size"] > body  # the title stays bigger than the body text
    assert first["size"] >= 14


@pytest.mark.parametrize("case", [("A4", 28, True, True, 20, True),
                                  ("A5", 22, True, True, 20, True),
                                  ("A5", 20, True, True, 15, False)], ids=_name)
def test_a_cover_with_a_subtitle_and_a_date_too_fits(folder: Path, case: Case) -> None:
    found: list[Diagnostic] = []
    data = render_bytes(_load(folder, case, extras=True), "pdf", report=found.append)
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        pages = [page.extract_text() or "" for page in pdf.pages]
        images = len(pdf.pages[0].images)
    _assert_on_page_one(pages, images, case)
    assert "March 2026" in pages[0]
    assert found == []


def test_a_cover_that_cannot_fit_says_so_once(folder: Path) -> None:
    # A5 at 28 pt: a 20-word title, a subtitle, a date, a picture, a logo and a name need
    # more than the page even at their smallest. The PDF and the Word file both find it;
    # the build says it once.
    found: list[Diagnostic] = []
    render_all(_load(folder, ("A5", 28, True, True, 20, True), extras=True), ("pdf", "docx"),
               report=found.append)
    assert [d.message for d in found] == [
        "the cover is too full to fit on one page, so it goes on to page 2"]


DOCX_CASES: list[Case] = [
    ("A5", 28, True, True, 20, True), ("A5", 28, False, True, 20, False),
    ("A5", 24, True, True, 10, True), ("A4", 28, True, True, 20, True),
    ("A5", 16, True, False, 1, True), ("A4", 16, False, False, 20, False),
    # Covers that LibreOffice once set over two pages: a name wrapping under its logo, and
    # title lines shorter than the font's own line.
    ("A5", 20, True, True, 1, True), ("A5", 22, True, True, 15, False),
    ("A4", 26, True, True, 20, True), ("A4", 24, False, False, 20, True)]


def test_the_word_cover_is_one_page_in_libreoffice(folder: Path) -> None:
    soffice = require_tool("soffice")
    out = folder / "docx"
    out.mkdir()
    for number, case in enumerate(DOCX_CASES):
        (out / f"{number}.docx").write_bytes(render_bytes(_load(folder, case), "docx"))
    subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{folder}/profile",
                    "--convert-to", "pdf", "--outdir", str(out),
                    *(str(out / f"{number}.docx") for number in range(len(DOCX_CASES)))],
                   capture_output=True, timeout=600, check=True)
    for number, case in enumerate(DOCX_CASES):
        with pdfplumber.open(out / f"{number}.pdf") as pdf:
            pages = [page.extract_text() or "" for page in pdf.pages]
            images = len(pdf.pages[0].images)
        _assert_on_page_one(pages, images, case)
        # The cover, the contents, then the booklet's one section on page 3.
        assert _squash(pages[2]).startswith("About this booklet"), case
