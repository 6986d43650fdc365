"""Settings come from the profile, the project file, the front matter and the caller."""

from __future__ import annotations

from pathlib import Path

import pytest

from easyread.checker import CheckConfig, check
from easyread.checker.config import silenced
from easyread.errors import SourceError
from easyread.read import load, parse
from tests.checker.helpers import FRONT, found

LONG = ":doctor: " + " ".join(["word"] * 13) + " end.\n"  # 14 words


def test_front_matter_sets_a_threshold_and_severity() -> None:
    front = (
        "---\ntitle: T\ncheck:\n  TEXT-SENTENCE-LENGTH: {warn_words: 12, severity: error}\n---\n"
    )
    doc = parse(front + "\n" + LONG, source="t.md")
    report = check(doc, CheckConfig(find_project=False))
    hits = [f for f in report.findings if f.rule == "TEXT-SENTENCE-LENGTH"]
    assert [(f.loc.line, f.severity.value) for f in hits] == [(7, "error")]


def test_front_matter_turns_a_rule_off() -> None:
    doc = parse("---\ntitle: T\ncheck:\n  disable: [IMG-EVERY-IDEA]\n---\n\nHello there.\n")
    assert "IMG-EVERY-IDEA" not in {f.rule for f in check(doc).findings}


def test_unknown_rule_name_is_bad_input_with_a_suggestion() -> None:
    doc = parse("---\ntitle: T\ncheck:\n  TEXT-SENTENCE-LENGHT: off\n---\n\nHi.\n", source="t.md")
    with pytest.raises(SourceError) as err:
        check(doc)
    assert "did you mean TEXT-SENTENCE-LENGTH?" in str(err.value)
    assert str(err.value).startswith("t.md:1:1: error:")


def test_unknown_setting_and_wrong_type_are_bad_input() -> None:
    doc = parse(FRONT + "Hi.\n", source="t.md")
    with pytest.raises(SourceError, match="has no setting 'warn'"):
        check(doc, CheckConfig(settings={"TEXT-SENTENCE-LENGTH": {"warn": 3}}))
    with pytest.raises(SourceError, match="wrong type"):
        check(
            doc,
            CheckConfig(settings={"TEXT-SENTENCE-LENGTH": {"warn_words": "many"}}),
        )


def test_project_file_is_found_above_the_document(tmp_path: Path) -> None:
    (tmp_path / "easyread.toml").write_text(
        '[check]\ndisable = ["IMG-EVERY-IDEA"]\n'
        "[check.rules.TEXT-SENTENCE-LENGTH]\nwarn_words = 10\n",
        "utf-8",
    )
    folder = tmp_path / "booklets" / "health"
    folder.mkdir(parents=True)
    source = folder / "b.md"
    source.write_text("---\ntitle: T\n---\n\nYou can see " + "a nurse " * 5 + "today.\n", "utf-8")
    rules = [f.rule for f in check(load(source)).findings]
    assert "TEXT-SENTENCE-LENGTH" in rules
    assert "IMG-EVERY-IDEA" not in rules


def test_front_matter_wins_over_project_file(tmp_path: Path) -> None:
    (tmp_path / "easyread.toml").write_text('[check]\ndisable = ["TEXT-NEGATIVES"]\n', "utf-8")
    source = tmp_path / "b.md"
    source.write_text(
        "---\ntitle: T\ncheck:\n  TEXT-NEGATIVES: on\n---\n\n:doctor: Do not run.\n", "utf-8"
    )
    assert "TEXT-NEGATIVES" in {f.rule for f in check(load(source)).findings}


def test_silencing_comment_on_the_line_or_the_line_before() -> None:
    body = (
        ":doctor: You can't come. <!-- easyread: ignore TEXT-NO-CONTRACTIONS -->\n"
        "\n"
        "<!-- easyread: ignore -->\n"
        ":doctor: You won't pay.\n"
        "\n"
        ":doctor: We don't mind. <!-- easyread: ignore TEXT-NEGATIVES -->\n"
    )
    assert found(body, "TEXT-NO-CONTRACTIONS") == ["10:13 TEXT-NO-CONTRACTIONS"]


def test_silenced_map() -> None:
    text = "a\n<!-- easyread: ignore A-B, C-D -->\n\nline\nx <!-- easyread: ignore -->\n"
    assert silenced(text) == {2: {"A-B", "C-D"}, 4: {"A-B", "C-D"}, 5: {"*"}}
