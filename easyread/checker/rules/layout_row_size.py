"""LAYOUT-ROW-SIZE: keep each row short.

What it checks: a row (a picture and its text) with more than `max_sentences` sentences (3)
or more than `max_lines` lines (5) as printed: a long line wraps onto 2 or more lines on the
page (worked out from the booklet's page size, type size and picture size).
Why: a row is one idea. A long row holds too many ideas for one picture.
Bad: :bus: Take the bus. (new line) Get off at the park. (new line) Walk to the gate. (new line)
Ring the bell.
Good: :bus: Take the bus to the park. ... :door: Walk to the gate. (new line) Ring the bell.
Settings: max_sentences, max_lines.
"""

from __future__ import annotations

from collections.abc import Iterator

from easyread.checker.finding import Finding, Severity
from easyread.checker.pages import chars_per_line, printed_lines
from easyread.checker.rule import Rule, RuleContext
from easyread.model import Document

RULE = Rule(
    id="LAYOUT-ROW-SIZE",
    severity=Severity.WARNING,
    source="PS-TIPS (4 or 5 sentences at most); UNE and FALC (3 to 5 lines); ZH (6 lines)",
    settings={"max_sentences": 3, "max_lines": 5},
)


def check(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    """Report rows with too many sentences or lines."""
    max_sentences, max_lines = ctx.option("max_sentences"), ctx.option("max_lines")
    width = chars_per_line(doc)
    for row in ctx.analysis.rows:
        if row.contact:
            continue
        sentences, lines = len(row.sentences), printed_lines(row.row, width)
        if sentences > max_sentences or lines > max_lines:
            if sentences > max_sentences:
                message = ctx.say(
                    "This row has {sentences} sentences. A row is for 1 idea.", sentences=sentences
                )
            else:
                message = ctx.say(
                    "This row takes about {lines} lines when printed. A row is for 1 idea.",
                    lines=lines,
                )
            yield ctx.finding(
                row.row.loc,
                message,
                ctx.say(
                    "Split it into rows of {max_sentences} sentences or fewer, "
                    "each with a picture.",
                    max_sentences=max_sentences,
                ),
            )
