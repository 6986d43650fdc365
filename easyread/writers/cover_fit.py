"""Fit the cover on one page, the same way in every format: shrink the title (to a floor),
then the cover picture, then use smaller spaces and subtitle, then the picture again.

Each writer says how tall its cover would be for a title size, a picture side and whether it
is tight; the PDF measures its text exactly, the DOCX estimates from the font's average width.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from easyread.measures import Measures

__all__ = ["CoverFit", "estimate_lines", "fit_cover", "logo_side"]

_STEP = 0.9
"""Each try shrinks the title, then the picture, to this part of its size."""

Height = Callable[[float, float, bool], float]
"""The cover's height for (title size, picture side, tight), in pt."""


@dataclass(frozen=True, slots=True)
class CoverFit:
    """How the cover is set: title size and picture side in pt, and whether it is tight
    (row gaps instead of heading spaces, the subtitle in body size)."""

    title_size: float
    picture: float
    tight: bool
    fits: bool = True


def fit_cover(m: Measures, has_picture: bool, height: Height, room: float) -> CoverFit:
    """The largest cover setting whose `height` fits in `room` pt (or the smallest one)."""
    title, side, tight = m.title_size, m.cover_picture, False
    while height(title, side, tight) > room and title > m.title_floor:
        title = max(m.title_floor, title * _STEP)
    while height(title, side, tight) > room and has_picture and side > m.picture:
        side = max(m.picture, side * _STEP)
    if height(title, side, tight) > room:
        tight = True
    while height(title, side, tight) > room and has_picture and side > m.picture / 2:
        side = max(m.picture / 2, side * _STEP)
    return CoverFit(title, side, tight, height(title, side, tight) <= room)


def logo_side(m: Measures, picture: float, tight: bool) -> float:
    """The logo's side: its own size, but on a tight cover never bigger than the picture."""
    return min(m.logo, picture) if tight else m.logo


def estimate_lines(text: str, size: float, width: float, bold: bool = False) -> int:
    """Lines `text` takes in a column `width` pt wide, from an average letter width that is
    a little wide for Atkinson Hyperlegible (so an estimate never lets a cover spill)."""
    advance = size * (0.62 if bold else 0.58)
    lines, used = 1, 0.0
    for word in text.split():
        need = len(word) * advance
        if used and used + advance + need > width:
            lines, used = lines + 1, need
        else:
            used += (advance if used else 0.0) + need
    return lines
