"""DOC-CONTENTS: give a longer booklet a useful contents page.

What it checks: a booklet of `min_pages` pages (8, counting the cover, contents, word
list and credits) or more with fewer than `min_sections` sections (2). The contents page
lists the sections, so it needs headings to list.
Why: a contents page helps readers find the part they need.
Bad: :tree: We go to the park on Sunday. (60 times)
Good: # In the spring ... :tree: We go to the park on Sunday. (30 times) ... # In the summer ...
:tree: We go to the park on Sunday. (30 times)
Settings: min_pages, min_sections.
"""

from __future__ import annotations

from collections.abc import Iterator

from easyread.checker.finding import Finding, Severity
from easyread.checker.rule import Rule, RuleContext
from easyread.model import Document

RULE = Rule(
    id="DOC-CONTENTS",
    severity=Severity.WARNING,
    source="AUS; DEMC",
    settings={"min_pages": 8, "min_sections": 2},
    uses_pages=True,
)


def check(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    """Report a long booklet with too few sections for its contents page."""
    sections = sum(1 for s in doc.sections if s.heading is not None)
    pages = ctx.analysis.pages
    if pages >= ctx.option("min_pages") and sections < ctx.option("min_sections"):
        yield ctx.finding(
            doc.meta.loc,
            _message(ctx, pages, sections),
            ctx.say("Start each part with a heading, like “# Your rights”."),
        )


def _message(ctx: RuleContext, pages: int, sections: int) -> str:
    """The message, whole for each case, so that a translation can say it its own way."""
    if ctx.analysis.pages_known and sections == 1:
        return ctx.say(
            "This booklet has {pages} pages but {sections} section heading, "
            "so the contents page has little to show.",
            pages=pages,
            sections=sections,
        )
    if ctx.analysis.pages_known:
        return ctx.say(
            "This booklet has {pages} pages but {sections} section headings, "
            "so the contents page has little to show.",
            pages=pages,
            sections=sections,
        )
    if sections == 1:
        return ctx.say(
            "This booklet has about {pages} pages but {sections} section heading, "
            "so the contents page has little to show.",
            pages=pages,
            sections=sections,
        )
    return ctx.say(
        "This booklet has about {pages} pages but {sections} section headings, "
        "so the contents page has little to show.",
        pages=pages,
        sections=sections,
    )
