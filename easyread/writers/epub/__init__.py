"""Write a Booklet as an accessible EPUB 3 e-book; made with the audio, it reads itself aloud.

The book holds the same rows, pictures and headings as the web page, a table of contents, a
page list matching the printed PDF, and the accessibility metadata reading apps and shops
show. With audio (``--format epub,audio``) it also holds the MP3 and a media overlay per
content document.
"""

from __future__ import annotations

from typing import BinaryIO

from easyread.errors import Reporter
from easyread.location import Location
from easyread.model import Heading, iter_blocks
from easyread.pictures.render import PictureRenderer
from easyread.writers.booklet import Booklet
from easyread.writers.bundled_font import FAMILY, WEIGHTS, font_bytes, licence_comment
from easyread.writers.epub.content import book_parts
from easyread.writers.epub.package import Extra, write_package
from easyread.writers.html.css import stylesheet
from easyread.writers.output import build_epoch

__all__ = ["write_epub"]


def write_epub(
    booklet: Booklet, out: BinaryIO, *, pictures: PictureRenderer, report: Reporter
) -> None:
    """Write `booklet` to `out` as an EPUB 3 file; the same booklet gives the same bytes."""
    book = book_parts(booklet, pictures, report)
    extras: list[Extra] = []
    seconds: float | None = None
    lengths: dict[str, float] = {}
    if booklet.with_audio:
        from easyread.audio.mp3 import mp3_file
        from easyread.audio.script import (
            group_place,
            reading_script,
            title_place,
            word_list_place,
        )
        from easyread.audio.timeline import speak_booklet
        from easyread.writers.epub.overlays import AUDIO_FILE, overlays

        spoken = speak_booklet(booklet)
        seconds = spoken.seconds
        places: dict[str, Location] = {ident: loc for loc, ident in book.row_ids.items()}
        places.update({block.anchor: block.loc for block in iter_blocks(booklet.document)
                       if isinstance(block, Heading)})
        places["booklet-title"] = title_place(booklet)
        places.update(book.word_ids)
        if booklet.word_list:
            places["word-list"] = word_list_place(booklet)
        if booklet.group is not None and booklet.group.heading is not None:
            places[booklet.group.heading.anchor] = group_place(booklet)
        # The credits and the back cover: their elements have the ids of the items' keys.
        places.update({item.key: item.loc for chapter in reading_script(booklet)
                       for item in chapter.items if item.key})
        extras.append((AUDIO_FILE, mp3_file(spoken, title=booklet.title), "audio/mpeg", ""))
        for name, (smil, length) in overlays(book, spoken.clips, places).items():
            number = next(i for i, part in enumerate(book.parts, 1) if part.name == name)
            extras.append((f"overlay-{number}.smil", smil, "application/smil+xml", ""))
            lengths[name] = length
    faces, fonts = _fonts(booklet.style.font)
    write_package(booklet, book, faces + stylesheet(booklet.style), out, epoch=build_epoch(),
                  extras=[*fonts, *extras], audio=seconds, overlays=lengths)


def _fonts(font: str) -> tuple[str, list[Extra]]:
    """The bundled typeface as files in the book (its licence, the SIL OFL, allows it), with
    the @font-face rules that use them; nothing for another font or when it is missing."""
    if font != FAMILY:
        return "", []
    rules = [licence_comment()]
    files: list[Extra] = []
    for weight_name, weight in WEIGHTS:
        try:
            data = font_bytes(weight_name)
        except (ModuleNotFoundError, OSError):
            return "", []
        name = f"fonts/{FAMILY.replace(' ', '')}-{weight_name}.ttf"
        files.append((name, data, "font/ttf", ""))
        rules.append(f'@font-face {{ font-family: "{FAMILY}"; font-weight: {weight}; '
                     f'font-style: normal; src: url("{name}") format("truetype"); }}\n')
    return "".join(rules), files
