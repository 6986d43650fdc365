"""Rows that are mainly a phone number, an email address, a web address, a date or a time.

These are shapes of text, not words, so they are found the same way in every language: the
row then suggests the phone, email, website, calendar or clock picture.
"""

from __future__ import annotations

import re

__all__ = ["PATTERN_WEIGHT", "pattern_pictures", "read_patterns"]

PATTERN_WEIGHT = 1.3
"""How much a pattern counts, against 1.0 for the first content word of a row: a row that
gives a phone number is about phoning, whatever else it says."""

_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
_WEB = re.compile(
    r"(?:\bhttps?://|\bwww\.)\S+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|gov|edu|uk|au|"
    r"nz|ie|info|scot|wales|eu|fr|de|es|be|ca)(?:\.[a-z]{2})?(?:/\S*)?", re.IGNORECASE)
# A dot with a letter straight after it: the mark of an address (a sentence's full stop is
# followed by a space).
_DOTTED = re.compile(r"\w\.[a-zA-Z]")
# Digits in groups, 6 to 15 of them: 0800 123 4567, +44 20 7946 0000, 13 23 26.
_PHONE = re.compile(r"(?<![\w/.,:])\+?\(?\d[\d ()-]{4,}\d(?![\w/.:%])")
_TIME = re.compile(r"\b\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.|o['\u2019]clock)(?!\w)"
                   r"|\b\d{1,2}:\d{2}\b", re.IGNORECASE)
# 4/5/2024, 2024-05-04, or a day, a word (the month) and a year: 6 May 2024, 6 mai 2024.
_DATE = re.compile(r"\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b"
                   r"|\b\d{1,2}(?:st|nd|rd|th)? [^\W\d]{3,} \d{4}\b")


def _phone_numbers(text: str) -> list[str]:
    found = []
    for match in _PHONE.finditer(text):
        digits = sum(c.isdigit() for c in match.group())
        if 6 <= digits <= 15:
            found.append(match.group())
    return found


def pattern_pictures(text: str) -> list[tuple[str, float]]:
    """The pictures that the patterns in `text` call for, with their weights, in text order."""
    return read_patterns(text)[1]


def read_patterns(text: str) -> tuple[str, list[tuple[str, float]]]:
    """`text` without its email and web addresses (their parts, "gov" or "families", are not
    words of the sentence), and the pictures its patterns call for, in text order."""
    found: list[tuple[int, str]] = []
    rest = text
    if "@" in rest:  # cheap tests first: most rows have no address and no number
        found.extend((m.start(), "email") for m in _EMAIL.finditer(rest))
        rest = _EMAIL.sub(" ", rest)  # an email address's domain is not a web address
    if "://" in rest or _DOTTED.search(rest):
        found.extend((m.start(), "website") for m in _WEB.finditer(rest))
        rest = _WEB.sub(" ", rest)
    if any(c.isdigit() for c in rest):
        found.extend((rest.index(number), "phone") for number in _phone_numbers(rest))
        found.extend((m.start(), "clock") for m in _TIME.finditer(rest))
        found.extend((m.start(), "calendar") for m in _DATE.finditer(rest))
    seen: set[str] = set()
    out = []
    for _, name in sorted(found):
        if name not in seen:
            seen.add(name)
            out.append((name, PATTERN_WEIGHT))
    return rest, out
