"""descriptions.txt: a group describes its own pictures in a plain text file in their folder."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

import easyread
from easyread.checker import check
from easyread.errors import SourceError
from easyread.model import iter_pictures
from easyread.pictures.descriptions import read_descriptions
from easyread.pictures.library import PictureLibrary


def _photo(path: Path, colour: str = "green") -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", (40, 30), colour).save(path)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    own = tmp_path / "our-pictures"
    _photo(own / "sam.png")
    _photo(own / "Front Door.jpg", "blue")
    (own / "descriptions.txt").write_text(
        "\ufeff# Our own photos, described by the group\n"
        "\n"
        "sam.png: Sam, who chairs our meetings\n"
        "  front door.JPG :  The front door of our centre  \n",
        encoding="utf-8")
    return own


def test_descriptions_are_read_by_file_name(folder: Path) -> None:
    assert read_descriptions(folder) == {
        "sam.png": "Sam, who chairs our meetings",
        "Front Door.jpg": "The front door of our centre",
    }
    assert read_descriptions(folder.parent) == {}  # no file: nothing described


def test_a_picture_folder_gives_its_pictures_their_descriptions(folder: Path) -> None:
    library = PictureLibrary([folder])
    sam = library.resolve("sam")
    assert sam is not None and sam.alt == "Sam, who chairs our meetings"
    door = library.resolve("front-door")
    assert door is not None and door.alt == "The front door of our centre"


def test_rows_and_the_cover_take_the_description(folder: Path) -> None:
    text = ("---\ntitle: Our centre\ncover: our-pictures/Front Door.jpg\npictures: our-pictures\n"
            "---\n\n# Hello\n\n:sam: Sam runs our meetings.\n\n"
            "![](our-pictures/sam.png) We meet on Mondays.\n\n"
            "![Sam at the door](our-pictures/sam.png) Sam opens the door.\n")
    doc = easyread.parse(text, base_dir=folder.parent)
    assert [picture.alt for picture in iter_pictures(doc)] == [
        "The front door of our centre", "Sam, who chairs our meetings",
        "Sam, who chairs our meetings", "Sam at the door"]
    assert not [f for f in check(doc).findings if f.rule == "A11Y-ALT"]


def test_each_descriptions_file_is_read_once_per_booklet(
        folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import easyread.pictures.library as library

    read: list[Path] = []
    real = library.read_described

    def counted(where: Path) -> tuple[dict[str, str], SourceError | None]:
        read.append(where.resolve())
        return real(where)

    monkeypatch.setattr(library, "read_described", counted)
    _photo(folder.parent / "hall.png")
    text = ("---\ntitle: Our centre\ncover: our-pictures/Front Door.jpg\npictures: our-pictures\n"
            "---\n\n# Hello\n\n:sam: Sam runs our meetings.\n\n"
            "![](our-pictures/sam.png) We meet on Mondays.\n\n"
            "![](hall.png) We meet in the hall.\n\n![](hall.png) The hall is big.\n")
    easyread.parse(text, base_dir=folder.parent)
    assert sorted(read) == sorted([folder.resolve(), folder.parent.resolve()])


def test_the_library_leaves_out_a_bad_line_for_the_studio(folder: Path) -> None:
    (folder / "descriptions.txt").write_text("sam.png Sam\nFront Door.jpg: The door\n")
    door = PictureLibrary([folder]).resolve("front-door")
    assert door is not None and door.alt == "The door"


@pytest.mark.parametrize(
    ("lines", "where", "words"),
    [
        ("sam.png Sam smiling\n", "1:1", "needs a picture's file name, a colon and a description"),
        ("# notes\nsam.png:\n", "2:9", "'sam.png' has no description"),
        ("sma.png: Sam\n", "1:1", "no picture called 'sma.png' in this folder (did you mean"),
        ("sam.png: Sam\n   SAM.png: Sam again\n", "2:4", "described twice (keep one"),
    ],
)
def test_a_mistake_is_one_line_at_its_place(folder: Path, lines: str, where: str,
                                            words: str) -> None:
    (folder / "descriptions.txt").write_text(lines, encoding="utf-8")
    with pytest.raises(SourceError):
        read_descriptions(folder)
    booklet = folder.parent / "b.md"
    booklet.write_text("---\ntitle: T\npictures: our-pictures\n---\n\n:sam: Hi.\n")
    result = subprocess.run([sys.executable, "-m", "easyread", "build", "b.md"],
                            cwd=folder.parent, capture_output=True, text=True, timeout=300)
    assert result.returncode == 2
    assert result.stderr.startswith(f"our-pictures/descriptions.txt:{where}: error: ")
    assert words in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert sorted(p.name for p in folder.parent.iterdir()) == ["b.md", "our-pictures"]
