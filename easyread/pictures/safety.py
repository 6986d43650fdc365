"""Make pictures from anywhere safe to draw: no file or network access, no memory bombs.

SVG is XML, so a hostile file could name external entities, expand entities into gigabytes,
or point ``href`` at local files and web addresses. :func:`clean_svg` parses with every such
feature off and keeps only what draws. Raster pictures are checked by their header before
any pixels are decoded.
"""

from __future__ import annotations

import io
import re

from lxml import etree

__all__ = ["MAX_PIXELS", "PictureError", "check_raster", "clean_svg"]

MAX_PIXELS = 40_000_000
"""Largest raster picture accepted (40 megapixels: bigger than any phone photo)."""

MAX_SVG_BYTES = 5_000_000

SVG_NS = "http://www.w3.org/2000/svg"
_DROP = {"script", "foreignObject", "iframe", "object", "embed", "audio", "video", "animate",
         "set", "animateMotion", "animateTransform", "handler", "listener"}
_EXTERNAL_URL = re.compile(r"url\(\s*['\"]?(?!#)[^)]*\)", re.I)
_IMPORT = re.compile(r"@import[^;]*;?", re.I)


class PictureError(ValueError):
    """A picture file that cannot be used safely; the message says why in plain words."""


def clean_svg(data: bytes) -> bytes:
    """Return `data` as a safe SVG document, or raise :class:`PictureError`."""
    if len(data) > MAX_SVG_BYTES:
        raise PictureError("the SVG file is too big (over 5 MB)")
    head = data[:4096].upper()
    if b"<!ENTITY" in data.upper() or (b"<!DOCTYPE" in head and b"[" in head):
        raise PictureError("the SVG file defines its own entities, which is not allowed")
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                             huge_tree=False, remove_comments=True, remove_pis=True)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise PictureError(f"the SVG file is broken: {exc.msg}") from None
    if root is None or etree.QName(root).localname != "svg":
        raise PictureError("the file is not an SVG picture")
    for element in list(root.iter()):
        if not isinstance(element.tag, str):
            continue
        local = etree.QName(element).localname
        if local in _DROP:
            parent = element.getparent()
            if parent is not None:
                parent.remove(element)
            continue
        for name in list(element.attrib):
            attr = etree.QName(name).localname
            value = element.attrib[name]
            outside = attr == "href" and not value.startswith(("#", "data:image/"))
            if attr.lower().startswith("on") or outside:
                del element.attrib[name]
            elif attr == "style":
                element.attrib[name] = _EXTERNAL_URL.sub("none", value)
        if local == "style" and element.text:
            element.text = _IMPORT.sub("", _EXTERNAL_URL.sub("none", element.text))
    return bytes(etree.tostring(root, xml_declaration=False, encoding="utf-8"))


def check_raster(data: bytes) -> tuple[int, int]:
    """Check a PNG or JPEG is whole and not too big; return its size in pixels."""
    from PIL import Image  # only photos need it: most booklets use vector pictures only

    try:
        with Image.open(io.BytesIO(data)) as image:
            width, height = image.size
            if width * height > MAX_PIXELS:
                raise PictureError(
                    f"the picture is too big ({width} x {height} pixels); make it smaller "
                    "than 40 megapixels"
                )
            image.verify()
    except PictureError:
        raise
    except Image.DecompressionBombError:
        raise PictureError("the picture is too big to open safely") from None
    except (OSError, SyntaxError, ValueError) as exc:
        raise PictureError(f"the picture file is damaged or cut short ({exc})") from None
    return width, height
