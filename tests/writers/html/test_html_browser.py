"""The HTML page in headless Chromium: axe-core finds no WCAG problems and nothing overflows."""

from __future__ import annotations

import html
import json
import re
import subprocess
from pathlib import Path
from typing import Any

import pytest

from easyread.errors import Diagnostic
from easyread.model import Document
from easyread.read import load
from easyread.writers import render_bytes

EXAMPLES = sorted((Path(__file__).resolve().parents[3] / "examples").glob("*.md"))

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
"""WCAG 2.2 A and AA, and axe best practice (heading order, landmarks, one h1)."""

AXE_RUNNER = """<script>{axe}</script><script>
axe.run(document, {{runOnly: {{type: 'tag', values: {tags}}},
                    resultTypes: ['violations', 'incomplete']}}).then(r => {{
  const brief = list => list.map(v => ({{id: v.id, help: v.help,
      nodes: v.nodes.map(n => n.target.join(' '))}}));
  const pre = document.createElement('pre'); pre.id = '__result__';
  pre.textContent = JSON.stringify({{violations: brief(r.violations),
                                     incomplete: brief(r.incomplete)}});
  document.body.appendChild(pre); }});
</script>"""

# The page runs in an iframe because headless Chromium windows are at least 500 px wide.
FRAME = """<!doctype html><html lang="en"><head><title>frame</title></head>
<body style="margin:0"><iframe id="f" title="page" src="{page}"
  style="width:{width}px;height:900px;border:0"></iframe>
<script>
const f = document.getElementById('f');
f.addEventListener('load', () => {{
  const d = f.contentDocument, w = f.contentWindow;
  const extra = d.createElement('style'); extra.textContent = {extra}; d.head.appendChild(extra);
  d.fonts.ready.then(() => {{
    const wide = [...d.body.querySelectorAll('*')]
      .filter(e => e.getBoundingClientRect().right > w.innerWidth + 0.5)
      .map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : ''));
    const pre = document.createElement('pre'); pre.id = '__result__';
    pre.textContent = JSON.stringify({{width: w.innerWidth,
      scrollWidth: d.documentElement.scrollWidth, wide: wide}});
    document.body.appendChild(pre);
  }});
}});
</script></body></html>"""

def framed(measure: str, width: int, page: str = "booklet.html") -> str:
    """A page that shows `page` in an iframe `width` px wide (headless Chromium windows are at
    least 500 px wide), waits for its fonts, runs `measure` (JavaScript: `f` is the iframe,
    `d` its document; it sets `result`) and writes the result as JSON where _dump reads it."""
    return (
        '<!doctype html><html lang="en"><head><title>frame</title></head>\n'
        f'<body style="margin:0"><iframe id="f" title="page" src="{page}"\n'
        f'  style="width:{width}px;height:900px;border:0"></iframe>\n'
        "<script>\nconst f = document.getElementById('f');\n"
        "f.addEventListener('load', () => {\n  const d = f.contentDocument;\n"
        "  d.fonts.ready.then(() => {\n    let result;\n" + measure + "\n"
        "    const pre = document.createElement('pre'); pre.id = '__result__';\n"
        "    pre.textContent = JSON.stringify(result);\n    document.body.appendChild(pre);\n"
        "  });\n});\n</script></body></html>"
    )


# WCAG 1.4.12: readers may set these spacings; no text may be cut off or overflow.
TEXT_SPACING = (
    "* { line-height: 1.5 !important; letter-spacing: 0.12em !important;"
    " word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }"
)


def _dump(chromium: str, page: Path, window: str = "1000,900") -> Any:
    done = subprocess.run(
        [
            chromium,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--allow-file-access-from-files",
            f"--window-size={window}",
            "--virtual-time-budget=15000",
            "--dump-dom",
            page.resolve().as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    found = re.search(r'<pre id="__result__">(.*?)</pre>', done.stdout, re.S)
    assert found, f"Chromium gave no result: {done.stderr[-2000:]}"
    return json.loads(html.unescape(found.group(1)))


def _page(tmp_path: Path, data: bytes) -> Path:
    page = tmp_path / "booklet.html"
    page.write_bytes(data)
    return page


def _axe(chromium: str, axe_js: str, folder: Path, text: str) -> Any:
    runner = AXE_RUNNER.format(axe=axe_js, tags=json.dumps(AXE_TAGS))
    return _dump(chromium, _page(folder, text.replace("</body>", runner + "</body>").encode()))


def test_axe_finds_no_wcag_violations(
    tmp_path: Path, sample_doc: Document, mk: Any, chromium: str, axe_js: str
) -> None:
    result = _axe(chromium, axe_js, tmp_path, mk.render(sample_doc).decode("utf-8"))
    assert result["violations"] == []
    assert result["incomplete"] == []


def test_axe_catches_a_broken_page(
    tmp_path: Path, sample_doc: Document, mk: Any, chromium: str, axe_js: str
) -> None:
    text = mk.render(sample_doc).decode("utf-8")
    broken = re.sub(r' alt="[^"]*"', "", text.replace('lang="en-GB"', "", 1))
    ids = {item["id"] for item in _axe(chromium, axe_js, tmp_path, broken)["violations"]}
    assert {"html-has-lang", "image-alt"} <= ids


@pytest.mark.parametrize("source", EXAMPLES, ids=[path.stem for path in EXAMPLES])
def test_examples_pass_axe(tmp_path: Path, source: Path, chromium: str, axe_js: str) -> None:
    found: list[Diagnostic] = []
    data = render_bytes(load(source), "html", report=found.append)
    assert found == []
    result = _axe(chromium, axe_js, tmp_path, data.decode("utf-8"))
    assert result["violations"] == []


@pytest.mark.parametrize(
    ("width", "extra"),
    [
        (320, ""),
        (320, TEXT_SPACING),
        # Text-only zoom to 200% on a small tablet.
        (640, "html { font-size: 200% !important; }"),
    ],
    ids=["phone", "phone-text-spacing", "text-200"],
)
def test_nothing_overflows_sideways(
    tmp_path: Path, sample_doc: Document, mk: Any, chromium: str, width: int, extra: str
) -> None:
    _page(tmp_path, mk.render(sample_doc))
    frame = tmp_path / "frame.html"
    frame.write_text(
        FRAME.format(page="booklet.html", width=width, extra=json.dumps(extra)), encoding="utf-8"
    )
    result = _dump(chromium, frame)
    assert result["width"] == width
    assert result["scrollWidth"] <= width
    assert result["wide"] == []


def test_overflow_check_notices_a_wide_element(
    tmp_path: Path, sample_doc: Document, mk: Any, chromium: str
) -> None:
    _page(tmp_path, mk.render(sample_doc))
    frame = tmp_path / "frame.html"
    extra = json.dumps(".row { width: 500px; }")
    frame.write_text(FRAME.format(page="booklet.html", width=320, extra=extra), encoding="utf-8")
    result = _dump(chromium, frame)
    assert result["scrollWidth"] > 320
    assert "div.row" in result["wide"]
