"""Picture credits in the metadata of every output: PDF XMP and Info, DOCX custom, HTML meta."""

from __future__ import annotations

import html
import io
import re
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import docx
import pikepdf
import pytest

from easyread.model import Credit
from easyread.pictures.credits import rights_text
from easyread.pictures.library import PictureLibrary
from easyread.read import parse
from easyread.writers import render_bytes
from easyread.writers.booklet import compose
from easyread.writers.docx.package import CREDITS_PROPERTY

TEXT = """\
---
title: Seeing your doctor
author: Riverside Advocacy
---

# Your visit

:doctor: Your doctor will listen to you.

:bandage: The nurse can put a bandage on a cut.
"""


@pytest.fixture(scope="module")
def doc(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("credits")
    return parse(TEXT, base_dir=folder, source=folder / "visit.md")


@pytest.fixture(scope="module")
def sets(doc) -> tuple[Credit, ...]:
    credits = compose(doc).credits.pictures
    assert len(credits) >= 1
    return credits


def _expected(library: PictureLibrary) -> set[str]:
    licences = {p.credit.licence for name in ("doctor", "bandage")
                if (p := library.resolve(name)) and p.credit}
    assert licences
    return licences


def test_rights_text_names_each_set_licence_and_link() -> None:
    credits = (Credit("OpenMoji", "CC BY-SA 4.0", "https://openmoji.org", "Made by OpenMoji."),
               Credit("Our pictures", "All rights reserved"))
    text = rights_text(credits)
    assert text == ("OpenMoji: CC BY-SA 4.0 <https://openmoji.org>. Made by OpenMoji; "
                    "Our pictures: All rights reserved")
    assert rights_text(()) == ""


def _check(text: str, sets: tuple[Credit, ...]) -> None:
    for credit in sets:
        assert f"{credit.source}: {credit.licence}" in text
        if credit.url:
            assert credit.url in text
        if credit.attribution:
            assert credit.attribution.rstrip(".") in text


def test_pdf_metadata(doc, sets) -> None:
    data = render_bytes(doc, "pdf")
    with pikepdf.open(io.BytesIO(data)) as pdf:
        xmp = pdf.open_metadata()
        _check(str(xmp["dc:rights"]), sets)
        _check(str(pdf.docinfo["/Rights"]), sets)
        assert str(xmp["dc:title"]) == "Seeing your doctor"  # the rest is still there
    assert render_bytes(doc, "pdf") == data  # reproducible


def _custom_properties(data: bytes) -> dict[str, str]:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        names = package.namelist()
        if "docProps/custom.xml" not in names:
            return {}
        root = ElementTree.fromstring(package.read("docProps/custom.xml"))
        rels = package.read("_rels/.rels").decode()
        types = package.read("[Content_Types].xml").decode()
    # Word finds the part through the package relationship and its content type.
    assert "relationships/custom-properties" in rels and "custom-properties+xml" in types
    return {prop.get("name"): "".join(prop.itertext()) for prop in root}


def test_docx_metadata_is_a_custom_property(doc, sets) -> None:
    data = render_bytes(doc, "docx")
    props = _custom_properties(data)
    _check(props[CREDITS_PROPERTY], sets)
    assert docx.Document(io.BytesIO(data)).core_properties.title == "Seeing your doctor"
    assert render_bytes(doc, "docx") == data


def test_html_metadata(doc, sets) -> None:
    data = render_bytes(doc, "html")
    page = data.decode("utf-8")
    head = page.split("</head>", 1)[0]
    found = re.search(r'<meta name="dcterms.rights" content="([^"]*)">', head)
    assert found
    _check(html.unescape(found.group(1)), sets)
    assert "<link" not in head  # the page stays self-contained
    for credit in sets:  # and the visible credits are still there
        assert html.escape(credit.licence) in page.split("</head>", 1)[1]
    assert render_bytes(doc, "html") == data


def test_licences_are_exactly_the_librarys(sets) -> None:
    assert {c.licence for c in sets} == _expected(PictureLibrary())


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html"])
def test_no_pictures_no_rights(tmp_path: Path, fmt: str) -> None:
    plain = parse("---\ntitle: Plain\n---\n\nJust words here.\n", base_dir=tmp_path)
    data = render_bytes(plain, fmt)
    if fmt == "pdf":
        with pikepdf.open(io.BytesIO(data)) as pdf:
            assert "/Rights" not in pdf.docinfo
            assert "dc:rights" not in pdf.open_metadata()
    elif fmt == "docx":
        assert _custom_properties(data) == {}
    else:
        assert b"dcterms.rights" not in data
