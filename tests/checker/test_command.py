"""`easyread check` exit codes and output formats."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "easyread", "check", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def _write(folder: Path, body: str) -> Path:
    path = folder / "b.md"
    path.write_text("---\ntitle: T\n---\n\n" + body, "utf-8")
    return path


def test_exit_0_without_errors(tmp_path: Path) -> None:
    result = _run(str(_write(tmp_path, ":doctor: You can't come.\n")))
    assert result.returncode == 0, result.stderr
    assert "warning TEXT-NO-CONTRACTIONS" in result.stdout


def test_exit_1_with_errors_and_json(tmp_path: Path) -> None:
    path = _write(tmp_path, ":doctor: Bring **proof** with you.\n")
    result = _run(str(path), "--format", "json")
    assert result.returncode == 1
    data = json.loads(result.stdout)
    errors = [f for f in data["findings"] if f["severity"] == "error"]
    assert [(f["rule"], f["line"], f["column"]) for f in errors] == [
        ("TEXT-HARD-WORDS-EXPLAINED", 5, 18)
    ]


def test_exit_2_for_bad_input(tmp_path: Path) -> None:
    result = _run(str(tmp_path / "missing.md"))
    assert result.returncode == 2
    assert "error:" in result.stderr and result.stdout == ""
