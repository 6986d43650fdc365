"""A phone photo stored sideways with an EXIF orientation tag comes out upright in every format
(PDF, DOCX, HTML and EPUB).

The photo is stored 160 x 80 pixels, red on its left half and blue on its right, with
orientation 6 ("turn 90 degrees clockwise to view"). Upright it is 80 x 160: red on top.
"""

from __future__ import annotations

import base64
import io
import re
import subprocess
import zipfile
from pathlib import Path

import pytest
from PIL import Image

import easyread
from easyread.model import Document
from tests.conftest import require_tool

RED, BLUE = (230, 20, 20), (20, 20, 230)
TEXT = """---
title: Our walk
---

# The walk

![A tall tree in the park](photo.jpg) We saw a tall tree.
"""


def _sideways_photo(path: Path) -> None:
    image = Image.new("RGB", (160, 80), RED)
    image.paste(BLUE, (80, 0, 160, 80))
    exif = Image.Exif()
    exif[0x0112] = 6
    image.save(path, quality=95, exif=exif.tobytes())


@pytest.fixture
def doc(tmp_path: Path) -> Document:
    _sideways_photo(tmp_path / "photo.jpg")
    (tmp_path / "walk.md").write_text(TEXT, encoding="utf-8")
    return easyread.parse(TEXT, base_dir=tmp_path, source=tmp_path / "walk.md")


def _colour_mask(image: Image.Image, colour: tuple[int, int, int]) -> Image.Image:
    """White where `image` is close to `colour`."""
    rgb = image.convert("RGB")
    bands = [band.point(lambda v, want=want: 255 if abs(v - want) < 60 else 0)
             for band, want in zip(rgb.split(), colour, strict=True)]
    mask = bands[0]
    for band in bands[1:]:
        mask = Image.composite(band, Image.new("L", mask.size, 0), mask)
    return mask


def _has(image: Image.Image, colour: tuple[int, int, int]) -> bool:
    return _colour_mask(image, colour).getbbox() is not None


def _colour_box(image: Image.Image, colour: tuple[int, int, int]) -> tuple[int, int, int, int]:
    """The bounding box of the pixels close to `colour`."""
    box = _colour_mask(image, colour).getbbox()
    assert box is not None, f"no {colour} pixels"
    return box


def _assert_upright(image: Image.Image) -> None:
    red, blue = _colour_box(image, RED), _colour_box(image, BLUE)
    left, top = min(red[0], blue[0]), min(red[1], blue[1])
    right, bottom = max(red[2], blue[2]), max(red[3], blue[3])
    assert bottom - top > 1.5 * (right - left), "the photo is on its side"
    assert red[3] <= blue[1] + 2, "the photo is upside down"


def test_the_pdf_shows_the_photo_upright(doc: Document, tmp_path: Path) -> None:
    pdftoppm = require_tool("pdftoppm")
    pdf = tmp_path / "walk.pdf"
    pdf.write_bytes(easyread.render_bytes(doc, "pdf"))
    subprocess.run([pdftoppm, "-r", "40", "-png", str(pdf), str(tmp_path / "page")],
                   check=True)
    pages = [Image.open(page).convert("RGB") for page in sorted(tmp_path.glob("page*.png"))]
    with_photo = [page for page in pages if _has(page, RED)]
    assert len(with_photo) == 1
    _assert_upright(with_photo[0])


def test_the_docx_holds_the_photo_upright(doc: Document) -> None:
    with zipfile.ZipFile(io.BytesIO(easyread.render_bytes(doc, "docx"))) as package:
        media = [name for name in package.namelist() if name.startswith("word/media/")]
        assert len(media) == 1
        with Image.open(io.BytesIO(package.read(media[0]))) as image:
            _assert_upright(image)
        body = package.read("word/document.xml").decode()
    extent = re.search(r'<wp:extent cx="(\d+)" cy="(\d+)"/>', body)
    assert extent is not None and int(extent.group(2)) > int(extent.group(1))


def test_the_html_shows_the_photo_upright(doc: Document) -> None:
    html = easyread.render_bytes(doc, "html").decode()
    found = re.search(r'<img src="data:image/png;base64,([^"]+)" alt="A tall tree', html)
    assert found is not None
    with Image.open(io.BytesIO(base64.b64decode(found.group(1)))) as image:
        _assert_upright(image)


def test_the_epub_holds_the_photo_upright(doc: Document) -> None:
    with zipfile.ZipFile(io.BytesIO(easyread.render_bytes(doc, "epub"))) as package:
        images = [name for name in package.namelist() if name.startswith("EPUB/images/")]
        assert len(images) == 1
        with Image.open(io.BytesIO(package.read(images[0]))) as image:
            _assert_upright(image)


def test_a_photo_without_orientation_is_left_as_it_is(tmp_path: Path) -> None:
    from easyread.pictures.render import upright

    image = Image.new("RGB", (160, 80), RED)
    assert upright(image) is image
