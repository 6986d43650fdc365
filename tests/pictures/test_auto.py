"""`--auto-pictures`: the pure Document -> Document step, and the real command line."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from easyread.errors import Level
from easyread.model import Box, ListBlock, iter_rows
from easyread.pictures.auto import MIN_SCORE, auto_pictures
from easyread.pictures.library import PictureLibrary
from easyread.read import parse

ROOT = Path(__file__).resolve().parents[2]

SOURCE = """\
---
title: Moving to a new flat
---

# Your new home

:house-with-garden: This booklet is about moving house.

The doctor will check your health.
That is what they are there for, so do not worry about it.

This is for you.

It was very good.

- Pay the rent on the first day of the month.
- Our phone number is 0161 496 0000.

> Never give your bank card to a stranger.
"""


def _doc(tmp_path: Path):
    # These rows were measured with the emoji pictures; Mulberry's are measured in
    # benchmarks/pictures_accuracy.py (the matcher is retuned for them in the next issue).
    return parse(SOURCE, base_dir=tmp_path, source=tmp_path / "flat.md", picture_set="openmoji")


def test_fills_only_rows_without_pictures(tmp_path: Path) -> None:
    doc = _doc(tmp_path)
    new, choices = auto_pictures(doc)
    rows = list(iter_rows(new))
    # The row that had a picture keeps it; "This is for you." has nothing to show.
    assert rows[0].picture is not None and rows[0].picture.name == "house-with-garden"
    by_text = {row.lines[0].text: row for row in rows}
    assert by_text["This is for you."].picture is None
    assert by_text["It was very good."].picture is None  # a weak match, under MIN_SCORE
    assert by_text["The doctor will check your health."].picture.name == "doctor"
    placed = [c for c in choices if c.name]
    assert [c.loc.line for c in placed] == [9, 17]
    assert all(c.score >= MIN_SCORE for c in placed)
    # Every row without a picture is listed: the ones left empty with name None. "Pay the
    # rent" is close between pay and home, "your bank card to a stranger" between pay and
    # danger: no clear lead, so a person chooses.
    assert [c.loc.line for c in choices if c.name is None] == [12, 14, 16, 19]
    # Rows inside lists and boxes are filled too, and the tree keeps its shape.
    blocks = new.sections[0].blocks
    assert isinstance(blocks[-2], ListBlock) and blocks[-2].items[1].picture is not None
    assert isinstance(blocks[-1], Box)


def test_picture_comes_from_the_library_and_sits_at_the_row(tmp_path: Path) -> None:
    doc = _doc(tmp_path)
    new, choices = auto_pictures(doc)
    library = PictureLibrary(picture_set="openmoji")
    for choice in (c for c in choices if c.name):
        row = next(r for r in iter_rows(new) if r.loc == choice.loc)
        picture, entry = row.picture, library.resolve(choice.name)
        assert picture.loc == row.loc
        assert (picture.name, picture.path, picture.alt) == (entry.name, entry.path, entry.alt)
        assert picture.credit == entry.credit and picture.credit.licence
        assert choice.name not in choice.others and len(choice.others) <= 2


def test_is_pure_and_returns_the_same_document_when_nothing_fits(tmp_path: Path) -> None:
    doc = _doc(tmp_path)
    before = list(iter_rows(doc))
    auto_pictures(doc)
    assert list(iter_rows(doc)) == before  # the input is untouched
    same, choices = auto_pictures(doc, min_score=10_000)
    assert same is doc and choices and all(c.name is None for c in choices)


def test_threshold_decides(tmp_path: Path) -> None:
    doc = _doc(tmp_path)
    _, everything = auto_pictures(doc, min_score=0.0, min_lead=0.0)
    _, default = auto_pictures(doc)
    assert sum(bool(c.name) for c in everything) > sum(bool(c.name) for c in default)
    placed = sum(bool(c.name) for c in default)
    _, high_score = auto_pictures(doc, min_score=4.0)
    assert sum(bool(c.name) for c in high_score) < placed
    # At one lead, a lower score places more ("Pay the rent" scores under MIN_SCORE).
    _, loose_lead = auto_pictures(doc, min_lead=0.35)
    _, lower_score = auto_pictures(doc, min_score=0.5, min_lead=0.35)
    assert sum(bool(c.name) for c in lower_score) > sum(bool(c.name) for c in loose_lead)
    _, clear_lead = auto_pictures(doc, min_score=0.5, min_lead=0.9)
    assert sum(bool(c.name) for c in clear_lead) < sum(bool(c.name) for c in lower_score)


def test_own_pictures_are_used(tmp_path: Path) -> None:
    folder = tmp_path / "ours"
    folder.mkdir()
    (folder / "day-centre.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" '
        'height="10"/></svg>', encoding="utf-8")
    text = "---\ntitle: Day centre\npictures: [ours]\n---\n\nThis is our day centre.\n"
    doc = parse(text, base_dir=tmp_path, source=tmp_path / "day.md")
    new, choices = auto_pictures(doc)
    picture = next(iter_rows(new)).picture
    assert choices[0].name == "day-centre"
    assert picture.path == folder / "day-centre.svg"
    assert picture.alt == "day centre"  # no index: the name is the best text we have


def test_message_names_the_place_the_picture_and_the_others(tmp_path: Path) -> None:
    _, choices = auto_pictures(_doc(tmp_path))
    diagnostic = choices[0].diagnostic()
    assert diagnostic.level is Level.INFO
    text = str(diagnostic)
    assert text.startswith(f"{tmp_path / 'flat.md'}:9:1: info: picked :doctor: for \"The doctor")
    assert re.search(r"\(other choices: :[a-z-]+:, :[a-z-]+:\)$", text)
    long_row = next(c for c in choices if c.loc.line == 9)
    assert "\u2026" in str(long_row.diagnostic())  # long rows are shortened
    gap = next(c for c in choices if c.loc.line == 14)
    assert re.search(r':14:1: info: no picture fits "It was very good\." \(closest: :[a-z-]+:'
                     r'(, :[a-z-]+:)*\)$', str(gap.diagnostic()))
    nothing = next(c for c in choices if c.loc.line == 12)
    assert str(nothing.diagnostic()).endswith('no picture fits "This is for you." (closest: none)')


def test_build_command_line(tmp_path: Path) -> None:
    source = tmp_path / "flat.md"
    source.write_text(SOURCE, encoding="utf-8")
    out = tmp_path / "out"
    command = [sys.executable, "-m", "easyread", "build", str(source), "-f", "html",
               "-o", str(out), "--picture-set", "openmoji", "--auto-pictures"]
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=False)
    assert done.returncode == 0, done.stderr
    picked = [line for line in done.stderr.splitlines() if ": info: picked :" in line]
    assert len(picked) == 2
    left = [line for line in done.stderr.splitlines() if ": info: no picture fits " in line]
    assert [re.search(r"flat\.md:(\d+):1: ", line).group(1) for line in left] == [
        "12", "14", "16", "19"]
    pattern = re.compile(r'^.+flat\.md:(\d+):1: info: picked :([a-z0-9-]+): for "(.+)"'
                         r"( \(other choices: :[a-z0-9-]+:(, :[a-z0-9-]+:)?\))?$")
    lines = [int(pattern.match(line).group(1)) for line in picked]
    assert lines == [9, 17]
    html = (out / "flat.html").read_text(encoding="utf-8")
    assert html.count("<img") >= 3  # the one written in the source and the two picked

    # Without the flag nothing is picked.
    plain = subprocess.run(command[:-1], capture_output=True, text=True, cwd=ROOT, check=False)
    assert plain.returncode == 0 and "picked" not in plain.stderr
    assert (out / "flat.html").read_text(encoding="utf-8").count("<img") < html.count("<img")
