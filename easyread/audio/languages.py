"""What the speech needs to know about a language: the voice, how dates are said, and the
words on the web page's Listen buttons.

The facts live in each language pack's ``[speech]`` table (easyread/languages/CODE/
language.toml). A language easyread has no pack for is spoken by the espeak-ng voice named
with its own code (espeak-ng has "nl", "it", "cy", "pl" and many more), with dates left as
written and the buttons in English.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

__all__ = ["SpeechLanguage", "speech_language"]


@dataclass(frozen=True, slots=True)
class SpeechLanguage:
    """The speech facts of one language (in one region)."""

    voice: str
    """The espeak-ng voice name."""
    months: tuple[str, ...]
    """The month names, January first, as they are said; empty to leave dates as written."""
    day_first: bool = True
    """Whether 3/5/2026 means the 3rd of May (True) or March the 5th (False)."""
    listen: str = "Listen"
    """The word on each row's button on the web page."""
    listen_all: str = "Listen to the whole booklet"
    date: str = "{day} {month} {year}"
    """How the language writes a date, day first: "{day}. {month} {year}" in German."""
    first_day: str = ""
    """How it writes the first day of a month when not as a number ("1er" in French)."""
    said_date: str = ""
    """How the speech says a date, when not as it is written: espeak-ng pauses after the
    German "3." as after a sentence."""

    def date_in_words(self, day: int, month: int, year: str, *, spoken: bool = False) -> str | None:
        """The date in words: "7 December 2026", "9 de marzo de 2026", or "December 7, 2026"
        where the month comes first (a `spoken` date is always said day first); None for a
        day or month out of range or a language without month names."""
        if not self.months or not 1 <= month <= 12 or not 1 <= day <= 31:
            return None
        name = self.months[month - 1]
        if not (spoken or self.day_first):
            return f"{name} {day}, {year}"
        number = self.first_day if day == 1 and self.first_day else str(day)
        pattern = self.said_date if spoken and self.said_date else self.date
        return pattern.format(day=number, month=name, year=year)


def speech_language(language: str) -> SpeechLanguage:
    """The speech facts for BCP 47 `language` ("en-GB", "en-US", "fr", "nl")."""
    from easyread.languages import available_languages, load_language

    primary, _, region = language.lower().replace("_", "-").partition("-")
    if primary not in available_languages():
        return SpeechLanguage(voice=primary, months=())
    speech: Any = load_language(primary).speech
    voice = str(speech.get("voice", primary))
    for name, regional in speech.get("regional_voices", ()):
        if region.split("-")[0] == name:
            voice = str(regional)
    return SpeechLanguage(
        voice=voice,
        months=tuple(str(month) for month in speech.get("months", ())),
        day_first=bool(speech.get("day_first", True))
        and region.split("-")[0] not in speech.get("month_first_regions", ()),
        listen=str(speech.get("listen", "Listen")),
        listen_all=str(speech.get("listen_all", "Listen to the whole booklet")),
        date=str(speech.get("date", "{day} {month} {year}")),
        first_day=str(speech.get("first_day", "")),
        said_date=str(speech.get("said_date", "")),
    )
