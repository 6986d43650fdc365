"""TEXT-NEGATIVES: say things in a positive way.

What it checks: double negatives (2 negative words in one sentence, or a negative word with
"unless" or "without") and negative instructions ("Do not ...", "Never ..."). A plain
statement of fact with one negative ("They did not know") is left alone: it is often the
clearest way to say it. Each finding is a prompt to think, so it is a warning.
Why: a positive sentence says what to do. Double negatives are easy to misread, and a
reader who misses the "not" in an instruction does the opposite.
Bad: If you do not sign the form, we cannot pay you unless you call us.
Good: Sign the form, so that we can pay you.
Settings: words (negative words), max_per_sentence (a sentence with more negative words
than this is a double negative: 1; 0 reports every negative, as the German profile does),
double_words (words that make a double negative with one negative word), instruction_starts
(how a negative instruction starts).
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
    settings={"words": [], "max_per_sentence": 1, "double_words": [], "instruction_starts": []},
)


def check(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    """Report double negatives and negative instructions, at their first negative word."""
    negatives = set(ctx.option("words"))
    limit = ctx.option("max_per_sentence")
    doubles = {w.lower() for w in ctx.option("double_words")}
    starts = [
        tuple(s.lower().replace("\u2019", "'").split()) for s in ctx.option("instruction_starts")
    ]
    for row in ctx.analysis.rows:
        for sentence in row.sentences:
            found = [w for w in sentence.words if w.key in negatives]
            if not found:
                continue
            keys = [w.key for w in sentence.words]
            partner = next((w for w in sentence.words if w.key in doubles), None)
            if limit == 0:  # every negative sentence, as the profile asks
                yield ctx.finding(
                    found[0].loc,
                    ctx.say("This sentence uses “{word}”.", word=found[0].text),
                    ctx.say("If you can, say what to do or what is true instead."),
                )
            elif len(found) > limit or partner is not None:
                second = found[1] if len(found) > 1 else partner
                yield ctx.finding(
                    found[0].loc,
                    ctx.say(
                        "This sentence has 2 negative words: “{first}” and “{second}”.",
                        first=found[0].text,
                        second=second.text if second is not None else "",
                    ),
                    ctx.say("If you can, say what to do or what is true instead."),
                )
            elif any(tuple(keys[: len(s)]) == s for s in starts if s):
                yield ctx.finding(
                    found[0].loc,
                    ctx.say("This sentence tells people what not to do."),
                    ctx.say("If you can, say what to do instead."),
                )
