"""IMG-CONSISTENT-STYLE: draw every picture in one style.

What it checks: a bundled picture from another picture set than the booklet's (its
`picture_set` style, Mulberry unless you choose another). That happens when the booklet's set
has no picture of that name and another set has one, or when you name a set, like
:openmoji/nurse:. Your own pictures are not checked.
Why: a booklet whose pictures share one drawing style is easier to read; mixing styles, such
as colour emoji beside line drawings, looks untidy and can confuse readers.
Bad: :openmoji/nurse: The nurse will see you. (in a booklet with Mulberry pictures)
Good: :nurse: The nurse will see you.
"""

from __future__ import annotations

from collections.abc import Iterator

from easyread.checker.finding import Finding, Severity
from easyread.checker.rule import Rule, RuleContext
from easyread.model import Document, iter_pictures

RULE = Rule(id="IMG-CONSISTENT-STYLE", severity=Severity.WARNING,
            source="FALC checklist; Widgit and Photosymbols practice")


def check(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    """Report bundled pictures from a set other than the booklet's."""
    wanted = doc.style.picture_set
    for picture in iter_pictures(doc):
        if picture.picture_set and picture.picture_set != wanted:
            yield ctx.finding(
                picture.loc,
                ctx.say(
                    "Picture styles are mixed: this picture is from {found}, the other "
                    "pictures are from {wanted}.",
                    found=picture.picture_set, wanted=wanted,
                ),
                ctx.say(
                    "Choose a picture from {wanted}: try easyread pictures search WORD "
                    "--set {wanted}. Or use your own picture.",
                    wanted=wanted,
                ),
            )
