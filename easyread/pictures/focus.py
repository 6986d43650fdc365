"""Which words of a sentence carry its picture: a light reading of easy read sentence shape.

Easy read sentences are short and regular. The picture usually shows the main clause: its
subject, verb and object. Words in a clause tacked on at the end ("... before you eat"), in a
time phrase ("every morning") or after a request verb ("ask for ...": the request, not the
asking) matter less or more in known ways. A short label before a colon ("Warning: ...")
names the topic. This module gives each word a weight; it parses nothing deeply. The words
that mark these parts are the language's (``[pictures.focus]`` in its language pack).
"""

from __future__ import annotations

import re

from easyread.languages import DEFAULT_LANGUAGE, PictureWords, picture_words
from easyread.pictures.words import tokens

__all__ = ["focus"]

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
FRAMING_FACTOR = 0.7
"""A framing verb with anything after it: "ask the nurse" is about the nurse, "help you find a
flat" about the flat."""

_CHUNKS = re.compile(r"([^,;:.!?()]+)([,;:.!?()]?)")


def focus(text: str, language: PictureWords | None = None) -> list[tuple[str, float]]:
    """The words of `text` as ``tokens`` gives them, each with how much it should count.

    `language` is the words of the text's language (English when None).
    """
    language = language or picture_words(DEFAULT_LANGUAGE)[1]
    marks = language.focus
    stop = language.stop_words

    def strong(word: str) -> bool:
        return word not in stop and word not in marks.light_verbs and word not in marks.time_words

    out: list[tuple[str, float]] = []
    main_named = False  # has the main clause named something yet?
    first = True
    later = 1.0
    for chunk, mark in _CHUNKS.findall(text):
        words = tokens(chunk, language.elisions)
        if not words:
            continue
        factors = [later] * len(words)
        if first and mark == ":" and len(words) <= 3:
            factors = [LEAD_FACTOR] * len(words)
        trailing = place = False
        for i, word in enumerate(words):
            if word in marks.subordinators and main_named and i + 1 < len(words):
                trailing = True
            elif (word in marks.place_prepositions and main_named and i + 1 < len(words)
                  and words[i + 1] not in marks.time_words):
                place = True
            factor = factors[i]
            if trailing:
                factor *= TRAILING_FACTOR
            elif place:
                factor *= PLACE_FACTOR
            before = words[max(0, i - 2):i]
            if word in marks.time_words and any(w in marks.time_leads for w in before):
                factor *= TIME_FACTOR
            following = words[i + 1] if i + 1 < len(words) else None
            if word in marks.request_verbs and following == marks.request_link:
                factor *= REQUEST_FACTOR
            elif word in marks.framing_verbs and i + 1 < len(words):
                factor *= FRAMING_FACTOR
            factors[i] = factor
            # A leading "If ..." clause is the sentence's situation, not background.
            if strong(word) and not trailing and not (i == 0 and word in marks.subordinators):
                main_named = main_named or not (first and words[0] in marks.subordinators)
        out.extend(zip(words, factors, strict=True))
        if mark in ",;:" and first and words[0] in marks.subordinators:
            main_named = False  # the main clause starts after the leading one
        first = False
        if mark in ".!?":
            later = LATER_FACTOR
    return out
