"""TEXT-CONSISTENT-TERMS: use the same word for the same thing.

What it checks: two words for the same thing in one booklet (from the profile's `synonyms`,
like "doctor" and "GP"), and one word spelt in different ways ("email" and "e-mail",
"healthcare" and "health care"). The second word is reported where it is first used.
Why: a new word makes readers think it means a new thing.
Bad: See your doctor. ... Your GP will check your blood.
Good: See your doctor. ... Your doctor will check your blood.
Settings: synonyms.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from easyread.checker.analysis import Word
from easyread.checker.finding import Finding, Severity
from easyread.checker.rule import Rule, RuleContext
from easyread.model import Document

RULE = Rule(
    id="TEXT-CONSISTENT-TERMS",
    severity=Severity.WARNING,
    source="IE rule 9; ERS; BITV",
    settings={"synonyms": []},
)

_LETTERS = r"[^\W\d_]"
_SPELLING = re.compile(rf"{_LETTERS}+(?:[-\u00b7]{_LETTERS}+)*|{_LETTERS}{{4,}} {_LETTERS}{{4,}}")


def _first_uses(ctx: RuleContext, starts: set[str]) -> dict[str, Word]:
    """The first use of each word, and of word pairs that could be one word or a synonym."""
    first: dict[str, Word] = {}
    for row in ctx.analysis.rows:
        for sentence in row.sentences:
            words = sentence.words
            if not words:
                continue
            keys = [word.key for word in words]
            # Each word but the last, with the key of the word after it.
            for word, key, after in zip(words, keys, keys[1:], strict=False):
                if key not in first:
                    first[key] = word
                if key in starts or (len(key) > 3 and len(after) > 3):
                    pair = f"{key} {after}"
                    if pair not in first:
                        first[pair] = word
            if keys[-1] not in first:
                first[keys[-1]] = words[-1]
    return first


def _named_together(ctx: RuleContext, group: list[str]) -> bool:
    """True when one sentence uses 2 words of `group`: the booklet tells them apart there
    ("GPs and hospital doctors"), so they are not 2 names for one thing. Asked only for a
    group the booklet uses 2 words of, which is rare."""
    terms = [" ".join(term.lower().split()) for term in group]
    firsts = {term.split()[0] for term in terms}
    for row in ctx.analysis.rows:
        for sentence in row.sentences:
            keys = [w.key for w in sentence.words]
            if firsts.isdisjoint(keys) and firsts.isdisjoint(k.removesuffix("s") for k in keys):
                continue
            text = " " + " ".join(keys) + " "
            used = {t for t in terms if f" {t} " in text or f" {t}s " in text}
            if len(used) > 1:
                return True
    return False


def check(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    """Report a second word for something the booklet already names."""
    groups = ctx.option("synonyms")
    first = _first_uses(ctx, {term.split()[0].lower() for group in groups for term in group})

    def used(term: str) -> Word | None:
        term = term.lower()
        hits = [first[k] for k in (term, term + "s") if k in first]
        return min(hits, key=lambda w: w.loc.line * 10_000 + w.loc.column) if hits else None

    def report(words: list[tuple[str, Word]]) -> Iterator[Finding]:
        words.sort(key=lambda item: (item[1].loc.line, item[1].loc.column))
        name, earliest = words[0]
        for other, word in words[1:]:
            yield ctx.finding(
                word.loc,
                ctx.say(
                    "“{other}” and “{name}” (line {line}) seem to mean the same thing.",
                    other=other,
                    name=name,
                    line=earliest.loc.line,
                ),
                ctx.say("Use one word for it all through the booklet, like “{name}”.", name=name),
            )

    for group in groups:
        found = [(term, w) for term in group if (w := used(term)) is not None]
        if len(found) > 1 and not _named_together(ctx, group):
            yield from report(found)
    # One word spelt 2 ways: joined, with a hyphen or a mediopoint ("Groß·mutter"), or as
    # 2 words of 4 letters or more.
    spellings: dict[str, list[tuple[str, Word]]] = {}
    for key, word in first.items():
        if _SPELLING.fullmatch(key):
            spellings.setdefault(re.sub(r"[-\u00b7 ]", "", key), []).append((key, word))
    for forms in spellings.values():
        if len(forms) > 1:
            yield from report(forms)
