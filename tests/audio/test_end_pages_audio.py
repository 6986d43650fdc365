"""Every page a listener needs is read aloud: the whole cover, then at the end who made the
booklet and how to get in touch, each a chapter of its own, in the booklet's language; the
small print is not."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest

import easyread
from easyread.audio.script import reading_script
from easyread.cli import main
from easyread.writers.booklet import compose, labels_for
from tests.audio.conftest import chapters, decode

FRONT = """---
title: Our allotment
language: {language}
subtitle: What we grow together
date: June 2026
organisation: Green Fingers
author: The Green Fingers club
checked_by:
  - Sol
  - Mina
full_version: https://example.org/allotment
back_cover:
  contact:
    - Green Fingers, 4 Mill Lane, Anytown
    - "Phone: 0113 496 0000"
    - plots@example.org
---

# Planting

:seeds: We plant seeds in spring.

:watering-can: We water the seeds every day.

# Picking

:basket: In summer we pick the beans and take them home.
"""


def _write(folder: Path, language: str = "en-GB", end_pages: bool = True) -> Path:
    text = FRONT.format(language=language)
    if not end_pages:
        text = text[:text.index("author:")] + text[text.index("---\n\n#"):]
    source = folder / "allotment.md"
    source.write_text(text, encoding="utf-8")
    return source


def _words(text: str) -> int:
    return len(re.findall(r"\w+", text))


@pytest.mark.parametrize("language", ["en-GB", "de", "fr", "es"])
def test_who_made_it_and_how_to_get_in_touch_are_read_last(
        tmp_path: Path, language: str) -> None:
    booklet = compose(easyread.load(_write(tmp_path, language)))
    labels = labels_for(language)
    script = reading_script(booklet)
    assert [item.text for item in script[0].items] == [
        "Our allotment", "What we grow together", "June 2026", "Green Fingers"]
    assert [chapter.title for chapter in script][-2:] == [labels.credits, labels.contact]
    credits, contact = ("\n".join(item.text for item in chapter.items)
                        for chapter in script[-2:])
    assert credits.startswith(labels.credits + "\n")
    assert f"{labels.written_by} The Green Fingers club." in credits
    assert credits.index(labels.checked_by) < credits.index("Sol") < credits.index("Mina")
    assert "https://example.org/allotment" in credits
    assert contact.split("\n") == [labels.contact, "Green Fingers, 4 Mill Lane, Anytown.",
                                   "Phone: 0113 496 0000.", "plots@example.org.",
                                   labels.other_formats]
    # The small print (picture sets and licences) is for people who copy the booklet.
    said = "\n".join(item.text for chapter in script for item in chapter.items)
    assert labels.licences not in said and labels.pictures_from not in said
    for credit in booklet.credits.pictures:
        assert credit.licence not in said


def test_the_mp3_grows_by_the_end_pages_words(tmp_path: Path) -> None:
    without = tmp_path / "without"
    without.mkdir()
    assert main(["build", str(_write(without, end_pages=False)), "-f", "audio", "-q"]) == 0
    assert main(["build", str(_write(tmp_path)), "-f", "audio", "-q"]) == 0
    mp3 = tmp_path / "allotment.mp3"
    found = chapters(mp3)
    assert [title for title, _, _ in found][-2:] == ["Who made this booklet",
                                                     "How to contact us"]
    script = reading_script(compose(easyread.load(tmp_path / "allotment.md")))
    words = [sum(_words(item.text) for item in chapter.items) for chapter in script]
    seconds = [end - start for _, start, end in found]
    body_pace = sum(words[:-2]) / sum(seconds[:-2])
    # The phone number is read digit by digit, so the contact page is a little slower.
    for added, took in zip(words[-2:], seconds[-2:], strict=True):
        assert 0.5 <= added / took / body_pace <= 1.6, (added, took, body_pace)
    grown = len(decode(mp3)) / 8000 - len(decode(without / "allotment.mp3")) / 8000
    assert grown == pytest.approx(sum(seconds[-2:]), abs=0.2)


def test_the_e_book_reads_the_end_pages_aloud(tmp_path: Path) -> None:
    assert main(["build", str(_write(tmp_path)), "-f", "epub,audio", "-q"]) == 0
    with zipfile.ZipFile(tmp_path / "allotment.epub") as book:
        files = {name.rsplit("/", 1)[-1]: book.read(name).decode() for name in book.namelist()
                 if name.endswith((".xhtml", ".smil"))}
    spoken = {(part, ident) for smil in (text for name, text in files.items()
                                         if name.endswith(".smil"))
              for part, ident in re.findall(r'<text src="([^"#]+)#([^"]+)"', smil)}
    for part, ident in spoken:  # every overlay points at words that are there
        assert f'id="{ident}"' in files[part], (part, ident)
    assert {ident for part, ident in spoken if part == "cover.xhtml"} == {
        "booklet-title", "cover-subtitle", "cover-date", "cover-organisation"}
    assert {ident for part, ident in spoken if part == "credits.xhtml"} == {
        "credits", "credits-author", "credits-checked-by", "credits-full-version"}
    assert {ident for part, ident in spoken if part == "back-cover.xhtml"} == {
        "back-cover", "back-cover-1", "back-cover-2", "back-cover-3",
        "back-cover-other-formats"}
    # Every row of the book is in an overlay.
    rows = {(name, ident) for name, text in files.items() if name.endswith(".xhtml")
            for ident in re.findall(r'id="(row-\d+)"', text)}
    assert rows and rows <= spoken


def test_without_audio_the_end_pages_have_no_read_aloud_ids(tmp_path: Path) -> None:
    data = easyread.render_bytes(easyread.load(_write(tmp_path)), "epub")
    with zipfile.ZipFile(io.BytesIO(data)) as book:
        text = b"".join(book.read(name) for name in book.namelist()
                        if name.endswith(("cover.xhtml", "credits.xhtml")))
    assert b"Mill Lane" in text
    assert b'id="credits-' not in text and b'id="back-cover-' not in text
    assert b'id="cover-' not in text
