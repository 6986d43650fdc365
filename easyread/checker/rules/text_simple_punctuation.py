"""TEXT-SIMPLE-PUNCTUATION: use full stops, not hard punctuation.

What it checks: semicolons, brackets, slashes, "&", "#", dashes used as punctuation and
other special characters (the `characters` list), and sentences with more than
`max_commas` commas (2). Web addresses and emails are left alone.
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
from easyread.model import Document

RULE = Rule(
    id="TEXT-SIMPLE-PUNCTUATION",
    severity=Severity.WARNING,
    source="MENCAP; BITV; ZH; FALC",
)

_NAMES = {
    ";": "a semicolon",
    "(": "brackets",
    ")": "brackets",
    "[": "brackets",
    "]": "brackets",
    "/": "a slash",
    "&": "the sign &",
    "\u2013": "a dash",
    "\u2014": "a dash",
    "-": "a dash",
    "…": "dots",
    "#": "the sign #",
    "§": "the sign §",
    "<": "the sign <",
    ">": "the sign >",
}


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
            for match in pattern.finditer(line.masked):
                char = match.group().strip()
                name = _NAMES.get(char, f"the sign {char}")
                if name in seen:
                    continue
                seen.add(name)
                yield ctx.finding(
                    line.loc_at(match.start() + (1 if match.group() != char else 0)),
                    f"This line uses {name}.",
                    "Use full stops and short sentences instead.",
                )
        for sentence in row.sentences:
            # Every gap between its words lies on one of its lines: no comma there, none here.
            if max_commas >= 0 and not any("," in line.masked for line in sentence.lines):
                continue
            words = sentence.words
            commas = 0
            for word, following in pairwise(words):
                end = following.start if following.line is word.line else None
                commas += word.line.masked[word.end : end].count(",")
            if commas > max_commas:
                yield ctx.finding(
                    sentence.loc,
                    f"This sentence has {commas} commas.",
                    "Split it into short sentences, or use a list.",
                )
