"""Fill rows that have no picture with the matcher's top suggestion, and say what was picked.

A pure step between reading and writing: a Document goes in, a new Document comes out, and
every row without a picture is listed: the picture put beside it, or that none fits (with
the closest ones), so a person sees every row and can confirm or change it in the source.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from easyread.errors import Diagnostic, Level
from easyread.location import Location
from easyread.model import Block, Box, Document, ListBlock, Picture, PictureGroup, Row
from easyread.pictures.choose import MIN_LEAD, MIN_SCORE, Picker
from easyread.pictures.library import PictureLibrary
from easyread.pictures.suggest import matcher_for

__all__ = ["MIN_LEAD", "MIN_SCORE", "AutoChoice", "auto_pictures"]

OTHER_CHOICES = 2
TEXT_LIMIT = 40


@dataclass(frozen=True, slots=True)
class AutoChoice:
    """One row that had no picture: the picture put beside it, or None when none fits."""

    loc: Location
    text: str
    name: str | None
    others: tuple[str, ...]
    """The runners-up a person might prefer; when no picture fits, the closest ones."""
    score: float
    at: Location | None = None
    """Where the row's first text starts: where a ``:name:`` code goes in the source."""

    def diagnostic(self) -> Diagnostic:
        """The choice as an info line: ``FILE:LINE:COL: info: picked :name: for "..."``, or
        ``info: no picture fits "..." (closest: ...)``."""
        others = ", ".join(f":{n}:" for n in self.others)
        if self.name is None:
            message = f'no picture fits "{_short(self.text)}" (closest: {others or "none"})'
        else:
            message = f'picked :{self.name}: for "{_short(self.text)}"'
            if others:
                message += f" (other choices: {others})"
        return Diagnostic(message, self.loc, level=Level.INFO)


def _short(text: str) -> str:
    flat = " ".join(text.split())
    if len(flat) <= TEXT_LIMIT:
        return flat
    cut = flat[:TEXT_LIMIT].rsplit(" ", 1)[0] or flat[:TEXT_LIMIT]
    return cut.rstrip(" ,.;:") + "\u2026"


def auto_pictures(
    doc: Document,
    library: PictureLibrary | None = None,
    *,
    min_score: float = MIN_SCORE,
    min_lead: float = MIN_LEAD,
) -> tuple[Document, tuple[AutoChoice, ...]]:
    """`doc` with every row that has no picture given the best one, when it scores `min_score`
    or more and leads the runner-up by `min_lead` of its score (see easyread.pictures.choose).

    `library` defaults to the document's own picture folders and its picture set.
    Returns the new document and one choice for every row that had no picture, in reading
    order: the rows left without one have a choice whose `name` is None.
    """
    library = library or PictureLibrary(doc.meta.picture_dirs, picture_set=doc.style.picture_set,
                                        people=doc.style.people)
    picker = Picker(matcher_for(library, doc.meta.language), min_score, min_lead)
    filler = _Filler(library, picker)
    sections = tuple(
        replace(section, blocks=filler.blocks(section.blocks)) for section in doc.sections
    )
    if not any(choice.name for choice in filler.choices):
        return doc, tuple(filler.choices)
    return replace(doc, sections=sections), tuple(filler.choices)


class _Filler:
    """Walks the blocks of a document, rebuilding only what changes."""

    def __init__(self, library: PictureLibrary, picker: Picker) -> None:
        self.library = library
        self.picker = picker
        self.choices: list[AutoChoice] = []

    def blocks(self, blocks: Iterable[Block]) -> tuple[Block, ...]:
        return tuple(self.block(block) for block in blocks)

    def block(self, block: Block) -> Block:
        match block:
            case Row():
                return self.row(block)
            case ListBlock():
                items = self.blocks(block.items)
                return replace(block, items=items)  # type: ignore[arg-type]
            case Box():
                inner = self.blocks(block.blocks)
                return replace(block, blocks=inner)  # type: ignore[arg-type]
            case PictureGroup():
                return replace(block, items=tuple(self.row(row) for row in block.items))
            case _:
                return block

    def row(self, row: Row) -> Row:
        if row.picture is not None:
            if row.picture.name:
                self.picker.seen(row.picture.name)
            return row
        if not row.text.strip():
            return row
        chosen, found = self.picker.pick(row.text)
        found = found[:1 + OTHER_CHOICES]
        at = row.lines[0].loc if row.lines else row.loc
        best = self.library.resolve(chosen.name) if chosen else None
        if best is None:
            closest = tuple(s.name for s in found)
            self.choices.append(AutoChoice(row.loc, row.text, None, closest,
                                           found[0].score if found else 0.0, at))
            return row
        # A user's picture without an index has no alt text: its name is the best we have.
        alt = best.alt or best.name.replace("-", " ")
        picture = Picture(path=best.path, alt=alt, format=best.format,  # type: ignore[arg-type]
                          loc=row.loc, name=best.name, credit=best.credit,
                          picture_set=best.style_set)
        self.choices.append(AutoChoice(row.loc, row.text, best.name,
                                       tuple(s.name for s in found[1:]), found[0].score, at))
        return replace(row, picture=picture)

