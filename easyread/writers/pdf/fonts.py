"""Find, register and measure the fonts of a PDF booklet, with a per-character fallback.

The booklet's font comes from the Style. Atkinson Hyperlegible ships as a Python package;
other names are looked up with fontconfig. Characters the font lacks are drawn in DejaVu Sans
when it has them; characters neither font has are left out and reported.
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from easyread.errors import Diagnostic, Reporter
from easyread.location import Location
from easyread.writers.bundled_font import FAMILY, font_file

__all__ = ["DEFAULT_FONT", "FALLBACK_FONT", "Fonts", "load_fonts"]

DEFAULT_FONT = FAMILY
FALLBACK_FONT = "DejaVu Sans"


@dataclass(frozen=True, slots=True)
class Face:
    """One registered TrueType face: its reportlab name and the characters it has."""

    name: str
    family: str
    path: Path
    chars: frozenset[int]
    cap_height: float
    """Height of capital letters as a fraction of the font size."""
    text_chars: frozenset[str] = frozenset()
    """The same characters as text, so whole strings can be tested at once."""


@dataclass(slots=True)
class Fonts:
    """The regular and bold faces of the booklet font, and of the fallback font if found."""

    regular: Face
    bold: Face
    fallback_family: str | None = FALLBACK_FONT
    """Looked up only when a character is missing: most booklets never need it."""
    _spare: tuple[Face, Face] | None = None
    _spare_looked_up: bool = False
    _widths: dict[tuple[str, bool, float], float] = field(default_factory=dict)

    @property
    def fallback(self) -> Face | None:
        """The regular face of the fallback font, or None if it is not installed."""
        spare = self._fallback_faces()
        return spare[0] if spare else None

    @property
    def fallback_bold(self) -> Face | None:
        """The bold face of the fallback font, or None if it is not installed."""
        spare = self._fallback_faces()
        return spare[1] if spare else None

    def _fallback_faces(self) -> tuple[Face, Face] | None:
        if not self._spare_looked_up:
            self._spare_looked_up = True
            if self.fallback_family is not None:
                self._spare = _system(self.fallback_family)
        return self._spare

    @property
    def cap_height(self) -> float:
        """Height of capital letters as a fraction of the font size."""
        return self.regular.cap_height

    @property
    def family(self) -> str:
        """The family name of the booklet font."""
        return self.regular.family

    def segments(self, text: str, bold: bool = False) -> list[tuple[str, str]]:
        """Split `text` into (font name, text) pieces, each drawn in a face that has its glyphs.

        Characters no face has are dropped; :meth:`missing` names them for a diagnostic.
        """
        main = self.bold if bold else self.regular
        if main.text_chars.issuperset(text):
            return [(main.name, text)] if text else []  # the usual case: the font has them all
        pieces: list[tuple[str, str]] = []
        for char in text:
            code = ord(char)
            if code in main.chars or char == " ":
                face = main
            else:
                spare = self.fallback_bold if bold else self.fallback
                if spare is None or code not in spare.chars:
                    continue
                face = spare
            if pieces and pieces[-1][0] == face.name:
                pieces[-1] = (face.name, pieces[-1][1] + char)
            else:
                pieces.append((face.name, char))
        return pieces

    def width(self, text: str, bold: bool, size: float) -> float:
        """The width of `text` in pt at `size`, cached because wrapping asks often."""
        key = (text, bold, size)
        found = self._widths.get(key)
        if found is None:
            found = sum(
                pdfmetrics.stringWidth(part, name, size) for name, part in self.segments(text, bold)
            )
            self._widths[key] = found
        return found

    def missing(self, text: str) -> tuple[list[str], list[str]]:
        """Characters of `text` the booklet font lacks: (shown in the fallback, left out)."""
        borrowed: list[str] = []
        lost: list[str] = []
        for char in dict.fromkeys(text):
            code = ord(char)
            if code in self.regular.chars or code in self.bold.chars or not char.isprintable():
                continue
            if self.fallback is not None and code in self.fallback.chars:
                borrowed.append(char)
            else:
                lost.append(char)
        return borrowed, lost


@cache
def _face(path: Path, family: str) -> Face:
    """Register the TrueType file at `path` once per process, under a stable name."""
    name = "ER-" + path.stem
    font = TTFont(name, str(path))
    if "fvar" in font.face.table:
        raise TTFError(f"{path.name} is a variable font")
    pdfmetrics.registerFont(font)
    cap = float(font.face.capHeight or 700) / 1000
    chars = frozenset(font.face.charToGlyph)
    return Face(name, family, path, chars, cap, frozenset(map(chr, chars)) | {" "})


def _atkinson() -> tuple[Face, Face]:
    return (_face(font_file("Regular"), DEFAULT_FONT), _face(font_file("Bold"), DEFAULT_FONT))


def _fc_match(family: str, bold: bool) -> Path | None:
    """The static TrueType file fontconfig gives for `family`, or None if it is another family."""
    if shutil.which("fc-match") is None:
        return None
    pattern = f"{family}:style={'Bold' if bold else 'Regular'}"
    try:
        done = subprocess.run(
            ["fc-match", "-f", "%{file}\n%{family}", pattern],
            capture_output=True, text=True, check=True, timeout=20,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    file, _, families = done.stdout.partition("\n")
    names = {name.strip().casefold() for name in families.split(",")}
    path = Path(file.strip())
    if family.casefold() not in names or path.suffix.lower() != ".ttf" or not path.is_file():
        return None
    return path


def _system(family: str) -> tuple[Face, Face] | None:
    regular_path = _fc_match(family, bold=False)
    if regular_path is None:
        return None
    bold_path = _fc_match(family, bold=True) or regular_path
    try:
        regular = _face(regular_path, family)
        bold = _face(bold_path, family)
    except (TTFError, OSError):
        return None
    return regular, bold


def load_fonts(family: str, loc: Location, report: Reporter) -> Fonts:
    """Register `family` (falling back to Atkinson Hyperlegible, with a diagnostic).

    DejaVu Sans, for characters the font lacks, is found and registered on first need.
    """
    found = None if family.casefold() == DEFAULT_FONT.casefold() else _system(family)
    if found is None:
        if family.casefold() != DEFAULT_FONT.casefold():
            report(Diagnostic(
                f"the font {family!r} was not found as a TrueType file on this computer, "
                f"so the PDF uses {DEFAULT_FONT}",
                loc,
                "install the font, or choose another one under style: font",
            ))
        found = _atkinson()
    regular, bold = found
    return Fonts(regular=regular, bold=bold)
