"""TEXT-ONE-SENTENCE-PER-LINE: start each sentence on a new line.

What it checks: a line that holds more than `max_sentences` sentences (1).
Why: when each sentence starts on its own line, readers can see where it begins and ends,
and can take one idea at a time.
Bad: Bring your letter. Come to the front desk.
Good: Bring your letter. (new line) Come to the front desk.
Settings: max_sentences.
"""

from __future__ import annotations

from collections.abc import Iterator

from easyread.checker.finding import Finding, Severity
from easyread.checker.rule import Rule, RuleContext
from easyread.model import Document

RULE = Rule(
    id="TEXT-ONE-SENTENCE-PER-LINE",
    severity=Severity.WARNING,
    source="Netzwerk Leichte Sprache, DIN Media, FALC, WIDGIT",
    settings={"max_sentences": 1},
)


def check(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    """Report each sentence that starts after another sentence on the same line."""
    limit = ctx.option("max_sentences")
    for row in ctx.analysis.rows:
        counts: dict[int, int] = {}
        for sentence in row.sentences:
            line = sentence.start
            before = counts.get(id(line))
            if before is None:
                # Count a sentence that runs on from the line above as the line's first.
                first = line.words[0].start if line.words else 0
                before = 1 if sentence.offset > first else 0
            counts[id(line)] = before + 1
            if before >= limit:
                yield ctx.finding(
                    sentence.loc,
                    ctx.say("A new sentence starts in the middle of this line."),
                    ctx.say("Start each sentence on a new line."),
                )
