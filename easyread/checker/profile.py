"""Checker profiles: thresholds and word lists for one easy read tradition, kept as TOML data.

Each rule module holds every setting of its rule with a default (``RULE.settings``); a
profile holds only what it changes: its language's word lists and its own thresholds. A
profile can also set a rule's ``severity`` and turn it off with ``enabled = false``. Its
``[messages]`` table gives the findings' messages and hints in its language (English when
there is none).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache, partial
from pathlib import Path
from types import MappingProxyType
from typing import Any

from easyread.checker.datacache import cached_json
from easyread.checker.readability import DEFAULT_FORMULAS
from easyread.languages import FOLDER, available_languages

__all__ = [
    "DEFAULT_PROFILE",
    "Profile",
    "available_profiles",
    "find_profile",
    "is_contact_heading",
    "load_profile",
    "profile_for",
]

DEFAULT_PROFILE = "en-GB"
# Each language pack's checker.toml (easyread/languages/CODE/checker.toml).
_FILE = "checker.toml"
# What a profile may set for any rule, besides the rule's own settings.
_PER_RULE = frozenset({"severity", "enabled"})


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
    wordfreq_language: str
    capitalised_nouns: bool = False
    """True when every noun starts with a capital (German): a capital is then no sign of a name."""
    noun_determiners: frozenset[str] = frozenset()
    """Words before a noun ("der", "im"): a capital word after one is a noun, not a name."""
    readability: tuple[str, ...] = DEFAULT_FORMULAS
    """The readability formulas to report, as information."""
    messages: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    """Finding messages and hints in the profile's language, by their English text."""

    def options(self, rule_id: str) -> Mapping[str, Any]:
        """The options the profile sets for `rule_id` (empty when it sets none)."""
        return self.rules.get(rule_id, MappingProxyType({}))


def is_contact_heading(title: str, headings: Iterable[str]) -> bool:
    """True when `title` starts with one of `headings` (such as "Contact us"), in any case."""
    text = title.lower().strip(" ?:.!")
    return any(text.startswith(heading.lower()) for heading in headings)


def _read(path: Path) -> dict[str, Any]:
    # Reading TOML means importing tomllib (about 10 ms) and parsing: the JSON copy skips both.
    import tomllib

    return tomllib.loads(path.read_text("utf-8"))


def _is_table(data: Any) -> bool:
    return isinstance(data, dict) and "name" in data and "language" in data


def _data(code: str) -> dict[str, Any]:
    path = FOLDER / code / _FILE
    result: dict[str, Any] = cached_json(path, f"profile-{code}", partial(_read, path), _is_table)
    return result


@cache
def _profiles() -> dict[str, str]:
    """Each shipped profile's name ("en-GB") and the language pack that holds it ("en")."""
    return {
        _data(code)["name"]: code
        for code in available_languages()
        if (FOLDER / code / _FILE).is_file()
    }


def available_profiles() -> tuple[str, ...]:
    """Names of the profiles that ship with easyread, like ("de", "en-GB")."""
    return tuple(sorted(_profiles()))


@cache
def load_profile(name: str) -> Profile:
    """Load the shipped profile `name` (e.g. "en-GB"); raise KeyError if there is none."""
    code = _profiles().get(name)
    if code is None:
        raise KeyError(name)
    data = _data(code)
    words = data.get("words", {})
    rules = _rule_options(name, data.get("rules", {}))
    return Profile(
        name=data["name"],
        language=data["language"],
        rules=MappingProxyType(rules),
        easy_words=frozenset(w.lower() for w in words.get("easy", ())),
        no_sentence_end=frozenset(words.get("no_sentence_end", ())),
        word_list_headings=frozenset(words.get("word_list_headings", ())),
        wordfreq_language=data.get("wordfreq_language", data["language"]),
        capitalised_nouns=bool(data.get("capitalised_nouns", False)),
        noun_determiners=frozenset(w.lower() for w in words.get("noun_determiners", ())),
        readability=tuple(data.get("readability", DEFAULT_FORMULAS)),
        messages=MappingProxyType(dict(data.get("messages", {}))),
    )


def _rule_options(
    name: str, changes: Mapping[str, Mapping[str, Any]]
) -> Mapping[str, Mapping[str, Any]]:
    """Each rule's defaults (from its module) with what the profile changes."""
    from easyread.checker.registry import RULES  # the rules import this module's users

    unknown = set(changes) - set(RULES)
    if unknown:
        raise ValueError(f"profile {name} names rules that do not exist: {sorted(unknown)}")
    options = {}
    for rule_id, rule in RULES.items():
        changed = changes.get(rule_id, {})
        extra = set(changed) - set(rule.settings) - _PER_RULE
        if extra:
            raise ValueError(f"profile {name}: {rule_id} has no setting {sorted(extra)}")
        options[rule_id] = MappingProxyType({**rule.settings, **changed})
    return MappingProxyType(options)


def find_profile(name: str) -> str | None:
    """The shipped profile `name` stands for: exact, any case, or the same language; or None.

    So ``de-DE`` and ``de-AT`` find ``de``, and ``en`` finds ``en-GB``.
    """
    names = available_profiles()
    if name in names:
        return name
    for candidate in names:
        if candidate.lower() == name.lower():
            return candidate
    primary = name.split("-")[0].lower()
    for candidate in names:
        if candidate.split("-")[0].lower() == primary:
            return candidate
    return None


def profile_for(language: str) -> Profile:
    """The profile for a BCP 47 `language`: exact match, then same language, then en-GB."""
    return load_profile(find_profile(language) or DEFAULT_PROFILE)
