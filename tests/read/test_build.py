"""The reader turns each part of the format into the right model values at the right place."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from easyread.errors import Diagnostic, SourceError
from easyread.model import Box, Heading, ListBlock, PageBreak, Row, iter_rows
from easyread.read import parse

HEAD = "---\ntitle: Test booklet\n---\n"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    Image.new("RGB", (40, 40), "navy").save(tmp_path / "me.png")
    (tmp_path / "shape.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">'
        '<rect width="10" height="10"/></svg>'
    )
    return tmp_path


def test_paragraph_lines_stay_separate_with_positions(folder: Path) -> None:
    doc = parse(HEAD + "\nFirst line here.\nSecond line here.\n", base_dir=folder)
    (row,) = doc.sections[0].blocks
    assert isinstance(row, Row)
    assert [line.text for line in row.lines] == ["First line here.", "Second line here."]
    assert [(line.loc.line, line.loc.column) for line in row.lines] == [(5, 1), (6, 1)]
    assert row.picture is None


def test_own_picture_with_alt_text_starts_a_row(folder: Path) -> None:
    doc = parse(HEAD + "\n![My face](me.png) I am Sam.\n", base_dir=folder)
    row = next(iter_rows(doc))
    assert row.picture is not None
    assert row.picture.alt == "My face"
    assert row.picture.format == "png"
    assert row.lines[0].text == "I am Sam."
    # "I am Sam." starts after "![My face](me.png) ", 20 characters in.
    assert row.lines[0].loc.column == 20


def test_picture_alone_on_first_line(folder: Path) -> None:
    doc = parse(HEAD + "\n![A shape](shape.svg)\nThe shape is black.\n", base_dir=folder)
    row = next(iter_rows(doc))
    assert row.picture is not None and row.picture.format == "svg"
    assert [line.text for line in row.lines] == ["The shape is black."]
    assert row.lines[0].loc.line == 6


def test_bold_words_are_strong_runs_with_columns(folder: Path) -> None:
    doc = parse(HEAD + "\nSee your **doctor** soon.\n", base_dir=folder)
    runs = next(iter_rows(doc)).lines[0].runs
    assert [(r.text, r.strong, r.column) for r in runs] == [
        ("See your ", False, 1),
        ("doctor", True, 12),
        (" soon.", False, 20),
    ]


def test_sections_headings_and_anchors(folder: Path) -> None:
    text = HEAD + "\n# One\n\nA row.\n\n## Part\n\nB row.\n\n# One\n\nC row.\n"
    doc = parse(text, base_dir=folder)
    assert [s.heading.text for s in doc.sections if s.heading] == ["One", "One"]
    assert [s.heading.anchor for s in doc.sections if s.heading] == ["one", "one-2"]
    sub = doc.sections[0].blocks[1]
    assert isinstance(sub, Heading) and sub.level == 2 and sub.loc.line == 9


def test_numbered_list_keeps_numbers_and_nesting(folder: Path) -> None:
    text = HEAD + "\n3. ![x](me.png) Third.\n4. Fourth.\n   - Inside.\n"
    doc = parse(text, base_dir=folder)
    (lst,) = doc.sections[0].blocks
    assert isinstance(lst, ListBlock) and lst.ordered
    first, second, nested = lst.items
    assert isinstance(first, Row) and first.label == "3." and first.picture is not None
    assert isinstance(second, Row) and second.label == "4."
    assert isinstance(nested, ListBlock) and nested.depth == 1
    inner = nested.items[0]
    assert isinstance(inner, Row) and inner.label == "•" and inner.lines[0].loc.column == 6


def test_blockquote_is_a_box_and_rule_is_page_break(folder: Path) -> None:
    text = HEAD + "\n> ![x](me.png) Boxed line.\n> Second.\n\n---\n\nAfter.\n"
    blocks = parse(text, base_dir=folder).sections[0].blocks
    assert isinstance(blocks[0], Box) and isinstance(blocks[1], PageBreak)
    row = blocks[0].blocks[0]
    assert isinstance(row, Row) and [ln.text for ln in row.lines] == ["Boxed line.", "Second."]
    assert row.lines[1].loc.column == 3


def test_definition_list_becomes_the_word_list(folder: Path) -> None:
    text = HEAD + "\n# Start\n\nA **vet** helps pets.\n\n# Hard words\n\nVet\n: An animal doctor.\n"
    doc = parse(text, base_dir=folder)
    assert [s.heading.text for s in doc.sections if s.heading] == ["Start"]
    assert doc.meta.word_list_title == "Hard words"
    (word,) = doc.hard_words
    assert word.term == "Vet" and word.explanation[0].text == "An animal doctor."
    assert word.loc.line == 11


def test_heading_may_carry_a_picture(folder: Path) -> None:
    doc = parse(HEAD + "\n# ![me](me.png) About me\n\nRow.\n", base_dir=folder)
    heading = doc.sections[0].heading
    assert heading is not None and heading.text == "About me" and heading.picture is not None


def test_emphasis_is_kept_as_a_flag_for_the_checker(folder: Path) -> None:
    runs = next(iter_rows(parse(HEAD + "\nA *very* big day.\n", base_dir=folder))).lines[0].runs
    assert [r.text for r in runs if r.emphasis] == ["very"]


def test_missing_picture_is_an_error_at_its_place(folder: Path) -> None:
    with pytest.raises(SourceError) as caught:
        parse(HEAD + "\nText.\n\n![x](gone.png) More.\n", base_dir=folder, source="b.md")
    assert str(caught.value.loc) == "b.md:7:1"
    assert "gone.png" in caught.value.message


def test_picture_outside_the_folder_is_refused(folder: Path, tmp_path_factory) -> None:
    other = tmp_path_factory.mktemp("other")
    Image.new("RGB", (4, 4)).save(other / "x.png")
    with pytest.raises(SourceError, match="outside"):
        parse(HEAD + f"\n![x](../{other.name}/x.png) Hi.\n", base_dir=folder)


def test_file_that_is_not_an_image_is_refused(folder: Path) -> None:
    (folder / "fake.png").write_text("not a picture")
    with pytest.raises(SourceError, match="not a PNG"):
        parse(HEAD + "\n![x](fake.png) Hi.\n", base_dir=folder)


def test_web_pictures_are_refused(folder: Path) -> None:
    with pytest.raises(SourceError, match="internet"):
        parse(HEAD + "\n![x](https://example.org/a.png) Hi.\n", base_dir=folder)


def test_second_picture_in_a_row_is_reported(folder: Path) -> None:
    seen: list[Diagnostic] = []
    parse(HEAD + "\n![a](me.png) One ![b](me.png) two.\n", base_dir=folder, report=seen.append)
    assert len(seen) == 1 and seen[0].loc.line == 5


def test_empty_body_is_an_error(folder: Path) -> None:
    with pytest.raises(SourceError, match="no text yet"):
        parse(HEAD, base_dir=folder)


def test_crlf_and_bom_are_read(folder: Path) -> None:
    doc = parse("\ufeff" + (HEAD + "\nOne.\nTwo.\n").replace("\n", "\r\n"), base_dir=folder)
    assert [ln.text for ln in next(iter_rows(doc)).lines] == ["One.", "Two."]


def test_deep_lists_are_kept_whole_and_drawn_at_most_four_deep(folder: Path) -> None:
    text = HEAD + "\n" + "".join("  " * i + f"- item {i}\n" for i in range(30))
    seen: list[Diagnostic] = []
    doc = parse(text, base_dir=folder, report=seen.append)
    rows = list(iter_rows(doc))
    assert [r.text for r in rows] == [f"item {i}" for i in range(30)]
    depths = []

    def walk(block: ListBlock) -> None:
        depths.append(block.depth)
        for item in block.items:
            if isinstance(item, ListBlock):
                walk(item)

    first = doc.sections[0].blocks[0]
    assert isinstance(first, ListBlock)
    walk(first)
    assert max(depths) == 3 and seen


def test_nesting_beyond_the_limit_is_an_error_not_a_loss(folder: Path) -> None:
    with pytest.raises(SourceError, match="levels deep"):
        parse(HEAD + "\n" + "> " * 60 + "deep\n", base_dir=folder)
    doc = parse(HEAD + "\n" + "> " * 30 + "deep\n", base_dir=folder)
    assert [r.text for r in iter_rows(doc)] == ["deep"]


def test_heading_inside_a_box_is_kept_after_it(folder: Path) -> None:
    seen: list[Diagnostic] = []
    doc = parse(HEAD + "\n> Boxed.\n>\n> ## Inside\n", base_dir=folder, report=seen.append)
    blocks = doc.sections[0].blocks
    assert isinstance(blocks[0], Box) and isinstance(blocks[1], Heading) and seen


def test_two_explanation_lines_make_one_hard_word(folder: Path) -> None:
    doc = parse(HEAD + "\nA row.\n\nGP\n: A doctor.\n: You see them near home.\n", base_dir=folder)
    (word,) = doc.hard_words
    assert [line.text for line in word.explanation] == ["A doctor.", "You see them near home."]


def test_a_section_of_only_explanations_is_the_word_list_in_any_language() -> None:
    doc = parse("---\ntitle: Der Termin\nlanguage: de\n---\n\n# Beim Arzt\n\n"
                "Sie brauchen eine **Überweisung**.\n\n# Schwierige Wörter\n\n"
                "Überweisung\n: Ein Brief vom Arzt für einen anderen Arzt.\n")
    assert [s.heading.text for s in doc.sections if s.heading] == ["Beim Arzt"]
    assert doc.meta.word_list_title == "Schwierige Wörter"
    assert [w.term for w in doc.hard_words] == ["Überweisung"]


def test_a_word_list_without_a_heading_is_named_in_the_booklets_language() -> None:
    from easyread.writers.booklet import compose

    text = "---\ntitle: T\nlanguage: {}\n---\n\n# A\n\nA **word**.\n\nword\n: what it means\n"
    assert parse(text.format("de")).meta.word_list_title is None
    assert compose(parse(text.format("de"))).word_list_title == "Wörter-Liste"
    assert compose(parse(text.format("en-GB"))).word_list_title == "Word list"
