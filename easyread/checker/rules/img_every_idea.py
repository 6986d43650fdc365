"""IMG-EVERY-IDEA: give every idea a picture.

What it checks: a row of body text with no picture. Items in a list and rows inside a
highlighted box share the picture of the idea they belong to, so they are not checked.
Why: pictures help readers find and understand each idea.
Bad: Your meeting is on Monday.
Good: :calendar: Your meeting is on Monday.
"""

from __future__ import annotations

from collections.abc import Iterator

from easyread.checker.finding import Finding, Severity
from easyread.checker.rule import Rule, RuleContext
from easyread.model import Document

RULE = Rule(
    id="IMG-EVERY-IDEA",
    severity=Severity.WARNING,
    source="DH09 rule 1; GOVUK; PIF; People First",
)


def check(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    """Report body rows without a picture."""
    for row in ctx.analysis.rows:
        if row.kind == "body" and row.row.picture is None:
            yield ctx.finding(
                row.row.loc,
                ctx.say("This row has no picture."),
                ctx.say("Add a picture that shows the idea, like :name: at the start of the row."),
            )
