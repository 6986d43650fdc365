"""Choosing pictures for a booklet: a clear lead, variety, and the same idea kept."""

from __future__ import annotations

import pytest

from easyread.pictures.choose import FREE_REPEATS, Picker, lead
from easyread.pictures.library import PictureLibrary
from easyread.pictures.suggest import Matcher, Suggestion, matcher_for


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return matcher_for(PictureLibrary(picture_set="openmoji"))


def _s(name: str, score: float, because: str) -> Suggestion:
    return Suggestion(name, (), "", "", score, because)


def test_lead_counts_only_rivals_from_other_words() -> None:
    assert lead([_s("pay", 20, "pay"), _s("money", 18, "pay"), _s("home", 10, "rent")]) == 0.5
    assert lead([_s("pay", 20, "pay"), _s("home", 15, "rent")]) == 0.25
    assert lead([_s("phone", 12, "#phone")]) == 1.0
    assert lead([]) == 0.0


def test_same_idea_keeps_its_picture(matcher: Matcher) -> None:
    picker = Picker(matcher)
    picks = [picker.pick("Ring us on 0800 123 4567.")[0] for _ in range(6)]
    assert all(p is not None and p.name == "phone" for p in picks)


def test_a_picture_used_for_other_ideas_counts_less(matcher: Matcher) -> None:
    text = "There is help for you."
    plain = Picker(matcher).rank(text)[0]
    busy = Picker(matcher)
    for _ in range(FREE_REPEATS):
        busy.seen(plain.name)
    assert busy.rank(text)[0].score == plain.score  # a few uses are free
    for _ in range(3):
        busy.seen(plain.name)
    again = next(s for s in busy.rank(text) if s.name == plain.name)
    assert again.score < plain.score
    # Chosen before for this same word: no penalty, the idea keeps its picture.
    busy.ideas[plain.name] = {plain.because}
    assert next(s for s in busy.rank(text) if s.name == plain.name).score == plain.score


def test_no_clear_lead_leaves_the_choice_to_a_person(matcher: Matcher) -> None:
    picker = Picker(matcher, min_lead=0.99)
    chosen, ranked = picker.pick("Pay the rent on the first day of the month.")
    assert chosen is None and ranked
    assert Picker(matcher, min_score=0.5, min_lead=0.0).pick(
        "Pay the rent on the first day.")[0] is not None
