"""HTML for the body of a booklet: headings, rows, lists, boxes and the text inside them."""

from __future__ import annotations

import base64
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from html import escape
from typing import assert_never

from easyread.errors import Diagnostic, Reporter
from easyread.location import Location
from easyread.measures import SHORT_LIST, measures
from easyread.model import (
    Block,
    Box,
    Heading,
    Line,
    ListBlock,
    PageBreak,
    Picture,
    PictureGroup,
    Row,
    Run,
    Section,
    beside_list,
)
from easyread.pictures.render import PictureRenderer
from easyread.style import Style
from easyread.writers.breaks import URL, keep_phone_numbers, url_pieces
from easyread.writers.missing import missing_picture

__all__ = [
    "Context",
    "block_html",
    "breakable",
    "line_html",
    "picture_html",
    "runs_html",
    "safe_href",
]

_SAFE_SCHEMES = ("http", "https", "mailto", "tel")
_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*):")
_NUMBER = re.compile(r"^\s*(\d+)\s*[.)]?\s*$")


@dataclass(slots=True)
class Context:
    """What every block needs while the page is written, plus the state that carries over."""

    pictures: PictureRenderer
    report: Reporter
    picture_px: int
    """The picture column's width in CSS px; pictures are made twice as wide for sharp screens."""
    style: Style = field(default_factory=Style)
    """The booklet's style, for measures the page works out (how many pictures a line)."""
    last_level: int = 1
    """The last heading level written, so the next heading never skips a level."""
    row_extra: Callable[[Row], tuple[str, str]] | None = None
    """For pages that read rows aloud: a row's extra attributes (its id) and the HTML put
    last inside it (a Listen button)."""
    _sources: dict[tuple[str, int], str | None] = field(
        default_factory=dict, init=False, repr=False
    )

    def heading_level(self, level: int) -> int:
        """The HTML level for a model heading `level`: sections h2, subsections h3, then h4."""
        html_level = min(level + 1, 4, self.last_level + 1)
        self.last_level = html_level
        return html_level

    def picture_source(self, picture: Picture, width_px: int) -> str | None:
        """The `src` for `picture` (made once a picture and width by `make_source`), or None
        (after a report) when it cannot be read."""
        key = (str(picture.path), width_px)
        if key not in self._sources:
            self._sources[key] = self.make_source(picture, width_px)
        return self._sources[key]

    def make_source(self, picture: Picture, width_px: int) -> str | None:
        """A data: URI holding `picture_data`; the e-book puts the bytes in a file instead."""
        found = self.picture_data(picture, width_px)
        if found is None:
            return None
        data, kind = found
        return f"data:{kind};base64," + base64.b64encode(data).decode("ascii")

    def picture_data(self, picture: Picture, width_px: int) -> tuple[bytes, str] | None:
        """The bytes of `picture` and their media type: its SVG if it has one, else a PNG
        `width_px` * 2 wide; None (after a report) when it cannot be read."""
        try:
            svg = self.pictures.svg(picture)
            if svg is not None and b"<svg" in svg[:4096]:
                return svg, "image/svg+xml"
            if svg is not None:
                raise ValueError("the file is not an SVG picture")
            return self.pictures.png(picture, width_px * 2), "image/png"
        except (OSError, ValueError) as error:
            self.report(missing_picture(picture, error))
            return None


def safe_href(target: str, loc: Location, report: Reporter) -> str | None:
    """`target` if a reader can safely follow it; otherwise None, after a report."""
    match = _SCHEME.match(target.strip())
    if match is None or match.group(1).lower() in _SAFE_SCHEMES:
        return target.strip()
    report(
        Diagnostic(
            f"the link {target!r} was left out because browsers would run it as a program",
            loc,
            "use a link that starts with https://, mailto: or tel:",
        )
    )
    return None


def runs_html(runs: tuple[Run, ...], loc: Location, ctx: Context) -> str:
    """The runs of one line as inline HTML: hard words bold, links as links, emphasis plain."""
    parts: list[str] = []
    for run in runs:
        text = breakable(escape(keep_phone_numbers(run.text)))
        if run.strong:
            text = f"<strong>{text}</strong>"
        href = safe_href(run.link, loc.at(column=run.column), ctx.report) if run.link else None
        if href is not None:
            # Print shows the address too, when the link's words are not the address itself.
            classes = "url" if run.text.strip() == href else "show-url"
            text = f'<a class="{classes}" href="{escape(href)}">{text}</a>'
        parts.append(text)
    return "".join(parts)


