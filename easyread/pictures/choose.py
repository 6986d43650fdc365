"""Choose pictures for the rows of one booklet, in reading order: variety and consistency.

A booklet that shows the same generic picture on row after row (support, information) tells
the reader little. So a picture already used for another idea counts for less each time; but
the same idea keeps the same picture, which is what the consistency rule asks. Two rows share
an idea when the same word (or the same synonym or pattern) counted most for the picture.
"""

from __future__ import annotations

from dataclasses import replace

from easyread.pictures.suggest import Matcher, Suggestion

__all__ = ["FREE_REPEATS", "MAX_WORDS", "MIN_LEAD", "MIN_SCORE", "REPEAT_FACTOR", "Picker", "lead"]

MIN_SCORE = 2.0
"""The lowest score (in words, see Suggestion.score) a picture needs to be placed without a
person choosing it: as much as two words that each name the picture and no other, or
one whose picture has mostly been right in the rows the salience table was learned from
(easyread.pictures.salience: a word's weight times up to about 3), or one that names one of
the group's own pictures. A word of the synonym table alone counts 0.7 times its salience,
so it reaches this only when its picture was right in nearly every row it was in (about 20
words of the shipped table): the synonym table is where a word's other sense slips through
("buy" is not always shopping)."""
MIN_LEAD = 0.65
"""How far ahead of the runner-up the first picture must be, as a share of its score, to be
placed: (first - second) / first. MIN_SCORE and MIN_LEAD are calibrated together with
benchmarks/pictures_accuracy.py --calibrate, on every row not held out (the rows the salience
table is learned from measured out of fold, a topic at a time): the most placements while the
wrong share is at most 5% with 80% confidence (35 wrong of 832). A row left without a picture
is reported; a wrong picture is not (see docs/pictures.md)."""
MAX_WORDS = 25
"""A row longer than this holds several ideas (easy read gives one idea a row, in short
sentences): no picture is placed by itself there; a person chooses from the suggestions."""
REPEAT_FACTOR = 0.85
"""A picture already used in the booklet for other ideas more than FREE_REPEATS times: its
score times this, per use beyond those."""
FREE_REPEATS = 2
"""Uses for other ideas that cost nothing: a booklet about voting shows the vote picture on
several rows, rightly. Measured on the corpus rows, a penalty from the first repeat made 3
more placements wrong out of 94."""
POOL = 6
"""How many suggestions are weighed, so a runner-up can win when the first is a repeat."""


def lead(ranked: list[Suggestion]) -> float:
    """How far the first suggestion is ahead of the best rival, as a share of its score.

    A rival is a runner-up that comes from other words: pictures that the same words call
    for ("pay": the pay and money pictures) are two ways to show one idea, not a doubt."""
    if not ranked or ranked[0].score <= 0:
        return 0.0
    first = ranked[0]
    rival = next((s.score for s in ranked[1:] if s.because != first.because), 0.0)
    return (first.score - rival) / first.score


class Picker:
    """The picture choices of one booklet so far, and the next row's choice."""

    def __init__(self, matcher: Matcher, min_score: float = MIN_SCORE,
                 min_lead: float = MIN_LEAD) -> None:
        self.matcher = matcher
        self.min_score = min_score
        self.min_lead = min_lead
        self.uses: dict[str, int] = {}
        self.ideas: dict[str, set[str]] = {}

    def seen(self, name: str) -> None:
        """Count a picture the booklet already has (written in the source)."""
        self.uses[name] = self.uses.get(name, 0) + 1

    def rank(self, text: str) -> list[Suggestion]:
        """The suggestions for `text`, best first, with repeats of other ideas counting less."""
        ranked = []
        for found in self.matcher.suggest(text, POOL):
            extra = self.uses.get(found.name, 0) - FREE_REPEATS
            if extra > 0 and found.because not in self.ideas.get(found.name, ()):
                found = replace(found, score=round(found.score * REPEAT_FACTOR ** extra, 3))
            ranked.append(found)
        ranked.sort(key=lambda s: -s.score)  # stable: ties keep the matcher's order
        return ranked

    def pick(self, text: str) -> tuple[Suggestion | None, list[Suggestion]]:
        """The picture to place beside `text` and the ranked suggestions. None when the first
        scores under `min_score` or leads the second by less than `min_lead`: a person
        chooses then. A placed picture is remembered for the rows that follow."""
        ranked = self.rank(text)
        if (not ranked or ranked[0].score < self.min_score or lead(ranked) < self.min_lead
                or len(text.split()) > MAX_WORDS):
            return None, ranked
        best = ranked[0]
        self.seen(best.name)
        self.ideas.setdefault(best.name, set()).add(best.because)
        return best, ranked
