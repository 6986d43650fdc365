"""TEXT-ABBREVIATIONS: write words in full and explain initials.

What it checks: short forms such as "e.g.", "etc." and "i.e.", and initials (like "PIP") that
are not explained. Initials count as explained when they are in the word list or written in
brackets after the words in full, like "Department for Work and Pensions (DWP)", or followed
by the words in brackets, like "LGBT (lesbian, gay, bisexual and trans)". Initials
most people know (like NHS, GP, TV) are allowed, and a document can add its own. Each set
of initials is reported once.
Why: short forms and initials are hard to read and to say out loud.
Bad: Bring some ID, e.g. a passport. Ask the DWP.
Good: Bring something that shows who you are, for example a passport.
Settings: short_forms, allow_initials (add yours in the front matter: check: allow_initials),
max_initials_length.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import cast

from easyread.checker.analysis import Analysis, normalise
from easyread.checker.finding import Finding, Severity
from easyread.checker.rule import Rule, RuleContext
from easyread.checker.vocab import vocabulary
from easyread.model import Document

RULE = Rule(
    id="TEXT-ABBREVIATIONS",
    severity=Severity.WARNING,
    source="GOVUK; IE rule 12; NORF; BITV; ERS",
    settings={"short_forms": {}, "allow_initials": [], "max_initials_length": 8},
)

_BRACKETED = re.compile(r"\(([A-Z][A-Za-z0-9&\-]*[A-Z0-9])s?\)")
# Initials with their words in brackets after them: "LGBT (lesbian, gay, bisexual, trans)".
_SPELLED_AFTER = re.compile(r"\b([A-Z][A-Z0-9&\-]*[A-Z0-9])s? ?\((?=[^)]*[a-z]{2})[^()]{3,}\)")


def bracketed_initials(text: str) -> list[tuple[int, int]]:
    """Where `text` pairs initials with their words in brackets, either way round: the
    spans of those brackets. Every rule accepts this form of explaining initials."""
    spans = [m.span() for m in _BRACKETED.finditer(text)]
    spans += [(m.end(1), m.end()) for m in _SPELLED_AFTER.finditer(text)]
    return spans


def is_initials(text: str) -> bool:
    """True for a word in capitals with 2 or more letters, like "DWP" or "COVID-19"."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def defined_initials(doc: Document, analysis: Analysis) -> set[str]:
    """Initials the document explains: in the word list, or in brackets after the words."""
    memo_key = ("defined_initials", id(doc))
    cached = cast("frozenset[str] | None", analysis.memo.get(memo_key))
    if cached is None:
        found = {hw.term.upper() for hw in doc.hard_words}
        lines = [line for row in analysis.rows for line in row.lines]
        for line in lines + [line for _, line in analysis.headings]:
            if "(" in line.masked:
                found.update(m.group(1).upper() for m in _BRACKETED.finditer(line.masked))
                found.update(m.group(1).upper() for m in _SPELLED_AFTER.finditer(line.masked))
        cached = analysis.memo[memo_key] = frozenset(found)
    return set(cached)


def check(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    """Report short forms and unexplained initials."""
    short_forms = {normalise(k): v for k, v in ctx.option("short_forms").items()}
    allowed = {a.upper() for a in ctx.option("allow_initials")}
    longest = ctx.option("max_initials_length")
    caps = ctx.shared["LAYOUT-NO-ITALIC-UNDERLINE-CAPS"]
    vocab = vocabulary(ctx.analysis.profile.wordfreq_language)
    defined = defined_initials(doc, ctx.analysis)
    reported: set[str] = set()
    # Keys a word can match: a short form, or one without its final dot ("etc" for "etc.").
    candidates = set(short_forms) | {k[:-1] for k in short_forms if k.endswith(".")}
    for row in ctx.analysis.rows:
        for line in row.lines:
            for word in line.words:
                text = word.text
                if word.key in candidates:
                    dot = "." if line.masked[word.end : word.end + 1] == "." else ""
                    full = short_forms.get(word.key + dot) or short_forms.get(word.key)
                else:
                    full = None
                if full is not None:
                    yield ctx.finding(
                        word.loc,
                        ctx.say("“{short}” is a short form.", short=text + dot),
                        ctx.say("Write it in full: “{full}”.", full=full),
                    )
                    continue
                if not text[0].isupper() or len(text) < 2 or not text[1].isupper():
                    continue
                key = text.upper().rstrip("S") if text.endswith("s") else text.upper()
                if not is_initials(text if not text.endswith("s") else text[:-1]):
                    continue
                if key in allowed or text.upper() in allowed or key in defined:
                    continue
                if len(key) > longest or key in reported:
                    continue
                # A common word in capitals is shouting, not initials: another rule reports it.
                if (
                    len(key) >= caps["min_caps_length"]
                    and vocab.zipf(key.lower()) >= caps["common_zipf"]
                ):
                    continue
                reported.add(key)
                yield ctx.finding(
                    word.loc,
                    ctx.say("“{word}” is a set of initials that is not explained.", word=text),
                    ctx.say("Write the words in full, or explain it in the word list."),
                )
