"""Our hyphenation counts must equal pyphen's own, word for word, cached or not."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pyphen
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from easyread.checker import hyphenation
from easyread.checker.hyphenation import patterns
from easyread.checker.readability import syllables

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
GERMAN = "Krankenhaus Groß·mutter Termin Versicherung Bundestag Schwimmbad Wahl-Benachrichtigung"


def _pyphen_count(word: str, language: str) -> int:
    return len(pyphen.Pyphen(lang=language).positions(word))


def _example_words() -> list[str]:
    text = " ".join(path.read_text("utf-8") for path in sorted(EXAMPLES.glob("*.md")))
    return sorted(set(re.findall(r"[^\W\d_]+", text)))


@pytest.mark.parametrize("language", ["en_GB", "de_DE"])
def test_counts_equal_pyphen_on_real_words(language: str) -> None:
    words = _example_words() + GERMAN.replace("·", " ").replace("-", " ").split()
    assert len(words) > 100
    found = patterns(language)
    for word in words:
        assert found.count(word) == _pyphen_count(word, language), word


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abcdeghilmnoprstuyzäöüßAEIOU'", min_size=1, max_size=16))
def test_counts_equal_pyphen_on_any_letters(word: str) -> None:
    for language in ("en_GB", "de_DE"):
        assert patterns(language).count(word) == _pyphen_count(word, language), (word, language)


def test_syllables_are_pyphen_points_plus_one_per_part() -> None:
    # English counts come from the pronouncing dictionary (test_readability.py); other
    # languages from hyphenation points.
    for word in ("Krankenhaus", "Termin", "a"):
        expected = sum(_pyphen_count(part, "de_DE") + 1 for part in word.lower().split()) or 1
        assert syllables(word, "de") == expected
    assert syllables("Groß·mutter", "de") == sum(
        _pyphen_count(part, "de_DE") + 1 for part in ("groß", "mutter")
    )


def test_cached_patterns_equal_freshly_parsed(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("EASYREAD_CACHE_DIR", str(tmp_path))
    patterns.cache_clear()
    try:
        stored = patterns("en_GB")  # parses and stores
        assert list((tmp_path / "hyphenation").glob("*.json"))
        patterns.cache_clear()
        loaded = patterns("en_GB")  # reads the cache
        assert loaded is not stored
        assert loaded.table == stored.table
        assert loaded.table == hyphenation._parse(hyphenation._dictionary("en_GB"))
    finally:
        patterns.cache_clear()


def test_a_broken_cache_file_is_parsed_again(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("EASYREAD_CACHE_DIR", str(tmp_path))
    patterns.cache_clear()
    try:
        patterns("en_GB")
        (cached,) = (tmp_path / "hyphenation").glob("*.json")
        cached.write_text('{"not": ["a", "string"]}', encoding="utf-8")
        patterns.cache_clear()
        assert patterns("en_GB").count("appointment") == _pyphen_count("appointment", "en_GB")
    finally:
        patterns.cache_clear()


def test_dictionary_is_the_file_pyphen_reads() -> None:
    for language in ("en_GB", "de_DE", "en", "fr"):
        expected = Path(pyphen.LANGUAGES[pyphen.language_fallback(language)])
        assert hyphenation._dictionary(language) == expected


def test_profiles_from_the_json_copy_equal_the_toml(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import tomllib

    from easyread.checker import profile

    monkeypatch.setenv("EASYREAD_CACHE_DIR", str(tmp_path))
    for name in profile.available_profiles():
        code = profile._profiles()[name]
        source = profile.FOLDER / code / "checker.toml"
        expected = tomllib.loads(source.read_text("utf-8"))
        profile.load_profile.cache_clear()
        first = profile.load_profile(name)  # parses the TOML and stores the copy
        profile.load_profile.cache_clear()
        second = profile.load_profile(name)  # reads the copy
        assert first == second
        stored = list((tmp_path / f"profile-{code}").glob(f"{source.stem}-*.json"))
        assert len(stored) == 1
        assert json.loads(stored[0].read_text("utf-8")) == expected
    profile.load_profile.cache_clear()


def test_a_copy_of_an_older_source_is_removed(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from easyread.checker.datacache import cached_json

    monkeypatch.delenv("EASYREAD_NO_CACHE", raising=False)
    monkeypatch.setenv("EASYREAD_CACHE_DIR", str(tmp_path / "cache"))
    source = tmp_path / "words.txt"
    source.write_text("one")
    assert cached_json(source, "words", lambda: ["one"], lambda d: True) == ["one"]
    os.utime(source, ns=(1_000_000_000, 1_000_000_000))
    source.write_text("two")
    os.utime(source, ns=(2_000_000_000, 2_000_000_000))
    assert cached_json(source, "words", lambda: ["two"], lambda d: True) == ["two"]
    kept = list((tmp_path / "cache" / "words").glob("*.json"))
    assert len(kept) == 1 and kept[0].name.startswith("words-3-2000000000")
