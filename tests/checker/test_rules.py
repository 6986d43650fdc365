"""Each rule fires at the right line and column, and stays quiet on clean easy read text."""

from __future__ import annotations

from pathlib import Path

import pytest

from easyread.checker import RULES, CheckConfig, check
from easyread.read import parse
from tests.checker.helpers import FRONT, found, run

# Body text starts on line 5 (after 4 lines of front matter).
CLEAN = """\
# About this booklet

:doctor: This booklet is about seeing your doctor.
You can ask a friend to help you read it.

:calendar: Your doctor will see you on Monday.

# Contact us

:phone: Phone us on 0300 123 4567.
Email us at help@example.org.uk.
Our website is www.example.org.uk.
"""


def test_clean_text_has_no_findings() -> None:
    report = run(CLEAN)
    assert [str(f) for f in report.findings] == []
    assert report.summary.score is not None and report.summary.score >= 90


@pytest.mark.parametrize(
    ("body", "rule", "expected"),
    [
        # 16 words: a warning at the sentence start, column 10 after the picture.
        (
            ":doctor: We will write to you with the date and the time of your meeting "
            "when we know it.\n",
            "TEXT-SENTENCE-LENGTH",
            ["5:10 TEXT-SENTENCE-LENGTH"],
        ),
        (
            ":doctor: Bring your letter. Come to the desk.\n",
            "TEXT-ONE-SENTENCE-PER-LINE",
            ["5:29 TEXT-ONE-SENTENCE-PER-LINE"],
        ),
        (
            ":doctor: Bring **proof** with you.\n",
            "TEXT-HARD-WORDS-EXPLAINED",
            ["5:18 TEXT-HARD-WORDS-EXPLAINED"],
        ),
        (":doctor: You will get a remittance soon.\n", "TEXT-EASY-WORDS", ["5:25 TEXT-EASY-WORDS"]),
        (
            ":doctor: Bring some money, e.g. coins.\n",
            "TEXT-ABBREVIATIONS",
            ["5:28 TEXT-ABBREVIATIONS"],
        ),
        (":doctor: Ask the DWP for help.\n", "TEXT-ABBREVIATIONS", ["5:18 TEXT-ABBREVIATIONS"]),
        (
            ":doctor: You can bring three people.\n",
            "TEXT-NUMBERS-DIGITS",
            ["5:24 TEXT-NUMBERS-DIGITS"],
        ),
        (
            ":doctor: About 62% of people said yes.\n",
            "TEXT-NO-PERCENTAGES",
            ["5:16 TEXT-NO-PERCENTAGES"],
        ),
        (":doctor: We sent 1,552 letters.\n", "TEXT-NO-PERCENTAGES", ["5:18 TEXT-NO-PERCENTAGES"]),
        (
            ":doctor: Bring your card; bring your keys.\n",
            "TEXT-SIMPLE-PUNCTUATION",
            ["5:25 TEXT-SIMPLE-PUNCTUATION"],
        ),
        (
            ":doctor: Your letter will be sent by the council.\n",
            "TEXT-ACTIVE-VOICE",
            ["5:27 TEXT-ACTIVE-VOICE"],
        ),
        (":doctor: Do not forget your letter.\n", "TEXT-NEGATIVES", ["5:13 TEXT-NEGATIVES"]),
        (
            ":doctor: Do you need help?\n",
            "TEXT-NO-QUESTIONS-IN-BODY",
            ["5:10 TEXT-NO-QUESTIONS-IN-BODY"],
        ),
        (":doctor: You can't park here.\n", "TEXT-NO-CONTRACTIONS", ["5:14 TEXT-NO-CONTRACTIONS"]),
        (
            ":doctor: See your doctor.\n\n:doctor: Your GP will check you.\n",
            "TEXT-CONSISTENT-TERMS",
            ["7:15 TEXT-CONSISTENT-TERMS"],
        ),
        (
            ":doctor: You *must* bring it.\n",
            "LAYOUT-NO-ITALIC-UNDERLINE-CAPS",
            ["5:15 LAYOUT-NO-ITALIC-UNDERLINE-CAPS"],
        ),
        (
            ":doctor: It is VERY important.\n",
            "LAYOUT-NO-ITALIC-UNDERLINE-CAPS",
            ["5:16 LAYOUT-NO-ITALIC-UNDERLINE-CAPS"],
        ),
        ("You can come on Monday.\n", "IMG-EVERY-IDEA", ["5:1 IMG-EVERY-IDEA"]),
        (
            ":doctor: One.\nTwo.\nThree.\nFour.\n",
            "LAYOUT-ROW-SIZE",
            ["5:1 LAYOUT-ROW-SIZE"],
        ),
    ],
)
def test_rule_finds_fault_at_position(body: str, rule: str, expected: list[str]) -> None:
    assert found(body, rule) == expected


def test_positions_inside_lists_boxes_and_multi_line_rows() -> None:
    body = (
        ":doctor: You can come.\n"
        "We can't wait.\n"  # line 6, in a multi-line row
        "\n"
        "- Bring a pen.\n"
        "- You won't pay.\n"  # line 9, in a list: "won't" at column 7
        "\n"
        "> Bring your card.\n"
        "> We don't mind.\n"  # line 12, in a box: "don't" at column 6
    )
    assert found(body, "TEXT-NO-CONTRACTIONS") == [
        "6:4 TEXT-NO-CONTRACTIONS",
        "9:7 TEXT-NO-CONTRACTIONS",
        "12:6 TEXT-NO-CONTRACTIONS",
    ]


