"""The DOCX writer, read back with python-docx and lxml the way Word and screen readers see it."""

from __future__ import annotations

import io
import zipfile
from dataclasses import replace

import docx
import pytest
from docx.oxml.ns import qn
from lxml import etree

from easyread.model import Document, Meta, Picture, Row, Section, iter_lines
from easyread.style import Style
from tests.writers.docx.a11y import Styles, check_docx, paragraph_style
from tests.writers.docx.conftest import LOC, Maker, big_document, build, line, sample_document


def body_of(data: bytes) -> etree._Element:
    return docx.Document(io.BytesIO(data)).element.body


def texts(body: etree._Element) -> list[str]:
    """The text of every paragraph in reading order, inside tables too."""
    return ["".join(t.text or "" for t in p.iter(qn("w:t"))) for p in body.iter(qn("w:p"))]


def headings(data: bytes) -> list[tuple[str, str]]:
    body = body_of(data)
    return [(paragraph_style(p) or "", "".join(t.text or "" for t in p.iter(qn("w:t"))))
            for p in body.iter(qn("w:p")) if (paragraph_style(p) or "").startswith("Heading")]


def test_every_sentence_is_there_in_order(make: Maker, sample_bytes: bytes) -> None:
    found = iter(texts(body_of(sample_bytes)))
    for expected in iter_lines(sample_document(make), headings=True):
        assert any(text == expected.text for text in found), expected.text


def test_headings_use_heading_styles_in_order(sample_bytes: bytes) -> None:
    assert headings(sample_bytes) == [
        ("Heading1", "Contents"),
        ("Heading1", "Getting ready"),
        ("Heading2", "What to bring"),
        ("Heading1", "On the bus"),
        ("Heading1", "Word list"),
        ("Heading1", "Who made this booklet"),
        ("Heading2", "Licence details"),
    ]


def test_title_language_and_fixed_dates(sample_bytes: bytes) -> None:
    document = docx.Document(io.BytesIO(sample_bytes))
    props = document.core_properties
    assert props.title == "Taking the bus to the market"
    assert props.language == "en-GB"
    assert props.author == "Bus Buddies"
    assert props.comments == ""
    assert props.created.year == 2024
    assert props.created == props.modified
    lang = document.styles.element.find(qn("w:docDefaults")).find(".//" + qn("w:lang"))
    assert lang.get(qn("w:val")) == "en-GB"


def test_the_template_parts_are_gone(sample_bytes: bytes) -> None:
    names = zipfile.ZipFile(io.BytesIO(sample_bytes)).namelist()
    assert not [n for n in names if "stylesWithEffects" in n or "thumbnail" in n]
    assert names[0] == "[Content_Types].xml"
    assert names[1:] == sorted(names[1:])


def test_german_booklet_has_german_language_and_labels(make: Maker) -> None:
    data = build(sample_document(make, language="de-DE"))
    document = docx.Document(io.BytesIO(data))
    assert document.core_properties.language == "de-DE"
    assert ("Heading1", "Inhalt") in headings(data)
    assert "Leichte Sprache" in texts(document.element.body)


def test_every_picture_has_alt_text_and_sits_in_the_left_cell(sample_bytes: bytes) -> None:
    body = body_of(sample_bytes)
    doc_prs = list(body.iter(qn("wp:docPr")))
    # the cover, 4 rows, 4 list items, the box and the heading that have pictures
    assert len(doc_prs) == 11
    assert len({d.get("id") for d in doc_prs}) == len(doc_prs)
    for doc_pr in doc_prs:
        assert doc_pr.get("descr", "").startswith("a ")
        assert doc_pr.get("title") is None  # LibreOffice would read title and descr both
        cell = next(doc_pr.iterancestors(qn("w:tc")), None)
        if cell is None:
            assert doc_pr.get("descr") == "a red bus"  # the cover picture
            continue
        assert cell.getparent().index(cell) == 1  # trPr comes first, then the left cell
    assert not list(body.iter(qn("wp:anchor")))


