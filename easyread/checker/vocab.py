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
from easyread.checker.readability import syllables

if TYPE_CHECKING:
    from easyread.checker.text import Analysis, Word

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
            return z < rare_zipf
        return z < settings.long_zipf and syllables(lower, self.language) >= settings.long_syllables


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


_stems: dict[str, str] = {}


def stem(word: str) -> str:
    """A rough stem for matching a word to a word-list term: lower case, no plural "s"."""
    found = _stems.get(word)
    if found is None:
        found = _stems[word] = _stem(word)
    return found


def _stem(word: str) -> str:
    word = word.lower().replace("\u2019", "'").strip(" .,:;!?'\"()")
    if word.endswith("'s"):
        word = word[:-2]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


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
    )
    explained = {stem(w) for hw in analysis.doc.hard_words for w in hw.term.split()}
    explained |= {stem(w) for term in analysis.strong_terms for w in term.split()}
    # "X means ..." explains X for the whole booklet.
    # An entry of 2 words ("ist eine") must match 2 words in a row.
    explain = [tuple(phrase.lower().split()) for phrase in options.get("explain_words", ())]
    if explain:
        firsts = {phrase[0] for phrase in explain if phrase}
        for row in analysis.rows:
            for sentence in row.sentences:
                keys = [w.key for w in sentence.words]
                # Most sentences hold no first word of a phrase: skip the search in them.
                if all(explain) and firsts.isdisjoint(keys):
                    continue
                at = next(
                    (
                        i
                        for i in range(len(keys))
                        for p in explain
                        if tuple(keys[i : i + len(p)]) == p
                    ),
                    None,
                )
                if at is not None:
                    explained |= {stem(k) for k in keys[:at]}
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
                    hard = decided[text] = stem(text) not in explained and vocab.is_hard(
                        text, settings
                    )
                if hard:
                    found.append(word)
    analysis.memo[memo_key] = found
    return found
