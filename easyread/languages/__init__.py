"""Language packs: what easyread knows about one language, kept as data in one folder.

Each folder here is named by its language code (``en``, ``de``, ``fr``, ``es``) and holds:

- ``language.toml``: the language's name, its hyphenation dictionary (for counting
  syllables), ``[labels]`` (the fixed words a booklet prints: "Contents", "Word list"...),
  ``[pictures]`` (the picture matcher's stop words, weak words and word forms) and
  ``[speech]`` (the audio version's voice, month names and Listen buttons);
- ``checker.toml``: the checker profile: the rule settings the language changes, its word
  lists, and ``[messages]`` (the findings' messages and hints in the language);
- ``synonyms.txt``: everyday words and phrases, and the pictures they should suggest;
- ``plain_words.tsv``: hard words and the easier words the checker offers instead;
- ``senses.txt``: framing phrases, negation words, opposites and word senses for the picture
  matcher (easyread.pictures.senses);
- ``salience.tsv``: how often each word's picture was the right one in labelled rows, learned
  by scripts/learn_salience.py (easyread.pictures.salience).

Adding a language is one more folder (and its tests). A booklet's ``language`` (a BCP 47
tag such as ``fr-BE``) picks the pack of its first part; a language with no pack uses English.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

__all__ = [
    "DEFAULT_LANGUAGE",
    "FOLDER",
    "FocusWords",
    "Language",
    "PictureWords",
    "available_languages",
    "language_code",
    "language_for",
    "load_language",
    "picture_words",
]

DEFAULT_LANGUAGE = "en"
FOLDER = Path(__file__).parent
_FILE = "language.toml"


@dataclass(frozen=True, slots=True)
class FocusWords:
    """Words that tell which part of a sentence carries its picture (easyread.pictures.focus)."""

    subordinators: frozenset[str]
    """A clause that starts with one of these after the main clause is background."""
    light_verbs: frozenset[str]
    """Verbs that frame a sentence without being its picture ("tell")."""
    request_verbs: frozenset[str]
    """Verbs like "ask" in "ask for help": the thing asked for is the picture."""
    request_link: str
    """The word after a request verb ("for")."""
    framing_verbs: frozenset[str]
    time_words: frozenset[str]
    time_leads: frozenset[str]
    """Words that lead a time phrase ("every", "on")."""
    place_prepositions: frozenset[str]


@dataclass(frozen=True, slots=True)
class PictureWords:
    """The picture matcher's words for one language."""

    stop_words: frozenset[str]
    """Words that never pick a picture on their own ("the", "you")."""
    weak_words: frozenset[str]
    """Everyday words that rarely carry the picture of a sentence: they count for less."""
    irregular: Mapping[str, str]
    """Word forms and their base forms that no ending rule finds ("children": "child")."""
    keep: frozenset[str]
    """Words that look inflected but are not ("news")."""
    alt_ignore: frozenset[str]
    """Words in pictures' alt text that say nothing about what they show."""
    tag_ignore: frozenset[str]
    """Words in a picture set's own tags that name its catalogue, not the picture: the
    grammar ("noun", "verbcomplex") and shelf words ("general", "items", "position")."""
    phrase_skip: frozenset[str]
    """Small words a sentence may put inside a phrase that the phrase leaves out ("brush
    your teeth" is the phrase "brush teeth"): articles and possessives."""
    part_ignore: frozenset[str]
    """Words that reach no picture as only one part of a longer name ("single" in
    "bus-single-decker"): there they name something else than they usually mean."""
    endings: tuple[tuple[str, str], ...]
    """[ending, replacement] pairs that lead to a base form ("chevaux" -> "cheval"), tried in
    order. Empty for English, which has rules of its own (easyread.pictures.words)."""
    elisions: frozenset[str]
    """Words joined to the next by an apostrophe that are left out ("l" in "l'hôpital")."""
    synonyms: str
    """The synonym table's text (``synonyms.txt``), or "" when the language has none."""
    focus: FocusWords
    senses: str = ""
    """Frames, negation words, opposites and word senses (``senses.txt``; see
    easyread.pictures.senses), or "" when the language has none."""
    salience: str = ""
    """The learned table of how often each word's picture is the right one (``salience.tsv``;
    see easyread.pictures.salience), or "" when the language has none."""


