"""DOC-CONTENTS: give a longer booklet a useful contents page.

What it checks: a booklet of `min_pages` pages (8, counting the cover, contents, word
list and credits) or more with fewer than `min_sections` sections (2). The contents page
lists the sections, so it needs headings to list.
Why: a contents page helps readers find the part they need.
Bad: a 10-page booklet with no # headings.
Good: the same booklet with a # heading for each part, like "# Your rights".
Settings: min_pages, min_sections.
"""

from __future__ import annotations

from collections.abc import Iterator

from easyread.checker.finding import Finding, Severity
from easyread.checker.rule import Rule, RuleContext
from easyread.model import Document

RULE = Rule(id="DOC-CONTENTS", severity=Severity.WARNING, source="AUS; DEMC")


def check(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    """Report a long booklet with too few sections for its contents page."""
    sections = sum(1 for s in doc.sections if s.heading is not None)
    pages = ctx.analysis.pages
    if pages >= ctx.option("min_pages") and sections < ctx.option("min_sections"):
        yield ctx.finding(
            doc.meta.loc,
            f"This booklet has {'' if ctx.analysis.pages_known else 'about '}{pages} pages "
            f"but {sections} section heading{'' if sections == 1 else 's'}, "
            "so the contents page has little to show.",
            "Start each part with a heading, like “# Your rights”.",
        )
