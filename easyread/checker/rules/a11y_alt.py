"""A11Y-ALT: give every picture a text alternative.

What it checks: a picture with no alt text, or alt text that is only a file name. The cover
picture's alt text goes on its line at the top, in quotes:
cover: "![The front of our building](front.jpg)". A picture folder's descriptions.txt can
describe its pictures too (see docs/pictures.md).
Why: people who use screen readers hear the alt text instead of seeing the picture.
Bad: ![](doctor.svg)
Good: ![A doctor listens to a man's chest](doctor.svg)
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

from easyread.checker.finding import Finding, Severity
from easyread.checker.rule import Rule, RuleContext
from easyread.model import Document, Picture, iter_pictures

RULE = Rule(id="A11Y-ALT", severity=Severity.ERROR, source="WCAG 1.1.1; PDF/UA; MSAC")

_FILE = re.compile(r"\.(png|jpe?g|gif|svg|webp|bmp|tiff?)$", re.IGNORECASE)


def check(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    """Report pictures with empty or file-name alt text."""
    for picture in iter_pictures(doc):
        alt = picture.alt.strip()
        if not alt and picture is doc.meta.cover:
            yield ctx.finding(
                picture.loc,
                ctx.say("The cover picture has no text to describe it."),
                ctx.say('Write what it shows on the cover line, in quotes, like this: '
                        'cover: "![The front of our building]({file})"', file=_written(picture)),
            )
        elif not alt:
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


def _written(picture: Picture) -> str:
    """The picture's file as the booklet would name it: from the booklet's folder."""
    relative = os.path.relpath(picture.path, Path(picture.loc.file).parent)
    return picture.path.name if relative.startswith("..") else Path(relative).as_posix()
