"""Which words a booklet explains, so that no rule calls them hard.

A word is explained when it is in the word list or in bold, or when a sentence explains it:
"X means ...", "X is a ...", "X is when ..." (the language's `explain_words`: every word
before them is explained), "... is called X", "we call it X" (`explain_after`: the words
after them), or a sentence that names a thing and says what kind of thing it is with the
same word: "Fieldwork services are services that ...".
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from easyread.checker.analysis import Analysis

__all__ = ["explained_stems", "sentence_explained", "stem"]

_stems: dict[str, str] = {}
_ARTICLES = frozenset({"a", "an", "the", "some", "ein", "eine", "einen", "der", "die", "das"})
_COPULAS = frozenset({"is", "are", "ist", "sind"})
_AFTER_WORDS = 4
"""How many words after "called" or "we call it" are the name being explained."""


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


def _find(keys: list[str], phrases: list[tuple[str, ...]]) -> tuple[int, int] | None:
    """Where the first of `phrases` starts in `keys`, and its length."""
    firsts = {phrase[0] for phrase in phrases}
    for i, key in enumerate(keys):
        if key not in firsts:
            continue
        for phrase in phrases:
            if phrase[0] == key and tuple(keys[i : i + len(phrase)]) == phrase:
                return i, len(phrase)
    return None


def explained_stems(analysis: Analysis, options: Mapping[str, Any]) -> set[str]:
    """The stems of every word the booklet explains (see the module docstring)."""
    explained = {stem(w) for hw in analysis.doc.hard_words for w in hw.term.split()}
    explained |= {stem(w) for term in analysis.strong_terms for w in term.split()}
    return explained | sentence_explained(analysis, options)


def sentence_explained(analysis: Analysis, options: Mapping[str, Any]) -> set[str]:
    """The stems of the words the booklet's sentences explain, with `options` from
    TEXT-EASY-WORDS (worked out once per booklet and settings)."""
    memo_key = (
        "sentence_explained",
        str(options.get("explain_words")),
        str(options.get("explain_after")),
    )
    cached = analysis.memo.get(memo_key)
    if cached is not None:
        return cached  # type: ignore[return-value]
    explained: set[str] = set()
    before = [tuple(p.lower().split()) for p in options.get("explain_words", ()) if p.strip()]
    after = [tuple(p.lower().split()) for p in options.get("explain_after", ()) if p.strip()]
    firsts = {phrase[0] for phrase in before + after} | _COPULAS
    for row in analysis.rows:
        for sentence in row.sentences:
            keys = [w.key for w in sentence.words]
            # Most sentences hold no first word of a phrase: skip the search in them.
            if firsts.isdisjoint(keys):
                continue
            found = _find(keys, before)
            if found is not None:
                explained |= {stem(k) for k in keys[: found[0]]}
            found = _find(keys, after)
            if found is not None:
                start = found[0] + found[1]
                explained |= {stem(k) for k in keys[start : start + _AFTER_WORDS]}
            explained |= _same_kind(keys)
    analysis.memo[memo_key] = explained
    return explained


def _same_kind(keys: list[str]) -> set[str]:
    """The subject of "X services are services that ...": a definition by its own noun."""
    for i, key in enumerate(keys[1:6], start=1):
        if key not in _COPULAS:
            continue
        rest = keys[i + 1 :]
        while rest and rest[0] in _ARTICLES:
            rest = rest[1:]
        subject = {stem(k) for k in keys[:i]}
        if rest and stem(rest[0]) in subject:
            return subject
    return set()
