"""The fast word regexes and offsets agree with the plain definition of a word."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from easyread.checker.analysis import _ASCII_WORD, _WORD, line_text
from easyread.checker.readability import measure, syllables
from easyread.location import Location
from easyread.model import Line, Run

# The definition: a letter, then word characters and joining marks, ending in a letter or
# digit; or digits with "," and "." inside, and maybe "%".
PLAIN = re.compile(
    r"[^\W\d_](?:[\w'\u2019\-.&\u00b7\u2219\u22c5\u2027]*[^\W_])?|\d(?:[\d,.]*\d)?%?"
)
ALPHABET = "aZq09_'-.&%, \u2019\u00b7\u2219\u22c5\u2027é\u0663ßİ!?"
ASCII_ALPHABET = "".join(c for c in ALPHABET if c.isascii())


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


@settings(max_examples=400)
@given(st.text(alphabet=ALPHABET, max_size=20))
def test_word_regex_matches_definition(text: str) -> None:
    assert _spans(_WORD, text) == _spans(PLAIN, text)


@settings(max_examples=400)
@given(st.text(alphabet=ASCII_ALPHABET, max_size=20))
def test_ascii_word_regex_matches_definition(text: str) -> None:
    assert _spans(_ASCII_WORD, text) == _spans(PLAIN, text)


@settings(max_examples=200)
@given(st.text(alphabet=ALPHABET, min_size=1, max_size=20))
def test_line_words_have_exact_offsets(text: str) -> None:
    line = Line((Run(text, column=3),), Location("t.md", 1, 3))
    result = line_text(line)
    words = result.words
    # Contact details (like "0-0-0-0-0", a phone number) are masked out of the words.
    assert [(w.start, w.end) for w in words] == _spans(PLAIN, result.masked)
    assert all(text[w.start : w.end] == w.text for w in words)


def test_measure_counts_syllables_and_long_words() -> None:
    sentences = [["Wonderful", "appointments", "3"], ["A", "cat"], ["1,000,000", "sat"]]
    result = measure(sentences, "en")
    assert result is not None
    words = [w for s in sentences for w in s]
    expected = sum(syllables(w) if w[0].isalpha() else 1 for w in words)
    assert result.syllables == expected
    assert result.long_words == 2  # "Wonderful" and "appointments"; digits are not letters
    assert (result.words, result.sentences) == (7, 3)
