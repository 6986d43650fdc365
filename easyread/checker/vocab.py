"""Which words are hard: rare in everyday language, or long and not common.

Word frequencies come from wordfreq (Apache-2.0), whose data ships in its wheel, so
no network is needed. We read its "small" list file directly (a gzipped msgpack list of
words per centibel of frequency, documented in wordfreq.read_cBpack): importing wordfreq
itself loads its tokenisers and language tables, 0.4 s per run that a one-word look-up
does not need. tests/checker/test_vocab.py checks the values match wordfreq's own.
"""

from __future__ import annotations

import gzip
import math
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from easyread.checker.datacache import package_folder
from easyread.checker.explained import explained_stems, stem
from easyread.checker.plainwords import plain_words
from easyread.checker.readability import syllables

if TYPE_CHECKING:
    from easyread.checker.analysis import Analysis, Word

__all__ = [
    "SPLIT",
    "HardWordSettings",
    "Vocabulary",
    "hard_words",
    "stem",
    "term_matches",
    "vocabulary",
    "zipf_of",
]

_PARTS = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
# A hyphen or a mediopoint splits a compound into its parts ("Bundes-Tag", "Groß·mutter").
SPLIT = re.compile(r"[-\u00b7\u2219\u22c5\u2027]")


@cache
def _centibels(language: str) -> dict[str, int]:
    """Each word of wordfreq's small list for `language`, with its frequency in centibels."""
    import msgpack

    folder = package_folder("wordfreq")  # importing wordfreq is the slow part
    if folder is None:
        raise RuntimeError("the wordfreq package is not installed")
    data = (folder / "data" / f"small_{language}.msgpack.gz").read_bytes()
    header, *bins = msgpack.unpackb(gzip.decompress(data), raw=False)
    if header != {"format": "cB", "version": 1}:
        raise RuntimeError(f"wordfreq's data file has an unknown format: {header!r}")
    return {word: -index for index, words in enumerate(bins) for word in words}


def zipf_of(word: str, language: str) -> float:
    """The Zipf frequency of `word` as wordfreq gives it (0 when not in the small list).

    Like wordfreq, a word made of parts ("co-production") combines the parts' frequencies
    as 1/f = 1/f1 + 1/f2 + ..., so the rarest part counts most.
    """
    table = _centibels(language)
    parts = _PARTS.findall(word.casefold().replace("\u2019", "'"))
    if not parts:
        return 0.0
    inverse = 0.0
    for part in parts:
        centibels = table.get(part)
        if centibels is None:
            return 0.0
        inverse += 1 / 10 ** (centibels / 100)
    frequency = 1 / inverse
    frequency = round(frequency, math.floor(-math.log10(frequency)) + 3)  # as wordfreq rounds
    return round(math.log10(frequency) + 9, 2)


@dataclass(frozen=True, slots=True)
class HardWordSettings:
    """What makes a word hard for one booklet: thresholds, easy words and word forms.

    `easy` are words the readers know. With `split_compounds`, a word split by hyphens or
    mediopoints is judged by its parts. `forms` are (ending, replacement) pairs that turn a
    rare inflected form into a common one ("näht" to "nähen"); an ending starting with "^"
    is a prefix ("ge" in "gepflückt").
    """

    rare_zipf: float
    long_syllables: int
    long_zipf: float
    easy: frozenset[str] = frozenset()
    split_compounds: bool = False
    forms: tuple[tuple[str, str], ...] = ()
    join_compounds: bool = False
    """A word no list knows that is 2 common words written as one ("rulebook") is easy."""


class Vocabulary:
    """Word facts for one language: Zipf frequency (0 to 8, 3 ≈ once per million words)."""

    def __init__(self, language: str) -> None:
        self.language = language
        self._zipf: dict[str, float] = {}
        # Keyed by the whole settings: booklets checked in one process differ in them.
        self._hard: dict[tuple[str, HardWordSettings], bool] = {}

    def zipf(self, word: str) -> float:
        """How common `word` is, on the Zipf scale; 0 for words not in the small list."""
        found = self._zipf.get(word)
        if found is None:
            found = self._zipf[word] = zipf_of(word, self.language)
        return found

    def is_hard(self, word: str, settings: HardWordSettings) -> bool:
        """True when `word` is rare, or long and not common, and not easy by `settings`."""
        if word.lower() in settings.easy:
            return False
        key = (word, settings)
        found = self._hard.get(key)
        if found is None:
            found = self._hard[key] = self._is_hard(word, settings)
        return found

    def _is_hard(self, word: str, settings: HardWordSettings) -> bool:
        lower = word.lower().replace("\u2019", "'")
        if lower.endswith("'s"):
            lower = lower[:-2]
        if lower in settings.easy or any(c.isdigit() for c in lower):
            return False
        rare_zipf = settings.rare_zipf
        parts = [p for p in SPLIT.split(lower) if p]
        if len(parts) > 1 and (settings.split_compounds or self.zipf(lower) < rare_zipf):
            return any(self.is_hard(p, settings) for p in parts)
        z = self.zipf(lower)
        if z < rare_zipf:
            z = max((self.zipf(form) for form in _forms(lower, settings.forms)), default=0.0)
            if z == 0 and settings.join_compounds and self._two_common_words(lower, settings):
                return False
            return z < rare_zipf
        if z >= settings.long_zipf or syllables(lower, self.language) < settings.long_syllables:
            return False
        # A plural or verb form is rarer than its word: "emergencies" is as easy as "emergency".
        z = max([z, *(self.zipf(form) for form in _forms(lower, settings.forms))])
        return z < settings.long_zipf

    def _two_common_words(self, word: str, settings: HardWordSettings) -> bool:
        return word.isalpha() and any(
            self.zipf(word[:i]) >= settings.long_zipf and self.zipf(word[i:]) >= settings.long_zipf
            for i in range(3, len(word) - 2)
        )


