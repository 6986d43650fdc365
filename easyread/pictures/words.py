"""Words for picture matching: a tokeniser and a small rule-based lemmatiser.

The lemmatiser needs no downloads. It strips common endings by rule and, when it is given a
vocabulary (the words the picture index knows), prefers the candidate that the vocabulary has,
so "tablets", "helping" and "visited" meet "tablet", "help" and "visit". English has its
ending rules here; another language lists its endings in its language pack, with its stop
words, irregular forms and the words that only look inflected (easyread/languages/).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from easyread.languages import DEFAULT_LANGUAGE, PictureWords, picture_words

__all__ = ["Lemmatiser", "tokens"]

WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)?")

VOWELS = set("aeiou")


def tokens(text: str, elisions: frozenset[str] = frozenset()) -> list[str]:
    """The lowercase words of `text`, with "'s" endings dropped and "n't" read as "not".

    A word in `elisions` joined by an apostrophe is left out: "l'hôpital" is "hôpital".
    """
    out: list[str] = []
    for word in WORD.findall(text.lower().replace("\u2019", "'")):
        head, apostrophe, tail = word.partition("'")
        if apostrophe and head in elisions:
            out.append(tail)
        elif word.endswith("n't"):
            out.extend([word[:-3] or word, "not"])
        elif "'" in word:
            out.append(word.split("'", 1)[0])
        else:
            out.append(word)
    return out


def _candidates(word: str) -> list[str]:
    """Possible base forms of `word`, most likely first (the word itself last)."""
    found: list[str] = []
    add = found.append
    n = len(word)
    if word.endswith("ies") and n > 4:
        add(word[:-3] + "y")
    if word.endswith(("sses", "shes", "ches", "xes", "zes", "oes")) and n > 4:
        add(word[:-2])
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and n > 3:
        add(word[:-1])
    for suffix in ("ing", "ed", "er", "est"):
        if word.endswith(suffix) and n - len(suffix) >= (2 if suffix in ("ing", "ed") else 3):
            stem = word[: -len(suffix)]
            if suffix == "ed" and stem.endswith("i"):
                add(stem[:-1] + "y")  # carried -> carry
            if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "lsz":
                add(stem[:-1])  # stopped -> stop, running -> run
            add(stem + "e")  # used -> use, caring -> care
            add(stem)
    if word.endswith("ly") and n > 5:
        add(word[:-2])
        if word.endswith("ily"):
            add(word[:-3] + "y")
    add(word)
    return found


def _guess(word: str) -> str:
    """A base form by rule alone, for words the vocabulary does not know."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches", "xes")) and len(word) > 4:
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    for suffix in ("ing", "ed"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[: -len(suffix)]
            if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "lsz":
                return stem[:-1]
            if suffix == "ed" and stem.endswith("i"):
                return stem[:-1] + "y"
            # A stem ending consonant-vowel-consonant usually lost an "e": hoped -> hope.
            if (len(stem) <= 4 and stem[-1] not in VOWELS | set("wxy")
                    and stem[-2] in VOWELS and stem[-3] not in VOWELS):
                return stem + "e"
            return stem
    return word


def _ending_candidates(word: str, endings: tuple[tuple[str, str], ...]) -> list[str]:
    """Base forms by a language's [ending, replacement] list, in its order; the word last."""
    found = [word[: len(word) - len(end)] + new for end, new in endings
             if word.endswith(end) and len(word) - len(end) >= 2]
    found.append(word)
    return found


class Lemmatiser:
    """Turns words into base forms, preferring forms found in `vocabulary`."""

    def __init__(self, vocabulary: Iterable[str] = (), words: PictureWords | None = None) -> None:
        self.vocabulary = frozenset(vocabulary)
        self.words = words or picture_words(DEFAULT_LANGUAGE)[1]
        self._cache: dict[str, str] = {}

    def lemma(self, word: str) -> str:
        """The base form of one lowercase `word`."""
        cached = self._cache.get(word)
        if cached is not None:
            return cached
        words = self.words
        if word in words.irregular:
            result = words.irregular[word]
        elif word in words.keep or len(word) <= 3:
            result = word
        elif words.endings:
            found = _ending_candidates(word, words.endings)
            result = next((c for c in found if c in self.vocabulary), word)
        elif word.endswith(("er", "est", "ly")) and word in self.vocabulary:
            result = word  # carer, teacher, early: words in their own right
        else:
            result = next((c for c in _candidates(word) if c in self.vocabulary), "")
            if not result:
                result = _guess(word)
        self._cache[word] = result
        return result
