"""Atkinson Hyperlegible inlined as @font-face rules, so the page looks the same on every device.

Regular and Bold add about 146 KB of base64: less than one photo, and most devices do not
have the font, which the booklet chose because its letters are hard to confuse.
"""

from __future__ import annotations

import base64
from functools import cache
from typing import Literal

from easyread.writers.bundled_font import FAMILY, font_file

__all__ = ["BUNDLED_FONT", "font_faces"]

BUNDLED_FONT = FAMILY

_FILES: tuple[tuple[Literal["Regular", "Bold"], int], ...] = (("Regular", 400), ("Bold", 700))
_NOTICE = (
    "/* Atkinson Hyperlegible: Copyright 2020 Braille Institute of America, Inc.\n"
    "   Licensed under the SIL Open Font License, Version 1.1 (https://openfontlicense.org). */\n"
)


@cache
def _font_data(weight_name: Literal["Regular", "Bold"]) -> bytes:
    return font_file(weight_name).read_bytes()


def font_faces(font: str) -> str | None:
    """@font-face rules embedding `font`, or None when it is not the bundled font or is missing."""
    if font != BUNDLED_FONT:
        return None
    rules = [_NOTICE]
    for weight_name, weight in _FILES:
        try:
            data = _font_data(weight_name)
        except (ModuleNotFoundError, OSError):
            return None
        encoded = base64.b64encode(data).decode("ascii")
        rules.append(
            "@font-face {\n"
            f'  font-family: "{BUNDLED_FONT}";\n'
            "  font-style: normal;\n"
            f"  font-weight: {weight};\n"
            "  font-display: swap;\n"
            f'  src: url("data:font/ttf;base64,{encoded}") format("truetype");\n'
            "}\n"
        )
    return "".join(rules)
