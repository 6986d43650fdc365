"""The bundled typeface, Atkinson Hyperlegible, from its PyPI package: its files, their bytes
(read once a process), the CSS weight of each and the notice its licence asks for."""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path
from typing import Literal

__all__ = ["FAMILY", "WEIGHTS", "Weight", "font_bytes", "font_file", "licence_comment"]

FAMILY = "Atkinson Hyperlegible"

Weight = Literal["Regular", "Bold"]

WEIGHTS: tuple[tuple[Weight, int], ...] = (("Regular", 400), ("Bold", 700))
"""Each file's weight name with its CSS `font-weight`, regular first."""


def font_file(weight: Weight) -> Path:
    """The TrueType file of the bundled font in `weight`."""
    folder = resources.files("fontpkg_atkinson_hyperlegible").joinpath("files")
    return Path(str(folder.joinpath(f"AtkinsonHyperlegible-{weight}.ttf")))


@cache
def font_bytes(weight: Weight) -> bytes:
    """The bytes of the bundled font in `weight`, read once a process.

    Raises ModuleNotFoundError or OSError when the font package is missing."""
    return font_file(weight).read_bytes()


def licence_comment(separator: str = " ") -> str:
    """The font's copyright and licence as a CSS comment, `separator` between the two."""
    return (f"/* {FAMILY}: Copyright 2020 Braille Institute of America, Inc.{separator}"
            "Licensed under the SIL Open Font License, Version 1.1 "
            "(https://openfontlicense.org). */\n")
