"""Where lines may break, the same in every format: phone numbers never split, web addresses
break only after "/", "." or "-", and a hyphenated word is never broken at its hyphen."""

from __future__ import annotations

import re

__all__ = ["NBSP", "URL", "keep_phone_numbers", "url_pieces"]

NBSP = "\u00a0"
"""A space that never breaks a line."""

_PHONE = re.compile(r"(?<![\w+])(?:\+\d{1,3}|0)\d{1,5}(?: \d{2,5}){1,4}(?![\w])")
"""A phone number written with spaces: starting with 0 or +, in groups of digits."""

URL = re.compile(r"\b(?:https?://|www\.)[^\s<>\"]+[^\s<>\".,;:!?)]")
"""A web address in running text (or a link's words that are an address)."""

_AFTER = re.compile(r"(?<=[/.\-])(?=.)")


def keep_phone_numbers(text: str) -> str:
    """`text` with the spaces inside phone numbers (9 digits or more) made unbreakable."""
    if " " not in text or not any(char.isdigit() for char in text):
        return text

    def join(match: re.Match[str]) -> str:
        number = match.group(0)
        digits = sum(char.isdigit() for char in number)
        return number.replace(" ", NBSP) if digits >= 9 else number

    return _PHONE.sub(join, text)


def url_pieces(text: str) -> list[str]:
    """`text` cut after each "/", "." and "-": the places a web address may break."""
    return [piece for piece in _AFTER.split(text) if piece]
