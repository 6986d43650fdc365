"""DOC-LENGTH-PAGES: keep the booklet short.

What it checks: a booklet with more than `max_pages` pages (20). The page count comes from
the PDF when `easyread build` makes one (and from `easyread check --pages N`); otherwise it
is estimated from the rows.
Why: a long booklet is tiring to read. If there is a lot to say, make 2 booklets.
Bad: :tree: We go to the park on Sunday. (150 times)
Good: :tree: We go to the park on Sunday. (60 times)
Settings: max_pages.
"""

from __future__ import annotations

from collections.abc import Iterator

from easyread.checker.finding import Finding, Severity
from easyread.checker.rule import Rule, RuleContext
from easyread.checker.rules.doc_length_words import split_hint
from easyread.model import Document

RULE = Rule(
    id="DOC-LENGTH-PAGES",
    severity=Severity.WARNING,
    source="DH09 (20 pages); GOVUK (24 pages); AUS",
    settings={"max_pages": 20},
    uses_pages=True,
)


def check(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    """Report a booklet over the page limit."""
    pages, limit = ctx.analysis.pages, ctx.option("max_pages")
    if pages > limit:
        if ctx.analysis.pages_known:
            message = ctx.say(
                "This booklet has {pages} pages. Try to keep it to {limit} pages or fewer.",
                pages=pages,
                limit=limit,
            )
        else:
            message = ctx.say(
                "This booklet has about {pages} pages. Try to keep it to {limit} pages or fewer.",
                pages=pages,
                limit=limit,
            )
        yield ctx.finding(
            doc.meta.loc,
            message,
            split_hint(ctx, -(-pages // limit)),
        )
