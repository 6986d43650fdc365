"""The optional back cover: contact details and the other formats, last, in every format."""

from __future__ import annotations

import io
import re
import subprocess
import sys
from pathlib import Path

import docx
import pdfplumber
import pikepdf
import pytest

import easyread
from easyread.errors import SourceError
from easyread.writers import render_bytes

TEXT = """---
title: Our allotment
author: Green Fingers Group
back_cover:
  contact:
    - Green Fingers Group, 4 Mill Lane, Leeds
    - "Phone: 0113 496 0123"
    - hello@greenfingers.example
    - www.greenfingers.example/join
---

# Planting

:seeds: We plant seeds in spring.
"""

ASK = "You can ask for this booklet in large print, audio or another language."


def test_the_pdf_ends_with_the_back_cover() -> None:
    data = render_bytes(easyread.parse(TEXT), "pdf")
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        pages = [page.extract_text() or "" for page in pdf.pages]
        links = [a.get("uri") for a in pdf.pages[-1].annots]
    last = pages[-1]
    assert last.startswith("How to contact us")
    assert "Phone: 0113 496 0123" in last  # the number is on one line
    assert ASK in " ".join(last.split("\n"))
    assert last.index("4 Mill Lane") < last.index("large print")
    assert "Who made this booklet" in pages[-2]
    assert "mailto:hello@greenfingers.example" in links
    assert "https://www.greenfingers.example/join" in links


def test_the_pdf_back_cover_is_tagged() -> None:
    data = render_bytes(easyread.parse(TEXT), "pdf")
    with pikepdf.open(io.BytesIO(data)) as pdf:
        kinds: list[str] = []

        def walk(elem: pikepdf.Dictionary) -> None:
            kinds.append(str(elem.get("/S", "")))
            kids = elem.get("/K")
            for kid in kids if isinstance(kids, pikepdf.Array) else [kids]:
                if isinstance(kid, pikepdf.Dictionary) and "/S" in kid:
                    walk(kid)

        walk(pdf.Root.StructTreeRoot.K[0] if isinstance(pdf.Root.StructTreeRoot.K,
                                                        pikepdf.Array)
             else pdf.Root.StructTreeRoot.K)
    # The last section: its heading, the four contact lines, two of them links, the sentence.
    last = kinds[len(kinds) - 1 - kinds[::-1].index("/Sect"):]
    assert last.count("/H1") == 1
    assert last.count("/P") == 5
    assert last.count("/Link") == 2


def test_the_docx_ends_with_the_back_cover() -> None:
    document = docx.Document(io.BytesIO(render_bytes(easyread.parse(TEXT), "docx")))
    texts = [p.text for p in document.paragraphs if p.text]
    start = texts.index("How to contact us")
    assert texts[start - 1] != ASK and texts[-1] == ASK
    assert "Green Fingers Group, 4 Mill Lane, Leeds" in texts[start:]
    assert "Phone: 0113\u00a0496\u00a00123" in texts[start:]  # never split
    heading = next(p for p in document.paragraphs if p.text == "How to contact us")
    assert heading.style.name == "Heading 1"
    assert heading.paragraph_format.page_break_before  # a page of its own
    rels = [rel.target_ref for rel in document.part.rels.values() if rel.is_external]
    assert "mailto:hello@greenfingers.example" in rels


def test_the_html_ends_with_the_back_cover() -> None:
    html = render_bytes(easyread.parse(TEXT), "html").decode()
    section = html[html.index('<section class="back-cover"'):]
    assert html.index('class="credits"') < html.index('class="back-cover"')
    assert re.search(r'aria-labelledby="back-cover".*\n<h2 id="back-cover">How to contact us',
                     section)
    assert 'href="mailto:hello@greenfingers.example"' in section
    assert "0113&nbsp;496&nbsp;0123" in section or "0113\u00a0496\u00a00123" in section
    assert f"<p>{ASK}</p>" in section


@pytest.mark.parametrize(("language", "words"), [
    ("de", "großer Schrift"), ("fr", "gros caractères"), ("es", "letra grande")])
def test_the_sentence_is_in_the_booklets_language(language: str, words: str) -> None:
    text = TEXT.replace("author:", f"language: {language}\nauthor:")
    html = render_bytes(easyread.parse(text), "html").decode()
    assert words in html[html.index('class="back-cover"'):]


def test_back_cover_true_gives_the_sentence_alone() -> None:
    text = re.sub(r"back_cover:\n(  .*\n)+", "back_cover: true\n", TEXT)
    html = render_bytes(easyread.parse(text), "html").decode()
    section = html[html.index('class="back-cover"'):]
    assert ASK in section and "Mill Lane" not in section


def test_no_back_cover_unless_asked() -> None:
    text = re.sub(r"back_cover:\n(  .*\n)+", "", TEXT)
    assert 'class="back-cover"' not in render_bytes(easyread.parse(text), "html").decode()
    data = render_bytes(easyread.parse(text), "pdf")
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        assert "large print" not in (pdf.pages[-1].extract_text() or "")


def test_a_wrong_back_cover_is_one_located_error() -> None:
    text = TEXT.replace("  contact:\n", "  phone:\n")
    with pytest.raises(SourceError) as caught:
        easyread.parse(text)
    assert (caught.value.loc.line, caught.value.loc.column) == (5, 3)
    assert "back_cover has no setting 'phone'" in caught.value.message


def test_a_line_with_a_colon_needs_quotes() -> None:
    with pytest.raises(SourceError) as caught:
        easyread.parse(TEXT.replace('"Phone: 0113 496 0123"', "Phone: 0113 496 0123"))
    assert "needs quotes" in caught.value.message
    assert caught.value.loc.line == 4


def test_the_command_says_where_a_wrong_back_cover_is(tmp_path: Path) -> None:
    source = tmp_path / "allotment.md"
    source.write_text(TEXT.replace("    - hello@greenfingers.example\n", "    - [1, 2]\n"))
    done = subprocess.run([sys.executable, "-m", "easyread", "build", str(source)],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 2
    assert done.stderr.startswith(f"{source}:4:1: error: back_cover must be")
    assert "Traceback" not in done.stderr
    assert not list(tmp_path.glob("allotment.*[!d]"))
