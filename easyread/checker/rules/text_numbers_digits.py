"""TEXT-NUMBERS-DIGITS: write numbers as digits.

What it checks: numbers written as words, like "three" or "twenty". "One" used as a
pronoun ("this one", "no one") and scale words after digits ("9 hundred") are fine.
Why: digits are easier to spot and read than number words, even for small numbers.
Bad: You can bring three people.
Good: You can bring 3 people.
Settings: number_words, one_not_number_before, one_not_number_after, scale_words.
"""

from __future__ import annotations

from collections.abc import Iterator

from easyread.checker.finding import Finding, Severity
from easyread.checker.rule import Rule, RuleContext
from easyread.model import Document

RULE = Rule(
    id="TEXT-NUMBERS-DIGITS",
    severity=Severity.WARNING,
    source="MENCAP; ZH; FALC; UNE; MZ-DE",
    settings={
        "number_words": {},
        "one_not_number_before": [],
        "one_not_number_after": [],
        "scale_words": [],
    },
)


def check(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    """Report number words."""
    numbers = ctx.option("number_words")
    before_one = set(ctx.option("one_not_number_before"))
    after_one = set(ctx.option("one_not_number_after"))
    scale = set(ctx.option("scale_words"))
    for row in ctx.analysis.rows:
        for sentence in row.sentences:
            words = sentence.words
            for index, word in enumerate(words):
                key = word.key
                if key not in numbers:
                    continue
                previous = words[index - 1].key if index else ""
                following = words[index + 1].key if index + 1 < len(words) else ""
                if key in scale and (previous[:1].isdigit() or previous in numbers):
                    continue
                if key == "one" and (
                    previous in before_one or following in after_one or not following
                ):
                    continue
                yield ctx.finding(
                    word.loc,
                    ctx.say("“{word}” is a number written as a word.", word=word.text),
                    ctx.say("Write it as a number: {number}.", number=numbers[key]),
                )
