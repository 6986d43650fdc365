"""Files made by LibreOffice: an .odt, and the .docx LibreOffice makes from it."""

from __future__ import annotations

import subprocess
from pathlib import Path

import easyread
from easyread.model import Row, iter_blocks
from tests.conftest import require_tool
from tests.importers.word_files import CAFE, GARDEN, TITLE, easy_read_docx


def _convert(soffice: str, source: Path, kind: str, out: Path) -> Path:
    out.mkdir(exist_ok=True)
    subprocess.run([soffice, f"-env:UserInstallation={(out / 'profile').as_uri()}",
                    "--headless", "--convert-to", kind, "--outdir", str(out), str(source)],
                   check=True, capture_output=True, timeout=300)
    return out / f"{source.stem}.{kind}"


def _check(md: Path) -> None:
    doc = easyread.load(md)
    assert doc.meta.title == TITLE
    rows = [block for block in iter_blocks(doc) if isinstance(block, Row)]
    assert [row.picture.alt for row in rows if row.picture] == \
        [alt for _, alt, _ in GARDEN + CAFE]
    assert all(row.picture is not None and row.picture.path.is_file() for row in rows)
    assert [line.text for line in rows[2].lines] == ["Do not pick the flowers.",
                                                      "They are for everyone."]
    assert rows[2].lines[0].runs[1].strong
    assert [word.term for word in doc.hard_words] == ["Flowers"]


def test_an_odt_and_libreoffices_docx_import_like_the_word_file(tmp_path: Path) -> None:
    soffice = require_tool("soffice")
    odt = _convert(soffice, easy_read_docx(tmp_path / "garden.docx"), "odt", tmp_path / "odt")

    easyread.import_docx(odt, tmp_path / "from-odt.md")
    _check(tmp_path / "from-odt.md")

    docx = _convert(soffice, odt, "docx", tmp_path / "lo")
    easyread.import_docx(docx, tmp_path / "from-lo.md")
    _check(tmp_path / "from-lo.md")


def test_an_odt_that_is_not_one_is_refused(tmp_path: Path) -> None:
    import zipfile

    import pytest

    odt = tmp_path / "fake.odt"
    with zipfile.ZipFile(odt, "w") as archive:
        archive.writestr("mimetype", "application/zip")
    with pytest.raises(easyread.SourceError, match="not an OpenDocument text file"):
        easyread.import_docx(odt, tmp_path / "fake.md")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fake.odt"]


def test_a_metafile_picture_is_converted_to_png(tmp_path: Path) -> None:
    from PIL import Image

    from tests.importers.word_files import with_metafile

    require_tool("soffice")
    result = easyread.import_docx(with_metafile(tmp_path / "emf.docx"), tmp_path / "emf.md")
    [picture] = result.pictures
    assert picture.name == "01-a-square.png"
    with Image.open(picture) as image:  # the white page around the drawing is cut off
        assert image.format == "PNG" and image.width < 400
    assert not [note for note in result.notes if "metafile" in note.message]


def test_a_metafile_without_libreoffice_is_reported(tmp_path: Path,
                                                    monkeypatch: object) -> None:
    from easyread.importers import libreoffice
    from tests.importers.word_files import with_metafile

    monkeypatch.setattr(libreoffice, "find_soffice", lambda: None)  # type: ignore[attr-defined]
    result = easyread.import_docx(with_metafile(tmp_path / "emf.docx"), tmp_path / "emf.md")
    assert result.pictures == ()
    [note] = [note for note in result.notes if "metafile" in note.message]
    assert "Windows metafile (EMF)" in note.message and "LibreOffice is not installed" in \
        note.message
    assert "A row with a drawing." in result.text and "![" not in result.text
