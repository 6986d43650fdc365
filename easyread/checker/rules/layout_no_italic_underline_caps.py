"""LAYOUT-NO-ITALIC-UNDERLINE-CAPS: no italics and no words in capitals.

What it checks: text in italics (Markdown *emphasis*, which easy read prints as plain text),
and ordinary words written in capitals, like "DO NOT" or "IMPORTANT", in headings too.
Initials such as "NHS" are not words in capitals, and nor are names written in capitals
that are also words (the `acronyms` list, like NATO) or a word in capitals before a number
(a state in an address: "ACT 2600"). Markdown has no underline, so links are the only
underlined text.
Why: italics and capitals are harder to read. Use bold for hard words only.
Bad: You *must* bring your letter. It is VERY important.
Good: You must bring your letter. It is very important.
Settings: min_caps_length, common_zipf, acronyms.
"""

from __future__ import annotations

from collections.abc import Iterator

from easyread.checker.analysis import LineText
from easyread.checker.finding import Finding, Severity
from easyread.checker.rule import Rule, RuleContext
from easyread.checker.rules.text_abbreviations import defined_initials
from easyread.checker.vocab import vocabulary
from easyread.model import Document

RULE = Rule(
    id="LAYOUT-NO-ITALIC-UNDERLINE-CAPS",
    severity=Severity.WARNING,
    source="People First; GG; MZ-DE; FALC; RNIB clear print",
    # acronyms: names written in capitals that are also words (the language's list).
    settings={"min_caps_length": 3, "common_zipf": 4.0, "acronyms": []},
)


def check(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    """Report italic runs and words in capitals, once per line each."""
    shortest = ctx.option("min_caps_length")
    common = ctx.option("common_zipf")
    allowed = {a.upper() for a in ctx.option_of("TEXT-ABBREVIATIONS", "allow_initials")}
    allowed |= defined_initials(doc, ctx.analysis)
    allowed |= {a.upper() for a in ctx.option("acronyms")}
    vocab = vocabulary(ctx.analysis.profile.wordfreq_language)
    lines: list[LineText] = [line for row in ctx.analysis.rows for line in row.lines]
    lines += [line for _, line in ctx.analysis.headings]
    for line in lines:
        for run in line.line.runs:
            if run.emphasis and run.text.strip():
                lead = len(run.text) - len(run.text.lstrip())
                yield ctx.finding(
                    line.line.loc.at(column=run.column + lead),
                    ctx.say("This text is in italics."),
                    ctx.say("Write it as plain text. Use bold only for hard words."),
                )
                break
        for word in line.words:
            text = word.text
            if not text.isalpha() or not text.isupper() or text in allowed:
                continue
            if line.masked[word.end : word.end + 6].strip(" ,")[:1].isdigit():
                continue  # a state or code before a number, as in an address
            if len(text) >= shortest and vocab.zipf(text.lower()) >= common:
                yield ctx.finding(
                    word.loc,
                    ctx.say("“{word}” is written in capitals.", word=text),
                    ctx.say("Write it in small letters: “{lower}”.", lower=text.lower()),
                )
                break
