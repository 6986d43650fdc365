"""DOC-CONTACT: say how to get in touch.

What it checks: a booklet with no contact details: no section called "Contact us" or
"More information", and no phone number, email or web address anywhere.
Why: readers need to know who to ask about what they read.
Bad: # What happens next ... :letter: We will write to you.
Good: # What happens next ... :letter: We will write to you. ... # Contact us ... :phone: Phone
us on 0123 456 789.
Settings: headings (the section titles that count as contact sections).
"""

from __future__ import annotations

from collections.abc import Iterator

from easyread.checker.finding import Finding, Severity
from easyread.checker.profile import is_contact_heading
from easyread.checker.rule import Rule, RuleContext
from easyread.model import Document

RULE = Rule(
    id="DOC-CONTACT",
    severity=Severity.WARNING,
    source="AUS; PIF",
    settings={"headings": []},
)


def check(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    """Report a booklet with no contact section and no contact details."""
    headings = ctx.option("headings")
    if any(is_contact_heading(heading.text, headings) for heading, _ in ctx.analysis.headings):
        return
    if any(row.contact for row in ctx.analysis.rows):
        return
    rows = ctx.analysis.rows
    loc = rows[-1].row.loc if rows else doc.meta.loc
    yield ctx.finding(
        loc,
        ctx.say("This booklet does not say how to contact you."),
        ctx.say("Add a section called “Contact us” with a phone number, an email or a website."),
    )