_HYPHENATED = re.compile(r"(?<![\w-])[^\W\d_]+(?:-[^\W\d_]+)+(?![\w-])")
"""A word joined by hyphens ("co-production"): browsers would break a line at its hyphen."""


def breakable(html: str) -> str:
    """Escaped text with a line-break point after each "/", "." and "-" of its web
    addresses, so they wrap there on a phone and never inside a word, and with each
    hyphenated word kept on one line (as the PDF and the Word file keep it)."""
    parts: list[str] = []
    last = 0
    for match in URL.finditer(html):
        parts.append(_keep_hyphenated(html[last:match.start()]))
        parts.append("<wbr/>".join(url_pieces(match.group(0))))
        last = match.end()
    parts.append(_keep_hyphenated(html[last:]))
    return "".join(parts)


def _keep_hyphenated(html: str) -> str:
    if "-" not in html:
        return html
    return _HYPHENATED.sub(lambda match: f'<span class="nowrap">{match.group(0)}</span>', html)


def line_html(line: Line, ctx: Context) -> str:
    """One line (one sentence) as a paragraph."""
    return f"<p>{runs_html(line.runs, line.loc, ctx)}</p>"


def picture_html(picture: Picture, ctx: Context, width_px: int) -> str:
    """An <img> with the picture inlined, or its description in a dashed box if it is missing."""
    source = ctx.picture_source(picture, width_px)
    if source is None:
        return f'<p class="picture-missing">{escape(picture.alt)}</p>'
    return (
        f'<img src="{source}" alt="{escape(picture.alt)}" width="{width_px}" height="{width_px}">'
    )


def _row_parts(row: Row, ctx: Context, marker: str | None = None) -> list[str]:
    parts = []
    if row.picture is not None:
        parts.append(f'<div class="pic">{picture_html(row.picture, ctx, ctx.picture_px)}</div>')
    lines = "".join(line_html(line, ctx) for line in row.lines)
    if marker is None:
        parts.append(f'<div class="text">{lines}</div>')
    else:
        parts.append(f'<div class="text marked">{marker}<div>{lines}</div></div>')
    return parts


def _extra(row: Row, ctx: Context) -> tuple[str, str]:
    return ctx.row_extra(row) if ctx.row_extra is not None else ("", "")


def _row_html(row: Row, ctx: Context, lead_in: bool = False,
              beside: ListBlock | None = None) -> str:
    # A lead-in row stays with the list under it when printed; a list without pictures of
    # its own goes in the row's text column, beside its picture.
    kind = "row lead-in" if lead_in else "row"
    kind += " holds-list" if beside is not None else ""
    attributes, last = _extra(row, ctx)
    parts = _row_parts(row, ctx)
    if beside is not None:
        # What follows the row's words (Listen button, studio tools) comes before the list.
        listed = _list_html(beside, ctx, True)
        parts[-1] = parts[-1].removesuffix("</div>") + last + listed + "</div>"
        last = ""
    return f'<div class="{kind}"{attributes}>' + "".join(parts) + last + "</div>"


def _count_rows(block: ListBlock) -> int:
    return sum(1 if isinstance(item, Row) else _count_rows(item) for item in block.items)


def _list_number(label: str | None) -> int | None:
    match = _NUMBER.match(label or "")
    return int(match.group(1)) if match else None


