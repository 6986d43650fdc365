"""Picture suggestions: quality on the labelled set, speed, lemmas and the synonym table."""

from __future__ import annotations

import csv
import importlib.util
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from easyread.pictures.library import PictureLibrary
from easyread.pictures.suggest import Matcher, load_synonyms, suggest
from easyread.pictures.words import Lemmatiser, tokens

ROOT = Path(__file__).resolve().parents[2]
MULBERRY = ROOT.parent / "shared" / "pictures" / "mulberry" / "symbol-info-en.csv"


@pytest.fixture(scope="module")
def bench() -> Iterator[ModuleType]:
    """benchmarks/pictures_accuracy.py, with its folder importable for picture_labels."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        spec = importlib.util.spec_from_file_location(
            "pictures_accuracy", ROOT / "benchmarks" / "pictures_accuracy.py")
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module  # dataclasses look their module up there
        spec.loader.exec_module(module)
        yield module
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
        sys.modules.pop("pictures_accuracy", None)


@pytest.fixture(scope="module")
def library() -> PictureLibrary:
    return PictureLibrary()


def _check_labels(library: PictureLibrary, text: str, labels: frozenset[str]) -> None:
    assert text.strip()
    assert labels, text
    for name in labels:
        if name == "-":  # no picture fits: the row always counts as a miss
            assert labels == {"-"}, text
        elif name.startswith("mulberry:"):
            assert name[len("mulberry:"):], text
        else:
            assert library.resolve(name) is not None, (text, name)


def test_labelled_sets_are_big_enough_separate_and_labels_resolve(
        bench: ModuleType, library: PictureLibrary) -> None:
    rows = bench.our_rows()
    groups = {g: [r for r in rows if r.group == g] for g in bench.GROUPS}
    assert len(groups["labelled-dev"]) + len(groups["labelled-held"]) >= 150
    assert len(groups["fresh"]) >= 60
    assert len(groups["colloquial"]) >= 60
    assert len(groups["booklet-like"]) >= 120
    texts = [r.text for r in rows]
    assert len(texts) == len(set(texts))
    for row in rows:
        _check_labels(library, row.text, row.labels)


def _rows_of(name: str) -> list[list[str]]:
    return [line.split("\t") for line in
            (ROOT / "tests/pictures" / name).read_text("utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


@pytest.mark.parametrize(("name", "least"), [("corpus_rows.tsv", 150), ("seed_rows.tsv", 100)])
def test_real_rows_are_references_with_labels(
        library: PictureLibrary, name: str, least: int) -> None:
    lines = _rows_of(name)
    assert len(lines) >= least
    halves = [half for _, _, _, half, _ in lines]
    assert halves == ["development", "held-out"] * (len(lines) // 2) + ["development"] * (
        len(lines) % 2)
    stems = set()
    if MULBERRY.is_file():
        with MULBERRY.open(encoding="utf-8", newline="") as handle:
            stems = {row["symbol"] for row in csv.DictReader(handle)}
    for file, span, digest, _, labels in lines:
        assert file.endswith(".txt") and "/" not in file
        first, last = (int(n) for n in span.split("-"))
        assert 1 <= first <= last
        assert len(digest) == 12 and int(digest, 16) >= 0
        _check_labels(library, span, frozenset(labels.split()))
        for label in labels.split():
            if label.startswith("mulberry:") and stems:
                assert label[len("mulberry:"):] in stems, label


def test_added_labels_name_mulberry_pictures_of_known_rows(bench: ModuleType) -> None:
    """Every added label is a Mulberry picture, and every row it is for is one of our rows or
    a real row (by hash), so a changed sentence cannot silently lose its labels."""
    mulberry = {p.name for p in PictureLibrary(picture_set="mulberry").pictures}
    known = {digest for _, _, digest, _, _ in _rows_of("corpus_rows.tsv") + _rows_of(
        "seed_rows.tsv")}
    known |= {bench.row_hash(row.text) for row in bench.our_rows()}
    added = _rows_of("mulberry_labels.tsv")
    assert len(added) >= 450
    assert len({digest for digest, _ in added}) == len(added)
    for digest, names in added:
        assert digest in known, digest
        assert names.split() and all(n in mulberry for n in names.split() if n != "-"), digest
    for _, _, digest, _, names in _rows_of("seed_rows.tsv"):
        assert all(n in mulberry for n in names.split() if n != "-"), digest


def test_quality_on_labelled_sets(bench: ModuleType, library: PictureLibrary) -> None:
    figures = bench.evaluate(bench.our_rows(), library)
    # Measured in the Mulberry set: see docs/pictures.md. The thresholds sit under the
    # measured values (the development groups are measured here with the shipped salience
    # table, which was learned from them, so they read a little higher than out of fold).
    top1 = {name: f.top1 / f.rows for name, f in figures.items() if f.rows}
    assert top1["labelled-dev"] >= 0.90
    assert top1["labelled-held"] >= 0.90
    assert top1["fresh"] >= 0.85
    assert top1["colloquial"] >= 0.85
    # The booklet-like rows (docs/pictures.md: development 77.4% out of fold, 79.6% here;
    # calibration 87.5%).
    assert top1["booklet-dev"] >= 0.77
    assert top1["booklet-like"] >= 0.86
    # Everyday sentences by new writers are harder (68.3% out of fold, 72.9% here).
    assert top1["everyday-dev"] >= 0.70


@pytest.mark.skipif(not (ROOT.parent / "shared/corpus/dev").is_dir() and not os.environ.get(
    "EASYREAD_CORPUS"), reason="the team's document corpus is not here")
def test_quality_on_real_booklets(bench: ModuleType, library: PictureLibrary) -> None:
    figures = bench.evaluate(bench.all_rows(), library)
    held, seed = figures["corpus-held"], figures["seed-held"]
    assert held.rows >= 75 and seed.rows >= 50
    # 83.7% and 76.5% in Mulberry (see docs/pictures.md).
    assert held.top1 / held.rows >= 0.80
    assert seed.top1 / seed.rows >= 0.73
    # --auto-pictures on the real held-out rows: 17 placed, none wrong.
    placed = held.filled + seed.filled
    assert placed >= 8 and (held.wrong + seed.wrong) / placed <= 0.10


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
    # "help" frames what follows: the finding, not the helping, is the picture...
    weights = dict(focus("We can help you find a new flat."))
    assert weights["help"] < weights["flat"]
    assert suggest("We can help you with your shopping.", library, 1)[0].name == "shop"
    # ...but a sentence about help still shows help.
    assert suggest("We can help.", library, 1)[0].name == "help"


def test_one_word_counts_once_per_picture(library: PictureLibrary) -> None:
    # "bus" names the bus picture and is also a synonym for it: it must not count twice.
    single = Matcher(library, synonyms="").suggest("bus", 1)[0].score
    both = Matcher(library, synonyms="bus = bus\n").suggest("bus", 1)[0].score
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


def test_a_set_s_catalogue_words_and_noun_names_are_read_as_such(library: PictureLibrary) -> None:
    matcher = Matcher(library)
    # Mulberry tags every symbol with its grammar; those tags are not picture words.
    assert "noun" not in matcher.postings and "verbcomplex" not in matcher.postings
    # Mulberry's saw is the tool: "see" does not reach it through the irregular verb table.
    names = [s.name for s in matcher.suggest("The nurse will see you.", 5)]
    assert names[0] == "nurse" and "saw" not in names


def test_old_emoji_names_draw_in_mulberry(library: PictureLibrary) -> None:
    # pictures-src/mulberry-aliases.tsv: a booklet written for the emoji pictures keeps the
    # booklet's set (Mulberry) where Mulberry draws the same thing.
    for old, new in (("hot-drink", "drink-hot"), ("thumbs-up", "good"), ("houses", "house")):
        picture = library.resolve(old)
        assert picture is not None and (picture.set, picture.name) == ("mulberry", new)


def test_one_name_means_one_thing_in_every_set() -> None:
    """OpenMoji's "park" is a green park; Mulberry's picture of that name is a car park, so
    the picture build names it "car-park". "parc" names the green park, which Mulberry does
    not have, so a Mulberry booklet gets the next target, and "park your car" the car park."""
    assert PictureLibrary(picture_set="mulberry").resolve("mulberry/park") is None
    french = Matcher(PictureLibrary(picture_set="mulberry"), language="fr")
    assert french.suggest("Nous allons au parc.", 1)[0].name == "tree"
    english = Matcher(PictureLibrary(picture_set="mulberry"))
    assert "car-park" not in [s.name for s in english.suggest("We will meet in the park.", 3)]
    parking = [s.name for s in english.suggest("You can park your car here.", 2)]
    assert "car-park" in parking and "tree" not in parking
    # Mulberry's plane is a woodworking tool and its back a person's back: a flight shows an
    # aeroplane, and going back to a page does not lead with a body.
    assert english.suggest("The flight is late.", 1)[0].name == "aeroplane"
    assert english.suggest("Go back to the last page.", 1)[0].name != "back-body"
    assert "woodworking-plane" not in [s.name for s in english.suggest("Fly to Spain.", 5)]


def test_scores_are_in_words_in_every_set() -> None:
    """One word that names one picture scores 1, in Mulberry (3,337 pictures) and OpenMoji
    (562), so the placing thresholds mean the same in both."""
    for name in ("mulberry", "openmoji"):
        found = Matcher(PictureLibrary(picture_set=name)).suggest("Guitar.", 1)
        assert found[0].name == "guitar" and found[0].score == pytest.approx(1.0)


def test_a_word_whose_base_form_is_another_word_is_matched_as_written(
        library: PictureLibrary) -> None:
    """"broke" (no money) is in the table as written: "break" does not reach the money."""
    matcher = Matcher(library, synonyms="skint, broke = money\n")
    assert "money" in [s.name for s in matcher.suggest("I am broke this week.", 3)]
    assert "money" not in [s.name for s in matcher.suggest("Do not break the glass.", 5)]


def test_the_verb_drawing_is_the_verb_not_to_plus_the_verb(library: PictureLibrary) -> None:
    """"to-work" is the build's name for Mulberry's verb drawing: "to work" in a sentence is
    the word "work", worth what a name is worth, not more."""
    found = {s.name: s.score for s in Matcher(library).suggest("I want to work.", 3)}
    assert found["to-work"] < 0.75  # not a whole name plus "to": a person chooses


def test_uncovered_words_lists_common_words_no_picture_shows(library: PictureLibrary) -> None:
    """scripts/uncovered_words.py: the start of a vocabulary pass. A word the table or a
    picture's name already reaches is left out, each base form once, stop words never."""
    spec = importlib.util.spec_from_file_location(
        "uncovered_words", ROOT / "scripts" / "uncovered_words.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    plain = Matcher(library, synonyms="")
    words = ["the", "doctor", "apartment", "residence", "residences", "zz", "however"]
    assert module.uncovered(words, plain) == ["apartment", "residence", "however"]
    # The general vocabulary in the English table reaches "residence" now.
    assert module.uncovered(words, Matcher(library)) == ["however"]


def test_calibration_trusts_a_wrong_share_only_as_far_as_its_count_allows(
        bench: ModuleType) -> None:
    # With none wrong of n, the bound solves (1 - p) ** n = 1 - confidence.
    assert bench.wrong_bound(0, 37) == pytest.approx(1 - 0.2 ** (1 / 37), abs=1e-6)
    assert bench.wrong_bound(1, 50) > 0.05 > bench.wrong_bound(1, 80)
    assert bench.wrong_bound(0, 0) == 1.0 and bench.wrong_bound(3, 3) == pytest.approx(1.0)
    assert bench.wrong_bound(2, 100) < bench.wrong_bound(2, 50) < bench.wrong_bound(3, 50)
    assert "booklet-like" in bench.CALIBRATION
    assert not any(group.endswith("-held") for group in bench.CALIBRATION)


def test_a_second_reader_labelled_every_calibration_row(
        bench: ModuleType, library: PictureLibrary) -> None:
    """second_labels.tsv: every booklet-like row and more, by hash, with Mulberry names; the
    agreement figures in docs/pictures.md come from it."""
    mulberry = {p.name for p in PictureLibrary(picture_set="mulberry").pictures}
    second = _rows_of("second_labels.tsv")
    known = {digest for _, _, digest, _, _ in _rows_of("corpus_rows.tsv") + _rows_of(
        "seed_rows.tsv")} | {bench.row_hash(row.text) for row in bench.our_rows()}
    assert len({digest for digest, _ in second}) == len(second)
    assert {digest for digest, _ in second} <= known
    assert all(names.split() and set(names.split()) - {"-"} <= mulberry for _, names in second)
    calibration = [row for row in bench.our_rows() if row.group == "booklet-like"]
    assert all(row.second for row in calibration)
    found = bench.agreement(calibration, library)["booklet-like"]
    assert found.rows == len(calibration) and found.first_pick >= 0.9 * found.rows
    assert max(found.matcher[:2]) <= found.matcher[2]

def test_learning_rows_are_measured_out_of_fold(bench: ModuleType, library: PictureLibrary) -> None:
    rows = bench.our_rows()
    learning = [row for row in rows if row.group in bench.LEARNING]
    assert learning and not any(row.group.endswith("-held") or row.group == "booklet-like"
                                for row in learning)
    matcher_of = bench.fold_matchers(rows, library, folds=3)
    held = next(row for row in rows if row.group == "labelled-held")
    assert matcher_of(held) is bench.matcher_for(library)
    tables = {id(matcher_of(row)): matcher_of(row).salience for row in learning}
    assert len(tables) == 3
    # Each row is counted in every fold's table but its own: two of the three.
    whole = bench.learned_salience(learning, library)
    assert sum(n for table in tables.values() for n, _ in table.counts.values()) == 2 * sum(
        n for n, _ in whole.values())
