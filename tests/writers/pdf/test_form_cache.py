"""Converted SVG pictures are kept on disk, and a kept copy draws exactly what a fresh one does."""

from __future__ import annotations

from pathlib import Path

import pytest

from easyread.pictures.safety import clean_svg
from easyread.writers.pdf import vector_pictures as forms
from tests.writers.pdf.conftest import PICTURES, build, document, row, section


def _booklet_pdf() -> bytes:
    built = build(document(section(
        "Pictures",
        row("The sun is out today.", pic="sun.svg"),
        row("This is our house.", pic="house.svg"),
        row("The sun again, drawn from the same form.", pic="sun.svg"),
    )))
    assert not built.diagnostics
    return built.data


def _kept(folder: Path) -> list[Path]:
    return sorted((folder / "pdf-forms").glob("*.json"))


@pytest.fixture
def cache_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv("EASYREAD_NO_CACHE", raising=False)
    monkeypatch.setenv("EASYREAD_CACHE_DIR", str(tmp_path))
    return tmp_path


def test_a_kept_picture_gives_the_same_pdf_as_a_fresh_one(
    cache_root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = _booklet_pdf()
    assert len(_kept(cache_root)) == 2  # sun and house, each kept once
    second = _booklet_pdf()
    monkeypatch.setenv("EASYREAD_NO_CACHE", "1")
    uncached = _booklet_pdf()
    assert first == second == uncached


def test_a_kept_picture_is_used_without_converting_again(
    cache_root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = _booklet_pdf()

    def fail(svg: bytes, base_font: str) -> None:
        raise AssertionError("the kept copy should have been used")

    monkeypatch.setattr(forms, "svg_drawing", fail)
    assert _booklet_pdf() == expected


def test_a_damaged_kept_copy_is_converted_again(cache_root: Path) -> None:
    expected = _booklet_pdf()
    for path in _kept(cache_root):
        path.write_text('{"width": 10, "operators": [')
    assert _booklet_pdf() == expected


def test_a_kept_copy_with_other_operators_is_not_used(cache_root: Path) -> None:
    svg = clean_svg((PICTURES / "sun.svg").read_bytes())  # the SVG the writer is given
    _booklet_pdf()
    path = forms.cache_path(svg)
    assert path is not None and path in _kept(cache_root)
    assert forms.cached(path) is not None
    data = path.read_text().replace('"operators":["', '"operators":["BT (Hi) Tj ET","', 1)
    path.write_text(data)
    assert forms.cached(path) is None


def test_only_paths_and_colours_are_kept() -> None:
    assert forms.plain(["q", "1 0 0 1 0 0 cm", "0 0 1 rg", "0 0 m 10 10 l S", "Q"]) is not None
    assert forms.plain(["BT /F1 12 Tf 14.4 TL ET", "0 0 m 1 1 l f"]) == ("0 0 m 1 1 l f",)
    assert forms.plain(["BT /F1 12 Tf (text) Tj ET"]) is None
    assert forms.plain(["/gRLs0 gs"]) is None
    assert forms.plain(["/Im0 Do"]) is None


def test_a_picture_drawn_as_a_png_is_not_kept(cache_root: Path) -> None:
    built = build(document(section("Glow", row("A soft glow.", pic="glow.svg")),
                           cover=None))
    assert not built.diagnostics
    assert not _kept(cache_root)  # gradients are drawn from a PNG, not from operators
