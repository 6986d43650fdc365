"""REVIEW-HARD-WORDS: explain the words readers found hard.

What it checks: each word a reader picked as hard in review mode (kept in
``FILE.review.yaml``) that the booklet does not explain: it is not in the word list, not in
bold, and no sentence says what it means. One finding per word, at the row it was picked in.
Why: a word list made by writers guesses which words are hard. The readers know.
Bad: :doctor: Bring your referral letter. [Sam: hard word: “referral”]
Good: :doctor: Bring your **referral** letter. [Sam: hard word: “referral”] ... Referral
(new line) : A letter from your doctor that asks another service to see you.
"""

from __future__ import annotations

from collections.abc import Iterator

from easyread.checker.explained import explained_stems, stem
from easyread.checker.finding import Finding, Severity
from easyread.checker.rule import Rule, RuleContext
from easyread.model import Document

RULE = Rule(
    id="REVIEW-HARD-WORDS",
    severity=Severity.WARNING,
    source="IE; PIF",
    settings={},
)


def check(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    """Report each hard word readers picked that the booklet leaves unexplained."""
    if not doc.review:
        return
    explained = explained_stems(ctx.analysis, ctx.shared["TEXT-EASY-WORDS"])
    reported: set[str] = set()
    for row in doc.review:
        readers: dict[str, list[str]] = {}
        for pick in row.hard_words:
            key = " ".join(stem(word) for word in pick.word.split())
            if key in reported or all(stem(word) in explained for word in pick.word.split()):
                continue
            readers.setdefault(key, [pick.word]).append(pick.reviewer)
        for key, (word, *names) in readers.items():
            reported.add(key)
            yield ctx.finding(
                row.loc,
                ctx.say("{readers} found “{word}” hard.", readers=", ".join(names), word=word),
                ctx.say("Explain “{word}” in the word list, or use an easier word.", word=word),
            )
