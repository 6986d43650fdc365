"""Rebuild icons/ (SVG files, index.json, LICENSES/) from the picture sets.

Run it from the repository root:
    python scripts/build_icons.py [--cache DIR] [--out icons] [--mulberry DIR]

Four sets, each in its own folder under icons/:
- mulberry: every Mulberry symbol (a folder copied from the Mulberry repository, see
  --mulberry) except the 6 `rated` ones, plus the easyread team's adaptations in
  pictures-src/mulberry-extra/; pictures-src/mulberry-core.tsv maps core names to symbols.
- openmoji, healthicons: the pictures named in scripts/icon_allowlist.tsv.
- fluent: Fluent Emoji Flat, for every allowlisted OpenMoji emoji that Fluent also draws.
No Node is needed: npm packages are read over HTTPS and checked against pinned sha512 hashes.
Every SVG is sanitised, made smaller and fitted to its drawing (see icon_svg.py).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import icon_mulberry as mulberry
import icon_svg
from icon_sources import PINS, IntegrityError, Pin, fetch_tarball, members, verify_integrity
from icon_svg import (
    ATTRIBUTES,
    ELEMENTS,
    LOCAL_URL,
    fit_viewbox,
    sanitise_svg,
    short_numbers,
)

__all__ = ["ATTRIBUTES", "ELEMENTS", "ENTRIES", "LOCAL_URL", "PINS", "IntegrityError", "Pin",
           "build", "fetch_tarball", "sanitise_svg", "short_numbers", "verify_integrity"]

ROOT = Path(__file__).resolve().parents[1]
ALLOWLIST = Path(__file__).resolve().parent / "icon_allowlist.tsv"
EXTRA = ROOT / "pictures-src"

SETS: dict[str, dict[str, str]] = {
    "mulberry": {
        "name": "Mulberry Symbols",
        "licence": "CC BY-SA 4.0",
        "url": "https://mulberrysymbols.org",
        "attribution": "Mulberry Symbols by Steve Lee and contributors, License: CC BY-SA 4.0",
        "adapted": "Some pictures adapted by the easyread team from Mulberry Symbols, "
                   "License: CC BY-SA 4.0",
        "licence_file": "LICENSES/Mulberry-CC-BY-SA-4.0.txt",
    },
    "openmoji": {
        "name": "OpenMoji",
        "licence": "CC BY-SA 4.0",
        "url": "https://openmoji.org",
        "attribution": "All emojis designed by OpenMoji \u2013 the open-source emoji and icon "
                       "project. License: CC BY-SA 4.0",
        "licence_file": "LICENSES/OpenMoji-CC-BY-SA-4.0.txt",
    },
    "fluent": {
        "name": "Fluent Emoji",
        "licence": "MIT",
        "url": "https://github.com/microsoft/fluentui-emoji",
        "attribution": "Fluent Emoji by Microsoft Corporation, MIT License",
        "licence_file": "LICENSES/FluentEmoji-MIT.txt",
    },
    "healthicons": {
        "name": "Health Icons",
        "licence": "MIT",
        "url": "https://healthicons.org",
        "attribution": "Health Icons by Resolve to Save Lives, MIT License",
        "licence_file": "LICENSES/HealthIcons-MIT.txt",
    },
}

FLUENT_LICENCE = """MIT License

Copyright (c) Microsoft Corporation.

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
"""
"""The package carries no licence file; this is the MIT text of microsoft/fluentui-emoji."""


def read_allowlist(path: Path = ALLOWLIST) -> list[tuple[str, str, str, str, str]]:
    """(name, source, alt, aliases, keywords) for each line of the allowlist data file."""
    entries = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != 5:
            raise ValueError(f"{path}:{number}: expected 5 tab-separated fields")
        entries.append((fields[0], fields[1], fields[2], fields[3], fields[4]))
    return entries


ENTRIES = read_allowlist()


def _hexkey(code: str) -> str:
    """An emoji's code points as one key for every source: lower case, no FE0F."""
    return "-".join(p for p in code.lower().split("-") if p != "fe0f")