def test_pictures_keep_their_shape_and_size(sample_bytes: bytes) -> None:
    extents = [(int(e.get("cx")), int(e.get("cy")))
               for e in body_of(sample_bytes).iter(qn("wp:extent"))]
    square = 35 * 36000
    assert (square, square) in extents
    assert (square // 2, square) in extents  # the tall 1:2 picture fits the 35 mm box
    cover = round(87.5 * 36000)  # the cover picture is 2.5 times as big, as in the PDF
    assert (cover, cover) in extents


def test_nothing_is_under_14_pt_and_sizes_come_from_styles(sample_bytes: bytes) -> None:
    document = docx.Document(io.BytesIO(sample_bytes))
    assert not list(document.element.body.iter(qn("w:sz")))  # no run-level sizes
    sizes = {name: document.styles[name].font.size.pt
             for name in ("Normal", "Heading 1", "Heading 2", "Heading 3", "Title")}
    assert sizes == {"Normal": 16, "Heading 1": 28, "Heading 2": 22, "Heading 3": 18,
                     "Title": 40}
    styles = Styles(document.styles.element)
    for p in document.element.body.iter(qn("w:p")):
        for run in p.iter(qn("w:r")):
            size = styles.run_prop(run, paragraph_style(p), "w:sz")
            assert size is not None
            assert int(size.get(qn("w:val"))) >= 28


def test_fonts_are_named_in_all_four_slots(make: Maker) -> None:
    style = Style(docx_font="Verdana", font_size=20, page_size="A5", margin_mm=12,
                  picture_size_mm=25)
    document = docx.Document(io.BytesIO(build(sample_document(make, style))))
    fonts = document.styles.element.find(qn("w:docDefaults")).find(".//" + qn("w:rFonts"))
    assert {fonts.get(qn(f"w:{slot}")) for slot in ("ascii", "hAnsi", "eastAsia", "cs")} == {
        "Verdana"}
    assert not [f for f in document.styles.element.iter(qn("w:rFonts"))
                if f.get(qn("w:asciiTheme"))]
    assert document.styles["Normal"].font.size.pt == 20
    section = document.sections[0]
    assert round(section.page_width.mm) == 148
    assert round(section.left_margin.mm) == 12


def test_layout_tables_are_borderless_unmerged_and_keep_rows_whole(sample_bytes: bytes) -> None:
    body = body_of(sample_bytes)
    tables = list(body.iter(qn("w:tbl")))
    # section 1: three rows, the list, the box; section 2: the heading row and the row after
    # it, then (after the page break) a row and a list
    assert len(tables) == 5
    for tbl in tables:
        assert tbl.find(f"{qn('w:tblPr')}/{qn('w:tblStyle')}").get(qn("w:val")) == "TableNormal"
        assert tbl.find(f"{qn('w:tblPr')}/{qn('w:tblCaption')}") is not None
        widths = [int(g.get(qn("w:w"))) for g in tbl.iter(qn("w:gridCol"))]
        assert len(widths) == 2
        assert abs(sum(widths) - round(174 / 25.4 * 1440)) <= 1
        for tr in tbl.iter(qn("w:tr")):
            assert tr.find(f"{qn('w:trPr')}/{qn('w:cantSplit')}") is not None
            assert len(tr.findall(qn("w:tc"))) == 2
    first = [int(g.get(qn("w:w"))) for g in tables[0].iter(qn("w:gridCol"))]
    assert first[0] == round((35 + 8) / 25.4 * 1440)


def test_box_is_shaded_with_an_accent_border(sample_bytes: bytes) -> None:
    boxes = [t for t in body_of(sample_bytes).iter(qn("w:tbl"))
             if t.find(f"{qn('w:tblPr')}/{qn('w:shd')}") is not None]
    assert len(boxes) == 1
    tbl_pr = boxes[0].find(qn("w:tblPr"))
    assert tbl_pr.find(qn("w:shd")).get(qn("w:fill")) == "fdf1cf"
    assert tbl_pr.find(f"{qn('w:tblBorders')}/{qn('w:left')}").get(qn("w:color")) == "1d3557"
    assert texts(boxes[0]) == ["", "Ask the driver if you are not sure."]


def test_lists_are_real_lists_that_keep_their_numbers(sample_bytes: bytes) -> None:
    document = docx.Document(io.BytesIO(sample_bytes))
    numbering = document.part.numbering_part.element
    starts = {n.get(qn("w:numId")): n.find(".//" + qn("w:startOverride")).get(qn("w:val"))
              for n in numbering.iter(qn("w:num"))}
    items = {}
    for p in document.element.body.iter(qn("w:p")):
        num = p.find(f"{qn('w:pPr')}/{qn('w:numPr')}/{qn('w:numId')}")
        if num is not None:
            items["".join(t.text for t in p.iter(qn("w:t")))] = starts[num.get(qn("w:val"))]
    assert items == {"Your bus pass.": "1", "Some money.": "1", "A small bag.": "1",
                     "Seven.": "7", "Eight.": "7"}
    formats = [lvl.find(qn("w:numFmt")).get(qn("w:val")) for lvl in numbering.iter(qn("w:lvl"))
               if lvl.get(qn("w:ilvl")) == "0"]
    assert formats == ["bullet", "decimal", "decimal"]


def test_links_and_contents_entries_work(sample_bytes: bytes) -> None:
    document = docx.Document(io.BytesIO(sample_bytes))
    targets = {rel.target_ref for rel in document.part.rels.values() if rel.is_external}
    assert targets == {"https://example.org/bus", "https://example.org/full",
                       "https://example.org/shapes"}
    body = document.element.body
    bookmarks = {b.get(qn("w:name")) for b in body.iter(qn("w:bookmarkStart"))}
    anchors = [h.get(qn("w:anchor")) for h in body.iter(qn("w:hyperlink"))
               if h.get(qn("w:anchor"))]
    # Two headings, then the word list and the credits.
    assert len(anchors) == 4
    assert set(anchors) <= bookmarks
    fields = [i.text.strip() for i in body.iter(qn("w:instrText"))]
    assert fields == [f"PAGEREF {anchor} \\h" for anchor in anchors]


def test_hard_words_are_bold_and_emphasis_is_plain(sample_bytes: bytes) -> None:
    document = docx.Document(io.BytesIO(sample_bytes))
    bold = {"".join(t.text for t in r.iter(qn("w:t"))) for r in document.element.body.iter(
        qn("w:r")) if r.find(f"{qn('w:rPr')}/{qn('w:b')}") is not None}
    # Only hard words are bold in the runs; the "Easy read" label is bold by its style.
    assert bold == {"timetable"}
    assert not list(document.element.body.iter(qn("w:i")))


def test_footer_numbers_every_page_but_the_cover(sample_bytes: bytes) -> None:
    document = docx.Document(io.BytesIO(sample_bytes))
    section = document.sections[0]
    assert section.different_first_page_header_footer
    footer = section.footer._element
    assert [i.text.strip() for i in footer.iter(qn("w:instrText"))] == ["PAGE"]
    assert document.styles["Footer"].font.size is None  # inherits the body size


def test_a_picture_that_cannot_be_drawn_shows_its_alt_text_in_a_dashed_box(
    make: Maker, tmp_path
) -> None:
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"not a picture")
    doc = sample_document(make)
    row = Row((line("A row with a broken picture."),), LOC,
              Picture(broken, "a broken thing", "png", LOC.at(9)))
    section = replace(doc.sections[0], blocks=(*doc.sections[0].blocks, row))
    report: list = []
    data = build(replace(doc, sections=(section, *doc.sections[1:])), report)
    assert [(str(d.loc), "broken.png" in d.message) for d in report] == [("booklet.md:9:1", True)]
    assert "a broken thing" in texts(body_of(data))
    borders = body_of(data).iter(qn("w:bdr"))
    assert [b.get(qn("w:val")) for b in borders] == ["dashed"]


