"""REVIEW-NOT-SURE: change the rows readers were not sure about.

What it checks: each answer "Not sure" in the review file beside the booklet
(``FILE.review.yaml``, written by the studio's review mode), at the row's line with the
reader's comment. An answer given before the row changed is shown as an info: the new
words may already fix it.
Why: easy read is checked by the people it is for. A row one of them did not understand
needs new words, a new picture, or a question back to them.
Bad: :bus: The bus goes via the depot. [Sam: not sure: “What is a depot?”]
Good: :bus: The bus goes past the big garage. [Sam: understand]
"""

from __future__ import annotations

from collections.abc import Iterator

from easyread.checker.finding import Finding, Severity
from easyread.checker.rule import Rule, RuleContext
from easyread.model import Document

RULE = Rule(
    id="REVIEW-NOT-SURE",
    severity=Severity.WARNING,
    source="IE; GOVUK; PIF",
    settings={},
)


def check(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    """Report each reader who was not sure about a row, with what they said."""
    for row in doc.review or ():
        for answer in row.answers:
            if answer.answer != "not-sure":
                continue
            if answer.comment:
                message = ctx.say("{reader} was not sure about this row: “{comment}”",
                                  reader=answer.reviewer, comment=answer.comment)
            else:
                message = ctx.say("{reader} was not sure about this row.",
                                  reader=answer.reviewer)
            if answer.stale:
                yield ctx.finding(row.loc, message, ctx.say(
                    "The row has changed since then: ask {reader} to read it again.",
                    reader=answer.reviewer), Severity.INFO)
            else:
                yield ctx.finding(row.loc, message, ctx.say(
                    "Change the words or the picture, then ask {reader} to read it again.",
                    reader=answer.reviewer))
