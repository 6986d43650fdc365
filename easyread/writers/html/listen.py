"""Listen buttons for a web page made with the audio version.

The page carries the booklet's MP3 inside it (so it still works as one file, offline), a
Listen button on every row that plays that row's stretch of it, and one button for the whole
booklet. Without the audio version the page is unchanged and has no script.
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from dataclasses import dataclass
from html import escape
from importlib import resources

from easyread.model import Row
from easyread.writers.booklet import Booklet

__all__ = ["Listening", "listening"]

_SPEAKER = ('<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M3 9v6h4l5 '
            '5V4L7 9H3zm13.5 3A4.5 4.5 0 0 0 14 7.97v8.05A4.5 4.5 0 0 0 16.5 12zM14 3.23v2.06a7 '
            '7 0 0 1 0 13.42v2.06A9 9 0 0 0 14 3.23z"/></svg>')


@dataclass(frozen=True, slots=True)
class Listening:
    """What the page adds: a style, the audio and the whole-booklet button, and the script."""

    style: str
    top: str
    script: str
    row_extra: Callable[[Row], tuple[str, str]]


def _file(name: str) -> str:
    return resources.files("easyread.writers.html").joinpath(name).read_text(encoding="utf-8")


def listening(booklet: Booklet) -> Listening:
    """The Listen buttons for `booklet`, speaking it (or taking it from the cache)."""
    from easyread.audio.languages import speech_language
    from easyread.audio.mp3 import mp3_file
    from easyread.audio.timeline import speak_booklet

    spoken = speak_booklet(booklet)
    words = speech_language(booklet.language)
    data = base64.b64encode(mp3_file(spoken, title=booklet.title)).decode("ascii")
    top = (f'<audio id="er-audio" preload="auto" src="data:audio/mpeg;base64,{data}"></audio>\n'
           f'<button type="button" class="listen-all" aria-pressed="false" data-start="0" '
           f'data-end="{spoken.seconds:.3f}">{_SPEAKER}{escape(words.listen_all)}</button>')

    def row_extra(row: Row) -> tuple[str, str]:
        clip = spoken.clips.get(row.loc)
        if clip is None:
            return "", ""
        said = row.lines[0].text if row.lines else ""
        button = (f'<button type="button" class="listen" aria-pressed="false" '
                  f'aria-label="{escape(words.listen)}: {escape(said)}" '
                  f'data-start="{clip.start:.3f}" data-end="{clip.end:.3f}">'
                  f"{_SPEAKER}{escape(words.listen)}</button>")
        return ' data-listen=""', button

    return Listening(_file("listen.css"), top, f"<script>\n{_file('listen.js')}</script>",
                     row_extra)
