"""Booklets built by hand for the DOCX writer tests, with small SVG pictures drawn here."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from easyread.errors import Diagnostic
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
from easyread.writers.docx import write_docx

LOC = Location("booklet.md")
_MARKUP = re.compile(r"(\*\*.+?\*\*|\[.+?\]\(.+?\))")
SET = Credit("Test Shapes", "CC BY 4.0", "https://example.org/shapes", "Shapes by the test team")

SHAPES = {
    "bus": '<rect x="6" y="14" width="52" height="30" rx="5" fill="#e63946"/>'
    '<rect x="12" y="20" width="12" height="10" fill="#fff"/><circle cx="18" cy="48" r="6"/>'
    '<circle cx="46" cy="48" r="6"/>',
    "key": '<circle cx="20" cy="32" r="12" fill="none" stroke="#e9a800" stroke-width="6"/>'
    '<path d="M32 32h26M50 32v10" stroke="#e9a800" stroke-width="6"/>',
    "cup": '<path d="M14 18h30v26a10 10 0 0 1-10 10H24a10 10 0 0 1-10-10z" fill="#457b9d"/>'
    '<path d="M44 24h6a6 6 0 0 1 0 12h-6" fill="none" stroke="#457b9d" stroke-width="4"/>',
}
TALL = '<rect x="8" y="2" width="16" height="60" fill="#2a9d8f"/>'
"""A 1:2 picture, to check that pictures keep their shape."""


def draw_pictures(folder: Path) -> dict[str, Path]:
    """Write the test shapes as SVG files in `folder` (the tall one is 1:2)."""
    paths = {}
    shapes = {name: (64, body) for name, body in SHAPES.items()} | {"tall": (32, TALL)}
    for name, (width, body) in shapes.items():
        path = folder / f"{name}.svg"
        path.write_text(f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="64" '
                        f'viewBox="0 0 {width} 64">{body}</svg>', encoding="utf-8")
        paths[name] = path
    return paths


def line(text: str, n: int = 1) -> Line:
    """A Line from tiny markup: **hard word** and [words](link)."""
    runs: list[Run] = []
    for part in _MARKUP.split(text):
        if not part:
            continue
        if part.startswith("**"):
            runs.append(Run(part[2:-2], 1, strong=True))
        elif part.startswith("["):
            words, link = part[1:-1].split("](")
            runs.append(Run(words, 1, link=link))
        else:
            runs.append(Run(part, 1))
    return Line(tuple(runs), LOC.at(n))


class Maker:
    """Builds model values that point at the test pictures."""

    def __init__(self, pictures: dict[str, Path]) -> None:
        self.paths = pictures

    def picture(self, name: str, alt: str | None = None) -> Picture:
        return Picture(self.paths[name], alt or f"a {name}", "svg", LOC, name, SET)

    def row(self, *lines: str, picture: str | None = "bus", label: str | None = None) -> Row:
        pic = self.picture(picture) if picture else None
        return Row(tuple(line(t) for t in lines), LOC, pic, label)

    def heading(self, level: int, text: str, anchor: str, picture: str | None = None) -> Heading:
        pic = self.picture(picture) if picture else None
        return Heading(level, line(text), LOC, anchor, pic)


def sample_document(make: Maker, style: Style | None = None, language: str = "en-GB") -> Document:
    """A short booklet with every kind of block, written for these tests."""
    meta = Meta(
        title="Taking the bus to the market", loc=LOC, language=language,
        subtitle="A guide for new travellers", author="Bus Buddies", date="March 2026",
        cover=make.picture("bus", "a red bus"), full_version="https://example.org/full",
        checked_by=("The Friday group", "Sam"), word_list_title="Word list",
    )
    first = Section(make.heading(1, "Getting ready", "getting-ready"), (
        make.row("Check the time of your bus.", "The times are on the **timetable**.",
                 picture="key"),
        make.row("Take a drink with you.", picture="cup"),
        make.row("A row with no picture.", picture=None),
        make.heading(2, "What to bring", "what-to-bring"),
        ListBlock((
            make.row("Your bus pass.", picture="key", label="1."),
            make.row("Some money.", "Coins are best.", picture="cup", label="2."),
            ListBlock((make.row("A small bag.", picture=None, label="•"),), False, LOC, 1),
        ), True, LOC),
        Box((make.row("Ask the driver if you are not sure.", picture="bus"),), LOC),
    ), LOC)
    second = Section(make.heading(1, "On the bus", "on-the-bus", picture="bus"), (
        make.row("Find a seat.", picture="tall"),
        PageBreak(LOC),
        make.row("Press the bell before your stop.",
                 "Read more on [the bus website](https://example.org/bus)."),
        ListBlock((make.row("Seven.", label="7."), make.row("Eight.", label="8.")), True, LOC),
    ), LOC)
    words = (HardWord("timetable", (line("A list of times when the bus comes."),), LOC),)
    return Document(meta, style or Style(), (first, second), words)


def big_document(make: Maker, rows: int) -> Document:
    """A long booklet: `rows` rows in sections of 30, the pictures taking turns."""
    names = ("bus", "key", "cup")
    sections = []
    for s in range(0, rows, 30):
        blocks = tuple(
            make.row(f"This is sentence {i} of the long booklet.", "It has a second line.",
                     picture=names[i % 3])
            for i in range(s, min(s + 30, rows))
        )
        heading = make.heading(1, f"Part {s // 30 + 1}", f"part-{s // 30 + 1}")
        sections.append(Section(heading, blocks, LOC))
    meta = Meta(title="A long booklet", loc=LOC, author="Tests")
    return Document(meta, Style(), tuple(sections))


def build(doc: Document, report: list[Diagnostic] | None = None) -> bytes:
    """The DOCX bytes of `doc`."""
    out = io.BytesIO()
    found: list[Diagnostic] = [] if report is None else report
    write_docx(compose(doc), out, pictures=PictureRenderer(), report=found.append)
    return out.getvalue()


@pytest.fixture(scope="session")
def make(tmp_path_factory: pytest.TempPathFactory) -> Maker:
    """A Maker whose pictures live in a temporary folder."""
    return Maker(draw_pictures(tmp_path_factory.mktemp("pictures")))


@pytest.fixture(scope="session")
def sample_bytes(make: Maker) -> bytes:
    """The sample booklet as DOCX, built once; building it must report nothing."""
    report: list[Diagnostic] = []
    data = build(sample_document(make), report)
    assert report == []
    return data
