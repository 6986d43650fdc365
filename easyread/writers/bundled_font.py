"""Where the bundled typeface's files are: Atkinson Hyperlegible, from its PyPI package."""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Literal

__all__ = ["FAMILY", "font_file"]

FAMILY = "Atkinson Hyperlegible"


def font_file(weight: Literal["Regular", "Bold"]) -> Path:
    """The TrueType file of the bundled font in `weight`."""
    folder = resources.files("fontpkg_atkinson_hyperlegible").joinpath("files")
    return Path(str(folder.joinpath(f"AtkinsonHyperlegible-{weight}.ttf")))