def _forms(word: str, forms: tuple[tuple[str, str], ...]) -> Iterator[str]:
    """Other forms of `word` by the profile's (ending, replacement) pairs, prefixes first."""
    stems = [word]
    for ending, replacement in forms:
        if ending.startswith("^") and word.startswith(ending[1:]) and len(word) > len(ending) + 2:
            stems.append(replacement + word[len(ending) - 1 :])
    for stem_ in stems:
        if stem_ is not word:
            yield stem_
        for ending, replacement in forms:
            if ending[:1] != "^" and stem_.endswith(ending) and len(stem_) > len(ending) + 2:
                yield stem_[: len(stem_) - len(ending)] + replacement


@cache
def vocabulary(language: str) -> Vocabulary:
    """The shared, cached vocabulary for `language` (e.g. "en")."""
    return Vocabulary(language)


def term_matches(text: str, term: str) -> bool:
    """True when bold `text` names the word-list `term` (plurals and endings allowed)."""
    a = " ".join(stem(w) for w in text.split())
    b = " ".join(stem(w) for w in term.split())
    if not a or not b:
        return False
    if a == b:
        return True
    shorter, longer = sorted((a, b), key=len)
    return len(shorter) >= 4 and longer.startswith(shorter) and len(longer) - len(shorter) <= 4


def _unknown_name(word: Word, vocab: Vocabulary, analysis: Analysis) -> bool:
    """A capitalised word that starts a sentence, is no word wordfreq knows and is never
    written in small letters in the booklet: a name ("Nouran said ..."), not a hard word."""
    return (
        word.text[:1].isupper()
        and vocab.zipf(word.key) == 0
        and word.key not in _lower_words(analysis)
    )


def _lower_words(analysis: Analysis) -> set[str]:
    """Every word the booklet writes in small letters (worked out once, when first asked)."""
    found = analysis.memo.get("lower_words")
    if found is None:
        found = analysis.memo["lower_words"] = {
            w.key
            for row in analysis.rows
            for s in row.sentences
            for w in s.words
            if w.text[:1].islower()
        }
    return found  # type: ignore[return-value]


def hard_words(analysis: Analysis, options: Mapping[str, Any]) -> list[Word]:
    """Every use of a hard word in the body that is not bold, explained, a name or initials."""
    memo_key = ("hard_words", tuple(sorted((k, str(v)) for k, v in options.items())))
    cached = analysis.memo.get(memo_key)
    if cached is not None:
        return cached  # type: ignore[return-value]
    vocab = vocabulary(analysis.profile.wordfreq_language)
    settings = HardWordSettings(
        rare_zipf=options["rare_zipf"],
        long_syllables=options["long_syllables"],
        long_zipf=options["long_zipf"],
        easy=analysis.profile.easy_words | {w.lower() for w in options.get("easy_words", ())},
        split_compounds=bool(options.get("split_compounds", False)),
        forms=tuple((str(a), str(b)) for a, b in options.get("word_forms", ())),
        join_compounds=bool(options.get("join_compounds", False)),
    )
    explained = explained_stems(analysis, options)
    plain = plain_words(str(options.get("plain_words", "")))
    # Whether a word is hard depends only on its text here: decide each text once.
    decided: dict[str, bool] = {}
    found: list[Word] = []
    for row in analysis.rows:
        for sentence in row.sentences:
            for word in sentence.words:
                text = word.text
                hard = decided.get(text)
                if hard is False:
                    continue  # most words: easy whatever else is true of them
                if word.strong or text[0].isdigit() or text.isupper() or analysis.is_name(word):
                    continue
                if hard is None:
                    hard = decided[text] = stem(text) not in explained and (
                        plain.easier(word.key) is not None or vocab.is_hard(text, settings)
                    )
                if hard and word.sentence_start and _unknown_name(word, vocab, analysis):
                    continue
                if hard:
                    found.append(word)
    analysis.memo[memo_key] = found
    return found
