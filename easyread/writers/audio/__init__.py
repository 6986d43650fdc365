"""Write a Booklet as an MP3 file read aloud, with a chapter per section."""

from __future__ import annotations

from typing import BinaryIO

from easyread.audio.mp3 import mp3_file
from easyread.audio.timeline import speak_booklet
from easyread.errors import Reporter
from easyread.pictures.render import PictureRenderer
from easyread.writers.booklet import Booklet

__all__ = ["write_audio"]


def write_audio(
    booklet: Booklet, out: BinaryIO, *, pictures: PictureRenderer, report: Reporter
) -> None:
    """Write `booklet` to `out` as an MP3 file (pictures are not heard, so not used)."""
    spoken = speak_booklet(booklet)
    out.write(mp3_file(spoken, title=booklet.title, author=booklet.document.meta.author))
