"""Which drawing of a person a booklet shows: the ``people`` style setting.

Mulberry draws many people four ways: a man or a woman, with lighter or darker skin. A
booklet's ``people`` setting says which of them to show, so a co-production group can choose
people who look like them. ``mixed`` (the default) gives each kind of person one look for the
whole booklet (every ``:doctor:`` is the same doctor) and varies the looks between kinds, so a
booklet shows men and women of different skin tones.
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence

__all__ = ["PEOPLE_WORDS", "check_people", "choose_variant"]

PEOPLE_WORDS = ("mixed", "men", "women", "lighter-skin", "darker-skin")
"""What a ``people`` setting may say: one word, or one of men/women with one skin word."""

_GENDER = {"men": "man", "women": "woman"}
_SKIN = ("lighter-skin", "darker-skin")


def check_people(value: str) -> str | None:
    """Why `value` is not a people setting, or None when it is one."""
    words = value.replace(",", " ").split()
    if not words or any(word not in PEOPLE_WORDS for word in words):
        return "use mixed, men, women, lighter-skin or darker-skin, or two like 'women darker-skin'"
    genders = [w for w in words if w in _GENDER]
    skins = [w for w in words if w in _SKIN]
    if len(genders) > 1 or len(skins) > 1 or ("mixed" in words and len(words) > 1):
        return "give at most one of men and women, and one of lighter-skin and darker-skin"
    return None


def choose_variant(name: str, labels: Sequence[str], people: str) -> str:
    """The variant label (such as "woman-darker-skin") to draw for picture `name`.

    Variants that fit every word of `people` are the candidates (all of them if none fit);
    among them the choice depends only on the name, so it is the same on every row.
    """
    words = people.replace(",", " ").split()
    wanted = [_GENDER.get(w, w) for w in words if w != "mixed"]
    fitting = [label for label in labels if all(_has(label, w) for w in wanted)]
    candidates = fitting or list(labels)
    return candidates[zlib.crc32(name.encode("utf-8")) % len(candidates)]


def _has(label: str, word: str) -> bool:
    if word in ("man", "woman"):
        # A variant drawn as one person only (a dinner lady) says nothing about gender.
        return label.startswith(f"{word}-") or not label.startswith(("man-", "woman-"))
    return label.endswith(word)
