"""Voices: the words of one row in, the sound of it out (16-bit mono samples).

The built-in voice is espeak-ng, a separate program (Debian's ``espeak-ng`` package), run
once per row. A Piper voice the user already has (a ``.onnx`` file with its ``.onnx.json``
beside it) can be used instead when the ``piper-tts`` package is installed; nothing is ever
downloaded.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any, Protocol

from easyread.errors import SourceError
from easyread.location import Location

__all__ = ["EspeakVoice", "PiperVoice", "Voice"]

WORDS_PER_MINUTE = 140
"""espeak-ng's speed: slower than its usual 175, because easy read is listened to with care."""


class Voice(Protocol):
    """Something that can say a row's words."""

    rate: int
    """Samples per second of the sound it makes."""

    @property
    def identity(self) -> str:
        """Everything that changes the sound, for the cache key."""
        ...

    def speak(self, text: str) -> bytes:
        """`text` said aloud: 16-bit little-endian mono samples at :attr:`rate`."""
        ...


class EspeakVoice:
    """An espeak-ng voice, such as "en-gb"."""

    rate = 22050

    def __init__(self, name: str, loc: Location) -> None:
        self.name = name
        self.loc = loc
        program = shutil.which("espeak-ng")
        if program is None:
            raise SourceError(
                "the audio needs the program espeak-ng, which is not installed", loc,
                "install it (on Debian or Ubuntu: apt install espeak-ng), or give a Piper "
                "voice with --voice",
            )
        self.program = program

    @property
    def identity(self) -> str:
        return f"espeak-ng {self.name} {WORDS_PER_MINUTE}"

    def speak(self, text: str) -> bytes:
        done = subprocess.run(
            [self.program, "-v", self.name, "-s", str(WORDS_PER_MINUTE), "-b", "1", "--stdout"],
            input=text.encode("utf-8"), capture_output=True, check=False,
        )
        if done.returncode != 0 or done.stdout[:4] != b"RIFF":
            raise SourceError(
                f"espeak-ng has no voice called {self.name!r}", self.loc,
                "check the booklet's language, or give a Piper voice with --voice",
            )
        # espeak-ng writes to a pipe, so its WAV header cannot hold the length: the samples
        # are everything after the 44-byte header.
        return done.stdout[44:]


class PiperVoice:
    """A Piper voice file (``.onnx``) that the user already has."""

    def __init__(self, path: Path, loc: Location) -> None:
        try:
            from piper import PiperVoice as Loaded  # type: ignore[import-not-found]
        except ImportError:
            raise SourceError(
                "a Piper voice needs the piper-tts package, which is not installed", loc,
                "install it with: pip install piper-tts",
            ) from None
        if not path.is_file() or not path.with_name(path.name + ".json").is_file():
            raise SourceError(
                f"the voice file {path} cannot be found (with its .onnx.json beside it)", loc,
                "give the .onnx file of a Piper voice you have",
            )
        self.path = path
        self.voice: Any = Loaded.load(str(path))
        self.rate = int(self.voice.config.sample_rate)
        stat = path.stat()
        self._identity = f"piper {path.resolve()} {stat.st_size} {stat.st_mtime_ns}"

    @property
    def identity(self) -> str:
        return self._identity

    def speak(self, text: str) -> bytes:
        return b"".join(chunk.audio_int16_bytes for chunk in self.voice.synthesize(text))
