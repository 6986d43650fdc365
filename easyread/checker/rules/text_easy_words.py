"""TEXT-EASY-WORDS: use short, everyday words, or explain the hard ones.

What it checks: words that are rare in everyday language (word frequency from wordfreq), or
long (4 syllables or more, counted with the CMU Pronouncing Dictionary) and not common, and
words on the language's plain-words list (like "commence", with the easier word to use:
"start"), when they are not in bold, not in the word list and not explained in a sentence
("X means ...", "X is a ...", "... is called X"). Names, numbers and initials are left
alone, and so is a capitalised word at the start of a sentence that no word list knows and
the booklet never writes in small letters (a name). Each word is reported once. A compound
split with a hyphen or a mediopoint ("Bundes-Tag", "Groß·mutter") is judged by its parts, so
where the profile has a `compound_example` (German), a long unsplit compound gets a hint to
split it.
Why: readers know everyday words. A rare or long word stops them.
Bad: You will get a remittance.
Good: We will send you the money.
Settings: rare_zipf (Zipf frequency below which a word is rare: 3 is about once in a million
words), long_syllables, long_zipf, easy_words (words your readers know), explain_words
("X means ..." explains X), explain_after ("is called X" explains X), plain_words (the data
file of hard words and easier words), word_forms, split_compounds, join_compounds,
compound_example.
"""

from __future__ import annotations

from collections.abc import Iterator

from easyread.checker.finding import Finding, Severity
from easyread.checker.plainwords import plain_words
from easyread.checker.readability import syllables
from easyread.checker.rule import Rule, RuleContext
from easyread.checker.vocab import SPLIT, hard_words
from easyread.model import Document

RULE = Rule(
    id="TEXT-EASY-WORDS",
    severity=Severity.WARNING,
    source="DH09; IE rule 6; ERO; NORF; AUS (3 or more syllables)",
    settings={
        # A word is rare below this Zipf frequency (3 = about once per million words).
        "rare_zipf": 3.0,
        # A long word (this many syllables or more) is hard unless it is common.
        "long_syllables": 4,
        "long_zipf": 4.0,
        # Words your readers know, added to the profile's easy words.
        "easy_words": [],
        # "X means ..." explains X for the whole booklet: the language's words for "means".
        "explain_words": [],
        # "... is called X" explains X: the language's words before the name.
        "explain_after": [],
        # The language's plain-words file under easyread/languages ("": none).
        "plain_words": "",
        # Judge words split by hyphens by their parts (German compounds), or as a whole.
        "split_compounds": False,
        # A word no list knows that is 2 common words written as one is easy ("rulebook").
        "join_compounds": False,
        # [ending, replacement] pairs that turn a rare inflected form into a common one.
        "word_forms": [],
        # An example of a compound split with a hyphen, for languages that split them.
        "compound_example": "",
    },
)


def check(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    """Report the first use of each hard word that is not explained."""
    seen: set[str] = set()
    example = ctx.option("compound_example")
    language = ctx.analysis.profile.wordfreq_language
    plain = plain_words(ctx.option("plain_words"))
    for word in hard_words(ctx.analysis, ctx.options):
        key = word.key
        if key in seen:
            continue
        seen.add(key)
        easier = plain.easier(key)
        if easier is not None:
            hint = ctx.say("Try “{easier}” instead.", easier=easier)
        elif (
            example
            and not SPLIT.search(key)
            and syllables(key, language) >= ctx.option("long_syllables")
        ):
            hint = ctx.say(
                "Use an easier word. If it is made of 2 or more words, "
                "write it with a hyphen between them, like “{example}”.",
                example=example,
            )
        else:
            hint = ctx.say("Use an easier word, or put it in bold and explain it in the word list.")
        yield ctx.finding(word.loc, ctx.say("“{word}” may be a hard word.", word=word.text), hint)
