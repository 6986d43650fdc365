"""TEXT-SIMPLE-PUNCTUATION: use full stops, not hard punctuation.

What it checks: semicolons, brackets, slashes, "&", "#", dashes used as punctuation and
other special characters (the `characters` list), and sentences with more than
`max_commas` commas (2). Web addresses and emails are left alone, and so are brackets that
pair initials with their words ("Department for Work and Pensions (DWP)"): that is how
TEXT-ABBREVIATIONS asks for initials to be explained. A list of words in such brackets is
not counted as commas either.
Why: readers know full stops. Brackets, dashes and long chains of commas make sentences
hard to follow.
Bad: Bring your letter (the blue one); your bank card & your keys.
Good: Bring your blue letter. Bring your bank card. Bring your keys.
Settings: characters, max_commas.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from easyread.checker.finding import Finding, Severity
from easyread.checker.rule import Rule, RuleContext
from easyread.checker.rules.text_abbreviations import bracketed_initials
from easyread.model import Document

RULE = Rule(
    id="TEXT-SIMPLE-PUNCTUATION",
    severity=Severity.WARNING,
    source="MENCAP; BITV; ZH; FALC",
    settings={
        # Semicolons, brackets, slashes, symbols, dashes (en and em) and the ellipsis.
        "characters": [
            *(";", "(", ")", "[", "]", "/", "&", "§", "#", "<", ">", "\u2013", "\u2014", "…")
        ],
        "max_commas": 2,
    },
)

# Characters with a name of their own; any other is "the sign X". Each kind is reported once
# per line, so "(" and ")" count as one.
_KINDS = {
    ";": "semicolon",
    "(": "brackets",
    ")": "brackets",
    "[": "brackets",
    "]": "brackets",
    "/": "slash",
    "\u2013": "dash",
    "\u2014": "dash",
    "-": "dash",
    "…": "dots",
}


def _uses(ctx: RuleContext, kind: str | None, char: str) -> str:
    """The message for a line that uses `char` (of `kind`), whole for each kind."""
    match kind:
        case "semicolon":
            return ctx.say("This line uses a semicolon.")
        case "brackets":
            return ctx.say("This line uses brackets.")
        case "slash":
            return ctx.say("This line uses a slash.")
        case "dash":
            return ctx.say("This line uses a dash.")
        case "dots":
            return ctx.say("This line uses dots.")
    return ctx.say("This line uses the sign {char}.", char=char)


def check(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    """Report hard punctuation, once per kind per line, and long chains of commas."""
    characters = set(ctx.option("characters"))
    max_commas = ctx.option("max_commas")
    # A hyphen with spaces round it is a dash.
    # Single characters go in one set, which the regex tests far faster than alternatives.
    if characters and all(len(c) == 1 for c in characters):
        chosen = "[" + "".join(map(re.escape, sorted(characters))) + "]"
    else:
        chosen = "|".join(map(re.escape, sorted(characters)))
    pattern = re.compile(chosen + r"|(?<= )-(?= |$)")
    for row in ctx.analysis.rows:
        for line in row.lines:
            seen: set[str] = set()
            spans = bracketed_initials(line.masked) if "(" in line.masked else []
            for match in pattern.finditer(line.masked):
                char = match.group().strip()
                kind = _KINDS.get(char)
                if kind == "brackets" and any(a <= match.start() < b for a, b in spans):
                    continue
                if (kind or char) in seen:
                    continue
                seen.add(kind or char)
                yield ctx.finding(
                    line.loc_at(match.start() + (1 if match.group() != char else 0)),
                    _uses(ctx, kind, char),
                    ctx.say("Use full stops and short sentences instead."),
                )
        for sentence in row.sentences:
            # Every gap between its words lies on one of its lines: no comma there, none here.
            if max_commas >= 0 and not any("," in line.masked for line in sentence.lines):
                continue
            words = sentence.words
            commas = 0
            for word, following in pairwise(words):
                end = following.start if following.line is word.line else None
                gap = word.line.masked[word.end : end]
                if (
                    "," in gap
                    and "(" in word.line.masked
                    and any(a <= word.end < b for a, b in bracketed_initials(word.line.masked))
                ):
                    continue  # the words of initials, listed in their brackets
                commas += gap.count(",")
            if commas > max_commas:
                yield ctx.finding(
                    sentence.loc,
                    ctx.say("This sentence has {commas} commas.", commas=commas),
                    ctx.say("Split it into short sentences, or use a list."),
                )
