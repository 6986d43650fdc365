"""The example booklets build in every format, and a reader finds every sentence in them."""

from __future__ import annotations

import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

import easyread
from easyread.model import iter_lines

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted((ROOT / "examples").glob("*.md"))


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def assert_in_order(sentences: list[str], text: str) -> None:
    position = 0
    flat = squash(text)
    for sentence in sentences:
        found = flat.find(squash(sentence), position)
        assert found >= 0, f"missing or out of order: {sentence!r}"
        position = found + 1


@pytest.fixture(scope="module", params=EXAMPLES, ids=lambda p: p.stem)
def built(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    source: Path = request.param
    out = tmp_path_factory.mktemp(source.stem)
    result = subprocess.run(
        [sys.executable, "-m", "easyread", "build", str(source), "-o", str(out),
         "--format", "pdf,docx,html"],
        capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 0, result.stderr
    assert "warning" not in result.stderr, result.stderr
    return out / source.stem


def sentences(stem: str) -> list[str]:
    doc = easyread.load(ROOT / "examples" / f"{stem}.md")
    return [line.text for line in iter_lines(doc, headings=True)]


def test_pdf_has_every_sentence_in_order_and_no_small_text(built: Path) -> None:
    import pdfplumber

    with pdfplumber.open(built.with_suffix(".pdf")) as pdf:
        text = "\n".join(page.extract_text() or "" for page in pdf.pages)
        sizes = [round(char["size"], 1) for page in pdf.pages for char in page.chars]
        title = pdf.metadata.get("Title")
    assert_in_order(sentences(built.name), text)
    assert min(sizes) >= 14
    assert title == easyread.load(ROOT / "examples" / f"{built.name}.md").meta.title


def test_docx_has_every_sentence_in_order_title_and_language(built: Path) -> None:
    from docx import Document
    from docx.oxml.ns import qn

    docx = Document(str(built.with_suffix(".docx")))
    body = docx.element.body
    # A hyphen inside a word is Word's non-breaking hyphen element.
    text = "\n".join(
        "".join(t.text or "" if t.tag == qn("w:t") else "-"
                for t in p.iter(qn("w:t"), qn("w:noBreakHyphen")))
        for p in body.iter(qn("w:p")))
    assert_in_order(sentences(built.name), text)
    assert docx.core_properties.title
    lang = docx.styles.element.find(
        f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:lang')}")
    assert lang is not None and lang.get(qn("w:val")) == "en-GB"
    headings = [p.style.name for p in docx.paragraphs if p.style.name.startswith("Heading")]
    assert "Heading 1" in headings


def test_html_has_every_sentence_in_order(built: Path) -> None:
    from html.parser import HTMLParser

    class Text(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.parts: list[str] = []

        def handle_data(self, data: str) -> None:
            self.parts.append(data)

    page = built.with_suffix(".html").read_text(encoding="utf-8")
    reader = Text()
    reader.feed(page)
    assert_in_order(sentences(built.name), "".join(reader.parts))
    assert '<html lang="en-GB"' in page


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html"])
def test_builds_are_byte_identical(fmt: str) -> None:
    doc = easyread.load(ROOT / "examples" / "health-appointment.md")
    first = easyread.render_bytes(doc, fmt)
    time.sleep(1.1)  # a clock-based timestamp would now differ
    assert easyread.render_bytes(doc, fmt) == first
