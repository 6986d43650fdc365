"""The bundled picture library: required names, index entries, SVG safety, user folders."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from easyread.pictures.library import PictureLibrary, bundled_dir

REQUIRED = """
person people group family friend carer child baby man woman older-person doctor nurse hospital
ambulance medicine pill injection vaccine dentist pharmacy wheelchair pain sick mental-health
brain heart test virus mask wash-hands talk listen phone email letter computer website video-call
 meeting question answer idea think help support learn read write choose vote pay money work
share visit wait stop walk bus train car home school shop world map building calendar clock yes
no important warning information safe danger law police rights equal together team leader power
change improve plan report book data star thank-you happy sad angry worried scared food drink
water sleep contact
""".split()  # noqa: SIM905 - the list from the issue, as text

UNSAFE = re.compile(r"<script|<foreignObject|href|\son[a-z]+\s*=|javascript:|<!ENTITY|<style",
                    re.IGNORECASE)


@pytest.fixture(scope="module")
def library() -> PictureLibrary:
    return PictureLibrary()


@pytest.fixture(scope="module")
def index() -> dict:
    return json.loads((bundled_dir() / "index.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", REQUIRED)
def test_required_name_resolves(library: PictureLibrary, name: str) -> None:
    picture = library.resolve(name)
    assert picture is not None, name
    assert name == picture.name or name in picture.aliases


def test_at_least_400_curated_pictures(index: dict) -> None:
    assert len(index["pictures"]) >= 400


def test_every_entry_is_complete(index: dict) -> None:
    for item in index["pictures"]:
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", item["name"]), item["name"]
        assert item["alt"].strip(), item["name"]
        assert item["alt"][0].isupper(), item["name"]
        assert item["set"] in index["sets"], item["name"]
        assert item["source_id"], item["name"]
        assert (bundled_dir() / item["file"]).is_file(), item["file"]
    for key, info in index["sets"].items():
        assert info["licence"], key
        assert info["url"].startswith("https://"), key
        assert (bundled_dir() / info["licence_file"]).is_file(), key


def test_licences_and_credit_text(library: PictureLibrary, index: dict) -> None:
    sets = {info["name"]: info for info in index["sets"].values()}
    assert sets["OpenMoji"]["licence"] == "CC BY-SA 4.0"
    assert sets["OpenMoji"]["attribution"] == (
        "All emojis designed by OpenMoji \u2013 the open-source emoji and icon project. "
        "License: CC BY-SA 4.0")
    assert sets["Health Icons"]["licence"] == "MIT"
    for picture in library.pictures:
        assert picture.credit is not None, picture.name
        assert picture.credit.licence, picture.name


def test_no_name_or_alias_is_used_twice_in_a_set(index: dict) -> None:
    seen: dict[tuple[str, str], str] = {}
    for item in index["pictures"]:
        for word in [item["name"], *item["aliases"]]:
            key = (item["set"], word)
            assert key not in seen, f"{key} is used by {seen.get(key)} and {item['name']}"
            seen[key] = item["name"]


def test_svgs_are_sanitised_and_small(index: dict) -> None:
    total = 0
    for item in index["pictures"]:
        text = (bundled_dir() / item["file"]).read_text(encoding="utf-8")
        total += len(text)
        assert text.startswith("<svg "), item["file"]
        assert "viewBox=" in text, item["file"]
        assert not UNSAFE.search(text), item["file"]
        # Country maps and flags are the biggest (up to 350 KB); numbers keep 1 decimal in
        # Mulberry's 850-unit drawings, which draws them the same at any size we print.
        assert len(text) < 400_000, item["file"]
    assert total < 32_000_000


def test_every_svg_renders(index: dict) -> None:
    import resvg_py

    for item in index["pictures"]:
        svg = (bundled_dir() / item["file"]).read_text(encoding="utf-8")
        png = bytes(resvg_py.svg_to_bytes(svg_string=svg, width=32, height=32))
        assert png.startswith(b"\x89PNG"), item["file"]


def test_resolve_by_name_then_alias_then_keyword(library: PictureLibrary) -> None:
    assert library.resolve("doctor").name == "doctor"
    assert library.resolve("GP").name == "doctor"  # an alias, any case
    assert library.resolve("consultant").name == "doctor"  # a keyword
    assert library.resolve("no-such-picture-here") is None


def test_nearest_gives_hints(library: PictureLibrary) -> None:
    assert "doctor" in library.nearest("docter")
    assert "hospital" in library.nearest("hospitl")


def _svg(colour: str) -> str:
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">'
            f'<rect width="10" height="10" fill="{colour}"/></svg>')


def test_user_folder_wins_over_bundled(tmp_path: Path) -> None:
    (tmp_path / "Doctor.svg").write_text(_svg("red"), encoding="utf-8")
    (tmp_path / "our_office.png").write_bytes(b"not really a png")
    library = PictureLibrary([tmp_path])
    assert library.resolve("doctor").path == tmp_path / "Doctor.svg"
    assert library.resolve("our-office").format == "png"
    assert library.resolve("nurse").path.is_relative_to(bundled_dir())


def test_user_index_gives_alt_and_licence(tmp_path: Path) -> None:
    (tmp_path / "team-photo.jpg").write_bytes(b"jpeg")
    (tmp_path / "index.json").write_text(json.dumps({"pictures": [{
        "name": "our-team", "file": "team-photo.jpg", "alt": "Our team at the office",
        "aliases": ["staff-photo"], "licence": "CC BY 4.0", "source": "Our charity",
    }]}), encoding="utf-8")
    picture = PictureLibrary([tmp_path]).resolve("staff-photo")
    assert picture is not None
    assert picture.name == "our-team"
    assert picture.alt == "Our team at the office"
    assert picture.credit is not None
    assert (picture.credit.source, picture.credit.licence) == ("Our charity", "CC BY 4.0")
