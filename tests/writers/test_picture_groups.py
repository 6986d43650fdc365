"""Pictures side by side (``::: side-by-side``) and stages in order (``::: stages``): read into
the model, laid out and tagged in the PDF, the DOCX and the HTML, read aloud in order, checked."""

from __future__ import annotations

import io
import itertools
import re
import zipfile
from pathlib import Path

import pdfplumber
import pikepdf
import pytest
from lxml import etree, html

import easyread
from easyread.audio.script import reading_script
from easyread.checker import check
from easyread.checker.pages import estimate_pages
from easyread.errors import Diagnostic
from easyread.measures import measures
from easyread.model import PictureGroup, Row, iter_pictures, iter_rows
from easyread.writers import render_bytes
from easyread.writers.booklet import compose
from tests.writers.docx.a11y import check_docx

TEXT = """---
title: Looking after each other
---

# Three ways to help

:::: side-by-side
- :stand: On your own
- :teacher: When you lead a team
- :people: Across the whole service
::::

# How places change

::: stages
- :sad: Places that do not listen yet
- :think: Places that are starting to listen
- :happy: Places that listen well
:::

:bus: We will visit each place.
"""

CAPTIONS = ["On your own", "When you lead a team", "Across the whole service"]
STAGES = ["Places that do not listen yet", "Places that are starting to listen",
          "Places that listen well"]
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@pytest.fixture(scope="module")
def doc() -> easyread.Document:
    return easyread.parse(TEXT)


def groups(doc: easyread.Document) -> list[PictureGroup]:
    return [b for s in doc.sections for b in s.blocks if isinstance(b, PictureGroup)]


# -- reading ----------------------------------------------------------------------------------


def test_groups_are_read_with_their_pictures_captions_and_places(doc: easyread.Document) -> None:
    side, stages = groups(doc)
    assert side.kind == "side-by-side" and stages.kind == "stages"
    assert [r.text for r in side.items] == CAPTIONS
    assert [r.text for r in stages.items] == STAGES
    assert all(r.picture is not None for r in (*side.items, *stages.items))
    assert [r.label for r in side.items] == [None] * 3
    assert [r.label for r in stages.items] == ["1.", "2.", "3."]  # stages are numbered
    assert (side.loc.line, side.items[1].loc.line) == (7, 9)
    # Captions are rows of the booklet: every picture and caption is seen by the checker.
    assert [r.text for r in iter_rows(doc)][:3] == CAPTIONS
    assert len(list(iter_pictures(doc))) == 7


def test_paragraphs_inside_a_group_are_its_items_too() -> None:
    doc = easyread.parse("---\ntitle: T\n---\n\n::: side-by-side\n:home: At home\n\n"
                         ":bus: On the bus\n:::\n")
    (group,) = groups(doc)
    assert [r.text for r in group.items] == ["At home", "On the bus"]


def test_mistakes_in_a_group_are_explained_and_nothing_is_lost() -> None:
    notes: list[Diagnostic] = []
    text = ("---\ntitle: T\n---\n\n::: side-by-side\n- :home: One\n- Two\n- :bus: Three\n"
            "- :cat: Four\n- :dog: Five\n\n## Inside\n:::\n\n::: stages\n:::\n")
    doc = easyread.parse(text, report=notes.append)
    (group,) = groups(doc)
    assert len(group.items) == 5
    messages = [(n.loc.line, n.message) for n in notes]
    assert (7, "this caption has no picture") in messages
    assert any(line == 10 and "at most 4 pictures" in m for line, m in messages)
    assert any(line == 12 and "shown after the group" in m for line, m in messages)
    assert any(line == 15 and "has no pictures" in m for line, m in messages)
    # The heading put inside the group is shown after it, not dropped.
    assert [type(b).__name__ for b in doc.sections[0].blocks] == ["PictureGroup", "Heading"]


def test_the_examples_in_the_format_guide_make_groups() -> None:
    guide = Path(__file__).parents[2] / "docs" / "format.md"
    examples = re.findall(r"```markdown\n(:::.*?)```", guide.read_text(encoding="utf-8"), re.S)
    assert len(examples) == 2
    notes: list[Diagnostic] = []
    made = [groups(easyread.parse(f"---\ntitle: T\n---\n\n{example}", report=notes.append))
            for example in examples]
    assert notes == []
    assert [[g.kind for g in found] for found in made] == [["side-by-side"], ["stages"]]


# -- PDF --------------------------------------------------------------------------------------


def figures(data: bytes) -> list[tuple[int, str, list[float]]]:
    """Every Figure of the PDF in reading order: its page index, alt text and BBox."""
    found: list[tuple[int, str, list[float]]] = []
    with pikepdf.open(io.BytesIO(data)) as pdf:
        pages = {p.objgen: n for n, p in enumerate(pdf.pages)}

        def walk(elem: pikepdf.Dictionary) -> None:
            if elem.get("/S") == "/Figure":
                page = pages[elem.K[0].Pg.objgen]
                found.append((page, str(elem.get("/Alt", "")), [float(v) for v in elem.A.BBox]))
            for kid in elem.get("/K", []):
                if isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == "/StructElem":
                    walk(kid)

        for top in pdf.Root.StructTreeRoot.K:
            walk(top)
    return found


