"""The pictures of a Word file as files easyread can use, checked against the build's limits.

PNG, JPEG and SVG are kept as they are (after the same safety checks a build makes); GIF,
BMP and TIFF become PNG; Windows metafiles (EMF, WMF) are converted by LibreOffice when it
is installed, and otherwise reported so the group can replace them.
"""

from __future__ import annotations

import hashlib
import io
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from easyread.errors import SourceError
from easyread.importers.draft import DraftPicture
from easyread.importers.libreoffice import ConversionError, convert
from easyread.location import Location
from easyread.pictures.safety import PictureError, check_raster, clean_svg

__all__ = ["SavedPicture", "prepare_pictures"]

_KEEP = {"png": "png", "jpeg": "jpg", "jpg": "jpg", "svg": "svg"}
_TO_PNG = {"gif", "bmp", "tif", "tiff"}
_METAFILE = {"emf", "wmf"}


@dataclass(frozen=True, slots=True)
class SavedPicture:
    """A picture ready to write: its file name in the pictures folder and its bytes."""

    name: str
    data: bytes


def prepare_pictures(
    pictures: list[DraftPicture], blobs: dict[str, bytes], source: str
) -> tuple[dict[str, SavedPicture], dict[str, str]]:
    """Files for each picture part in `pictures`, and why any part could not be used.

    `blobs` maps part names to their bytes. A picture over the build's limits raises
    :class:`SourceError` at `source`.
    """
    saved: dict[str, SavedPicture] = {}
    problems: dict[str, str] = {}
    seen: dict[str, SavedPicture] = {}
    for picture in pictures:
        if picture.part in saved or picture.part in problems:
            continue
        data = blobs.get(picture.part)
        if data is None:
            problems[picture.part] = "the picture is missing from the Word file"
            continue
        extension = picture.part.rsplit(".", 1)[-1].lower()
        try:
            kind, usable = _usable(extension, data)
        except PictureError as exc:
            raise SourceError(f"the picture {_label(picture)} cannot be used: {exc}",
                              Location(source, 1, 1),
                              "make the picture smaller or replace it in Word, then try "
                              "again") from None
        except ConversionError as exc:
            problems[picture.part] = (f"the picture {_label(picture)} is a Windows metafile "
                                      f"({extension.upper()}) that could not be converted: {exc}; "
                                      "save it as PNG and add it to this row")
            continue
        if kind is None:
            problems[picture.part] = (f"the picture {_label(picture)} is a {extension.upper()} "
                                      "file, which easyread cannot show: save it as PNG or JPEG "
                                      "and add it to this row")
            continue
        digest = hashlib.sha256(usable).hexdigest()
        if digest in seen:  # the same picture used twice is saved once
            saved[picture.part] = seen[digest]
            continue
        name = f"{len(seen) + 1:02d}-{_slug(picture.alt)}.{kind}"
        saved[picture.part] = seen[digest] = SavedPicture(name, usable)
    return saved, problems


def _usable(extension: str, data: bytes) -> tuple[str | None, bytes]:
    """The file type and bytes to save for a picture part, or (None, b"") if unusable."""
    if extension in ("svg",):
        return "svg", clean_svg(data)
    if extension in _KEEP:
        check_raster(data)
        return _KEEP[extension], data
    if extension in _TO_PNG:
        return "png", _to_png(data)
    if extension in _METAFILE:
        with tempfile.TemporaryDirectory(prefix="easyread-pic-") as folder:
            source = Path(folder) / f"picture.{extension}"
            source.write_bytes(data)
            out = Path(folder) / "out"
            out.mkdir()
            png = convert(source, "png", out).read_bytes()
        check_raster(png)
        return "png", _trim(png)
    return None, b""


def _to_png(data: bytes) -> bytes:
    check_raster(data)  # whole and not too big, before it is decoded
    from PIL import Image

    try:
        with Image.open(io.BytesIO(data)) as image:
            out = io.BytesIO()
            image.convert("RGBA").save(out, "PNG")
    except (OSError, SyntaxError, ValueError) as exc:
        raise PictureError(f"the picture file is damaged ({exc})") from None
    return out.getvalue()


def _trim(png: bytes) -> bytes:
    """`png` without the white page LibreOffice draws a metafile on."""
    from PIL import Image, ImageChops

    with Image.open(io.BytesIO(png)) as image:
        rgb = image.convert("RGB")
        box = ImageChops.difference(rgb, Image.new("RGB", rgb.size, "white")).getbbox()
        if box is None or box == (0, 0, *rgb.size):
            return png
        out = io.BytesIO()
        image.crop(box).save(out, "PNG")
    return out.getvalue()


def _label(picture: DraftPicture) -> str:
    name = picture.part.rsplit("/", 1)[-1]
    return f'"{picture.alt}" ({name})' if picture.alt else name


def _slug(alt: str) -> str:
    words = re.findall(r"[a-z0-9]+", alt.lower())[:6]
    return "-".join(words) or "picture"
