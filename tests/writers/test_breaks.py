"""Where lines break: web addresses only after "/", "." or "-" (PDF, and HTML on a phone),
phone numbers never, hyphenated words never in the DOCX (as LibreOffice lays it out), and the
DOCX carries its font so LibreOffice shows Atkinson Hyperlegible."""

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

import easyread
from easyread.writers import render_bytes
from easyread.writers.breaks import NBSP, keep_phone_numbers, url_pieces
from easyread.writers.bundled_font import font_file
from easyread.writers.docx.fonts import embedded_fonts, obfuscate
from tests.conftest import require_tool

URL = "https://example.org/appointments/outpatients/booking-changes/how-to-change-your-visit"
PHONE = "01632 960 123"
TEXT = f"""---
title: Changing your visit
style:
  page_size: A5
  font_size: 22
---

# Your visit

:phone: To change your visit you can call the clinic on {PHONE} or visit {URL}.

:together: Co-production means working together.
Self-advocates and co-workers plan the long-term work with well-known local groups.
Our co-production team meets on a day-to-day basis in the town hall.
"""

# The page runs in a 375 px iframe: headless Chromium windows are at least 500 px wide.
FRAME = """<!doctype html><html lang="en"><head><title>frame</title></head>
<body style="margin:0"><iframe id="f" title="page" src="booklet.html"
  style="width:375px;height:800px;border:0"></iframe>
<script>
const f = document.getElementById('f');
f.addEventListener('load', () => {
  const d = f.contentDocument;
  const lines = (element) => {
    const out = [];
    const walker = d.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (let i = 0; i < node.length; i++) {
        const range = d.createRange(); range.setStart(node, i); range.setEnd(node, i + 1);
        const box = range.getClientRects()[0];
        if (!box) continue;
        if (!out.length || Math.abs(out[out.length - 1].top - box.top) > 2)
          out.push({top: box.top, text: ''});
        out[out.length - 1].text += node.data[i];
      }
    }
    return out.map(line => line.text);
  };
  d.fonts.ready.then(() => {
    const row = [...d.querySelectorAll('p')].find(p => p.textContent.includes('booking'));
    const pre = document.createElement('pre'); pre.id = '__result__';
    const joined = [...d.querySelectorAll('p')].filter(
      p => p.textContent.includes('-') && !p.textContent.includes('booking'));
    pre.textContent = JSON.stringify({row: lines(row), hyphenated: joined.map(lines)});
    document.body.appendChild(pre);
  });
});
</script></body></html>"""


def test_phone_numbers_get_no_break_spaces() -> None:
    assert keep_phone_numbers(f"Call {PHONE} now.") == "Call 01632\u00a0960\u00a0123 now."
    assert keep_phone_numbers("+44 20 7946 0000") == "+44\u00a020\u00a07946\u00a00000"
    # Short groups of numbers are not phone numbers.
    assert keep_phone_numbers("Bring 2 or 3 friends in 2026 10 times.") == (
        "Bring 2 or 3 friends in 2026 10 times.")


def test_web_addresses_are_cut_after_slash_dot_and_hyphen() -> None:
    assert url_pieces("https://a.org/b-c") == ["https:/", "/", "a.", "org/", "b-", "c"]


def _pdf_lines() -> list[str]:
    data = render_bytes(easyread.parse(TEXT), "pdf")
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [line["text"] for page in pdf.pages
                for line in page.extract_text_lines()]


def test_the_pdf_breaks_a_web_address_only_after_slash_dot_or_hyphen() -> None:
    lines = _pdf_lines()
    start = next(n for n, line in enumerate(lines) if line.startswith("https://"))
    end = next(n for n, line in enumerate(lines) if "visit." in line)
    address = lines[start:end + 1]
    assert "".join(address) == URL + "."
    assert len(address) > 1  # it does wrap at this size
    for line in address[:-1]:
        assert line[-1] in "/.-", address


def test_the_pdf_never_splits_a_phone_number() -> None:
    lines = _pdf_lines()
    assert any(PHONE.replace(" ", NBSP) in line or PHONE in line for line in lines)


