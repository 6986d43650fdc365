"""The organisation's logo with its name beside it on the cover: in every format, and the
cover still fits page 1 (the fitting counts them)."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import docx
import page as page_validation
import pdfplumber
import pikepdf
import pytest

import easyread
from easyread.errors import Diagnostic, SourceError
from easyread.measures import measures
from easyread.writers import render_bytes
from tests.conftest import require_tool

LONG = ("Getting ready for your visit to the hospital and what happens "
        "on the big day")
TEXT = """---
title: {title}
subtitle: A guide for people who come to the outpatient clinic
date: March 2026
cover: hospital
organisation: Riverside Speak Up Group
logo: "![Our logo: a green leaf](logo.png)"
style:
{style}
---

# About this booklet

:book: This booklet tells you about your visit.
"""


@pytest.fixture
def booklet(tmp_path: Path) -> Path:
    """A folder holding a logo picture (a green square) and the booklet source."""
    from PIL import Image

    Image.new("RGB", (200, 120), "#2a9d3f").save(tmp_path / "logo.png")
    return tmp_path


def _load(folder: Path, title: str = "Our clinic", style: str = "  font_size: 16"
          ) -> easyread.Document:
    source = folder / "clinic.md"
    source.write_text(TEXT.format(title=title, style=style))
    return easyread.load(source)


def _pdf_pages(doc: easyread.Document) -> tuple[list[str], list[Diagnostic]]:
    found: list[Diagnostic] = []
    data = render_bytes(doc, "pdf", report=found.append)
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [page.extract_text() or "" for page in pdf.pages], found


def test_the_pdf_cover_names_the_organisation_beside_its_logo(booklet: Path) -> None:
    doc = _load(booklet)
    data = render_bytes(doc, "pdf")
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        page = pdf.pages[0]
        words = page.extract_words()
        images = page.images
    name = next(w for w in words if w["text"] == "Riverside")
    date = next(w for w in words if w["text"] == "March")
    logo = max(images, key=lambda image: image["top"])  # the lowest picture
    assert date["bottom"] < logo["top"]
    assert name["x0"] > logo["x1"]  # beside it
    # Centred on the logo's square box (a wide drawing sits at the top of it, as in rows).
    side = measures(doc.style).logo
    assert (name["top"] + name["bottom"]) / 2 == pytest.approx(logo["top"] + side / 2, abs=2)
    assert max(logo["width"], logo["height"]) == pytest.approx(side, abs=1.5)
    with pikepdf.open(io.BytesIO(data)) as pdf:
        alts = [str(elem.get("/Alt")) for elem in _elements(pdf.Root.StructTreeRoot)
                if elem.get("/S") == "/Figure"]
    assert "Our logo: a green leaf" in alts


def _elements(node: pikepdf.Object) -> list[pikepdf.Dictionary]:
    found = []
    kids = node.get("/K")
    for kid in kids if isinstance(kids, pikepdf.Array) else [kids]:
        if isinstance(kid, pikepdf.Dictionary) and "/S" in kid:
            found.append(kid)
            found += _elements(kid)
    return found


@pytest.mark.parametrize("style", ["  page_size: A5", "  font_size: 22",
                                   "  page_size: A5\n  font_size: 20",
                                   "  page_size: A5\n  font_size: 22"])
def test_a_long_cover_with_a_logo_still_fits_page_one(booklet: Path, style: str) -> None:
    pages, found = _pdf_pages(_load(booklet, LONG, style))
    cover = " ".join(pages[0].split())
    assert "Riverside Speak Up Group" in cover  # the last thing on the cover
    assert "March 2026" in cover
    assert pages[1].startswith("Contents")
    assert found == []


def test_a_cover_too_full_for_its_logo_is_reported(booklet: Path) -> None:
    # A5 at 28 pt: the 15-word title, subtitle, picture and date fill the page already,
    # even with every part at its smallest.
    _, found = _pdf_pages(_load(booklet, LONG, "  page_size: A5\n  font_size: 28"))
    assert any("cover is too full" in d.message for d in found)


def test_the_docx_cover_has_the_logo_and_the_organisation(booklet: Path) -> None:
    """The logo and the name sit in a two-column layout table, as the PDF sets them: a long
    name wraps in its own column, centred on the logo, not under it."""
    document = docx.Document(io.BytesIO(render_bytes(_load(booklet), "docx")))
    body = list(document.element.body.iterchildren())
    texts = ["".join(child.xpath(".//w:t/text()")) for child in body]
    maker = document.tables[0]
    where = body.index(maker._tbl)
    assert texts.index("March 2026") < where < texts.index("Contents")
    logo, name = maker.rows[0].cells
    assert logo.paragraphs[0].style.name == "Cover Logo"
    assert name.paragraphs[0].text == "Riverside Speak Up Group"
    assert name.paragraphs[0].runs[0].bold
    assert name._tc.xpath("./w:tcPr/w:vAlign/@w:val") == ["center"]
    side = measures(_load(booklet).style).logo
    described = logo._tc.xpath(".//wp:docPr/@descr")
    assert described == ["Our logo: a green leaf"]
    extent = logo._tc.xpath(".//wp:extent")[0]
    longest = max(int(extent.get("cx")), int(extent.get("cy"))) / 12700  # EMU to pt
    assert longest == pytest.approx(side, abs=1.5)
    assert logo.width.pt == pytest.approx(side + measures(_load(booklet).style).gap, abs=0.1)


def test_the_docx_cover_with_a_logo_fits_page_one_in_libreoffice(booklet: Path) -> None:
    soffice = require_tool("soffice")
    source = booklet / "cover.docx"
    source.write_bytes(render_bytes(_load(booklet, LONG, "  page_size: A5\n  font_size: 20"),
                                    "docx"))
    subprocess.run([soffice, "--headless",
                    f"-env:UserInstallation=file://{booklet}/profile",
                    "--convert-to", "pdf", "--outdir", str(booklet), str(source)],
                   capture_output=True, timeout=240, check=True)
    with pdfplumber.open(booklet / "cover.pdf") as pdf:
        pages = [" ".join((page.extract_text() or "").split()) for page in pdf.pages]
    assert "Riverside Speak Up Group" in pages[0]
    assert pages[1].startswith("Contents")


def test_the_html_cover_has_the_logo_and_the_organisation(booklet: Path) -> None:
    html = render_bytes(_load(booklet), "html").decode()
    cover = html[html.index('<header class="cover">'):html.index("</header>")]
    assert '<p class="organisation">Riverside Speak Up Group</p>' in cover
    logo = cover[cover.index('<div class="logo">'):]
    assert 'alt="Our logo: a green leaf"' in logo.split("</div>")[0]
    assert cover.index("March 2026") < cover.index('class="logo"') < cover.index(
        'class="organisation"')
    assert '<div class="maker"><div class="logo">' in cover


def test_a_logo_that_is_not_a_picture_is_one_located_error(booklet: Path) -> None:
    source = booklet / "clinic.md"
    source.write_text(TEXT.format(title="Our clinic", style="  font_size: 16")
                      .replace('logo: "![Our logo: a green leaf](logo.png)"', "logo: [1, 2]"))
    with pytest.raises(SourceError) as caught:
        easyread.load(source)
    assert caught.value.loc.line == 7
    assert "logo must be a picture" in caught.value.message


def test_a_cover_with_a_logo_passes_pdf_ua(booklet: Path) -> None:
    data = render_bytes(_load(booklet), "pdf")
    assert page_validation.validate_pdf_bytes(data, profile="ua1").is_compliant


def test_the_logo_and_organisation_come_back_from_the_word_file(booklet: Path) -> None:
    easyread.render(_load(booklet), "docx", booklet / "clinic.docx")
    easyread.import_docx(booklet / "clinic.docx", booklet / "back" / "clinic.md")
    back = easyread.load(booklet / "back" / "clinic.md")
    assert back.meta.organisation == "Riverside Speak Up Group"
    assert back.meta.logo is not None
    assert back.meta.logo.alt == "Our logo: a green leaf"
    assert back.meta.logo.path.is_file()
    assert "Riverside" not in " ".join(block.text for block in easyread.model.iter_blocks(back)
                                       if isinstance(block, easyread.model.Row))
