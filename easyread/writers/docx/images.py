"""Pictures in the Word file: each one drawn once as a PNG at its printed size, fitted in its
box, and placed as an inline picture with its description as alt text. A picture that cannot
be drawn leaves its description in a dashed box (easyread.writers.missing)."""

from __future__ import annotations

import struct
from dataclasses import dataclass, field

from easyread.errors import Reporter
from easyread.model import Picture
from easyread.pictures.render import PictureRenderer
from easyread.writers.docx import oxml
from easyread.writers.docx.package import Package
from easyread.writers.docx.styles import EMU_PER_MM
from easyread.writers.missing import missing_picture

__all__ = ["DPI", "Images"]

DPI = 300
"""Resolution of the PNG copies of pictures at their printed size."""


@dataclass
class Images:
    """The booklet's pictures as Word runs, each image added to the package once."""

    package: Package
    pictures: PictureRenderer
    report: Reporter
    accent: str
    """The colour of a missing picture's dashed box."""
    _shape_id: int = 0
    _images: dict[tuple[str, int], tuple[str, int, int]] = field(default_factory=dict)

    def run(self, picture: Picture, box_mm: float) -> str:
        """An inline picture run for `picture`, or its description in a dashed box if it
        cannot be drawn."""
        try:
            rid, width, height = self._image(picture, box_mm)
        except Exception as error:  # any failure to draw degrades to the placeholder
            self.report(missing_picture(picture, error))
            return oxml.boxed_run(picture.alt, self.accent)
        self._shape_id += 1
        return oxml.picture_run(rid, width, height, self._shape_id, picture.alt)

    def _image(self, picture: Picture, box_mm: float) -> tuple[str, int, int]:
        """The relationship id and size in EMU of `picture` fitted in a `box_mm` square."""
        key = (str(picture.path), round(box_mm * 100))
        found = self._images.get(key)
        if found is None:
            # Render at the box's width first: most pictures are square or wide, so this is the
            # only render; a tall picture is rendered again, narrower, to fit the box's height.
            width_mm = box_mm
            png = self.pictures.png(picture, max(1, round(box_mm / 25.4 * DPI)))
            px_width, px_height = _png_size(png)
            if px_height > px_width:
                width_mm = box_mm * px_width / px_height
                png = self.pictures.png(picture, max(1, round(width_mm / 25.4 * DPI)))
                px_width, px_height = _png_size(png)
            rid = self.package.add_image(png)
            width = round(width_mm * EMU_PER_MM)
            height = round(width * px_height / px_width)
            found = self._images[key] = (rid, width, height)
        return found


def _png_size(png: bytes) -> tuple[int, int]:
    """The width and height in pixels of a PNG, from its IHDR chunk."""
    if png[:8] != b"\x89PNG\r\n\x1a\n" or png[12:16] != b"IHDR":
        raise ValueError("the picture was not drawn as a PNG")
    width, height = struct.unpack(">II", png[16:24])
    if not width or not height:
        raise ValueError("the picture has no size")
    return width, height
