"""Importing Word files: easy read tables become rows with pictures, plain text a draft."""

from __future__ import annotations

import re
from pathlib import Path

import easyread
from easyread.model import ListBlock, Row, iter_blocks
from tests.importers.word_files import (
    CAFE,
    GARDEN,
    PLAIN_PARAGRAPHS,
    TITLE,
    easy_read_docx,
    plain_docx,
)


def _rows(doc: easyread.Document) -> list[Row]:
    found: list[Row] = []
    for block in iter_blocks(doc):
        if isinstance(block, Row):
            found.append(block)
    return found


def _expected_lines(rows: list) -> list[list[str]]:  # type: ignore[type-arg]
    """The sentences of each row, worked out by hand from the paragraphs in word_files."""
    return [
        ["The garden opens at 9 in the morning.", "It closes at 5.", "Please shut the gate."],
        ["You can water the plants."],
        ["Do not pick the flowers.", "They are for everyone."],
        ["Wear a hat when it is sunny."],
        ["The cafe sells tea and cake."],
        ["You can pay with a card.", "You can pay with coins."],
        ["The cafe shuts at 4.", "Come early!"],
    ][: len(rows)]


def test_an_easy_read_word_file_imports_with_its_sections_rows_and_pictures(
        tmp_path: Path) -> None:
    source = easy_read_docx(tmp_path / "garden.docx")
    result = easyread.import_docx(source, tmp_path / "garden.md")

    doc = easyread.load(tmp_path / "garden.md")
    assert doc.meta.title == TITLE
    headings = [section.heading.line.text for section in doc.sections if section.heading]
    assert headings[:2] == ["The garden", "The cafe"]
    rows = _rows(doc)
    assert len(rows) == len(GARDEN) + len(CAFE) == 7
    assert [row.picture.alt for row in rows if row.picture] == \
        [alt for _, alt, _ in GARDEN + CAFE]
    for row in rows:
        assert row.picture is not None and row.picture.path.is_file()
        assert row.picture.path.parent == tmp_path / "garden-pictures"
    assert [[line.text for line in row.lines] for row in rows] == _expected_lines(rows)
    assert "Do not pick the **flowers**." in result.text
    assert [word.term for word in doc.hard_words] == ["Flowers"]
    assert len(result.pictures) == 7 and not result.plain
    # The result builds.
    assert easyread.render_bytes(doc, "pdf").startswith(b"%PDF")


def test_the_same_picture_twice_is_saved_once(tmp_path: Path) -> None:
    import docx

    from tests.importers.word_files import add_rows

    document = docx.Document()
    document.add_heading("Twice", level=1)
    add_rows(document, [("green", "A green square", [[("One.", False)]]),
                        ("green", "A green square", [[("Two.", False)]])])
    document.save(str(tmp_path / "twice.docx"))
    result = easyread.import_docx(tmp_path / "twice.docx", tmp_path / "twice.md")
    assert len(result.pictures) == 1
    assert result.text.count("twice-pictures/01-a-green-square.png") == 2


def test_a_plain_report_becomes_a_draft_without_pictures(tmp_path: Path) -> None:
    source = plain_docx(tmp_path / "report.docx")
    result = easyread.import_docx(source, tmp_path / "report.md")

    doc = easyread.load(tmp_path / "report.md")
    assert doc.meta.title == "Library visitors report"
    assert result.plain and result.pictures == ()
    assert "![" not in result.text and not (tmp_path / "report-pictures").exists()
    lines = [line.text for row in _rows(doc) for line in row.lines]
    assert lines[:5] == [
        "This report looks at how people use the library.",
        "We asked 40 people what they think.",
        "Most people said the library is a friendly place.",
        "Some people said it is hard to find the toilets.",
        PLAIN_PARAGRAPHS[2],
    ]
    lists = [block for block in iter_blocks(doc) if isinstance(block, ListBlock)]
    assert [[line.text for item in lst.items if isinstance(item, Row) for line in item.lines]
            for lst in lists] == [["New signs", "A map by the door"]]
    # A large bold line is taken as a heading, and the note says so.
    assert "\n# Thank you\n" in result.text
    assert any("large and bold" in note.message for note in result.notes)
    # The report says what to do next, at the file's first line.
    first = [note for note in result.notes if note.loc.line == 1]
    assert any("auto-pictures" in note.message and "easyread check" in note.message
               for note in first)
    assert easyread.render_bytes(doc, "html").lower().startswith(b"<!doctype html>")


def test_words_that_look_like_markdown_stay_words(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("Markdown look-alikes", style="Title")
    for text in ("# not a heading", "1. not a list", "Meet at 10:30: in the hall.",
                 "A * star and [brackets] and :bus: too.", "- not a bullet"):
        document.add_paragraph(text)
    document.save(str(tmp_path / "odd.docx"))
    easyread.import_docx(tmp_path / "odd.docx", tmp_path / "odd.md")
    doc = easyread.load(tmp_path / "odd.md")
    lines = [line.text for row in _rows(doc) for line in row.lines]
    assert lines == ["# not a heading", "1. not a list", "Meet at 10:30: in the hall.",
                     "A * star and [brackets] and :bus: too.", "- not a bullet"]
    assert all(row.picture is None for row in _rows(doc))


def test_a_picture_without_description_is_noted_at_its_line(tmp_path: Path) -> None:
    import docx

    from tests.importers.word_files import add_rows

    document = docx.Document()
    add_rows(document, [("green", "", [[("A row.", False)]])])
    document.save(str(tmp_path / "noalt.docx"))
    result = easyread.import_docx(tmp_path / "noalt.docx", tmp_path / "noalt.md")
    lines = result.text.splitlines()
    [note] = [note for note in result.notes if "no description" in note.message]
    assert note.loc.file == str(tmp_path / "noalt.md")
    assert re.match(r"!\[\]\(noalt-pictures/01-picture\.png\) A row\.", lines[note.loc.line - 1])
