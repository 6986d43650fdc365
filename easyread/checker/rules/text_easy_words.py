"""TEXT-EASY-WORDS: use short, everyday words, or explain the hard ones.

What it checks: words that are rare in everyday English (word frequency from wordfreq), or
long (4 syllables or more) and not common, when they are not in bold and not in the word
list. Names, numbers and initials are left alone. Each word is reported once.
Why: readers know everyday words. A rare or long word stops them.
Bad: You will get a remittance.
Good: We will send you the money.
Settings: rare_zipf (Zipf frequency below which a word is rare: 3 is about once in a million
words), long_syllables, long_zipf, easy_words (words your readers know).
"""

from __future__ import annotations

from collections.abc import Iterator

from easyread.checker.finding import Finding, Severity
from easyread.checker.rule import Rule, RuleContext
from easyread.checker.vocab import hard_words
from easyread.model import Document

RULE = Rule(
    id="TEXT-EASY-WORDS",
    severity=Severity.WARNING,
    source="DH09; IE rule 6; ERO; NORF; AUS (3 or more syllables)",
)


def check(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    """Report the first use of each hard word that is not explained."""
    seen: set[str] = set()
    for word in hard_words(ctx.analysis, ctx.options):
        key = word.text.lower()
        if key in seen:
            continue
        seen.add(key)
        yield ctx.finding(
            word.loc,
            f"“{word.text}” may be a hard word.",
            "Use an easier word, or put it in bold and explain it in the word list.",
        )
