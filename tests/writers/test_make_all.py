"""The multi-format build as a library function: all formats or none, one build time."""

from __future__ import annotations

from pathlib import Path

import pytest

import easyread
from easyread.errors import SourceError
from easyread.writers.make_all import render_all

TEXT = "---\ntitle: The summer fair\n---\n\n:sun: The fair is on Saturday.\n"


def test_build_makes_every_format_named_after_the_booklet(tmp_path: Path) -> None:
    source = tmp_path / "fair.md"
    source.write_text(TEXT, encoding="utf-8")
    made = easyread.build(easyread.load(source), ["pdf", "html"], tmp_path / "out")
    assert made == [tmp_path / "out" / "fair.pdf", tmp_path / "out" / "fair.html"]
    assert made[0].read_bytes().startswith(b"%PDF")


def test_a_failing_format_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import easyread.writers.html as html

    def broken(*_: object, **__: object) -> None:
        raise SourceError("the web page could not be made", easyread.parse(TEXT).meta.loc)

    monkeypatch.setattr(html, "write_html", broken)
    with pytest.raises(SourceError, match="web page"):
        easyread.build(easyread.parse(TEXT), ["pdf", "html"], tmp_path, stem="fair")
    assert list(tmp_path.iterdir()) == []


def test_an_unknown_format_is_refused_before_any_work(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="mp4"):
        render_all(easyread.parse(TEXT), ["pdf", "mp4"])


def test_every_format_of_one_build_carries_the_same_time(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import io

    import docx
    import pikepdf

    monkeypatch.delenv("SOURCE_DATE_EPOCH")
    made = render_all(easyread.parse(TEXT), ["pdf", "docx"])
    with pikepdf.open(io.BytesIO(made["pdf"])) as pdf:
        stamp = str(pdf.docinfo.CreationDate)[2:16]
    created = docx.Document(io.BytesIO(made["docx"])).core_properties.created
    assert created is not None and created.strftime("%Y%m%d%H%M%S") == stamp