def _source_tags(kind: str, meta: dict[str, Any]) -> list[str]:
    if kind == "om":
        parts = [meta["annotation"], meta["tags"], meta["openmoji_tags"]]
        words = ",".join(str(p) for p in parts if p).split(",")
    else:
        words = [str(meta["title"]), *(str(t) for t in meta["tags"])]
    tags: list[str] = []
    for word in words:
        word = word.strip().lower()
        if word and ":" not in word and word not in tags:
            tags.append(word)
    return tags


def _cldr(files: dict[str, bytes]) -> dict[str, dict[str, list[str]]]:
    """French and Spanish CLDR names and keywords of every emoji, by code point key."""
    out: dict[str, dict[str, list[str]]] = {}
    for language in ("fr", "es"):
        for item in json.loads(files[f"package/{language}/data.json"]):
            words = [item.get("label", ""), *item.get("tags", [])]
            out.setdefault(_hexkey(item["hexcode"]), {})[language] = [
                w.lower() for w in dict.fromkeys(words) if w]
    return out


def _entry(name: str, file: str, kind: str, alt: str, aliases: list[str],
           keywords: list[str], tags: list[str], source_id: str,
           languages: dict[str, list[str]] | None = None) -> dict[str, Any]:
    own = {name, *aliases, *keywords}
    entry: dict[str, Any] = {
        "name": name, "file": file, "set": kind, "alt": alt, "aliases": aliases,
        "keywords": keywords, "tags": [t for t in tags if t not in own],
        "source_id": source_id,
    }
    if languages:
        entry["keywords_by_language"] = languages
    return entry


def _write(out: Path, file: str, svg: str, written: set[str]) -> None:
    (out / file).write_text(svg, encoding="utf-8")
    written.add(file)


def build_allowlisted(out: Path, files: dict[str, dict[str, bytes]],
                      written: set[str]) -> list[dict[str, Any]]:
    """The OpenMoji, Health Icons and Fluent pictures named in the allowlist."""
    openmoji = {m["hexcode"]: m for m in json.loads(
        files["openmoji"]["package/data/openmoji.json"])}
    health = {m["path"]: m for m in json.loads(
        files["healthicons"]["package/public/icons/meta-data.json"])}
    fluent = json.loads(files["fluent"]["package/icons.json"])
    fluent_chars = {_hexkey(k): v for k, v in
                    json.loads(files["fluent"]["package/chars.json"]).items()}
    cldr = _cldr(files["emojibase"])
    pictures = []
    fluent_pictures = []
    for name, source, alt, aliases, keywords in ENTRIES:
        kind, _, ident = source.partition(":")
        if kind == "om":
            meta, member = openmoji[ident], f"package/color/svg/{ident}.svg"
            kind_name, languages = "openmoji", cldr.get(_hexkey(ident))
        else:
            meta, member = health[ident], f"package/public/icons/svg/filled/{ident}.svg"
            kind_name, languages = "healthicons", None
        svg = fit_viewbox(sanitise_svg(files[kind_name][member].decode("utf-8")))
        file = f"{kind_name}/{name}.svg"
        _write(out, file, svg, written)
        tags = _source_tags(kind, meta)
        pictures.append(_entry(name, file, kind_name, alt, aliases.split(), keywords.split(),
                               tags, ident, languages))
        icon_name = fluent_chars.get(_hexkey(ident)) if kind == "om" else None
        icon = fluent["icons"].get(icon_name) if icon_name else None
        if icon is None:
            continue
        size = (icon.get("width", fluent.get("width", 32)), icon.get("height",
                                                                    fluent.get("height", 32)))
        raw = (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {size[0]} {size[1]}">'
               f'{icon["body"]}</svg>')
        file = f"fluent/{name}.svg"
        _write(out, file, fit_viewbox(sanitise_svg(raw)), written)
        # The alt text describes OpenMoji's drawing; Fluent draws the same emoji.
        fluent_pictures.append(_entry(name, file, "fluent", alt, aliases.split(),
                                      keywords.split(), tags, icon_name, languages))
    return pictures + fluent_pictures


