"""Split a row's lines into sentences, with where each starts and how it ends.

A full stop after a short form ("e.g.", an initial) does not end a sentence, and a line
with no end mark runs on only when the next line starts in lower case.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from easyread.location import Location

if TYPE_CHECKING:
    from easyread.checker.analysis import LineText, Word
    from easyread.checker.profile import Profile

__all__ = ["Sentence", "split_sentences"]

_END = re.compile(r"[.!?]+[\"'\u2019”“»«)\]]*(?=\s|$)")
_ASCII_SMALL = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")


@dataclass(slots=True)
class Sentence:
    """A sentence: its words, where it starts, and how it ends ("." "?" "!" or "")."""

    words: list[Word]
    start: LineText
    offset: int
    end_mark: str
    lines: list[LineText]

    @property
    def loc(self) -> Location:
        """Where the sentence starts."""
        return self.start.loc_at(self.offset)


def split_sentences(lines: list[LineText], profile: Profile) -> list[Sentence]:
    """The sentences of a row's `lines`; marks each sentence's first word as its start."""
    sentences: list[Sentence] = []
    current: list[Word] = []
    current_lines: list[LineText] = []
    keep = profile.no_sentence_end
    plain = _plain_ends(keep)
    last = len(lines) - 1

    for index, line in enumerate(lines):
        masked = line.masked
        words = line.words
        count = len(words)
        taken = 0  # words of this line already in a sentence
        for mark in _END.finditer(masked):
            at = mark.start()
            # After most full stops (a small letter no short form ends in) skip the look.
            if (
                masked[at] == "."
                and (not at or masked[at - 1] not in plain)
                and _is_short_form(masked, at, keep)
            ):
                continue
            # The words before this end mark: usually all the rest of the line.
            upto = count
            if taken < count and words[-1].start >= at:
                upto = taken
                while upto < count and words[upto].start < at:
                    upto += 1
            if upto > taken:
                if not current_lines or current_lines[-1] is not line:
                    current_lines.append(line)
                current.extend(words[taken:upto])
                taken = upto
            if current:
                sentences.append(_close(current, current_lines, mark.group()[0]))
                current, current_lines = [], []
        if taken < count:
            if not current_lines or current_lines[-1] is not line:
                current_lines.append(line)
            current.extend(words[taken:])
        # A line with no end mark runs on only when the next line starts in lower case.
        if current and (index == last or not _continues(lines[index + 1])):
            sentences.append(_close(current, current_lines, ""))
            current, current_lines = [], []
    if current:
        sentences.append(_close(current, current_lines, ""))
    return sentences


def _close(words: list[Word], lines: list[LineText], end_mark: str) -> Sentence:
    """The sentence of `words` on `lines`; marks its first word as a sentence start."""
    first = words[0]
    first.sentence_start = True
    return Sentence(words, lines[0], first.start, end_mark, lines)


@lru_cache(maxsize=16)
def _plain_ends(keep: frozenset[str]) -> frozenset[str]:
    """Small ASCII letters and digits no short form in `keep` ends with."""
    return _ASCII_SMALL - {k[-1] for k in keep if k}


def _is_short_form(text: str, at: int, keep: frozenset[str]) -> bool:
    # The caller has found a "." at `at`.
    if at + 1 < len(text) and not text[at + 1].isspace():
        return False
    head = text[:at].rsplit(None, 1)
    before = head[-1].lower().lstrip("(\"'\u2018“") if head else ""
    if before in keep:
        return True
    # "J. Smith": one capital letter is an initial, not the end of a sentence.
    return len(before) == 1 and before.isalpha() and text[at - 1].isupper()


def _continues(line: LineText) -> bool:
    stripped = line.masked.lstrip(" \t\"'\u2018“(")
    return bool(stripped) and stripped[0].islower()
