"""The plain-words list: hard words with the easier words to use instead (a data file).

A language's list lives in its language pack (easyread/languages/CODE/plain_words.tsv) as
tab-separated lines: the hard word, the easier words, and the guidance the advice comes
from. A hard word ending in "*" matches
every word that starts with it ("assess*" matches "assessment" and "assessed").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from easyread.languages import FOLDER

__all__ = ["PlainWords", "plain_words"]


@dataclass(frozen=True, slots=True)
class PlainWords:
    """Whole words and word beginnings, each with its easier words."""

    words: dict[str, str]
    prefixes: tuple[tuple[str, str], ...]

    def easier(self, key: str) -> str | None:
        """The easier words for the lower-case word `key`, or None when it is not listed."""
        found = self.words.get(key)
        if found is None and self.prefixes:
            found = next((e for p, e in self.prefixes if key.startswith(p)), None)
        return found


@cache
def plain_words(name: str) -> PlainWords:
    """The list in data file `name` under easyread/languages (like "en/plain_words.tsv");
    empty for ""."""
    words: dict[str, str] = {}
    prefixes: list[tuple[str, str]] = []
    if name:
        for line in (FOLDER / name).read_text("utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            hard, easier, *_ = line.split("\t")
            hard = hard.strip().lower()
            if hard.endswith("*"):
                prefixes.append((hard[:-1], easier.strip()))
            else:
                words[hard] = easier.strip()
    return PlainWords(words, tuple(prefixes))
