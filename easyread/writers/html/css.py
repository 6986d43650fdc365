"""The page's stylesheet: numbers from the Style as CSS variables, then the fixed rules."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from easyread.measures import measures
from easyread.style import MIN_CONTRAST, Style, contrast_ratio

__all__ = ["font_stack", "px", "root_variables", "stylesheet"]

MM_IN_REM = 96 / 25.4 / 16
"""One millimetre in rem on screen (1rem = 16 px); in print the root is 12 pt, so it is exact."""



def px(mm: float) -> int:
    """`mm` millimetres as whole CSS pixels on screen (the size pictures are drawn at)."""
    return round(mm * MM_IN_REM * 16)


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


def root_variables(style: Style) -> str:
    """The ``:root`` block: the booklet's measures and colours as CSS variables."""
    colours = style.colours
    # Style only checks links on the page background; inside a box fall back to the text colour.
    box_link = colours.link
    if contrast_ratio(colours.link, colours.box) < MIN_CONTRAST:
        box_link = colours.text
    m = measures(style)
    on_accent = contrast_ratio(colours.background, colours.accent) >= MIN_CONTRAST

    def pt(value: float) -> str:
        return _rem(value * PT_IN_REM)

    values = {
        "font": font_stack(style.font),
        "body-size": pt(m.body_size),
        "line": f"{m.body_line:g}",
        "label-size": pt(m.label_size),
        "label-line": f"{m.label_line:g}",
        "title-size": pt(m.title_size),
        "title-line": f"{m.title_line:g}",
        "subtitle-size": pt(m.subtitle_size),
        "subtitle-line": f"{m.subtitle_line:g}",
        "h2-size": pt(m.heading_sizes[0]),
        "h3-size": pt(m.heading_sizes[1]),
        "h4-size": pt(m.heading_sizes[2]),
        "heading-line": f"{m.heading_line:g}",
        "heading-space": pt(m.heading_space),
        "item-gap": pt(m.item_gap),
        "heading-after": pt(m.heading_after),
        "rule": pt(m.rule),
        "box-border": pt(m.box_border),
        "box-pad": pt(m.box_padding),
        "list-indent": pt(m.list_indent),
        "small-size": pt(m.small_size),
        "pic": pt(m.picture),
        "cover-pic": pt(m.cover_picture),
        "logo": pt(m.logo),
        "gap": pt(m.gap),
        # On a narrow screen the picture column shrinks but stays on the left, and stays at
        # least 64 px wide so that the picture can still be made out on a phone.
        "pic-col": "min(var(--pic), max(24vw, 64px))",
        "gap-col": "min(var(--gap), 4vw)",
        "row-gap": pt(m.row_gap),
        "measure": pt(m.measure),
        "edge": "min(1.5rem, 4vw)",
        "text": colours.text,
        "background": colours.background,
        "heading": colours.heading,
        "accent": colours.accent,
        "box": colours.box,
        "link": colours.link,
        "box-link": box_link,
        "label-text": colours.background if on_accent else colours.heading,
        "label-fill": colours.accent if on_accent else colours.background,
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
    return font_faces + root_variables(style) + _page(style) + _page_rules()
