"""Checker profiles: thresholds and word lists for one easy read tradition, kept as TOML data.

`en-GB` ships now. A Leichte Sprache, FALC or Lectura Fácil profile is one more file in
``profiles/`` with the same keys (for example ``de.toml`` with ``warn_words = 8``).
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from types import MappingProxyType
from typing import Any

__all__ = ["DEFAULT_PROFILE", "Profile", "available_profiles", "load_profile", "profile_for"]

DEFAULT_PROFILE = "en-GB"


@dataclass(frozen=True, slots=True)
class Profile:
    """A profile's settings: per-rule options and the shared word lists."""

    name: str
    language: str
    """The language the word lists and word frequencies are for, e.g. "en"."""
    rules: Mapping[str, Mapping[str, Any]]
    easy_words: frozenset[str]
    no_sentence_end: frozenset[str]
    word_list_headings: frozenset[str]
    contact_headings: frozenset[str]
    wordfreq_language: str

    def options(self, rule_id: str) -> Mapping[str, Any]:
        """The options the profile sets for `rule_id` (empty when it sets none)."""
        return self.rules.get(rule_id, MappingProxyType({}))

    def is_contact_heading(self, title: str) -> bool:
        """True when a heading such as "Contact us" starts the contact details."""
        text = title.lower().strip(" ?:.!")
        return text in self.contact_headings or any(
            text.startswith(heading) for heading in self.contact_headings
        )


def _file_name(name: str) -> str:
    return name.replace("-", "_") + ".toml"


def available_profiles() -> tuple[str, ...]:
    """Names of the profiles that ship with easyread, like ("en-GB",)."""
    folder = resources.files("easyread.checker") / "profiles"
    return tuple(
        sorted(
            entry.name.removesuffix(".toml").replace("_", "-")
            for entry in folder.iterdir()
            if entry.name.endswith(".toml")
        )
    )


@cache
def load_profile(name: str) -> Profile:
    """Load the shipped profile `name` (e.g. "en-GB"); raise KeyError if there is none."""
    if name not in available_profiles():
        raise KeyError(name)
    data = tomllib.loads(
        (resources.files("easyread.checker") / "profiles" / _file_name(name)).read_text("utf-8")
    )
    words = data.get("words", {})
    rules = {key: MappingProxyType(dict(value)) for key, value in data.get("rules", {}).items()}
    contact_rule: Mapping[str, Any] = rules.get("DOC-CONTACT", MappingProxyType({}))
    contact = contact_rule.get("headings", ())
    return Profile(
        name=data["name"],
        language=data["language"],
        rules=MappingProxyType(rules),
        easy_words=frozenset(w.lower() for w in words.get("easy", ())),
        no_sentence_end=frozenset(words.get("no_sentence_end", ())),
        word_list_headings=frozenset(words.get("word_list_headings", ())),
        contact_headings=frozenset(h.lower() for h in contact),
        wordfreq_language=data.get("wordfreq_language", data["language"]),
    )


def profile_for(language: str) -> Profile:
    """The profile for a BCP 47 `language`: exact match, then same language, then en-GB."""
    names = available_profiles()
    if language in names:
        return load_profile(language)
    primary = language.split("-")[0].lower()
    for name in names:
        if name.split("-")[0].lower() == primary:
            return load_profile(name)
    return load_profile(DEFAULT_PROFILE)
