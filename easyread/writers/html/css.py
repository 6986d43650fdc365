"""The page's stylesheet: numbers from the Style as CSS variables, then the fixed rules."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from easyread.style import MIN_CONTRAST, Style, contrast_ratio

__all__ = ["font_stack", "stylesheet"]

MM_IN_REM = 96 / 25.4 / 16
"""One millimetre in rem on screen (1rem = 16 px); in print the root is 12 pt, so it is exact."""

PT_IN_REM = 1 / 12
"""One point in rem."""

FALLBACK_FONTS = ("Arial", '"Liberation Sans"', "Arimo", "Helvetica", "sans-serif")
"""Fonts tried after the style's font: common sans serifs with the same width as Arial."""


@cache
def _page_rules() -> str:
    return resources.files("easyread.writers.html").joinpath("page.css").read_text(encoding="utf-8")


def font_stack(font: str) -> str:
    """The CSS font-family list led by `font`, falling back to clear sans serif system fonts."""
    quoted = '"' + re.sub(r'["\\<>;{}]', "", font) + '"'
    names = [quoted] + [name for name in FALLBACK_FONTS if name.strip('"') != font]
    return ", ".join(names)


def _rem(value: float) -> str:
    return f"{value:.4f}".rstrip("0").rstrip(".") + "rem"


def _root(style: Style) -> str:
    colours = style.colours
    # Style only checks links on the page background; inside a box fall back to the text colour.
    box_link = colours.link
    if contrast_ratio(colours.link, colours.box) < MIN_CONTRAST:
        box_link = colours.text
    page_w, _ = style.page_mm
    measure = page_w - 2 * style.margin_mm
    values = {
        "font": font_stack(style.font),
        "body-size": _rem(style.font_size * PT_IN_REM),
        "line": f"{style.line_spacing:g}",
        "title-size": _rem(style.title_size * PT_IN_REM),
        "h2-size": _rem(style.heading_sizes[0] * PT_IN_REM),
        "h3-size": _rem(style.heading_sizes[1] * PT_IN_REM),
        "h4-size": _rem(style.heading_sizes[2] * PT_IN_REM),
        "pic": _rem(style.picture_size_mm * MM_IN_REM),
        "cover-pic": _rem(style.cover_picture_mm * MM_IN_REM),
        "gap": _rem(style.gap_mm * MM_IN_REM),
        # On a narrow screen the picture column shrinks but stays on the left.
        "pic-col": "min(var(--pic), 24vw)",
        "gap-col": "min(var(--gap), 4vw)",
        "row-gap": _rem(style.row_gap * PT_IN_REM),
        "measure": _rem(measure * MM_IN_REM),
        "edge": "min(1.5rem, 4vw)",
        "text": colours.text,
        "background": colours.background,
        "heading": colours.heading,
        "accent": colours.accent,
        "box": colours.box,
        "link": colours.link,
        "box-link": box_link,
    }
    body = "".join(f"  --{name}: {value};\n" for name, value in values.items())
    return ":root {\n" + body + "}\n"


def _page(style: Style) -> str:
    size = f"{style.page_mm[0]:g}mm {style.page_mm[1]:g}mm"
    rules = f"@page {{ size: {size}; margin: {style.margin_mm:g}mm; }}\n"
    if style.section_new_page:
        rules += "@media print { .section { break-before: page; } }\n"
    return rules


def stylesheet(style: Style, font_faces: str = "") -> str:
    """The whole stylesheet for `style`, with `font_faces` (@font-face rules) first."""
    return font_faces + _root(style) + _page(style) + _page_rules()
