"""TEXT-ACTIVE-VOICE: say who does what.

What it checks: sentences that look passive: a form of "be" followed by a past participle,
like "is sent" or "was given". Participles that work as describing words ("is called",
"are worried") are left alone. This is a guess, so it is a warning.
Why: active sentences say who does the action. They are shorter and clearer.
Bad: Your letter will be sent by the council.
Good: The council will send you a letter.
Settings: not_passive, irregular_participles.
"""

from __future__ import annotations

from collections.abc import Iterator

from easyread.checker.finding import Finding, Severity
from easyread.checker.rule import Rule, RuleContext
from easyread.model import Document

RULE = Rule(
    id="TEXT-ACTIVE-VOICE",
    severity=Severity.WARNING,
    source="GOVUK; ERS; BITV; MENCAP",
)

_BE = {"am", "is", "are", "was", "were", "be", "been", "being", "isn't", "aren't", "wasn't"}
_BETWEEN = {
    "not",
    "also",
    "already",
    "always",
    "often",
    "usually",
    "sometimes",
    "never",
    "then",
    "being",
    "been",
    "just",
    "still",
    "only",
    "all",
}


def check(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    """Report the first passive verb in each sentence."""
    not_passive = set(ctx.option("not_passive"))
    irregular = set(ctx.option("irregular_participles"))
    for row in ctx.analysis.rows:
        for sentence in row.sentences:
            words = [w.key for w in sentence.words]
            for index, word in enumerate(words):
                if word not in _BE:
                    continue
                after = index + 1
                while after < len(words) and (
                    words[after] in _BETWEEN or words[after].endswith("ly")
                ):
                    after += 1
                if after >= len(words):
                    break
                verb = words[after]
                if verb in not_passive or not verb.isalpha():
                    continue
                if verb in irregular or (len(verb) > 4 and verb.endswith("ed")):
                    phrase = " ".join(w.text for w in sentence.words[index : after + 1])
                    yield ctx.finding(
                        sentence.words[index].loc,
                        f"“{phrase}” may be passive.",
                        "Say who does it, like “We will send you a letter”.",
                    )
                    break
