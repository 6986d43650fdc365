"""What the speech needs to know about each language: the voice, and how dates are said.

One table for every language, keyed by the BCP 47 primary language (with a regional voice
where the region matters, such as British English). When languages move into their own data
files, each entry here becomes that language file's ``speech`` part.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

__all__ = ["SpeechLanguage", "speech_language"]


@dataclass(frozen=True, slots=True)
class SpeechLanguage:
    """The speech facts of one language."""

    voice: str
    """The espeak-ng voice name."""
    months: tuple[str, ...]
    """The month names, January first, as they are said."""
    day_first: bool = True
    """Whether 3/5/2026 means the 3rd of May (True) or March the 5th (False)."""
    regional_voices: tuple[tuple[str, str], ...] = ()
    """(region, espeak-ng voice) pairs for regions with a voice of their own."""
    listen: str = "Listen"
    """The word on each row's button on the web page."""
    listen_all: str = "Listen to the whole booklet"


_ENGLISH_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip

_LANGUAGES = {
    "en": SpeechLanguage(
        voice="en-gb", months=_ENGLISH_MONTHS,
        regional_voices=(("us", "en-us"), ("scotland", "en-gb-scotland")),
    ),
    "de": SpeechLanguage(voice="de", months=(
        "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
        "Oktober", "November", "Dezember",
    ), listen="Anhören", listen_all="Das ganze Heft anhören"),
    "fr": SpeechLanguage(voice="fr-fr", months=(
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre",
    ), listen="Écouter", listen_all="Écouter tout le livret"),
    "es": SpeechLanguage(voice="es", months=(
        "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
        "octubre", "noviembre", "diciembre",
    ), listen="Escuchar", listen_all="Escuchar todo el documento"),
    "cy": SpeechLanguage(voice="cy", months=(
        "Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst",
        "Medi", "Hydref", "Tachwedd", "Rhagfyr",
    ), listen="Gwrando", listen_all="Gwrando ar y llyfryn i gyd"),
}


def speech_language(language: str) -> SpeechLanguage:
    """The speech facts for BCP 47 `language`, British English when the language has none.

    A language espeak-ng knows but this table does not is spoken with its own code as the
    voice name (espeak-ng accepts "nl", "it", "pl" and many more), with English month names
    left to the words as written.
    """
    primary, _, region = language.lower().partition("-")
    known = _LANGUAGES.get(primary)
    if known is None:
        return SpeechLanguage(voice=primary, months=())
    for name, voice in known.regional_voices:
        if region == name:  # the United States put the month first
            return replace(known, voice=voice, day_first=known.day_first and region != "us",
                           regional_voices=())
    return known
