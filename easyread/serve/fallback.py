"""A plain row view of the booklet, used only when the HTML writer is not available."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from easyread.model import (
    Block,
    Box,
    Document,
    Heading,
    ListBlock,
    PageBreak,
    PictureGroup,
    Row,
    Section,
)
from easyread.serve.slots import slot_after_row
from easyread.writers.html.css import root_variables

_Extra = Callable[[Row], tuple[str, str]]

__all__ = ["simple_page"]

# The measures and colours come from the booklet's style (root_variables), as in the page.
_STYLE = """
html { font-family: var(--font); color: var(--text); background: var(--background); }
body { margin: 0 auto; max-width: calc(var(--measure) + 2rem); padding: 0 1rem 3rem;
  font-size: var(--body-size); line-height: var(--line); }
p { margin: 0; }
.row { display: grid; grid-template-columns: var(--pic-col) minmax(0, 1fr);
  column-gap: var(--gap-col); align-items: center; margin-bottom: var(--row-gap); }
.row > .text { grid-column: 2; }
.pic img { display: block; width: 100%; height: auto; }
.box { border: var(--box-border) solid var(--accent); padding: var(--box-pad);
  background: var(--box); }
ol.list, ul.list { list-style: none; padding: 0; }
"""


def _picture_url(row: Row) -> str:
    if row.picture is None:
        return ""
    if row.picture.name:
        return f"/picture/{escape(row.picture.name)}"
    return ""


def _row(row: Row, extra: _Extra, tag: str = "div") -> str:
    pic = ""
    url = _picture_url(row)
    if row.picture is not None:
        img = (f'<img src="{url}" alt="{escape(row.picture.alt)}" width="96" height="96">'
               if url else f"<p>{escape(row.picture.alt)}</p>")
        pic = f'<div class="pic">{img}</div>'
    label = f"{escape(row.label)} " if row.label and row.label != "•" else ""
    lines = "".join(f"<p>{label if i == 0 else ''}{escape(line.text)}</p>"
                    for i, line in enumerate(row.lines))
    attributes, last = extra(row)
    return f'<{tag} class="row"{attributes}>{pic}<div class="text">{lines}</div>{last}</{tag}>'


def _block(block: Block, extra: _Extra) -> str:
    match block:
        case Row():
            return _row(block, extra)
        case ListBlock():
            tag = "ol" if block.ordered else "ul"
            items = "".join(_row(item, extra, "li") if isinstance(item, Row) else
                            f"<li>{_block(item, extra)}</li>" for item in block.items)
            return f'<{tag} class="list">{items}</{tag}>'
        case Box():
            return '<div class="box">' + "".join(_block(b, extra) for b in block.blocks) + "</div>"
        case Heading():
            level = min(block.level + 1, 4)
            return f"<h{level}>{escape(block.text)}</h{level}>"
        case PictureGroup():
            tag = "ol" if block.kind == "stages" else "ul"
            items = "".join(_row(item, extra, "li") for item in block.items)
            return f'<{tag} class="list">{items}</{tag}>'
        case PageBreak():
            return ""


def _section(section: Section, extra: _Extra) -> str:
    parts = [_block(section.heading, extra)] if section.heading is not None else []
    parts += [_block(block, extra) for block in section.blocks]
    return "<section>" + "\n".join(parts) + "</section>"


def simple_page(doc: Document) -> str:
    """A whole HTML page showing every row in order, with its picture and its lines, and a
    slot for the studio's tools after each row (easyread.serve.slots)."""
    extra = slot_after_row(doc)
    body = "\n".join(_section(section, extra) for section in doc.sections)
    title = escape(doc.meta.title)
    return (
        f'<!doctype html>\n<html lang="{escape(doc.meta.language)}">\n<head>\n'
        f'<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, '
        f'initial-scale=1">\n<title>{title}</title>\n<style>{root_variables(doc.style)}{_STYLE}</style>\n</head>\n<body>\n'
        f'<header class="cover"><h1>{title}</h1></header>\n<main id="main">\n{body}\n</main>\n'
        "</body>\n</html>\n"
    )
