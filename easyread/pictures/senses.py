"""How the words around a word change what it shows: frames, negation and word senses.

The knowledge is data (``senses.txt`` in each language's pack, easyread/languages/); this
module only applies it:

- **frames**: stock phrases that frame a sentence ("we will think about", "this means", "for
  example") carry little weight, so the content words decide;
- **negation**: after "not", "no", "lack of", "without", "difficult" ... the next content
  word counts for little, and a word with an opposite picture ("not safe") suggests that;
- **senses**: a word with several senses ("file", "link", "bee" from "being") counts only
  when a word that confirms its picture's sense is in the same row.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

__all__ = ["Reading", "SenseRules", "load_senses"]

FRAME_FACTOR = 0.25
NEGATED_FACTOR = 0.15
NEGATION_REACH = 4
"""How many words after a negation word its content word may be ("cannot be told to leave")."""


@dataclass(frozen=True, slots=True)
class Reading:
    """What the rules found in one row: a weight factor per word and the opposites to add."""

    factors: tuple[float, ...]
    opposites: tuple[tuple[int, str], ...]
    """(word index, picture) for a negated word with an opposite picture."""
    unconfirmed: frozenset[int]
    """Words with several senses and nothing in the row to confirm their picture's sense:
    they do not reach their own picture (a synonym may still take them to another)."""
    negated: frozenset[int] = frozenset()
    """The first content word after each negation."""

    def factor(self, start: int, size: int) -> float:
        """The factor of the words start..start+size: a phrase counts if any word of it does
        ("do not forget" is a frame), unless the phrase is what a negation denies ("no
        co-production")."""
        if start in self.negated:
            return self.factors[start]
        return max(self.factors[start:start + size], default=1.0)


@dataclass(frozen=True, slots=True)
class SenseRules:
    """One language's frames, negation words, opposites and word senses, as lemma tuples."""

    frames: dict[str, tuple[tuple[str, ...], ...]]
    """Each frame phrase, under its first lemma."""
    negations: dict[str, tuple[tuple[str, ...], ...]]
    opposites: dict[str, str]
    senses: dict[str, frozenset[str]]

    def read(self, lemmas: list[str], is_content: Callable[[str], bool]) -> Reading:
        """The reading of a row of `lemmas`; `is_content` tells content words from the rest."""
        factors = [1.0] * len(lemmas)
        framed = [False] * len(lemmas)
        for start, size in _find(lemmas, self.frames):
            for index in range(start, start + size):
                factors[index] = FRAME_FACTOR
                framed[index] = True
        opposites = []
        negated = set()
        for start, size in _find(lemmas, self.negations):
            if framed[start]:
                continue  # "do not forget" is a frame, not a negation
            end = min(len(lemmas), start + size + NEGATION_REACH)
            for index in range(start + size, end):
                if is_content(lemmas[index]) and not framed[index]:
                    factors[index] = min(factors[index], NEGATED_FACTOR)
                    negated.add(index)
                    if lemmas[index] in self.opposites:
                        opposites.append((index, self.opposites[lemmas[index]]))
                    break
        present = set(lemmas)
        unconfirmed = frozenset(
            index for index, lemma in enumerate(lemmas)
            if (confirm := self.senses.get(lemma)) is not None and not confirm & present
        )
        return Reading(tuple(factors), tuple(opposites), unconfirmed, frozenset(negated))


def _find(lemmas: list[str],
          phrases: dict[str, tuple[tuple[str, ...], ...]]) -> list[tuple[int, int]]:
    """(start, size) of every phrase found in `lemmas`, longest first where they overlap."""
    candidates = []
    for start, lemma in enumerate(lemmas):
        for phrase in phrases.get(lemma, ()):
            if tuple(lemmas[start:start + len(phrase)]) == phrase:
                candidates.append((-len(phrase), start))
    found = []
    taken: set[int] = set()
    for minus, start in sorted(candidates):
        span = range(start, start - minus)
        if taken.isdisjoint(span):
            found.append((start, -minus))
            taken.update(span)
    return found


def _by_first(phrases: list[tuple[str, ...]]) -> dict[str, tuple[tuple[str, ...], ...]]:
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        if phrase:
            index.setdefault(phrase[0], []).append(phrase)
    return {first: tuple(found) for first, found in index.items()}


def load_senses(lemmas: Callable[[str], tuple[str, ...]], text: str) -> SenseRules:
    """The rules in `text` (a ``senses.txt``), with every word turned into lemmas by `lemmas`
    so they meet the matcher's own lemmas.

    The file has four sections. ``[frames]`` and ``[negation]``: one phrase a line.
    ``[opposites]``: ``word = picture``. ``[senses]``: ``word: words that confirm it``.
    """
    sections: dict[str, list[str]] = {}
    current = ""
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1].strip()
        elif line:
            sections.setdefault(current, []).append(line)
    opposites = {}
    for line in sections.get("opposites", []):
        word, _, picture = line.partition("=")
        for lemma in lemmas(word.strip()):
            opposites[lemma] = picture.strip()
    senses = {}
    for line in sections.get("senses", []):
        word, _, confirm = line.partition(":")
        confirming = frozenset(c for w in confirm.split(",") for c in lemmas(w.strip()))
        for lemma in lemmas(word.strip()):
            senses[lemma] = confirming
    return SenseRules(
        frames=_by_first([lemmas(line) for line in sections.get("frames", [])]),
        negations=_by_first([lemmas(line) for line in sections.get("negation", [])]),
        opposites=opposites,
        senses=senses,
    )
