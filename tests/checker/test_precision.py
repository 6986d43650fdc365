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
