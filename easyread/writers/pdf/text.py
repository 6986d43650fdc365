"""Break styled text into lines that fit a column: left aligned, never hyphenated.

Lines break only at spaces. A word wider than the column breaks between characters, so no
letter is ever lost or pushed past the margin.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.pdfbase import pdfmetrics

from easyread.writers.breaks import url_pieces
from easyread.writers.pdf.boxes import Fragment
from easyread.writers.pdf.fonts import Fonts

__all__ = ["Span", "place", "wrap"]

_SPACE = re.compile(r"([^\S\u00a0\u202f]+)")
"""Spaces where a line may break (not the no-break spaces inside phone numbers)."""


@dataclass(frozen=True, slots=True)
class Span:
    """Text with one look, belonging to structure element `elem`."""

    text: str
    bold: bool
    colour: str
    elem: int | None
    url: str | None = None
    dest: str | None = None


Piece = tuple[str, int]
"""Some text and the index of the span it comes from."""


def _words(spans: Sequence[Span]) -> list[tuple[list[Piece], int]]:
    """Split spans into words; each word comes with the span index of the space before it."""
    words: list[tuple[list[Piece], int]] = []
    space_at: int | None = 0
    for index, span in enumerate(spans):
        for token in _SPACE.split(span.text):
            if not token:
                continue
            if token.isspace():
                space_at = index
            elif space_at is not None or not words:
                words.append(([(token, index)], space_at or 0))
                space_at = None
            else:
                words[-1][0].append((token, index))
    return words


class _Packer:
    """Greedy line filling with measured widths."""

    def __init__(self, spans: Sequence[Span], width: float, size: float, fonts: Fonts) -> None:
        self.spans, self.width, self.size, self.fonts = spans, width, size, fonts
        self.lines: list[list[Piece]] = []
        self.current: list[Piece] = []
        self.used = 0.0

    def measure(self, piece: Piece) -> float:
        return self.fonts.width(piece[0], self.spans[piece[1]].bold, self.size)

    def flush(self) -> None:
        if self.current:
            self.lines.append(self.current)
        self.current, self.used = [], 0.0

    def add_word(self, word: list[Piece], space_span: int) -> None:
        word_width = sum(self.measure(piece) for piece in word)
        if self.current:
            space = (" ", space_span)
            space_width = self.measure(space)
            if self.used + space_width + word_width <= self.width:
                self.current += [space, *word]
                self.used += space_width + word_width
                return
            self.flush()
        if word_width <= self.width:
            self.current, self.used = list(word), word_width
        else:
            self.add_long_word(word)

    def add_long_word(self, word: list[Piece]) -> None:
        """Break a word that is wider than the column after a "/", "." or "-" (a web address),
        and a piece still wider than the column between characters."""
        for text, index in word:
            for piece in url_pieces(text):
                piece_width = self.measure((piece, index))
                if self.current and self.used + piece_width > self.width:
                    self.flush()
                if piece_width > self.width:
                    self.add_characters(piece, index)
                    continue
                if self.current and self.current[-1][1] == index:
                    self.current[-1] = (self.current[-1][0] + piece, index)
                else:
                    self.current.append((piece, index))
                self.used += piece_width

    def add_characters(self, text: str, index: int) -> None:
        """Break `text` between characters: nothing is lost or pushed past the margin."""
        for char in text:
                char_width = self.measure((char, index))
                if self.current and self.used + char_width > self.width:
                    self.flush()
                if self.current and self.current[-1][1] == index:
                    self.current[-1] = (self.current[-1][0] + char, index)
                else:
                    self.current.append((char, index))
                self.used += char_width


def wrap(
    spans: Sequence[Span], x: float, width: float, size: float, fonts: Fonts
) -> list[tuple[Fragment, ...]]:
    """Lines of positioned fragments for `spans` in a column `width` pt wide starting at `x`."""
    packer = _Packer(spans, width, size, fonts)
    for word, space_span in _words(spans):
        packer.add_word(word, space_span)
    packer.flush()
    return [_fragments(line, spans, x, size, fonts) for line in packer.lines]


def place(span: Span, x: float, size: float, fonts: Fonts) -> tuple[Fragment, ...]:
    """Fragments of `span` set on one line from `x`, never wrapped (page numbers)."""
    return _fragments([(span.text, 0)], [span], x, size, fonts)


def _fragments(
    line: list[Piece], spans: Sequence[Span], x: float, size: float, fonts: Fonts
) -> tuple[Fragment, ...]:
    merged: list[Piece] = []
    for text, index in line:
        if merged and merged[-1][1] == index:
            merged[-1] = (merged[-1][0] + text, index)
        else:
            merged.append((text, index))
    out: list[Fragment] = []
    for text, index in merged:
        span = spans[index]
        for font, part in fonts.segments(text, span.bold):
            advance = pdfmetrics.stringWidth(part, font, size)
            out.append(Fragment(
                x=x, text=part, font=font, size=size, colour=span.colour, width=advance,
                elem=span.elem, url=span.url, dest=span.dest,
            ))
            x += advance
    return tuple(out)
