"""Word structures beyond plain rows: links, headings in tables, lists in cells, word tables."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

import easyread
from easyread.model import ListBlock, Row, iter_blocks
from tests.importers.word_files import add_rows


def _add_link(paragraph: object, text: str, url: str) -> None:
    part = paragraph.part  # type: ignore[attr-defined]
    rid = part.relate_to(url, RT.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rid)
    run = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = text
    run.append(t)
    link.append(run)
    paragraph._p.append(link)  # type: ignore[attr-defined]


def test_links_headings_in_rows_and_lists_in_cells(tmp_path: Path) -> None:
    document = docx.Document()
    title = document.add_paragraph()
    title.add_run("Moving house").font.size = Pt(30)  # no Title style: the first large line
    table = document.add_table(rows=0, cols=2)
    # A heading in the words cell, with the row's picture.
    add_rows(document, [("teal", "A house", [[("Your new home", False)]])])
    first = document.tables[-1]
    first.rows[0].cells[1].paragraphs[0].style = document.styles["Heading 1"]
    # A numbered list in one cell, the second item with a line of its own.
    cell = table.add_row().cells[1]
    cell.paragraphs[0].text = "Pack your things."
    cell.paragraphs[0].style = document.styles["List Number"]
    item = cell.add_paragraph("Label the boxes.", style="List Number")
    assert item.text
    cell.add_paragraph("Write the room on each box.")
    links = document.add_paragraph("Find out more at ")
    _add_link(links, "our website", "https://example.org/moving")
    _add_link(document.add_paragraph(), "Click here", "javascript:alert(1)")
    document.add_heading("Hard words", level=1)
    words = document.add_table(rows=0, cols=2)
    for term, meaning in (("Tenancy", "The agreement to rent a home."),
                          ("Landlord", "The person who owns the home. You pay them rent.")):
        left, right = words.add_row().cells
        left.text, right.text = term, meaning
    document.save(str(tmp_path / "moving.docx"))

    result = easyread.import_docx(tmp_path / "moving.docx", tmp_path / "moving.md")
    doc = easyread.load(tmp_path / "moving.md")

    assert doc.meta.title == "Moving house"
    heading = next(section.heading for section in doc.sections if section.heading)
    assert heading is not None and heading.line.text == "Your new home"
    assert heading.picture is not None and heading.picture.alt == "A house"
    [numbered] = [b for b in iter_blocks(doc) if isinstance(b, ListBlock)]
    assert numbered.ordered
    items = [item for item in numbered.items if isinstance(item, Row)]
    assert [[line.text for line in item.lines] for item in items] == [
        ["Pack your things."], ["Label the boxes.", "Write the room on each box."]]
    rows = [b for b in iter_blocks(doc) if isinstance(b, Row) and b.label is None]
    link_runs = [run for row in rows for line in row.lines for run in line.runs if run.link]
    assert [(run.text, run.link) for run in link_runs] == [
        ("our website", "https://example.org/moving")]  # a script address stays words
    assert "Click here" in [line.text for row in rows for line in row.lines]
    assert [(w.term, [line.text for line in w.explanation]) for w in doc.hard_words] == [
        ("Tenancy", ["The agreement to rent a home."]),
        ("Landlord", ["The person who owns the home.", "You pay them rent."])]
    assert "# Hard words" in result.text


def test_a_table_of_three_columns_is_kept_as_rows_and_noted(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Bus times", style="Title")
    table = document.add_table(rows=0, cols=3)
    for cells in (("Monday", "Bus 4", "At 9."), ("Tuesday", "Bus 7", "At 10.")):
        for cell, text in zip(table.add_row().cells, cells, strict=True):
            cell.text = text
    document.save(str(tmp_path / "bus.docx"))
    result = easyread.import_docx(tmp_path / "bus.docx", tmp_path / "bus.md")
    doc = easyread.load(tmp_path / "bus.md")
    rows = [b for b in iter_blocks(doc) if isinstance(b, Row)]
    assert [[line.text for line in row.lines] for row in rows] == [
        ["Monday", "Bus 4", "At 9."], ["Tuesday", "Bus 7", "At 10."]]
    [note] = [n for n in result.notes if "3 column" in n.message]
    assert result.text.splitlines()[note.loc.line - 1] == "Monday"


def test_a_footnote_is_kept_after_its_paragraph_and_noted(tmp_path: Path) -> None:
    from tests.importers.word_files import with_footnote

    result = easyread.import_docx(with_footnote(tmp_path / "note.docx"), tmp_path / "note.md")
    doc = easyread.load(tmp_path / "note.md")
    rows = [b for b in iter_blocks(doc) if isinstance(b, Row)]
    assert [[line.text for line in row.lines] for row in rows] == [
        ["The hall has a ramp."],
        ["The ramp is by the car park.", "It is open all day."],
        ["The next sentence."]]
    [note] = [n for n in result.notes if "footnote" in n.message]
    assert result.text.splitlines()[note.loc.line - 1] == "The ramp is by the car park."


def test_large_lines_are_measured_against_the_text_not_the_normal_style(tmp_path: Path) -> None:
    document = docx.Document()  # its Normal style is 11 pt; all the text here is 16 pt
    for text, size, bold in (("Going swimming", 30, True), ("The pool", 24, True),
                             ("The pool opens at 8.", 16, False), ("Important", 16, True),
                             ("Bring a towel.", 16, False)):
        run = document.add_paragraph().add_run(text)
        run.font.size, run.bold = Pt(size), bold
    document.save(str(tmp_path / "swim.docx"))
    result = easyread.import_docx(tmp_path / "swim.docx", tmp_path / "swim.md")
    doc = easyread.load(tmp_path / "swim.md")
    assert doc.meta.title == "Going swimming"
    assert "\n## The pool\n" in result.text  # 24 pt is 1.5 times the text: a smaller heading
    rows = [b for b in iter_blocks(doc) if isinstance(b, Row)]
    assert [[line.text for line in row.lines] for row in rows] == [
        ["The pool opens at 8."], ["Important"], ["Bring a towel."]]
    assert "**Important**" in result.text


def test_heading_rows_across_the_table_and_empty_spacer_cells(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("At the dentist", style="Title")
    add_rows(document, [("white", "A tooth", [[("Brush your teeth twice a day.", False)]]),
                        ("pink", "A toothbrush", [[("Use a soft brush.", False)]])])
    table = document.tables[-1]
    top = table.add_row()
    merged = top.cells[0].merge(top.cells[1])  # one cell across the table
    merged.paragraphs[0].text = "Check-ups"
    merged.paragraphs[0].style = document.styles["Heading 1"]
    table._tbl.remove(top._tr)
    table._tbl.insert(table._tbl.index(table.rows[0]._tr), top._tr)
    spacer = table.add_column(docx.shared.Cm(1))  # an empty third column
    assert all(not cell.text for cell in spacer.cells)
    document.save(str(tmp_path / "dentist.docx"))

    result = easyread.import_docx(tmp_path / "dentist.docx", tmp_path / "dentist.md")
    doc = easyread.load(tmp_path / "dentist.md")
    assert [s.heading.line.text for s in doc.sections if s.heading] == ["Check-ups"]
    rows = [b for b in iter_blocks(doc) if isinstance(b, Row)]
    assert [(row.picture.alt if row.picture else None, [line.text for line in row.lines])
            for row in rows] == [("A tooth", ["Brush your teeth twice a day."]),
                                 ("A toothbrush", ["Use a soft brush."])]
    assert not [note for note in result.notes if "column" in note.message]