def test_headings_may_be_questions_and_are_not_sentences() -> None:
    body = "# What is a federal election and why does it matter to everyone here?\n\n:doctor: Ok.\n"
    assert found(body, "TEXT-NO-QUESTIONS-IN-BODY", "TEXT-SENTENCE-LENGTH") == []


def test_contact_details_and_names_are_not_flagged() -> None:
    body = (
        ":doctor: Sarah Okonkwo works at Kettering General.\n"
        "Phone 01632 960 983 or 0300 123 4567.\n"
        "Email sarah.okonkwo@example.org.uk or visit www.example.org.uk/help.\n"
    )
    rules = (
        "TEXT-EASY-WORDS",
        "TEXT-ABBREVIATIONS",
        "TEXT-NO-PERCENTAGES",
        "TEXT-SIMPLE-PUNCTUATION",
        "TEXT-NUMBERS-DIGITS",
        "LAYOUT-NO-ITALIC-UNDERLINE-CAPS",
    )
    assert found(body, *rules) == []


def test_word_list_explains_bold_words_and_unused_entries_are_reported() -> None:
    body = (
        ":doctor: You need a **referral**.\n\n"
        "# Word list\n\n"
        "Referrals\n: A letter that asks a service to see you.\n\n"
        "Tenancy\n: An agreement to rent a home.\n"
    )
    assert found(body, "TEXT-HARD-WORDS-EXPLAINED") == ["12:1 TEXT-HARD-WORDS-EXPLAINED"]


def test_initials_explained_in_brackets_or_allowed_are_quiet() -> None:
    body = ":doctor: The Department for Work and Pensions (DWP) can help.\nThe DWP pays PIP.\n"
    assert found(body, "TEXT-ABBREVIATIONS") == ["6:14 TEXT-ABBREVIATIONS"]
    assert found(body, "TEXT-ABBREVIATIONS", allow_initials=["PIP"]) == []


def test_scale_words_after_digits_and_one_as_pronoun_are_fine() -> None:
    body = ":doctor: About 9 hundred people came.\nThis one is yours.\n"
    assert found(body, "TEXT-NUMBERS-DIGITS") == []


def test_years_and_codes_are_not_big_numbers() -> None:
    body = ":doctor: In 2024 we moved.\nWrite to Freepost 9867.\n"
    assert found(body, "TEXT-NO-PERCENTAGES") == []


def test_sentence_length_error_over_25_words() -> None:
    words = " ".join(["word"] * 26)
    report = run(f":doctor: {words}.\n", "TEXT-SENTENCE-LENGTH")
    assert [f.severity.value for f in report.findings] == ["error"]


def test_doc_rules_report_missing_contact_and_contents() -> None:
    rows = "".join(f":doctor: Row {n} is here.\n\n" for n in range(60))
    assert found(rows, "DOC-CONTACT", "DOC-CONTENTS") == [
        "1:1 DOC-CONTENTS",
        "123:1 DOC-CONTACT",
    ]


def test_overridden_contact_headings_leave_that_section_out_of_the_measures() -> None:
    body = (
        "# About\n\n:doctor: You can see a doctor.\n\n"
        "# Ask us\n\n:phone: You can ask us about your visit to the doctor.\n"
    )
    usual = run(body)
    ask_us = run(body, front="---\ntitle: T\ncheck:\n  DOC-CONTACT: {headings: [ask us]}\n---\n\n")
    assert (usual.summary.words, usual.summary.sentences) == (15, 2)
    assert (ask_us.summary.words, ask_us.summary.sentences) == (5, 1)
    assert "DOC-CONTACT" in {f.rule for f in usual.findings}
    assert "DOC-CONTACT" not in {f.rule for f in ask_us.findings}


def test_doc_length_words() -> None:
    rows = "".join(f":doctor: {'Cats ' * 14}sleep.\n\n" for _ in range(70))
    assert found(rows, "DOC-LENGTH-WORDS") == ["1:1 DOC-LENGTH-WORDS"]


def test_picture_without_alt_text(tmp_path: Path) -> None:
    (tmp_path / "bus.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>', "utf-8"
    )
    text = FRONT + "![](bus.svg) Take the bus.\n\n![bus.svg](bus.svg) Get off here.\n"
    doc = parse(text, base_dir=tmp_path, source="t.md")
    config = CheckConfig(settings={"disable": [r for r in RULES if r != "A11Y-ALT"]})
    assert [f"{f.loc.line}:{f.loc.column}" for f in check(doc, config).findings] == ["5:1", "7:1"]


def test_bold_as_an_example_of_bold_is_not_a_hard_word() -> None:
    from easyread.checker import check
    from easyread.read import parse

    doc = parse("---\ntitle: T\n---\n\nSome words are in **bold**.\nA **vet** is here.\n")
    found = [f for f in check(doc).findings if f.rule == "TEXT-HARD-WORDS-EXPLAINED"]
    expected = "“vet” is in bold, but the word list does not explain it."
    assert [f.message for f in found] == [expected]
