"""The rules added for issue 14: spelling, figures of speech, link words, picture codes."""

from __future__ import annotations

import pytest

from tests.checker.helpers import found, run


def messages(body: str, rule: str) -> list[tuple[str, str]]:
    return [(f.message, f.hint) for f in run(body, rule).findings]


@pytest.mark.parametrize(
    ("typo", "fix"),
    [("recieve", "receive"), ("goverment", "government"), ("hospitel", "hospital")],
)
def test_a_misspelt_common_word_is_reported_with_the_right_word(typo: str, fix: str) -> None:
    assert messages(f":letter: You will {typo} a letter.\n", "TEXT-SPELLING") == [
        (f"“{typo}” may be spelt wrong.", f"Did you mean “{fix}”?")
    ]


@pytest.mark.parametrize(
    "body",
    [
        # British spellings are right, not typos of American ones.
        ":paint: We organise counselling for children in the paediatric ward.\n",
        ":paint: The colour of the centre is blue.\n",
        # Names, initials, the word list and the user's own words are left alone.
        ":talk: Ask Jaswinder or the PALS team.\n",
        ":home: You can get telecare at home.\n",
    ],
)
def test_right_words_are_not_spelling_mistakes(body: str) -> None:
    assert found(body, "TEXT-SPELLING") == []


def test_known_words_silence_the_spelling_check() -> None:
    body = ":home: Our lettr service comes to you.\n"
    assert found(body, "TEXT-SPELLING") == ["5:12 TEXT-SPELLING"]
    front = "---\ntitle: T\ncheck:\n  TEXT-SPELLING: {known_words: [lettr]}\n---\n\n"
    assert found(body, "TEXT-SPELLING", front=front) == []


def test_figures_of_speech_are_reported_once_with_plain_words() -> None:
    body = (
        ":group: We will stand up for you.\n\n"
        ":group: She stands up for her friends too.\n\n"
        ":eye: Keep an eye on your post.\n"
    )
    assert messages(body, "TEXT-FIGURATIVE") == [
        ("“stand up for” is a figure of speech.", "Say it plainly, like “speak up for”."),
        ("“Keep an eye on” is a figure of speech.", "Say it plainly, like “watch, or check”."),
    ]


def test_link_words_must_say_where_the_link_goes() -> None:
    body = (
        ":website: To read more, [click here](https://example.org/bus).\n\n"
        ":website: Read [the bus pass page](https://example.org/bus).\n"
    )
    assert found(body, "TEXT-LINK-TEXT") == ["5:26 TEXT-LINK-TEXT"]


def test_a_pointer_to_a_page_needs_an_address_in_its_row() -> None:
    assert found(":website: Visit this page to find out more.\n", "TEXT-LINK-TEXT") == [
        "5:11 TEXT-LINK-TEXT"
    ]
    with_address = ":website: Visit this page to find out more.\nwww.example.org/bus\n"
    assert found(with_address, "TEXT-LINK-TEXT") == []


def test_a_picture_code_inside_a_row_is_reported() -> None:
    body = ":bus: Take the bus.\nBring your ticket :ticket: with you.\n\n:clock: Come at 10:30.\n"
    assert found(body, "IMG-PICTURE-MID-ROW") == ["6:19 IMG-PICTURE-MID-ROW"]


def test_hints_grow_with_the_problem() -> None:
    long = " ".join(["word"] * 120) + "."
    (hint,) = [f.hint for f in run(f":talk: {long}\n", "TEXT-SENTENCE-LENGTH").findings]
    assert hint == "Split it into about 8 short sentences, each on its own line."
    (hint,) = [
        f.hint
        for f in run(":talk: " + " ".join(["word"] * 17) + ".\n", "TEXT-SENTENCE-LENGTH").findings
    ]
    assert hint == "Split it into 2 short sentences, each on its own line."


def test_row_length_is_counted_in_printed_lines() -> None:
    # One source line of 120 words wraps onto many lines on the page.
    long_line = ":talk: " + " ".join(["Tell"] + ["us"] * 118) + " today.\n"
    report = run(long_line, "LAYOUT-ROW-SIZE")
    (finding,) = report.findings
    assert finding.message.startswith("This row takes about ")
    lines = int(finding.message.split("about ")[1].split()[0])
    assert lines > 5
    assert found(":talk: Tell us today.\nWe will call you.\n", "LAYOUT-ROW-SIZE") == []