@pytest.fixture(scope="module")
def phone_lines(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list]:
    """The lines Chromium lays the booklet's paragraphs out in, on a 375 px screen."""
    chromium = require_tool("chromium")
    tmp_path = tmp_path_factory.mktemp("phone")
    (tmp_path / "booklet.html").write_bytes(render_bytes(easyread.parse(TEXT), "html"))
    frame = tmp_path / "frame.html"
    frame.write_text(FRAME, encoding="utf-8")
    done = subprocess.run(
        [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--window-size=800,900",
         "--allow-file-access-from-files", "--virtual-time-budget=15000", "--dump-dom",
         frame.as_uri()], capture_output=True, text=True, timeout=120, check=False)
    found = re.search(r'<pre id="__result__">(.*?)</pre>', done.stdout, re.S)
    assert found, done.stderr[-2000:]
    result: dict[str, list] = json.loads(html.unescape(found.group(1)))
    return result


def test_html_on_a_phone_never_breaks_a_hyphenated_word(phone_lines: dict[str, list]) -> None:
    words = [w for w in re.findall(r"[A-Za-z]+(?:-[A-Za-z]+)+", TEXT) if w not in URL]
    assert len(words) >= 6
    paragraphs = phone_lines["hyphenated"]
    assert sum(len(lines) > 1 for lines in paragraphs) >= 2  # the test text does wrap
    laid_out = [line for lines in paragraphs for line in lines]
    for word in words:
        assert any(word in line for line in laid_out), (word, laid_out)


def test_html_on_a_phone_breaks_a_web_address_only_after_slash_dot_or_hyphen(
    phone_lines: dict[str, list],
) -> None:
    lines = phone_lines["row"]
    start = next(n for n, line in enumerate(lines) if "https:" in line)
    end = next(n for n, line in enumerate(lines) if "visit." in line)
    assert end > start  # the address wraps on a phone
    for line in lines[start:end]:
        assert line.rstrip()[-1] in "/.-", lines
    assert any(PHONE.replace(" ", NBSP) in line for line in lines), lines


def test_the_embedded_font_is_the_bundled_font_obfuscated() -> None:
    fonts = embedded_fonts("Atkinson Hyperlegible")
    assert fonts is not None
    keys = re.findall(r'w:fontKey="(\{[0-9A-F-]{36}\})"', fonts.font_entry)
    assert len(keys) == 2
    for (name, data), key, weight in zip(fonts.parts, keys, ("Regular", "Bold"), strict=True):
        original = font_file(weight).read_bytes()  # type: ignore[arg-type]
        assert name.endswith(".odttf")
        assert data[:32] != original[:32]
        assert data[32:] == original[32:]
        assert obfuscate(data, key) == original
    assert embedded_fonts("Verdana") is None


def test_the_docx_carries_its_font() -> None:
    data = render_bytes(easyread.parse(TEXT), "docx")
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        names = package.namelist()
        assert "word/fonts/font1.odttf" in names and "word/fonts/font2.odttf" in names
        assert b"obfuscatedFont" in package.read("[Content_Types].xml")
        assert b"embedTrueTypeFonts" in package.read("word/settings.xml")
        assert b"fonts/font1.odttf" in package.read("word/_rels/fontTable.xml.rels")


@pytest.fixture(scope="module")
def office_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    soffice = require_tool("soffice")
    folder = tmp_path_factory.mktemp("office")
    source = folder / "visit.docx"
    source.write_bytes(render_bytes(easyread.parse(TEXT), "docx"))
    subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{folder}/profile",
                    "--convert-to", "pdf", "--outdir", str(folder), str(source)],
                   capture_output=True, timeout=240, check=True)
    return folder / "visit.pdf"


def test_libreoffice_shows_the_docx_in_atkinson_hyperlegible(office_pdf: Path) -> None:
    done = subprocess.run([require_tool("pdffonts"), str(office_pdf)], capture_output=True,
                          text=True, check=True)
    fonts = [line.split()[0] for line in done.stdout.splitlines()[2:]]
    assert fonts and all("AtkinsonHyperlegible" in font for font in fonts), fonts


def test_libreoffice_never_breaks_a_hyphenated_word(office_pdf: Path) -> None:
    with pdfplumber.open(office_pdf) as pdf:
        lines = [line["text"] for page in pdf.pages for line in page.extract_text_lines()]
    assert any("co-" in line.lower() or "co\u2011" in line.lower() for line in lines)
    broken = [line for line in lines if re.search(r"\w[-\u2011]$", line)]
    assert broken == []
