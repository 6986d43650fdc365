"""Readability formulas as information: Flesch Reading Ease, Flesch-Kincaid grade, and for
German the Amstad reading ease (Flesch for German) and LIX. A profile picks which to report.

English syllables come from the CMU Pronouncing Dictionary with a rule-based count for
words it lacks (easyread.checker.syllables). Other languages count pyphen's hyphenation
points plus one, as textstat does offline; we run pyphen's matching ourselves
(easyread.checker.hyphenation, on patterns that load fast) because importing textstat
imports NLTK, which costs 0.8 s per process and, from textstat 0.7.9, tries to download its
CMU dictionary over the network.

Words and sentences are counted from the document model, not by textstat, because
textstat's sentence counter drops sentences of 2 words or fewer, which easy read is made of.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from easyread.checker.hyphenation import patterns
from easyread.checker.syllables import english_syllables

__all__ = ["DEFAULT_FORMULAS", "Readability", "combine", "measure", "syllables"]

DEFAULT_FORMULAS = ("flesch_reading_ease", "flesch_kincaid_grade")
# Mediopoints split Leichte Sprache compounds ("Groß·mutter"): count each part's syllables.
_MEDIOPOINTS = ("\u00b7", "\u2219", "\u22c5", "\u2027")


_dictionaries: dict[str, str] = {}
"""Each language's pyphen dictionary, from its language pack."""
_counts: dict[str, dict[str, int]] = {}
"""Syllables of each word seen, per language."""


def syllables(word: str, language: str = "en") -> int:
    """The number of syllables in `word` (at least 1): for English from the CMU Pronouncing
    Dictionary, otherwise pyphen's hyphenation points plus one."""
    counts = _counts.get(language)
    if counts is None:
        counts = _counts[language] = {}
    found = counts.get(word)
    if found is None and language == "en":
        found = counts[word] = english_syllables(word)
    elif found is None:
        lower = word.lower()
        for point in _MEDIOPOINTS:
            lower = lower.replace(point, " ")
        count = patterns(_dictionary(language)).count
        found = counts[word] = sum(count(part) + 1 for part in lower.split()) or 1
    return found


def _dictionary(language: str) -> str:
    """The pyphen dictionary for `language` ("fr" -> "fr_FR"); a language with no pack asks
    pyphen for its own code."""
    found = _dictionaries.get(language)
    if found is None:
        from easyread.languages import language_code, load_language

        code = language_code(language)
        same = code == language.split("-")[0].lower()
        found = _dictionaries[language] = load_language(code).hyphenation if same else language
    return found


_LONG_SHIFT = 40
_SYLLABLE_MASK = (1 << _LONG_SHIFT) - 1
_facts: dict[str, dict[str, int]] = {}
"""Per language, each word's syllables plus (1 << _LONG_SHIFT) when it is a long word."""


def _word_facts(word: str, language: str) -> int:
    # Numbers count as one syllable each: "3" is read "three".
    count = syllables(word, language) if word[0].isalpha() else 1
    long = len(word) > 6 and sum(c.isalpha() for c in word) > 6
    return count + (long << _LONG_SHIFT)


@dataclass(frozen=True, slots=True)
class Readability:
    """Counts and formula scores for some text. Scores are not clamped (easy read can pass 100)."""

    words: int
    sentences: int
    syllables: int
    words_per_sentence: float
    syllables_per_word: float
    flesch_reading_ease: float
    """206.835 - 1.015 * words per sentence - 84.6 * syllables per word; higher is easier."""
    flesch_kincaid_grade: float
    """0.39 * words per sentence + 11.8 * syllables per word - 15.59: a US school grade."""
    long_words: int = 0
    """Words of more than 6 letters, for LIX."""
    formulas: tuple[str, ...] = DEFAULT_FORMULAS
    """The formulas `as_dict` reports (from the profile)."""

    @property
    def amstad_reading_ease(self) -> float:
        """Flesch for German (Amstad): 180 - words per sentence - 58.5 * syllables per word."""
        return 180 - self.words_per_sentence - 58.5 * self.syllables_per_word

    @property
    def lix(self) -> float:
        """LIX: words per sentence + 100 * share of words over 6 letters; lower is easier."""
        return self.words_per_sentence + 100 * self.long_words / self.words

    def as_dict(self) -> dict[str, float | int]:
        """The chosen formulas and the counts as a plain dict, rounded for people to read."""
        return {
            **{name: round(getattr(self, name), 1) for name in self.formulas},
            "words_per_sentence": round(self.words_per_sentence, 1),
            "syllables_per_word": round(self.syllables_per_word, 2),
            "words": self.words,
            "sentences": self.sentences,
        }


def measure(
    sentences: Sequence[Sequence[str]],
    language: str = "en",
    formulas: tuple[str, ...] = DEFAULT_FORMULAS,
) -> Readability | None:
    """Measure `sentences` (each a list of words); None when there are no words."""
    sentences = [s for s in sentences if s]
    words = sum(len(s) for s in sentences)
    if not words:
        return None
    facts = _facts.get(language)
    if facts is None:
        facts = _facts[language] = {}
    # Each word's syllables and "long word" flag, packed in one int so a row is one sum.
    packed = 0
    for sentence in sentences:
        for word in sentence:
            found = facts.get(word)
            if found is None:
                found = facts[word] = _word_facts(word, language)
            packed += found
    total = packed & _SYLLABLE_MASK
    long_words = packed >> _LONG_SHIFT
    return _from_counts(words, len(sentences), total, long_words, formulas)


def combine(parts: Sequence[Readability]) -> Readability | None:
    """The measures of all `parts` together (for example, a document from its rows)."""
    words = sum(p.words for p in parts)
    if not words:
        return None
    return _from_counts(
        words,
        sum(p.sentences for p in parts),
        sum(p.syllables for p in parts),
        sum(p.long_words for p in parts),
        parts[0].formulas,
    )


# Rows often share their counts, and a Readability never changes: make each one once.
@lru_cache(maxsize=4096)
def _from_counts(
    words: int, sentences: int, total: int, long_words: int, formulas: tuple[str, ...]
) -> Readability:
    wps = words / sentences
    spw = total / words
    return Readability(
        words=words,
        sentences=sentences,
        syllables=total,
        words_per_sentence=wps,
        syllables_per_word=spw,
        flesch_reading_ease=206.835 - 1.015 * wps - 84.6 * spw,
        flesch_kincaid_grade=0.39 * wps + 11.8 * spw - 15.59,
        long_words=long_words,
        formulas=formulas,
    )
