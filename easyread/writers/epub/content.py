"""The e-book's content documents: the web page's pieces, as XHTML, one document per part.

Rows, headings, the word list, the credits and the back cover are written by the HTML
writer's own functions, so the e-book looks and reads like the web page; here they become
XHTML, their pictures become files in the book, and each printed page's start is marked for
the page list.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from html import escape

from easyread.errors import Reporter
from easyread.location import Location
from easyread.model import Heading, Picture, Row, iter_blocks
from easyread.pictures.render import PictureRenderer
from easyread.writers.booklet import Booklet
from easyread.writers.epub.pages import page_starts
from easyread.writers.html import back_cover_html, cover_html, credits_html, word_list_html
from easyread.writers.html.blocks import Context, section_html
from easyread.writers.html.css import px

__all__ = ["Book", "Part", "book_parts"]


@dataclass(frozen=True, slots=True)
class Part:
    """One content document."""

    name: str
    """Its file name, such as "section-2.xhtml"."""
    title: str
    body: str
    """The XHTML inside <body>."""
    kind: str
    """Its epub:type: "cover", "bodymatter chapter", "glossary" or "backmatter"."""


@dataclass(slots=True)
class Book:
    """Everything the package is made of."""

    parts: list[Part] = field(default_factory=list)
    images: dict[str, tuple[bytes, str]] = field(default_factory=dict)
    """File name -> (bytes, media type)."""
    pages: list[tuple[int, str]] = field(default_factory=list)
    """(printed page number, "file.xhtml#id") in order."""
    row_ids: dict[Location, str] = field(default_factory=dict)
    """Each row's id, by the row's place in the source."""
    word_ids: dict[str, Location] = field(default_factory=dict)
    """The id of each entry of the word list -> the place of its (first) word in the source."""
    places: dict[str, str] = field(default_factory=dict)
    """Each id in the book -> the file it is in."""
    cover_image: str = ""
    """The file of the cover's picture (the cover part's first picture), if it has one."""


@dataclass(slots=True)
class _EpubContext(Context):
    """Pictures as PNG files in the book, for every reading system (SVG in e-books is often
    drawn badly)."""

    files: dict[str, tuple[bytes, str]] = field(default_factory=dict)
    """Each picture made: its file name in the book -> (bytes, media type)."""

    def make_source(self, picture: Picture, width_px: int) -> str | None:
        """The file name in the book of `picture`, kept in `files`."""
        found: tuple[bytes, str] | None
        try:
            found = self.pictures.png(picture, width_px * 2), "image/png"
        except (OSError, ValueError):
            found = self.picture_data(picture, width_px)  # reports it, as the page does
        if found is None:
            return None
        data, kind = found
        extension = kind.split("/")[1].removesuffix("+xml")
        name = f"images/{hashlib.sha256(data).hexdigest()[:16]}.{extension}"
        self.files[name] = found
        return name


def book_parts(booklet: Booklet, pictures: PictureRenderer, report: Reporter) -> Book:
    """The content documents of `booklet`, with its pictures and page list."""
    style = booklet.style
    book = Book()
    doc = booklet.document
    book.row_ids = {row.loc: f"row-{number}" for number, row in enumerate(
        (block for block in iter_blocks(doc) if isinstance(block, Row)), 1)}
    if booklet.with_audio and booklet.group is not None:
        # The group's members are read aloud too: ids to light them up (only with the
        # audio, so the e-book without it stays as it was).
        book.row_ids.update({row.loc: f"member-{number}" for number, row in enumerate(
            (block for block in booklet.group.blocks if isinstance(block, Row)), 1)})
    ctx = _EpubContext(pictures, report,
                       picture_px=px(style.picture_size_mm), style=style)
    # Every row read aloud gets an id, so the read-aloud can light it up.
    ctx.row_extra = lambda row: ((f' id="{book.row_ids[row.loc]}"', "")
                                 if row.loc in book.row_ids else ("", ""))

    cover = (cover_html(booklet, ctx).replace('<header class="cover">',
                                              '<header class="cover" id="cover">')
             .replace("<h1>", '<h1 id="booklet-title">', 1))
    if booklet.with_audio:  # the cover's words the audio reads, for the read-aloud
        for what in ("subtitle", "date", "organisation"):
            cover = cover.replace(f'<p class="{what}">', f'<p class="{what}" id="cover-{what}">',
                                  1)
    raw: list[Part] = [Part("cover.xhtml", booklet.title, cover, "cover")]
    ctx.last_level = 1
    number = 0
    for section in booklet.body:
        if section.heading is None and not section.blocks:
            continue
        number += 1
        title = section.heading.text if section.heading else booklet.title
        raw.append(Part(f"section-{number}.xhtml", title, section_html(section, ctx),
                        "bodymatter chapter"))
    if booklet.group is not None and booklet.group.heading is not None:
        raw.append(Part("group.xhtml", booklet.group.heading.text,
                        section_html(booklet.group, ctx), "backmatter"))
    if booklet.word_list:
        raw.append(Part("words.xhtml", booklet.word_list_title,
                        _word_ids(booklet, book, word_list_html(booklet, ctx, "word-list")),
                        "glossary"))
    credits = credits_html(booklet, ctx, "credits", booklet.with_audio)
    if credits:
        raw.append(Part("credits.xhtml", booklet.labels.credits, credits, "backmatter"))
    if booklet.back_cover is not None:
        raw.append(Part("back-cover.xhtml", booklet.labels.contact,
                        back_cover_html(booklet, ctx, "back-cover", booklet.with_audio),
                        "backmatter"))

    targets: list[tuple[str, str]] = [("cover", booklet.title)]
    for block in iter_blocks(doc):
        if isinstance(block, Heading):
            targets.append((block.anchor, block.text))
        elif isinstance(block, Row):
            targets.append((book.row_ids[block.loc], block.text))
    if booklet.group is not None and booklet.group.heading is not None:
        targets.append((booklet.group.heading.anchor, booklet.group.heading.text))
    targets += [("word-list", booklet.word_list_title), ("credits", booklet.labels.credits)]
    if booklet.back_cover is not None:
        targets.append(("back-cover", booklet.labels.contact))
    starts = page_starts(booklet, targets, report)
    book.parts = [_xhtml(part, book, starts, ctx.files) for part in raw]
    return book


def _word_ids(booklet: Booklet, book: Book, html: str) -> str:
    """Give each word list entry an id, so the read-aloud can light it up. The web page
    writes one entry for a word explained twice in a row, so the ids follow its grouping."""
    parts = html.split("<div><dt>")
    last = None
    number = 0
    for word in booklet.word_list:
        if word.term != last:
            number += 1
            book.word_ids[f"word-{number}"] = word.loc
        last = word.term
    return parts[0] + "".join(f'<div id="word-{index}"><dt>{rest}'
                              for index, rest in enumerate(parts[1:], 1))


def _xhtml(
    part: Part, book: Book, starts: dict[str, list[int]], files: dict[str, tuple[bytes, str]]
) -> Part:
    """`part` as well-formed XHTML: its pictures (made into `files`) put in the book, page
    starts marked."""
    from lxml import etree, html

    root = html.fragment_fromstring(part.body, create_parent="div")
    for image in root.iter("img"):
        name = image.get("src", "")
        if name in files:
            book.images[name] = files[name]
            if part.kind == "cover" and not book.cover_image:
                book.cover_image = name
    for element in root.iter():
        ident = element.get("id")
        if ident is None:
            continue
        book.places[ident] = part.name
        for page in starts.get(ident, []):
            marker = etree.Element("span", {"data-pagebreak": str(page), "id": f"page-{page}",
                                            "role": "doc-pagebreak", "aria-label": str(page)})
            if element.tag == "li" or (element.tag[0] == "h" and element.tag[1:].isdigit()):
                # Inside, not before: a list holds only items, and a heading starts a page.
                marker.tail, element.text = element.text, None
                element.insert(0, marker)
            else:
                element.addprevious(marker)
            book.pages.append((page, f"{part.name}#page-{page}"))
    body = "".join(etree.tostring(child, encoding="unicode", method="xml") for child in root)
    if root.text:
        body = escape(root.text) + body
    body = body.replace("data-pagebreak=", "epub:type=\"pagebreak\" data-page=")
    return Part(part.name, part.title, body, part.kind)
