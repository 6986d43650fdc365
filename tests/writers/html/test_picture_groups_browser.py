"""Picture groups in Chromium: axe finds nothing, nothing overflows on a phone, and the
pictures stand 3 to a line on a computer and 2 to a line on a 375 px phone."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import easyread
from easyread.writers import render_bytes
from tests.writers.html.test_html_browser import FRAME, _axe, _dump, _page, framed
from tests.writers.test_picture_groups import TEXT

# Where each member of a group sits, and its picture's width.
PROBE = """
    const tops = [...d.querySelectorAll('ul.group > li')]
      .map(li => Math.round(li.getBoundingClientRect().top));
    const img = d.querySelector('ul.group img').getBoundingClientRect();
    result = {tops: tops, picture: img.width, width: f.contentWindow.innerWidth};"""


@pytest.fixture(scope="module")
def page_text() -> str:
    return render_bytes(easyread.parse(TEXT), "html").decode("utf-8")


def test_axe_finds_nothing_in_picture_groups(
        tmp_path: Path, page_text: str, chromium: str, axe_js: str) -> None:
    result = _axe(chromium, axe_js, tmp_path, page_text)
    assert result["violations"] == []
    assert result["incomplete"] == []


@pytest.mark.parametrize(("width", "lines"), [(1280, 1), (375, 2)])
def test_pictures_stand_side_by_side_and_wrap_on_a_phone(
        tmp_path: Path, page_text: str, chromium: str, width: int, lines: int) -> None:
    _page(tmp_path, page_text.encode())
    frame = tmp_path / "frame.html"
    frame.write_text(framed(PROBE, width), encoding="utf-8")
    result = _dump(chromium, frame, "1300,900")
    assert result["width"] == width
    assert len(set(result["tops"])) == lines  # 3 pictures: all on one line, or 2 and 1
    assert result["picture"] >= 64  # big enough to make out, even on a phone


@pytest.mark.parametrize("width", [320, 375])
def test_groups_never_overflow_a_phone(
        tmp_path: Path, page_text: str, chromium: str, width: int) -> None:
    _page(tmp_path, page_text.encode())
    frame = tmp_path / "frame.html"
    frame.write_text(FRAME.format(page="booklet.html", width=width, extra=json.dumps("")),
                     encoding="utf-8")
    result = _dump(chromium, frame)
    assert result["scrollWidth"] <= width
    assert result["wide"] == []
