"""The body of a Word file as a flat list of paragraphs and tables, in reading order.

Contents controls are opened (their words are ordinary text) except a table of contents,
which easyread makes again. Tables keep their cells; :mod:`easyread.importers.structure`
decides what they mean.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from docx.oxml.ns import qn

from easyread.importers.paragraphs import Paragraph, ParagraphReader

__all__ = ["Cell", "Table", "read_body", "typical_size"]


@dataclass
class Cell:
    """A table cell's paragraphs (paragraphs of tables inside it are added in order)."""

    paragraphs: list[Paragraph] = field(default_factory=list)
    nested: bool = False
    """True when the cell held a table of its own, read as plain paragraphs."""


@dataclass
class Table:
    """A Word table: its rows of cells, and whether it is shaded like a highlighted box."""

    rows: list[list[Cell]]
    shaded: bool


def read_body(body: Any, reader: ParagraphReader) -> list[Paragraph | Table]:
    """The paragraphs and tables of ``<w:body>`` `body`, in order."""
    items: list[Paragraph | Table] = []
    _collect(body, reader, items)
    return items


def typical_size(items: list[Paragraph | Table], default: float) -> float:
    """The size in points of most of the text in `items` (headings and titles aside).

    Large lines are measured against it: a file whose Normal style says 11 pt but whose text
    is all set in 16 pt by hand has 16 pt text.
    """
    letters: dict[float, int] = {}
    for p in _all_paragraphs(items):
        if p.style.kind == "text" and p.size:
            letters[p.size] = letters.get(p.size, 0) + len(p.text)
    return max(letters, key=lambda size: letters[size]) if letters else default


def _all_paragraphs(items: list[Paragraph | Table]) -> list[Paragraph]:
    found: list[Paragraph] = []
    for item in items:
        if isinstance(item, Table):
            found += [p for cells in item.rows for cell in cells for p in cell.paragraphs]
        else:
            found.append(item)
    return found


def _collect(parent: Any, reader: ParagraphReader, items: list[Paragraph | Table]) -> None:
    for child in parent.iterchildren():
        if child.tag == qn("w:p"):
            items.append(reader.read(child))
        elif child.tag == qn("w:tbl"):
            items.append(_table(child, reader))
        elif child.tag == qn("w:sdt"):
            if not _is_contents(child):
                content = child.find(qn("w:sdtContent"))
                if content is not None:
                    _collect(content, reader, items)
        elif child.tag in (qn("w:customXml"), qn("w:ins")):
            _collect(child, reader, items)


def _is_contents(sdt: Any) -> bool:
    gallery = sdt.find(f"{qn('w:sdtPr')}/{qn('w:docPartObj')}/{qn('w:docPartGallery')}")
    return gallery is not None and "contents" in gallery.get(qn("w:val"), "").lower()


def _table(tbl: Any, reader: ParagraphReader) -> Table:
    rows: list[list[Cell]] = []
    shaded = False
    for tr in _children(tbl, qn("w:tr")):
        cells: list[Cell] = []
        for tc in _children(tr, qn("w:tc")):
            cell = Cell()
            _cell(tc, reader, cell)
            if _is_continued_merge(tc):
                continue  # the cell above, stretched down: its words are already read
            shaded = shaded or _shaded(tc)
            cells.append(cell)
        if cells:
            rows.append(cells)
    t_pr = tbl.find(qn("w:tblPr"))
    if t_pr is not None:
        shaded = shaded or _shaded_element(t_pr.find(qn("w:shd")))
    return Table(rows, shaded)


def _children(parent: Any, tag: str) -> list[Any]:
    """`parent`'s children named `tag`, also those wrapped in content controls."""
    found: list[Any] = []
    for child in parent.iterchildren():
        if child.tag == tag:
            found.append(child)
        elif child.tag in (qn("w:sdt"), qn("w:customXml")):
            content = child.find(qn("w:sdtContent"))
            found.extend(_children(child if content is None else content, tag))
    return found


def _cell(tc: Any, reader: ParagraphReader, cell: Cell) -> None:
    for child in tc.iterchildren():
        if child.tag == qn("w:p"):
            cell.paragraphs.append(reader.read(child))
        elif child.tag == qn("w:tbl"):
            cell.nested = True
            for p in child.iter(qn("w:p")):
                cell.paragraphs.append(reader.read(p))
        elif child.tag in (qn("w:sdt"), qn("w:customXml")):
            content = child.find(qn("w:sdtContent"))
            _cell(child if content is None else content, reader, cell)


def _is_continued_merge(tc: Any) -> bool:
    merge = tc.find(f"{qn('w:tcPr')}/{qn('w:vMerge')}")
    return merge is not None and merge.get(qn("w:val"), "continue") == "continue"


def _shaded(tc: Any) -> bool:
    return _shaded_element(tc.find(f"{qn('w:tcPr')}/{qn('w:shd')}"))


def _shaded_element(shd: Any | None) -> bool:
    if shd is None:
        return False
    fill = (shd.get(qn("w:fill")) or "auto").lower()
    return fill not in ("auto", "ffffff", "none", "")
