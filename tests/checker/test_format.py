"""The text, JSON and SARIF outputs, the summary line and the score."""

from __future__ import annotations

import json

from easyread.checker import format_json, format_sarif, format_summary, format_text
from easyread.checker.finding import Finding, Severity
from easyread.checker.report import score
from easyread.location import Location
from tests.checker.helpers import run

BODY = ":doctor: You can't come on Monday.\n"


def test_text_format_is_compiler_style_with_hint_and_summary() -> None:
    lines = format_text(run(BODY, "TEXT-NO-CONTRACTIONS")).splitlines()
    assert lines[0] == (
        "t.md:5:14: warning TEXT-NO-CONTRACTIONS: “can't” is a short way of writing “cannot”."
    )
    assert lines[1] == "    Write “cannot”."
    assert lines[2].startswith("0 errors, 1 warning; 5 words, 1 sentence, 1 row, about ")


def test_json_format_has_the_issue_schema() -> None:
    data = json.loads(format_json(run(BODY, "TEXT-NO-CONTRACTIONS")))
    finding = data["findings"][0]
    assert {k: finding[k] for k in ("rule", "severity", "line", "column")} == {
        "rule": "TEXT-NO-CONTRACTIONS",
        "severity": "warning",
        "line": 5,
        "column": 14,
    }
    assert finding["message"] and finding["hint"]
    summary = data["summary"]
    assert (summary["words"], summary["sentences"], summary["rows"]) == (5, 1, 1)
    assert 0 <= summary["score"] <= 100
    assert {"flesch_reading_ease", "flesch_kincaid_grade"} <= set(summary["readability"])
    assert data["rows"][0]["line"] == 5


def test_sarif_is_version_2_1_0_with_rules_and_regions() -> None:
    from easyread import __version__

    log = json.loads(format_sarif(run(BODY, "TEXT-NO-CONTRACTIONS")))
    assert log["version"] == "2.1.0"
    run_ = log["runs"][0]
    assert run_["tool"]["driver"]["version"] == __version__
    rule_ids = [r["id"] for r in run_["tool"]["driver"]["rules"]]
    result = run_["results"][0]
    assert rule_ids[result["ruleIndex"]] == result["ruleId"] == "TEXT-NO-CONTRACTIONS"
    region = result["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"]) == (5, 14)
    assert result["level"] == "warning"


def test_summary_line_mentions_score_and_formula() -> None:
    text = format_summary(run(BODY))
    assert "score " in text and "Flesch reading ease" in text


def test_score_by_hand() -> None:
    # 100 words in 10 sentences (10 each): sentence part (25-10)/17; no long sentences;
    # 4 hard words -> word part 1 - 0.04/0.08 = 0.5; 1 error -> 2 per 100 words -> 0.8.
    error = Finding("TEXT-NEGATIVES", Severity.ERROR, Location("t.md"), "m")
    value = score(words=100, sentences=10, long_sentences=0, hard_words=4, findings=(error,))
    expected = 100 * (0.35 * 15 / 17 + 0.15 + 0.25 * 0.5 + 0.25 * 0.8)
    assert value == round(expected)
    assert score(words=0, sentences=0, long_sentences=0, hard_words=0, findings=()) is None
