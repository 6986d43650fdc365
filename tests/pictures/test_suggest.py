"""Picture suggestions: quality on the labelled set, speed, lemmas and the synonym table."""

from __future__ import annotations

import importlib.util
import time
from pathlib import Path

import pytest

from easyread.pictures.library import PictureLibrary
from easyread.pictures.suggest import Matcher, load_synonyms, suggest
from easyread.pictures.words import Lemmatiser, tokens

ROOT = Path(__file__).resolve().parents[2]


def _benchmark():
    spec = importlib.util.spec_from_file_location(
        "pictures_accuracy", ROOT / "benchmarks" / "pictures_accuracy.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def library() -> PictureLibrary:
    return PictureLibrary()


def test_labelled_set_is_big_enough_and_labels_resolve(library: PictureLibrary) -> None:
    rows = _benchmark().load_labelled()
    assert len(rows) >= 150
    for sentence, good in rows:
        assert sentence.strip(), sentence
        assert good, sentence
        for name in good:
            assert library.resolve(name) is not None, (sentence, name)


def test_fresh_set_is_separate_and_labels_resolve(library: PictureLibrary) -> None:
    bench = _benchmark()
    fresh = bench.load_labelled(bench.FRESH)
    assert len(fresh) >= 60
    assert not {s for s, _ in fresh} & {s for s, _ in bench.load_labelled()}
    for sentence, good in fresh:
        for name in good:
            assert library.resolve(name) is not None, (sentence, name)


def test_quality_on_labelled_set(library: PictureLibrary) -> None:
    result = _benchmark().evaluate(library)
    # Measured: see docs/pictures.md. The thresholds sit a little under the measured values
    # (all 92.7% / 97.7%, held-out 93.2%, fresh 83.3% / 98.3%); the issue asks for 85% top-1.
    assert result["all"]["top1"] >= 0.88
    assert result["all"]["top3"] >= 0.95
    assert result["held-out"]["top1"] >= 0.88
    assert result["fresh"]["top1"] >= 0.80
    assert result["fresh"]["top3"] >= 0.93


def test_fast_enough(library: PictureLibrary) -> None:
    suggest("warm up", library)  # build the index first
    bench = _benchmark()
    sentences = [s for s, _ in bench.load_labelled() + bench.load_labelled(bench.FRESH)]
    start = time.perf_counter()
    for sentence in sentences:
        suggest(sentence, library)
    per_row = (time.perf_counter() - start) / len(sentences)
    assert per_row < 0.001


def test_suggestion_fields(library: PictureLibrary) -> None:
    found = suggest("Your GP will see you soon.", library, limit=3)
    assert 1 <= len(found) <= 3
    top = found[0]
    assert top.name == "doctor"
    assert "gp" in top.aliases
    assert top.alt
    assert top.licence == "CC BY-SA 4.0"
    assert top.score > 0
    assert [s.score for s in found] == sorted((s.score for s in found), reverse=True)


def test_nothing_to_match_gives_no_suggestions(library: PictureLibrary) -> None:
    assert suggest("", library) == []
    assert suggest("the and of", library) == []


@pytest.mark.parametrize(("word", "lemma"), [
    ("tablets", "tablet"), ("children", "child"), ("visited", "visit"), ("stopped", "stop"),
    ("hoped", "hope"), ("carries", "carry"), ("running", "run"), ("news", "news"),
    ("glasses", "glasses"), ("women", "woman"), ("paid", "pay"), ("virus", "virus"),
])
def test_lemmatiser_without_vocabulary(word: str, lemma: str) -> None:
    assert Lemmatiser().lemma(word) == lemma


def test_lemmatiser_prefers_known_words() -> None:
    lem = Lemmatiser({"care", "carer", "use"})
    assert lem.lemma("caring") == "care"
    assert lem.lemma("carer") == "carer"  # a word in its own right, not care + er
    assert lem.lemma("using") == "use"


def test_tokens() -> None:
    assert tokens("Don't share your GP's number!") == ["do", "not", "share", "your", "gp",
                                                       "number"]


def test_synonym_table_parses_and_targets_exist(library: PictureLibrary) -> None:
    table = load_synonyms()
    assert len(table) > 100
    for phrases, targets in table:
        assert phrases
        for target in targets:
            assert library.resolve(target) is not None, (phrases, target)
    assert any("gp" in phrases and targets[0] == "doctor" for phrases, targets in table)
    # A phrase that shows nothing has no targets, and its words do not count alone.
    assert any("as soon as" in phrases and not targets for phrases, targets in table)
    assert [s.name for s in suggest("as soon as", library)] == []


def test_sentence_shape_moves_the_focus(library: PictureLibrary) -> None:
    from easyread.pictures.focus import focus

    weights = dict(focus("Wash your hands before you eat."))
    assert weights["wash"] > weights["eat"]  # a clause added at the end counts less
    weights = dict(focus("If you feel sick, stay at home."))
    assert weights["sick"] == 1.0  # a leading "if" clause is the situation, not background
    weights = dict(focus("Warning: this is hot."))
    assert weights["warning"] > weights["hot"]
    weights = dict(focus("Take a pill every morning."))
    assert weights["morning"] < weights["pill"]
    weights = dict(focus("Ask for help."))
    assert weights["ask"] < weights["help"]


def test_one_word_counts_once_per_picture(library: PictureLibrary) -> None:
    # "town" names the town picture and is also a synonym for it: it must not count twice.
    single = Matcher(library, synonyms="").suggest("town", 1)[0].score
    both = Matcher(library, synonyms="town = town\n").suggest("town", 1)[0].score
    assert both == single


def test_synonyms_change_the_ranking(library: PictureLibrary) -> None:
    plain = Matcher(library, synonyms="")
    assert not plain.suggest("ballot", 3) or plain.suggest("ballot", 1)[0].name == "vote"
    custom = Matcher(library, synonyms="wibble = hospital\n")
    assert custom.suggest("wibble", 1)[0].name == "hospital"
    assert plain.suggest("wibble", 1) == []


def test_user_pictures_can_be_suggested(tmp_path: Path) -> None:
    (tmp_path / "day-centre.png").write_bytes(b"png")
    library = PictureLibrary([tmp_path])
    assert suggest("Come to the day centre on Friday.", library, 1)[0].name == "day-centre"
