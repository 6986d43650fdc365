"""Atkinson Hyperlegible inlined as @font-face rules, so the page looks the same on every device.

Regular and Bold add about 146 KB of base64: less than one photo, and most devices do not
have the font, which the booklet chose because its letters are hard to confuse.
"""

from __future__ import annotations

import base64

from easyread.writers.bundled_font import FAMILY, WEIGHTS, font_bytes, licence_comment

__all__ = ["BUNDLED_FONT", "font_faces"]

BUNDLED_FONT = FAMILY


def font_faces(font: str) -> str | None:
    """@font-face rules embedding `font`, or None when it is not the bundled font or is missing."""
    if font != BUNDLED_FONT:
        return None
    rules = [licence_comment("\n   ")]
    for weight_name, weight in WEIGHTS:
        try:
            data = font_bytes(weight_name)
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
