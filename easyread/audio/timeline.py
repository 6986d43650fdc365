"""Speak a whole booklet: every item's sound one after another, with pauses, and where each
chapter and each row starts and ends."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

from easyread.audio.languages import speech_language
from easyread.audio.recordings import find_recordings, read_recording
from easyread.audio.script import reading_script, recording_name
from easyread.audio.voices import EspeakVoice, PiperVoice, Voice, speak_all
from easyread.audio.words import spoken_text
from easyread.location import Location
from easyread.writers.booklet import Booklet

__all__ = ["ChapterSpan", "Span", "Spoken", "choose_voice", "speak_booklet"]

PAUSE_AFTER_ITEM = 0.7
"""Seconds of quiet after each row, so a listener has time to take it in."""
PAUSE_AFTER_CHAPTER = 1.0
"""Extra seconds of quiet at the end of a chapter."""


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the audio, in seconds from its start."""

    start: float
    end: float


@dataclass(frozen=True, slots=True)
class ChapterSpan:
    """A chapter: its title and where it is in the audio."""

    title: str
    start: float
    end: float


@dataclass(frozen=True, slots=True)
class Spoken:
    """The booklet read aloud: 16-bit mono samples, its chapters and each item's clip."""

    samples: bytes
    rate: int
    chapters: tuple[ChapterSpan, ...]
    clips: Mapping[Location, Span]
    """Each spoken item (row, heading, word) by the source place it came from."""
    recorded: int
    """How many items were spoken from people's recordings."""

    @property
    def seconds(self) -> float:
        """The length of the audio."""
        return len(self.samples) / 2 / self.rate


def choose_voice(booklet: Booklet) -> Voice:
    """The voice the booklet asks for (front matter ``voice:`` or ``--voice``), else the
    espeak-ng voice for its language."""
    meta = booklet.document.meta
    where = meta.voice_loc or meta.loc
    if meta.voice.lower().endswith(".onnx"):
        return PiperVoice(Path(meta.voice), where)
    return EspeakVoice(meta.voice or speech_language(meta.language).voice, where)


_LAST: list[tuple[Booklet, Spoken]] = []


def speak_booklet(booklet: Booklet) -> Spoken:
    """The whole booklet read aloud (the last one is kept, as the audio, EPUB and web page
    made in one build all need it)."""
    if _LAST and _LAST[0][0] is booklet:
        return _LAST[0][1]
    spoken = _speak(booklet)
    _LAST[:] = [(booklet, spoken)]
    return spoken


def _speak(booklet: Booklet) -> Spoken:
    doc = booklet.document
    voice = choose_voice(booklet)
    speech = speech_language(doc.meta.language)
    chapters = reading_script(booklet)
    items = [item for chapter in chapters for item in chapter.items]
    recordings = find_recordings(doc.source)
    chosen = [recordings.get(recording_name(item.text)) for item in items]
    to_speak = [spoken_text(item.text, speech, doc.meta.say)
                for item, recording in zip(items, chosen, strict=True) if recording is None]
    synthetic = iter(speak_all(voice, to_speak))
    sounds = [read_recording(recording, voice.rate) if recording else next(synthetic)
              for recording in chosen]

    rate, parts = voice.rate, []
    clips: dict[Location, Span] = {}
    spans: list[ChapterSpan] = []
    samples = 0
    sound_of = iter(sounds)
    for chapter in chapters:
        start = samples
        for number, item in enumerate(chapter.items, 1):
            sound = next(sound_of)
            clips[item.loc] = Span(samples / rate, (samples + len(sound) // 2) / rate)
            pause = PAUSE_AFTER_ITEM + (PAUSE_AFTER_CHAPTER if number == len(chapter.items)
                                        else 0.0)
            quiet = bytes(2 * round(pause * rate))
            parts += [sound, quiet]
            samples += len(sound) // 2 + len(quiet) // 2
        spans.append(ChapterSpan(chapter.title, start / rate, samples / rate))
    return Spoken(b"".join(parts), rate, tuple(spans), MappingProxyType(clips),
                  sum(recording is not None for recording in chosen))
