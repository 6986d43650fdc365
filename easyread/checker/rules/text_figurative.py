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
from pathlib import Path

from easyread.checker.finding import Finding, Severity
from easyread.checker.rule import Rule, RuleContext
from easyread.model import Document

RULE = Rule(
    id="TEXT-FIGURATIVE",
    severity=Severity.WARNING,
    source="DH09; IE rule 10 (no metaphors); ZH",
    settings={"phrases": ""},
)

_FOLDER = Path(__file__).parents[2] / "languages"


@cache
def _phrases(name: str) -> tuple[tuple[re.Pattern[str], str, str], ...]:
    """(pattern, phrase, plain words) for each line of the data file `name`."""
    found = []
    if name:
        for line in (_FOLDER / name).read_text("utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            phrase, plain = (part.strip() for part in line.split("\t")[:2])
            first, *rest = phrase.lower().split()
            # The first word with any ending: "keeps", "kept" is left to the list.
            body = re.escape(first) + r"\w*" + "".join(r"\s+" + re.escape(w) for w in rest)
            found.append((re.compile(r"\b" + body + r"\b"), phrase, plain))
    return tuple(found)


def check(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    """Report the first use of each figure of speech in the list."""
    phrases = _phrases(ctx.option("phrases"))
    if not phrases:
        return
    reported: set[str] = set()
    for row in ctx.analysis.rows:
        for sentence in row.sentences:
            keys = [w.key for w in sentence.words]
            text = " ".join(keys)
            for pattern, phrase, plain in phrases:
                if phrase in reported:
                    continue
                match = pattern.search(text)
                if match is None:
                    continue
                reported.add(phrase)
                at = text[: match.start()].count(" ")
                yield ctx.finding(
                    sentence.words[at].loc,
                    ctx.say(
                        "“{phrase}” is a figure of speech.",
                        phrase=" ".join(
                            w.text for w in sentence.words[at : at + len(phrase.split())]
                        ),
                    ),
                    ctx.say("Say it plainly, like “{plain}”.", plain=plain),
                )
