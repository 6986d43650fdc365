"""Each broken or hostile file in tests/hostile/ through the real command line.

A mistake gives one ``FILE:LINE:COL: error:`` line, exit code 2 and no output files;
odd but readable input builds every format, with a warning where something needs a look.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

HOSTILE = Path(__file__).resolve().parent / "hostile"

REFUSED = [
    # file, line:col where the error points, words in the message
    ("bad-utf8.md", "5:4", "not saved as UTF-8"),
    ("front-not-mapping.md", "2:1", "key: value"),
    ("front-unclosed.md", "1:1", "no closing ---"),
    ("front-malformed.md", "2:", "front matter cannot be read"),
    ("front-wrong-type.md", "3:1", "checked_by must be a list of names"),
    ("font-too-small.md", "4:3", "font_size 9 is too small"),
    ("page-size-unknown.md", "4:3", "page_size 'A3'"),
    ("colour-low-contrast.md", "5:5", "contrast"),
    ("empty.md", "1:1", "needs a title"),
    ("only-front-matter.md", "3:1", "no text yet"),
    ("deep-list.md", "", "levels deep"),
    ("svg-xxe.md", "5:1", "entities"),
    ("svg-bomb.md", "5:1", "entities"),
    ("svg-broken.md", "5:1", "SVG file is broken"),
    ("not-an-image.md", "5:1", "is not a PNG picture"),
    ("truncated.md", "5:1", "damaged or cut short"),
    ("bomb.md", "5:1", "too big"),
    ("missing-picture.md", "5:1", "cannot find the picture"),
    ("outside-path.md", "5:1", "outside the booklet's folder"),
]

BUILT = [
    # file, words that must appear in a warning (or None for no warning)
    ("bom-crlf.md", None),
    ("tabs.md", None),
    ("front-unknown-key.md", "did you mean 'subtitle'?"),
    ("long-word.md", None),
    ("tall-row.md", "too long to fit on one page"),
    ("scripts.md", "cannot be shown in the PDF"),
    ("svg-links.md", None),
]


def build(name: str, out: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "easyread", "build", str(HOSTILE / name), "-o", str(out),
         "--format", "pdf,docx,html", "--quiet", *extra],
        capture_output=True, text=True, timeout=300,
    )


@pytest.mark.parametrize(("name", "where", "words"), REFUSED, ids=[c[0] for c in REFUSED])
def test_refused_with_one_line_and_nothing_written(
    name: str, where: str, words: str, tmp_path: Path
) -> None:
    result = build(name, tmp_path)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"{HOSTILE / name}:{where}"), lines[0]
    assert ": error: " in lines[0] and words in lines[0], lines[0]
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(("name", "warning"), BUILT, ids=[c[0] for c in BUILT])
def test_odd_input_builds_every_format(name: str, warning: str | None, tmp_path: Path) -> None:
    result = build(name, tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    stem = Path(name).stem
    for fmt in ("pdf", "docx", "html"):
        assert (tmp_path / f"{stem}.{fmt}").stat().st_size > 0
    if warning is None:
        assert ": warning: " not in result.stderr, result.stderr
    else:
        assert warning in result.stderr


def test_long_word_keeps_every_letter(tmp_path: Path) -> None:
    import pdfplumber

    build("long-word.md", tmp_path)
    with pdfplumber.open(tmp_path / "long-word.pdf") as pdf:
        text = "".join((page.extract_text() or "") for page in pdf.pages)
    assert "".join(text.split()).count("Supercalifragilistic") == 12


def test_tall_row_loses_no_line(tmp_path: Path) -> None:
    import pdfplumber

    build("tall-row.md", tmp_path)
    with pdfplumber.open(tmp_path / "tall-row.pdf") as pdf:
        text = "\n".join((page.extract_text() or "") for page in pdf.pages)
    for number in range(1, 71):
        assert f"Line {number} of the very long row." in text


def test_debug_shows_the_traceback(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "easyread", "--debug", "build", str(HOSTILE / "bomb.md"),
         "-o", str(tmp_path)], capture_output=True, text=True, timeout=120)
    assert result.returncode != 0 and "Traceback" in result.stderr


def test_failed_build_keeps_the_earlier_booklet(tmp_path: Path) -> None:
    earlier = tmp_path / "bomb.pdf"
    earlier.write_bytes(b"%PDF earlier booklet")
    build("bomb.md", tmp_path)
    assert earlier.read_bytes() == b"%PDF earlier booklet"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bomb.pdf"]


def _build_here(folder: Path, name: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "easyread", "build", name, "--format", "pdf,docx,html", "-q"],
        cwd=folder, capture_output=True, text=True, timeout=300,
    )


def test_huge_photo_is_scaled_down_in_every_output(tmp_path: Path) -> None:
    from PIL import Image

    Image.effect_noise((6000, 4000), 60).convert("RGB").save(tmp_path / "big.jpg", quality=80)
    (tmp_path / "b.md").write_text("---\ntitle: T\n---\n\n![Noise](big.jpg) A huge photo.\n")
    result = _build_here(tmp_path, "b.md")
    assert result.returncode == 0, result.stderr
    photo = (tmp_path / "big.jpg").stat().st_size
    for fmt in ("pdf", "docx", "html"):
        assert (tmp_path / f"b.{fmt}").stat().st_size < photo / 2, fmt


def test_symlink_leaving_the_folder_is_refused(tmp_path: Path,
                                               tmp_path_factory: pytest.TempPathFactory) -> None:
    from PIL import Image

    outside = tmp_path_factory.mktemp("elsewhere") / "secret.png"
    Image.new("RGB", (8, 8)).save(outside)
    (tmp_path / "pic.png").symlink_to(outside)
    (tmp_path / "b.md").write_text("---\ntitle: T\n---\n\n![x](pic.png) Linked picture.\n")
    result = _build_here(tmp_path, "b.md")
    assert result.returncode == 2
    assert result.stderr.startswith("b.md:5:1: error: ") and "outside" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.md", "pic.png"]


def test_lists_nested_deep_but_within_the_limit_build(tmp_path: Path) -> None:
    lines = "".join("  " * i + f"- level {i}\n" for i in range(30))
    (tmp_path / "b.md").write_text("---\ntitle: T\n---\n\n" + lines)
    result = _build_here(tmp_path, "b.md")
    assert result.returncode == 0, result.stderr
    assert "shown at level 4" in result.stderr
