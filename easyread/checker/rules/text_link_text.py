"""TEXT-LINK-TEXT: say where a link goes.

What it checks: a link whose words do not say where it goes ("click here", "this page"),
and a sentence that sends readers to a page ("visit this page") in a row with no web
address to go to. On paper a link is only its words, so they must name the place.
Why: "click here" means nothing on paper or read out loud. Readers need the address, or
the name of the website.
Bad: To find out more, visit this page.
Good: To find out more, go to www.example.org/bus-pass
Settings: vague_texts (link words that say nothing about where the link goes),
pointer_phrases (words that send readers to a page).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from easyread.checker.analysis import normalise
from easyread.checker.finding import Finding, Severity
from easyread.checker.rule import Rule, RuleContext
from easyread.model import Document

RULE = Rule(
    id="TEXT-LINK-TEXT",
    severity=Severity.WARNING,
    source="GOVUK; WCAG 2.4.4",
    # The language's words: with none, the rule finds nothing.
    settings={"vague_texts": [], "pointer_phrases": []},
)


def check(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    """Report vague link words, and pointers to a page in rows that give no address."""
    vague = {normalise(t) for t in ctx.option("vague_texts")}
    phrases = [normalise(p) for p in ctx.option("pointer_phrases") if p.strip()]
    pointer = re.compile(r"\b(?:" + "|".join(map(re.escape, phrases)) + r")\b") if phrases else None
    for row in ctx.analysis.rows:
        has_address = any(line.contact for line in row.lines)
        for line in row.lines:
            offset = 0
            for run in line.line.runs:
                start, offset = offset, offset + len(run.text)
                if run.link is not None:
                    has_address = True
                    if normalise(run.text.strip(" .,:;!?")) in vague:
                        yield ctx.finding(
                            line.loc_at(start),
                            ctx.say(
                                "The link words “{text}” do not say where it goes.",
                                text=run.text.strip(),
                            ),
                            ctx.say("Use the name of the page or the web address as the link."),
                        )
        if pointer is None or has_address:
            continue
        for line in row.lines:
            match = pointer.search(normalise(line.text))
            if match is not None:
                yield ctx.finding(
                    line.loc_at(match.start()),
                    ctx.say(
                        "“{phrase}” sends readers to a page, but this row has no address.",
                        phrase=line.text[match.start() : match.end()],
                    ),
                    ctx.say("Write the web address, or the name of the website, in this row."),
                )
                break
