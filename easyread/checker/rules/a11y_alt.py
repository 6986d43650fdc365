"""A11Y-ALT: give every picture a text alternative.

What it checks: a picture with no alt text, or alt text that is only a file name.
Why: people who use screen readers hear the alt text instead of seeing the picture.
Bad: ![](doctor.svg)
Good: ![A doctor listens to a man's chest](doctor.svg)
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from easyread.checker.finding import Finding, Severity
from easyread.checker.rule import Rule, RuleContext
from easyread.model import Document, iter_pictures

RULE = Rule(id="A11Y-ALT", severity=Severity.ERROR, source="WCAG 1.1.1; PDF/UA; MSAC")

_FILE = re.compile(r"\.(png|jpe?g|gif|svg|webp|bmp|tiff?)$", re.IGNORECASE)


def check(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    """Report pictures with empty or file-name alt text."""
    for picture in iter_pictures(doc):
        alt = picture.alt.strip()
        if not alt:
            yield ctx.finding(
                picture.loc,
                ctx.say("This picture has no text to describe it."),
                ctx.say(
                    "Write a few words that say what the picture shows, "
                    "like ![A bus stop](bus.png)."
                ),
            )
        elif _FILE.search(alt):
            yield ctx.finding(
                picture.loc,
                ctx.say("The description of this picture is a file name: {alt}.", alt=alt),
                ctx.say("Write a few words that say what the picture shows."),
            )
