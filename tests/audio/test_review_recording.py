"""A reader's recording saved from review mode replaces that row's synthetic speech."""

from __future__ import annotations

import io
import math
import struct
import wave
from pathlib import Path

import pytest

import easyread
from easyread.audio.timeline import speak_booklet
from easyread.cli import main
from easyread.review import row_states, save_recording
from easyread.writers.booklet import compose
from tests.audio.conftest import decode, loudness

BOOKLET = """---
title: Bus times
---

# Going out

The bus comes at ten.

Ask the driver for help.

The bus comes at ten.
Then it comes back at two.
"""


def _tone(seconds: float, rate: int = 22050) -> bytes:
    out = io.BytesIO()
    with wave.open(out, "wb") as sound:
        sound.setnchannels(1)
        sound.setsampwidth(2)
        sound.setframerate(rate)
        sound.writeframes(b"".join(
            struct.pack("<h", round(9000 * math.sin(2 * math.pi * 440 * i / rate)))
            for i in range(round(seconds * rate))))
    return out.getvalue()


def test_the_audio_version_plays_the_recording_saved_in_review(tmp_path: Path) -> None:
    source = tmp_path / "bus.md"
    source.write_text(BOOKLET, encoding="utf-8")
    doc = easyread.load(source)
    # The second row starting "The bus comes at ten." has a key of its own.
    key = row_states(source, doc)[2].key
    assert key == "the-bus-comes-at-ten-2"
    save_recording(source, doc, reviewer="Jo", key=key, wav=_tone(2.5))

    spoken = speak_booklet(compose(easyread.load(source)))
    assert spoken.recorded == 1
    rows = doc.sections[0].blocks
    clip = spoken.clips[rows[2].loc]
    assert clip.end - clip.start == pytest.approx(2.5, abs=0.1)

    assert main(["build", str(source), "-f", "audio", "-q"]) == 0
    samples = decode(tmp_path / "bus.mp3")
    heard = samples[round(clip.start * 8000) + 800:round(clip.end * 8000) - 800]
    assert loudness(heard) > 4000  # the steady tone, not a voice
    first = spoken.clips[rows[0].loc]  # the first row with the same words is still spoken
    said = samples[round(first.start * 8000):round(first.end * 8000)]
    assert loudness(said) < 4000
