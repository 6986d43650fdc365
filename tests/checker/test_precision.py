"""False alarms found on real easy read booklets, each written again in our own words.

Every case here was a finding a professional easy read writer would not act on (see the
precision table in docs/rules.md); the tests keep them away, and keep the real problems next
to them reported.
"""

from __future__ import annotations

import pytest

from tests.checker.helpers import found

ENGLISH = "---\ntitle: Test booklet\nlanguage: en-GB\n---\n\n"


def negatives(body: str) -> list[str]:
    return found(body, "TEXT-NEGATIVES")


@pytest.mark.parametrize(
    "sentence",
    [
        "Many people said they did not get any help last year.",
        "The number of people waiting has not gone down.",
        "This booklet is not legal advice.",
        "You cannot see the virus.",
    ],
)
def test_a_reported_fact_with_one_negative_is_left_alone(sentence: str) -> None:
    assert negatives(f":talk: {sentence}\n") == []


@pytest.mark.parametrize(
    ("sentence", "column"),
    [
        ("If you do not sign, we will not pay you.", 18),
        ("We cannot help you unless you tell us first.", 11),
        ("You do not get money without a letter.", 15),
    ],
)
def test_double_negatives_are_reported(sentence: str, column: int) -> None:
    assert negatives(f":talk: {sentence}\n") == [f"5:{column} TEXT-NEGATIVES"]


def test_a_negative_instruction_is_reported() -> None:
    assert negatives(":phone: Do not phone after 6 in the evening.\n") == ["5:12 TEXT-NEGATIVES"]
    assert negatives(":phone: Never share your PIN with anyone.\n") == ["5:9 TEXT-NEGATIVES"]


def test_born_and_deprived_are_states_not_the_passive() -> None:
    body = (
        ":baby: Help can start before a baby is born.\n\n"
        ":house: Life is harder in an area that is deprived.\n\n"
        ":letter: The letter was sent by the council.\n"
    )
    assert found(body, "TEXT-ACTIVE-VOICE") == ["9:21 TEXT-ACTIVE-VOICE"]


def test_initials_followed_by_their_words_in_brackets_are_explained() -> None:
    body = ":people: Some young people are LGBT (lesbian, gay, bisexual and trans).\n"
    assert found(body, "TEXT-ABBREVIATIONS", "TEXT-SIMPLE-PUNCTUATION") == []


def test_initials_in_brackets_after_their_words_are_not_hard_punctuation() -> None:
    body = (
        ":office: The Department for Work and Pensions (DWP) pays benefits.\n\n"
        ":letter: Bring your letter (the blue one).\n"
    )
    assert found(body, "TEXT-ABBREVIATIONS", "TEXT-SIMPLE-PUNCTUATION") == [
        "7:28 TEXT-SIMPLE-PUNCTUATION"
    ]


def test_a_name_in_capitals_is_not_shouting() -> None:
    body = (
        ":world: NATO is a group of countries that help each other.\n\n"
        ":house: Write to 4 Long Road, Canberra ACT 2600.\n\n"
        ":important: This is VERY important.\n"
    )
    assert found(body, "LAYOUT-NO-ITALIC-UNDERLINE-CAPS") == [
        "9:21 LAYOUT-NO-ITALIC-UNDERLINE-CAPS"
    ]


def test_words_a_sentence_tells_apart_are_not_two_names_for_one_thing() -> None:
    body = ":doctor: You can see GPs and hospital doctors.\n\n:doctor: Your doctor will ring you.\n"
    assert found(body, "TEXT-CONSISTENT-TERMS") == []
    assert found(
        ":map: We live in the UK.\n\n:map: Britain has 4 nations.\n", "TEXT-CONSISTENT-TERMS"
    ) == ["7:7 TEXT-CONSISTENT-TERMS"]


def easy_words(body: str) -> list[str]:
    from tests.checker.helpers import run

    return [f.message for f in run(body, "TEXT-EASY-WORDS").findings]


@pytest.mark.parametrize(
    "word",
    [
        "advocacy",
        "manifesto",
        "diverse",
        "engage",
        "portal",
        "pension",
        "residential",
        "assessment",
        "commence",
        "approximately",
        "queries",
        "safeguarding",
        "consultation",
        "pathway",
    ],
)
def test_hard_words_that_easy_read_writers_change_are_reported(word: str) -> None:
    assert easy_words(f":talk: We will talk about {word} with you.\n") == [
        f"“{word}” may be a hard word."
    ]