def test_pdf_puts_pictures_side_by_side_with_captions_under_them(doc: easyread.Document) -> None:
    notes: list[Diagnostic] = []
    data = render_bytes(doc, "pdf", report=notes.append)
    assert notes == []
    m = measures(doc.style)
    boxes = figures(data)[:3]
    assert len({page for page, _, _ in boxes}) == 1
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        page = pdf.pages[boxes[0][0]]
        # One line of pictures, each the group's size, one column (and a gap) apart.
        assert len({round(box[3]) for _, _, box in boxes}) == 1
        side = m.group_picture(3)
        assert all(abs(box[2] - box[0] - side) < 1 for _, _, box in boxes)
        lefts = [box[0] for _, _, box in boxes]
        assert all(abs(b - a - (m.group_column(3) + m.gap)) < 1
                   for a, b in itertools.pairwise(lefts))
        text = page.extract_text()
        starts = [" ".join(c.split()[:2]) for c in CAPTIONS]  # a caption may wrap
        assert text.index(starts[0]) < text.index(starts[1]) < text.index(starts[2])
        for caption, (_, _, box) in zip(["On your own", "When you lead a", "Across the whole"],
                                        boxes, strict=True):
            found = page.search(caption)
            assert found, caption
            # The caption is under its picture and centred on it.
            assert found[0]["top"] > page.height - box[1]
            middle = (found[0]["x0"] + found[0]["x1"]) / 2
            assert abs(middle - (box[0] + box[2]) / 2) < 2
        stage_page = pdf.pages[figures(data)[3][0]]
        assert "1. Places that do not" in stage_page.extract_text()


def test_pdf_tags_a_group_as_a_list_of_figures_with_alt_text(doc: easyread.Document) -> None:
    import page as page_validation

    data = render_bytes(doc, "pdf")
    report = page_validation.validate_pdf_bytes(data, profile="ua1")
    assert [(f.rule_id, f.message) for f in report.failures] == []
    found: list[tuple[str, str, list[str]]] = []

    def walk(elem: pikepdf.Dictionary) -> None:
        kids = [k for k in elem.get("/K", []) if isinstance(k, pikepdf.Dictionary)
                and k.get("/Type") == "/StructElem"]
        if str(elem.S) == "/LI":
            found.append((str(elem.S), "", [str(k.S) for k in kids]))
        if str(elem.S) == "/Figure":
            found.append(("Figure", str(elem.get("/Alt", "")), []))
        for kid in kids:
            walk(kid)

    with pikepdf.open(io.BytesIO(data)) as pdf:
        for top in pdf.Root.StructTreeRoot.K:
            walk(top)
    items = [kids for tag, _, kids in found if tag == "/LI"]
    assert ["/LBody"] in items and ["/Lbl", "/LBody"] in items  # stages have their number
    alts = [alt for tag, alt, _ in found if tag == "Figure"]
    assert all(alts) and len(alts) >= 6


# -- DOCX -------------------------------------------------------------------------------------


def test_docx_shows_a_group_as_a_layout_table_with_a_column_per_picture(
        doc: easyread.Document) -> None:
    data = render_bytes(doc, "docx")
    assert check_docx(data) == []
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        body = etree.fromstring(package.read("word/document.xml"))
    tables = [t for t in body.iter(f"{W}tbl") if len(t.findall(f"{W}tblGrid/{W}gridCol")) == 3]
    assert len(tables) == 2
    cells = tables[0].findall(f"{W}tr/{W}tc")
    texts = ["".join(t.text or "" for t in c.iter(f"{W}t")) for c in cells]
    assert texts == CAPTIONS
    alts = [d.get("descr") for c in cells for d in c.iter(
        "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr")]
    assert len(alts) == 3 and all(alts)
    stage_texts = ["".join(t.text or "" for t in c.iter(f"{W}t"))
                   for c in tables[1].findall(f"{W}tr/{W}tc")]
    assert stage_texts == [f"{n}. {s}" for n, s in enumerate(STAGES, 1)]


def test_docx_puts_more_than_four_pictures_on_a_second_line() -> None:
    items = "".join(f"- :{name}: Caption {n}\n" for n, name in
                    enumerate(["home", "bus", "cat", "dog", "tree"], 1))
    doc = easyread.parse(f"---\ntitle: T\n---\n\n::: stages\n{items}:::\n")
    with zipfile.ZipFile(io.BytesIO(render_bytes(doc, "docx"))) as package:
        body = etree.fromstring(package.read("word/document.xml"))
    (table,) = [t for t in body.iter(f"{W}tbl") if len(t.findall(f"{W}tblGrid/{W}gridCol")) == 4]
    assert len(table.findall(f"{W}tr")) == 2


# -- HTML -------------------------------------------------------------------------------------


