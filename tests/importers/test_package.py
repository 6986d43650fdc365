"""The zip checks that run before python-docx reads a Word file."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from easyread.errors import SourceError
from easyread.importers import package
from tests.importers.word_files import easy_read_docx


def test_an_ordinary_word_file_passes(tmp_path: Path) -> None:
    source = easy_read_docx(tmp_path / "ok.docx")
    assert package.read_zip(source) == source.read_bytes()


def test_too_many_parts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(package, "MAX_PARTS", 5)
    source = easy_read_docx(tmp_path / "many.docx")  # python-docx writes more than 5 parts
    with pytest.raises(SourceError, match="too many parts"):
        package.read_zip(source)


def test_too_big_in_total(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(package, "MAX_TOTAL_BYTES", 10_000)
    source = easy_read_docx(tmp_path / "big.docx")
    with pytest.raises(SourceError, match="would unpack to") as caught:
        package.read_zip(source)
    assert str(caught.value).startswith(f"{source}:1:1: error: the file is too big")


def test_a_part_that_unpacks_to_more_than_it_says(tmp_path: Path) -> None:
    source = tmp_path / "liar.docx"
    with zipfile.ZipFile(source, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"<w:document/>" * 1000)
    data = bytearray(source.read_bytes())
    # Make both headers claim the part is 10 bytes long (offset 22 local, 24 central).
    local = data.index(b"PK\x03\x04")
    central = data.index(b"PK\x01\x02")
    data[local + 22:local + 26] = (10).to_bytes(4, "little")
    data[central + 24:central + 28] = (10).to_bytes(4, "little")
    source.write_bytes(bytes(data))
    with pytest.raises(SourceError, match=r"damaged|more than it says"):
        package.read_zip(source)
