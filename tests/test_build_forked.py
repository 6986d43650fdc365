"""A build makes its second and later formats in child processes, with the same results."""

from __future__ import annotations

import os
from typing import BinaryIO

import pytest

import easyread
import easyread.writers
from easyread import forked
from easyread.commands import build
from easyread.errors import Diagnostic, Reporter, SourceError
from easyread.location import Location
from easyread.pictures.render import PictureRenderer
from easyread.writers.booklet import Booklet

TEXT = "---\ntitle: Our day out\n---\n\n# Going out\n\nWe go to the park.\n"
PARENT = os.getpid()


def _fake_writer(fmt: str, fail_in_child: bool = False) -> easyread.writers.FormatWriter:
    def write(booklet: Booklet, out: BinaryIO, *, pictures: PictureRenderer,
              report: Reporter) -> None:
        if fail_in_child and os.getpid() != PARENT:
            raise SourceError("made to fail in the child", Location("x.md", 1, 1))
        report(Diagnostic(f"first note from {fmt}", Location("x.md", 2, 1)))
        report(Diagnostic(f"second note from {fmt}", Location("x.md", 3, 1)))
        out.write(f"{fmt} by {os.getpid()}".encode())

    return write


def _render(monkeypatch: pytest.MonkeyPatch, fail_in_child: bool = False
            ) -> tuple[dict[str, bytes], list[str]]:
    monkeypatch.setattr(easyread.writers, "writer_for",
                        lambda fmt: _fake_writer(fmt, fail_in_child and fmt == "docx"))
    notes: list[Diagnostic] = []
    made = build._render(easyread.parse(TEXT), ("pdf", "docx", "html"), "x", notes.append)
    return made, [note.message for note in notes]


def test_formats_come_back_in_order_with_their_messages(monkeypatch: pytest.MonkeyPatch) -> None:
    made, notes = _render(monkeypatch)
    assert list(made) == ["pdf", "docx", "html"]
    assert notes == [f"{which} note from {fmt}" for fmt in ("pdf", "docx", "html")
                     for which in ("first", "second")]
    makers = {fmt: int(data.decode().rsplit(" ", 1)[1]) for fmt, data in made.items()}
    assert makers["pdf"] == PARENT
    if forked.can_fork():
        assert makers["docx"] != PARENT and makers["html"] != PARENT
        assert makers["docx"] != makers["html"]


def test_the_same_result_without_forking(monkeypatch: pytest.MonkeyPatch) -> None:
    _, forked_notes = _render(monkeypatch)
    monkeypatch.setattr(forked, "can_fork", lambda: False)
    made, notes = _render(monkeypatch)
    assert notes == forked_notes
    assert all(data.endswith(str(PARENT).encode()) for data in made.values())


def test_a_format_that_fails_in_its_child_is_made_again_here(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    made, notes = _render(monkeypatch, fail_in_child=True)
    assert made["docx"] == f"docx by {PARENT}".encode()
    assert notes.count("first note from docx") == 1


def test_real_writers_give_the_same_bytes_forked_or_not(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = easyread.parse(TEXT)
    together = build._render(doc, ("html", "pdf", "docx"), "x", lambda d: None)
    monkeypatch.setattr(forked, "can_fork", lambda: False)
    alone = build._render(doc, ("html", "pdf", "docx"), "x", lambda d: None)
    assert together == alone


def test_when_no_process_can_be_started_the_parent_does_the_work(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def no_fork() -> int:
        raise BlockingIOError("Resource temporarily unavailable")

    monkeypatch.setattr(forked.os, "fork", no_fork)
    made, notes = _render(monkeypatch)
    assert all(data.endswith(str(PARENT).encode()) for data in made.values())
    assert len(notes) == 6
    from easyread.commands import side_check

    assert side_check.start_check(easyread.parse(TEXT)).result().errors == 0
