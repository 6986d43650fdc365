"""The PDF writer end to end: read the PDF back as a reader, a checker and a screen reader would."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import page as page_validation
import pdfplumber
import pikepdf
import pytest

from easyread.model import Row
from easyread.style import MIN_FONT_SIZE, Style
from easyread.writers.pdf.tagging import fix_tounicode
from tests.conftest import require_tool
from tests.writers.pdf.conftest import (
    Built,
    build,
    document,
    line,
    loc,
    picture,
    row,
    sample,
    section,
)


@pytest.fixture(scope="module")
def built() -> Built:
    return build(sample())


def structure(pdf: pikepdf.Pdf) -> list[tuple[int, str, pikepdf.Dictionary]]:
    """Every structure element as (depth, type, element), in tree order."""
    out: list[tuple[int, str, pikepdf.Dictionary]] = []

    def walk(elem: pikepdf.Dictionary, depth: int) -> None:
        out.append((depth, str(elem.S)[1:], elem))
        for kid in elem.get("/K", []):
            if isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == "/StructElem":
                walk(kid, depth + 1)

    for top in pdf.Root.StructTreeRoot.K:
        walk(top, 0)
    return out


def test_passes_the_pdf_ua_1_checker(built: Built) -> None:
    assert built.diagnostics == []
    report = page_validation.validate_pdf_bytes(built.data, profile="ua1")
    assert [(f.rule_id, f.message) for f in report.failures] == []
    assert report.is_compliant


def test_pdfinfo_says_tagged(built: Built, tmp_path: Path) -> None:
    tool = require_tool("pdfinfo")
    done = subprocess.run([tool, built.save(tmp_path)], capture_output=True, text=True,
                          check=True)
    assert "Tagged:          yes" in done.stdout
    assert "Title:           Going to the dentist" in done.stdout


def test_text_reads_back_in_order_and_never_below_14_pt(built: Built) -> None:
    with pdfplumber.open(io.BytesIO(built.data)) as pdf:
        text = "\n".join(p.extract_text() for p in pdf.pages)
        sizes = {round(char["size"], 2) for p in pdf.pages for char in p.chars}
    expected = [
        "Going to the dentist", "Contents", "About the visit", "You will see a dentist.",
        "The dentist looks at your teeth.", "It does not hurt.", "This row has no picture.",
        "Before you go", "1. Brush your teeth.", "2. Rinse your mouth.",
        "Tell the dentist if you feel scared.", "You can read more on our website.",
        "After the visit", "Go home and rest.", "Word list", "dentist",
        "A doctor who looks after your teeth.", "Who made this booklet", "Sam Writer",
        "Alex Reader", "Test drawings", "CC0 1.0", "https://example.org/drawings",
        "Drawn for the easyread tests",
    ]
    position = 0
    for wanted in expected:
        found = text.find(wanted, position)
        assert found >= 0, f"{wanted!r} missing or out of order"
        position = found + len(wanted)
    assert min(sizes) >= MIN_FONT_SIZE


def test_pictures_are_left_of_their_text_on_the_page(built: Built) -> None:
    with pikepdf.open(io.BytesIO(built.data)) as pdf, \
            pdfplumber.open(io.BytesIO(built.data)) as plumber:
        pages = {p.objgen: n for n, p in enumerate(pdf.pages)}
        for _, tag, elem in structure(pdf):
            if tag != "Div":
                continue
            kids = [k for k in elem.K if isinstance(k, pikepdf.Dictionary)]
            figures = [k for k in kids if k.get("/S") == "/Figure"]
            if not figures:
                continue
            box = [float(v) for v in figures[0].A.BBox]
            mcr = figures[0].K[0]
            plumber_page = plumber.pages[pages[mcr.Pg.objgen]]
            band = [c for c in plumber_page.chars if box[1] - 20 <= c["y0"] <= box[3]]
            assert band, "no text beside the picture"
            assert all(c["x0"] >= box[2] for c in band)


def test_structure_tree_has_sections_rows_lists_links_and_contents(built: Built) -> None:
    with pikepdf.open(io.BytesIO(built.data)) as pdf:
        tree = structure(pdf)
        tags = [tag for _, tag, _ in tree]
        assert tags[0] == "Document"
        assert tags.count("Sect") == 6  # cover, contents, two sections, word list, credits
        for needed in ("H1", "H2", "Div", "Figure", "P", "L", "LI", "Lbl", "LBody", "TOC",
                       "TOCI", "Link"):
            assert needed in tags
        alts = [str(e.Alt) for _, t, e in tree if t == "Figure"]
        assert alts[:2] == ["a house", "a drawing of house"]
        annots = [a for p in pdf.pages for a in p.get("/Annots", [])]
        assert annots
        parents = pdf.Root.StructTreeRoot.ParentTree.Nums
        lookup = {int(parents[i]): parents[i + 1] for i in range(0, len(parents), 2)}
        for annot in annots:
            owner = lookup[int(annot.StructParent)]
            assert owner.S == "/Link"
            assert any(k.get("/Type") == "/OBJR" and k.Obj.objgen == annot.objgen
                       for k in owner.K if isinstance(k, pikepdf.Dictionary))
            assert str(annot.Contents)
        for p in pdf.pages:
            assert p.Tabs == "/S"


def test_catalog_metadata_outline_and_page_labels(built: Built) -> None:
    with pikepdf.open(io.BytesIO(built.data)) as pdf:
        root = pdf.Root
        assert str(root.Lang) == "en-GB"
        assert bool(root.MarkInfo.Marked)
        assert bool(root.ViewerPreferences.DisplayDocTitle)
        assert next(iter(root.PageLabels.Nums)) == 0
        assert root.PageLabels.Nums[1].S == "/D"
        meta = pdf.open_metadata()
        assert meta["dc:title"] == "Going to the dentist"
        assert meta["pdfuaid:part"] == "1"
        with pdf.open_outline() as outline:
            titles = [item.title for item in outline.root]
        assert titles == ["Contents", "About the visit", "After the visit", "Word list",
                          "Who made this booklet"]
        for font in _fonts(pdf):
            assert "/FontFile2" in font.FontDescriptor
            assert b"<0000>" not in font.ToUnicode.read_bytes()


def _fonts(pdf: pikepdf.Pdf) -> list[pikepdf.Dictionary]:
    found = {}
    for p in pdf.pages:
        for font in p.Resources.get("/Font", {}).values():
            found[font.objgen] = font
    return list(found.values())


def test_contents_links_jump_to_the_pages_that_their_numbers_show(built: Built) -> None:
    with pdfplumber.open(io.BytesIO(built.data)) as pdf:
        contents = pdf.pages[1].extract_text().splitlines()
        numbers = {text.rsplit(" ", 1)[0]: int(text.rsplit(" ", 1)[1])
                   for text in contents[1:-1]}
        for title, number in numbers.items():
            page_text = pdf.pages[number - 1].extract_text().splitlines()
            assert page_text[0] == title
            assert page_text[-1] == str(number)
    assert numbers == {"About the visit": 3, "After the visit": 5, "Word list": 6,
                       "Who made this booklet": 7}
    with pikepdf.open(io.BytesIO(built.data)) as pdf:
        index = {p.objgen: n + 1 for n, p in enumerate(pdf.pages)}
        targets = [index[a.Dest[0].objgen] for a in pdf.pages[1].Annots]
    assert targets == [3, 3, 5, 5, 6, 6, 7, 7]  # title and number of each entry


def test_same_booklet_gives_identical_bytes(built: Built, monkeypatch: pytest.MonkeyPatch) -> None:
    again = build(sample())
    assert again.data == built.data
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    dated = build(sample())
    assert dated.data != built.data
    with pikepdf.open(io.BytesIO(dated.data)) as pdf:
        assert str(pdf.docinfo.CreationDate).startswith("D:20231114")


def test_characters_missing_from_the_font_are_named_and_borrowed() -> None:
    odd = row("Smile ☺ and ☂ then 漢字 too.", pic="house.svg")
    result = build(document(section("Signs", odd)))
    messages = [d.message for d in result.diagnostics if d.loc == odd.lines[0].loc]
    assert len(messages) == 1
    assert "漢 字" in messages[0]
    assert "left out" in messages[0]
    with pdfplumber.open(io.BytesIO(result.data)) as pdf:
        assert "Smile ☺ and ☂ then" in pdf.pages[2].extract_text()
    report = page_validation.validate_pdf_bytes(result.data, profile="ua1")
    assert [f.rule_id for f in report.failures] == []


def test_borrowed_characters_alone_give_a_gentler_note() -> None:
    odd = row("Sunny ☼ today.")
    result = build(document(section("Weather", odd)))
    (note,) = [d for d in result.diagnostics if d.loc == odd.lines[0].loc]
    assert "DejaVu Sans" in note.message


def test_unknown_font_falls_back_to_atkinson_with_a_diagnostic() -> None:
    result = build(document(section("S", row("x.")), style=Style(font="No Such Typeface Here")))
    (note,) = result.diagnostics
    assert "No Such Typeface Here" in note.message
    with pikepdf.open(io.BytesIO(result.data)) as pdf:
        names = {str(f.BaseFont) for f in _fonts(pdf)}
    assert any("AtkinsonHyperlegible" in name for name in names)


def test_other_installed_font_is_embedded() -> None:
    require_tool("fc-match")
    result = build(document(section("S", row("x.")), style=Style(font="DejaVu Sans")))
    assert result.diagnostics == []
    with pikepdf.open(io.BytesIO(result.data)) as pdf:
        names = {str(f.BaseFont) for f in _fonts(pdf)}
    assert any("DejaVuSans" in name for name in names)
    assert not any("Atkinson" in name for name in names)


def test_broken_picture_leaves_its_description_in_a_dashed_box_and_the_rest_is_drawn() -> None:
    bad = Row((line("This picture is broken."),), loc(), picture("broken.png", "A cracked cup"))
    result = build(document(section("S", bad, row("Still here.", pic="glow.svg"))))
    (note,) = result.diagnostics
    assert note.loc == bad.picture.loc
    assert "broken.png could not be drawn" in note.message
    assert note.hint is not None and "dashed box" in note.hint
    with pdfplumber.open(io.BytesIO(result.data)) as pdf:
        page = pdf.pages[2]
        text = page.extract_text()
        assert "This picture is broken." in text
        assert "Still here." in text
        assert "cracked" in text  # the description, in the picture's place
        dashed = [r for r in page.rects if r.get("dash")]
        assert len(dashed) == 1 and abs(dashed[0]["width"] - dashed[0]["height"]) < 0.5
        assert len(pdf.pages[2].images) == 1  # the gradient SVG drawn as a 300 dpi image
    assert page_validation.validate_pdf_bytes(result.data, profile="ua1").is_compliant


def test_tounicode_fix_keeps_the_count_of_the_lines_it_keeps() -> None:
    cmap = b"3 beginbfchar\n<00> <0000>\n<01> <0000>\n<20> <0041>\nendbfchar\n"
    assert fix_tounicode(cmap) == b"1 beginbfchar\n<20> <0041>\nendbfchar\n"
    assert fix_tounicode(b"2 beginbfchar\n<00> <0000>\n<01> <0000>\nendbfchar") == b""


def test_emphasis_is_plain_strong_is_bold_and_links_are_coloured(built: Built) -> None:
    with pdfplumber.open(io.BytesIO(built.data)) as pdf:
        chars = pdf.pages[2].chars
    word = [c for c in chars if c["text"] in "dentist" and c["top"] < 150]
    assert any("Bold" in c["fontname"] for c in word)
    assert not any("Italic" in c["fontname"] for p in [chars] for c in p)
