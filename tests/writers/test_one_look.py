"""One look in every format: sizes and rules read back from the PDF, the DOCX and the HTML
(as Chromium computes it) agree, because all three take them from the same measures."""

from __future__ import annotations

import html
import io
import json
import re
import subprocess
import zipfile
from pathlib import Path

import pdfplumber
import pytest
from lxml import etree

import easyread
from easyread.measures import measures
from easyread.writers import render_bytes
from tests.conftest import require_tool

TEXT = """---
title: At the pool
subtitle: A guide for new swimmers
date: June 2026
---

# Before you go

:bag: Pack a towel and a swimming costume.

:clock: Check when the pool is open.

## Paying at the desk

:money: It costs 3 pounds to swim.
"""

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TOLERANCE = 0.06
"""The issue allows 6% between formats (rounding to half-points, pixels)."""

PROBE = """<script>
document.fonts.ready.then(() => {
  const px = (sel, prop) => parseFloat(getComputedStyle(document.querySelector(sel))[prop]);
  const pre = document.createElement('pre'); pre.id = '__result__';
  pre.textContent = JSON.stringify({
    label: px('.easy-read', 'fontSize'), body: px('.row .text p', 'fontSize'),
    heading: px('.section h2', 'fontSize'), title: px('h1', 'fontSize'),
    rule: px('.section h2', 'borderBottomWidth')});
  document.body.appendChild(pre);
});
</script>"""


@pytest.fixture(scope="module")
def doc() -> easyread.Document:
    return easyread.parse(TEXT)


def _pdf(doc: easyread.Document) -> dict[str, float]:
    with pdfplumber.open(io.BytesIO(render_bytes(doc, "pdf"))) as pdf:
        sizes: dict[str, float] = {}
        for page in pdf.pages:
            for line in page.extract_text_lines(return_chars=True):
                # The largest: a heading is also a contents entry in body size.
                size = max(sizes.get(line["text"], 0.0), line["chars"][0]["size"])
                sizes[line["text"]] = size
        # The rule under a main heading is a long thin shape across the text area.
        rules = [shape["height"] for page in pdf.pages for shape in page.rects + page.curves
                 if shape["width"] > 300]
    return {"label": sizes["Easy read"], "body": sizes["Pack a towel and a swimming costume."],
            "heading": sizes["Before you go"], "title": sizes["At the pool"],
            "rule": min(rules)}


def _docx(doc: easyread.Document) -> dict[str, float]:
    with zipfile.ZipFile(io.BytesIO(render_bytes(doc, "docx"))) as package:
        styles = etree.fromstring(package.read("word/styles.xml"))

    def style(style_id: str) -> etree._Element:
        return styles.find(f"{W}style[@{W}styleId='{style_id}']")

    def size(style_id: str) -> float:
        found = style(style_id).find(f"{W}rPr/{W}sz")
        if found is None:  # inherits the Normal style's size
            found = style("Normal").find(f"{W}rPr/{W}sz")
        return int(found.get(f"{W}val")) / 2

    border = style("Heading1").find(f"{W}pPr/{W}pBdr/{W}bottom")
    return {"label": size("CoverLabel"), "body": size("RowText"), "heading": size("Heading1"),
            "title": size("Title"), "rule": int(border.get(f"{W}sz")) / 8}


def _html(doc: easyread.Document, tmp_path: Path) -> dict[str, float]:
    chromium = require_tool("chromium")
    page = tmp_path / "booklet.html"
    text = render_bytes(doc, "html").decode("utf-8")
    page.write_text(text.replace("</body>", PROBE + "</body>"), encoding="utf-8")
    done = subprocess.run(
        [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--window-size=1280,900",
         "--virtual-time-budget=10000", "--dump-dom", page.as_uri()],
        capture_output=True, text=True, timeout=120, check=False)
    found = re.search(r'<pre id="__result__">(.*?)</pre>', done.stdout, re.S)
    assert found, done.stderr[-2000:]
    # CSS pixels are 0.75 pt.
    return {key: value * 0.75 for key, value in json.loads(html.unescape(found.group(1))).items()}


def test_sizes_and_rules_agree_in_every_format(doc: easyread.Document, tmp_path: Path) -> None:
    m = measures(doc.style)
    want = {"label": m.label_size, "body": m.body_size, "heading": m.heading_sizes[0],
            "title": m.title_size, "rule": m.rule}
    read = {"pdf": _pdf(doc), "docx": _docx(doc), "html": _html(doc, tmp_path)}
    for fmt, found in read.items():
        for key, value in want.items():
            # Browsers draw borders in whole pixels: a rule may be off by one (0.75 pt).
            near = pytest.approx(value, abs=0.75) if key == "rule" else \
                pytest.approx(value, rel=TOLERANCE)
            assert found[key] == near, (fmt, key, found[key])


def test_a_changed_body_size_moves_every_format(tmp_path: Path) -> None:
    doc = easyread.parse(TEXT.replace("---\n\n#", "style:\n  font_size: 20\n---\n\n#", 1))
    assert _pdf(doc)["body"] == pytest.approx(20)
    assert _docx(doc)["label"] == pytest.approx(measures(doc.style).label_size)
    assert _html(doc, tmp_path)["heading"] == pytest.approx(35, rel=TOLERANCE)
