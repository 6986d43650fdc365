"""The runs of words in a sentence that may be a known phrase, longest first.

A phrase is matched where its words stand together ("give us a bell"), and also where the
sentence puts small words between them that the phrase leaves out: "brush your teeth" is the
picture brush-teeth, "fill in your form" the phrase "fill in the form". Which words may stand
between is the language's (``phrase_skip`` in its pack: articles and possessives in English).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator

__all__ = ["Run", "runs", "without"]

Run = tuple[int, ...]
"""The places of a run's words in the sentence."""


def without(words: Iterable[str], skip: Collection[str]) -> str:
    """`words` joined with spaces, leaving out the words in `skip`."""
    return " ".join(word for word in words if word not in skip)


def runs(lemmas: list[str], skip: Collection[str], longest: int) -> Iterator[Run]:
    """Every run of one to `longest` words, longest first and then in reading order; and, for
    each size above one, the runs that step over `skip` words inside them (never at their
    ends). A run of words that stand together comes before a run that steps over words."""
    for size in range(longest, 0, -1):
        for start in range(len(lemmas) - size + 1):
            yield tuple(range(start, start + size))
        if size == 1:
            continue
        for start, lemma in enumerate(lemmas):
            if lemma in skip:
                continue
            places = [start]
            index = start + 1
            while index < len(lemmas) and len(places) < size:
                if lemmas[index] not in skip:
                    places.append(index)
                index += 1
            if len(places) == size and places[-1] - start + 1 > size:
                yield tuple(places)
