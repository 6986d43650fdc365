"""TEXT-NO-PERCENTAGES: avoid percentages and big exact numbers.

What it checks: percentages ("62%", "62 per cent", "62 Prozent") and exact numbers of `large_number`
(1,000) or more with 3 or more significant digits, like 1,552. Years, round numbers
(1,500, 10,000), phone numbers and codes (a number after "box" or "reference", or a number
on its own like "Reply Paid 9867") are fine.
Why: many readers find percentages and big exact numbers hard. Words like "most", "about
half" or "many" are easier.
Bad: 62% of people said yes. We had 1,552 letters.
Good: More than half of the people said yes. We had about 1,500 letters.
Settings: large_number, identifier_words, percent_words, thousands_separator ("," in
English, "." in German), decimal_separator.
"""

from __future__ import annotations

from collections.abc import Iterator

from easyread.checker.analysis import has_digits
from easyread.checker.finding import Finding, Severity
from easyread.checker.rule import Rule, RuleContext
from easyread.model import Document

RULE = Rule(
    id="TEXT-NO-PERCENTAGES",
    severity=Severity.WARNING,
    source="MENCAP; ZH; FALC; Netzwerk Leichte Sprache",
    settings={
        "large_number": 1000,
        "identifier_words": [],
        "percent_words": [],
        "thousands_separator": ",",
        "decimal_separator": ".",
    },
)


def _value(text: str, thousands: str, decimal: str) -> float | None:
    """The number `text` stands for, or None when it is not one (a date, a time, a code)."""
    whole, _, fraction = text.rstrip("%").partition(decimal)
    groups = whole.split(thousands)
    # "1,552" or "1.552" groups digits in threes; "10.30" (a time) and "1.5.2024" do not.
    if any(len(g) != 3 for g in groups[1:]) or not 1 <= len(groups[0]) <= (3 if groups[1:] else 20):
        return None
    try:
        return float("".join(groups) + ("." + fraction if fraction else ""))
    except ValueError:
        return None


def _is_year(text: str) -> bool:
    return len(text) == 4 and text.isdigit() and 1800 <= int(text) <= 2199


def check(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    """Report percentages and big exact numbers."""
    large = ctx.option("large_number")
    identifiers = set(ctx.option("identifier_words"))
    percent_words = tuple(ctx.option("percent_words"))
    thousands, decimal = ctx.option("thousands_separator"), ctx.option("decimal_separator")
    for row in ctx.analysis.rows:
        for sentence in row.sentences:
            # A number is written in digits: most sentences have none.
            if not any(has_digits(line.masked) for line in sentence.lines):
                continue
            words = sentence.words
            for index, word in enumerate(words):
                if not word.is_number:
                    continue
                following = " ".join(w.text.lower() for w in words[index + 1 : index + 3])
                if word.text.endswith("%") or following.startswith(percent_words):
                    yield ctx.finding(
                        word.loc,
                        ctx.say("“{word}” is a percentage.", word=word.text),
                        ctx.say("Use words like “most”, “about half” or “a few” instead."),
                    )
                    continue
                value = _value(word.text, thousands, decimal)
                digits = word.text.split(decimal)[0].replace(thousands, "").strip("0")
                if value is None or value < large or _is_year(word.text) or len(digits) < 3:
                    continue
                previous = words[index - 1].text.lower() if index else ""
                after = words[index + 1] if index + 1 < len(words) else None
                # 9867 alone is a code or box number; 1552 people or 1,552 is an amount.
                amount = thousands in word.text or (
                    after is not None
                    and after.line is word.line
                    and after.text[0].islower()
                    and word.line.masked[word.end : after.start].strip() == ""
                )
                if previous in identifiers or not amount:
                    continue
                yield ctx.finding(
                    word.loc,
                    ctx.say("“{word}” is a big exact number.", word=word.text),
                    ctx.say("Round it, like “about 1,500”, or use words like “many”."),
                )
