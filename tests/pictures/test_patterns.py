"""Rows that are mainly a phone number, an email or web address, a date or a time."""

from __future__ import annotations

import pytest

from easyread.pictures.patterns import pattern_pictures


@pytest.mark.parametrize(("text", "names"), [
    ("Ring us on 0800 123 4567.", ["phone"]),
    ("Our number is 13 23 26", ["phone"]),
    ("+44 20 7946 0000", ["phone"]),
    ("Write to hello@example.org", ["email"]),
    ("Look at www.example.org/help for more.", ["website"]),
    ("https://example.org", ["website"]),
    ("See example.gov.uk/vote", ["website"]),
    ("The meeting starts at 10am.", ["clock"]),
    ("Come at 2:30 on the day.", ["clock"]),
    ("The law changed on 6 May 2024.", ["calendar"]),
    ("Send it back by 12/05/2025.", ["calendar"]),
    ("Email hello@example.org or ring 0800 123 4567", ["email", "phone"]),
])
def test_patterns_found(text: str, names: list[str]) -> None:
    assert [name for name, _ in pattern_pictures(text)] == names


@pytest.mark.parametrize("text", [
    "In 2020 there were 9 hundred workers.",
    "From 2019 to 2020 the number went up.",
    "Our office is at 3-5 Long Street, Town 2600.",
    "About 12.5% of people said yes.",
    "Reply Paid 9867",
    "In 2018, 2019 and 2020 it was the same.",
    "You can find us on social media @ourgroup",
])
def test_numbers_that_are_not_patterns(text: str) -> None:
    assert pattern_pictures(text) == []
