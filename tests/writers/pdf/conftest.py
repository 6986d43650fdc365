"""Helpers that build small Document values and PDFs for the PDF writer tests."""

from __future__ import annotations

import io
import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from easyread.errors import Diagnostic
from easyread.location import Location
from easyread.model import (
    Block,
    Credit,
    Document,
    HardWord,
    Heading,
    Line,
    Meta,
    Picture,
    Row,
    Run,
    Section,
)
from easyread.pictures.render import PictureRenderer
from easyread.style import Style
from easyread.writers.booklet import compose
from easyread.writers.pdf import write_pdf

PICTURES = Path(__file__).parent / "pictures"
CREDIT = Credit("Test drawings", "CC0 1.0", "https://example.org/drawings",
                "Drawn for the easyread tests")
_lines = itertools.count(1)
_MARKUP = re.compile(r"\*\*(.+?)\*\*|\[(.+?)\]\((.+?)\)")


def loc() -> Location:
    """A fresh source place, so diagnostics can be told apart."""
    return Location("test.md", next(_lines), 1)


def line(text: str) -> Line:
    """A line; ``**word**`` is a hard word and ``[text](url)`` a link."""
    runs: list[Run] = []
    pos = 0
    for match in _MARKUP.finditer(text):
        if match.start() > pos:
            runs.append(Run(text[pos:match.start()], pos + 1))
        if match.group(1):
            runs.append(Run(match.group(1), match.start() + 1, strong=True))
        else:
            runs.append(Run(match.group(2), match.start() + 1, link=match.group(3)))
        pos = match.end()
    if pos < len(text):
        runs.append(Run(text[pos:], pos + 1))
    return Line(tuple(runs), loc())


def picture(name: str, alt: str = "") -> Picture:
    """A picture from the test folder."""
    path = PICTURES / name
    fmt = {"svg": "svg", "png": "png"}[path.suffix[1:]]
    return Picture(path, alt or f"a drawing of {path.stem}", fmt, loc(), path.stem, CREDIT)


def row(*texts: str, pic: str | None = None, label: str | None = None) -> Row:
    """A row of lines, with a picture from the test folder if `pic` is given."""
    return Row(tuple(line(t) for t in texts), loc(), picture(pic) if pic else None, label)


def heading(text: str, level: int = 1, pic: str | None = None) -> Heading:
    """A heading with an anchor made from its text."""
    anchor = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return Heading(level, line(text), loc(), anchor, picture(pic) if pic else None)


def section(title: str | None, *blocks: Block) -> Section:
    """A section with a level 1 heading (or none)."""
    return Section(heading(title) if title else None, tuple(blocks), loc())


def document(*sections: Section, words: Iterable[tuple[str, str]] = (),
             style: Style | None = None, **meta: object) -> Document:
    """A whole document with a cover picture, author and checkers unless told otherwise."""
    values: dict[str, object] = {
        "title": "Going to the dentist",
        "subtitle": "What happens at a check up",
        "author": "Sam Writer",
        "date": "May 2025",
        "cover": picture("house.svg", "a house"),
        "full_version": "https://example.org/full-version",
        "checked_by": ("Alex Reader", "Jo Checker"),
    }
    values.update(meta)
    hard = tuple(HardWord(term, (line(text),), loc()) for term, text in words)
    return Document(Meta(loc=loc(), **values), style or Style(), tuple(sections), hard)  # type: ignore[arg-type]


@dataclass
class Built:
    """A PDF made by the writer and the diagnostics it reported."""

    data: bytes
    diagnostics: list[Diagnostic] = field(default_factory=list)

    def save(self, folder: Path, name: str = "booklet.pdf") -> Path:
        path = folder / name
        path.write_bytes(self.data)
        return path


def build(doc: Document) -> Built:
    """Run the PDF writer on `doc`."""
    found: list[Diagnostic] = []
    out = io.BytesIO()
    write_pdf(compose(doc), out, pictures=PictureRenderer(), report=found.append)
    return Built(out.getvalue(), found)


def sample() -> Document:
    """A booklet with every kind of block."""
    from easyread.model import Box, ListBlock, PageBreak

    items = (row("Brush your teeth.", label="1."), row("Rinse your mouth.", label="2."))
    return document(
        section("About the visit",
                row("You will see a **dentist**.", "The dentist looks at your teeth.",
                    pic="house.svg"),
                row("It does not hurt.", pic="sun.svg"),
                row("This row has no picture."),
                heading("Before you go", 2),
                ListBlock(items, True, loc()),
                Box((row("Tell the dentist if you feel scared.", pic="house.svg"),), loc()),
                PageBreak(loc()),
                row("You can read more on [our website](https://example.org/dentist).",
                    pic="photo.png")),
        section("After the visit", row("Go home and rest.", pic="house.svg")),
        words=[("dentist", "A doctor who looks after your teeth.")],
    )
