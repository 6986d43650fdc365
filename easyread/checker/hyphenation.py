"""Count hyphenation points exactly as pyphen does, from patterns that load fast.

pyphen parses its pattern file on every run (about 0.15 s for English, more for German).
We keep each pattern as one short string in a JSON cache (data only, no pickle), keyed by
the pattern file's size and time, and run pyphen's own matching on it. Loading that takes
about 6 ms for English. tests/checker/test_hyphenation.py checks the counts equal pyphen's.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from easyread.checker.datacache import cached_json, package_folder

__all__ = ["Patterns", "patterns"]

# Each pattern value is kept as one character, chr(48 + value): "0" to "9" in practice.
_ZERO = 48


class Patterns:
    """The hyphenation patterns of one language: tag -> values from the tag's first letter."""

    def __init__(self, table: dict[str, str]) -> None:
        self.table = table
        self.maxlen = max(map(len, table))

    def count(self, word: str) -> int:
        """How many hyphenation points pyphen gives `word`, keeping 2 letters at each end."""
        pointed = f".{word.lower()}."
        size = len(pointed)
        references = [0] * (size + 1)
        get = self.table.get
        maxlen = self.maxlen
        for i in range(size - 1):
            for j in range(i + 1, min(i + maxlen, size) + 1):
                values = get(pointed[i:j])
                if values is None:
                    continue
                for k, char in enumerate(values, i):
                    value = ord(char) - _ZERO
                    if value > references[k]:
                        references[k] = value
        # pyphen's point p sits at references[p + 1]; it keeps 2 <= p <= len(word) - 2.
        return sum(1 for value in references[3 : len(word)] if value & 1)


def _dictionary(language: str) -> Path:
    """The pyphen pattern file that ``pyphen.Pyphen(lang=language)`` would read."""
    # Not importing pyphen: its import lists every dictionary.
    folder = package_folder("pyphen")
    if folder is not None:
        path = folder / "dictionaries" / f"hyph_{language}.dic"
        if path.is_file():
            return path
    import pyphen

    return Path(pyphen.LANGUAGES[pyphen.language_fallback(language)])


def _parse(source: Path) -> dict[str, str]:
    """Parse `source` with pyphen itself and keep each pattern's values as a string."""
    import pyphen

    parsed = pyphen.HyphDict(source)
    return {
        tag: "0" * start + "".join(chr(_ZERO + int(v)) for v in values)
        for tag, (start, values) in parsed.patterns.items()
    }


def _valid(table: Any) -> bool:
    return isinstance(table, dict) and set(map(type, table.values())) == {str}


@cache
def patterns(language: str) -> Patterns:
    """The patterns for a pyphen `language` ("en_GB"), from our cache folder when we can."""
    source = _dictionary(language)
    return Patterns(cached_json(source, "hyphenation", lambda: _parse(source), _valid))
