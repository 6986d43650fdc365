"""Media overlays: a SMIL file per content document pairing each row's text with its clip of
the audio, so reading apps can read the book aloud and light up each row as it is read."""

from __future__ import annotations

from collections.abc import Mapping
from html import escape

from easyread.audio.timeline import Span
from easyread.location import Location
from easyread.writers.epub.content import Book

__all__ = ["AUDIO_FILE", "overlays"]

AUDIO_FILE = "audio/booklet.mp3"


def overlays(book: Book, clips: Mapping[Location, Span],
             places: Mapping[str, Location]) -> dict[str, tuple[bytes, float]]:
    """For each content document that has spoken parts: its SMIL file and its length.

    `places` maps the ids in the book (rows and headings) to their place in the source,
    which is how the audio knows them.
    """
    made: dict[str, tuple[bytes, float]] = {}
    for part in book.parts:
        pars = []
        total = 0.0
        timed = sorted((clips[loc].start, ident) for ident, loc in places.items()
                       if book.places.get(ident) == part.name and loc in clips)
        for number, (_, ident) in enumerate(timed, 1):
            span = clips[places[ident]]
            total += span.end - span.start
            pars.append(
                f'<par id="par-{number}"><text src="{part.name}#{escape(ident)}"/>'
                f'<audio src="{AUDIO_FILE}" clipBegin="{span.start:.3f}s" '
                f'clipEnd="{span.end:.3f}s"/></par>')
        if not pars:
            continue
        smil = (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            '<smil xmlns="http://www.w3.org/ns/SMIL" xmlns:epub="http://www.idpf.org/2007/ops"'
            ' version="3.0">\n<body>\n'
            f'<seq id="seq-1" epub:textref="{part.name}">\n' + "\n".join(pars)
            + "\n</seq>\n</body>\n</smil>\n")
        made[part.name] = (smil.encode(), total)
    return made
