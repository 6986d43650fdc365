"""TEXT-FIGURATIVE: say what you mean, not a figure of speech.

What it checks: phrases from the language's list of figures of speech, like "keep an eye
on" or "a piece of cake" (the list file names each with the plain words to use). The first
word may take an ending ("keeps an eye on"). Each phrase is reported once.
Why: readers may take a figure of speech word for word. "Stand up for your rights" can
mean getting up out of a chair.
Bad: Our group will stand up for you.
Good: Our group will speak up for you.
Settings: phrases (the data file under easyread/languages; "" for none).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from easyread.checker.finding import Finding, Severity
from easyread.checker.rule import Rule, RuleContext
from easyread.languages import FOLDER
from easyread.model import Document

RULE = Rule(
    id="TEXT-FIGURATIVE",
    severity=Severity.WARNING,
    source="DH09; IE rule 10 (no metaphors); ZH",
    settings={"phrases": ""},
)


@cache
def _phrases(
    name: str,
) -> tuple[re.Pattern[str] | None, tuple[tuple[str, str], ...], frozenset[str]]:
    """One pattern for every phrase of the data file `name` (group i+1 matches phrase i),
    each (phrase, plain words), and the first 4 letters of each phrase's first word (a
    sentence with none of them holds no phrase, and is not searched)."""
    found: list[tuple[str, str]] = []
    bodies: list[str] = []
    if name:
        for line in (FOLDER / name).read_text("utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            phrase, plain = (part.strip() for part in line.split("\t")[:2])
            first, *rest = phrase.lower().split()
            # The first word with any ending ("keeps"); other forms ("kept") go in the list.
            bodies.append(re.escape(first) + r"\w*" + "".join(" " + re.escape(w) for w in rest))
            found.append((phrase, plain))
    if not bodies:
        return None, (), frozenset()
    pattern = re.compile(r"\b(?:" + "|".join(f"({b})" for b in bodies) + r")\b")
    starts = frozenset(phrase.lower().split()[0][:4] for phrase, _ in found)
    return pattern, tuple(found), starts


def check(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    """Report the first use of each figure of speech in the list."""
    pattern, phrases, starts = _phrases(ctx.option("phrases"))
    if pattern is None:
        return
    reported: set[int] = set()
    for row in ctx.analysis.rows:
        for sentence in row.sentences:
            if starts.isdisjoint([w.key[:4] for w in sentence.words]):
                continue
            text = " ".join(w.key for w in sentence.words)
            for match in pattern.finditer(text):
                index = match.lastindex - 1 if match.lastindex else 0
                if index in reported:
                    continue
                reported.add(index)
                phrase, plain = phrases[index]
                at = text[: match.start()].count(" ")
                used = sentence.words[at : at + len(phrase.split())]
                yield ctx.finding(
                    sentence.words[at].loc,
                    ctx.say(
                        "“{phrase}” is a figure of speech.",
                        phrase=" ".join(w.text for w in used),
                    ),
                    ctx.say("Say it plainly, like “{plain}”.", plain=plain),
                )
