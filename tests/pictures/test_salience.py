"""The learned salience table: how often a word's own picture is the row's picture."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from easyread.pictures.library import PictureLibrary
from easyread.pictures.salience import (
    FLOOR,
    STRENGTH,
    Salience,
    count_salience,
    format_salience,
    read_salience,
)
from easyread.pictures.suggest import Matcher, matcher_for

ROOT = Path(__file__).resolve().parents[2]


def test_factor_follows_the_share_and_trusts_few_rows_less() -> None:
    table = Salience.of({"never": (40, 0), "always": (40, 40), "once": (1, 0), "half": (20, 10)})
    assert table.usual == pytest.approx(50 / 101)
    assert table.factor("unseen") == 1.0
    assert table.factor("never") == FLOOR
    assert 1.0 < table.factor("always") < (1 / table.usual) ** STRENGTH
    # One row where the picture was wrong moves the word far less than forty.
    assert table.factor("never") < table.factor("once") < 1.0
    assert table.factor("half") == pytest.approx(1.0, abs=0.02)


def test_table_text_round_trips_with_pattern_terms() -> None:
    counts = {"#phone": (5, 5), "give us a bell": (2, 2), "people": (30, 8)}
    text = format_salience(counts, "A header\nin two lines")
    assert text.startswith("# A header\n# in two lines\n")
    assert read_salience(text).counts == counts


def test_counting_uses_each_terms_best_picture() -> None:
    picks = {"See the doctor.": {"doctor": "doctor"},
             "Ask the doctor for help.": {"doctor": "doctor", "help": "help"}}
    rows = [("See the doctor.", frozenset({"doctor"})),
            ("Ask the doctor for help.", frozenset({"doctor", "nurse"}))]
    assert count_salience(picks.__getitem__, rows) == {"doctor": (2, 2), "help": (1, 0)}


def test_a_word_seldom_pictured_gives_way() -> None:
    library = PictureLibrary()
    text = "The doctor will help you."
    plain = Matcher(library, salience="")
    assert plain.suggest(text, 1)[0].name == "doctor"
    learned = Matcher(library, salience="doctor\t30\t0\nhelp\t30\t30\n")
    assert learned.suggest(text, 1)[0].name == "help"


def test_the_shipped_table_names_the_matchers_own_terms() -> None:
    # A term the matcher no longer makes means the table is stale: run
    # scripts/learn_salience.py after changing the synonyms, senses or picture words.
    matcher = matcher_for(PictureLibrary())
    assert len(matcher.salience.counts) > 500
    # A word the table lists as written ("lost") is counted under its lemma ("lose").
    surface = {matcher.lemmatiser.lemma(word) for word in matcher.surface_synonyms}
    stale = [term for term in matcher.salience.counts
             if not (term in matcher.postings or term in matcher.synonyms or term in surface
                     or term.startswith(("#", "not ")))]
    assert stale == []


def test_learning_script_stops_cleanly_without_the_corpus(tmp_path: Path) -> None:
    table = ROOT / "easyread" / "languages" / "en" / "salience.tsv"
    before = table.read_bytes()
    out = tmp_path / "salience.tsv"
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "learn_salience.py"),
         "--corpus", str(tmp_path / "missing"), "--output", str(out)],
        capture_output=True, text=True, check=False)
    assert done.returncode == 2
    assert done.stderr.startswith("learn_salience: error: ") and done.stderr.count("\n") == 1
    assert not out.exists() and table.read_bytes() == before
