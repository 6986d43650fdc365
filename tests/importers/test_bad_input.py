"""Files that cannot be imported safely: one located line, exit 2, nothing written."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from PIL import Image

from easyread.cli import main
from easyread.importers.package import MAX_RATIO
from tests.importers.word_files import easy_read_docx


def _text_file(path: Path) -> None:
    path.write_text("This is only text.\n")


def _locked(path: Path) -> None:
    # The start of an OLE compound file, as Word writes a file locked with a password.
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512
                     + "EncryptionInfo".encode("utf-16-le") + b"\0" * 512)


def _old_doc(path: Path) -> None:
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 1024)


def _cut_short(path: Path) -> None:
    easy_read_docx(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _zip_bomb(path: Path) -> None:
    size = 3_000_000  # zeros pack far tighter than MAX_RATIO to one
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"\0" * size)
    info = zipfile.ZipFile(path).getinfo("word/document.xml")
    assert info.file_size > MAX_RATIO * info.compress_size


def _zip_not_word(path: Path) -> None:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("notes.txt", "hello")


def _linked_picture(path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("A title", style="Title")
    document.part.relate_to("https://example.org/picture.png", RT.IMAGE, is_external=True)
    document.save(str(path))


def _embedded_object(path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("A title", style="Title")
    part = Part(PackURI("/word/embeddings/oleObject1.bin"),
                "application/vnd.openxmlformats-officedocument.oleObject", b"\0" * 64,
                document.part.package)
    document.part.relate_to(part, RT.OLE_OBJECT)
    document.save(str(path))


def _entities(path: Path) -> None:
    easy_read_docx(path)
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    laughs = b'<!DOCTYPE w [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>'
    parts["word/document.xml"] = parts["word/document.xml"].replace(b"?>", b"?>" + laughs, 1)
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


def _huge_picture(path: Path) -> None:
    out = io.BytesIO()
    Image.new("1", (8000, 6000)).save(out, "PNG")  # 48 megapixels, over the build's 40
    document = docx.Document()
    document.add_paragraph("A title", style="Title")
    document.add_paragraph().add_run().add_picture(io.BytesIO(out.getvalue()))
    document.add_paragraph("A sentence.")
    document.save(str(path))


@pytest.mark.parametrize(("make", "words"), [
    (_text_file, "not a Word file"),
    (_locked, "locked with a password"),
    (_old_doc, "old Word file (.doc)"),
    (_cut_short, "damaged"),
    (_zip_bomb, "too big to open safely"),
    (_zip_not_word, "not a Word document"),
    (_linked_picture, "outside the file"),
    (_embedded_object, "embedded object"),
    (_entities, "document type declaration"),
    (_huge_picture, "too big (8000 x 6000 pixels)"),
])
def test_bad_input_is_one_line_exit_2_and_nothing_written(
        make: object, words: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "old.docx"
    make(source)  # type: ignore[operator]
    before = sorted(p.name for p in tmp_path.iterdir())

    code = main(["import", str(source), "-o", str(tmp_path / "new.md")])

    err = capsys.readouterr().err
    assert code == 2
    assert err.count("\n") == 1 and err.startswith(f"{source}:1:1: error: ")
    assert words in err
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_a_missing_file_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import", str(tmp_path / "gone.docx")]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"{tmp_path / 'gone.docx'}:1:1: error: cannot read the file")
    assert list(tmp_path.iterdir()) == []


def test_an_existing_markdown_file_is_kept_unless_forced(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = easy_read_docx(tmp_path / "garden.docx")
    target = tmp_path / "garden.md"
    target.write_text("Our own changes.\n")

    assert main(["import", str(source)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"{target}:1:1: error: ") and "--force" in err
    assert target.read_text() == "Our own changes.\n"
    assert not (tmp_path / "garden-pictures").exists()

    assert main(["import", str(source), "--force", "-q"]) == 0
    assert target.read_text().startswith("---\ntitle: Our community garden\n")


def test_the_word_file_is_never_replaced(tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    source = easy_read_docx(tmp_path / "garden.docx")
    before = source.read_bytes()
    assert main(["import", str(source), "-o", str(source), "--force"]) == 2
    assert "would replace the Word file" in capsys.readouterr().err
    assert source.read_bytes() == before
