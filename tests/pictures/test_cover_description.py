"""The cover picture's description: the messages say exactly what line to write, and it works."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PIL import Image

import easyread
from easyread.checker import check
from easyread.errors import SourceError
from easyread.model import Document

BOOKLET = "---\ntitle: Our hall\ncover: {cover}\n---\n\n# Hello\n\n:home: We meet in the hall.\n"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "photos").mkdir()
    Image.new("RGB", (40, 30), "orange").save(tmp_path / "photos" / "hall.png")
    return tmp_path


def _parse(folder: Path, cover: str) -> Document:
    text = BOOKLET.format(cover=cover)
    (folder / "hall.md").write_text(text, encoding="utf-8")
    return easyread.parse(text, base_dir=folder, source=folder / "hall.md")


def _cover_findings(doc: Document) -> list[tuple[str, str, int]]:
    return [(f.message, f.hint, f.loc.line) for f in check(doc).findings
            if f.rule == "A11Y-ALT"]


def test_a_cover_without_a_description_gets_the_line_to_write(folder: Path) -> None:
    [(message, hint, line)] = _cover_findings(_parse(folder, "photos/hall.png"))
    assert message == "The cover picture has no text to describe it."
    assert line == 3
    written = re.search(r'cover: ("!\[.*\]\(photos/hall\.png\)")$', hint)
    assert written is not None, hint
    # Doing what the hint says gives the cover its description.
    doc = _parse(folder, written.group(1))
    assert doc.meta.cover is not None and doc.meta.cover.alt == "The front of our building"
    assert not _cover_findings(doc)


def test_an_unquoted_cover_picture_is_told_to_use_quotes(folder: Path) -> None:
    with pytest.raises(SourceError) as caught:
        _parse(folder, '![Our "big" hall](photos/hall.png)')
    error = caught.value
    assert str(error.loc).endswith("hall.md:3:1")
    assert error.message == "put the cover picture in quotes"
    assert error.hint == r'write the line like this: cover: "![Our \"big\" hall](photos/hall.png)"'
    fixed = error.hint.removeprefix("write the line like this: cover: ")
    cover = _parse(folder, fixed).meta.cover
    assert cover is not None and cover.alt == 'Our "big" hall'


def test_a_described_folder_picture_needs_nothing_on_the_cover_line(folder: Path) -> None:
    (folder / "photos" / "descriptions.txt").write_text("hall.png: Our hall from the street\n")
    doc = _parse(folder, "photos/hall.png")
    assert doc.meta.cover is not None and doc.meta.cover.alt == "Our hall from the street"
    assert not _cover_findings(doc)
