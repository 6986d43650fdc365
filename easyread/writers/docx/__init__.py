"""Write a Booklet as an accessible DOCX file with python-docx.

Accessible by default: title and language set, real Heading styles, real lists,
pictures inline with alt text, rows in borderless Table Normal layout tables,
fonts and sizes in styles only, and the same bytes from two builds of the same booklet.
"""

from __future__ import annotations

from typing import BinaryIO

import docx

from easyread.errors import Reporter
from easyread.pictures.credits import rights_text
from easyread.pictures.render import PictureRenderer
from easyread.writers.booklet import Booklet
from easyread.writers.docx import oxml, package, parts, styles
from easyread.writers.docx.blocks import Writer

__all__ = ["PICTURE_FORMATS", "write_docx"]

PICTURE_FORMATS = ("png",)
"""Word shows pictures from PNG copies made at 300 dpi of their printed size."""

def write_docx(
    booklet: Booklet, out: BinaryIO, *, pictures: PictureRenderer, report: Reporter
) -> None:
    """Write `booklet` to `out` as a DOCX file; problems that do not stop it go to `report`."""
    style = booklet.style
    language = booklet.language
    caption, description = booklet.labels.layout_caption, booklet.labels.layout_description

    # 1. The package: template clean-up, properties, styles, lists, page and footer.
    doc = docx.Document()
    package.clean_template(doc)
    package.set_properties(doc, title=booklet.title, language=language,
                           author=booklet.credits.author)
    package.set_credits(doc, rights_text(booklet.credits.pictures))
    styles.set_up_styles(doc, style, language)
    styles.set_up_numbering(doc, style.docx_font)
    styles.set_up_page(doc, style)
    oxml.set_settings(doc.settings.element, language)
    _add_page_numbers(doc)

    # 2. Cover and contents.
    writer = Writer(doc, style, styles.geometry(style), pictures, report, caption, description)
    parts.write_cover(writer, booklet)
    parts.write_contents(writer, booklet)

    # 3. The body, section by section; the first always starts on a new page.
    writer.start_page()
    for section in booklet.body:
        head = () if section.heading is None else (section.heading,)
        writer.write_blocks((*head, *section.blocks))

    # 4. Word list and credits.
    parts.write_word_list(writer, booklet)
    parts.write_credits(writer, booklet)
    package.save_reproducibly(doc, out)


def _add_page_numbers(doc: docx.document.Document) -> None:
    """Put the page number at the foot of every page except the cover."""
    section = doc.sections[0]
    section.different_first_page_header_footer = True
    footer = section.footer
    footer.is_linked_to_previous = False
    p = footer.paragraphs[0]
    p.style = doc.styles["Footer"]
    oxml.add_field(p._p, "PAGE", "1")
