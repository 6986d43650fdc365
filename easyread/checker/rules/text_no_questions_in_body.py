"""TEXT-NO-QUESTIONS-IN-BODY: ask questions only in headings.

What it checks: sentences in the body text that end with a question mark. Headings can be
questions.
Why: a question in the text can make readers worry that they must answer it.
Bad: Do you need help to fill in the form?
Good: # Do you need help? ... You can ask us for help to fill in the form.
"""

from __future__ import annotations

from collections.abc import Iterator

from easyread.checker.finding import Finding, Severity
from easyread.checker.rule import Rule, RuleContext
from easyread.model import Document

RULE = Rule(
    id="TEXT-NO-QUESTIONS-IN-BODY",
    severity=Severity.WARNING,
    source="AUS; Netzwerk Leichte Sprache",
)


def check(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    """Report body sentences that end with a question mark."""
    for row in ctx.analysis.rows:
        for sentence in row.sentences:
            if sentence.end_mark == "?":
                yield ctx.finding(
                    sentence.loc,
                    ctx.say("This sentence is a question."),
                    ctx.say("Say it as a fact, or make the question a heading."),
                )
