"""Speak a whole booklet: every item's sound one after another, with pauses, and where each
chapter and each row starts and ends."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

from easyread.audio.languages import speech_language
from easyread.audio.mp3 import BIT_RATE, encode, seconds_of
from easyread.audio.recordings import find_recordings, read_recording
from easyread.audio.script import reading_script, recording_name
from easyread.audio.voices import EspeakVoice, PiperVoice, Voice
from easyread.audio.words import spoken_text
from easyread.cache import cache_folder, store
from easyread.location import Location
from easyread.model import Meta
from easyread.review.keys import row_keys
from easyread.writers.booklet import Booklet

__all__ = ["ChapterSpan", "Span", "Spoken", "choose_voice", "speak_booklet",
           "voice_for"]

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
    """The booklet read aloud: MP3 frames, its chapters and each item's clip."""

    frames: bytes
    """The MP3 frames of the whole booklet, without a tag."""
    seconds: float
    chapters: tuple[ChapterSpan, ...]
    clips: Mapping[Location, Span]
    """Each spoken item (row, heading, word) by the source place it came from."""
    recorded: int
    """How many items were spoken from people's recordings."""


def choose_voice(booklet: Booklet) -> Voice:
    """The voice the booklet asks for (front matter ``voice:`` or ``--voice``), else the
    espeak-ng voice for its language."""
    return voice_for(booklet.document.meta)


def voice_for(meta: Meta) -> Voice:
    """The voice for a booklet with front matter `meta` (see :func:`choose_voice`)."""
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
    recordings = find_recordings(doc.source)
    keys = row_keys(doc)  # a reader's recording from review mode is named by its row's key
    # Each item with the quiet after it, as (what it is, how to make its sound, pause).
    plan: list[tuple[str, Path | str, float]] = []
    for chapter in chapters:
        for number, item in enumerate(chapter.items, 1):
            pause = PAUSE_AFTER_ITEM + (PAUSE_AFTER_CHAPTER if number == len(chapter.items)
                                        else 0.0)
            recording = recordings.get(keys.get(item.loc, "")) or recordings.get(
                recording_name(item.text))
            if recording is not None:
                stat = recording.stat()
                plan.append((f"recording {recording} {stat.st_size} {stat.st_mtime_ns}",
                             recording, pause))
            else:
                said = spoken_text(item.text, speech, doc.meta.say)
                plan.append((f"{voice.identity}\n{said}", said, pause))
    segments = _segments(voice, plan)

    clips: dict[Location, Span] = {}
    spans: list[ChapterSpan] = []
    at = 0.0
    lengths = iter(zip(segments, plan, strict=True))
    for chapter in chapters:
        start = at
        for item in chapter.items:
            frames, (_, _, pause) = next(lengths)
            length = seconds_of(frames)
            clips[item.loc] = Span(at, at + max(0.0, length - pause))
            at += length
        spans.append(ChapterSpan(chapter.title, start, at))
    return Spoken(b"".join(segments), at, tuple(spans), MappingProxyType(clips),
                  sum(isinstance(source, Path) for _, source, _ in plan))


def _segments(voice: Voice, plan: list[tuple[str, Path | str, float]]) -> list[bytes]:
    """Each planned item's MP3 frames: from the cache, or spoken (or read) and encoded.

    The cache key is everything that changes the sound: the words, the voice and its settings
    (or the recording file), the pause and the MP3 settings.
    """
    folder = cache_folder("speech")
    keys = [hashlib.sha256(f"{what}\n{voice.rate} {pause} {BIT_RATE}".encode()).hexdigest()
            for what, _, pause in plan]
    found: list[bytes | None] = []
    for key in keys:
        try:
            found.append((folder / f"{key}.mp3").read_bytes() if folder else None)
        except OSError:
            found.append(None)
    missing = [index for index, frames in enumerate(found) if frames is None]

    def make(index: int) -> bytes:
        # Speaking runs a separate program and LAME lets other threads run: two items at a
        # time keep both of a small machine's cores busy.
        _, source, pause = plan[index]
        sound = read_recording(source, voice.rate) if isinstance(source, Path) \
            else voice.speak(source)
        return encode(sound + bytes(2 * round(pause * voice.rate)), voice.rate)

    workers = 2 if isinstance(voice, EspeakVoice) else 1
    with ThreadPoolExecutor(max_workers=workers) as pool:
        made = list(pool.map(make, missing))
    for index, frames in zip(missing, made, strict=True):
        found[index] = frames
        if folder is not None:
            store(folder / f"{keys[index]}.mp3", frames)
    return [frames or b"" for frames in found]
