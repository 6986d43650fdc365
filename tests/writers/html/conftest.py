"""A small booklet built by hand, and helpers to render it and open it in Chromium."""

from __future__ import annotations

import io
import os
import re
import shutil
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace

import pytest
from PIL import Image, ImageDraw

from easyread.model import (
    Box,
    Credit,
    Document,
    HardWord,
    Heading,
    Line,
    ListBlock,
    Location,
    Meta,
    PageBreak,
    Picture,
    Row,
    Run,
    Section,
)
from easyread.pictures.render import PictureRenderer
from easyread.style import Style
from easyread.writers.booklet import compose
from easyread.writers.html import write_html

ROOT = Path(__file__).resolve().parents[3]
LOC = Location("library.md")
_TOKEN = re.compile(r"\*\*(.+?)\*\*|\*(.+?)\*|\[(.+?)\]\((.+?)\)")

SET = Credit(
    source="Test Shapes",
    licence="CC BY 4.0",
    url="https://example.org/shapes",
    attribution="Shapes drawn for the easyread tests",
)

SVGS = {
    "book": '<rect x="14" y="12" width="36" height="42" rx="3" fill="#2a6f97"/>'
    '<rect x="20" y="18" width="24" height="4" fill="#fff"/>'
    '<rect x="20" y="26" width="24" height="4" fill="#fff"/>',
    "clock": '<circle cx="32" cy="32" r="24" fill="#fff" stroke="#1d3557" stroke-width="5"/>'
    '<path d="M32 18v15l10 6" stroke="#c1121f" stroke-width="5" fill="none"/>',
    "card": '<rect x="8" y="16" width="48" height="32" rx="4" fill="#f4a261"/>'
    '<circle cx="22" cy="32" r="7" fill="#1d3557"/>'
    '<rect x="34" y="26" width="16" height="4" fill="#1d3557"/>',
    "phone": '<rect x="20" y="6" width="24" height="52" rx="5" fill="#1d3557"/>'
    '<rect x="24" y="12" width="16" height="34" fill="#a8dadc"/>',
    "house": '<path d="M8 32 32 10l24 22" fill="none" stroke="#c1121f" stroke-width="6"/>'
    '<rect x="16" y="30" width="32" height="26" fill="#e9c46a"/>',
}


def make_line(text: str, line_no: int = 1) -> Line:
    """A Line from tiny markup: **hard word**, *emphasis* and [words](link)."""
    runs: list[Run] = []
    pos = 0
    for match in _TOKEN.finditer(text):
        if match.start() > pos:
            runs.append(Run(text[pos : match.start()], pos + 1))
        strong, emphasis, words, link = match.groups()
        if strong:
            runs.append(Run(strong, match.start() + 3, strong=True))
        elif emphasis:
            runs.append(Run(emphasis, match.start() + 2, emphasis=True))
        else:
            runs.append(Run(words, match.start() + 2, link=link))
        pos = match.end()
    if pos < len(text):
        runs.append(Run(text[pos:], pos + 1))
    return Line(tuple(runs), LOC.at(line=line_no))


def make_row(*lines: str, picture: Picture | None = None, label: str | None = None) -> Row:
    """A row of `lines` with an optional picture."""
    return Row(tuple(make_line(text) for text in lines), LOC, picture, label)


def make_heading(level: int, text: str, anchor: str, picture: Picture | None = None) -> Heading:
    """A heading with its anchor."""
    return Heading(level, make_line(text), LOC, anchor, picture)


@pytest.fixture
def picture_dir(tmp_path: Path) -> Path:
    """A folder of small SVG pictures and one PNG photo."""
    folder = tmp_path / "pictures"
    folder.mkdir()
    for name, body in SVGS.items():
        svg = f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">{body}</svg>'
        (folder / f"{name}.svg").write_text(svg, encoding="utf-8")
    image = Image.new("RGB", (120, 90), "#8ecae6")
    ImageDraw.Draw(image).ellipse((30, 15, 90, 75), fill="#023047")
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    (folder / "photo.png").write_bytes(buffer.getvalue())
    return folder


