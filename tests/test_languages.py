"""Language packs: each folder in easyread/languages/ gives every part of easyread its words."""

from __future__ import annotations

import json
import re
import shutil
from dataclasses import astuple
from pathlib import Path

import pyphen
import pytest

from easyread.checker import CheckConfig, check
from easyread.checker.profile import available_profiles, load_profile
from easyread.languages import (
    FOLDER,
    available_languages,
    language_code,
    language_for,
    picture_words,
)
from easyread.pictures.library import PictureLibrary
from easyread.pictures.suggest import suggest
from easyread.read import parse
from easyread.writers import render_bytes
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


FRENCH = """---
title: Aller chez le médecin
language: fr
---

# Avant le rendez-vous

:calendar: Notez le jour du rendez-vous.

:phone: Vous pouvez **annuler** par téléphone.

# Liste des mots

Annuler
: Dire que vous ne venez pas.
"""

SPANISH = """---
title: Ir al médico
language: es
---

# Antes de la cita

:calendar: Apunte el día de la cita.

:phone: Puede **anular** la cita por teléfono.

# Lista de palabras

Anular
: Decir que usted no va a ir.
"""


FIXED_WORDS = {
    "fr": ["Facile à lire et à comprendre", "Sommaire", "Liste des mots", "Qui a fait ce livret"],
    "es": ["Lectura fácil", "Índice", "Lista de palabras", "Quién hizo este documento"],
}
BOOKLETS = {"fr": FRENCH, "es": SPANISH}


@pytest.mark.parametrize("language", sorted(BOOKLETS))
def test_a_booklet_prints_its_fixed_words_in_its_language(language: str) -> None:
    page = render_bytes(parse(BOOKLETS[language]), "html").decode("utf-8")
    text = re.sub(r"<style.*?</style>", "", page, flags=re.DOTALL)
    for word in FIXED_WORDS[language]:
        assert word in text, word
    assert "Contents" not in text and "Word list" not in text


LONG_SENTENCES = {
    "fr": (
        "Vous pouvez venir avec une personne de votre famille ou avec un ami pour vous aider.",
        "Cette phrase a 16 mots. Essayez d'utiliser 12 mots ou moins.",
        "Faites 2 phrases courtes.",
    ),
    "es": (
        "Puede venir con una persona de su familia o con un amigo o una amiga que le ayude.",
        "Esta frase tiene 18 palabras. Intente usar 15 palabras o menos.",
        "Haga 2 frases cortas.",
    ),
}


@pytest.mark.parametrize("language", sorted(LONG_SENTENCES))
def test_a_booklet_gets_checker_messages_in_its_language(language: str) -> None:
    sentence, message, hint = LONG_SENTENCES[language]
    doc = parse(BOOKLETS[language].replace(":calendar:", f":calendar: {sentence}\n", 1))
    report = check(doc, CheckConfig(find_project=False))
    found = [f for f in report.findings if f.rule == "TEXT-SENTENCE-LENGTH"]
    assert [f.message for f in found] == [message]
    assert found[0].hint.startswith(hint)
    assert report.summary.profile == language


# Everyday sentences written for this test (not used to write the synonym tables), with the
# pictures a person would accept as the first pick (any picture set).
DRINK = {"water", "drinking-water", "glass-of-water", "drink", "to-drink"}
EVERYDAY = {
    "fr": [
        ("Le bus part à 9 heures.", {"bus", "bus-stop"}),
        ("Votre dentiste regarde vos dents.", {"dentist", "tooth", "teeth"}),
        ("Nous buvons de l'eau.", DRINK),
        ("Écrivez votre nom sur la feuille.", {"write", "write-letter", "pen", "pencil", "form"}),
        ("Vous êtes triste aujourd'hui.", {"sad", "sad-lady", "sad-man", "cry"}),
    ],
    "es": [
        ("El tren sale a las 9.", {"train", "station"}),
        ("Su dentista mira sus dientes.", {"dentist", "tooth", "teeth"}),
        ("Bebemos agua.", DRINK),
        ("Escriba su nombre en la hoja.", {"write", "write-letter", "pen", "pencil", "form"}),
        ("Hoy está triste.", {"sad", "sad-lady", "sad-man", "cry"}),
    ],
}


@pytest.mark.parametrize("language", sorted(EVERYDAY))
def test_picture_suggestions_in_the_booklet_language(language: str) -> None:
    library = PictureLibrary()
    firsts = [
        found[0].name if (found := suggest(text, library, 3, language)) else None
        for text, _ in EVERYDAY[language]
    ]
    accepted = [names for _, names in EVERYDAY[language]]
    right = [first in names for first, names in zip(firsts, accepted, strict=True)]
    assert sum(right) >= 4, firsts
    # English names do not match look-alike words: "pain" is bread in French.
    assert [s.name for s in suggest("Du pain", library, 3, "fr")][:1] != ["pain"]


def test_the_matcher_reads_keywords_in_the_language_from_the_index(tmp_path: Path) -> None:
    bicycle = PictureLibrary().resolve("bicycle")
    assert bicycle is not None
    shutil.copy(bicycle.path, tmp_path / "our-bike.svg")
    index = {"pictures": [{
        "name": "our-bike", "file": "our-bike.svg", "alt": "Our bike",
        "keywords_by_language": {"fr": ["vélo", "bicyclette"], "es": ["bicicleta"]},
    }]}
    (tmp_path / "index.json").write_text(json.dumps(index), encoding="utf-8")
    library = PictureLibrary([tmp_path])
    assert library.resolve("our-bike").keywords_by_language["fr"] == ("vélo", "bicyclette")
    assert suggest("Un vélo.", library, 1, "fr")[0].name == "our-bike"
    assert suggest("Una bicicleta.", library, 1, "es")[0].name == "our-bike"
