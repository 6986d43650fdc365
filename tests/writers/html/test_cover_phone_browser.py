"""The web page's cover on a phone: with big text, the "Easy read" label and the subtitle
shrink with the title and are never bigger than it (headless Chromium)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import easyread
from easyread.writers import render_bytes
from tests.writers.html.test_html_browser import _dump, _page, framed

SOURCE = """---
title: Getting ready for your visit to the hospital and what happens on the big day
subtitle: A guide for people who come to the outpatient clinic
style:
  font_size: {size}
---

# About this booklet

:book: This booklet tells you about your visit.
"""

# The cover's text sizes on a screen `width` px wide.
FRAME = """
    const size = q => parseFloat(getComputedStyle(d.querySelector(q)).fontSize);
    result = {width: f.contentWindow.innerWidth, label: size('.cover .easy-read'),
              title: size('.cover h1'), subtitle: size('.cover .subtitle')};"""


def _sizes(tmp_path: Path, size: int, width: int, chromium: str) -> Any:
    _page(tmp_path, render_bytes(easyread.parse(SOURCE.format(size=size)), "html"))
    frame = tmp_path / "frame.html"
    frame.write_text(framed(FRAME, width), encoding="utf-8")
    result = _dump(chromium, frame)
    assert result["width"] == width
    return result


@pytest.mark.parametrize("size", [16, 28])
def test_on_a_phone_nothing_on_the_cover_is_bigger_than_the_title(
    tmp_path: Path, chromium: str, size: int
) -> None:
    found = _sizes(tmp_path, size, 375, chromium)
    assert found["subtitle"] <= found["title"]
    assert found["label"] <= found["title"]


def test_on_a_wide_screen_the_cover_keeps_its_sizes(tmp_path: Path, chromium: str) -> None:
    found = _sizes(tmp_path, 28, 1600, chromium)
    assert found["title"] == pytest.approx(70 * 4 / 3, abs=0.01)  # 2.5 times 28 pt, in px
    assert found["subtitle"] == pytest.approx(1.375 * 28 * 4 / 3, abs=0.01)
