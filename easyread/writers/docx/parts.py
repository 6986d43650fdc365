"""The booklet's parts around the body: cover, contents, word list and credits pages."""

from __future__ import annotations

from easyread.model import Heading, iter_blocks
from easyread.writers.booklet import Booklet
from easyread.writers.docx import oxml
from easyread.writers.docx.blocks import Writer

__all__ = ["write_contents", "write_cover", "write_credits", "write_word_list"]


def write_cover(writer: Writer, booklet: Booklet) -> None:
    """Title, subtitle, a large picture, the words "Easy read" and the date."""
    cover = booklet.cover
    p = writer.add_paragraph("Title")
    oxml.add_run(p, cover.title)
    if cover.subtitle:
        oxml.add_run(writer.add_paragraph("Subtitle"), cover.subtitle)
    if cover.picture is not None:
        writer.add_picture_paragraph(cover.picture, writer.geometry.cover_picture_mm, "Picture")
    oxml.add_run(writer.add_paragraph("CoverText"), booklet.labels.easy_read, bold=True)
    if cover.date:
        oxml.add_run(writer.add_paragraph("CoverText"), cover.date)


def write_contents(writer: Writer, booklet: Booklet) -> None:
    """A contents page: each entry links to its heading and shows the page it starts on."""
    for block in iter_blocks(booklet.document):
        if isinstance(block, Heading):
            writer.reserve_bookmark(block.anchor)  # so links may point forward
    if not booklet.contents:
        return
    writer.start_page()
    oxml.add_run(writer.add_paragraph("Heading1"), booklet.labels.contents)
    writer.heading_reset(1)
    for entry in booklet.contents:
        name = writer.reserve_bookmark(entry.anchor)
        p = writer.add_paragraph("ContentsEntry")
        link = oxml.add_hyperlink(p, anchor=name)
        oxml.add_run(link, entry.title, style_id="Hyperlink")
        oxml.add_tab(p)
        # Word and LibreOffice fill the page number in when the document is laid out.
        oxml.add_field(p, f"PAGEREF {name} \\h")


def write_word_list(writer: Writer, booklet: Booklet) -> None:
    """The hard words in bold, each followed by its explanation."""
    if not booklet.word_list:
        return
    writer.start_page()
    oxml.add_run(writer.add_paragraph("Heading1"), booklet.word_list_title)
    writer.heading_reset(1)
    for word in booklet.word_list:
        oxml.add_run(writer.add_paragraph("WordListTerm"), word.term, bold=True)
        for line in word.explanation:
            writer.add_runs(writer.add_paragraph("RowText"), line.runs)


def write_credits(writer: Writer, booklet: Booklet) -> None:
    """Who wrote and checked the booklet, where the full version is, and picture credits."""
    credits, labels = booklet.credits, booklet.labels
    writer.start_page()
    oxml.add_run(writer.add_paragraph("Heading1"), labels.credits)
    writer.heading_reset(1)
    if credits.author:
        oxml.add_run(writer.add_paragraph("Normal"), f"{labels.written_by} {credits.author}.")
    if credits.checked_by:
        text = f"{labels.checked_by} {', '.join(credits.checked_by)}."
        oxml.add_run(writer.add_paragraph("Normal"), text)
    if credits.full_version:
        oxml.add_run(writer.add_paragraph("RowText", keep_next=True), f"{labels.full_version}:")
        writer.add_link(writer.add_paragraph("Normal"), credits.full_version,
                        credits.full_version)
    if credits.pictures:
        oxml.add_run(writer.add_paragraph("Heading2"), labels.pictures)
        writer.heading_reset(2)
        for credit in credits.pictures:
            has_more = bool(credit.url or credit.attribution)
            p = writer.add_paragraph("RowText" if has_more else "Normal", keep_next=has_more)
            oxml.add_run(p, f"{credit.source}: {credit.licence}")
            if credit.url:
                p = writer.add_paragraph("RowText" if credit.attribution else "Normal",
                                         keep_next=bool(credit.attribution))
                writer.add_link(p, credit.url, credit.url)
            if credit.attribution:
                oxml.add_run(writer.add_paragraph("Normal"), credit.attribution)
    # The font credit is for the typeface the PDF embeds; print it only if DOCX names it too.
    if credits.font and booklet.style.docx_font == booklet.style.font:
        oxml.add_run(writer.add_paragraph("Normal"), f"{labels.font}: {credits.font}")
