"""Rendered copies of pictures for writers, made once per picture per build.

Writers ask a :class:`PictureRenderer` for SVG text or PNG bytes; they never open
picture files themselves. PNGs made from SVG also go in a cache folder on disk
(see :mod:`easyread.cache`), because groups rebuild the same booklet many times an hour
and each picture takes about 25 ms to draw at print resolution.
"""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

from easyread.cache import cache_folder, store
from easyread.model import Picture
from easyread.pictures.safety import clean_svg

TYPE_CHECKING = False  # as in easyread/__init__.py
if TYPE_CHECKING:
    from PIL import Image

__all__ = ["PictureRenderer", "upright"]

_ORIENTATION = 0x0112
"""The EXIF tag a phone sets when it stores a photo turned on its side."""


class PictureRenderer:
    """Caches the bytes of each picture a build uses. Make one per build."""

    def __init__(self, cache_dir: Path | None = None) -> None:
        self.cache_dir = cache_dir if cache_dir is not None else cache_folder("png")
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

    def _make_png(self, picture: Picture, width_px: int) -> bytes:
        if picture.format == "svg":
            return self._svg_png(self.svg(picture) or b"", width_px)
        from PIL import Image

        with Image.open(io.BytesIO(self.raw(picture))) as opened:
            opened.draft("RGB", (width_px, width_px * 4))  # JPEG: decode at reduced size
            opened.load()
            image: Image.Image = upright(opened)
            if image.width > width_px:
                height = max(1, round(image.height * width_px / image.width))
                image = image.resize((width_px, height), Image.Resampling.LANCZOS)
            if image.mode not in ("RGB", "RGBA", "L", "LA"):
                image = image.convert("RGBA")
            out = io.BytesIO()
            image.save(out, format="PNG", optimize=False)
            return out.getvalue()

    def _svg_png(self, svg: bytes, width_px: int) -> bytes:
        import resvg_py

        key = hashlib.sha256(svg + f"|{width_px}|{resvg_py.__version__}".encode()).hexdigest()
        cached = self.cache_dir / f"{key}.png" if self.cache_dir else None
        if cached is not None:
            try:
                return cached.read_bytes()
            except OSError:
                pass
        # skip_system_fonts: icons carry no text worth a font scan; it also keeps renders fast.
        data = bytes(resvg_py.svg_to_bytes(svg_string=svg.decode("utf-8"), width=width_px,
                                           skip_system_fonts=True))
        if cached is not None:
            store(cached, data)
        return data


def upright(image: Image.Image) -> Image.Image:
    """`image` turned the way its camera was held (its EXIF orientation), or `image` itself.

    Phones store a photo taken upright as a sideways picture plus an orientation tag; only
    picture viewers read the tag, so every format would show the photo on its side.
    """
    from PIL import ImageOps

    if image.getexif().get(_ORIENTATION, 1) in (0, 1):
        return image
    return ImageOps.exif_transpose(image)
