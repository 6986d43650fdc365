"""The build's checker gives the same result in a forked child as in the same process."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import easyread
from easyread.commands import side_check
from easyread.errors import SourceError

TEXT = "---\ntitle: T\n---\n\n# Hi\n\n:home: We are here, e.g. today.\n"


def test_child_and_inline_results_agree(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = easyread.parse(TEXT)
    forked = side_check.start_check(doc).result()
    monkeypatch.setattr(side_check, "can_fork", lambda: False)
    inline = side_check.start_check(doc).result()
    assert forked == inline
    assert "1 warning" in forked.summary or "warnings" in forked.summary


def test_bad_settings_come_back_as_source_error() -> None:
    doc = easyread.parse("---\ntitle: T\ncheck:\n  no-such-rule: off\n---\n\nHi.\n", source="b.md")
    with pytest.raises(SourceError) as caught:
        side_check.start_check(doc).result()
    assert caught.value.loc.file == "b.md"


def test_cancel_stops_the_child() -> None:
    pending = side_check.start_check(easyread.parse(TEXT))
    child = pending.child
    pending.cancel()
    if child is not None:
        with pytest.raises(ChildProcessError):
            os.waitpid(child.pid, os.WNOHANG)  # already reaped: nothing is left running


def test_the_real_page_count_judges_the_length() -> None:
    doc = easyread.parse(TEXT)
    estimated = side_check.start_check(doc).result()
    assert "2 warnings" in estimated.summary and "about 4 pages" in estimated.summary
    right = side_check.start_check(doc).result(pages=4)
    assert right.summary == estimated.summary.replace("about 4 pages", "4 pages")
    counted = side_check.start_check(doc).result(pages=34)
    assert ", 34 pages;" in counted.summary
    assert "4 warnings" in counted.summary  # 34 pages: too long, and wants a contents page


def test_build_says_the_pdf_page_count(tmp_path: Path) -> None:
    import subprocess
    import sys

    from pypdf import PdfReader

    (tmp_path / "b.md").write_text(TEXT, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "easyread", "build", "b.md", "--format", "pdf"],
        cwd=tmp_path, capture_output=True, text=True, timeout=300, check=False,
    )
    assert done.returncode == 0, done.stderr
    pages = len(PdfReader(tmp_path / "b.pdf").pages)
    assert f", {pages} pages;" in done.stdout and "about" not in done.stdout.split(";")[1]
