"""TEXT-HARD-WORDS-EXPLAINED: explain every hard word you put in bold.

What it checks: a word in **bold** that neither the word list nor the text explains (an
error), a word in the word list with no explanation (an error), and a word list entry the
booklet never uses (a warning). A bold word is explained in the text by its own sentence
("A **referendum** is a big vote", "we call it **the plan**", the words TEXT-EASY-WORDS
takes as explaining), or by words right after it in brackets or after a dash ("**voters** -
people who can vote"). A word list entry is used when every one of its words is, in any
form ("First Nations people" is used by "a First Nation person's"). The word "bold" itself in
bold ("Some words are in **bold**") is an example of bold, not a hard word.
Why: bold tells readers "this word is explained". The explanation must be there.
Bad: You need a **referral**.
Good: You need a **referral**. ... # Word list ... Referral (new line) : A letter from your
doctor that asks another service to see you.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from easyread.checker.analysis import has_digits
from easyread.checker.explained import sentence_explained, stem
from easyread.checker.finding import Finding, Severity
from easyread.checker.rule import Rule, RuleContext
from easyread.checker.vocab import term_matches
from easyread.model import Document

RULE = Rule(
    id="TEXT-HARD-WORDS-EXPLAINED",
    severity=Severity.ERROR,
    source="GOVUK; AUS; ERO; IE rule 7; DH09 rule 9",
    settings={
        # Words that show what bold looks like ("bold", "fett"): from the language's profile.
        "bold_examples": [],
    },
)


# Words right after a bold word that explain it: "(a letter ...)", a dash and "people who ...".
_APPOSITION = re.compile(r"^\s*(?:\(|[\u2013\u2014-]\s|,\s(?:which|that) means\b)")


def _apposition(after: str) -> bool:
    return bool(_APPOSITION.match(after))


def _term_pattern(term: str) -> re.Pattern[str]:
    """Any form of every word of `term`, in order: "First Nations people" matches "first
    nation person" as well as the plural (each word's stem, then any ending)."""
    parts = []
    for word in term.split():
        root = stem(word)
        if root == "people":
            parts.append(r"(?:people|person)\w*")
        elif root.endswith("y") and len(root) > 3:
            parts.append(re.escape(root[:-1]) + r"(?:y|ie)\w*")
        else:
            parts.append(re.escape(root) + r"\w*")
    return re.compile(r"\b" + r"[\s\-\u00b7]+".join(parts) + r"\b")


def check(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    """Report bold words with no explanation, and explanations that are never used."""
    terms = [hw.term for hw in doc.hard_words]
    reported: set[str] = {word.lower() for word in ctx.option("bold_examples")}
    in_text = sentence_explained(ctx.analysis, ctx.shared["TEXT-EASY-WORDS"])
    for row in ctx.analysis.rows:
        for line in row.lines:
            offset = 0
            for run in line.line.runs:
                start, offset = offset, offset + len(run.text)
                if not run.strong:
                    continue
                text = line.masked[start:offset].strip(" .,:;!?'\"()\u2018\u2019“”")
                # Bold dates and numbers are emphasis, not hard words.
                if not any(c.isalpha() for c in text) or has_digits(text):
                    continue
                key = text.lower()
                if key in reported or any(term_matches(text, term) for term in terms):
                    continue
                if all(stem(w) in in_text for w in text.split()) or _apposition(
                    line.masked[offset:]
                ):
                    continue  # explained where it is used
                reported.add(key)
                lead = len(run.text) - len(run.text.lstrip())
                yield ctx.finding(
                    line.loc_at(start + lead),
                    ctx.say(
                        "“{word}” is in bold, but the word list does not explain it.", word=text
                    ),
                    ctx.say(
                        "Add “{word}” to the word list and say what it means, "
                        "or write it in plain text.",
                        word=text,
                    ),
                )
    body = "\n".join(line.masked.lower() for row in ctx.analysis.rows for line in row.lines)
    for word in doc.hard_words:
        if not "".join(line.text for line in word.explanation).strip():
            yield ctx.finding(
                word.loc,
                ctx.say("“{term}” is in the word list, but it has no explanation.", term=word.term),
                ctx.say("Write what the word means on the next line, starting with ': '."),
            )
        key = " ".join(stem(w) for w in word.term.split())
        if key and not has_digits(key) and not _term_pattern(word.term).search(body):
            yield ctx.finding(
                word.loc,
                ctx.say(
                    "“{term}” is in the word list, but the booklet does not use it.",
                    term=word.term,
                ),
                ctx.say("Use the word in the booklet, or take it out of the word list."),
                Severity.WARNING,
            )