def _list_html(block: ListBlock, ctx: Context, beside: bool = False) -> str:
    tag = "ol" if block.ordered else "ul"
    items: list[list[str]] = []
    first_number: int | None = None
    count = 0
    for item in block.items:
        if isinstance(item, ListBlock):
            # A nested list belongs inside the item before it.
            if not items:
                items.append(['<li class="nested">'])
            items[-1].append(_list_html(item, ctx, beside))
            continue
        count += 1
        number = _list_number(item.label) if block.ordered else None
        if first_number is None and block.ordered:
            first_number = number if number is not None else count
        if block.ordered:
            label = item.label or f"{number if number is not None else count}."
            marker = f'<span class="marker">{escape(label)}</span>'
        else:
            marker = f'<span class="marker" aria-hidden="true">{escape(item.label or "•")}</span>'
        value = f' value="{number}"' if number is not None else ""
        attributes, last = _extra(item, ctx)
        items.append([f'<li class="row"{value}{attributes}>', *_row_parts(item, ctx, marker),
                      last])
    start = f' start="{first_number}"' if first_number not in (None, 1) else ""
    body = "\n".join("".join(parts) + "</li>" for parts in items)
    # A short list is printed whole on one page, as in the PDF and the DOCX.
    keep = " keep" if block.depth == 0 and _count_rows(block) <= SHORT_LIST else ""
    keep += " beside" if beside else ""
    return f'<{tag} class="list depth-{block.depth}{keep}"{start}>\n{body}\n</{tag}>'


def _box_html(block: Box, ctx: Context) -> str:
    inner = "\n".join(_blocks_html(block.blocks, ctx))
    return f'<div class="box" role="note">\n{inner}\n</div>'


def _group_html(group: PictureGroup, ctx: Context) -> str:
    """A real list of figures: each picture with its caption (stages numbered, in order)."""
    tag = "ol" if group.kind == "stages" else "ul"
    items: list[str] = []
    for item in group.items:
        picture = picture_html(item.picture, ctx, ctx.picture_px) if item.picture else ""
        caption = "<div>" + "".join(line_html(line, ctx) for line in item.lines) + "</div>"
        if item.label:
            caption = f'<span class="marker">{escape(item.label)}</span>{caption}'
        items.append(f"<li><figure>{picture}<figcaption>{caption}</figcaption></figure></li>")
    across = measures(ctx.style).group_columns(len(group.items), group.longest_word)
    columns = f"--across: {across}; --across-phone: {min(across, 2)}"
    return (f'<{tag} class="group {group.kind}" style="{columns}">\n' + "\n".join(items)
            + f"\n</{tag}>")


def heading_html(heading: Heading, ctx: Context) -> str:
    """A heading at the next level the outline allows, with its picture on the left if any."""
    level = ctx.heading_level(heading.level)
    text = runs_html(heading.line.runs, heading.line.loc, ctx)
    tag = f'<h{level} id="{escape(heading.anchor)}">{text}</h{level}>'
    if heading.picture is None:
        return tag
    picture = picture_html(heading.picture, ctx, ctx.picture_px)
    return f'<div class="heading-row"><div class="pic">{picture}</div>{tag}</div>'


def _blocks_html(blocks: Sequence[Block], ctx: Context) -> Iterator[str]:
    """The HTML of `blocks` in order; a list shown beside a row's picture goes in that row."""
    held: ListBlock | None = None
    for block, following in zip(blocks, (*blocks[1:], None), strict=False):
        if block is held:
            continue
        held = beside_list(block, following)
        if isinstance(block, Row):
            lead_in = held is None and isinstance(following, ListBlock | PictureGroup)
            yield _row_html(block, ctx, lead_in, held)
        else:
            yield block_html(block, ctx)


def block_html(block: Block, ctx: Context) -> str:
    """The HTML for one body block."""
    match block:
        case Row():
            return _row_html(block, ctx)
        case ListBlock():
            return _list_html(block, ctx)
        case Box():
            return _box_html(block, ctx)
        case Heading():
            return heading_html(block, ctx)
        case PageBreak():
            return '<div class="page-break"></div>'
        case PictureGroup():
            return _group_html(block, ctx)
        case _:
            assert_never(block)


def section_html(section: Section, ctx: Context) -> str:
    """A section: its heading (starting a new page in print), then its blocks."""
    parts: list[str] = []
    label = ""
    if section.heading is not None:
        label = f' aria-labelledby="{escape(section.heading.anchor)}"'
        parts.append(heading_html(section.heading, ctx))
    parts.extend(_blocks_html(section.blocks, ctx))
    return f'<section class="section"{label}>\n' + "\n".join(parts) + "\n</section>"
