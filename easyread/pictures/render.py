"""Rendered copies of pictures for writers, made once per picture per build.

Writers ask a :class:`PictureRenderer` for SVG text or PNG bytes; they never open
picture files themselves.
"""

from __future__ import annotations

import io
from pathlib import Path

from easyread.model import Picture
from easyread.pictures.safety import clean_svg

__all__ = ["PictureRenderer"]


class PictureRenderer:
    """Caches the bytes of each picture a build uses. Make one per build."""

    def __init__(self) -> None:
        self._raw: dict[Path, bytes] = {}
        self._png: dict[tuple[Path, int], bytes] = {}
        self._svg: dict[Path, bytes] = {}

    def raw(self, picture: Picture) -> bytes:
        """The file's bytes."""
        data = self._raw.get(picture.path)
        if data is None:
            data = self._raw[picture.path] = picture.path.read_bytes()
        return data

    def svg(self, picture: Picture) -> bytes | None:
        """The cleaned SVG of a vector picture (safe to hand to any renderer), or None."""
        if picture.format != "svg":
            return None
        data = self._svg.get(picture.path)
        if data is None:
            data = self._svg[picture.path] = clean_svg(self.raw(picture))
        return data

    def png(self, picture: Picture, width_px: int) -> bytes:
        """A PNG of the picture `width_px` wide (height keeps the aspect ratio)."""
        key = (picture.path, width_px)
        data = self._png.get(key)
        if data is None:
            data = self._png[key] = self._make_png(picture, width_px)
        return data

    def aspect(self, picture: Picture) -> float:
        """Height divided by width."""
        from PIL import Image  # only here and for photos: checking and HTML never need it

        with Image.open(io.BytesIO(self.png(picture, 64))) as image:
            return image.height / image.width

    def _make_png(self, picture: Picture, width_px: int) -> bytes:
        if picture.format == "svg":
            import resvg_py

            svg = self.svg(picture) or b""
            # skip_system_fonts: icons carry no text worth a font scan; it also keeps renders fast.
            return bytes(resvg_py.svg_to_bytes(svg_string=svg.decode("utf-8"), width=width_px,
                                               skip_system_fonts=True))
        from PIL import Image

        with Image.open(io.BytesIO(self.raw(picture))) as image:
            image.draft("RGB", (width_px, width_px * 4))  # JPEG: decode at reduced size
            image.load()
            if image.width > width_px:
                height = max(1, round(image.height * width_px / image.width))
                image = image.resize((width_px, height), Image.Resampling.LANCZOS)
            if image.mode not in ("RGB", "RGBA", "L", "LA"):
                image = image.convert("RGBA")
            out = io.BytesIO()
            image.save(out, format="PNG", optimize=False)
            return out.getvalue()
