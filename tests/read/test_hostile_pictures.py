"""Hostile or broken picture files are refused with a clear error, quickly and safely."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from easyread.errors import SourceError
from easyread.model import iter_rows
from easyread.pictures.render import PictureRenderer
from easyread.read import parse

HEAD = "---\ntitle: T\n---\n\n"


def use(folder: Path, name: str) -> str:
    return HEAD + f"![a picture]({name}) Hello.\n"


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ('<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
         '<svg xmlns="http://www.w3.org/2000/svg"><text>&x;</text></svg>', "entities"),
        ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY a "aaaaaaaaaa">'
         '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><svg xmlns="http://www.w3.org/2000/svg">'
         "<text>&b;</text></svg>", "entities"),
        ('<svg xmlns="http://www.w3.org/2000/svg"><rect width="4" height="4"', "broken"),
        ('<?xml version="1.0"?><html><body/></html>', "not an SVG"),
    ],
)
def test_bad_svg_is_refused(tmp_path: Path, content: str, words: str) -> None:
    (tmp_path / "bad.svg").write_text(content)
    with pytest.raises(SourceError) as caught:
        parse(use(tmp_path, "bad.svg"), base_dir=tmp_path, source="b.md")
    assert words in caught.value.message and "bad.svg" in caught.value.message
    assert caught.value.loc.line == 5


def test_svg_links_to_files_and_web_are_removed_before_drawing(tmp_path: Path) -> None:
    secret = tmp_path / "secret.png"
    Image.new("RGB", (4, 4), "red").save(secret)
    (tmp_path / "sly.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
        'viewBox="0 0 10 10" onload="alert(1)"><script>alert(2)</script>'
        f'<image xlink:href="file://{secret}" width="10" height="10"/>'
        '<image href="https://example.org/x.png" width="10" height="10"/>'
        '<rect width="5" height="5" style="fill:url(https://example.org/p)"/></svg>'
    )
    doc = parse(use(tmp_path, "sly.svg"), base_dir=tmp_path)
    picture = next(iter_rows(doc)).picture
    assert picture is not None
    cleaned = PictureRenderer().svg(picture)
    assert cleaned is not None
    for bad in (b"script", b"onload", b"file://", b"https://"):
        assert bad not in cleaned
    assert PictureRenderer().png(picture, 50).startswith(b"\x89PNG")


def test_truncated_png_is_refused(tmp_path: Path) -> None:
    Image.new("RGB", (200, 200), "blue").save(tmp_path / "whole.png")
    data = (tmp_path / "whole.png").read_bytes()
    (tmp_path / "cut.png").write_bytes(data[: len(data) // 2])
    with pytest.raises(SourceError, match="damaged or cut short"):
        parse(use(tmp_path, "cut.png"), base_dir=tmp_path)


def test_decompression_bomb_is_refused(tmp_path: Path) -> None:
    Image.new("1", (9000, 9000)).save(tmp_path / "bomb.png")  # 81 megapixels, a few KB on disk
    with pytest.raises(SourceError, match="too big"):
        parse(use(tmp_path, "bomb.png"), base_dir=tmp_path)


def test_symlink_out_of_the_folder_is_refused(tmp_path: Path, tmp_path_factory) -> None:
    outside = tmp_path_factory.mktemp("outside") / "x.png"
    Image.new("RGB", (4, 4)).save(outside)
    (tmp_path / "link.png").symlink_to(outside)
    with pytest.raises(SourceError, match="outside"):
        parse(use(tmp_path, "link.png"), base_dir=tmp_path)


def test_huge_photo_is_scaled_down_for_writers(tmp_path: Path) -> None:
    Image.new("RGB", (4000, 3000), "green").save(tmp_path / "big.jpg", quality=60)
    picture = next(iter_rows(parse(use(tmp_path, "big.jpg"), base_dir=tmp_path))).picture
    assert picture is not None
    png = PictureRenderer().png(picture, 400)
    from io import BytesIO

    with Image.open(BytesIO(png)) as image:
        assert image.size == (400, 300)


def test_svg_pngs_are_cached_on_disk_and_reused(tmp_path: Path) -> None:
    (tmp_path / "dot.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle cx="5" cy="5" '
        'r="4" fill="#236"/></svg>')
    picture = next(iter_rows(parse(use(tmp_path, "dot.svg"), base_dir=tmp_path))).picture
    assert picture is not None
    cache = tmp_path / "cache"
    first = PictureRenderer(cache_dir=cache).png(picture, 120)
    (stored,) = cache.glob("*.png")
    assert stored.read_bytes() == first
    stored.write_bytes(b"a cached copy")  # a second build reads the cache, not resvg
    assert PictureRenderer(cache_dir=cache).png(picture, 120) == b"a cached copy"
    assert PictureRenderer(cache_dir=cache).png(picture, 121) != b"a cached copy"


def test_unwritable_cache_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "dot.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="9" '
        'height="9"/></svg>')
    picture = next(iter_rows(parse(use(tmp_path, "dot.svg"), base_dir=tmp_path))).picture
    assert picture is not None
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    assert PictureRenderer(cache_dir=blocker / "png").png(picture, 40).startswith(b"\x89PNG")
