"""TEXT-SENTENCE-LENGTH: keep each sentence short.

What it checks: sentences longer than `warn_words` words (15) get a warning, and longer
than `error_words` words (25) an error. Web addresses, emails and phone numbers do not count.
Why: a long sentence is hard to hold in mind while you read it.
Bad: We will write to you with the date and the time of your meeting as soon as we know them.
Good: We will write to you. The letter will say when your meeting is.
Settings: warn_words, error_words.
"""

from __future__ import annotations

from collections.abc import Iterator

from easyread.checker.finding import Finding, Severity
from easyread.checker.rule import Rule, RuleContext
from easyread.model import Document

RULE = Rule(
    id="TEXT-SENTENCE-LENGTH",
    severity=Severity.WARNING,
    source="GOVUK, DH09, PIF, PS-TIPS (15 words); ERS (under 25 words)",
    settings={"warn_words": 15, "error_words": 25},
)


def check(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    """Report sentences over the word limits."""
    warn, error = ctx.option("warn_words"), ctx.option("error_words")
    for row in ctx.analysis.rows:
        for sentence in row.sentences:
            count = len(sentence.words)
            if count > warn:
                yield ctx.finding(
                    sentence.loc,
                    ctx.say(
                        "This sentence has {count} words. Try to use {limit} words or fewer.",
                        count=count,
                        limit=warn,
                    ),
                    _split_hint(ctx, count, warn),
                    Severity.ERROR if count > error else None,
                )


def _split_hint(ctx: RuleContext, count: int, warn: int) -> str:
    """How many sentences to make: the hint grows with the sentence ("about 8" for 127 words)."""
    parts = max(2, round(count / warn))
    if parts == 2:
        return ctx.say("Split it into 2 short sentences, each on its own line.")
    return ctx.say(
        "Split it into about {parts} short sentences, each on its own line.", parts=parts
    )
