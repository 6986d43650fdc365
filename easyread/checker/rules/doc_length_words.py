"""DOC-LENGTH-WORDS: keep the number of words low.

What it checks: body text of more than `max_words` words (1,000). Headings, the word list and
contact details are not counted.
Why: fewer words means less to read. Easy read gives the main points, not every detail.
Bad: a booklet of 2,400 words.
Good: a booklet of 800 words that gives the main points.
Settings: max_words.
"""

from __future__ import annotations

from collections.abc import Iterator

from easyread.checker.finding import Finding, Severity
from easyread.checker.rule import Rule, RuleContext
from easyread.model import Document

RULE = Rule(id="DOC-LENGTH-WORDS", severity=Severity.WARNING, source="ERS (under 1,000 words)")


def check(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    """Report a booklet over the word limit."""
    words = sum(len(row.words) for row in ctx.analysis.measured_rows)
    limit = ctx.option("max_words")
    if words > limit:
        yield ctx.finding(
            doc.meta.loc,
            ctx.say(
                "This booklet has {words:,} words. Try to keep it to {limit:,} words or fewer.",
                words=words,
                limit=limit,
            ),
            ctx.say("Keep only the main points, or split it into 2 booklets."),
        )
