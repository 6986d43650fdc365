"""Helpers for the audio tests: espeak-ng speaks, ffmpeg decodes what we wrote."""

from __future__ import annotations

import array
import json
import subprocess
from pathlib import Path

import pytest

from tests.conftest import require_tool


@pytest.fixture(autouse=True)
def _own_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test speaks into a cache of its own, so one test's speech never feeds another."""
    monkeypatch.setenv("EASYREAD_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    require_tool("espeak-ng")


def decode(mp3: Path, rate: int = 8000) -> array.array[int]:
    """The MP3's samples, decoded by ffmpeg (not by anything of ours)."""
    ffmpeg = require_tool("ffmpeg")
    raw = subprocess.run(
        [ffmpeg, "-v", "error", "-i", str(mp3), "-f", "s16le", "-ac", "1", "-ar", str(rate), "-"],
        capture_output=True, check=True).stdout
    return array.array("h", raw)


def chapters(mp3: Path) -> list[tuple[str, float, float]]:
    """The MP3's chapters as ffprobe reads them: (title, start, end) in seconds."""
    ffprobe = require_tool("ffprobe")
    found = json.loads(subprocess.run(
        [ffprobe, "-v", "error", "-show_chapters", "-of", "json", str(mp3)],
        capture_output=True, check=True, text=True).stdout)["chapters"]
    return [(c["tags"]["title"], float(c["start_time"]), float(c["end_time"])) for c in found]


def loudness(samples: array.array[int]) -> float:
    """The root mean square of `samples` (0 for silence, thousands for speech)."""
    return (sum(s * s for s in samples) / max(1, len(samples))) ** 0.5
