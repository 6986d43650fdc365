"""TEXT-NEGATIVES: say things in a positive way.

What it checks: sentences with negative words such as "not", "never" or "no", when there
are more than `max_per_sentence` (0) of them. This is a prompt to think, so it is a warning.
Why: a positive sentence says what to do. Negatives are easy to miss and can confuse.
Bad: Do not forget to bring your letter.
Good: Remember to bring your letter.
Settings: words, max_per_sentence.
"""

from __future__ import annotations

from collections.abc import Iterator

from easyread.checker.finding import Finding, Severity
from easyread.checker.rule import Rule, RuleContext
from easyread.model import Document

RULE = Rule(
    id="TEXT-NEGATIVES",
    severity=Severity.WARNING,
    source="ERS; BITV; ZH; FALC",
    # More negatives in a sentence than max_per_sentence get a finding (0: every negative one).
    settings={"words": [], "max_per_sentence": 0},
)


def check(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    """Report sentences with too many negative words, at the first one."""
    negatives = set(ctx.option("words"))
    limit = ctx.option("max_per_sentence")
    for row in ctx.analysis.rows:
        for sentence in row.sentences:
            found = [w for w in sentence.words if w.key in negatives]
            if len(found) > limit:
                yield ctx.finding(
                    found[0].loc,
                    ctx.say("This sentence uses “{word}”.", word=found[0].text),
                    ctx.say("If you can, say what to do or what is true instead."),
                )
