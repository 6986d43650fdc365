"""TEXT-NO-CONTRACTIONS: write words in full, not shortened with an apostrophe.

What it checks: contractions such as "can't", "don't" or "it's".
Why: the full words are easier to read and to say out loud.
Bad: You can't park here.
Good: You cannot park here.
Settings: contractions (each with the words in full).
"""

from __future__ import annotations

from collections.abc import Iterator

from easyread.checker.analysis import normalise
from easyread.checker.finding import Finding, Severity
from easyread.checker.rule import Rule, RuleContext
from easyread.model import Document

RULE = Rule(
    id="TEXT-NO-CONTRACTIONS",
    severity=Severity.WARNING,
    source="NORF",
    settings={"contractions": {}},
)


def check(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    """Report each contraction with the words in full."""
    contractions = {normalise(k): v for k, v in ctx.option("contractions").items()}
    # Contractions usually have an apostrophe: then lines without one can be skipped.
    marked = all("'" in key for key in contractions)
    for row in ctx.analysis.rows:
        for word in (
            word
            for line in row.lines
            if not marked or "'" in line.masked or "\u2019" in line.masked
            for word in line.words
        ):
            full = contractions.get(word.key)
            if full is not None:
                yield ctx.finding(
                    word.loc,
                    ctx.say(
                        "“{word}” is a short way of writing “{full}”.", word=word.text, full=full
                    ),
                    ctx.say("Write “{full}”.", full=full),
                )
