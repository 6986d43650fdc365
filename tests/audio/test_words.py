"""What the voice says for numbers, dates, times and phone numbers."""

from __future__ import annotations

import pytest

from easyread.audio.languages import speech_language
from easyread.audio.words import spoken_text

BRITISH = speech_language("en-GB")


@pytest.mark.parametrize(("written", "said"), [
    ("Phone us on 0123 456 7000", "Phone us on 0 1 2 3, 4 5 6, 7 0 0 0,"),
    ("Ring 07700900123 today.", "Ring 0 7 7 0, 0 9 0, 0 1 2 3, today."),
    ("Call +44 20 7946 0000", "Call plus 4 4, 2 0, 7 9 4 6, 0 0 0 0,"),
    ("Come on 12/03/2026.", "Come on 12 March 2026."),
    ("Come on 2026-11-05.", "Come on 5 November 2026."),
    ("Be there at 10:30am.", "Be there at 10 30 a m."),
    ("Open 9.05 a.m. to 2pm.", "Open 9 0 5 a m to 2 p m."),
    ("The bus goes at 14:45.", "The bus goes at 14 45."),
    ("Lunch is at 12:00.", "Lunch is at 12."),
    ("We have 123 chairs and 5.50 pounds.", "We have 123 chairs and 5.50 pounds."),
])
def test_numbers_are_said_as_people_say_them(written: str, said: str) -> None:
    assert spoken_text(written, BRITISH, {}) == said


def test_american_english_puts_the_month_first() -> None:
    assert spoken_text("On 12/03/2026.", speech_language("en-US"), {}) == "On 3 December 2026."
    assert speech_language("en-US").voice == "en-us"
    assert speech_language("en-GB").voice == "en-gb"


def test_other_languages_use_their_own_voice_and_months() -> None:
    german = speech_language("de-DE")
    assert german.voice == "de"
    assert spoken_text("Am 3/5/2026.", german, {}) == "Am 3 Mai 2026."
    assert speech_language("nl").voice == "nl"


def test_the_pronunciation_table_replaces_whole_words_longest_first() -> None:
    say = {"NHS": "N H S", "NHS Wales": "N H S Wales", "GP": "G P"}
    assert spoken_text("See your GP or NHS Wales, not GPS.", BRITISH, say) == \
        "See your G P or N H S Wales, not GPS."


def test_a_date_in_words_is_written_as_the_language_writes_it_and_said_day_first() -> None:
    american = speech_language("en-US")
    assert BRITISH.date_in_words(7, 12, "2026") == "7 December 2026"
    assert american.date_in_words(7, 12, "2026") == "December 7, 2026"  # the checked-by page
    assert american.date_in_words(7, 12, "2026", spoken=True) == "7 December 2026"
    assert speech_language("fr").date_in_words(1, 5, "2026") == "1er mai 2026"
    assert speech_language("fr").date_in_words(9, 3, "2026") == "9 mars 2026"
    assert speech_language("es").date_in_words(9, 3, "2026") == "9 de marzo de 2026"
    assert speech_language("de").date_in_words(9, 3, "2026") == "9. März 2026"
    assert speech_language("de").date_in_words(9, 3, "2026", spoken=True) == "9 März 2026"
    assert BRITISH.date_in_words(0, 12, "2026") is None  # "2026-12-00" stays as written
    assert BRITISH.date_in_words(32, 12, "2026") is None
    assert BRITISH.date_in_words(7, 13, "2026") is None
    assert speech_language("nl").date_in_words(7, 12, "2026") is None  # no month names


def test_the_regions_that_write_the_month_first_are_the_language_pack_s() -> None:
    assert not speech_language("en-US").day_first and not speech_language("es-US").day_first
    assert speech_language("en-GB").day_first and speech_language("fr-CA").day_first
    assert speech_language("de-US").day_first  # German has no such region
