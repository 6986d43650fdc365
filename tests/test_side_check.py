"""The build's checker gives the same result in a forked child as in the same process."""

from __future__ import annotations

import os

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
