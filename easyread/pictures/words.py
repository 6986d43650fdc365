"""Words for picture matching: a tokeniser, stop words and a small rule-based English lemmatiser.

The lemmatiser needs no downloads. It strips common endings by rule and, when it is given a
vocabulary (the words the picture index knows), prefers the candidate that the vocabulary has,
so "tablets", "helping" and "visited" meet "tablet", "help" and "visit".
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["STOP_WORDS", "Lemmatiser", "tokens"]

WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")

STOP_WORDS = frozenset("""
a about after again all also am an and any are as at be been before being both but by can could
did do does doing done for from get gets getting got had has have having he her here hers him
his how i if in into is it its just let lets like may me might more most much must my need needs
no nor not now of off on once only or other our ours out over own same she should so some such
than that the their theirs them then there these they this those through to too under until up
us very was we were what when where which while who whom why will with would yet you your yours
yourself yourselves also every each many few lot lots thing things way something anything
someone anyone one ones two able make makes made going go goes went want wants tell tells told
say says said know knows new still even well really always never usually often sometimes maybe
please dont don't cant can't wont won't isnt isn't
""".split())  # noqa: SIM905 - a word list reads best as text
# "no", "not", "new", "one", "up", "go", "say", "tell" are stop words in running text, but the
# names "no", "new" and "up" still match through the picture names themselves.

IRREGULAR = {
    "children": "child", "men": "man", "women": "woman", "teeth": "tooth", "feet": "foot",
    "mice": "mouse", "geese": "goose", "went": "go", "gone": "go", "ate": "eat",
    "eaten": "eat", "drank": "drink", "drunk": "drink", "wrote": "write", "written": "write",
    "spoke": "speak", "spoken": "speak", "took": "take", "taken": "take", "gave": "give",
    "given": "give", "came": "come", "saw": "see", "seen": "see", "felt": "feel",
    "thought": "think", "bought": "buy", "brought": "bring", "taught": "teach",
    "caught": "catch", "paid": "pay", "met": "meet", "slept": "sleep", "kept": "keep",
    "left": "leave", "lost": "lose", "sent": "send", "spent": "spend", "chose": "choose",
    "chosen": "choose", "hurt": "hurt", "broke": "break", "broken": "break", "fell": "fall",
    "found": "find", "heard": "hear", "read": "read", "ran": "run", "sat": "sit",
    "stood": "stand", "understood": "understand", "won": "win", "worse": "bad",
    "worst": "bad", "lives": "live", "knives": "knife", "leaves": "leaf", "wives": "wife",
    "shelves": "shelf", "halves": "half", "ill": "ill", "older": "old", "oldest": "old",
    "bigger": "big", "biggest": "big", "is": "be", "are": "be", "was": "be", "were": "be",
    "has": "have", "had": "have", "does": "do", "did": "do", "data": "data",
}
# Words that look inflected but are not.
KEEP = frozenset("""
news bus gas glasses series species always perhaps address access business process means less
unless across famous serious nervous anxious various previous dangerous this thus yes us plus
minus virus campus bonus chorus status canvas christmas crisis diagnosis analysis basis axis
tennis measles diabetes herpes lens wellbeing morning evening ceiling building meeting feeling
clothing something nothing anything everything sing bring ring thing during wedding pudding
shopping training nursing housing parking hearing learning reading writing sibling kidney money
honey journey jersey hospital medical test red bed need feed seed speed weed bleed shed wed
hundred sled united
""".split())  # noqa: SIM905 - a word list reads best as text
VOWELS = set("aeiou")


def tokens(text: str) -> list[str]:
    """The lowercase words of `text`, with "'s" endings dropped and "n't" read as "not"."""
    out: list[str] = []
    for word in WORD.findall(text.lower().replace("\u2019", "'")):
        if word.endswith("n't"):
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


class Lemmatiser:
    """Turns words into base forms, preferring forms found in `vocabulary`."""

    def __init__(self, vocabulary: Iterable[str] = ()) -> None:
        self.vocabulary = frozenset(vocabulary)
        self._cache: dict[str, str] = {}

    def lemma(self, word: str) -> str:
        """The base form of one lowercase `word`."""
        cached = self._cache.get(word)
        if cached is not None:
            return cached
        if word in IRREGULAR:
            result = IRREGULAR[word]
        elif word in KEEP or len(word) <= 3:
            result = word
        elif word.endswith(("er", "est", "ly")) and word in self.vocabulary:
            result = word  # carer, teacher, early: words in their own right
        else:
            result = next((c for c in _candidates(word) if c in self.vocabulary), "")
            if not result:
                result = _guess(word)
        self._cache[word] = result
        return result
