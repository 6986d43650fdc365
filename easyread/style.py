"""The booklet's look: page, type, picture column and colours, in one validated object.

Defaults follow ../shared/research/standards.md section 14: A4 portrait, 16 pt sans serif,
1.5 line spacing, a fixed picture column, dark text on white. Writers take every layout
number from here, so a booklet looks the same in PDF, DOCX and HTML.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from types import MappingProxyType
from typing import Any

from easyread.pictures.people import check_people

__all__ = [
    "MIN_FONT_SIZE",
    "PAGE_SIZES",
    "Colours",
    "Style",
    "StyleError",
    "contrast_ratio",
]

MIN_FONT_SIZE = 14.0
"""pt. Every easy read guide we know sets 14 pt as the smallest size (LAYOUT-FONT-SIZE)."""

MIN_CONTRAST = 4.5
"""WCAG 2.2 level AA contrast for body text; below it a colour is refused."""

MM = 72 / 25.4
"""Points in a millimetre."""

PAGE_SIZES: Mapping[str, tuple[float, float]] = MappingProxyType(
    {"A4": (210.0, 297.0), "A5": (148.0, 210.0), "letter": (215.9, 279.4)}
)
"""Portrait page sizes in mm."""

_HEX = re.compile(r"^#[0-9a-fA-F]{6}$")
_SET_NAME = re.compile(r"^[a-z][a-z0-9-]*$")

_ALIASES = {"picture_size": "picture_size_mm", "margin": "margin_mm", "gap": "gap_mm"}
"""Names a user may write under ``style:`` for fields whose names carry their unit."""


class StyleError(ValueError):
    """A style value that cannot be used; `key` is its dotted name, e.g. ``colours.text``."""

    def __init__(self, key: str, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.key = key
        self.message = message
        self.hint = hint


def _luminance(colour: str) -> float:
    def channel(hex_pair: str) -> float:
        c = int(hex_pair, 16) / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(colour[i : i + 2]) for i in (1, 3, 5))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(foreground: str, background: str) -> float:
    """The WCAG contrast ratio between two ``#rrggbb`` colours, from 1 to 21."""
    lighter, darker = sorted((_luminance(foreground), _luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


@dataclass(frozen=True, slots=True)
class Colours:
    """Colours as ``#rrggbb``. The defaults give at least 7:1 contrast (WCAG AAA)."""

    text: str = "#1a1a1a"
    background: str = "#ffffff"
    heading: str = "#1d3557"
    accent: str = "#1d3557"
    """Rules under headings and the border of boxes."""
    box: str = "#fdf1cf"
    """The fill of highlighted boxes."""
    link: str = "#0b4a8b"

    def validate(self) -> None:
        """Raise :class:`StyleError` for a malformed colour or one too faint to read."""
        for f in fields(self):
            value = getattr(self, f.name)
            if not isinstance(value, str) or not _HEX.match(value):
                raise StyleError(
                    f"colours.{f.name}",
                    f"colour {value!r} is not a colour code",
                    "write it as # and six hex digits, like #1a1a1a",
                )
        pairs = (
            ("text", "background"),
            ("heading", "background"),
            ("link", "background"),
            ("text", "box"),
        )
        for fore, back in pairs:
            ratio = contrast_ratio(getattr(self, fore), getattr(self, back))
            if ratio < MIN_CONTRAST:
                raise StyleError(
                    f"colours.{fore}",
                    f"colours.{fore} {getattr(self, fore)} on colours.{back} "
                    f"{getattr(self, back)} has contrast {ratio:.1f}:1, "
                    f"below {MIN_CONTRAST}:1",
                    "choose a darker text colour or a lighter background",
                )


@dataclass(frozen=True, slots=True)
class Style:
    """Every layout choice of a booklet. Sizes are in pt unless the name says mm."""

    font: str = "Atkinson Hyperlegible"
    """The typeface for PDF and HTML. It is embedded in the PDF."""
    docx_font: str = "Atkinson Hyperlegible"
    """The typeface of DOCX files. The bundled Atkinson Hyperlegible is embedded in the file;
    any other font is only named, so it shows only where it is installed."""
    font_size: float = 16.0
    line_spacing: float = 1.5
    """Line height as a multiple of the font size."""
    page_size: str = "A4"
    margin_mm: float = 18.0
    picture_size_mm: float = 35.0
    """Width and height of the square picture box in the left column."""
    gap_mm: float = 8.0
    """Space between the picture column and the text column."""
    row_gap: float = 14.0
    """Space between rows, in pt."""
    section_new_page: bool = True
    """Start every level 1 section on a new page."""
    picture_set: str = "mulberry"
    """The bundled picture set a booklet's pictures come from, so they share one drawing
    style: mulberry, openmoji, fluent or healthicons (easyread pictures list shows them)."""
    people: str = "mixed"
    """How people in pictures are drawn: mixed, men, women, lighter-skin, darker-skin, or a
    pair such as "women darker-skin" (see easyread.pictures.people)."""
    colours: Colours = field(default_factory=Colours)

    # Sizes derived from the body size keep the hierarchy when a user changes one number.
    @property
    def heading_sizes(self) -> tuple[float, float, float]:
        """Font sizes of heading levels 1, 2 and 3 (and below), in pt."""
        return (self.font_size * 1.75, self.font_size * 1.375, self.font_size * 1.125)

    @property
    def title_size(self) -> float:
        """Font size of the title on the cover, in pt."""
        return self.font_size * 2.5

    @property
    def leading(self) -> float:
        """Distance between baselines of body text, in pt."""
        return self.font_size * self.line_spacing

    @property
    def page_mm(self) -> tuple[float, float]:
        """Page width and height in mm (portrait)."""
        return PAGE_SIZES[self.page_size]

    @property
    def page_pt(self) -> tuple[float, float]:
        """Page width and height in pt (portrait)."""
        width, height = self.page_mm
        return width * MM, height * MM

    @property
    def cover_picture_mm(self) -> float:
        """Side of the large picture on the cover, in mm: 2.5 times a row's picture, at most
        90 mm and never wider than the text."""
        return min(2.5 * self.picture_size_mm, self.page_mm[0] - 2 * self.margin_mm, 90.0)

    @property
    def text_column_mm(self) -> float:
        """Width of the text column beside the pictures, in mm."""
        return self.page_mm[0] - 2 * self.margin_mm - self.picture_size_mm - self.gap_mm

    def validate(self) -> None:
        """Raise :class:`StyleError` naming the first value that cannot make a good booklet."""
        if not isinstance(self.font, str) or not self.font.strip():
            raise StyleError("font", "font must be the name of a typeface")
        if not isinstance(self.docx_font, str) or not self.docx_font.strip():
            raise StyleError("docx_font", "docx_font must be the name of a typeface")
        _number("font_size", self.font_size, MIN_FONT_SIZE, 48, "pt")
        _number("line_spacing", self.line_spacing, 1.0, 3.0, "times the font size")
        if self.page_size not in PAGE_SIZES:
            raise StyleError(
                "page_size",
                f"page_size {self.page_size!r} is not a page size we know",
                "use " + ", ".join(PAGE_SIZES),
            )
        _number("margin_mm", self.margin_mm, 10, 40, "mm")
        _number("picture_size_mm", self.picture_size_mm, 15, 80, "mm")
        _number("gap_mm", self.gap_mm, 2, 30, "mm")
        _number("row_gap", self.row_gap, 0, 72, "pt")
        if not isinstance(self.picture_set, str) or not _SET_NAME.match(self.picture_set):
            raise StyleError("picture_set", f"picture_set {self.picture_set!r} is not the name "
                             "of a picture set", "for example: picture_set: mulberry")
        problem = check_people(self.people) if isinstance(self.people, str) else "use words"
        if problem:
            raise StyleError("people", f"people {self.people!r} is not a choice we know", problem)
        if self.text_column_mm < 60:
            raise StyleError(
                "picture_size_mm",
                f"picture_size {self.picture_size_mm:g} mm leaves only "
                f"{self.text_column_mm:.0f} mm for text on {self.page_size} paper",
                "use smaller pictures or a bigger page",
            )
        self.colours.validate()

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> Style:
        """Build a validated style from front matter ``style:`` keys.

        Accepts ``picture_size`` (mm) as the documented name of ``picture_size_mm``.
        Unknown keys raise :class:`StyleError`; callers check names first to give hints.
        """
        known = {f.name for f in fields(cls)}
        values: dict[str, Any] = {}
        for key, value in data.items():
            name = _ALIASES.get(key, key)
            if name not in known:
                raise StyleError(key, f"style has no setting called {key!r}")
            if name == "colours":
                values[name] = _colours(value)
            else:
                values[name] = value
        style = replace(cls(), **values)
        try:
            style.validate()
        except StyleError as exc:
            # Name the setting as the user wrote it ("margin", not "margin_mm").
            written = next((key for key in data if _ALIASES.get(key, key) == exc.key), exc.key)
            raise StyleError(written, exc.message, exc.hint) from None
        return style


def style_keys() -> tuple[str, ...]:
    """The names a user may write under ``style:``."""
    return (*(f.name for f in fields(Style)), *_ALIASES)


def _colours(value: Any) -> Colours:
    if not isinstance(value, Mapping):
        raise StyleError("colours", "colours must be a list of names and colour codes")
    known = {f.name for f in fields(Colours)}
    for key in value:
        if key not in known:
            raise StyleError(
                f"colours.{key}",
                f"colours has no colour called {key!r}",
                "known colours: " + ", ".join(sorted(known)),
            )
    return Colours(**{str(k): str(v) if isinstance(v, str) else v for k, v in value.items()})


def _number(key: str, value: Any, low: float, high: float, unit: str) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise StyleError(key, f"{key} must be a number, not {value!r}")
    if value < low:
        raise StyleError(key, f"{key} {value:g} is too small: use {low:g} {unit} or more")
    if value > high:
        raise StyleError(key, f"{key} {value:g} is too big: use {high:g} {unit} or less")
