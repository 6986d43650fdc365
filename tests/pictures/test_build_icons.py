"""The icon build script: hash checks and SVG sanitising (no network needed)."""

from __future__ import annotations

import base64
import hashlib
import importlib.util
import sys
from pathlib import Path

import pytest

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"


@pytest.fixture(scope="module")
def build():
    sys.path.insert(0, str(SCRIPTS))
    try:
        spec = importlib.util.spec_from_file_location("build_icons", SCRIPTS / "build_icons.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules["build_icons"] = module  # dataclasses look their module up here
        spec.loader.exec_module(module)
        yield module
    finally:
        sys.modules.pop("build_icons", None)
        sys.path.remove(str(SCRIPTS))


def _integrity(data: bytes) -> str:
    return "sha512-" + base64.b64encode(hashlib.sha512(data).digest()).decode()


def test_good_hash_passes(build) -> None:
    build.verify_integrity(b"tarball bytes", _integrity(b"tarball bytes"))


def test_wrong_hash_fails(build) -> None:
    with pytest.raises(build.IntegrityError, match="mismatch"):
        build.verify_integrity(b"tarball bytes", _integrity(b"other bytes"))


@pytest.mark.parametrize("bad", ["sha1-abc", "sha512-", "nonsense"])
def test_unsupported_hash_fails(build, bad: str) -> None:
    with pytest.raises(build.IntegrityError):
        build.verify_integrity(b"x", bad)


def test_cached_tarball_is_checked_too(build, tmp_path: Path) -> None:
    pin = build.Pin("openmoji", "17.0.0", _integrity(b"the real thing"))
    (tmp_path / "openmoji-17.0.0.tgz").write_bytes(b"something else")
    with pytest.raises(build.IntegrityError):
        build.fetch_tarball(pin, tmp_path)


def test_pins_are_sha512(build) -> None:
    for pin in build.PINS.values():
        assert pin.integrity.startswith("sha512-")
        assert pin.version[0].isdigit()


def test_sanitise_removes_scripts_links_and_unknown_parts(build) -> None:
    dirty = (
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
        'width="48" height="48" onload="alert(1)">'
        '<script>alert(1)</script><metadata>x</metadata>'
        '<a href="https://example.org"><rect width="4" height="4"/></a>'
        '<image xlink:href="https://example.org/x.png"/>'
        '<g id="unused"><path d="M0.123456,1.98765L2,2" fill="currentColor" '
        'stroke="none" stroke-width="3"/></g><path d="M1 1" style="fill:url(https://evil)"/>'
        '<rect fill="url(https://example.org/p)" width="1" height="1"/></svg>'
    )
    clean = build.sanitise_svg(dirty)
    for bad in ("script", "href", "onload", "metadata", "image", "style", "example.org",
                'id="unused"', "stroke-width"):
        assert bad not in clean
    assert 'viewBox="0 0 48 48"' in clean
    assert 'd="M.123,1.988L2,2"' in clean
    assert 'fill="#000000"' in clean


def test_css_classes_and_styles_become_attributes(build) -> None:
    # Some Mulberry symbols colour their shapes with a style sheet; the library draws no CSS.
    text = ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><style>.a,.b{fill:#fb3}'
            '.c{fill:none;stroke:#231f20;stroke-width:14}</style><path class="a" d="M0 0h9"/>'
            '<path class="c" style="stroke:#fff" fill="#000" d="M1 1"/></svg>')
    clean = build.sanitise_svg(text)
    assert '<path d="M0 0h9" fill="#fb3"/>' in clean
    assert 'fill="none"' in clean and 'stroke="#fff"' in clean and 'stroke-width="14"' in clean
    assert "style" not in clean and "class" not in clean


def test_fit_viewbox_frames_the_drawing(build) -> None:
    import icon_svg

    text = ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">'
            '<rect x="40" y="20" width="20" height="60" fill="#000"/></svg>')
    fitted = icon_svg.fit_viewbox(text, margin=0)
    x, y, width, height = (float(v) for v in fitted.split('viewBox="')[1].split('"')[0].split())
    assert width == height == pytest.approx(60, abs=0.5)
    assert (x, y) == (pytest.approx(20, abs=0.5), pytest.approx(20, abs=0.5))


def test_mulberry_names_and_alt_text(build) -> None:
    import icon_mulberry as mb

    assert mb.gerund("run") == "running" and mb.gerund("make") == "making"
    assert mb.gerund("visit") == "visiting" and mb.gerund("tie") == "tying"
    assert mb.gerund("open") == "opening" and mb.gerund("shop") == "shopping"
    assert mb.slug("St. Kitts and Nevis") == "st-kitts-and-nevis"
    assert mb.variant_label("2b", {"1", "2"}) == "woman-darker-skin"
    assert mb.variant_label("1a", {"1"}) == "lighter-skin"


def test_short_numbers_keep_numbers_apart(build) -> None:
    assert build.short_numbers("5.0.3") == "5 .3"
    assert build.short_numbers("a4.1686,4.1686,0,1,0,.0005,0") == "a4.169,4.169,0,1,0,.001,0"
    assert build.short_numbers("-0.25-0.5") == "-.25-.5"


def test_allowlist_entries_are_well_formed(build) -> None:
    names = set()
    for name, source, alt, _aliases, _keywords in build.ENTRIES:
        assert name not in names
        names.add(name)
        assert {"om": "openmoji", "hi": "healthicons"}[source.split(":", 1)[0]] in build.PINS
        assert alt
        assert alt[0].isupper()
