"""Open a checked Word file with python-docx and refuse content from outside it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, BinaryIO

from easyread.errors import SourceError
from easyread.importers.styles import Numbering, StyleBook
from easyread.location import Location

__all__ = ["OpenedDocument", "open_document"]

_HYPERLINK = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"
_HARMLESS_EXTERNAL = ("/hyperlink", "/attachedTemplate")
"""Outside links that bring nothing in: web links, and the template Word remembers."""
_EMBEDDED = ("/oleObject", "/package", "/aFChunk", "/subDocument", "/control")


@dataclass(frozen=True, slots=True)
class OpenedDocument:
    """The parts of a Word file the importer reads."""

    body: Any
    styles: StyleBook
    numbering: Numbering
    rels: dict[str, tuple[str, bool, str]]
    """The document part's relationships: id to (target, is external, part name)."""
    blobs: dict[str, bytes]
    """Picture part names to their bytes."""
    title: str
    language: str
    notes: dict[tuple[str, str], list[Any]]
    """Footnotes and endnotes: (``footnote`` or ``endnote``, id) to their paragraphs."""


def open_document(stream: BinaryIO, path: str) -> OpenedDocument:
    """Open the Word file in `stream` (already checked by :func:`read_zip`) named `path`."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    where = Location(path, 1, 1)
    try:
        document = docx.Document(stream)
    except ValueError as exc:
        message = str(exc)
        if "macroEnabled" in message:
            raise SourceError("the Word file holds macros (programs)", where,
                              "save it as an ordinary Word document (.docx) and try again"
                              ) from None
        raise _not_word(where, message) from None
    except (PackageNotFoundError, KeyError, AttributeError, TypeError) as exc:
        raise _not_word(where, str(exc)) from None
    except Exception as exc:  # lxml syntax errors and the like: a damaged part
        if type(exc).__module__.startswith(("lxml", "docx")):
            raise _not_word(where, str(exc)) from None
        raise
    _refuse_outside_content(document, where)
    part = document.part
    rels = {rid: (rel.target_ref, rel.is_external,
                  "" if rel.is_external else str(rel.target_part.partname))
            for rid, rel in part.rels.items()}
    blobs = {str(rel.target_part.partname): rel.target_part.blob
             for rel in part.rels.values()
             if not rel.is_external and rel.reltype.endswith("/image")}
    try:
        numbering = part.numbering_part.element
    except (KeyError, NotImplementedError):
        numbering = None
    core = document.core_properties
    return OpenedDocument(document.element.body, StyleBook(document.styles.element),
                          Numbering(numbering), rels, blobs, (core.title or "").strip(),
                          (core.language or "").strip(), _notes(part))


def _notes(part: Any) -> dict[tuple[str, str], list[Any]]:
    """The footnotes and endnotes of the document `part`, by kind and id."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn

    found: dict[tuple[str, str], list[Any]] = {}
    for rel in part.rels.values():
        kind = rel.reltype.rsplit("/", 1)[-1]
        if rel.is_external or kind not in ("footnotes", "endnotes"):
            continue
        root = parse_xml(rel.target_part.blob)
        for note in root.iterchildren(qn(f"w:{kind[:-1]}")):
            found[(kind[:-1], note.get(qn("w:id"), ""))] = list(note.iter(qn("w:p")))
    return found


def _refuse_outside_content(document: Any, where: Location) -> None:
    for part in document.part.package.iter_parts():
        if str(part.partname).startswith("/word/embeddings/"):
            raise _embedded(where)
        for rel in part.rels.values():
            if rel.reltype.endswith(_EMBEDDED):
                raise _embedded(where)
            if rel.is_external and not rel.reltype.endswith(_HARMLESS_EXTERNAL):
                raise SourceError("the document takes content from outside the file (a "
                                  f"link to {rel.target_ref[:80]})", where,
                                  "in Word, put the picture or text into the document "
                                  "itself (or break the link), save and try again")


def _embedded(where: Location) -> SourceError:
    return SourceError("the document holds an embedded object (such as a spreadsheet, chart "
                       "or file)", where,
                       "delete it, or paste it as a picture, save and try again")


def _not_word(where: Location, detail: str) -> SourceError:
    return SourceError(f"this is not a Word document that can be read ({detail[:120]})", where,
                       "open it in Word or LibreOffice, save it as .docx and try again")
