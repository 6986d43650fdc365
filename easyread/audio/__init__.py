"""The booklet read aloud: the reading order, the words a voice says, the voices, recordings
of real people, and the MP3 file with chapters.

The voices and the MP3 encoder are loaded only when audio is made; the reader uses the
recording names (:mod:`.script`, :mod:`.recordings`), which the review record shares.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from easyread.location import Location
from easyread.model import Document

__all__ = ["with_voice"]


def with_voice(doc: Document, voice: str) -> Document:
    """`doc` read with `voice` (an espeak-ng voice name, or a Piper ``.onnx`` file), as
    ``--voice`` gives, overriding the front matter."""
    if voice.lower().endswith(".onnx"):
        voice = str(Path(voice).resolve())
    where = Location(str(doc.source or doc.meta.loc.file), 1, 1)
    return replace(doc, meta=replace(doc.meta, voice=voice, voice_loc=where))
