"""Readability formulas as information: Flesch Reading Ease, Flesch-Kincaid grade, and for
German the Amstad reading ease (Flesch for German) and LIX. A profile picks which to report.

Syllables are counted the way textstat counts them offline: pyphen's hyphenation points
plus one (tests/checker/test_readability.py checks we agree with textstat word for word).
We call pyphen directly because importing textstat imports NLTK, which costs 0.8 s per
process and, from textstat 0.7.9, tries to download its CMU dictionary over the network.

Words and sentences are counted from the document model, not by textstat, because
textstat's sentence counter drops sentences of 2 words or fewer, which easy read is made of.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

__all__ = ["DEFAULT_FORMULAS", "Readability", "combine", "measure", "syllables"]

DEFAULT_FORMULAS = ("flesch_reading_ease", "flesch_kincaid_grade")
# Mediopoints split Leichte Sprache compounds ("Groß·mutter"): count each part's syllables.
_MEDIOPOINTS = ("\u00b7", "\u2219", "\u22c5", "\u2027")


@cache
def _hyphenator(language: str) -> Callable[[str], list[int]]:
    import pyphen

    _load_patterns(pyphen, language)
    return pyphen.Pyphen(lang=language).positions  # type: ignore[no-any-return]


def _load_patterns(pyphen: Any, language: str) -> None:
    """Give pyphen its parsed patterns from our cache folder, or parse and store them.

    Parsing the hyphenation file takes about 0.15 s, every run; loading the parsed
    patterns as JSON takes about 0.02 s. The cache is data only (no pickle), keyed by the
    pattern file's size and time, and skipped whenever anything about it is unexpected.
    """
    from easyread.cache import cache_folder, store

    folder = cache_folder("hyphenation")
    source = pyphen.LANGUAGES.get(language)
    if folder is None or source is None or source in pyphen.hdcache:
        return
    stat = Path(source).stat()
    cached = folder / f"{language}-{stat.st_size}-{stat.st_mtime_ns}.json"
    try:
        data = json.loads(cached.read_text(encoding="utf-8"))
        patterns = {tag: (start, tuple(values)) for tag, (start, values) in data.items()}
        patterns_dict = pyphen.HyphDict.__new__(pyphen.HyphDict)
        patterns_dict.patterns, patterns_dict.cache = patterns, {}
        patterns_dict.maxlen = max(len(tag) for tag in patterns)
        pyphen.hdcache[source] = patterns_dict
        return
    except (OSError, ValueError, TypeError, AttributeError):
        pass
    parsed = pyphen.HyphDict(Path(source))
    pyphen.hdcache[source] = parsed
    plain = {tag: [start, list(values)] for tag, (start, values) in parsed.patterns.items()}
    if all(type(v) is int for _, values in plain.values() for v in values):
        store(cached, json.dumps(plain).encode("utf-8"))


_cache: dict[tuple[str, str], int] = {}


def syllables(word: str, language: str = "en") -> int:
    """The number of syllables in `word` (at least 1): pyphen's hyphenation points plus one."""
    key = (word, language)
    found = _cache.get(key)
    if found is None:
        pyphen_lang = {"en": "en_GB", "de": "de_DE", "fr": "fr_FR", "es": "es_ES"}.get(
            language, language
        )
        lower = word.lower()
        for point in _MEDIOPOINTS:
            lower = lower.replace(point, " ")
        positions = _hyphenator(pyphen_lang)
        found = sum(len(positions(part)) + 1 for part in lower.split()) or 1
        _cache[key] = found
    return found


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
    # Numbers count as one syllable each: "3" is read "three".
    total = sum(
        syllables(word, language) if word[0].isalpha() else 1 for s in sentences for word in s
    )
    long_words = sum(1 for s in sentences for word in s if sum(c.isalpha() for c in word) > 6)
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
