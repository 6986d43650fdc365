"""Rebuild icons/ (SVG files, index.json, LICENSES/) from pinned npm tarballs of the picture sets.

Run it from the repository root:  python scripts/build_icons.py [--cache DIR] [--out icons]

No Node is needed: the npm registry is read over HTTPS, each tarball is checked against the
sha512 integrity hash pinned below, and only the pictures named in scripts/icon_allowlist.py
are copied, sanitised and minified.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import io
import json
import re
import sys
import tarfile
import urllib.request
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from icon_allowlist import ENTRIES

REGISTRY = "https://registry.npmjs.org"


@dataclass(frozen=True)
class Pin:
    """One npm package at a fixed version with the integrity hash npm publishes for it."""

    package: str
    version: str
    integrity: str


PINS = {
    "om": Pin("openmoji", "17.0.0",
              "sha512-EBnYrNGdcdw+OSXmENeNE1yBNRu6tOraTmoOyUbJkTmvT/+XETp8RZLSJFzD3lrPc5N9CzsyPnRTk0Vp4UaI9w=="),
    "hi": Pin("healthicons", "2.0.0",
              "sha512-fl2Ja5CUwtWqdHf5Q0/V7OEGGQjTHlMrDZy0bwgE5ZvYnVwR51WLlLonl4NY6+7urEJchCnWUJglTUEEUS1dhg=="),
}

SETS = {
    "om": {
        "name": "OpenMoji",
        "licence": "CC BY-SA 4.0",
        "url": "https://openmoji.org",
        "attribution": "All emojis designed by OpenMoji \u2013 the open-source emoji and icon "
                       "project. License: CC BY-SA 4.0",
        "licence_file": "LICENSES/OpenMoji-CC-BY-SA-4.0.txt",
        "package_licence": "package/LICENSE.txt",
    },
    "hi": {
        "name": "Health Icons",
        "licence": "MIT",
        "url": "https://healthicons.org",
        "attribution": "Health Icons by Resolve to Save Lives, MIT License",
        "licence_file": "LICENSES/HealthIcons-MIT.txt",
        "package_licence": "package/LICENSE",
    },
}


class IntegrityError(ValueError):
    """A downloaded file does not match its pinned hash."""


def verify_integrity(data: bytes, integrity: str) -> None:
    """Raise IntegrityError unless `data` matches the npm-style `integrity` ("sha512-<base64>")."""
    algorithm, _, expected = integrity.partition("-")
    if algorithm != "sha512" or not expected:
        raise IntegrityError(f"Unsupported integrity value: {integrity!r}")
    actual = base64.b64encode(hashlib.sha512(data).digest()).decode("ascii")
    if actual != expected:
        raise IntegrityError(f"Hash mismatch: expected sha512-{expected}, got sha512-{actual}")


def fetch_tarball(pin: Pin, cache: Path) -> bytes:
    """The package tarball, from `cache` or the npm registry, checked against the pin."""
    cached = cache / f"{pin.package}-{pin.version}.tgz"
    if cached.is_file():
        data = cached.read_bytes()
    else:
        with urllib.request.urlopen(f"{REGISTRY}/{pin.package}/{pin.version}", timeout=60) as r:
            meta = json.load(r)
        if meta["dist"]["integrity"] != pin.integrity:
            raise IntegrityError(f"The registry lists a different hash for {pin.package}")
        with urllib.request.urlopen(meta["dist"]["tarball"], timeout=300) as r:
            data = r.read()
    verify_integrity(data, pin.integrity)
    cache.mkdir(parents=True, exist_ok=True)
    cached.write_bytes(data)
    return data


# --- SVG sanitising ------------------------------------------------------------------------

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


def short_numbers(value: str) -> str:
    """`value` with every number rounded to three decimals and written briefly."""
    out = ""
    last = 0
    for match in NUMBER.finditer(value):
        out += value[last:match.start()]
        text = f"{float(match.group()):.3f}".rstrip("0").rstrip(".")
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


def sanitise_svg(text: str, colour: str = "#000000") -> str:
    """A safe, compact copy of an SVG: known shapes and attributes only, no scripts or links."""
    root = ET.fromstring(text)
    if root.tag != f"{{{SVG_NS}}}svg":
        raise ValueError("Not an SVG file")
    referenced = set(re.findall(r"url\(#([\w.-]+)\)", text))

    def clean(element: ET.Element) -> ET.Element | None:
        tag = element.tag.removeprefix(f"{{{SVG_NS}}}")
        if tag not in ELEMENTS:
            return None
        out = ET.Element(tag)
        attrs = dict(element.attrib)
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
                value = short_numbers(value)
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


# --- building ------------------------------------------------------------------------------

def _members(data: bytes) -> dict[str, bytes]:
    with tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as tar:
        return {m.name: tar.extractfile(m).read()  # type: ignore[union-attr]
                for m in tar.getmembers() if m.isfile()}


def _source_tags(kind: str, meta: dict[str, object]) -> list[str]:
    if kind == "om":
        parts = [meta["annotation"], meta["tags"], meta["openmoji_tags"]]
        words = ",".join(str(p) for p in parts if p).split(",")
    else:
        words = [str(meta["title"]), *(str(t) for t in meta["tags"])]  # type: ignore[attr-defined]
    tags: list[str] = []
    for word in words:
        word = word.strip().lower()
        if word and ":" not in word and word not in tags:
            tags.append(word)
    return tags


def build(out: Path, cache: Path) -> dict[str, object]:
    """Write the allowlisted pictures, index.json and licence texts into `out`."""
    files = {kind: _members(fetch_tarball(pin, cache)) for kind, pin in PINS.items()}
    openmoji = {m["hexcode"]: m for m in json.loads(files["om"]["package/data/openmoji.json"])}
    health = {m["path"]: m for m in json.loads(
        files["hi"]["package/public/icons/meta-data.json"])}
    out.mkdir(parents=True, exist_ok=True)
    (out / "LICENSES").mkdir(exist_ok=True)
    pictures, written = [], set()
    for name, source, alt, aliases, keywords in ENTRIES:
        kind, _, ident = source.partition(":")
        if kind == "om":
            meta, member = openmoji[ident], f"package/color/svg/{ident}.svg"
        else:
            meta, member = health[ident], f"package/public/icons/svg/filled/{ident}.svg"
        svg = sanitise_svg(files[kind][member].decode("utf-8"))
        filename = f"{name}.svg"
        (out / filename).write_text(svg, encoding="utf-8")
        written.add(filename)
        own = {name, *aliases.split(), *keywords.split()}
        pictures.append({
            "name": name,
            "file": filename,
            "set": kind,
            "alt": alt,
            "aliases": aliases.split(),
            "keywords": keywords.split(),
            "tags": [t for t in _source_tags(kind, meta) if t not in own],
            "source_id": ident,
        })
    for stale in out.glob("*.svg"):
        if stale.name not in written:
            stale.unlink()
    sets = {}
    for kind, info in SETS.items():
        (out / info["licence_file"]).write_bytes(files[kind][info["package_licence"]])
        sets[kind] = {key: info[key] for key in ("name", "licence", "url", "attribution")}
        sets[kind]["licence_file"] = info["licence_file"]
        sets[kind]["package"] = f"{PINS[kind].package}@{PINS[kind].version}"
    index = {"sets": sets, "pictures": pictures}
    (out / "index.json").write_text(
        json.dumps(index, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return index


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    root = Path(__file__).resolve().parents[1]
    parser.add_argument("--out", type=Path, default=root / "icons")
    parser.add_argument("--cache", type=Path, default=Path.home() / ".cache" / "easyread-icons")
    args = parser.parse_args(argv)
    index = build(args.out, args.cache)
    size = sum(p.stat().st_size for p in args.out.glob("*.svg"))
    print(f"Wrote {len(index['pictures'])} pictures ({size / 1024:.0f} KB of SVG) to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