@pytest.fixture
def picture(picture_dir: Path) -> Callable[[str, str], Picture]:
    """Make a Picture of one of the test pictures, with alt text."""

    def make(name: str, alt: str) -> Picture:
        fmt = "png" if name == "photo" else "svg"
        path = picture_dir / f"{name}.{fmt}"
        return Picture(path, alt, fmt, LOC, name=name, credit=SET)

    return make


@pytest.fixture
def sample_doc(picture: Callable[[str, str], Picture]) -> Document:
    """A booklet with every kind of block: rows, lists, a box, a page break and a word list."""
    meta = Meta(
        title="Using the library",
        loc=LOC,
        language="en-GB",
        subtitle="How to borrow books for free",
        author="Town Library team",
        date="May 2025",
        cover=picture("book", "A book"),
        full_version="https://example.org/library-rules",
        checked_by=("Sam Reed", "Priya Shah"),
    )
    intro = Section(
        make_heading(1, "About the library", "about-the-library"),
        (
            make_row(
                "The library is a building with lots of books.",
                "You can read the books there.",
                picture=picture("house", "A building"),
            ),
            make_row("It is free to go in.", "You do not have to pay."),
            make_heading(2, "When it is open", "when-it-is-open", picture("clock", "A clock")),
            make_row(
                "The library is open every day.",
                "It opens at 9 in the morning.",
                picture=picture("clock", "A clock"),
            ),
            Box(
                (
                    make_row(
                        "The library is closed on *public holidays*.",
                        picture=picture("phone", "A mobile phone"),
                    ),
                ),
                LOC,
            ),
        ),
        LOC,
    )
    borrow = Section(
        make_heading(1, "Borrowing books", "borrowing-books"),
        (
            make_row(
                "You need a **library card** to take books home.",
                picture=picture("card", "A library card"),
            ),
            ListBlock(
                (
                    make_row("Go to the front desk.", label="1."),
                    make_row("Show a letter with your address.", label="2."),
                    ListBlock(
                        (make_row("A bill is fine.", label="•"),),
                        ordered=False,
                        loc=LOC,
                        depth=1,
                    ),
                    make_row(
                        "Get your card.", picture=picture("photo", "A smiling person"), label="3."
                    ),
                ),
                ordered=True,
                loc=LOC,
            ),
            PageBreak(LOC),
            make_row(
                "You can keep books for 3 weeks.",
                "Bring them back on time.",
                picture=picture("book", "A book"),
            ),
            make_row("Read more on [our website](https://example.org/library)."),
        ),
        LOC,
    )
    words = (
        HardWord(
            "library card",
            (make_line("A small card with your name on it."), make_line("It lets you borrow.")),
            LOC,
        ),
    )
    return Document(meta, Style(), (intro, borrow), words)


def render_html(doc: Document, report: Callable[..., None] | None = None) -> bytes:
    """The HTML bytes for `doc`."""
    out = io.BytesIO()
    write_html(compose(doc), out, pictures=PictureRenderer(), report=report or _fail_on_report)
    return out.getvalue()


def _fail_on_report(diagnostic: object) -> None:
    raise AssertionError(f"unexpected diagnostic: {diagnostic}")


@pytest.fixture
def mk() -> SimpleNamespace:
    """The model builders and the renderer, for tests that make their own small booklets."""
    return SimpleNamespace(
        line=make_line, row=make_row, heading=make_heading, render=render_html, loc=LOC
    )


def _need(what: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"{what} is needed in CI")
    pytest.skip(f"{what} is not installed")


@pytest.fixture
def chromium() -> str:
    """The path of the Chromium browser (skips, or fails in CI, when it is missing)."""
    found = (
        os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    )
    if not found:
        _need("chromium")
    return str(found)


@pytest.fixture
def axe_js() -> str:
    """The text of axe.min.js, from env AXE_JS or node_modules (skips when missing)."""
    path = Path(os.environ.get("AXE_JS") or ROOT / "node_modules" / "axe-core" / "axe.min.js")
    if not path.is_file():
        _need("axe-core (run npm install)")
    return path.read_text(encoding="utf-8")
