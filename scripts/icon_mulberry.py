"""Read the Mulberry symbols (../shared/pictures/mulberry) into picture index entries.

Each symbol gets an easy read name from its file name ("help_,_to" is the verb "help",
"Christmas_tree" is "christmas-tree"), alt text from its name and grammar, tags from its
category, grammar and Mulberry's own tags, and French keywords from symbol-info-fr.csv.
People drawn four ways ("doctor_1a" .. "doctor_2b": man or woman, lighter or darker skin)
become one picture with variants: see PEOPLE and easyread/pictures/people.py.
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from icon_svg import fit_viewbox, sanitise_svg

SKIN = {"a": "lighter-skin", "b": "darker-skin"}
GENDER = {"1": "man", "2": "woman"}
"""Mulberry's variant codes: the number is the person (1 a man, 2 a woman, where a symbol has
both), the letter the skin tone. We looked at each group of people symbols to check this."""

TEXT_IS_DECORATION = {
    "ambulance", "candy_hearts", "energy_monitor", "inbox", "index_cards", "memory_card",
    "memory_card_2", "mobile_phone_text_message", "outbox", "print", "ready",
    "text_mobile_message_,_to",
}
"""Symbols that hold a few words of text which we drop (the library draws no text): these
still show their idea without it. The other 16 symbols with text (sums, fractions, an
"open" sign) are left out, as their text is the picture."""

_VARIANT = re.compile(r"^(.*)_(\d)([ab])$")
_WORDS = re.compile(r"[^a-z0-9]+")


@dataclass
class Symbol:
    """One Mulberry SVG file with its rows from the two CSV files."""

    file: str
    english: str
    french: str
    grammar: str
    category: str
    category_fr: str
    tags: list[str]
    verb: bool
    words: str
    """The name in plain words, without the verb mark or a variant code: "brush teeth"."""
    variant: str = ""
    """For people drawn several ways: "1a", "2b" ..."""
    entry: dict[str, object] = field(default_factory=dict)


def read_symbols(folder: Path) -> list[Symbol]:
    """Every symbol except the `rated` ones (body parts for sex education)."""
    french = {row["symbol-id"]: row for row in _rows(folder / "symbol-info-fr.csv")}
    symbols = []
    for row in _rows(folder / "symbol-info-en.csv"):
        english = row["symbol"]
        if row["rated"] != "0" or (english not in TEXT_IS_DECORATION
                                   and b"<text" in (folder / "EN" / f"{english}.svg").read_bytes()):
            continue
        verb = "_,_to" in english
        plain = english.replace("_,_to", "")
        variant = ""
        match = _VARIANT.match(plain)
        if match:
            plain, variant = match.group(1), match.group(2) + match.group(3)
        fr = french.get(row["symbol-id"], {})
        symbols.append(Symbol(
            file=f"{english}.svg", english=english, french=fr.get("symbol", ""),
            grammar=row["grammar"], category=row["category"],
            category_fr=fr.get("category", ""), tags=row["tags"].split(), verb=verb,
            words=" ".join(_WORDS.split(plain.lower())).strip(), variant=variant,
        ))
    return symbols


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def read_tsv(path: Path) -> list[dict[str, str]]:
    """Rows of a tab-separated file with a header line, or [] if there is no such file."""
    if not path.is_file():
        return []
    with path.open(encoding="utf-8", newline="") as handle:
        return [{k: (v or "").strip() for k, v in row.items()}
                for row in csv.DictReader(handle, delimiter="\t")]


def slug(words: str) -> str:
    """A picture name from plain words: "Christmas tree" -> "christmas-tree"."""
    return _WORDS.sub("-", words.lower()).strip("-")


def people_groups(symbols: list[Symbol]) -> dict[str, list[Symbol]]:
    """Symbols that draw the same kind of person several ways, by base name. A group needs
    two or more of 1a/1b/2a/2b and to be about people (a battery drawn twice is not)."""
    groups: dict[str, list[Symbol]] = defaultdict(list)
    for symbol in symbols:
        if symbol.variant:
            groups[slug(symbol.words)].append(symbol)
    return {
        base: members for base, members in groups.items()
        if len({m.variant for m in members} & {"1a", "1b", "2a", "2b"}) >= 2
        and any(m.category.startswith("People") or "people" in m.tags for m in members)
    }


def variant_label(variant: str, genders: set[str]) -> str:
    """ "woman-darker-skin" for 2b when the group draws both a man and a woman; "darker-skin"
    when it draws one person (a dinner lady in two skin tones); "3a" for the rest."""
    number, letter = variant[0], variant[1]
    if number not in GENDER:
        return variant
    if genders >= {"1", "2"}:
        return f"{GENDER[number]}-{SKIN[letter]}"
    return SKIN[letter]


def alt_text(symbol: Symbol) -> str:
    """What the picture shows, from its name: "Someone brushing teeth", "Christmas tree"."""
    words = re.sub(r"(\s\d+)+$", "", symbol.words) or symbol.words
    if symbol.verb:
        first, _, rest = words.partition(" ")
        return f"Someone {gerund(first)}{' ' + rest if rest else ''}"
    text = symbol.english.replace("_,_to", "")
    text = _VARIANT.sub(r"\1", text).replace("_", " ").strip()
    text = re.sub(r"(\s\d+)+$", "", text) or text
    return text[0].upper() + text[1:]


def gerund(verb: str) -> str:
    """The -ing form of an English verb, by the spelling rules ("run" -> "running")."""
    vowels = "aeiou"
    if verb.endswith("ie"):
        return verb[:-2] + "ying"
    if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")) and len(verb) > 2:
        return verb[:-1] + "ing"
    if (len(verb) >= 3 and verb[-1] not in vowels + "wxy" and verb[-2] in vowels
            and verb[-3] not in vowels and (len(verb) == 3 or verb[-4] not in vowels)):
        return verb + verb[-1] + "ing"
    return verb + "ing"


def french_words(symbol: Symbol) -> list[str]:
    """French keywords: the French name when Mulberry translated it, and the category."""
    words: list[str] = []
    name = re.sub(r"_?,\s*_?\s*(à|to)\s*$", "", symbol.french)
    name = " ".join(_VARIANT.sub(r"\1", name).replace("_", " ").lower().split())
    if name and name != symbol.words:
        words.append(name)
    for word in re.findall(r"\w+", symbol.category_fr.lower()):
        if len(word) > 2 and word not in words:
            words.append(word)
    return words


def svg(folder: Path, file: str) -> str:
    """A Mulberry SVG made safe, small and fitted to its drawing."""
    raw = (folder / "EN" / file).read_text(encoding="utf-8")
    return fit_viewbox(sanitise_svg(raw, decimals=1))


def source(folder: Path) -> dict[str, str]:
    """Provenance from SOURCE.md: the repository commit and package version copied."""
    text = (folder / "SOURCE.md").read_text(encoding="utf-8")
    commit = re.search(r"commit `([0-9a-f]{40})`", text)
    version = re.search(r"package version ([\d.]+)", text)
    return {
        "package": f"mulberry-symbols@{version.group(1) if version else 'unknown'}",
        "commit": commit.group(1) if commit else "",
    }
