"""Language packs: each folder in easyread/languages/ gives every part of easyread its words."""

from __future__ import annotations

from dataclasses import astuple

import pyphen
import pytest

from easyread.checker.profile import available_profiles, load_profile
from easyread.languages import (
    FOLDER,
    available_languages,
    language_code,
    language_for,
    picture_words,
)
from easyread.writers.booklet import labels_for

LANGUAGES = available_languages()


def test_the_four_languages_ship() -> None:
    assert set(LANGUAGES) >= {"en", "de", "fr", "es"}


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_pack_has_every_label_and_a_hyphenation_dictionary(code: str) -> None:
    pack = language_for(code)
    assert pack.code == code
    labels = labels_for(code)  # every label, none extra (Labels would refuse)
    assert all(value.strip() for value in astuple(labels))
    assert pack.hyphenation in pyphen.LANGUAGES


@pytest.mark.parametrize("code", [c for c in LANGUAGES if (FOLDER / c / "checker.toml").is_file()])
def test_every_pack_has_a_checker_profile_for_its_language(code: str) -> None:
    names = [name for name in available_profiles() if load_profile(name).language == code]
    assert len(names) == 1, (code, available_profiles())


def test_a_booklet_language_picks_the_pack_of_its_first_part() -> None:
    assert language_code("fr-BE") == "fr"
    assert language_code("es_MX") == "es"
    assert language_code("EN-gb") == "en"
    assert language_code("nl") == "en"  # no Dutch pack yet: English
    assert labels_for("de-AT").contents == "Inhalt"


def test_a_pack_without_picture_words_uses_english_ones() -> None:
    assert language_for("de").pictures is None
    code, words = picture_words("de")
    assert code == "en" and "the" in words.stop_words
