"""The studio reads each version of the file once, and checks the very text it read."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import easyread.serve.row_lines as source_module
from easyread import read
from easyread.checker import CheckConfig, check
from easyread.serve.row_lines import map_rows
from easyread.serve.state import Studio

BOOKLET = """---
title: Our garden club
---

# Who we are

:people: We are a club for people who like plants.
We meet every week.

<!-- easyread: ignore -->
1. :water: A bottle of water.
2. Gloves for your hands.

> :phone: Phone Sam if you are ill.
"""


def test_given_tokens_map_rows_like_parsing_again() -> None:
    text = "\ufeff" + BOOKLET.replace("\n", "\r\n")
    doc, tokens = read.parse_with_tokens(text)
    assert map_rows(doc, text, tokens) == map_rows(doc, text)


def test_the_check_reads_comments_from_the_text_the_reader_read(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    configs: list[CheckConfig] = []
    def spy(doc: Any, config: CheckConfig | None = None) -> Any:
        assert config is not None
        configs.append(config)
        return check(doc, config)

    monkeypatch.setattr("easyread.serve.state.check", spy)
    file = tmp_path / "club.md"
    file.write_bytes(("\ufeff" + BOOKLET.replace("\n", "\r\n")).encode("utf-8"))
    studio = Studio(file)
    assert [c.source_text for c in configs] == [BOOKLET]
    assert studio.snapshot.report is not None


def test_an_edit_reads_and_maps_the_new_text_once(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    file = tmp_path / "club.md"
    file.write_text(BOOKLET, encoding="utf-8")
    studio = Studio(file)
    calls = {"parse": 0, "map": 0}
    real_parse, real_map = read.parse_with_tokens, source_module.map_rows

    def count_parse(*args: Any, **kwargs: Any) -> Any:
        calls["parse"] += 1
        return real_parse(*args, **kwargs)

    def count_map(*args: Any, **kwargs: Any) -> Any:
        calls["map"] += 1
        return real_map(*args, **kwargs)

    monkeypatch.setattr("easyread.serve.state.parse_with_tokens", count_parse)
    monkeypatch.setattr("easyread.serve.state.map_rows", count_map)
    monkeypatch.setattr("easyread.serve.edit.map_rows", count_map)
    snapshot = studio.edit({"op": "text", "row": 0, "text": "We love plants.",
                            "hash": studio.snapshot.hash})
    assert calls == {"parse": 1, "map": 1}
    assert "We love plants." in file.read_text(encoding="utf-8")
    assert snapshot.doc is not None and snapshot.report is not None
    assert len(snapshot.rows) == 4 and snapshot.rows[0] is not None
    assert snapshot.rows[0].text == "We love plants."
