"""Turn a Booklet into pages of positioned boxes: pure geometry, no canvas.

The parts are laid out in order (cover, contents, body, group page, word list, credits, back
cover). The contents page needs the page of every heading, which is known only at the end;
its page numbers have a width kept free for them, so they never move anything and are filled
in after one layout.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from easyread.errors import Diagnostic
from easyread.writers.booklet import Booklet, contact_link
from easyread.writers.pdf.blocks import Builder, anchor_key, part_key
from easyread.writers.pdf.boxes import Anchor, Page, Shape, TextLine, Tree
from easyread.writers.pdf.cover import cover
from easyread.writers.pdf.flow import Frame, NewPage, Unit, paginate
from easyread.writers.pdf.fonts import Fonts
from easyread.writers.pdf.geometry import Geometry
from easyread.writers.pdf.text import Span, place

__all__ = ["Layout", "layout"]

_Said = tuple[str, bool, str | None]
"""A credits line: its text, whether it is bold, and the web link it goes to (if any)."""


@dataclass(frozen=True, slots=True)
class Layout:
    """The laid-out booklet: pages, the structure tree and warnings found on the way."""

    geometry: Geometry
    pages: list[Page]
    tree: Tree
    diagnostics: list[Diagnostic]

    def anchor_pages(self) -> dict[str, int]:
        """The printed page number of every anchor (headings and booklet parts)."""
        return {
            item.key: page.number
            for page in self.pages
            for item in page.items
            if isinstance(item, Anchor)
        }


@dataclass(frozen=True, slots=True)
class _PageNumber(TextLine):
    """Where a contents entry shows the page of heading `key`, filled in after layout."""

    key: str = ""
    elem: int = 0
    """The entry's Link element."""


def layout(booklet: Booklet, fonts: Fonts) -> Layout:
    """Lay out `booklet`, then show on the contents page the pages its headings landed on."""
    geo = Geometry.from_style(booklet.style)
    b = Builder(geo, fonts, booklet.document.meta.loc, booklet.labels.continued)
    cover(b, booklet)
    if booklet.contents:
        _contents(b, booklet)
    for number, section in enumerate(booklet.body):
        sect = b.tree.add("Sect", 0)
        heading = section.heading
        # The body starts on a new page, even when it opens with text before any heading
        # (such as a notice), so that text is never printed on the contents page.
        if number == 0 or (heading is not None and booklet.style.section_new_page):
            b.flows.append(NewPage())
        if heading is not None:
            b.heading(heading, sect)
        b.last_heading = heading
        b.blocks(section.blocks, sect)
    if booklet.group is not None and booklet.group.heading is not None:
        # The group's own page, laid out as the body is: a heading, then its rows.
        b.flows.append(NewPage())
        sect = b.tree.add("Sect", 0)
        b.heading(booklet.group.heading, sect)
        b.last_heading = booklet.group.heading
        b.blocks(booklet.group.blocks, sect)
    if booklet.word_list:
        _word_list(b, booklet)
    _credits(b, booklet)
    if booklet.back_cover is not None:
        _back_cover(b, booklet)

    def decorate(page: Page) -> None:
        if page.number > 1:
            text = str(page.number)
            size = booklet.style.font_size
            width = fonts.width(text, False, size)
            span = Span(text, False, booklet.style.colours.text, None)
            fragments = place(span, (geo.width - width) / 2, size, fonts)
            page.items.append(TextLine(geo.folio_y, fragments, artifact="Pagination"))

    frame = Frame(geo.top, geo.bottom, geo.cover_bottom)
    pages, warnings = paginate(b.flows, frame, decorate)
    notes = list(b.notes.values())
    result = Layout(geo, pages, b.tree, warnings + notes)
    _fill_page_numbers(result, fonts)
    return result


def _fill_page_numbers(result: Layout, fonts: Fonts) -> None:
    """Put the page of each heading, right aligned, where its contents entry keeps room."""
    geo, style = result.geometry, result.geometry.style
    size = style.font_size
    numbers = result.anchor_pages()
    for page in result.pages:
        for index, item in enumerate(page.items):
            if isinstance(item, _PageNumber):
                number = str(numbers.get(item.key, 0))
                span = Span(number, False, style.colours.link, item.elem, dest=item.key)
                x = geo.right - fonts.width(number, False, size)
                page.items[index] = TextLine(item.y, place(span, x, size, fonts))


def _part_heading(b: Builder, parent: int, text: str, key: str) -> None:
    """The heading of a booklet part (contents, word list, credits): H1 with a rule."""
    geo, style = b.geo, b.geo.style
    loc = b.meta_loc
    h1 = b.tree.add("H1", parent)
    size, leading = geo.heading_size(1), geo.heading_leading(1)
    unit = b.unit([b.plain(text, h1, loc, bold=True, colour=style.colours.heading)],
                 size, leading, keep=True)
    unit.items.insert(0, Anchor(0.0, key, text, 1))
    unit.items.append(Shape(geo.left, unit.height + geo.rule, geo.measure, geo.rule,
                            fill=style.colours.accent))
    unit.height += 2 * geo.rule + geo.row_gap
    b.flows.append(NewPage())
    b.flows.append(unit)


