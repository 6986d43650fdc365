"""The format record: one entry per output format, read by the command line, the API, the
studio and the docs; a new format is one record and one writer."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import easyread
from easyread.cli import main
from easyread.formats import FORMATS, default_formats, format_named, names_in_words
from easyread.writers import writer_for

ROOT = Path(__file__).resolve().parents[1]
BOOKLET = """---
title: Our garden
---

# Planting

We plant beans in May.
"""


def _api_table() -> list[tuple[str, ...]]:
    text = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| `(\w+)` \| `\.(\w+)` \| ([^|]+) \| (yes|no) \|$", text, re.M)
    return [tuple(cell.strip() for cell in row) for row in rows]


def test_every_record_names_a_writer_that_loads() -> None:
    for name, record in FORMATS.items():
        assert record.name == name
        assert callable(writer_for(name)), name


def test_the_api_docs_table_lists_every_format() -> None:
    expected = [(r.name, r.suffix, r.label, "yes" if r.default else "no")
                for r in FORMATS.values()]
    assert _api_table() == expected


def test_unknown_formats_are_refused_with_the_names_there_are() -> None:
    with pytest.raises(ValueError,
                       match=r"unknown format 'odt': use pdf, docx, html, audio or epub"):
        format_named("odt")
    with pytest.raises(ValueError, match="unknown format"):
        easyread.render_bytes(easyread.parse(BOOKLET), "odt")
    assert names_in_words() == "pdf, docx, html, audio or epub"
    assert default_formats() == ("pdf", "docx")


def test_build_refuses_an_unknown_format(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "garden.md"
    source.write_text(BOOKLET, encoding="utf-8")
    with pytest.raises(SystemExit) as stop:
        main(["build", str(source), "--format", "pdf,odt"])
    assert stop.value.code == 2
    assert "unknown format 'odt': use pdf, docx, html, audio or epub" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == [source]


@pytest.mark.usefixtures("text_format")
def test_a_new_record_reaches_the_command_line_and_the_api(tmp_path: Path) -> None:
    source = tmp_path / "garden.md"
    source.write_text(BOOKLET, encoding="utf-8")

    assert main(["build", str(source), "--format", "text", "-q"]) == 0
    assert (tmp_path / "garden.txt").read_text(encoding="utf-8") == "Our garden\n"

    assert easyread.render_bytes(easyread.parse(BOOKLET), "text") == b"Our garden\n"
