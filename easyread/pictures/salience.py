"""How often a word's own picture is the right picture for the rows it is in, learned from rows.

Some words are in many rows but seldom carry the row's picture ("people", "disability",
"support" in a booklet about support); others nearly always do ("vote", "doctor"). A table of
two counts per word (``salience.tsv`` in the language's pack) says which: in how many labelled
rows the word reached a picture, and in how many of those the picture it reached best was one
the readers accepted. The matcher weighs each word by that share against the share of all
words, shrunk towards "as usual" when the word was seen in few rows, so a word it has never
seen counts as before.

The table is learned by ``scripts/learn_salience.py`` from the development rows only (never a
held-out row), with the matcher as it is without the table. Its words are the matcher's own
terms (lemmas, phrases of the synonym table, "#phone" for a pattern, "not safe" for an
opposite), never a row's text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

__all__ = ["Salience", "count_salience", "format_salience", "read_salience"]

STRENGTH = 1.5
"""How far the learned share moves a word's weight: the factor is (share / usual) ** STRENGTH,
at most about 3 (a word whose picture was always right, with a usual share near 0.5).
Chosen by five-fold cross-validation on the 7,051 development rows, a topic to a fold: top-1
67.6% without the table; 76.8% at 0.75, 77.2% at 1.0, 77.6% at 1.5, 77.7% at 2.0, 78.1% at 3.0.
1.5 rather than more: the scores then still tell a right placement from a wrong one well enough
for --auto-pictures (at its thresholds 815 placements with 34 wrong; at 2.0, 1,345 with 82
wrong; at 3.0, 2,265 with 224 wrong)."""
PRIOR_ROWS = 3.0
"""A word seen in few rows is read as if it had been seen in this many more rows at the usual
share: one row in which its picture was wrong is weak evidence."""
FLOOR = 0.4
"""The least a word's weight is multiplied by: a word that was never the picture still counts
a little, so a row with nothing else keeps a suggestion."""


@dataclass(frozen=True, slots=True)
class Salience:
    """The learned counts of one language: term -> (rows it reached a picture in, rows where
    that picture was accepted), and the share of all of them that were accepted."""

    counts: Mapping[str, tuple[int, int]]
    usual: float

    @classmethod
    def of(cls, counts: Mapping[str, tuple[int, int]]) -> Salience:
        rows = sum(n for n, _ in counts.values())
        pictured = sum(k for _, k in counts.values())
        return cls(counts, pictured / rows if rows else 1.0)

    def factor(self, term: str) -> float:
        """How much `term` should count: 1.0 for a term the table has not seen."""
        seen = self.counts.get(term)
        if seen is None:
            return 1.0
        rows, pictured = seen
        share = (pictured + PRIOR_ROWS * self.usual) / (rows + PRIOR_ROWS)
        return max(FLOOR, float((share / self.usual) ** STRENGTH))

    @property
    def best(self) -> float:
        """The factor of a word whose picture was always right."""
        return float((1.0 / self.usual) ** STRENGTH) if self.counts else 1.0


def read_salience(text: str) -> Salience:
    """The table in `text`: lines of term, rows and pictured, split by tabs; a line that
    starts with "# " is a comment (a term may start with "#": "#phone" is a pattern)."""
    counts: dict[str, tuple[int, int]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("# ") or line == "#":
            continue
        term, rows, pictured = line.split("\t")
        counts[term] = (int(rows), int(pictured))
    return Salience.of(counts)


def count_salience(
    best_pictures: Callable[[str], Mapping[str, str]],
    rows: Iterable[tuple[str, frozenset[str]]],
) -> dict[str, tuple[int, int]]:
    """The counts for labelled `rows` (text, accepted picture names), where
    `best_pictures(text)` gives each term of a text and the picture it reaches best."""
    counts: dict[str, list[int]] = {}
    for text, accepted in rows:
        for term, picture in best_pictures(text).items():
            seen = counts.setdefault(term, [0, 0])
            seen[0] += 1
            seen[1] += picture in accepted
    return {term: (rows_, pictured) for term, (rows_, pictured) in counts.items()}


def format_salience(counts: Mapping[str, tuple[int, int]], header: str) -> str:
    """The table's text: `header` as comments, then the terms in order."""
    lines = [f"# {line}".rstrip() for line in header.splitlines()]
    lines += [f"{term}\t{rows}\t{pictured}" for term, (rows, pictured) in sorted(counts.items())]
    return "\n".join(lines) + "\n"
