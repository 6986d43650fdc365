"""Recordings of real people, used instead of the synthetic voice.

A recording sits in the ``recordings`` folder beside the booklet and is named after the
first line it says (see :func:`easyread.audio.script.recording_name`), as a WAV file:
"We meet on Monday." is ``recordings/we-meet-on-monday.wav``. WAV is what browsers can
record into without extra software, and what every sound editor saves.
"""

from __future__ import annotations

import array
import io
import re
import sys
import wave
from pathlib import Path
from typing import BinaryIO

from easyread.errors import SourceError
from easyread.location import Location

__all__ = ["FOLDER", "check_recording", "find_recordings", "read_recording", "recording_name"]

FOLDER = "recordings"
"""The folder beside the booklet that holds its recordings."""


def find_recordings(source: Path | None) -> dict[str, Path]:
    """The recordings beside the booklet file `source`, by name; none for a booklet that was
    not read from a file."""
    if source is None:
        return {}
    folder = source.parent / FOLDER
    try:
        files = list(folder.iterdir())
    except OSError:
        return {}
    return {path.stem: path for path in files if path.suffix.lower() == ".wav"}


def read_recording(path: Path, rate: int) -> bytes:
    """The recording at `path` as 16-bit mono samples at `rate` samples a second."""
    channels, own_rate, data = _open(str(path), Location(str(path), 1, 1))
    samples = array.array("h", data)
    if sys.byteorder == "big":
        samples.byteswap()
    if channels > 1:  # the voice is the same in every channel: keep the average
        samples = array.array("h", (
            sum(samples[i:i + channels]) // channels
            for i in range(0, len(samples) - channels + 1, channels)))
    if own_rate != rate and samples:
        samples = _resample(samples, own_rate, rate)
    if sys.byteorder == "big":
        samples.byteswap()
    return samples.tobytes()


def check_recording(data: bytes, where: Location) -> float:
    """The length in seconds of the WAV file `data`, if easyread can read it; otherwise a
    :class:`SourceError` at `where` saying why."""
    channels, rate, samples = _open(io.BytesIO(data), where)
    if not samples:
        raise SourceError("the recording has no sound in it", where, "record it again")
    return len(samples) / (2 * channels * rate)


def _open(source: str | BinaryIO, where: Location) -> tuple[int, int, bytes]:
    """The channels, rate and 16-bit samples of a WAV file."""
    try:
        with wave.open(source, "rb") as sound:
            channels, width = sound.getnchannels(), sound.getsampwidth()
            rate, data = sound.getframerate(), sound.readframes(sound.getnframes())
    except (OSError, EOFError, wave.Error) as exc:
        raise SourceError(f"the recording cannot be read: {exc}", where,
                          "save it again as a WAV file") from None
    if width != 2:
        raise SourceError(
            f"the recording has {8 * width}-bit sound; easyread reads 16-bit WAV files",
            where, "save it again as 16-bit WAV (PCM)")
    return channels, rate, data


def _resample(samples: array.array[int], old: int, new: int) -> array.array[int]:
    """Linear interpolation: plenty for speech going to a 48 kbit/s MP3."""
    count = max(1, len(samples) * new // old)
    last = len(samples) - 1
    out = array.array("h", bytes(2 * count))
    step = old / new
    for index in range(count):
        place = index * step
        left = min(int(place), last)
        right = min(left + 1, last)
        part = place - left
        out[index] = int(samples[left] + (samples[right] - samples[left]) * part)
    return out


def recording_name(text: str) -> str:
    """The file name (without ".wav") of a recording of the item whose first line is `text`:
    its words in small letters joined by dashes, so "We meet on Monday." is
    "we-meet-on-monday"."""
    first = text.split("\n", 1)[0]
    return "-".join(re.findall(r"\w+", first.lower()))[:80]
