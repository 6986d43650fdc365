"""Readability works offline and its formulas match hand-worked values."""

from __future__ import annotations

import socket
import subprocess
import sys

import pytest

from easyread.checker.readability import combine, measure, syllables


def test_formulas_on_a_hand_worked_example() -> None:
    # 2 sentences, 6 words, syllables: the 1, cat 1, sat 1 / dogs 1, ran 1, home 1 -> 6.
    result = measure([["The", "cat", "sat"], ["Dogs", "ran", "home"]])
    assert result is not None
    assert (result.words, result.sentences, result.syllables) == (6, 2, 6)
    assert result.flesch_reading_ease == pytest.approx(206.835 - 1.015 * 3 - 84.6 * 1)
    assert result.flesch_kincaid_grade == pytest.approx(0.39 * 3 + 11.8 * 1 - 15.59)


def test_empty_text_has_no_measure() -> None:
    assert measure([]) is None
    assert combine([]) is None


def test_works_with_the_network_blocked() -> None:
    # A fresh interpreter, so the first syllable count happens with sockets blocked.
    code = (
        "import socket\n"
        "def blocked(*a, **k): raise OSError('network is blocked')\n"
        "socket.socket.connect = blocked\n"
        "socket.create_connection = blocked\n"
        "from easyread.checker.readability import measure\n"
        "from easyread.checker.vocab import vocabulary\n"
        "r = measure([['We', 'will', 'phone', 'you', 'tomorrow']])\n"
        # we, will, phone, you: 1 syllable each; tomorrow: 3.
        "assert r is not None and r.syllables == 7, r\n"
        "assert vocabulary('en').zipf('tomorrow') > 4\n"
        "print('ok')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.stdout.strip() == "ok", result.stderr


def test_socket_blocking_helper_really_blocks() -> None:
    # Guard for the test above: the patched connect must fail, so the test can fail.
    original = socket.socket.connect
    try:
        socket.socket.connect = lambda *a, **k: (_ for _ in ()).throw(OSError("blocked"))  # type: ignore[method-assign]
        with pytest.raises(OSError, match="blocked"), socket.socket() as sock:
            sock.connect(("127.0.0.1", 9))
    finally:
        socket.socket.connect = original  # type: ignore[method-assign]


@pytest.mark.parametrize(
    ("word", "count"),
    [
        # Hyphenation points gave 2 for each of the first 3 (issue 14).
        ("advocacy", 4),
        ("manifesto", 4),
        ("community", 4),
        ("appointment", 3),
        ("medicine", 3),
        ("approximately", 5),
        ("people", 2),
        ("walked", 1),
        ("co-production", 4),
        ("doctor's", 2),
    ],
)
def test_english_syllables_come_from_the_pronouncing_dictionary(word: str, count: int) -> None:
    assert syllables(word) == count


def test_words_the_dictionary_lacks_get_a_count_by_rule() -> None:
    from easyread.checker.syllables import estimate

    assert estimate("telecare") == 3
    assert estimate("throughcare") == 2
    assert syllables("Throughcare") == 2


def test_other_languages_count_hyphenation_points() -> None:
    assert syllables("Krankenhaus", "de") == 3
    assert syllables("Groß·mutter", "de") == 3


def test_cached_hyphenation_patterns_count_the_same(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import os

    code = (
        "from easyread.checker.readability import syllables\n"
        "words = 'appointment hospital information everybody temperature remember'.split()\n"
        "print([syllables(w) for w in words], [syllables(w, 'de') for w in "
        "['Krankenhaus', 'Groß·mutter', 'Termin']])\n"
    )
    env = dict(os.environ, EASYREAD_CACHE_DIR=str(tmp_path))
    runs = [
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                       timeout=120, check=True).stdout
        for _ in range(2)
    ]
    plain = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                           env=dict(env, EASYREAD_NO_CACHE="1"), timeout=120, check=True).stdout
    assert list((tmp_path / "hyphenation").glob("*.json"))  # the first run stored the patterns
    assert runs[0] == runs[1] == plain
