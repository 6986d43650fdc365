"""The Python examples in docs/api.md run as written."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BLOCK = re.compile(r"```python\n(.*?)```", re.S)


def blocks(page: str) -> list[str]:
    return BLOCK.findall((ROOT / "docs" / page).read_text(encoding="utf-8"))


@pytest.mark.parametrize("code", blocks("api.md"), ids=lambda c: c.splitlines()[-1][:40])
def test_api_examples_run(code: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    monkeypatch.chdir(tmp_path)
    exec(compile(code, "docs/api.md", "exec"), {"__name__": "__docs__"})
    for made in tmp_path.glob("*.pdf"):
        assert made.read_bytes().startswith(b"%PDF")
    for made in tmp_path.glob("*.docx"):
        assert made.read_bytes().startswith(b"PK")


def test_api_functions_survive_importing_their_packages() -> None:
    # The writers and the checker live in packages whose names differ from the API
    # functions, so importing a submodule never replaces easyread.render or easyread.check.
    import easyread
    import easyread.checker.registry
    import easyread.writers.booklet

    assert callable(easyread.render) and callable(easyread.check)
    assert callable(easyread.render_bytes)
