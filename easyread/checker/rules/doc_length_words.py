"""DOC-LENGTH-WORDS: keep the number of words low.

What it checks: body text of more than `max_words` words (1,000). Headings, the word list and
contact details are not counted.
Why: fewer words means less to read. Easy read gives the main points, not every detail.
Bad: :tree: We go to the park on Sunday. (150 times)
Good: :tree: We go to the park on Sunday. (100 times)
Settings: max_words.
"""

from __future__ import annotations

from collections.abc import Iterator

from easyread.checker.finding import Finding, Severity
from easyread.checker.rule import Rule, RuleContext
from easyread.model import Document

RULE = Rule(
    id="DOC-LENGTH-WORDS",
    severity=Severity.WARNING,
    source="ERS (under 1,000 words)",
    settings={"max_words": 1000},
)


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
            split_hint(ctx, -(-words // limit)),
        )


def split_hint(ctx: RuleContext, parts: int) -> str:
    """How many booklets to make: the hint grows with the booklet."""
    if parts <= 2:
        return ctx.say("Keep only the main points, or split it into 2 booklets.")
    return ctx.say(
        "Keep only the main points, or split it into about {parts} booklets.", parts=parts
    )