@dataclass(frozen=True, slots=True)
class Language:
    """One language pack."""

    code: str
    name: str
    hyphenation: str
    """The pyphen dictionary for the language, like "fr_FR"."""
    labels: Mapping[str, str]
    folder: Path
    speech: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    """``[speech]``: the audio version's voice, month names and button words, read by
    easyread.audio.languages; empty when the pack has none."""

    @property
    def pictures(self) -> PictureWords | None:
        """The picture matcher's words; None when the pack has none: suggestions then use
        English. Read on first use (synonyms.txt, senses.txt): checking a booklet, or
        building one, does not need them."""
        return _pictures(self.folder)


def available_languages() -> tuple[str, ...]:
    """The codes of the language packs that ship with easyread, like ("de", "en", "es", "fr")."""
    return tuple(sorted(entry.name for entry in FOLDER.iterdir() if (entry / _FILE).is_file()))


def language_code(tag: str) -> str:
    """The pack for a BCP 47 `tag` ("fr-BE" -> "fr"): its first part, or English without one."""
    primary = tag.split("-")[0].split("_")[0].lower()
    return primary if primary and (FOLDER / primary / _FILE).is_file() else DEFAULT_LANGUAGE


def language_for(tag: str) -> Language:
    """The language pack for a booklet's `language` tag (English when there is none)."""
    return load_language(language_code(tag))


def picture_words(tag: str) -> tuple[str, PictureWords]:
    """The picture matcher's words for `tag`, and the pack they come from: English when the
    language's pack has none."""
    pack = language_for(tag)
    if pack.pictures is None:
        pack = load_language(DEFAULT_LANGUAGE)
    if pack.pictures is None:
        raise ValueError("the English language pack has no [pictures] words")
    return pack.code, pack.pictures


def _read(path: Path) -> dict[str, Any]:
    import tomllib  # the JSON copy in the cache skips it on later runs

    return tomllib.loads(path.read_text("utf-8"))


def _is_pack(data: Any) -> bool:
    return isinstance(data, dict) and "code" in data and "labels" in data


@cache
def load_language(code: str) -> Language:
    """The shipped language pack `code` ("fr"); KeyError when there is none."""
    folder = FOLDER / code
    data = _pack_data(folder)
    return Language(
        code=data["code"],
        name=data["name"],
        hyphenation=data["hyphenation"],
        labels=MappingProxyType(dict(data["labels"])),
        folder=folder,
        speech=MappingProxyType(dict(data.get("speech", {}))),
    )


@cache
def _pack_data(folder: Path) -> dict[str, Any]:
    """The pack's language.toml (through the JSON cache); KeyError when there is none."""
    from easyread.checker.datacache import cached_json

    path = folder / _FILE
    if not path.is_file():
        raise KeyError(folder.name)
    data: dict[str, Any] = cached_json(path, f"language-{folder.name}", lambda: _read(path),
                                       _is_pack)
    return data


@cache
def _pictures(folder: Path) -> PictureWords | None:
    data = _pack_data(folder).get("pictures")
    return None if data is None else _picture_words(data, folder)


def _picture_words(data: Mapping[str, Any], folder: Path) -> PictureWords:
    synonyms = folder / "synonyms.txt"
    senses = folder / "senses.txt"
    salience = folder / "salience.tsv"
    return PictureWords(
        stop_words=frozenset(data.get("stop_words", ())),
        weak_words=frozenset(data.get("weak_words", ())),
        irregular=MappingProxyType(dict(pair.split(" ", 1) for pair in data.get("irregular", ()))),
        keep=frozenset(data.get("keep", ())),
        alt_ignore=frozenset(data.get("alt_ignore", ())),
        tag_ignore=frozenset(data.get("tag_ignore", ())),
        part_ignore=frozenset(data.get("part_ignore", ())),
        phrase_skip=frozenset(data.get("phrase_skip", ())),
        endings=tuple((str(end), str(repl)) for end, repl in data.get("endings", ())),
        elisions=frozenset(data.get("elisions", ())),
        synonyms=synonyms.read_text("utf-8") if synonyms.is_file() else "",
        focus=_focus_words(data.get("focus", {})),
        senses=senses.read_text("utf-8") if senses.is_file() else "",
        salience=salience.read_text("utf-8") if salience.is_file() else "",
    )


def _focus_words(data: Mapping[str, Any]) -> FocusWords:
    def words(key: str) -> frozenset[str]:
        return frozenset(data.get(key, ()))

    return FocusWords(
        subordinators=words("subordinators"),
        light_verbs=words("light_verbs"),
        request_verbs=words("request_verbs"),
        request_link=str(data.get("request_link", "")),
        framing_verbs=words("framing_verbs"),
        time_words=words("time_words"),
        time_leads=words("time_leads"),
        place_prepositions=words("place_prepositions"),
    )
