"""What the record is used for: check findings, the checked-by page, easyread review."""

from __future__ import annotations

import json
import subprocess
import zipfile
from pathlib import Path

import pytest

import easyread
from easyread.cli import main
from easyread.review import add_answer, add_hard_word, record_path, remove_hard_word
from tests.conftest import require_tool

BOOKLET = """---
title: Our trip
checked_by: [Staff team]
---

# The day

We go by coach to the seaside.

We eat lunch on the pier.

We come home at six.
"""


@pytest.fixture
def reviewed(tmp_path: Path) -> Path:
    source = tmp_path / "trip.md"
    source.write_text(BOOKLET, encoding="utf-8")
    doc = easyread.load(source)
    add_answer(source, doc, reviewer="Sam", key="we-go-by-coach-to-the-seaside",
               answer="understand")
    add_answer(source, doc, reviewer="Priya", key="we-eat-lunch-on-the-pier",
               answer="not-sure", comment="What is a pier?")
    add_hard_word(source, doc, reviewer="Priya", key="we-eat-lunch-on-the-pier", word="pier")
    return source


def test_check_reports_not_sure_hard_words_and_rows_not_reviewed(
        reviewed: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(reviewed)]) == 0
    out = capsys.readouterr().out
    assert (f"{reviewed}:10:1: warning REVIEW-NOT-SURE: Priya was not sure about this row: "
            "“What is a pier?”") in out
    assert f"{reviewed}:10:1: warning REVIEW-HARD-WORDS: Priya found “pier” hard." in out
    assert f"{reviewed}:12:1: info REVIEW-NOT-REVIEWED: No reader has reviewed" in out
    assert f"{reviewed}:8:1: info REVIEW-NOT-REVIEWED" not in out
    assert f"{reviewed}:10:1: info REVIEW-NOT-REVIEWED" not in out


def test_a_hard_word_taken_back_leaves_check_and_review(
        reviewed: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = easyread.load(reviewed)
    key = "we-eat-lunch-on-the-pier"
    add_hard_word(reviewed, doc, reviewer="Sam", key=key, word="lunch")
    remove_hard_word(reviewed, doc, reviewer="Priya", key=key, word="pier")
    main(["check", str(reviewed)])
    out = capsys.readouterr().out
    assert "found “pier” hard" not in out
    assert f"{reviewed}:10:1: warning REVIEW-HARD-WORDS: Sam found “lunch” hard." in out
    main(["review", str(reviewed)])
    assert "  Hard words: lunch (Sam)\n" in capsys.readouterr().out
    remove_hard_word(reviewed, doc, reviewer="Sam", key=key, word="lunch")
    main(["check", str(reviewed)])
    assert "REVIEW-HARD-WORDS" not in capsys.readouterr().out
    main(["review", str(reviewed)])
    assert "Hard words" not in capsys.readouterr().out


def test_a_changed_row_is_reported_as_changed_since(
        reviewed: Path, capsys: pytest.CaptureFixture[str]) -> None:
    reviewed.write_text(BOOKLET.replace("to the seaside", "to the sea"), encoding="utf-8")
    main(["check", str(reviewed)])
    assert f"{reviewed}:8:1: info REVIEW-NOT-REVIEWED: This row changed after readers" \
        in capsys.readouterr().out


def test_no_review_file_no_review_findings(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "trip.md"
    source.write_text(BOOKLET, encoding="utf-8")
    main(["check", str(source)])
    assert "REVIEW-" not in capsys.readouterr().out


def test_the_checked_by_page_names_the_readers_with_the_date(reviewed: Path) -> None:
    assert main(["build", str(reviewed), "-f", "pdf,docx,html", "-q"]) == 0
    day = easyread.load(reviewed).review[0].answers[0].date  # type: ignore[index]
    year, month, date = (int(part) for part in day[:10].split("-"))
    months = ["January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"]
    dated = f"({date} {months[month - 1]} {year})"
    html = reviewed.with_suffix(".html").read_text("utf-8")
    assert "<li>Staff team</li>" in html
    assert f"<li>Sam {dated}</li>" in html and f"<li>Priya {dated}</li>" in html
    with zipfile.ZipFile(reviewed.with_suffix(".docx")) as docx:
        body = docx.read("word/document.xml").decode("utf-8")
    assert f"Staff team, Sam {dated}, Priya {dated}" in body
    pdf = reviewed.with_suffix(".pdf").read_bytes()
    assert pdf.startswith(b"%PDF")
    text = subprocess.run([require_tool("pdftotext"), str(reviewed.with_suffix(".pdf")), "-"],
                          capture_output=True, text=True, check=True).stdout
    assert f"Sam {dated}" in " ".join(text.split())


def test_review_prints_a_plain_summary(reviewed: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["review", str(reviewed)]) == 0
    out = capsys.readouterr().out
    assert "Line 8: We go by coach to the seaside.\n  Understood: Sam\n" in out
    assert "  Not sure: Priya: “What is a pier?”\n  Hard words: pier (Priya)\n" in out
    assert "Line 12: We come home at six.\n  Nobody has reviewed this row yet.\n" in out
    assert "3 rows: 2 reviewed, 1 understood by everyone who answered, 1 with “Not sure”" in out
    assert "Readers: Sam, Priya." in out


def test_review_json(reviewed: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["review", str(reviewed), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["readers"] == ["Sam", "Priya"]
    pier = data["rows"][1]
    assert (pier["key"], pier["line"]) == ("we-eat-lunch-on-the-pier", 10)
    assert pier["answers"][0]["comment"] == "What is a pier?"
    assert pier["hard_words"][0]["word"] == "pier"
    assert data["totals"]["not_reviewed"] == 1


def test_review_without_a_review_file(tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "trip.md"
    source.write_text(BOOKLET, encoding="utf-8")
    assert main(["review", str(source)]) == 0
    assert "Nobody has reviewed trip.md yet" in capsys.readouterr().out


@pytest.mark.parametrize("command", ["check", "review", "build"])
def test_a_broken_review_file_stops_with_one_line(
        reviewed: Path, command: str, capsys: pytest.CaptureFixture[str]) -> None:
    record_path(reviewed).write_text("rows:\n  x:\n    colour: red\n", encoding="utf-8")
    assert main([command, str(reviewed)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"{record_path(reviewed)}:3:5: error: the review file has an unknown key "
                   "'colour' in a row (fix that line, or remove the file to start the review "
                   "again)"]
    assert not reviewed.with_suffix(".pdf").exists()
