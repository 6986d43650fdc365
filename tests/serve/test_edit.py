"""Edits touch only the lines of the row they change; every other byte of the file stays."""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest

from easyread.model import iter_rows
from easyread.read import parse
from easyread.serve.edit import (
    EditError,
    add_row,
    apply_edit,
    clean_lines,
    remove_row,
    set_picture,
    set_text,
)
from easyread.serve.row_lines import map_rows

ROOT = Path(__file__).resolve().parents[2]

BOOKLET = """---
title: Our garden club
language: en-GB
---

<!-- a note for the writers: keep rows short -->

# Who we are

:people: We are a club for people who like plants.
We meet every week.

:calendar:
We meet on Tuesdays.

## What to bring

1. :water: A bottle of water.
2. Gloves for your hands.
3. A hat if it is sunny.

- Old clothes.

- Strong shoes.

> :phone: Phone Sam if you are ill.
> Sam will tell the group.
>
> You can also send a text.

Gloves
: Clothes for your hands.
"""


def doc_of(text: str):
    return parse(text, source="club.md")


def row_texts(text: str) -> list[str]:
    return [row.text for row in iter_rows(doc_of(text))]


def changes(old: str, new: str) -> list[tuple[str, list[str], list[str]]]:
    """The changed blocks between two files, line by line, line endings included."""
    a, b = old.splitlines(keepends=True), new.splitlines(keepends=True)
    blocks = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if tag != "equal":
            blocks.append((tag, a[i1:i2], b[j1:j2]))
    return blocks


def test_every_row_maps_back_to_its_own_lines() -> None:
    for path in [*sorted((ROOT / "examples").glob("*.md")), None]:
        text = path.read_text(encoding="utf-8") if path else BOOKLET
        doc = parse(text, base_dir=path.parent if path else ".", source=path or "club.md")
        for source in map_rows(doc, text):
            assert source is not None
            # Writing a row's own words back changes nothing at all.
            assert set_text(text, doc, source.index, source.text) == text


def test_row_text_change_touches_only_that_row() -> None:
    new = set_text(BOOKLET, doc_of(BOOKLET), 0, "We are a club for people who love plants.\n"
                   "We meet once a week.")
    assert changes(BOOKLET, new) == [(
        "replace",
        [":people: We are a club for people who like plants.\n", "We meet every week.\n"],
        [":people: We are a club for people who love plants.\n", "We meet once a week.\n"],
    )]
    assert row_texts(new)[0] == "We are a club for people who love plants.\nWe meet once a week."


def test_list_item_keeps_its_number_and_indent() -> None:
    new = set_text(BOOKLET, doc_of(BOOKLET), 3, "Gloves.\nThin ones are best.")
    assert changes(BOOKLET, new) == [(
        "replace", ["2. Gloves for your hands.\n"], ["2. Gloves.\n", "   Thin ones are best.\n"])]


def test_box_lines_keep_the_box_marker() -> None:
    new = set_text(BOOKLET, doc_of(BOOKLET), 7, "Phone Sam.\nOr phone Kim.")
    assert changes(BOOKLET, new) == [(
        "replace", ["> :phone: Phone Sam if you are ill.\n", "> Sam will tell the group.\n"],
        ["> :phone: Phone Sam.\n", "> Or phone Kim.\n"])]


def test_words_that_look_like_layout_stay_words() -> None:
    lines = clean_lines("# not a heading\n\n  2. not a list  \n- no\n---\n> no box\n: no")
    assert lines == ["\\# not a heading", "2\\. not a list", "\\- no", "\\---", "\\> no box",
                     "\\: no"]
    new = set_text(BOOKLET, doc_of(BOOKLET), 0, "# one\n2. two\n---")
    assert row_texts(new)[0] == "# one\n2. two\n---"
    assert len(row_texts(new)) == len(row_texts(BOOKLET))


def test_empty_words_are_refused_unless_the_row_has_a_picture() -> None:
    doc = doc_of(BOOKLET)
    with pytest.raises(EditError, match="no words"):
        set_text(BOOKLET, doc, 4, " \n ")
    only_picture = set_text(BOOKLET, doc, 0, "")
    assert changes(BOOKLET, only_picture)[0][2] == [":people:\n"]


def test_picture_change_replaces_only_the_name() -> None:
    new = set_picture(BOOKLET, doc_of(BOOKLET), 0, "doctor")
    assert changes(BOOKLET, new) == [(
        "replace", [":people: We are a club for people who like plants.\n"],
        [":doctor: We are a club for people who like plants.\n"])]
    assert next(iter_rows(doc_of(new))).picture.name == "doctor"


def test_picture_added_after_the_list_marker() -> None:
    new = set_picture(BOOKLET, doc_of(BOOKLET), 4, "sun")
    assert changes(BOOKLET, new) == [(
        "replace", ["3. A hat if it is sunny.\n"], ["3. :sun: A hat if it is sunny.\n"])]


