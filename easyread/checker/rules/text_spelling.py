"""TEXT-SPELLING: check the spelling.

What it checks: a word in small letters that no word list knows, when changing one letter
(adding, taking away, swapping 2 letters next to each other, or changing one) makes a common
word. Names, words with capitals, initials, numbers, bold words, the word list and your own
`known_words` are left alone, and a British spelling is never "corrected" to an American
one (s and z, "our" and "or", "ll" and "l", "ae" and "e"). Word frequencies come from
wordfreq's word list, which ships with easyread: nothing is looked up online.
Why: a spelling mistake makes a word hard to read, and readers may not know it is a
mistake.
Bad: We will send you a leter.
Good: We will send you a letter.
Settings: known_words (words your booklets use that no list knows), min_length (shorter
words are left alone), suggest_zipf (how common the corrected word must be).
"""

from __future__ import annotations

from collections.abc import Iterator

from easyread.checker.analysis import Word
from easyread.checker.explained import stem
from easyread.checker.finding import Finding, Severity
from easyread.checker.rule import Rule, RuleContext
from easyread.checker.vocab import Vocabulary, vocabulary
from easyread.model import Document

RULE = Rule(
    id="TEXT-SPELLING",
    severity=Severity.WARNING,
    source="DH09; ERO (check the text)",
    settings={"known_words": [], "min_length": 4, "suggest_zipf": 3.5},
)

_LETTERS = "abcdefghijklmnopqrstuvwxyz"
# Pairs of spellings that are both right (British and American English): never a fix.
_VARIANTS = ({"s", "z"},)


def check(doc: Document, ctx: RuleContext) -> Iterator[Finding]:
    """Report the first use of each word that looks like a misspelt common word."""
    vocab = vocabulary(ctx.analysis.profile.wordfreq_language)
    known = {w.lower() for w in ctx.option("known_words")} | ctx.analysis.profile.easy_words
    known |= {stem(w) for hw in doc.hard_words for w in hw.term.split()}
    shortest = ctx.option("min_length")
    common = ctx.option("suggest_zipf")
    forms = ctx.shared["TEXT-EASY-WORDS"].get("word_forms", ())
    # Each word once, at its first use (most words are common and need only one look-up).
    first: dict[str, Word] = {}
    for row in ctx.analysis.rows:
        for sentence in row.sentences:
            for word in sentence.words:
                first.setdefault(word.key, word)
    for key, word in first.items():
        if len(key) < shortest or word.strong or vocab.zipf(key) > 0:
            continue
        if not key.isalpha() or not word.text.islower() or key in known:
            continue
        if stem(key) in known or _known(key, vocab, forms):
            continue
        fix = _correction(key, vocab, common)
        if fix is not None:
            yield ctx.finding(
                word.loc,
                ctx.say("“{word}” may be spelt wrong.", word=word.text),
                ctx.say("Did you mean “{fix}”?", fix=fix),
            )


def _known(word: str, vocab: Vocabulary, forms: object) -> bool:
    """True when the word list knows `word`, or a plain form of it ("walked", "walk")."""
    if vocab.zipf(word) > 0:
        return True
    for ending, replacement in forms if isinstance(forms, list) else ():
        end, plain = str(ending), str(replacement)
        cut = len(word) - len(end)
        if end[:1] != "^" and word.endswith(end) and cut > 2 and vocab.zipf(word[:cut] + plain):
            return True
    return False


def _correction(word: str, vocab: Vocabulary, common: float) -> str | None:
    """The most common word one edit away from `word`, if it is common enough."""
    best, best_zipf = None, common
    for candidate in _edits(word):
        zipf = vocab.zipf(candidate)
        if zipf >= best_zipf and not _variant(word, candidate):
            best, best_zipf = candidate, zipf
    return best


def _edits(word: str) -> Iterator[str]:
    """Every string one deletion, swap, change or insertion away from `word`."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    for left, right in splits:
        if right:
            yield left + right[1:]
            if len(right) > 1:
                yield left + right[1] + right[0] + right[2:]
            for letter in _LETTERS:
                if letter != right[0]:
                    yield left + letter + right[1:]
        for letter in _LETTERS:
            yield left + letter + right


def _variant(word: str, candidate: str) -> bool:
    """True when `word` and `candidate` are 2 right spellings (colour/color, organise/organize,
    counselling/counseling)."""
    if len(word) == len(candidate):
        changed = {(a, b) for a, b in zip(word, candidate, strict=True) if a != b}
        return any({a, b} in _VARIANTS for a, b in changed)
    longer, shorter = (word, candidate) if len(word) > len(candidate) else (candidate, word)
    for i in range(len(longer)):
        if longer[:i] + longer[i + 1 :] == shorter:
            dropped = longer[i]
            before = longer[i - 1] if i else ""
            after = longer[i + 1] if i + 1 < len(longer) else ""
            return (
                (dropped == "u" and before == "o" and after == "r")
                or (dropped == "l" and (before == "l" or after == "l"))
                or (dropped in "ao" and after == "e")  # paediatric, foetus
            )
    return False
