"""English syllables: the CMU Pronouncing Dictionary, with a rule-based count for the rest.

Hyphenation points undercount syllables ("advocacy", "manifesto" and "community" have 2
hyphenation points but 4 syllables), which made long hard words look short and pushed
readability past its scale. The CMU Pronouncing Dictionary (Carnegie Mellon University,
BSD-2-Clause) gives each word's syllables as the vowels of its pronunciation.

We keep only what the rule below gets wrong, for words common enough to be in wordfreq's
list: about 4,000 exceptions in the English language pack (languages/en/syllables.tsv, made
by scripts/build_syllables.py, with the dictionary's licence notice beside it). Any other
word (rare words, names, new words) gets the rule-based count.
"""

from __future__ import annotations

import re
from functools import cache

from easyread.languages import FOLDER

__all__ = ["TABLE", "english_syllables", "estimate"]

TABLE = FOLDER / "en" / "syllables.tsv"

_SILENT_END = re.compile(r"(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$")
_VOWELS = re.compile(r"[aeiouy]{1,2}")
_PARTS = re.compile(r"[a-z]+")


def estimate(word: str) -> int:
    """Syllables of a lower-case English `word` by rule: groups of vowels, less a silent end."""
    if len(word) <= 3:
        return 1
    trimmed = _SILENT_END.sub("", word)
    if trimmed.startswith("y"):
        trimmed = trimmed[1:]
    return max(1, len(_VOWELS.findall(trimmed)))


@cache
def _exceptions() -> dict[str, int]:
    table: dict[str, int] = {}
    for line in TABLE.read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            word, _, count = line.partition("\t")
            table[word] = int(count)
    return table


def english_syllables(word: str) -> int:
    """The syllables of English `word` (at least 1); parts of a compound are counted apart."""
    exceptions = _exceptions()
    total = 0
    for part in _PARTS.findall(word.lower().replace("\u2019", "'").removesuffix("'s")):
        found = exceptions.get(part)
        total += found if found is not None else estimate(part)
    return total or 1
