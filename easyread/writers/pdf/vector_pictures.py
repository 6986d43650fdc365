"""SVG pictures as PDF drawing operators, converted once and kept on disk between builds.

Converting an SVG (svglib, then reportlab's renderer) is the slowest step of a small PDF and
needs the heaviest imports, yet a group rebuilds the same booklet with the same pictures many
times an hour. A converted picture is plain PDF path operators, so it is cached by the SVG's
content. Only pictures drawn with paths and colours are cached: anything that refers to other
PDF resources (text, images, transparency, shadings) is converted again every time.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
from dataclasses import dataclass
from functools import cache
from importlib.util import find_spec
from pathlib import Path
from typing import TYPE_CHECKING

from easyread.cache import cache_folder, store

if TYPE_CHECKING:
    from reportlab.graphics.shapes import Drawing

__all__ = ["VectorPicture", "bounds", "cache_path", "cached", "keep", "plain", "svg_drawing"]

# Path construction, painting, clipping, line style and device colour operators only.
_SAFE_OPERATORS = frozenset({
    "q", "Q", "cm", "w", "J", "j", "M", "d", "ri", "i", "m", "l", "c", "v", "y", "h", "re",
    "S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "n", "W", "W*", "G", "g", "RG", "rg", "K", "k",
})
# reportlab opens every drawing by choosing a font, though icons draw no text; the choice
# names a font resource of one particular PDF, so it is dropped (it draws nothing).
_FONT_SETUP = re.compile(r"BT /F\d+ [\d.]+ Tf [\d.]+ TL ET")
_VERSION = "1"


@dataclass(frozen=True, slots=True)
class VectorPicture:
    """One picture as PDF operators: its size, the box its strokes fit in, and the operators."""

    width: float
    height: float
    bbox: tuple[float, float, float, float]
    operators: tuple[str, ...]


def cache_path(svg: bytes) -> Path | None:
    """The file that keeps the operators drawing `svg`, or None when caching is off."""
    folder = cache_folder("pdf-forms")
    if folder is None:
        return None
    key = hashlib.sha256(_converter_version().encode() + b"\0" + svg).hexdigest()[:40]
    return folder / f"{key}.json"


def cached(path: Path) -> VectorPicture | None:
    """The operators an earlier build kept at `path` (see :func:`cache_path`), or None."""
    try:
        data = json.loads(path.read_bytes())
        bbox = tuple(float(v) for v in data["bbox"])
        operators = tuple(str(line) for line in data["operators"])
        if len(bbox) != 4 or not all(_plain_line(line) for line in operators):
            return None
        return VectorPicture(float(data["width"]), float(data["height"]),
                             (bbox[0], bbox[1], bbox[2], bbox[3]), operators)
    except (OSError, ValueError, KeyError, TypeError):
        return None  # a missing or damaged cache file is converted again


def keep(path: Path, picture: VectorPicture) -> None:
    """Store `picture` at `path` for the next build (skipped when storing fails)."""
    store(path, json.dumps({"width": picture.width, "height": picture.height,
                            "bbox": picture.bbox, "operators": picture.operators},
                           separators=(",", ":")).encode())


def svg_drawing(svg: bytes, base_font: str) -> Drawing:
    """Convert `svg` with svglib; raise ValueError when it has no size."""
    from svglib.svglib import svg2rlg

    drawing = svg2rlg(io.BytesIO(svg))
    if drawing is None or drawing.width <= 0 or drawing.height <= 0:
        raise ValueError("the SVG has no size or could not be read")
    # reportlab graphics start from Helvetica, which would be listed but not embedded.
    drawing.__dict__["initialFontName"] = base_font
    return drawing


def bounds(drawing: Drawing) -> tuple[float, float, float, float]:
    """The form's box: strokes may reach past the drawing's box; a generous box never cuts."""
    low_x, low_y, high_x, high_y = drawing.getBounds()
    margin = max(drawing.width, drawing.height)
    return (min(0, low_x) - margin, min(0, low_y) - margin,
            max(drawing.width, high_x) + margin, max(drawing.height, high_y) + margin)


def plain(operators: list[str]) -> tuple[str, ...] | None:
    """`operators` without font set-up, or None if they draw more than paths and colours."""
    kept = tuple(line for line in operators if not _FONT_SETUP.fullmatch(line))
    return kept if all(_plain_line(line) for line in kept) else None


def _plain_line(line: str) -> bool:
    if "(" in line or "/" in line or "<" in line:
        return False  # strings, resource names and inline data belong to one PDF
    return all(word in _SAFE_OPERATORS for word in line.split() if word[0].isalpha())


@cache
def _converter_version() -> str:
    """Changes whenever the converting libraries change, so stale operators are never used."""
    parts = [_VERSION]
    for name in ("svglib", "reportlab"):
        spec = find_spec(name)
        origin = Path(spec.origin) if spec is not None and spec.origin else None
        try:
            stat = origin.stat() if origin is not None else None
        except OSError:
            stat = None
        parts.append(f"{name}:{stat.st_size}:{stat.st_mtime_ns}" if stat else f"{name}:-")
    return "|".join(parts)
