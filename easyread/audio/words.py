"""Turn a row's written words into the words a voice should say.

Speech engines read "0123 456 7000" as a big number and "3/5/2026" as a sum, so phone
numbers are read digit by digit in their groups, dates as day, month and year, and times as
hours and minutes. The booklet's own pronunciation table (front matter ``say:``) comes first.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from easyread.audio.languages import SpeechLanguage

__all__ = ["spoken_text"]

# A phone number: starts with 0 or +, then digits in groups, 8 or more digits in all.
_PHONE = re.compile(r"(?<![\w.,/:])(?:\+|0)\d[\d ()-]{5,}\d(?![\w/:])")
_SLASH_DATE = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b")
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_CLOCK = re.compile(r"\b(\d{1,2})(?:[:.](\d{2}))?\s?([ap])(?:m|\.m\.)(?!\w)", re.I)
_TIME = re.compile(r"\b(\d{1,2}):(\d{2})\b")


def spoken_text(text: str, speech: SpeechLanguage, say: Mapping[str, str]) -> str:
    """The words to speak for `text`, in the language `speech` describes."""
    for written in sorted(say, key=len, reverse=True):
        text = re.sub(rf"(?<!\w){re.escape(written)}(?!\w)", say[written], text)
    text = _PHONE.sub(_phone, text)
    text = _ISO_DATE.sub(lambda m: _date(int(m[3]), int(m[2]), m[1], speech) or m[0], text)
    text = _SLASH_DATE.sub(lambda m: _slash_date(m, speech), text)
    text = _CLOCK.sub(_clock, text)
    return _TIME.sub(lambda m: _time(m[1], m[2]), text)


def _phone(match: re.Match[str]) -> str:
    digits = sum(ch.isdigit() for ch in match[0])
    if digits < 8:
        return match[0]
    groups = re.findall(r"\+?\d+", match[0])
    if len(groups) == 1:  # written without spaces: say it in threes and fours as people do
        number = groups[0]
        groups = [number[:-7], number[-7:-4], number[-4:]] if len(number) > 7 else [number]
    spoken = [("plus " if group.startswith("+") else "") + " ".join(group.lstrip("+"))
              for group in groups if group]
    return ", ".join(spoken) + ","


def _date(day: int, month: int, year: str, speech: SpeechLanguage) -> str | None:
    if not 1 <= day <= 31:
        return None  # not a date
    return speech.date_in_words(day, month, year, spoken=True)


def _slash_date(match: re.Match[str], speech: SpeechLanguage) -> str:
    first, second = int(match[1]), int(match[2])
    day, month = (first, second) if speech.day_first else (second, first)
    return _date(day, month, match[3], speech) or match[0]


def _clock(match: re.Match[str]) -> str:
    hours, minutes, half = match[1], match[2], match[3].lower()
    said = hours if not minutes or minutes == "00" else f"{hours} {_minutes(minutes)}"
    return f"{said} {half} m"


def _time(hours: str, minutes: str) -> str:
    if int(hours) > 24 or int(minutes) > 59:
        return f"{hours}:{minutes}"
    return hours if minutes == "00" else f"{hours} {_minutes(minutes)}"


def _minutes(minutes: str) -> str:
    # "10:05" is said "ten oh five": a leading zero is its own word.
    return f"0 {minutes[1]}" if minutes.startswith("0") else minutes
