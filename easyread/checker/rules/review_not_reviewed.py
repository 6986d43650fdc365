"""REVIEW-NOT-REVIEWED: let readers review every row.

What it checks: once a booklet has a review file (``FILE.review.yaml``, written by the
studio's review mode), each row that no reader has answered about since it last changed.
A booklet with no review file is not reported: its review has not started.
Why: every row should be checked by people with learning disabilities before the booklet
is used, and a row that changed needs checking again.
Bad: :bus: We go by bus. [Sam: understand] ... :house: We come home at four.
Good: :bus: We go by bus. [Sam: understand] ... :house: We come home at four. [Ana: understand]
"""

from __future__ import annotations

from collections.abc import Iterator

from easyread.checker.finding import Finding, Severity
from easyread.checker.rule import Rule, RuleContext
from easyread.model import Document

RULE = Rule(
    id="REVIEW-NOT-REVIEWED",
    severity=Severity.INFO,
    source="IE; GOVUK; PIF",
    settings={},
)


def check(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    """Report the rows with no answer about their words as they are now."""
    for row in doc.review or ():
        if any(not answer.stale for answer in row.answers):
            continue
        if row.answers:
            message = ctx.say("This row changed after readers reviewed it.")
        else:
            message = ctx.say("No reader has reviewed this row yet.")
        yield ctx.finding(row.loc, message, ctx.say(
            "Ask your group to read it in review mode: easyread serve, then Review."))
