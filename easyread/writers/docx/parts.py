"""The booklet's parts around the body: cover, contents, word list, credits and back cover."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from easyread.measures import measures
from easyread.model import Heading, iter_blocks
from easyread.style import MM
from easyread.writers.booklet import Booklet, contact_link
from easyread.writers.breaks import keep_phone_numbers
from easyread.writers.bundled_font import FAMILY
from easyread.writers.cover_fit import CoverFit, average_measure, count_lines, fit_cover
from easyread.writers.docx import oxml
from easyread.writers.docx.blocks import Writer
from easyread.writers.font_widths import line_extent, text_width

__all__ = [
    "fit_docx_cover",
    "write_back_cover",
    "write_contents",
    "write_cover",
    "write_credits",
    "write_word_list",
]


def _part(name: str) -> str:
    """The bookmark key of a booklet part; heading anchors never hold a colon."""
    return ":" + name


def _lines(booklet: Booklet, text: str, size: float, width: float, bold: bool = False) -> int:
    """Lines `text` takes on the cover at `size` pt in a column `width` pt wide, measured in
    the bundled font (Word lays out the text only when the file is opened)."""
    measure: Callable[[str], float] = (partial(text_width, size=size, bold=bold)
                                        if booklet.style.docx_font == FAMILY
                                        else average_measure(size, bold))
    return count_lines(text, width, measure)


def fit_docx_cover(booklet: Booklet) -> CoverFit:
    """How to set the cover so it fits page 1: the PDF's rule, with the text measured in
    the Word file's font."""
    m, cover = measures(booklet.style), booklet.cover
    width = m.measure

    # Word never sets a line shorter than the font's own line, and a picture on a line
    # has the font's descender under it.
    ascender, descender = line_extent()
    title_line = max(m.title_line, ascender + descender)
    under = descender * m.body_size

    def height(fit: CoverFit) -> float:
        title, side, logo = fit.title_size, fit.picture, fit.logo
        space = m.row_gap if fit.tight else m.heading_space
        sub = m.body_size if fit.tight else m.subtitle_size
        total = m.label_line * m.label_size
        total += space + _lines(booklet, cover.title, title, width, True) * title_line * title
        total += m.row_gap
        if cover.subtitle:
            total += _lines(booklet, cover.subtitle, sub, width) * m.subtitle_line * sub
            total += m.row_gap
        if cover.picture is not None:
            total += space + side + under
        if cover.date:
            total += space + _lines(booklet, cover.date, m.body_size, width) * m.leading
        if cover.logo is not None or cover.organisation:
            total += space + _maker_height(cover.organisation, logo + under if logo else 0.0,
                                           booklet)
        return total

    return fit_cover(m, cover.picture is not None, cover.logo is not None, height,
                     m.page_height - 2 * m.margin)


def _maker_height(name: str, logo: float, booklet: Booklet) -> float:
    """The height of who made the booklet, `logo` pt for the logo's own line: the name wraps
    in the column beside the logo (a layout table), or across the page without a logo."""
    m = measures(booklet.style)
    if not name:
        return logo
    width = m.measure - logo - m.gap if logo else m.measure
    return max(logo, _lines(booklet, name, m.body_size, width, True) * m.leading)


def write_cover(writer: Writer, booklet: Booklet, fit: CoverFit) -> None:
    """The words "Easy read", title, subtitle, a large picture, the date, then the logo and
    name of the organisation (the order of the PDF and HTML covers)."""
    cover = booklet.cover
    writer.add_paragraph("CoverLabel", oxml.run(booklet.labels.easy_read))
    writer.add_paragraph("Title", oxml.run(cover.title))
    if cover.subtitle:
        writer.add_paragraph("Subtitle", oxml.run(cover.subtitle))
    if cover.picture is not None:
        writer.add_picture_paragraph(cover.picture, fit.picture / MM, "CoverPicture")
    if cover.date:
        writer.add_paragraph("CoverText", oxml.run(cover.date))
    if cover.logo is not None and cover.organisation:
        writer.add_logo_beside(cover.logo, fit.logo, cover.organisation)
    elif cover.logo is not None:
        writer.add_picture_paragraph(cover.logo, fit.logo / MM, "CoverLogo")
    elif cover.organisation:
        writer.add_paragraph("CoverLogo", oxml.run(cover.organisation, bold=True))


