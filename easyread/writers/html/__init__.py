"""Write a Booklet as one self-contained HTML page: pictures and font inlined, no scripts
(made with the audio version, it carries the audio and a small script for its Listen buttons)."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import BinaryIO

from easyread.errors import Diagnostic, Level, Reporter
from easyread.measures import measures
from easyread.model import Heading, Row, iter_blocks
from easyread.pictures.credits import rights_text
from easyread.pictures.render import PictureRenderer
from easyread.style import MM
from easyread.writers.booklet import Booklet, Credits, contact_link
from easyread.writers.breaks import keep_phone_numbers
from easyread.writers.html.blocks import (
    Context,
    breakable,
    line_html,
    picture_html,
    safe_href,
    section_html,
)
from easyread.writers.html.css import px, stylesheet
from easyread.writers.html.fonts import BUNDLED_FONT, font_faces

__all__ = ["back_cover_html", "cover_html", "credits_html", "word_list_html", "write_html"]

_DASH = "\N{EN DASH}"


def _unique(base: str, taken: set[str]) -> str:
    name, number = base, 2
    while name in taken:
        name, number = f"{base}-{number}", number + 1
    taken.add(name)
    return name


def write_html(
    booklet: Booklet,
    out: BinaryIO,
    *,
    pictures: PictureRenderer,
    report: Reporter,
    row_extra: Callable[[Row], tuple[str, str]] | None = None,
) -> None:
    """Write `booklet` to `out` as UTF-8 HTML; the same booklet always gives the same bytes.

    `row_extra` gives each row's extra attributes and what goes after its words (the studio
    puts its tools there); the Listen buttons use the same place.
    """
    style = booklet.style
    ctx = Context(pictures, report, picture_px=px(style.picture_size_mm),
                  style=style)
    # Our own ids must not clash with the heading anchors the reader made.
    taken = {block.anchor for block in iter_blocks(booklet.document) if isinstance(block, Heading)}
    ids = {name: _unique(name, taken) for name in ("main", "contents", "word-list", "credits",
                                                    "back-cover")}

    listen = None
    if booklet.with_audio:  # Listen buttons, only when the audio version is made too
        from easyread.writers.html.listen import listening

        listen = listening(booklet)
        ctx.row_extra = _both(listen.row_extra, row_extra)
    else:
        ctx.row_extra = row_extra
    head = _head(booklet, report)
    if listen is not None:
        head = head.replace("</head>", f"<style>\n{listen.style}</style>\n</head>")
    parts = [head, "<body>"]
    skip = booklet.labels.skip_link
    parts.append(f'<a class="skip-link" href="#{ids["main"]}">{escape(skip)}</a>')
    parts.append(cover_html(booklet, ctx))
    if booklet.contents:
        parts.append(_contents(booklet, ids))
    parts.append(f'<main id="{ids["main"]}">')
    if listen is not None:
        parts.append(listen.top)
    ctx.last_level = 1
    parts.extend(
        section_html(section, ctx)
        for section in booklet.body
        if section.heading is not None or section.blocks
    )
    if booklet.group is not None:
        parts.append(section_html(booklet.group, ctx))
    if booklet.word_list:
        parts.append(word_list_html(booklet, ctx, ids["word-list"]))
    parts.append("</main>")
    credits = credits_html(booklet, ctx, ids["credits"])
    if credits:
        parts.append(credits)
    if booklet.back_cover is not None:
        parts.append(back_cover_html(booklet, ctx, ids["back-cover"]))
    if listen is not None:
        parts.append(listen.script)
    parts += ["</body>", "</html>", ""]
    out.write("\n".join(parts).encode("utf-8"))


def _head(booklet: Booklet, report: Reporter) -> str:
    style = booklet.style
    faces = font_faces(style.font)
    if faces is None and style.font == BUNDLED_FONT:
        report(
            Diagnostic(
                f"the font {BUNDLED_FONT} could not be found, so the page names it only",
                booklet.document.meta.loc,
                "install easyread again to get the font back",
                Level.INFO,
            )
        )
    title = f"{booklet.title} {_DASH} {booklet.labels.easy_read}"
    meta = [
        "<!doctype html>",
        f'<html lang="{escape(booklet.language)}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(title)}</title>",
        '<meta name="generator" content="easyread">',
    ]
    if booklet.credits.author:
        meta.append(f'<meta name="author" content="{escape(booklet.credits.author)}">')
    rights = rights_text(booklet.credits.pictures)
    if rights:
        # Dublin Core, as the PDF's dc:rights: the picture sets, their licences and links.
        meta.append(f'<meta name="dcterms.rights" content="{escape(rights)}">')
    meta += [f"<style>\n{stylesheet(style, faces or '')}</style>", "</head>"]
    return "\n".join(meta)


def cover_html(booklet: Booklet, ctx: Context) -> str:
    cover = booklet.cover
    parts = [
        '<header class="cover">',
        f'<p class="easy-read">{escape(booklet.labels.easy_read)}</p>',
        f"<h1>{breakable(escape(cover.title))}</h1>",
    ]
    if cover.subtitle:
        parts.append(f'<p class="subtitle">{breakable(escape(cover.subtitle))}</p>')
    if cover.picture is not None:
        size = px(booklet.style.cover_picture_mm)
        picture = picture_html(cover.picture, ctx, size)
        parts.append(f'<div class="cover-picture">{picture}</div>')
    if cover.date:
        parts.append(f'<p class="date">{escape(cover.date)}</p>')
    if cover.logo is not None or cover.organisation:
        maker = []
        if cover.logo is not None:
            size = px(measures(booklet.style).logo / MM)
            maker.append(f'<div class="logo">{picture_html(cover.logo, ctx, size)}</div>')
        if cover.organisation:
            maker.append(f'<p class="organisation">{escape(cover.organisation)}</p>')
        parts.append('<div class="maker">' + "".join(maker) + "</div>")
    parts.append("</header>")
    return "\n".join(parts)


def _contents(booklet: Booklet, ids: dict[str, str]) -> str:
    title_id = ids["contents"]
    items = "\n".join(
        f'<li class="level-{entry.level}"><a href="#{escape(ids.get(entry.part, entry.anchor))}">'
        f"{escape(entry.title)}</a></li>"
        for entry in booklet.contents
    )
    label = escape(booklet.labels.contents)
    return (
        f'<nav class="contents" aria-labelledby="{title_id}">\n'
        f'<h2 id="{title_id}">{label}</h2>\n<ol>\n{items}\n</ol>\n</nav>'
    )


def word_list_html(booklet: Booklet, ctx: Context, title_id: str) -> str:
    # A term written with two explanations in a row is one entry with two <dd>s.
    groups: list[tuple[str, list[str]]] = []
    for word in booklet.word_list:
        explanation = "<dd>" + "".join(line_html(line, ctx) for line in word.explanation) + "</dd>"
        if groups and groups[-1][0] == word.term:
            groups[-1][1].append(explanation)
        else:
            groups.append((word.term, [explanation]))
    entries = [f"<div><dt>{escape(term)}</dt>{''.join(dds)}</div>" for term, dds in groups]
    return (
        f'<section class="word-list" aria-labelledby="{title_id}">\n'
        f'<h2 id="{title_id}">{escape(booklet.word_list_title)}</h2>\n'
        "<dl>\n" + "\n".join(entries) + "\n</dl>\n</section>"
    )


def _sentence(label: str, value: str, ident: str = "") -> str:
    end = "" if value.endswith((".", "!", "?")) else "."
    return f"<p{_id(ident)}>{escape(label)} {escape(value)}{end}</p>"


def _id(ident: str) -> str:
    return f' id="{escape(ident)}"' if ident else ""


def _link(url: str, ctx: Context, booklet: Booklet) -> str:
    href = safe_href(url, booklet.document.meta.loc, ctx.report)
    if href is None:
        return escape(url)
    return f'<a class="url" href="{escape(href)}">{breakable(escape(url))}</a>'


def credits_html(booklet: Booklet, ctx: Context, title_id: str, read_aloud: bool = False) -> str:
    """The credits page; `read_aloud`: the words the audio reads have ids for its media
    overlay (``credits-author``: the keys of easyread.audio.script's items)."""
    credits: Credits = booklet.credits
    labels = booklet.labels
    def ident(what: str) -> str:
        return f"{title_id}-{what}" if read_aloud else ""

    parts = []
    if credits.author:
        parts.append(_sentence(labels.written_by, credits.author, ident("author")))
    if credits.checked_by:
        names = "".join(f"<li>{escape(name)}</li>" for name in credits.checked_by)
        parts.append(f"<p{_id(ident('checked-by'))}>{escape(labels.checked_by)}:</p>\n"
                     f"<ul>{names}</ul>")
    if credits.pictures:
        sources = ", ".join(credit.source for credit in credits.pictures)
        parts.append(_sentence(labels.pictures_from, sources))
    if credits.full_version:
        link = _link(credits.full_version, ctx, booklet)
        parts.append(f"<p{_id(ident('full-version'))}>{escape(labels.full_version)}: "
                     f"{link}</p>")
    # The licences come after the easy read words, in smaller print.
    small = []
    for credit in credits.pictures:
        lines = [f"<p>{escape(credit.source)}: {escape(credit.licence)}</p>"]
        if credit.url:
            lines.append(f"<p>{_link(credit.url, ctx, booklet)}</p>")
        if credit.attribution:
            lines.append(f"<p>{escape(credit.attribution)}</p>")
        small.append("<li>" + "".join(lines) + "</li>")
    if credits.font:
        small.append(f"<li><p>{escape(labels.font)}: {escape(credits.font)}</p></li>")
    if small:
        parts.append(f'<h3>{escape(labels.licences)}</h3>\n<ul class="small-print">\n'
                     + "\n".join(small) + "\n</ul>")
    if not parts:
        return ""
    return (
        f'<footer class="credits" aria-labelledby="{title_id}">\n'
        f'<h2 id="{title_id}">{escape(labels.credits)}</h2>\n' + "\n".join(parts) + "\n</footer>"
    )


def back_cover_html(booklet: Booklet, ctx: Context, title_id: str,
                    read_aloud: bool = False) -> str:
    """How to get in touch, then that the booklet comes in other formats; `read_aloud`: each
    line has an id for the audio's media overlay (``back-cover-1``, as in credits_html)."""
    assert booklet.back_cover is not None
    labels = booklet.labels
    def ident(what: object) -> str:
        return _id(f"{title_id}-{what}") if read_aloud else ""

    lines = []
    for number, line in enumerate(booklet.back_cover.contact, 1):
        url = contact_link(line)
        words = breakable(escape(keep_phone_numbers(line)))
        start = f'<p class="contact"{ident(number)}>'
        lines.append(f'{start}<a class="url" href="{escape(url)}">{words}</a></p>\n'
                     if url else f"{start}<strong>{words}</strong></p>\n")
    contact = "".join(lines)
    return (f'<section class="back-cover" aria-labelledby="{title_id}">\n'
            f'<h2 id="{title_id}">{escape(labels.contact)}</h2>\n{contact}'
            f"<p{ident('other-formats')}>{escape(labels.other_formats)}</p>\n</section>")


def _both(
    first: Callable[[Row], tuple[str, str]], second: Callable[[Row], tuple[str, str]] | None
) -> Callable[[Row], tuple[str, str]]:
    if second is None:
        return first

    def extra(row: Row) -> tuple[str, str]:
        (attributes, last), (more, after) = first(row), second(row)
        return attributes + more, last + after

    return extra

