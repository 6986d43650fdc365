"""Which words of a sentence carry its picture: a light reading of easy read sentence shape.

Easy read sentences are short and regular. The picture usually shows the main clause: its
subject, verb and object. Words in a clause tacked on at the end ("... before you eat"), in a
time phrase ("every morning") or after a request verb ("ask for ...": the request, not the
asking) matter less or more in known ways. A short label before a colon ("Warning: ...")
names the topic. This module gives each word a weight; it parses nothing deeply.
"""

from __future__ import annotations

import re

from easyread.pictures.words import STOP_WORDS, tokens

__all__ = ["LIGHT_VERBS", "focus"]

# A clause that starts with one of these after the main clause is background.
SUBORDINATORS = frozenset({
    "when", "whenever", "before", "after", "because", "until", "unless", "while", "although",
    "though", "if", "so", "once"
})
# Verbs that frame a sentence without being its picture ("tell someone if you are in pain").
LIGHT_VERBS = frozenset("""
tell ask let know try feel need get have make keep take give put see find think want like
""".split())  # noqa: SIM905 - a word list reads best as text
# "ask for help", "apply for a grant": the thing asked for is the picture.
REQUEST_VERBS = frozenset({
    "ask", "asking", "asked", "apply", "applying", "applied", "look", "looking"
})
ASK_VERBS = frozenset({
    "ask", "asking", "asked"
})
TIME_WORDS = frozenset("""
morning mornings afternoon afternoons evening evenings night nights day days week weeks
weekend weekends month months year years today tomorrow tonight yesterday hour hours minute
minutes o'clock monday tuesday wednesday thursday friday saturday sunday mondays tuesdays
wednesdays thursdays fridays saturdays sundays
""".split())  # noqa: SIM905 - a word list reads best as text
TIME_LEADS = frozenset({
    "every", "each", "once", "twice", "a", "an", "per", "at", "on", "in", "this", "next", "last",
    "all", "by", "the"
})
PLACE_PREPOSITIONS = frozenset({
    "in", "at", "near", "on", "from", "around", "inside", "outside"
})

LEAD_FACTOR = 1.4
"""A label of one to three words before a colon at the start."""
TRAILING_FACTOR = 0.6
"""Words in a clause added after the main clause."""
TIME_FACTOR = 0.5
"""Words in a time phrase such as "every morning" or "on Friday"."""
PLACE_FACTOR = 0.8
"""Words in a place phrase after the main clause has named something ("... in the town")."""
REQUEST_FACTOR = 0.4
"""The verb of "ask for", "apply for", "look for"."""
LATER_FACTOR = 0.75
"""Words after the first sentence of a row: the first sentence says what the row is about."""
ASK_FACTOR = 0.7
""""ask" with anything else: "ask the nurse" is about the nurse more than the asking."""

_CHUNKS = re.compile(r"([^,;:.!?()]+)([,;:.!?()]?)")


def _strong(word: str) -> bool:
    return word not in STOP_WORDS and word not in LIGHT_VERBS and word not in TIME_WORDS


def focus(text: str) -> list[tuple[str, float]]:
    """The words of `text` as ``tokens`` gives them, each with how much it should count."""
    out: list[tuple[str, float]] = []
    main_named = False  # has the main clause named something yet?
    first = True
    later = 1.0
    for chunk, mark in _CHUNKS.findall(text):
        words = tokens(chunk)
        if not words:
            continue
        factors = [later] * len(words)
        if first and mark == ":" and len(words) <= 3:
            factors = [LEAD_FACTOR] * len(words)
        trailing = place = False
        for i, word in enumerate(words):
            if word in SUBORDINATORS and main_named and i + 1 < len(words):
                trailing = True
            elif (word in PLACE_PREPOSITIONS and main_named and i + 1 < len(words)
                  and words[i + 1] not in TIME_WORDS):
                place = True
            factor = factors[i]
            if trailing:
                factor *= TRAILING_FACTOR
            elif place:
                factor *= PLACE_FACTOR
            if word in TIME_WORDS and any(w in TIME_LEADS for w in words[max(0, i - 2):i]):
                factor *= TIME_FACTOR
            if word in REQUEST_VERBS and i + 1 < len(words) and words[i + 1] == "for":
                factor *= REQUEST_FACTOR
            elif word in ASK_VERBS and i + 1 < len(words):
                factor *= ASK_FACTOR
            factors[i] = factor
            # A leading "If ..." clause is the sentence's situation, not background.
            if _strong(word) and not trailing and not (i == 0 and word in SUBORDINATORS):
                main_named = main_named or not (first and words[0] in SUBORDINATORS)
        out.extend(zip(words, factors, strict=True))
        if mark in ",;:" and first and words[0] in SUBORDINATORS:
            main_named = False  # the main clause starts after the leading one
        first = False
        if mark in ".!?":
            later = LATER_FACTOR
    return out