def write_contents(writer: Writer, booklet: Booklet) -> None:
    """A contents page: each entry links to its heading and shows the page it starts on."""
    for block in iter_blocks(booklet.document):
        if isinstance(block, Heading):
            writer.reserve_bookmark(block.anchor)  # so links may point forward
    if not booklet.contents:
        return
    writer.start_page()
    writer.add_paragraph("Heading1", oxml.run(booklet.labels.contents))
    writer.heading_reset(1)
    for entry in booklet.contents:
        name = writer.reserve_bookmark(_part(entry.part) if entry.part else entry.anchor)
        link = oxml.hyperlink(oxml.run(entry.title, style_id="Hyperlink"), anchor=name)
        # Word and LibreOffice fill the page number in when the document is laid out.
        page = oxml.field(f"PAGEREF {name} \\h")
        writer.add_paragraph("ContentsEntry", f"{link}{oxml.TAB}{page}")


def write_word_list(writer: Writer, booklet: Booklet) -> None:
    """The hard words in bold, each followed by its explanation."""
    if not booklet.word_list:
        return
    writer.start_page()
    writer.add_part_heading(booklet.word_list_title, _part("word-list"))
    for word in booklet.word_list:
        writer.add_paragraph("WordListTerm", oxml.run(word.term, bold=True))
        for line in word.explanation:
            writer.add_paragraph("RowText", writer.add_runs(line.runs))


def write_credits(writer: Writer, booklet: Booklet) -> None:
    """Who wrote and checked the booklet and who made its pictures, in easy read words; the
    licences of the pictures and the font after them, in smaller print."""
    credits, labels = booklet.credits, booklet.labels
    writer.start_page()
    writer.add_part_heading(labels.credits, _part("credits"))
    if credits.author:
        writer.add_paragraph("Normal", oxml.run(f"{labels.written_by} {credits.author}."))
    if credits.checked_by:
        text = f"{labels.checked_by} {', '.join(credits.checked_by)}."
        writer.add_paragraph("Normal", oxml.run(text))
    if credits.pictures:
        sources = ", ".join(credit.source for credit in credits.pictures)
        writer.add_paragraph("Normal", oxml.run(f"{labels.pictures_from} {sources}."))
    if credits.full_version:
        writer.add_paragraph("RowText", oxml.run(f"{labels.full_version}:"), keep_next=True)
        writer.add_paragraph("Normal", writer.add_link(credits.full_version,
                                                       credits.full_version))
    # The font credit is for the typeface the file uses; print it only if DOCX uses it too.
    font = credits.font if booklet.style.docx_font == booklet.style.font else ""
    if not (credits.pictures or font):
        return
    writer.add_paragraph("Heading2", oxml.run(labels.licences))
    writer.heading_reset(2)
    for credit in credits.pictures:
        writer.add_paragraph("SmallPrint", oxml.run(f"{credit.source}: {credit.licence}"),
                             keep_next=bool(credit.url or credit.attribution))
        if credit.url:
            writer.add_paragraph("SmallPrint", writer.add_link(credit.url, credit.url),
                                 keep_next=bool(credit.attribution))
        if credit.attribution:
            writer.add_paragraph("SmallPrint", oxml.run(credit.attribution))
    if font:
        writer.add_paragraph("SmallPrint", oxml.run(f"{labels.font}: {font}"))


def write_back_cover(writer: Writer, booklet: Booklet) -> None:
    """How to get in touch, then that the booklet comes in other formats (when asked for)."""
    back, labels = booklet.back_cover, booklet.labels
    if back is None:
        return
    writer.start_page()
    writer.add_part_heading(labels.contact, _part("back-cover"))
    for number, line in enumerate(back.contact, 1):
        url = contact_link(line)
        content = (writer.add_link(line, url) if url
                   else oxml.run(keep_phone_numbers(line), bold=True))
        # The lines sit close together, with the paragraph space after the last.
        last = number == len(back.contact)
        writer.add_paragraph("Normal" if last else "RowText", content, keep_next=True)
    writer.add_paragraph("Normal", oxml.run(labels.other_formats))
