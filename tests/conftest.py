"""Shared test helpers: outside tools are required in CI and optional on a laptop."""

from __future__ import annotations

import os
import shutil
import sys
import types
from collections.abc import Iterator
from typing import IO

import pytest

from easyread.formats import FORMATS, OutputFormat
from easyread.writers.booklet import Booklet

IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


@pytest.fixture(autouse=True, scope="session")
def reproducible_builds() -> Iterator[None]:
    """Tests build like a release: SOURCE_DATE_EPOCH set (to 1 January 2024), so two builds
    give the same bytes. Files carry the build time without it; the tests of that remove it.
    """
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SOURCE_DATE_EPOCH", "1704067200")
        yield


def require_tool(name: str) -> str:
    """The path of command `name`; skip the test without it, but fail in CI."""
    path = shutil.which(name)
    if path is None:
        if IN_CI:
            pytest.fail(f"{name} is needed in CI but is not installed")
        pytest.skip(f"{name} is not installed")
    return path


def _write_text(booklet: Booklet, out: IO[bytes], **_: object) -> None:
    out.write(f"{booklet.title}\n".encode())


@pytest.fixture
def text_format(monkeypatch: pytest.MonkeyPatch) -> OutputFormat:
    """A new format added the documented way: one record and one writer module."""
    module = types.ModuleType("easyread_test_text_writer")
    module.write_text = _write_text  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, module.__name__, module)
    record = OutputFormat("text", suffix="txt", media_type="text/plain; charset=utf-8",
                          label="plain text", writer=f"{module.__name__}:write_text")
    monkeypatch.setitem(FORMATS, "text", record)
    return record