def _contents(b: Builder, booklet: Booklet) -> None:
    geo, style = b.geo, booklet.style
    loc = booklet.document.meta.loc
    sect = b.tree.add("Sect", 0)
    _part_heading(b, sect, booklet.labels.contents, part_key("contents"))
    toc = b.tree.add("TOC", sect)
    size = style.font_size
    number_width = b.fonts.width("000", False, size)
    for entry in booklet.contents:
        key = part_key(entry.part) if entry.part else anchor_key(entry.anchor)
        item = b.tree.add("TOCI", toc)
        ref = b.tree.add("Reference", item)
        link = b.tree.add("Link", ref)
        indent = (entry.level - 1) * 2 * size
        spans = b.plain(entry.title, link, loc, dest=key, colour=style.colours.link)
        # The title keeps clear of room for a page number of three digits, so the number
        # (known only after layout) never changes how the contents page is laid out.
        items, height, tops = b.paragraphs([spans], geo.left + indent,
                                           geo.measure - indent - 2 * number_width, size,
                                           style.leading)
        first = items[0] if items else None
        baseline = first.y if isinstance(first, TextLine) else style.leading / 2
        items.append(_PageNumber(baseline, (), key=key, elem=link))
        b.flows.append(Unit(max(height, style.leading), list(items), tuple(tops[1:]),
                            geo.row_gap))


def _word_list(b: Builder, booklet: Booklet) -> None:
    style = booklet.style
    sect = b.tree.add("Sect", 0)
    _part_heading(b, sect, booklet.word_list_title, part_key("word-list"))
    lst = b.tree.add("L", sect)
    for word in booklet.word_list:
        li = b.tree.add("LI", lst)
        term = b.plain(word.term, b.tree.add("Lbl", li), word.loc, bold=True)
        body = b.tree.add("LBody", li)
        paras = [term] + [b.spans(line, b.tree.add("P", body)) for line in word.explanation]
        unit = b.unit(paras, style.font_size, style.leading)
        unit.loc = word.loc
        b.flows.append(unit)


def _credits(b: Builder, booklet: Booklet) -> None:
    """Who made the booklet in easy read words first; the licences after, in smaller print."""
    style, labels, credits = booklet.style, booklet.labels, booklet.credits
    m = b.geo.m
    loc = booklet.document.meta.loc
    sect = b.tree.add("Sect", 0)
    _part_heading(b, sect, labels.credits, part_key("credits"))

    def para(lines: Sequence[_Said], size: float = m.body_size, keep: bool = False) -> None:
        paras = []
        for text, bold, url in lines:
            p = b.tree.add("P", sect)
            if url:
                link = b.tree.add("Link", p)
                paras.append(b.plain(text, link, loc, colour=style.colours.link, url=url))
            else:
                paras.append(b.plain(text, p, loc, bold=bold))
        b.flows.append(b.unit(paras, size, size * m.body_line, keep=keep))

    if credits.author:
        para([(labels.written_by, False, None), (credits.author, True, None)])
    if credits.checked_by:
        para([(labels.checked_by, False, None)] + [(n, True, None) for n in credits.checked_by])
    if credits.pictures:
        para([(labels.pictures_from, False, None)]
             + [(credit.source, True, None) for credit in credits.pictures])
    if credits.full_version:
        para([(labels.full_version, False, None), (credits.full_version, False,
                                                    credits.full_version)])
    if not (credits.pictures or credits.font):
        return
    _sub_heading(b, sect, labels.licences)
    for credit in credits.pictures:
        lines: list[_Said] = [(f"{credit.source}: {credit.licence}", False, None)]
        if credit.url:
            lines.append((credit.url, False, credit.url))
        if credit.attribution:
            lines.append((credit.attribution, False, None))
        # The small print stays together with its heading (it is short).
        para(lines, m.small_size, keep=bool(credits.font))
    if credits.font:
        para([(f"{labels.font}: {credits.font}", False, None)], m.small_size)


def _back_cover(b: Builder, booklet: Booklet) -> None:
    """The last page: how to get in touch, then that the booklet comes in other formats."""
    assert booklet.back_cover is not None
    style, labels, m = booklet.style, booklet.labels, b.geo.m
    loc = booklet.document.meta.loc
    sect = b.tree.add("Sect", 0)
    _part_heading(b, sect, labels.contact, part_key("back-cover"))
    paras = []
    for line in booklet.back_cover.contact:
        p = b.tree.add("P", sect)
        url = contact_link(line)
        if url:
            paras.append(b.plain(line, b.tree.add("Link", p), loc, colour=style.colours.link,
                                 url=url))
        else:
            paras.append(b.plain(line, p, loc, bold=True))
    if paras:
        b.flows.append(b.unit(paras, m.body_size, m.leading, keep=True))
    said = b.plain(labels.other_formats, b.tree.add("P", sect), loc)
    b.flows.append(b.unit([said], m.body_size, m.leading, space=b.geo.heading_gap))


def _sub_heading(b: Builder, parent: int, text: str) -> None:
    geo = b.geo
    h2 = b.tree.add("H2", parent)
    span = b.plain(text, h2, b.meta_loc, bold=True, colour=geo.style.colours.heading)
    unit = b.unit([span], geo.heading_size(2), geo.heading_leading(2),
                 space=geo.heading_gap, keep=True)
    unit.height += geo.row_gap / 2
    b.flows.append(unit)
