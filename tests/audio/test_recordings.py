"""A row with a recording is heard in the person's voice, not the synthetic one."""

from __future__ import annotations

import itertools
import math
import struct
import wave
from pathlib import Path

import pytest

import easyread
from easyread.audio.timeline import speak_booklet
from easyread.cli import main
from easyread.writers.booklet import compose
from tests.audio.conftest import decode, loudness

BOOKLET = """---
title: Our garden
---

# Planting

We plant beans in May.

We water them each day.
"""


def _tone(path: Path, seconds: float, rate: int = 16000, channels: int = 2) -> None:
    """A WAV file of a steady 440 Hz tone: easy to tell from speech."""
    frames = b"".join(
        struct.pack("<h", round(8000 * math.sin(2 * math.pi * 440 * i / rate))) * channels
        for i in range(round(seconds * rate)))
    with wave.open(str(path), "wb") as out:
        out.setnchannels(channels)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(frames)


def test_a_recording_named_after_the_row_is_used(tmp_path: Path) -> None:
    source = tmp_path / "garden.md"
    source.write_text(BOOKLET, encoding="utf-8")
    (tmp_path / "recordings").mkdir()
    _tone(tmp_path / "recordings" / "we-water-them-each-day.wav", 3.0)

    doc = easyread.load(source)
    spoken = speak_booklet(compose(doc))
    assert spoken.recorded == 1
    row = doc.sections[0].blocks[1]
    clip = spoken.clips[row.loc]
    assert clip.end - clip.start == pytest.approx(3.0, abs=0.1)  # with the MP3 padding

    assert main(["build", str(source), "-f", "audio", "-q"]) == 0
    samples = decode(tmp_path / "garden.mp3")
    start, end = round(clip.start * 8000), round(clip.end * 8000)
    heard = samples[start + 800:end - 800]
    assert loudness(heard) > 4000  # the tone, steady and loud
    # A 440 Hz tone crosses zero 880 times a second; speech does not keep such a beat.
    crossings = sum((a < 0) != (b < 0) for a, b in itertools.pairwise(heard))
    assert abs(crossings / (len(heard) / 8000) - 880) < 20


def test_a_broken_recording_is_a_located_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "garden.md"
    source.write_text(BOOKLET, encoding="utf-8")
    (tmp_path / "recordings").mkdir()
    broken = tmp_path / "recordings" / "we-plant-beans-in-may.wav"
    broken.write_bytes(b"not a sound")
    assert main(["build", str(source), "-f", "audio"]) == 2
    assert f"{broken}:1:1: error: the recording cannot be read" in \
        capsys.readouterr().err
    assert not (tmp_path / "garden.mp3").exists()
