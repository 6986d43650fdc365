"""One row said aloud by the booklet's voice, for the Listen button in review mode.

The same words and voice as the audio version (easyread.audio), as a WAV file the browser
plays at once. Clips are kept in the speech cache, so a row is spoken once per wording.
"""

from __future__ import annotations

import hashlib
import io
import threading
import wave

from easyread.cache import cache_folder, store
from easyread.model import Document, Row

__all__ = ["row_clip"]

_MADE: dict[str, bytes] = {}
"""Clips made since the studio started, by cache key (the disk cache may be switched off)."""
_LOCK = threading.Lock()
KEEP = 200
"""Clips kept in memory (about 200 kB each): more than most booklets have rows."""


def row_clip(doc: Document, row: Row) -> bytes:
    """`row` of `doc` said aloud, as a 16-bit mono WAV file; raise SourceError when the
    voice cannot be used (no espeak-ng, a Piper voice file that is missing)."""
    from easyread.audio.languages import speech_language
    from easyread.audio.script import row_item
    from easyread.audio.timeline import voice_for
    from easyread.audio.words import spoken_text

    voice = voice_for(doc.meta)
    said = spoken_text(row_item(row).text, speech_language(doc.meta.language), doc.meta.say)
    key = hashlib.sha256(f"{voice.identity}\n{said}\n{voice.rate} wav".encode()).hexdigest()
    folder = cache_folder("speech")
    with _LOCK:
        found = _MADE.get(key)
    if found is None and folder is not None:
        try:
            found = (folder / f"{key}.wav").read_bytes()
        except OSError:
            found = None
    if found is None:
        found = _wav(voice.speak(said), voice.rate)
        if folder is not None:
            store(folder / f"{key}.wav", found)
    with _LOCK:
        _MADE[key] = found
        while len(_MADE) > KEEP:
            del _MADE[next(iter(_MADE))]
    return found


def _wav(samples: bytes, rate: int) -> bytes:
    out = io.BytesIO()
    with wave.open(out, "wb") as sound:
        sound.setnchannels(1)
        sound.setsampwidth(2)
        sound.setframerate(rate)
        sound.writeframes(samples)
    return out.getvalue()
