"""TEXT-ACTIVE-VOICE: say who does what.

What it checks: sentences that look passive: a helping verb followed by a past participle,
like "is sent" or "was given" (in German: "wird geschickt"). Participles that work as
describing words ("is called", "are worried") are left alone. This is a guess, so it is a
warning.
Why: active sentences say who does the action. They are shorter and clearer.
Bad: Your letter will be sent by the council.
Good: The council will send you a letter.
Settings: auxiliaries, participle_pattern, participle_search ("next" word, or the end of the
clause as in German), not_passive, irregular_participles, between, between_suffixes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from easyread.checker.analysis import Word
from easyread.checker.finding import Finding, Severity
from easyread.checker.rule import Rule, RuleContext
from easyread.model import Document

RULE = Rule(
    id="TEXT-ACTIVE-VOICE",
    severity=Severity.WARNING,
    source="GOVUK; ERS; BITV; MENCAP",
    settings={
        # Every word list is the language's: with none, the rule finds nothing.
        "auxiliaries": [],
        "between": [],
        "between_suffixes": [],
        "participle_pattern": "",
        # "next": the participle follows the auxiliary; "clause": it ends the clause (German).
        "participle_search": "next",
        "not_passive": [],
        "irregular_participles": [],
    },
)

_CLAUSE_BREAK = re.compile(r"[,;:]")


def _next_word(words: list[Word], start: int, between: set[str], suffixes: tuple[str, ...]) -> int:
    """The index of the first word from `start` that is not an in-between word like "also"."""
    while start < len(words) and (
        words[start].key in between or (suffixes and words[start].key.endswith(suffixes))
    ):
        start += 1
    return start


def _clause_ends(words: list[Word], start: int, auxiliaries: set[str]) -> Iterator[int]:
    """Indexes of the words that end a clause after `start`: where a German participle sits."""
    for index in range(start, len(words)):
        word = words[index]
        if index + 1 == len(words):
            yield index
            return
        following = words[index + 1]
        gap = word.line.masked[word.end : following.start] if following.line is word.line else ""
        if _CLAUSE_BREAK.search(gap) or following.key in auxiliaries:
            yield index
            if _CLAUSE_BREAK.search(gap):
                return


def check(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    """Report the first passive verb in each sentence."""
    not_passive = set(ctx.option("not_passive"))
    irregular = set(ctx.option("irregular_participles"))
    auxiliaries = set(ctx.option("auxiliaries"))
    between = set(ctx.option("between"))
    suffixes = tuple(ctx.option("between_suffixes"))
    pattern = re.compile(ctx.option("participle_pattern"))
    at_clause_end = ctx.option("participle_search") == "clause"

    def is_participle(key: str) -> bool:
        if key in not_passive or not key.isalpha():
            return False
        return key in irregular or pattern.fullmatch(key) is not None

    for row in ctx.analysis.rows:
        for sentence in row.sentences:
            words = sentence.words
            for index, word in enumerate(words):
                if word.key not in auxiliaries:
                    continue
                if at_clause_end:
                    # "… geschickt wird" (a German side clause) puts the participle first.
                    hits = [index - 1] if index else []
                    hits += _clause_ends(words, index + 1, auxiliaries)
                    found = next((i for i in hits if is_participle(words[i].key)), None)
                else:
                    after = _next_word(words, index + 1, between, suffixes)
                    if after >= len(words):
                        break
                    found = after if is_participle(words[after].key) else None
                if found is None:
                    continue
                if found < index:
                    phrase = f"{words[found].text} {word.text}"
                elif found == index + 1 or not at_clause_end:
                    phrase = " ".join(w.text for w in words[index : found + 1])
                else:
                    phrase = f"{word.text} … {words[found].text}"
                yield ctx.finding(
                    word.loc,
                    ctx.say("“{phrase}” may be passive.", phrase=phrase),
                    ctx.say("Say who does it, like “We will send you a letter”."),
                )
                break
