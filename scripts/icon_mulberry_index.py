"""The `mulberry` set's index entries and SVG files: Mulberry's symbols, the core names mapped
to them (pictures-src/mulberry-core.tsv) and the easyread team's adaptations
(pictures-src/mulberry-extra/), which the build script reads when they are present."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import icon_mulberry as mb
from icon_svg import fit_viewbox, sanitise_svg

_DESCRIBE = {
    "man-lighter-skin": "a man with lighter skin", "man-darker-skin": "a man with darker skin",
    "woman-lighter-skin": "a woman with lighter skin",
    "woman-darker-skin": "a woman with darker skin",
    "lighter-skin": "a person with lighter skin", "darker-skin": "a person with darker skin",
}


def mulberry_entries(out: Path, folder: Path, extra: Path,
                     allowlist: Sequence[tuple[str, str, str, str, str]],
                     written: set[str]) -> list[dict[str, Any]]:
    """Write the set's SVG files under out/mulberry/ and return their index entries."""
    symbols = mb.read_symbols(folder)
    groups = mb.people_groups(symbols)
    in_group = {id(s) for members in groups.values() for s in members}
    entries: list[dict[str, Any]] = []
    sources: dict[int, tuple[Path, str]] = {}  # id(entry) -> (file to read, kind)
    by_file: dict[str, dict[str, Any]] = {}

    def add(entry: dict[str, Any], path: Path, kind: str) -> dict[str, Any]:
        entries.append(entry)
        sources[id(entry)] = (path, kind)
        return entry

    for base, members in groups.items():
        members.sort(key=lambda m: m.variant)
        genders = {m.variant[0] for m in members}
        variants: dict[str, str] = {}
        first = members[0]
        group = add(_entry(base, first, mb.alt_text(first)), folder / "EN" / first.file, "mb")
        for member in members:
            label = mb.variant_label(member.variant, genders)
            name = f"{base}-{label}"
            alt = mb.alt_text(member)
            if label in _DESCRIBE:
                alt += f": {_DESCRIBE[label]}"
                variants[label] = name
            entry = add(_entry(name, member, alt), folder / "EN" / member.file, "mb")
            if label in _DESCRIBE:
                entry["variant_of"], entry["people"] = base, label
            by_file[member.file] = group if label in _DESCRIBE else entry
        group["variants"] = variants
        group["file_of"] = f"{base}-{mb.variant_label(first.variant, genders)}"
    taken = {e["name"] for e in entries}
    # Nouns name their pictures first; a verb with a noun's name is "to-NAME" ("to-drink").
    plain = [s for s in symbols if id(s) not in in_group]
    for symbol in sorted(plain, key=lambda s: s.verb):
        name = mb.slug(symbol.words) + (f"-{symbol.variant}" if symbol.variant else "")
        if name in taken and symbol.verb:
            name = f"to-{name}"
        name = _free(name, taken)
        taken.add(name)
        entry = add(_entry(name, symbol, mb.alt_text(symbol)), folder / "EN" / symbol.file, "mb")
        by_file[symbol.file] = entry
    entries.sort(key=lambda e: e["source_id"].lower())

    by_name = {e["name"]: e for e in entries}
    extras = extra / "mulberry-extra"
    for row in mb.read_tsv(extras / "index.tsv"):
        name = row["name"]
        if name in by_name:
            _rename(by_name, by_name[name], taken)
        entry = add({
            "name": name, "set": "mulberry", "alt": row["alt"],
            "aliases": row.get("aliases", "").split(), "keywords": row.get("keywords", "").split(),
            "tags": [], "source_id": f"easyread:{name}",
            "adapted_from": row.get("based_on", "") or "drawn",
        }, extras / f"{name}.svg", "extra")
        by_name[name] = entry
        taken.add(name)
    # Core names: the picture a core name must give in this set (an alias when it differs).
    core: dict[str, dict[str, Any]] = {}
    for row in mb.read_tsv(extra / "mulberry-core.tsv"):
        target = by_file.get(row.get("mulberry_file", "")) or by_name.get(row["name"])
        if target is None:
            print(f"mulberry-core.tsv: no picture for {row['name']!r}")
            continue
        if row["name"] != target["name"]:
            if row["name"] in by_name:
                _rename(by_name, by_name[row["name"]], taken)
            target["aliases"].insert(0, row["name"])
            target.setdefault("core_aliases", []).append(row["name"])
        core[row["name"]] = target
    # A Mulberry picture that shares a name with an emoji of the allowlist but draws another
    # sense (its "park" is a car park) takes a name of its own, so that one name means one
    # thing in every set (":park:" then draws the green park of another set, with the style
    # check's warning); a French word of Mulberry's own name with the same slip is dropped.
    other_senses = {row["name"]: row for row in mb.read_tsv(extra / "mulberry-other-senses.tsv")}
    for name, row in other_senses.items():
        target = by_name.pop(name, None)
        if target is None:
            print(f"mulberry-other-senses.tsv: no picture for {name!r}")
            continue
        if row["renamed"] in taken:
            raise ValueError(f"mulberry-other-senses.tsv: {row['renamed']!r} is taken")
        target["name"] = row["renamed"]
        taken.add(row["renamed"])
        by_name[row["renamed"]] = target
        wrong = set(row.get("not_french", "").split(","))
        if "keywords_by_language" in target:
            french = [w for w in target["keywords_by_language"]["fr"] if w not in wrong]
            target["keywords_by_language"] = {"fr": french}
    # The allowlist's easy read aliases and keywords for the same names.
    for name, _source, _alt, aliases, keywords in allowlist:
        target = core.get(name) or by_name.get(name)
        if target is not None and "variant_of" not in target:
            target["aliases"] += aliases.split()
            target["keywords"] += keywords.split()
    # Names from the emoji sets for a concept Mulberry draws under another name ("hot-drink"
    # is Mulberry's "drink-hot"): aliases, so old booklets and labels find the Mulberry picture.
    for row in mb.read_tsv(extra / "mulberry-aliases.tsv"):
        target = by_file.get(row["mulberry_file"]) or by_name.get(
            row["mulberry_file"].removeprefix("easyread:"))
        if target is None:
            print(f"mulberry-aliases.tsv: no picture for {row['name']!r}")
        elif row["name"] not in taken:
            target["aliases"].append(row["name"])
    _unique_aliases(entries)
    for entry in entries:
        path, kind = sources[id(entry)]
        entry["file"] = f"mulberry/{entry.pop('file_of', entry['name'])}.svg"
        if entry["file"] in written:
            continue  # a person's picture shares its first variant's file
        raw = path.read_text(encoding="utf-8")
        svg = fit_viewbox(sanitise_svg(raw, decimals=1 if kind == "mb" else 2))
        (out / entry["file"]).write_text(svg, encoding="utf-8")
        written.add(entry["file"])
    return [_ordered(e) for e in entries]


