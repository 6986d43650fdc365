"""The PDF writer: a tagged PDF/UA-1 booklet drawn with reportlab and tagged with pikepdf."""

from __future__ import annotations

from typing import BinaryIO

from easyread.errors import Reporter
from easyread.pictures.credits import rights_text
from easyread.pictures.render import PictureRenderer
from easyread.writers.booklet import Booklet
from easyread.writers.output import build_epoch
from easyread.writers.pdf.fonts import load_fonts
from easyread.writers.pdf.layout import layout
from easyread.writers.pdf.paint import paint
from easyread.writers.pdf.tagging import Info, add_structure

__all__ = ["write_pdf"]


def write_pdf(
    booklet: Booklet, out: BinaryIO, *, pictures: PictureRenderer, report: Reporter
) -> None:
    """Write `booklet` to `out` as a tagged PDF; problems that do not stop it go to `report`."""
    meta = booklet.document.meta
    fonts = load_fonts(booklet.style.font, meta.loc, report)  # 1. fonts
    result = layout(booklet, fonts)  # 2. pages of positioned boxes
    for diagnostic in result.diagnostics:
        report(diagnostic)
    data, marks = paint(result, pictures, report, booklet.title, fonts.regular.name)  # 3. drawing
    info = Info(booklet.title, booklet.language, meta.author, build_epoch(),
                rights_text(booklet.credits.pictures))
    add_structure(data, out, result.tree, marks, info)  # 4. structure tree and metadata
