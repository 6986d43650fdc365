"""The checker's result: findings, counts, readability and one easy-reading score.

The score (0 to 100, higher is easier) is built from 4 parts, each between 0 and 1:

- sentences (35%): 1 when sentences average 8 words or fewer, 0 at 25 words or more;
- long sentences (15%): 1 when no sentence is over the warning length, 0 when half are;
- words (25%): 1 when no word is hard and unexplained, 0 when 8 in every 100 are;
- other findings (25%): 1 with none, 0 at 10 or more per 100 words (errors count twice).
  Only findings about the text count (TEXT- rules): the score follows the words, not the
  layout. Sentence length and hard words are already in the first 3 parts, and sentences
  on one line are layout, so those rules' findings are not counted.

Sentences are the text's sentences (easyread.checker.units): page headers, contents lines,
titles left in the text and list fragments are not sentences, and a sentence split over
rows counts once.

Readability formulas are reported beside it as information; they are not part of it.
"""

from __future__ import annotations

from dataclasses import dataclass

from easyread.checker.finding import Finding, Severity
from easyread.checker.readability import Readability
from easyread.location import Location

__all__ = ["Report", "RowMeasure", "Summary", "score"]

MEASURED_RULES = frozenset(
    {"TEXT-SENTENCE-LENGTH", "TEXT-EASY-WORDS", "TEXT-ONE-SENTENCE-PER-LINE"}
)


@dataclass(frozen=True, slots=True)
class RowMeasure:
    """Counts and formulas for one row."""

    loc: Location
    readability: Readability


@dataclass(frozen=True, slots=True)
class Summary:
    """Counts over the body text (not headings, contact details or the word list)."""

    words: int
    sentences: int
    rows: int
    pages: int
    pages_estimated: bool
    score: int | None
    """0 to 100, higher is easier; None when there is no text to score."""
    readability: Readability | None
    hard_words: int
    """Uses of hard words that are not explained."""
    long_sentences: int
    profile: str


@dataclass(frozen=True, slots=True)
class Report:
    """Everything `check` found, findings sorted by position."""

    findings: tuple[Finding, ...]
    summary: Summary
    rows: tuple[RowMeasure, ...]

    @property
    def errors(self) -> int:
        """How many findings are errors."""
        return sum(1 for f in self.findings if f.severity is Severity.ERROR)

    @property
    def warnings(self) -> int:
        """How many findings are warnings."""
        return sum(1 for f in self.findings if f.severity is Severity.WARNING)


def _clamp(value: float) -> float:
    return max(0.0, min(1.0, value))


def score(
    *,
    words: int,
    sentences: int,
    long_sentences: int,
    hard_words: int,
    findings: tuple[Finding, ...],
) -> int | None:
    """The easy-reading score from the counts and findings; None when there are no words."""
    if not words or not sentences:
        return None
    per_sentence = _clamp((25 - words / sentences) / (25 - 8))
    long_part = _clamp(1 - (long_sentences / sentences) / 0.5)
    word_part = _clamp(1 - (hard_words / words) / 0.08)
    weight = sum(
        2 if f.severity is Severity.ERROR else 1
        for f in findings
        if f.rule.startswith("TEXT-") and f.rule not in MEASURED_RULES
    )
    finding_part = _clamp(1 - (100 * weight / words) / 10)
    total = 0.35 * per_sentence + 0.15 * long_part + 0.25 * word_part + 0.25 * finding_part
    return round(100 * total)