def test_picture_alone_on_its_line_is_taken_away_with_its_line() -> None:
    doc = doc_of(BOOKLET)
    new = set_picture(BOOKLET, doc, 1, None)
    assert new == BOOKLET.replace(":calendar:\nWe meet", "We meet")
    assert list(iter_rows(doc_of(new)))[1].picture is None
    assert set_picture(BOOKLET, doc, 3, None) == BOOKLET  # no picture: nothing to do
    with pytest.raises(EditError, match="not a picture name"):
        set_picture(BOOKLET, doc, 0, "../secret")


def test_added_row_is_a_new_paragraph_after_the_row() -> None:
    new = add_row(BOOKLET, doc_of(BOOKLET), 0, "Everyone is welcome.", "happy")
    assert changes(BOOKLET, new) == [("insert", [], ["\n", ":happy: Everyone is welcome.\n"])]
    assert row_texts(new)[1] == "Everyone is welcome."


def test_added_list_item_renumbers_the_items_after_it() -> None:
    new = add_row(BOOKLET, doc_of(BOOKLET), 3, "A snack.")
    assert changes(BOOKLET, new) == [(
        "replace", ["3. A hat if it is sunny.\n"],
        ["3. A snack.\n", "4. A hat if it is sunny.\n"])]


def test_added_item_in_a_loose_list_and_in_a_box() -> None:
    doc = doc_of(BOOKLET)
    loose = add_row(BOOKLET, doc, 5, "A coat.")
    assert loose == BOOKLET.replace("- Old clothes.\n", "- Old clothes.\n\n- A coat.\n")
    boxed = add_row(BOOKLET, doc, 8, "Or send an email.")
    assert changes(BOOKLET, boxed) == [("insert", [], [">\n", "> Or send an email.\n"])]
    assert row_texts(boxed)[9] == "Or send an email."


def test_removed_row_takes_one_blank_line_with_it() -> None:
    new = remove_row(BOOKLET, doc_of(BOOKLET), 1)
    assert changes(BOOKLET, new) == [("delete", [":calendar:\n", "We meet on Tuesdays.\n", "\n"],
                                      [])] or changes(BOOKLET, new) == [
        ("delete", ["\n", ":calendar:\n", "We meet on Tuesdays.\n"], [])]
    assert "\n\n\n" not in new


def test_removed_list_item_renumbers_and_box_end_stays_tidy() -> None:
    doc = doc_of(BOOKLET)
    new = remove_row(BOOKLET, doc, 3)
    assert changes(BOOKLET, new) == [(
        "replace", ["2. Gloves for your hands.\n", "3. A hat if it is sunny.\n"],
        ["2. A hat if it is sunny.\n"])]
    last_in_box = remove_row(BOOKLET, doc, 8)
    assert "> Sam will tell the group.\n\nGloves" in last_in_box


def test_item_with_rows_inside_is_not_removed() -> None:
    text = "---\ntitle: T\n---\n\n- Fruit\n  - Apples\n  - Pears\n- Bread\n"
    with pytest.raises(EditError, match="inside it"):
        remove_row(text, doc_of(text), 0)
    assert row_texts(remove_row(text, doc_of(text), 1)) == ["Fruit", "Pears", "Bread"]


def test_windows_line_endings_and_byte_order_mark_are_kept() -> None:
    text = "\ufeff" + BOOKLET.replace("\n", "\r\n")
    doc = doc_of(text)
    for new in (set_text(text, doc, 0, "One.\nTwo."), add_row(text, doc, 0, "Three."),
                remove_row(text, doc, 0), set_picture(text, doc, 4, "sun")):
        assert new.startswith("\ufeff---\r\n")
        assert "\n" not in new.replace("\r\n", "")
    blocks = changes(text, set_text(text, doc, 0, "One.\nTwo."))
    assert blocks[0][2] == [":people: One.\r\n", "Two.\r\n"]


def test_file_without_final_newline() -> None:
    text = "---\ntitle: T\n---\n\nOne.\n\nTwo."
    doc = doc_of(text)
    assert add_row(text, doc, 1, "Three.") == text + "\n\nThree."
    assert set_text(text, doc, 1, "Deux.") == text.replace("Two.", "Deux.")
    assert remove_row(text, doc, 1) == "---\ntitle: T\n---\n\nOne.\n"


def test_apply_edit_checks_the_request() -> None:
    doc = doc_of(BOOKLET)
    assert apply_edit(BOOKLET, doc, {"op": "add", "row": 0, "text": "Hi."}).rows == 10
    assert apply_edit(BOOKLET, doc, {"op": "remove", "row": 0}).rows == 8
    for bad in ({"op": "text"}, {"op": "text", "row": True}, {"op": "fly", "row": 0},
                {"op": "text", "row": 0, "text": 5}, {"op": "text", "row": 99, "text": "x"}):
        with pytest.raises(EditError):
            apply_edit(BOOKLET, doc, bad)