def test_a_heading_that_skips_a_level_is_shown_one_level_down(make: Maker) -> None:
    doc = sample_document(make)
    jump = make.heading(3, "Too deep", "too-deep")
    section = replace(doc.sections[1], blocks=(jump, *doc.sections[1].blocks))
    report: list = []
    data = build(replace(doc, sections=(doc.sections[0], section)), report)
    assert ("Heading2", "Too deep") in headings(data)
    assert len(report) == 1
    assert "level 3" in report[0].message
    assert check_docx(data) == []


def test_no_word_list_when_there_are_no_hard_words(make: Maker) -> None:
    data = build(replace(sample_document(make), hard_words=()))
    assert ("Heading1", "Word list") not in headings(data)


def test_two_builds_are_byte_identical(make: Maker, sample_bytes: bytes) -> None:
    assert build(sample_document(make)) == sample_bytes


def test_source_date_epoch_sets_the_dates(make: Maker, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    data = build(sample_document(make))
    created = docx.Document(io.BytesIO(data)).core_properties.created
    assert created.isoformat() == "2023-11-14T22:13:20+00:00"
    info = zipfile.ZipFile(io.BytesIO(data)).infolist()[0]
    assert info.date_time == (2023, 11, 14, 22, 13, 20)


def test_our_accessibility_checker_passes(sample_bytes: bytes) -> None:
    assert check_docx(sample_bytes) == []


def test_a_long_booklet_builds_with_one_table_per_run(make: Maker) -> None:
    data = build(big_document(make, 300))
    body = body_of(data)
    assert len(list(body.iter(qn("w:tbl")))) == 10
    assert len(list(body.iter(qn("w:tr")))) == 300
    # Pictures stored once; 3 more parts carry the embedded font.
    assert len(zipfile.ZipFile(io.BytesIO(data)).namelist()) < 23
    assert check_docx(data) == []


def test_a_booklet_without_headings_or_extras_still_starts_the_body_on_page_two(
    make: Maker,
) -> None:
    doc = Document(Meta(title="Just rows", loc=LOC), Style(),
                   (Section(None, (make.row("Only one row."),), LOC),))
    data = build(doc)
    body = body_of(data)
    assert headings(data) == [("Heading1", "Who made this booklet"),
                              ("Heading2", "Licence details")]
    first_row = next(body.iter(qn("w:tbl")))
    assert first_row.find(".//" + qn("w:pageBreakBefore")) is not None
    assert check_docx(data) == []
