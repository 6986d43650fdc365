"""Build a booklet in several formats at once, all or nothing: the command line's build.

Every format is made in memory first (each after the first in a forked child where the
system can fork), with one build time for all of them; the files are written only when
all of them were made, each in one step (easyread.files). So a mistake found by one writer
leaves no half-made set of files behind.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path

from easyread.errors import Diagnostic, Reporter, SourceError, ignore
from easyread.files import write_file
from easyread.formats import FORMATS
from easyread.location import Location
from easyread.model import Document
from easyread.writers.booklet import Booklet, compose
from easyread.writers.output import one_build_time

__all__ = ["build", "render_all", "write_all"]

_HINT = "choose another output folder with -o"


def render_all(
    doc: Document,
    formats: Sequence[str],
    *,
    report: Reporter = ignore,
    starting: Callable[[str], None] | None = None,
) -> dict[str, bytes]:
    """The bytes of `doc` in each of `formats`, in that order; nothing is written.

    `starting` is told each format as its turn comes (the command line shows progress).
    The writers' messages reach `report` in format order, forked or not, each once: a
    message two formats give (such as a cover too full for its page) is said once.
    """
    from easyread.forked import can_fork, fork
    from easyread.pictures.render import PictureRenderer
    from easyread.writers import write_bytes, writer_for

    for fmt in formats:
        writer_for(fmt)  # an unknown format is refused before any work
    said: set[Diagnostic] = set()

    def report_once(message: Diagnostic) -> None:
        if message not in said:
            said.add(message)
            report(message)

    with one_build_time():
        booklet = compose(doc, with_audio="audio" in formats)
        if booklet.with_audio and len(set(formats) & {"audio", "html", "epub"}) > 1:
            # Speak once, before forking: the audio, the web page's Listen buttons and the
            # e-book's read-aloud all share it (three children would each speak it all).
            from easyread.audio.timeline import speak_booklet

            speak_booklet(booklet)
        pictures = PictureRenderer()
        children = (
            {fmt: fork(partial(_write, booklet, fmt)) for fmt in formats[1:]} if can_fork() else {}
        )
        made: dict[str, bytes] = {}
        try:
            for fmt in formats:
                if starting is not None:
                    starting(fmt)
                child = children.pop(fmt, None)
                ok, written = child.result() if child is not None else (False, None)
                if ok and written is not None:
                    data, messages = written
                    for message in messages:
                        report_once(message)
                else:  # not forked, or the child failed: make it here, where errors show
                    data = write_bytes(booklet, fmt, pictures=pictures, report=report_once)
                made[fmt] = data
        finally:
            for child in children.values():
                if child is not None:
                    child.cancel()
    return made


def _write(booklet: Booklet, fmt: str) -> tuple[bytes, list[Diagnostic]]:
    """Make one format and collect its messages (in a child process)."""
    from easyread.pictures.render import PictureRenderer
    from easyread.writers import write_bytes

    messages: list[Diagnostic] = []
    return write_bytes(booklet, fmt, pictures=PictureRenderer(), report=messages.append), messages


def write_all(made: dict[str, bytes], folder: Path, stem: str) -> list[Path]:
    """Write each format's bytes to `folder` as STEM.SUFFIX; the paths written, in order."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise SourceError(f"cannot make the output folder: {exc.strerror}",
                          Location(str(folder), 1, 1)) from None
    written = []
    for fmt, data in made.items():
        target = folder / FORMATS[fmt].file_name(stem)
        write_file(target, data, hint=_HINT)
        written.append(target)
    return written


def build(
    doc: Document,
    formats: Sequence[str],
    folder: str | Path,
    *,
    stem: str | None = None,
    report: Reporter = ignore,
) -> list[Path]:
    """Make `doc` in every one of `formats` in `folder`, all or nothing; the files made.

    `stem` names the files (default: the booklet file's name, or "booklet").
    """
    if stem is None:
        stem = Path(doc.source).stem if doc.source else "booklet"
    made = render_all(doc, formats, report=report)
    return write_all(made, Path(folder), stem)