def test_html_writes_a_real_list_of_figures_with_captions(doc: easyread.Document) -> None:
    page = html.fromstring(render_bytes(doc, "html"))
    (side,) = page.xpath('//ul[contains(@class, "side-by-side")]')
    figures = side.xpath("./li/figure")
    assert [f.xpath("./figcaption")[0].text_content() for f in figures] == CAPTIONS
    assert all(f.xpath(".//img")[0].get("alt") for f in figures)
    stages = page.xpath('//ol[contains(@class, "stages")]/li/figure/figcaption')
    assert [s.text_content() for s in stages] == [f"{n}.{s}" for n, s in enumerate(STAGES, 1)]


# -- audio, e-book, checker -------------------------------------------------------------------


def test_audio_reads_each_caption_in_order_and_stages_with_their_numbers(
        doc: easyread.Document) -> None:
    said = [item.text for chapter in reading_script(compose(doc)) for item in chapter.items]
    start = said.index("Three ways to help")
    assert said[start + 1:start + 4] == [f"{c}." for c in CAPTIONS]
    start = said.index("How places change")
    assert said[start + 1:start + 4] == [f"{n}. {s}." for n, s in enumerate(STAGES, 1)]


def test_epub_is_made_with_the_groups(doc: easyread.Document) -> None:
    with zipfile.ZipFile(io.BytesIO(render_bytes(doc, "epub"))) as book:
        text = b"".join(book.read(n) for n in book.namelist() if n.endswith(".xhtml"))
    assert all(c.encode() in text for c in CAPTIONS)
    assert b"<figcaption>" in text


def test_checker_runs_its_rules_over_captions_and_takes_them_as_short_labels() -> None:
    doc = easyread.parse("---\ntitle: T\n---\n\n# Ways\n\n::: side-by-side\n"
                         "- :home: As one person\n- :people: As a group\n:::\n")
    findings = check(doc).findings
    assert any(f.rule == "TEXT-NUMBERS-DIGITS" and f.loc.line == 8 for f in findings)
    # A caption without a full stop is a label, not an unfinished sentence.
    assert not any(f.loc.line in (8, 9) and f.rule == "IMG-EVERY-IDEA" for f in findings)


def test_page_estimate_counts_a_group_by_its_lines_of_pictures() -> None:
    def doc_with(count: int) -> easyread.Document:
        items = "".join(f"- :home: Caption {n}\n" for n in range(count))
        return easyread.parse(f"---\ntitle: T\n---\n\n# A\n\n::: stages\n{items}:::\n")

    # Eight lines of 4 pictures need more than a page; one line does not.
    assert estimate_pages(doc_with(32)) > estimate_pages(doc_with(4))
    assert isinstance(next(iter_rows(doc_with(1))), Row)


def test_large_print_on_a_small_page_puts_fewer_pictures_a_line_and_never_breaks_a_word(
        ) -> None:
    items = "".join(f"- :{name}: {text}\n" for name, text in
                    [("stand", "On your own"), ("teacher", "As a leader"),
                     ("people", "Working together"), ("home", "At home")])
    big = easyread.parse("---\ntitle: T\nstyle:\n  page_size: A5\n  font_size: 22\n---\n\n"
                         f"# Ways\n\n::: side-by-side\n{items}:::\n")
    (group,) = groups(big)
    m = measures(big.style)
    assert group.longest_word == len("together")
    assert m.group_columns(4, group.longest_word) == 2
    assert measures(easyread.parse("---\ntitle: T\n---\n\nHi.\n").style).group_columns(4, 8) == 4
    boxes = figures(render_bytes(big, "pdf"))
    assert len({round(box[3]) for _, _, box in boxes}) == 2  # two lines of two pictures
    with pdfplumber.open(io.BytesIO(render_bytes(big, "pdf"))) as pdf:
        words = {w["text"] for w in pdf.pages[boxes[0][0]].extract_words()}
    assert {"Working", "together", "leader"} <= words  # whole words, none broken
    with zipfile.ZipFile(io.BytesIO(render_bytes(big, "docx"))) as package:
        body = etree.fromstring(package.read("word/document.xml"))
    assert max(len(t.findall(f"{W}tblGrid/{W}gridCol")) for t in body.iter(f"{W}tbl")) == 2
    page = html.fromstring(render_bytes(big, "html"))
    assert "--across: 2" in page.xpath('//ul[contains(@class, "group")]')[0].get("style")


def test_a_group_comes_back_from_its_own_word_file(doc: easyread.Document, tmp_path: Path) -> None:
    easyread.render(doc, "docx", tmp_path / "groups.docx")
    easyread.import_docx(tmp_path / "groups.docx", tmp_path / "back.md")
    back = groups(easyread.load(tmp_path / "back.md"))
    assert [(g.kind, [r.text for r in g.items]) for g in back] == \
        [("side-by-side", CAPTIONS), ("stages", STAGES)]
    assert [[r.picture.alt for r in g.items if r.picture] for g in back] == \
        [[r.picture.alt for r in g.items if r.picture] for g in groups(doc)]
