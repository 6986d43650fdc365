"""The Mulberry sources for the core names: the core mapping and our Mulberry-style pictures."""

from __future__ import annotations

import csv
import importlib.util
import io
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest
from PIL import Image

from tests.pictures.test_library import REQUIRED, UNSAFE

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ROOT / "pictures-src"
EXTRA = SOURCES / "mulberry-extra"
SVG_NS = "{http://www.w3.org/2000/svg}"
# Mulberry's body-part symbols meant for sex education (SOURCE.md): never used here.
RATED = {"chest_female", "chest_male", "female_body", "male_body", "penis", "vagina"}


def _script(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
    finally:
        sys.modules.pop(name, None)
    return module


@pytest.fixture(scope="module")
def build_icons() -> ModuleType:
    return _script("build_icons")


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


@pytest.fixture(scope="module")
def core() -> dict[str, str]:
    rows = _rows(SOURCES / "mulberry-core.tsv")
    assert list(rows[0]) == ["name", "mulberry_file"]
    mapping = {row["name"]: row["mulberry_file"] for row in rows}
    assert len(mapping) == len(rows), "a core name is listed twice"
    return mapping


@pytest.fixture(scope="module")
def extras() -> dict[str, dict[str, str]]:
    rows = _rows(EXTRA / "index.tsv")
    assert list(rows[0]) == ["name", "alt", "aliases", "keywords", "based_on"]
    return {row["name"]: row for row in rows}


def test_core_mapping_covers_every_core_name(core: dict[str, str]) -> None:
    assert sorted(core) == sorted(REQUIRED)


def test_core_mapping_names_mulberry_files(core: dict[str, str]) -> None:
    for name, file in core.items():
        if file:
            assert re.fullmatch(r"[\w,.()'-]+\.svg", file), (name, file)
            assert file.removesuffix(".svg") not in RATED, name


def test_drawn_core_names_are_exactly_the_extras(core: dict[str, str],
                                                 extras: dict[str, dict[str, str]]) -> None:
    drawn = {name for name, file in core.items() if not file}
    assert drawn == set(extras)
    assert {path.stem for path in EXTRA.glob("*.svg")} == set(extras)


def test_every_extra_is_described(extras: dict[str, dict[str, str]]) -> None:
    seen: dict[str, str] = {}
    for name, row in extras.items():
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", name), name
        alt = row["alt"]
        assert alt.strip() == alt and alt[0].isupper() and not alt.endswith("."), name
        assert row["keywords"].split(), name
        assert row["based_on"] == "drawn" or all(
            part.endswith(("_,_to", "_to")) or re.fullmatch(r"[\w,'-]+", part)
            for part in row["based_on"].split()), name
        for word in [name, *row["aliases"].split()]:
            assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", word), word
            assert word not in seen, f"{word} is used by {seen.get(word)} and {name}"
            seen[word] = name


@pytest.mark.parametrize("path", sorted(EXTRA.glob("*.svg")), ids=lambda path: path.stem)
def test_extra_is_a_plain_safe_svg(path: Path, build_icons: ModuleType) -> None:
    text = path.read_text(encoding="utf-8")
    assert not UNSAFE.search(text), path.name
    root = ET.fromstring(text)
    assert root.tag == f"{SVG_NS}svg" and root.get("viewBox") == "0 0 850 850"
    ids = set()
    for element in root.iter():
        tag = element.tag.removeprefix(SVG_NS)
        assert tag in build_icons.ELEMENTS, (path.name, tag)
        for name, value in element.attrib.items():
            assert name in build_icons.ATTRIBUTES, (path.name, tag, name)
            if "url(" in value:
                assert build_icons.LOCAL_URL.match(value), (path.name, value)
        if element.get("id"):
            ids.add(element.get("id"))
    assert set(re.findall(r"url\(#([\w.-]+)\)", text)) == ids, path.name
    # The sanitiser keeps every element: nothing the library build drops.
    kept = ET.fromstring(build_icons.sanitise_svg(text))
    assert sum(1 for _ in kept.iter()) == sum(1 for _ in root.iter()), path.name


@pytest.mark.parametrize("path", sorted(EXTRA.glob("*.svg")), ids=lambda path: path.stem)
def test_extra_draws_a_picture(path: Path) -> None:
    import resvg_py

    png = bytes(resvg_py.svg_to_bytes(svg_string=path.read_text(encoding="utf-8"), width=120))
    image = Image.open(io.BytesIO(png)).convert("RGBA")
    box = image.getchannel("A").point(lambda alpha: 255 if alpha > 128 else 0).getbbox()
    assert box is not None, path.name
    # A picture, not a speck: the drawing spans at least half the square one way.
    assert max(box[2] - box[0], box[3] - box[1]) >= 60, (path.name, box)
    # Whole: nothing runs off the square (a cut shape would show a straight edge).
    assert box[0] > 0 and box[1] > 0 and box[2] < 120 and box[3] < 120, (path.name, box)
    on_white = Image.alpha_composite(Image.new("RGBA", image.size, "white"), image)
    dark = sum(on_white.convert("L").histogram()[:60])
    assert dark > 100, f"{path.name} has no Mulberry-style outline"


def test_extras_match_their_script(tmp_path: Path) -> None:
    """The committed pictures are what scripts/mulberry_extras.py draws (where Mulberry is)."""
    script = _script("mulberry_extras")
    mulberry = script._default_mulberry()
    if not (mulberry / "EN").is_dir():
        pytest.skip("the Mulberry Symbols folder is not on this machine")
    script.write(mulberry, tmp_path)
    for path in EXTRA.iterdir():
        assert (tmp_path / path.name).read_bytes() == path.read_bytes(), path.name
