"""Sentences and Markdown from Word's words: cut at sentence ends, bold kept, syntax escaped."""

from __future__ import annotations

import pytest

from easyread.importers.draft import Segment
from easyread.importers.text import join_segments, markdown_line, split_sentences


def _md(line: tuple[Segment, ...]) -> list[str]:
    return [markdown_line(sentence) for sentence in split_sentences(line)]


def test_a_paragraph_is_cut_into_sentences_that_keep_their_bold_words() -> None:
    line = join_segments([Segment("Bring your "), Segment("passport", bold=True),
                          Segment(". It shows who you are! Is it "),
                          Segment("new? Ask", bold=True), Segment(" us.")])
    assert _md(line) == ["Bring your **passport**.", "It shows who you are!",
                         "Is it **new?**", "**Ask** us."]


@pytest.mark.parametrize(("text", "sentences"), [
    ("Open at 9 a.m. every day.", ["Open at 9 a.m. every day."]),  # a small letter follows
    ("We had 3.5 hours. Then we left.", ["We had 3.5 hours.", "Then we left."]),
    ('She said "Stop." Then she left.', ['She said "Stop."', "Then she left."]),
    ("Nothing to cut here", ["Nothing to cut here"]),
])
def test_where_sentences_end(text: str, sentences: list[str]) -> None:
    assert _md((Segment(text),)) == sentences


def test_spaces_are_tidied_and_same_look_pieces_joined() -> None:
    line = join_segments([Segment("  Two  "), Segment("words", bold=True),
                          Segment(" and", bold=True), Segment("\tmore  ")])
    assert line == (Segment("Two "), Segment("words and", bold=True), Segment(" more"))


@pytest.mark.parametrize(("text", "markdown"), [
    ("# not a heading", "\\# not a heading"),
    ("> not a box", "\\> not a box"),
    ("- not a list", "\\- not a list"),
    ("12. not a list", "12\\. not a list"),
    (": not an explanation", "\\: not an explanation"),
    ("Meet at :bus: stop", "Meet at \\:bus: stop"),
    ("5 * 3 = 15 [sum] <b>", "5 \\* 3 = 15 \\[sum\\] \\<b\\>"),
    ("Half_way", "Half\\_way"),
    ("At 10:30 today", "At 10:30 today"),
])
def test_words_that_look_like_markdown_are_escaped(text: str, markdown: str) -> None:
    assert markdown_line((Segment(text),)) == markdown


def test_links_and_bold_spaces() -> None:
    line = (Segment("See "), Segment("our site ", bold=True, link="https://example.org/a b"),
            Segment("now."))
    assert markdown_line(line) == "See **[our site](<https://example.org/a b>)** now."
