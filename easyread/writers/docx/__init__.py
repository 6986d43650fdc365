"""Write a Booklet as an accessible DOCX file.

Accessible by default: title and language set, real Heading styles, real lists,
pictures inline with alt text, rows in borderless Table Normal layout tables,
fonts and sizes in styles only, and the same bytes from two builds of the same booklet.
The parts are written directly as WordprocessingML text (python-docx's object layer is
too slow for long booklets); the files match those python-docx would make.
"""

from __future__ import annotations

from typing import BinaryIO

from easyread.errors import Reporter
from easyread.pictures.credits import rights_text
from easyread.pictures.render import PictureRenderer
from easyread.writers.booklet import Booklet
from easyread.writers.cover_fit import cover_too_full
from easyread.writers.docx import fonts, oxml, package, parts, styles
from easyread.writers.docx.blocks import Writer

__all__ = ["write_docx"]

_FOOTER_RID = "rId1"


def write_docx(
    booklet: Booklet, out: BinaryIO, *, pictures: PictureRenderer, report: Reporter
) -> None:
    """Write `booklet` to `out` as a DOCX file; problems that do not stop it go to `report`."""
    style = booklet.style
    caption, description = booklet.labels.layout_caption, booklet.labels.layout_description

    # 1. Cover and contents.
    pkg = package.Package()
    writer = Writer(pkg, style, styles.geometry(style), pictures, report, caption, description)
    fit = parts.fit_docx_cover(booklet)
    if not fit.fits:
        report(cover_too_full(booklet.document.meta.loc))
    parts.write_cover(writer, booklet, fit)
    parts.write_contents(writer, booklet)

    # 2. The body, section by section; the first always starts on a new page.
    writer.start_page()
    for section in booklet.body:
        head = () if section.heading is None else (section.heading,)
        writer.write_blocks((*head, *section.blocks))

    # 3. The group's page, word list, credits and the back cover.
    if booklet.group is not None and booklet.group.heading is not None:
        writer.start_page()
        writer.write_blocks((booklet.group.heading, *booklet.group.blocks))
    parts.write_word_list(writer, booklet)
    parts.write_credits(writer, booklet)
    parts.write_back_cover(writer, booklet)

    # 4. The package: document, styles, lists, footer with page numbers, and properties.
    document = (f"{oxml.DECLARATION}<w:document {oxml.WORD_ROOT_NS}><w:body>"
                f"{''.join(writer.body)}{styles.section_properties(style, _FOOTER_RID)}"
                "</w:body></w:document>")
    embedded = fonts.embedded_fonts(style.docx_font)
    pkg.save(
        out,
        document=document,
        styles=oxml.DECLARATION + styles.styles_xml(style, booklet.language, fit),
        numbering=oxml.DECLARATION + styles.numbering_xml(style, writer.nums),
        footer=oxml.DECLARATION + styles.footer_xml(),
        settings=package.settings_xml(booklet.language, embedded is not None),
        core=package.core_xml(title=booklet.title, language=booklet.language,
                              author=booklet.credits.author),
        credits=rights_text(booklet.credits.pictures),
        fonts=embedded,
    )
