"""Pictures on a phone: in headless Chromium every row's picture is at least 64 px wide."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from easyread.model import Document
from tests.writers.html.test_html_browser import _dump, _page, framed

# For each picture: where it is, its box on the screen, and the box of its visible drawing
# (the pixels that are not see-through), found by drawing it on a canvas at the same size.
FRAME = """
    const found = [...d.querySelectorAll('.pic img')].map(img => {
      const box = img.getBoundingClientRect();
      const c = document.createElement('canvas');
      c.width = Math.round(box.width); c.height = Math.round(box.height);
      const g = c.getContext('2d'); g.drawImage(img, 0, 0, c.width, c.height);
      const px = g.getImageData(0, 0, c.width, c.height).data;
      let left = c.width, right = -1, top = c.height, bottom = -1;
      for (let y = 0; y < c.height; y++) for (let x = 0; x < c.width; x++)
        if (px[(y * c.width + x) * 4 + 3] > 128) {
          left = Math.min(left, x); right = Math.max(right, x);
          top = Math.min(top, y); bottom = Math.max(bottom, y); }
      return {alt: img.alt, width: box.width, height: box.height,
               drawn: Math.max(right - left + 1, bottom - top + 1)};
    });
    result = {width: f.contentWindow.innerWidth, pictures: found};"""


def _measure(tmp_path: Path, page: bytes, width: int, chromium: str) -> Any:
    _page(tmp_path, page)
    frame = tmp_path / "frame.html"
    frame.write_text(framed(FRAME, width), encoding="utf-8")
    result = _dump(chromium, frame)
    assert result["width"] == width
    return result["pictures"]


@pytest.mark.parametrize("width", [375, 260])
def test_every_picture_is_at_least_64_px_on_a_phone(
    tmp_path: Path, sample_doc: Document, mk: Any, chromium: str, width: int
) -> None:
    pictures = _measure(tmp_path, mk.render(sample_doc), width, chromium)
    # Rows, a heading's picture, a list item and a row in a box: every kind of place.
    assert len(pictures) == 7
    for picture in pictures:
        assert picture["width"] >= 64, json.dumps(picture)
        assert picture["drawn"] >= 0.5 * picture["width"], json.dumps(picture)
