"""Fit the cover on one page, the same way in every format.

Councils and charities put their logo and name on every cover, and titles are often long, so
the cover gives way in a fixed order, each thing only as far as needed and never under its
floor (the floors are in :class:`~easyread.measures.Measures`):

1. the cover picture shrinks to the size of a row's picture;
2. the logo shrinks to its floor;
3. the spaces between the parts become row gaps and the subtitle takes the body size;
4. the title shrinks to its floor (never under 14 pt, always bigger than the body text);
5. the cover picture shrinks to its floor.

Room a step frees beyond what is needed (a title one line shorter) goes back to the picture,
then the logo. Only a cover that is still too tall is reported. Each writer says how tall its
cover would be for a setting, measuring its text with the font's own widths: the PDF exactly,
the Word file the same way, adding Word's line heights (an average letter width stands in
for a font that easyread does not carry).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from easyread.errors import Diagnostic
from easyread.location import Location
from easyread.measures import Measures

__all__ = ["CoverFit", "average_measure", "count_lines", "cover_too_full", "fit_cover"]

_STEP = 0.9
"""Each try shrinks one thing to this part of its size (then stops at its floor)."""

_MIN_STEP = 0.25
"""pt. A shrink this small or smaller is the last one before the floor."""


@dataclass(frozen=True, slots=True)
class CoverFit:
    """How the cover is set, in pt: title size, cover picture side and logo side (0 when the
    cover has none), whether it is tight (row gaps instead of heading spaces, the subtitle in
    body size) and whether it then fits one page."""

    title_size: float
    picture: float
    logo: float
    tight: bool = False
    fits: bool = True

    @classmethod
    def full(cls, m: Measures, has_picture: bool, has_logo: bool) -> CoverFit:
        """The cover at its full sizes, before any fitting."""
        return cls(m.title_size, m.cover_picture if has_picture else 0.0,
                   m.logo if has_logo else 0.0)


Height = Callable[[CoverFit], float]
"""The cover's height for a setting, in pt."""


def fit_cover(m: Measures, has_picture: bool, has_logo: bool, height: Height,
              room: float) -> CoverFit:
    """The first setting, in the order of this module's list, whose `height` fits in `room`
    pt; the smallest setting, with `fits` false, when none does."""
    fit = CoverFit.full(m, has_picture, has_logo)

    def over(setting: CoverFit) -> bool:
        return height(setting) > room

    fit = _shrink(fit, "picture", min(m.picture, fit.picture), over)
    fit = _shrink(fit, "logo", min(m.logo_floor, fit.logo), over)
    if over(fit):
        fit = replace(fit, tight=True)
    fit = _shrink(fit, "title_size", m.title_floor, over)
    fit = _shrink(fit, "picture", min(m.cover_picture_floor, fit.picture), over)
    if over(fit):
        return replace(fit, fits=False)
    # A title that wraps onto a line fewer frees a whole line at once: give that room back
    # to the picture, then the logo.
    fit = _grow(fit, "picture", m.cover_picture if has_picture else 0.0, over)
    return _grow(fit, "logo", m.logo if has_logo else 0.0, over)


def _grow(fit: CoverFit, name: str, ceiling: float, over: Callable[[CoverFit], bool]
          ) -> CoverFit:
    """`fit` with its `name` size as big as it can be, up to `ceiling`, with the cover still
    fitting (found to a tenth of a point)."""
    def sized(size: float) -> CoverFit:
        change: dict[str, Any] = {name: size}
        return replace(fit, **change)

    low: float = getattr(fit, name)
    high = ceiling
    if high <= low:
        return fit
    if not over(sized(high)):
        return sized(high)
    while high - low > 0.1:
        middle = (low + high) / 2
        low, high = (middle, high) if not over(sized(middle)) else (low, middle)
    return sized(low)


def cover_too_full(loc: Location) -> Diagnostic:
    """What the build says about a cover that is too tall even at its floors."""
    return Diagnostic("the cover is too full to fit on one page, so it goes on to page 2", loc,
                      "make the title or the subtitle shorter, or use a smaller font_size")


def _shrink(fit: CoverFit, name: str, floor: float, over: Callable[[CoverFit], bool]
            ) -> CoverFit:
    """`fit` with its `name` size made smaller, a step at a time, until the cover fits or the
    size is at `floor`."""
    while over(fit):
        size: float = getattr(fit, name)
        if size <= floor:
            break
        smaller = size * _STEP
        change: dict[str, Any] = {name: floor if smaller - floor < _MIN_STEP else smaller}
        fit = replace(fit, **change)
    return fit


def count_lines(text: str, width: float, measure: Callable[[str], float]) -> int:
    """Lines `text` takes in a column `width` pt wide, wrapped at spaces, where `measure`
    gives the width of some text in pt."""
    lines, line = 1, ""
    for word in text.split():
        joined = f"{line} {word}" if line else word
        if measure(joined) <= width:
            line = joined
        elif line:
            lines, line = lines + 1, word
        else:
            line = joined  # a word wider than the column: Word breaks it on this line
    return lines


def average_measure(size: float, bold: bool = False) -> Callable[[str], float]:
    """A width estimate from an average letter width, a little wide for most typefaces: for
    a Word file in a font that easyread does not carry, whose widths it cannot read."""
    advance = size * (0.62 if bold else 0.58)
    return lambda text: len(text) * advance
