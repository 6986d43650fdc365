"""On real document pairs, every easy read version scores above its standard version."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from easyread.checker import CheckConfig, check
from easyread.read.plaintext import load_text

CORPUS = Path("/work/shared/corpus/dev")
CONFIG = CheckConfig(settings={"disable": ["IMG-EVERY-IDEA"]}, find_project=False)


def _pairs() -> dict[str, dict[str, Path]]:
    pairs: dict[str, dict[str, Path]] = {}
    with (CORPUS / "manifest.tsv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            if row["lang"].startswith("en") and row["file"].endswith(".txt"):
                pairs.setdefault(row["pair"], {})[row["kind"]] = CORPUS / row["file"]
    return pairs


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the team's document corpus is not here")
def test_easy_read_versions_score_higher() -> None:
    scores = {}
    for pair, files in _pairs().items():
        easy = check(load_text(files["easyread"]), CONFIG).summary.score
        standard = check(load_text(files["standard"]), CONFIG).summary.score
        scores[pair] = (easy, standard)
    assert scores and all(e is not None and s is not None and e > s for e, s in scores.values()), (
        scores
    )


DE = CORPUS / "de"


@pytest.mark.skipif(not DE.is_dir(), reason="the team's German corpus is not here")
def test_leichte_sprache_version_scores_higher_with_the_de_profile() -> None:
    easy = check(load_text(DE / "easyread_ndr_rotkaeppchen.txt", "de"), CONFIG).summary
    standard = check(load_text(DE / "standard_grimm_rotkaeppchen.txt", "de"), CONFIG).summary
    assert easy.profile == standard.profile == "de"
    assert easy.score is not None and standard.score is not None
    assert easy.score > standard.score + 30, (easy.score, standard.score)
    assert easy.readability is not None and standard.readability is not None
    assert easy.readability.amstad_reading_ease > standard.readability.amstad_reading_ease
