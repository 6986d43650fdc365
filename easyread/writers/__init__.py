"""Writers: a Booklet in, bytes of one output format out.

Every writer has the same signature::

    write_xxx(booklet, out, *, pictures, report) -> None

and is named by its format's record in :data:`easyread.formats.FORMATS`, so the command
line and the API never import a writer they do not use.
"""

from __future__ import annotations

import importlib
import io
from collections.abc import Callable
from pathlib import Path

from easyread.errors import Reporter, ignore
from easyread.files import replace_file
from easyread.formats import FORMATS, format_named
from easyread.model import Document
from easyread.pictures.render import PictureRenderer
from easyread.writers.booklet import Booklet, compose

__all__ = ["FORMATS", "FormatWriter", "render", "render_bytes", "write_bytes", "writer_for"]

FormatWriter = Callable[..., None]
"""A writer function: ``write_NAME(booklet, out, *, pictures, report)``."""
_HINT = "choose another file name or folder"


def writer_for(fmt: str) -> FormatWriter:
    """The writer function for the format named `fmt`; ValueError for a format there is not."""
    module_name, _, func = format_named(fmt).writer.partition(":")
    writer: FormatWriter = getattr(importlib.import_module(module_name), func)
    return writer


def write_bytes(
    booklet: Booklet, fmt: str, *, pictures: PictureRenderer, report: Reporter
) -> bytes:
    """The bytes of `booklet` written in format `fmt`."""
    out = io.BytesIO()
    writer_for(fmt)(booklet, out, pictures=pictures, report=report)
    return out.getvalue()


def render_bytes(
    doc: Document,
    fmt: str,
    *,
    pictures: PictureRenderer | None = None,
    report: Reporter = ignore,
    with_audio: bool = False,
) -> bytes:
    """Render `doc` in format `fmt` and return the file's bytes.

    `with_audio`: the web page gets Listen buttons and the e-book reads itself aloud."""
    return write_bytes(compose(doc, with_audio=with_audio), fmt,
                       pictures=pictures or PictureRenderer(), report=report)


def render(
    doc: Document,
    fmt: str,
    path: str | Path,
    *,
    pictures: PictureRenderer | None = None,
    report: Reporter = ignore,
    with_audio: bool = False,
) -> Path:
    """Render `doc` in format `fmt` to `path`, replacing it only if the whole render succeeds.

    `with_audio`: the web page gets Listen buttons and the e-book reads itself aloud."""
    target = Path(path)
    writer = writer_for(fmt)  # an unknown format is refused before any work
    booklet = compose(doc, with_audio=with_audio)
    with replace_file(target, hint=_HINT) as out:
        writer(booklet, out, pictures=pictures or PictureRenderer(), report=report)
    return target
