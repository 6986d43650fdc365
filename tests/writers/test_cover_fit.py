"""The cover gives way in one order, each part only as far as needed and never under its
floor: picture, logo, spaces, title, then the picture again."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from easyread.measures import measures
from easyread.style import Style
from easyread.writers.cover_fit import CoverFit, count_lines, fit_cover

M = measures(Style(font_size=20.0, page_size="A5"))


def _height(fit: CoverFit) -> float:
    """A cover whose height is the sum of its sizes, with 100 pt of spaces when not tight."""
    return 3 * fit.title_size + fit.picture + fit.logo + (0.0 if fit.tight else 100.0)


def _fit(room: float, height: Callable[[CoverFit], float] = _height) -> CoverFit:
    return fit_cover(M, True, True, height, room + 1e-9)  # room for rounding in the sums


def test_a_cover_with_room_keeps_its_full_sizes() -> None:
    full = CoverFit.full(M, True, True)
    assert _fit(_height(full)) == full


def test_the_picture_gives_way_first_and_only_as_far_as_needed() -> None:
    full = CoverFit.full(M, True, True)
    fit = _fit(_height(full) - 30)
    assert (fit.title_size, fit.logo, fit.tight) == (M.title_size, M.logo, False)
    assert M.picture <= fit.picture <= full.picture - 30
    assert fit.fits


def test_then_the_logo_then_the_spaces_then_the_title_then_the_picture_again() -> None:
    full = CoverFit.full(M, True, True)
    shrunk_picture = full.picture - M.picture
    # Room for the picture at a row picture's size and a logo at its floor, no more.
    fit = _fit(_height(full) - shrunk_picture - (M.logo - M.logo_floor))
    assert (fit.picture, fit.logo, fit.tight) == (M.picture, M.logo_floor, False)
    assert fit.title_size == M.title_size
    # 50 pt less: the spaces go, the title keeps its size.
    fit = _fit(_height(full) - shrunk_picture - (M.logo - M.logo_floor) - 50)
    assert fit.tight
    assert fit.title_size == M.title_size
    # Then the title shrinks to its floor before the picture shrinks again.
    tight = _height(CoverFit(M.title_size, M.picture, M.logo_floor, tight=True))
    fit = _fit(tight - 3 * (M.title_size - M.title_floor))
    assert (fit.title_size, fit.picture) == (pytest.approx(M.title_floor), M.picture)
    fit = _fit(tight - 3 * (M.title_size - M.title_floor) - 10)
    assert fit.title_size == M.title_floor
    assert M.cover_picture_floor <= fit.picture < M.picture
    assert fit.fits


def test_a_cover_that_cannot_fit_is_at_every_floor_and_says_so() -> None:
    fit = _fit(10.0)
    assert fit == CoverFit(M.title_floor, M.cover_picture_floor, M.logo_floor, True, False)


def test_a_cover_without_picture_or_logo_shrinks_only_what_it_has() -> None:
    fit = fit_cover(M, False, False, _height, 10.0)
    assert (fit.picture, fit.logo, fit.title_size) == (0.0, 0.0, M.title_floor)


@pytest.mark.parametrize("size", [14.0, 16.0, 22.0, 28.0, 48.0])
def test_the_title_floor_is_above_the_body_size_and_never_under_14_pt(size: float) -> None:
    m = measures(Style(font_size=size))
    assert m.title_floor > m.body_size
    assert m.title_floor >= 14
    assert m.cover_picture_floor < m.picture < m.cover_picture
    assert m.logo_floor < m.logo


def test_lines_wrap_at_spaces() -> None:
    # One pt a letter in a 5 pt column: "aa bb" fills a line.
    assert count_lines("aa bb cc", 5.0, len) == 2


def test_a_word_wider_than_the_column_takes_its_own_line() -> None:
    assert count_lines("extraordinary to", 5.0, len) == 2


def test_room_a_shorter_title_frees_goes_back_to_the_picture() -> None:
    # A title that takes two lines above 30 pt and one line at 30 pt or less.
    def height(fit: CoverFit) -> float:
        lines = 2 if fit.title_size > 30 else 1
        return lines * 1.2 * fit.title_size + fit.picture + fit.logo

    room = 1.2 * 30 + M.picture + M.logo_floor + 40  # 40 pt more than the one-line title
    fit = fit_cover(M, True, True, height, room)
    assert fit.tight
    assert fit.title_size <= 30
    assert height(fit) == pytest.approx(room, abs=0.2)  # the room is used again
    assert fit.picture > M.picture
