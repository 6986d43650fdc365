"""The PDF cover: always one page. A long title, a big size or a small page shrink its parts
in the order of :mod:`easyread.writers.cover_fit`, with the text measured exactly; if it still
cannot fit, the build says so."""

from __future__ import annotations

from easyread.model import Picture
from easyread.style import MIN_CONTRAST, contrast_ratio
from easyread.writers.booklet import Booklet
from easyread.writers.cover_fit import CoverFit, cover_too_full, fit_cover
from easyread.writers.pdf.blocks import Builder
from easyread.writers.pdf.boxes import Item, PictureBox, Shape, shifted
from easyread.writers.pdf.flow import Unit
from easyread.writers.pdf.text import Span

__all__ = ["cover"]

def cover(b: Builder, booklet: Booklet) -> None:
    """Add the cover's units: the "Easy read" label, title, subtitle, picture, date, and the
    logo and name of the organisation."""
    geo, m = b.geo, b.geo.m
    colours = booklet.style.colours
    loc = booklet.document.meta.loc
    page = booklet.cover
    sect = b.tree.add("Sect", 0)
    badge = _badge(b, booklet.labels.easy_read, b.tree.add("P", sect))
    title_elem = b.tree.add("H1", sect)
    title = b.plain(page.title, title_elem, loc, bold=True, colour=colours.heading)
    sub = b.plain(page.subtitle, b.tree.add("P", sect), loc) if page.subtitle else None
    figure = None
    if page.picture is not None:
        figure = b.tree.add("Figure", sect, alt=page.picture.alt)
    date = b.plain(page.date, b.tree.add("P", sect), loc) if page.date else None
    logo = None
    if page.logo is not None:
        logo = b.tree.add("Figure", sect, alt=page.logo.alt)
    org = (b.plain(page.organisation, b.tree.add("P", sect), loc, bold=True)
           if page.organisation else None)

    def units(fit: CoverFit) -> list[Unit]:
        # Tight: row gaps instead of heading spaces, the subtitle in body size.
        space = geo.row_gap if fit.tight else geo.heading_gap
        title_size = fit.title_size
        out = [badge, b.unit([title], title_size, m.title_line * title_size, space=space)]
        if sub is not None:
            size = m.body_size if fit.tight else m.subtitle_size
            out.append(b.unit([sub], size, m.subtitle_line * size))
        if page.picture is not None and figure is not None:
            side = fit.picture
            box = PictureBox(geo.left + (geo.measure - side) / 2, 0.0, side, page.picture, figure)
            out.append(Unit(side, [box], (), space))
        if date is not None:
            out.append(b.unit([date], m.body_size, m.leading, space=space))
        if page.logo is not None or org is not None:
            out.append(_maker(b, page.logo, logo, org, fit.logo, space))
        return out

    fit = fit_cover(m, page.picture is not None, page.logo is not None,
                    lambda setting: _height(units(setting)), geo.cover_bottom - geo.top)
    made = units(fit)
    if not fit.fits:
        note = cover_too_full(loc)
        b.notes[(loc, note.message)] = note
    b.flows.extend(made)


def _maker(b: Builder, picture: Picture | None, figure: int | None,
           name: list[Span] | None, side: float, space: float) -> Unit:
    """Who made the booklet, at the foot of the cover: their logo with their name beside it,
    centred on it (as a row's text is centred on its picture)."""
    geo, m = b.geo, b.geo.m
    items: list[Item] = []
    if picture is not None and figure is not None:
        items.append(PictureBox(geo.left, 0.0, side, picture, figure))
    else:
        side = 0.0
    height = side
    if name is not None:
        x = geo.left + (side + m.gap if side else 0.0)
        words, text_height, _ = b.paragraphs([name], x, geo.right - x, m.body_size, m.leading)
        shift = max(0.0, (side - text_height) / 2)
        items += [shifted(item, shift) for item in words]
        height = max(side, text_height)
    return Unit(height, items, (), space)


def _height(units: list[Unit]) -> float:
    """The height the cover's units take on a fresh page (no space above the first)."""
    return sum(u.height + u.space_before for u in units) - (units[0].space_before if units else 0)


def _badge(b: Builder, text: str, elem: int) -> Unit:
    """The words "Easy read" in a coloured label, or plain with a rule if contrast is too low."""
    geo, colours = b.geo, b.geo.style.colours
    size = geo.m.label_size
    pad = geo.box_padding
    on_accent = contrast_ratio(colours.background, colours.accent) >= MIN_CONTRAST
    colour = colours.background if on_accent else colours.heading
    spans = b.plain(text, elem, b.meta_loc, bold=True, colour=colour)
    width = b.fonts.width(text, True, size)
    unit = b.unit([spans], size, geo.m.label_line * size, x=geo.left + pad)
    if on_accent:
        badge = Shape(geo.left, -pad / 2, min(width + 2 * pad, geo.measure), unit.height + pad,
                      fill=colours.accent, radius=pad / 2)
        unit.items.insert(0, badge)
    else:
        unit.items.append(Shape(geo.left, unit.height + geo.rule, geo.measure, geo.rule,
                                fill=colours.accent))
    unit.height += pad
    return unit