def build(out: Path, cache: Path, mulberry_dir: Path, extra: Path = EXTRA) -> dict[str, Any]:
    """Write every set's pictures, index.json and licence texts into `out`."""
    from icon_mulberry_index import mulberry_entries

    files = {kind: members(fetch_tarball(pin, cache)) for kind, pin in PINS.items()}
    fitted = cache / "fitted-viewboxes.json"
    if fitted.is_file():
        icon_svg.FITTED.update(json.loads(fitted.read_text(encoding="utf-8")))
    for kind in SETS:
        (out / kind).mkdir(parents=True, exist_ok=True)
    (out / "LICENSES").mkdir(exist_ok=True)
    written: set[str] = set()
    pictures = mulberry_entries(out, mulberry_dir, extra, ENTRIES, written)
    pictures += build_allowlisted(out, files, written)
    for stale in out.glob("**/*.svg"):
        if stale.relative_to(out).as_posix() not in written:
            stale.unlink()
    licences = {
        "mulberry": (mulberry_dir / "LICENSE.txt").read_bytes(),
        "openmoji": files["openmoji"]["package/LICENSE.txt"],
        "healthicons": files["healthicons"]["package/LICENSE"],
        "fluent": FLUENT_LICENCE.encode("utf-8"),
    }
    sets: dict[str, dict[str, str]] = {}
    for kind, info in SETS.items():
        (out / info["licence_file"]).write_bytes(licences[kind])
        sets[kind] = dict(info)
        if kind == "mulberry":
            provenance = mulberry.source(mulberry_dir)
            sets[kind]["package"] = provenance["package"]
            sets[kind]["source_commit"] = provenance["commit"]
        else:
            sets[kind]["package"] = f"{PINS[kind].package}@{PINS[kind].version}"
    sets["openmoji"]["keywords_by_language"] = sets["fluent"]["keywords_by_language"] = (
        f"{PINS['emojibase'].package}@{PINS['emojibase'].version} (CLDR annotations, MIT)")
    fitted.write_text(json.dumps(icon_svg.FITTED), encoding="utf-8")
    index = {"sets": sets, "pictures": pictures}
    # One picture a line: small enough to load fast, still readable in a diff.
    lines = ",\n".join(json.dumps(p, ensure_ascii=False, separators=(",", ":"))
                       for p in pictures)
    head = json.dumps(sets, ensure_ascii=False, indent=1)
    (out / "index.json").write_text(
        f'{{"sets": {head},\n"pictures": [\n{lines}\n]}}\n', encoding="utf-8")
    return index


def _default_mulberry() -> Path:
    for parent in ROOT.parents:
        candidate = parent / "shared" / "pictures" / "mulberry"
        if candidate.is_dir():
            return candidate
    return ROOT.parent / "shared" / "pictures" / "mulberry"


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "icons")
    parser.add_argument("--cache", type=Path, default=Path.home() / ".cache" / "easyread-icons")
    parser.add_argument("--mulberry", type=Path, default=_default_mulberry(),
                        help="the folder copied from the Mulberry repository (EN/, CSV files)")
    args = parser.parse_args(argv)
    index = build(args.out, args.cache, args.mulberry)
    size = sum(p.stat().st_size for p in args.out.glob("**/*.svg"))
    counts: dict[str, int] = {}
    for picture in index["pictures"]:
        counts[picture["set"]] = counts.get(picture["set"], 0) + 1
    print(f"Wrote {len(index['pictures'])} pictures ({size / 1024:.0f} KB of SVG) to "
          f"{args.out}: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
