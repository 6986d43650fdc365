"""The DOCX writer writes its XML as text: escaping, refused characters and Word units."""

from __future__ import annotations

import io
import shutil
import zipfile
from dataclasses import replace
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from lxml import etree

from easyread.model import Document, Meta, Picture, Section
from easyread.pictures.render import PictureRenderer
from easyread.style import Style
from easyread.writers.booklet import compose
from easyread.writers.docx import styles, write_docx
from tests.writers.docx.a11y import check_docx
from tests.writers.docx.conftest import LOC, SET, Maker, build

AWKWARD = "Tom & Jerry's <big> \"day\" out\tat 3 > 2"


def awkward_document(make: Maker) -> Document:
    """A booklet whose words use every character XML has to escape."""
    row = make.row(f"{AWKWARD}.", 'Read [A & B](https://example.org/?a=1&b="2").')
    assert row.picture is not None
    row = replace(row, picture=replace(row.picture, alt='a "red" bus & a <key>'))
    meta = Meta(title=AWKWARD, loc=LOC, author="Ann & <Bob>", subtitle="A > B",
                full_version="https://example.org/full?x=1&y=2")
    heading = make.heading(1, "Start & <end>", "start")
    return Document(meta, Style(), (Section(heading, (row,), LOC),))


def test_awkward_characters_come_back_as_they_went_in(make: Maker) -> None:
    data = build(awkward_document(make))
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        for name in package.namelist():
            if name.endswith((".xml", ".rels")):
                etree.fromstring(package.read(name))  # every part is well-formed
    opened = docx.Document(io.BytesIO(data))
    assert opened.core_properties.title == AWKWARD
    assert opened.core_properties.author == "Ann & <Bob>"
    body = opened.element.body
    words = ["".join(t.text or "" for t in p.iter(qn("w:t"))) for p in body.iter(qn("w:p"))]
    assert f"{AWKWARD}." in words
    assert "Start & <end>" in words
    alts = [d.get("descr") for d in body.iter(qn("wp:docPr"))]
    assert 'a "red" bus & a <key>' in alts
    targets = {rel.target_ref for rel in opened.part.rels.values() if rel.is_external}
    assert {'https://example.org/?a=1&b="2"', "https://example.org/full?x=1&y=2"} <= targets
    assert check_docx(data) == []


def test_a_control_character_is_refused_before_anything_is_written(make: Maker) -> None:
    doc = awkward_document(make)
    doc = replace(doc, meta=replace(doc.meta, subtitle="bad \x0c character"))
    out = io.BytesIO()
    with pytest.raises(ValueError, match="XML compatible"):
        write_docx(compose(doc), out, pictures=PictureRenderer(), report=lambda d: None)
    assert out.getvalue() == b""


def test_the_same_picture_in_two_files_is_stored_once(make: Maker, tmp_path: Path) -> None:
    copy = tmp_path / "bus-copy.svg"
    shutil.copy(make.paths["bus"], copy)
    doc = awkward_document(make)
    twin = make.row("The same bus again.", picture=None)
    twin = replace(twin, picture=Picture(copy, "the bus again", "svg", LOC, "bus-copy", SET))
    section = replace(doc.sections[0], blocks=(*doc.sections[0].blocks, twin))
    data = build(replace(doc, sections=(section,)))
    names = zipfile.ZipFile(io.BytesIO(data)).namelist()
    assert [n for n in names if n.startswith("word/media/")] == ["word/media/image1.png"]
    embeds = docx.Document(io.BytesIO(data)).element.body.iter(qn("a:blip"))
    assert len({blip.get(qn("r:embed")) for blip in embeds}) == 1


@pytest.mark.parametrize("value", [0, 0.5, 2.0, 8.4, 9.6, 12.7, 14, 14.5, 17.3, 19.05, 22.7, 48])
def test_lengths_turn_into_word_units_as_python_docx_does(value: float) -> None:
    assert styles.pt_twips(value) == Pt(value).twips
    assert styles._half_points(value) == int(Pt(value).pt * 2)
    assert styles._mm_twips(value * 11.1) == Mm(value * 11.1).twips
