"""The co-production group's own page: each member's photo, name, what they did and their
own words, after the body, in every format and listed on the contents page."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import page as page_validation
import pdfplumber
import pytest

import easyread
from easyread.errors import SourceError
from easyread.writers import render_bytes

TEXT = """---
title: Our allotment
language: {language}
group:
  members:
    - name: Priya
      photo: "![Priya laughing, holding a watering can](photos/priya.png)"
      did: Priya chose the pictures.
      quote: I like it when the pictures are clear.
    - name: Tom
      photo: "![Tom in a red cap](photos/tom.png)"
      did: Tom read every page out loud.
    - name: Ade
      quote: We made this together.
---

# Planting

:seeds: We plant seeds in spring.
"""


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    from PIL import Image

    (tmp_path / "photos").mkdir()
    Image.new("RGB", (90, 120), "#c46a2b").save(tmp_path / "photos" / "priya.png")
    Image.new("RGB", (120, 120), "#2b6ac4").save(tmp_path / "photos" / "tom.png")
    return tmp_path


def _load(folder: Path, text: str = TEXT, language: str = "en-GB") -> easyread.Document:
    source = folder / "allotment.md"
    source.write_text(text.format(language=language))
    return easyread.load(source)


def test_the_pdf_has_the_group_page_after_the_body(folder: Path) -> None:
    data = render_bytes(_load(folder), "pdf")
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        pages = [" ".join((page.extract_text() or "").split()) for page in pdf.pages]
        group = next(number for number, text in enumerate(pages)
                     if text.startswith("The group who helped make this booklet"))
        photos = pdf.pages[group].images
        words = pdf.pages[group].extract_words()
    text = pages[group]
    assert "Planting" in pages[group - 1]
    assert "Who made this booklet" in pages[group + 1]
    assert text.index("Priya") < text.index("Tom") < text.index("Ade")
    assert "Priya chose the pictures. “I like it when the pictures are clear.”" in text
    assert "“We made this together.”" in text
    assert len(photos) == 2  # Ade has no photo
    priya = next(w for w in words if w["text"] == "Priya")
    assert photos[0]["x1"] < priya["x0"]  # the photo on the left, the words on the right
    contents = pages[1]
    assert "The group who helped make this booklet" in contents
    assert page_validation.validate_pdf_bytes(data, profile="ua1").is_compliant


def test_the_docx_has_the_group_page(folder: Path) -> None:
    document = docx.Document(io.BytesIO(render_bytes(_load(folder), "docx")))
    heading = next(p for p in document.paragraphs
                   if p.text == "The group who helped make this booklet")
    assert heading.style.name == "Heading 1"
    assert heading.paragraph_format.page_break_before
    cells = [cell.text for table in document.tables for row in table.rows
             for cell in row.cells]
    assert any("Tom read every page out loud." in text for text in cells)
    described = document.element.body.xpath(".//wp:docPr/@descr")
    assert "Priya laughing, holding a watering can" in described
    assert "Tom in a red cap" in described


def test_the_html_has_the_group_page(folder: Path) -> None:
    html = render_bytes(_load(folder), "html").decode()
    start = html.index('id="our-group"')
    page = html[start:html.index('class="credits"')]
    assert ">The group who helped make this booklet</h2>" in page
    assert 'alt="Priya laughing, holding a watering can"' in page
    assert "“I like it when the pictures are clear.”" in page
    assert html.index('href="#our-group"') < start  # listed on the contents


@pytest.mark.parametrize(("language", "heading", "quote"), [
    ("de", "Die Gruppe, die bei diesem Heft geholfen hat", "„We made this together.“"),
    ("fr", "Le groupe qui a aidé à faire ce livret", "«\u00a0We made this together.\u00a0»"),
    ("es", "El grupo que ayudó a hacer este documento", "«We made this together.»")])
def test_the_words_around_the_group_follow_the_language(
        folder: Path, language: str, heading: str, quote: str) -> None:
    html = render_bytes(_load(folder, language=language), "html").decode()
    assert heading in html and quote in html


def test_the_group_page_can_have_its_own_title(folder: Path) -> None:
    text = TEXT.replace("group:\n  members:", "group:\n  title: Meet the Growers\n  members:")
    html = render_bytes(_load(folder, text), "html").decode()
    assert ">Meet the Growers</h2>" in html


def test_a_person_without_a_name_is_one_located_error(folder: Path) -> None:
    text = TEXT.replace("    - name: Tom\n", "    - nam: Tom\n")
    with pytest.raises(SourceError) as caught:
        _load(folder, text)
    assert "person 2 in the group needs a name" in caught.value.message
    assert caught.value.loc.line == 4


def test_a_photo_that_is_not_there_is_one_located_error(folder: Path) -> None:
    (folder / "photos" / "tom.png").unlink()
    with pytest.raises(SourceError) as caught:
        _load(folder)
    assert caught.value.loc.line == 4


def test_the_page_estimate_counts_the_group_page_only_when_there_is_one(folder: Path) -> None:
    from easyread.checker.pages import estimate_pages

    with_group = estimate_pages(_load(folder))
    text = TEXT[:TEXT.index("group:")] + "---" + TEXT[TEXT.index("\n\n# Planting"):]
    assert estimate_pages(_load(folder, text)) == with_group - 1


def test_the_e_book_has_the_group_page(folder: Path) -> None:
    import zipfile

    with zipfile.ZipFile(io.BytesIO(render_bytes(_load(folder), "epub"))) as book:
        name = next(n for n in book.namelist() if n.endswith("group.xhtml"))
        page = book.read(name).decode()
    assert "The group who helped make this booklet" in page
    assert 'alt="Tom in a red cap"' in page