def test_a_plain_word_is_offered() -> None:
    from tests.checker.helpers import run

    report = run(":calendar: The course will commence on Monday.\n", "TEXT-EASY-WORDS")
    assert [f.hint for f in report.findings] == ["Try “start” instead."]


@pytest.mark.parametrize(
    "body",
    [
        # Disability words readers use about themselves.
        ":people: We support people with disabilities.\n",
        # A name at the start of a line, never written in small letters.
        ":talk: Nadiya runs the group on Tuesdays.\n",
        # 2 common words written as one.
        ":book: The rulebook says what we can do.\n",
        # A plural of a common word.
        ":tissue: Catch coughs and sneezes in a tissue.\n",
        # Explained in its own sentence.
        ":home: Fieldwork services are services that visit you at home.\n"
        "We have 3 fieldwork teams.\n",
        ":talk: An advocate is someone who speaks up for you.\n"
        "Your advocate can come to the meeting.\n",
        ":vote: A big vote about one question is called a referendum.\nThe referendum is in May.\n",
    ],
)
def test_words_a_reader_knows_or_the_booklet_explains_are_not_hard(body: str) -> None:
    assert easy_words(body) == []


def hard_word_findings(body: str) -> list[str]:
    return found(body, "TEXT-HARD-WORDS-EXPLAINED")


@pytest.mark.parametrize(
    "body",
    [
        ":vote: A **referendum** is a big vote about one question.\n",
        ":vote: We will call it **the plan** for short.\n",
        ":vote: Put your name on the list of **voters** \u2013 people who can vote.\n",
        ":money: You may get a **grant** (money you do not pay back).\n",
    ],
)
def test_a_bold_word_explained_where_it_is_used_is_not_an_error(body: str) -> None:
    assert hard_word_findings(body) == []


def test_a_bold_word_nobody_explains_is_still_an_error() -> None:
    assert hard_word_findings(":vote: There will be a **referendum** in May.\n") == [
        "5:26 TEXT-HARD-WORDS-EXPLAINED"
    ]


def test_a_word_list_entry_is_used_in_any_form_of_its_words() -> None:
    body = (
        ":people: We asked a First Nation person what they think.\n\n"
        "# Word list\n\nFirst Nations people\n: The first people to live in a land.\n"
    )
    assert hard_word_findings(body) == []
    unused = body.replace("a First Nation person", "our neighbours")
    assert hard_word_findings(unused) == ["9:1 TEXT-HARD-WORDS-EXPLAINED"]


def test_readability_is_shown_on_its_scale_in_words_and_raw_in_json() -> None:
    import json

    from easyread.checker import format_json, format_summary
    from tests.checker.helpers import run

    report = run(":cat: The cat sat.\n\n:dog: A dog ran.\n")
    raw = report.summary.readability
    assert raw is not None and raw.flesch_reading_ease > 100
    assert "Flesch reading ease 100 of 100 (very easy), grade 0.0" in format_summary(report)
    summary = json.loads(format_json(report))["summary"]["readability"]
    assert summary["flesch_reading_ease"] == round(raw.flesch_reading_ease, 1)


def test_the_score_counts_the_texts_sentences_not_its_layout() -> None:
    from tests.checker.helpers import run

    one_row = ":bus: The bus to the hospital goes every 20 minutes from the town centre.\n"
    split = ":bus: The bus to the hospital goes every 20 minutes\n\n:bus: from the town centre.\n"
    assert run(one_row).summary.sentences == run(split).summary.sentences == 1
    contents = "Contents 2\n\nAbout this booklet 3\n\n"
    page_headers = "".join(
        f"Easy read guide\n\n:bus: Sentence number {n} is here.\n\n" for n in range(3)
    )
    listed = ":bag: Bring these things:\n\n- your letter\n- your bus pass\n"
    assert run(contents + one_row).summary.sentences == 1
    assert run(page_headers).summary.sentences == 3
    repeated = "".join(":phone: Phone us.\n\n" for _ in range(4))
    assert run(repeated).summary.sentences == 4
    assert run(listed).summary.sentences == 1
