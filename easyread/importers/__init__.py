"""Bring existing Word (.docx) and OpenDocument (.odt) files into easyread.

    result = import_docx("old-leaflet.docx", "leaflet.md")

writes ``leaflet.md`` and the document's pictures in ``leaflet-pictures/``. Word easy read
layout (two-column tables: picture left, words right) becomes rows with their pictures;
plain text becomes a draft with one sentence per line. Whatever could not be understood is
kept as words and listed in ``result.notes`` for a person to check.

python-docx reads the file (it is already how easyread writes Word files, and it gives the
raw XML for alt text, numbering and fields); every check on the file runs before it does.
"""

from __future__ import annotations

import io
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from easyread.errors import Diagnostic, SourceError
from easyread.location import Location

__all__ = ["ImportResult", "import_docx", "import_text"]


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What an import made: the Markdown file, its pictures and the notes to check."""

    markdown: Path
    """The booklet's Markdown file."""
    pictures: tuple[Path, ...]
    """The picture files saved beside it, in their folder."""
    text: str
    """The Markdown text written to :attr:`markdown`."""
    notes: tuple[Diagnostic, ...]
    """Things a person should check, each at its line in :attr:`markdown`."""
    rows: int
    """How many rows (including list items) the booklet has."""
    plain: bool
    """True when no row has a picture: the import is a first draft."""


def import_docx(source: str | Path, target: str | Path | None = None, *,
                pictures_folder: str | None = None, replace: bool = False) -> ImportResult:
    """Import the Word or OpenDocument file `source` as easyread Markdown at `target`.

    `target` defaults to `source` with ``.md``; pictures go in `pictures_folder` beside it
    (default ``NAME-pictures``). An existing `target` is replaced only with `replace`: it may
    hold a group's work. Raises :class:`SourceError` for a file that cannot be read safely,
    before anything is written.
    """
    from easyread.files import write_file

    source = Path(source)
    target = Path(target) if target is not None else source.with_suffix(".md")
    folder = pictures_folder or f"{re.sub(r'[^A-Za-z0-9._-]+', '-', target.stem)}-pictures"
    if target.resolve() == source.resolve():
        raise SourceError("the Markdown file would replace the Word file",
                          Location(str(target), 1, 1), "give a name ending in .md with -o")
    if target.exists() and not replace:
        raise SourceError(f"{target} is there already, and may hold your changes",
                          Location(str(target), 1, 1),
                          "choose another name with -o, or add --force to replace it")
    text, saved, notes, rows, plain = import_text(source, folder, str(target))
    written: list[Path] = []
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise SourceError(f"cannot make the folder {target.parent} ({exc.strerror or exc})",
                          Location(str(target), 1, 1), "choose another place with -o") from None
    if saved:
        pictures_dir = target.parent / folder
        try:
            pictures_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise SourceError(f"cannot make the pictures folder {pictures_dir} "
                              f"({exc.strerror or exc})", Location(str(target), 1, 1),
                              "choose another place with -o") from None
        for name, data in saved.items():
            write_file(pictures_dir / name, data, hint="choose another place with -o")
            written.append(pictures_dir / name)
    write_file(target, text.encode("utf-8"), hint="choose another place with -o")
    return ImportResult(target, tuple(written), text, notes, rows, plain)


def import_text(source: Path, folder: str, target_name: str
                ) -> tuple[str, dict[str, bytes], tuple[Diagnostic, ...], int, bool]:
    """The Markdown of `source`, its pictures (file name to bytes) and notes; writes nothing."""
    if source.suffix.lower() == ".odt":
        from easyread.importers.odt import odt_to_docx

        with tempfile.TemporaryDirectory(prefix="easyread-odt-") as work:
            data = odt_to_docx(source, Path(work))
            return _convert(data, source, folder, target_name)
    from easyread.importers.package import read_zip

    return _convert(read_zip(source), source, folder, target_name)


def _convert(data: bytes, source: Path, folder: str, target_name: str
             ) -> tuple[str, dict[str, bytes], tuple[Diagnostic, ...], int, bool]:
    from easyread.importers.body import read_body, typical_size
    from easyread.importers.document import open_document
    from easyread.importers.draft import Box, DraftRow, Group
    from easyread.importers.markdown import write_markdown
    from easyread.importers.paragraphs import ParagraphReader
    from easyread.importers.pictures import prepare_pictures
    from easyread.importers.rows import RowMaker
    from easyread.importers.structure import build_draft, is_plain, pictures_of

    opened = open_document(io.BytesIO(data), str(source))
    reader = ParagraphReader(opened.styles, opened.rels, str(source), opened.notes)
    items = read_body(opened.body, reader)
    rows_maker = RowMaker(opened.styles, opened.numbering,
                          typical_size(items, opened.styles.body_size))
    draft = build_draft(items, rows_maker)
    draft.language = opened.language
    if not draft.title:
        draft.title = opened.title or " ".join(re.split(r"[-_ ]+", source.stem)).strip()
        draft.notes.append("the Word file had no title, so the title was made from its "
                           "details or name: check it")
    if draft.cover is not None:
        draft.cover_name = _library_name(draft.cover.alt)
        if draft.cover_name:
            draft.cover = None  # easyread's own picture of that name is used
    saved, problems = prepare_pictures(pictures_of(draft), opened.blobs, str(source))
    plain = is_plain(draft)
    if plain and draft.blocks:
        draft.notes.append("this is a first draft with no pictures: add a picture to each row "
                           "(or build with --auto-pictures to get suggestions to confirm), and "
                           "run 'easyread check' to find long sentences and hard words")
    text, notes = write_markdown(draft, folder, saved, problems)
    diagnostics = tuple(Diagnostic(message, Location(target_name, line, 1))
                        for line, message in notes)
    rows = sum(len(block.rows) if isinstance(block, Box | Group) else isinstance(block, DraftRow)
               for block in draft.blocks)
    files = {picture.name: picture.data for picture in saved.values()}
    return text, files, diagnostics, rows, plain


def _library_name(alt: str) -> str:
    """The bundled picture whose description is `alt`, if exactly one set has one such.

    A cover file cannot carry a description in the front matter, so a cover that is one of
    easyread's own pictures is named instead (a booklet's own Word file comes back the same).
    The default set is searched first; a picture of another set is named ``set/name``.
    """
    from easyread.pictures.library import DEFAULT_SET, PictureLibrary

    if not alt:
        return ""
    library = PictureLibrary()
    for set_key in (DEFAULT_SET, *(key for key in library.sets if key != DEFAULT_SET)):
        names = set()
        for picture in library.in_set(set_key):
            name = picture.name if set_key == DEFAULT_SET else f"{set_key}/{picture.name}"
            # A person drawn several ways is drawn as the library chooses for the name.
            drawn = library.resolve(name) if picture.variants else picture
            if drawn is not None and drawn.alt == alt:
                names.add(name)
        if names:
            return names.pop() if len(names) == 1 else ""
    return ""
