"""IMG-PICTURE-MID-ROW: put a picture code at the start of its row.

What it checks: a picture code such as `:doctor:` in the middle or at the end of a row's
text. Only a code at the very start of a row gives the row its picture; anywhere else it
is printed as it is, dots and all.
Why: readers would see ":doctor:" as text in the booklet, and the row has no picture.
Bad: You can see the nurse. :nurse:
Good: :nurse: You can see the nurse.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from easyread.checker.finding import Finding, Severity
from easyread.checker.rule import Rule, RuleContext
from easyread.model import Document

RULE = Rule(id="IMG-PICTURE-MID-ROW", severity=Severity.WARNING, source="DH09 rule 2; easyread")

# A picture name as the reader takes it: small letters, digits and hyphens between colons,
# perhaps after a picture set's name and a slash (:openmoji/nurse:).
_CODE = re.compile(
    r"(?<![\w:/]):((?:[a-z][a-z0-9-]*/)?[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*):(?![\w/])")


def check(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    """Report each picture code left inside the text of a row."""
    for row in ctx.analysis.rows:
        for line in row.lines:
            if ":" not in line.text:
                continue
            for match in _CODE.finditer(line.text):
                yield ctx.finding(
                    line.loc_at(match.start()),
                    ctx.say(
                        "The picture code “{code}” is inside the text, so it will be printed "
                        "as words.",
                        code=match.group(),
                    ),
                    ctx.say("Move it to the start of the row, before the first word."),
                )
