"""Shared test helpers: outside tools are required in CI and optional on a laptop."""

from __future__ import annotations

import os
import shutil

import pytest

IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def require_tool(name: str) -> str:
    """The path of command `name`; skip the test without it, but fail in CI."""
    path = shutil.which(name)
    if path is None:
        if IN_CI:
            pytest.fail(f"{name} is needed in CI but is not installed")
        pytest.skip(f"{name} is not installed")
    return path
