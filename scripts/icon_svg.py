"""Make a picture set's SVG safe and small, and fit its viewBox to the drawing."""

from __future__ import annotations

import hashlib
import io
import re
import xml.etree.ElementTree as ET

SVG_NS = "http://www.w3.org/2000/svg"
ELEMENTS = {"svg", "g", "path", "circle", "ellipse", "line", "polyline", "polygon", "rect",
            "defs", "clipPath", "linearGradient", "radialGradient", "stop"}
ATTRIBUTES = {"viewBox", "d", "fill", "stroke", "stroke-width", "stroke-linecap",
              "stroke-linejoin", "stroke-miterlimit", "stroke-dasharray", "cx", "cy", "r",
              "rx", "ry", "x", "y", "x1", "y1", "x2", "y2", "width", "height", "points",
              "transform", "fill-rule", "clip-rule", "opacity", "fill-opacity",
              "stroke-opacity", "clip-path", "offset", "stop-color", "stop-opacity",
              "gradientUnits", "gradientTransform", "paint-order", "id"}
GEOMETRY = {"d", "points", "cx", "cy", "r", "rx", "ry", "x", "y", "x1", "y1",
            "x2", "y2", "width", "height", "stroke-width"}
STROKE_ONLY = {"stroke-width", "stroke-linecap", "stroke-linejoin", "stroke-miterlimit",
               "stroke-dasharray", "stroke-opacity"}
NUMBER = re.compile(r"-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
LOCAL_URL = re.compile(r"^url\(#[\w.-]+\)$")


def short_numbers(value: str, decimals: int = 3) -> str:
    """`value` with every number rounded to `decimals` places and written briefly."""
    out = ""
    last = 0
    for match in NUMBER.finditer(value):
        out += value[last:match.start()]
        text = f"{float(match.group()):.{decimals}f}"
        if "." in text:
            text = text.rstrip("0").rstrip(".")
        if text in ("-0", ""):
            text = "0"
        if text.startswith(("0.", "-0.")):
            text = text.replace("0.", ".", 1)
        # Two numbers side by side need a space once a leading zero or a "." is gone.
        if (out[-1:].isdigit() or out[-1:] == ".") and (text[0].isdigit() or text[0] == "."):
            text = " " + text
        out += text
        last = match.end()
    return out + value[last:]


def sanitise_svg(text: str, colour: str = "#000000", decimals: int = 3) -> str:
    """A safe, compact copy of an SVG: known shapes and attributes only, no scripts or links.
    Numbers keep `decimals` places: 3 for a 72-unit drawing, 1 for Mulberry's 850 units."""
    root = ET.fromstring(text)
    if root.tag != f"{{{SVG_NS}}}svg":
        raise ValueError("Not an SVG file")
    referenced = set(re.findall(r"url\(#([\w.-]+)\)", text))
    classes = _class_rules(root)

    def clean(element: ET.Element) -> ET.Element | None:
        tag = element.tag.removeprefix(f"{{{SVG_NS}}}")
        if tag not in ELEMENTS:
            return None
        out = ET.Element(tag)
        attrs = {**dict(element.attrib), **_styles(element, classes)}
        if attrs.get("stroke") == "none":
            for name in STROKE_ONLY:
                attrs.pop(name, None)
        for name, value in attrs.items():
            if name not in ATTRIBUTES or (name == "id" and value not in referenced):
                continue
            if name in ("width", "height") and tag == "svg":
                continue  # the viewBox gives the shape; the writer gives the size
            if "url(" in value and not LOCAL_URL.match(value):
                continue
            if value == "currentColor":
                value = colour
            if name in GEOMETRY:
                value = short_numbers(value, decimals)
            out.set(name, value)
        for child in element:
            kept = clean(child)
            if kept is None:
                continue
            if kept.tag == "g" and not kept.attrib:
                out.extend(kept)  # a bare group adds nothing: lift its children
            else:
                out.append(kept)
        if tag == "g" and not len(out):
            return None
        return out

    cleaned = clean(root)
    assert cleaned is not None
    if "viewBox" not in cleaned.attrib:
        width, height = root.get("width", "72"), root.get("height", "72")
        cleaned.set("viewBox", f"0 0 {width} {height}")
    cleaned.set("xmlns", SVG_NS)
    return ET.tostring(cleaned, encoding="unicode").replace(" />", "/>")


FIT_PX = 400
"""Width the drawing is rendered at to find its edges: a pixel is 0.25% of the picture."""


FITTED: dict[str, str] = {}
"""viewBoxes found before, by a hash of the SVG and margin: build_icons.py keeps them in its
cache folder, so a rebuild draws only the pictures that changed."""


def fit_viewbox(svg: str, margin: float = 0.01) -> str:
    """`svg` with a square viewBox around its visible drawing (plus `margin` of the side), so
    the drawing, not the set's empty border, fills the picture box. Uses resvg, as the
    library does to draw pictures, so strokes and transforms count exactly."""
    match = re.search(r'viewBox="([^"]+)"', svg)
    if match is None:
        return svg
    key = hashlib.sha256(f"{margin}|{svg}".encode()).hexdigest()
    view = FITTED.get(key)
    if view is None:
        view = FITTED[key] = _fitted_view(svg, match.group(1), margin)
    return svg[:match.start(1)] + view + svg[match.end(1):]


def _fitted_view(svg: str, viewbox: str, margin: float) -> str:
    import resvg_py
    from PIL import Image
    x, y, width, _height = (float(v) for v in viewbox.replace(",", " ").split())
    png = bytes(resvg_py.svg_to_bytes(svg_string=svg, width=FIT_PX))
    with Image.open(io.BytesIO(png)) as image:
        box = image.getchannel("A").point(lambda a: 255 if a > 8 else 0).getbbox()
        px_width = image.width
    if box is None:
        return viewbox  # nothing visible: leave it for the tests to catch
    unit = width / px_width
    left, top = x + box[0] * unit, y + box[1] * unit
    right, bottom = x + box[2] * unit, y + box[3] * unit
    side = max(right - left, bottom - top)
    side += 2 * margin * side
    centre_x, centre_y = (left + right) / 2, (top + bottom) / 2
    decimals = 1 if side > 100 else 3
    numbers = (centre_x - side / 2, centre_y - side / 2, side, side)
    return " ".join(short_numbers(f"{n:.{decimals}f}", decimals).strip() for n in numbers)


_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")


def _declarations(text: str) -> dict[str, str]:
    pairs = (part.split(":", 1) for part in text.split(";") if ":" in part)
    return {name.strip(): value.strip() for name, value in pairs}


def _class_rules(root: ET.Element) -> dict[str, dict[str, str]]:
    """`.name{fill:...}` rules of the SVG's <style> sheets, by class name. Only plain class
    selectors are read: that is all the sets we bundle use."""
    rules: dict[str, dict[str, str]] = {}
    for style in root.iter(f"{{{SVG_NS}}}style"):
        for selectors, body in _RULE.findall(style.text or ""):
            for selector in selectors.split(","):
                selector = selector.strip()
                if re.fullmatch(r"\.[\w-]+", selector):
                    rules.setdefault(selector[1:], {}).update(_declarations(body))
    return rules


def _styles(element: ET.Element, classes: dict[str, dict[str, str]]) -> dict[str, str]:
    """The element's class rules and style="..." as plain attributes (CSS wins over them)."""
    found: dict[str, str] = {}
    for name in element.get("class", "").split():
        found.update(classes.get(name, {}))
    found.update(_declarations(element.get("style", "")))
    return found