def _entry(name: str, symbol: mb.Symbol, alt: str) -> dict[str, Any]:
    tags = [*(t.lower() for t in symbol.tags), *re.findall(r"[a-z]+", symbol.category.lower()),
            symbol.grammar.lower()]
    entry: dict[str, Any] = {
        "name": name, "set": "mulberry", "alt": alt, "aliases": [], "keywords": [],
        "tags": list(dict.fromkeys(t for t in tags if t and t not in name.split("-"))),
        "source_id": symbol.english,
    }
    french = mb.french_words(symbol)
    if french:
        entry["keywords_by_language"] = {"fr": french}
    return entry


def _free(name: str, taken: set[str]) -> str:
    number, candidate = 2, name
    while candidate in taken:
        candidate, number = f"{name}-{number}", number + 1
    return candidate


def _rename(by_name: dict[str, dict[str, Any]], entry: dict[str, Any], taken: set[str]) -> None:
    """Give `entry` a new name so that a core name or an adaptation can have its old one."""
    old = entry["name"]
    # A verb becomes "to-read"; a noun keeps its name with "-symbol" ("heart-symbol").
    verb = "_,_to" in entry["source_id"]
    entry["name"] = _free(f"to-{old}" if verb else f"{old}-symbol", taken)
    taken.add(entry["name"])
    del by_name[old]
    by_name[entry["name"]] = entry
    print(f"mulberry: {old!r} is now {entry['name']!r}")


def _unique_aliases(entries: list[dict[str, Any]]) -> None:
    """No alias may be a name, or another picture's alias, in the same set."""
    # A core name given to a picture by mulberry-core.tsv is its alias before any other's.
    core = {e["name"]: set(e.pop("core_aliases", ())) for e in entries}
    used = {e["name"] for e in entries} | {a for names in core.values() for a in names}
    for entry in entries:
        aliases = []
        for alias in entry["aliases"]:
            if alias not in used or (alias in core[entry["name"]] and alias not in aliases):
                used.add(alias)
                aliases.append(alias)
        entry["aliases"] = aliases
        entry["keywords"] = list(dict.fromkeys(entry["keywords"]))


def _ordered(entry: dict[str, Any]) -> dict[str, Any]:
    keys = ("name", "file", "set", "alt", "aliases", "keywords", "tags", "source_id")
    return {**{k: entry[k] for k in keys}, **{k: v for k, v in entry.items() if k not in keys}}
