"""Every piece of raw WordprocessingML the DOCX writer makes, in functions named for what they set.

python-docx has no API for alt text, document language, layout tables, fields or
bookmarks, so those are built here with lxml. Nothing outside this module touches XML.
Units: twips (1/20 pt) for layout, half-points for font sizes, EMU for pictures.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable
from functools import cache, lru_cache

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.shape import CT_Inline
from docx.shared import Emu
from lxml import etree

__all__ = [
    "add_bookmark",
    "add_field",
    "add_hyperlink",
    "add_layout_row",
    "add_run",
    "add_tab",
    "clear_children",
    "new_layout_table",
    "new_paragraph",
    "new_picture_inline",
    "set_fonts",
    "set_lang",
    "set_picture_descr",
]

_THEME_FONT_ATTRS = ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme")

# pPr children must follow the schema's sequence; these are the ones we write, in order.
_PPR_ORDER = (
    "w:pStyle", "w:keepNext", "w:keepLines", "w:pageBreakBefore", "w:numPr", "w:pBdr", "w:tabs",
    "w:suppressAutoHyphens", "w:spacing", "w:ind", "w:jc", "w:outlineLvl",
)


def _el(tag: str, **attrs: str) -> etree._Element:
    element: etree._Element = OxmlElement(tag)
    for name, value in attrs.items():
        element.set(qn(f"w:{name}"), value)
    return element


@cache
def _qn(tag: str) -> str:
    """Clark name of `tag`, remembered: a long booklet asks for the same few names 100,000 times."""
    return qn(tag)


@cache
def _qn_attr(name: str) -> str:
    return qn(f"w:{name}")


def _sub(parent: etree._Element, tag: str, **attrs: str) -> etree._Element:
    # SubElement reuses the parent's namespace prefixes and is much faster than OxmlElement.
    if not attrs:
        return etree.SubElement(parent, _qn(tag))
    return etree.SubElement(parent, _qn(tag), {_qn_attr(k): v for k, v in attrs.items()})


def _ppr_child(p_pr: etree._Element, tag: str) -> etree._Element:
    """The `tag` child of `p_pr`, created in schema order if missing."""
    found = p_pr.find(qn(tag))
    if found is not None:
        return found
    child = _el(tag)
    rank = _PPR_ORDER.index(tag)
    for index, existing in enumerate(p_pr):
        name = etree.QName(existing).localname
        if f"w:{name}" in _PPR_ORDER and _PPR_ORDER.index(f"w:{name}") > rank:
            p_pr.insert(index, child)
            return child
    p_pr.append(child)
    return child


def clear_children(element: etree._Element) -> None:
    """Remove every child of `element`."""
    for child in list(element):
        element.remove(child)


# -- paragraphs and runs ---------------------------------------------------------------------


def new_paragraph(
    style_id: str,
    *,
    keep_next: bool = False,
    page_break_before: bool = False,
    numbering: tuple[int, int] | None = None,
) -> etree._Element:
    """A `w:p` in paragraph style `style_id`; `numbering` is (numId, level) for list items."""
    # Copying a finished element is several times faster than building it again.
    return copy.deepcopy(_paragraph(style_id, keep_next, page_break_before, numbering))


@lru_cache(maxsize=512)
def _paragraph(
    style_id: str, keep_next: bool, page_break_before: bool, numbering: tuple[int, int] | None
) -> etree._Element:
    p = _el("w:p")
    p_pr = _sub(p, "w:pPr")
    _sub(p_pr, "w:pStyle", val=style_id)
    if keep_next:
        _sub(p_pr, "w:keepNext")
    if page_break_before:
        _sub(p_pr, "w:pageBreakBefore")
    if numbering is not None:
        num_pr = _sub(p_pr, "w:numPr")
        _sub(num_pr, "w:ilvl", val=str(numbering[1]))
        _sub(num_pr, "w:numId", val=str(numbering[0]))
    return p


def set_page_break_before(p: etree._Element) -> None:
    """Make paragraph `p` start a new page."""
    _ppr_child(p.find(qn("w:pPr")), "w:pageBreakBefore")


def set_keep_next(p: etree._Element) -> None:
    """Keep paragraph `p` on the same page as the next one."""
    _ppr_child(p.find(qn("w:pPr")), "w:keepNext")


def add_run(
    parent: etree._Element, text: str, *, bold: bool = False, style_id: str | None = None
) -> etree._Element:
    """Append a `w:r` holding `text` to a paragraph or hyperlink; bold marks a hard word."""
    r = copy.deepcopy(_run(bold, style_id))
    r[-1].text = text
    parent.append(r)
    return r


@cache
def _run(bold: bool, style_id: str | None) -> etree._Element:
    r = _el("w:r")
    if bold or style_id:
        r_pr = _sub(r, "w:rPr")
        if style_id:
            _sub(r_pr, "w:rStyle", val=style_id)
        if bold:
            _sub(r_pr, "w:b")
            _sub(r_pr, "w:bCs")
    t = _sub(r, "w:t")
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    return r


def add_tab(parent: etree._Element) -> None:
    """Append a tab character (moves to the next tab stop)."""
    _sub(_sub(parent, "w:r"), "w:tab")


def add_hyperlink(
    parent: etree._Element, *, rid: str | None = None, anchor: str | None = None
) -> etree._Element:
    """Append a `w:hyperlink` to relationship `rid` (a web address) or bookmark `anchor`."""
    link = _sub(parent, "w:hyperlink")
    if rid is not None:
        link.set(qn("r:id"), rid)
    if anchor is not None:
        link.set(qn("w:anchor"), anchor)
    link.set(qn("w:history"), "1")
    return link


def add_field(parent: etree._Element, instruction: str, shown: str = "") -> None:
    """Append a field such as ``PAGE`` whose result Word and LibreOffice work out."""
    _sub(_sub(parent, "w:r"), "w:fldChar", fldCharType="begin")
    instr = _sub(_sub(parent, "w:r"), "w:instrText")
    instr.text = f" {instruction} "
    instr.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    _sub(_sub(parent, "w:r"), "w:fldChar", fldCharType="separate")
    if shown:
        add_run(parent, shown)
    _sub(_sub(parent, "w:r"), "w:fldChar", fldCharType="end")


def add_bookmark(p: etree._Element, name: str, bookmark_id: int) -> None:
    """Wrap the content of paragraph `p` in a bookmark called `name`."""
    start = _el("w:bookmarkStart", id=str(bookmark_id), name=name)
    p_pr = p.find(qn("w:pPr"))
    if p_pr is None:
        p.insert(0, start)
    else:
        p_pr.addnext(start)
    _sub(p, "w:bookmarkEnd", id=str(bookmark_id))


# -- pictures -------------------------------------------------------------------------------


def new_picture_inline(
    rid: str, width_emu: int, height_emu: int, shape_id: int, alt: str
) -> etree._Element:
    """An inline picture run (`w:r/w:drawing/wp:inline`) with alt text `alt`."""
    # Copying one finished picture run is many times faster than making a new one each time.
    r = copy.deepcopy(_picture_run(rid, width_emu, height_emu, alt))
    inline = r[0][0]
    inline.find(qn("wp:docPr")).set("id", str(shape_id))
    set_picture_descr(inline, alt)
    inline.find(_CNVPR_PATH).set("name", f"picture{shape_id}.png")
    return r


_CNVPR_PATH = "/".join(qn(t) for t in ("a:graphic", "a:graphicData", "pic:pic", "pic:nvPicPr",
                                       "pic:cNvPr"))


@lru_cache(maxsize=512)
def _picture_run(rid: str, width_emu: int, height_emu: int, alt: str) -> etree._Element:
    inline = copy.deepcopy(_inline_template())
    for extent in (inline.find(qn("wp:extent")), inline.find(".//" + qn("a:ext"))):
        extent.set("cx", str(width_emu))
        extent.set("cy", str(height_emu))
    inline.find(".//" + qn("a:blip")).set(qn("r:embed"), rid)
    r = _el("w:r")
    _sub(r, "w:drawing").append(inline)
    return r


@cache
def _inline_template() -> etree._Element:
    return CT_Inline.new_pic_inline(0, "rId0", "picture.png", Emu(0), Emu(0))


def set_picture_descr(inline: etree._Element, alt: str) -> None:
    """Set the alt text screen readers read (`wp:docPr/@descr`).

    No `title` as well: LibreOffice joins title and description into the PDF's /Alt, so
    screen readers would read the alt text twice.
    """
    doc_pr = inline.find(qn("wp:docPr"))
    doc_pr.set("name", f"Picture {doc_pr.get('id')}")
    doc_pr.set("descr", alt)


# -- tables -----------------------------------------------------------------------------------


def _borders(parent: etree._Element, tag: str, sides: Iterable[str], colour: str | None) -> None:
    borders = _sub(parent, tag)
    for side in sides:
        if colour is None:
            _sub(borders, f"w:{side}", val="nil")
        else:
            _sub(borders, f"w:{side}", val="single", sz="18", space="0", color=colour[1:])


def new_layout_table(
    widths: tuple[int, int],
    *,
    caption: str,
    description: str,
    cell_margins: tuple[int, int, int, int],
    fill: str | None = None,
    border: str | None = None,
) -> etree._Element:
    """A two-column `w:tbl` in Table Normal style used for layout (no header row, no merges).

    `widths` are the column widths in twips; `cell_margins` are top, left, bottom, right.
    `fill` and `border` are ``#rrggbb`` colours for a highlighted box.
    """
    return copy.deepcopy(_layout_table(widths, caption, description, cell_margins, fill, border))


@lru_cache(maxsize=64)
def _layout_table(
    widths: tuple[int, int],
    caption: str,
    description: str,
    cell_margins: tuple[int, int, int, int],
    fill: str | None,
    border: str | None,
) -> etree._Element:
    tbl = _el("w:tbl")
    tbl_pr = _sub(tbl, "w:tblPr")
    _sub(tbl_pr, "w:tblStyle", val="TableNormal")
    _sub(tbl_pr, "w:tblW", w=str(sum(widths)), type="dxa")
    _sub(tbl_pr, "w:tblInd", w="0", type="dxa")
    outer = ("top", "left", "bottom", "right")
    _borders(tbl_pr, "w:tblBorders", (*outer, "insideH", "insideV"), None)
    if border is not None:
        tbl_pr.remove(tbl_pr.find(qn("w:tblBorders")))
        _borders(tbl_pr, "w:tblBorders", outer, border)
        inside = tbl_pr.find(qn("w:tblBorders"))
        _sub(inside, "w:insideH", val="nil")
        _sub(inside, "w:insideV", val="nil")
    if fill is not None:
        _sub(tbl_pr, "w:shd", val="clear", color="auto", fill=fill[1:])
    _sub(tbl_pr, "w:tblLayout", type="fixed")
    margins = _sub(tbl_pr, "w:tblCellMar")
    for side, value in zip(outer, cell_margins, strict=True):
        _sub(margins, f"w:{side}", w=str(value), type="dxa")
    _sub(tbl_pr, "w:tblLook", val="0000", firstRow="0", lastRow="0", firstColumn="0",
         lastColumn="0", noHBand="1", noVBand="1")
    _sub(tbl_pr, "w:tblCaption", val=caption)
    _sub(tbl_pr, "w:tblDescription", val=description)
    grid = _sub(tbl, "w:tblGrid")
    for width in widths:
        _sub(grid, "w:gridCol", w=str(width))
    return tbl


def add_layout_row(
    tbl: etree._Element, widths: tuple[int, int], fill: str | None = None
) -> tuple[etree._Element, etree._Element]:
    """Append a row that never splits across pages; return its (picture, text) cells."""
    tr = copy.deepcopy(_layout_row(widths, fill))
    tbl.append(tr)
    return tr[1], tr[2]


@cache
def _layout_row(widths: tuple[int, int], fill: str | None) -> etree._Element:
    tr = _el("w:tr")
    tr_pr = _sub(tr, "w:trPr")
    _sub(tr_pr, "w:cantSplit")
    for width in widths:
        tc = _sub(tr, "w:tc")
        tc_pr = _sub(tc, "w:tcPr")
        _sub(tc_pr, "w:tcW", w=str(width), type="dxa")
        if fill is not None:
            # Cell shading as well as table shading, so Word keeps the fill if it joins tables.
            _sub(tc_pr, "w:shd", val="clear", color="auto", fill=fill[1:])
        _sub(tc_pr, "w:vAlign", val="center")
    return tr


# -- styles, settings and numbering ----------------------------------------------------------


def set_fonts(r_pr: etree._Element, font: str) -> None:
    """Name `font` in all four `w:rFonts` slots of `r_pr`, dropping theme fonts."""
    fonts = r_pr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = _el("w:rFonts")
        r_pr.insert(0, fonts)
    for attr in _THEME_FONT_ATTRS:
        fonts.attrib.pop(qn(attr), None)
    for slot in ("ascii", "hAnsi", "eastAsia", "cs"):
        fonts.set(qn(f"w:{slot}"), font)


def set_doc_defaults(styles: etree._Element, font: str, half_points: int, lang: str) -> None:
    """Replace `w:docDefaults`: `font` at `half_points` size in language `lang`."""
    old = styles.find(qn("w:docDefaults"))
    if old is not None:
        styles.remove(old)
    defaults = _el("w:docDefaults")
    r_pr = _sub(_sub(defaults, "w:rPrDefault"), "w:rPr")
    set_fonts(r_pr, font)
    _sub(r_pr, "w:sz", val=str(half_points))
    _sub(r_pr, "w:szCs", val=str(half_points))
    set_lang(r_pr, lang)
    p_pr = _sub(_sub(defaults, "w:pPrDefault"), "w:pPr")
    _sub(p_pr, "w:suppressAutoHyphens")
    styles.insert(0, defaults)


def set_lang(r_pr: etree._Element, lang: str) -> None:
    """Set the language of text under `r_pr` (a BCP 47 tag such as en-GB)."""
    found = r_pr.find(qn("w:lang"))
    if found is None:
        found = _sub(r_pr, "w:lang")
    found.set(qn("w:val"), lang)
    found.set(qn("w:eastAsia"), lang)
    found.set(qn("w:bidi"), lang)


def add_table_normal_style(styles: etree._Element) -> None:
    """Add Word's default table style, "Table Normal", which Word treats as a layout table."""
    style = _sub(styles, "w:style", type="table", default="1", styleId="TableNormal")
    _sub(style, "w:name", val="Normal Table")
    _sub(style, "w:uiPriority", val="99")
    _sub(style, "w:semiHidden")
    _sub(style, "w:unhideWhenUsed")
    tbl_pr = _sub(style, "w:tblPr")
    _sub(tbl_pr, "w:tblInd", w="0", type="dxa")
    margins = _sub(tbl_pr, "w:tblCellMar")
    for side, width in (("top", "0"), ("left", "108"), ("bottom", "0"), ("right", "108")):
        _sub(margins, f"w:{side}", w=width, type="dxa")


def set_style_default(style: etree._Element) -> None:
    """Mark `style` as the default of its type."""
    style.set(qn("w:default"), "1")


def set_style_paragraph(
    style: etree._Element, *, outline_level: int | None = None,
    tab_right: int | None = None,
) -> None:
    """Turn off hyphenation in `style`; optionally set an outline level or a right tab stop."""
    p_pr = style.find(qn("w:pPr"))
    if p_pr is None:
        p_pr = _el("w:pPr")
        r_pr = style.find(qn("w:rPr"))
        if r_pr is not None:
            r_pr.addprevious(p_pr)
        else:
            style.append(p_pr)
    _ppr_child(p_pr, "w:suppressAutoHyphens")
    if tab_right is not None:
        tabs = _ppr_child(p_pr, "w:tabs")
        _sub(tabs, "w:tab", val="right", leader="dot", pos=str(tab_right))
    if outline_level is not None:
        _ppr_child(p_pr, "w:outlineLvl").set(qn("w:val"), str(outline_level))


def set_bottom_rule(style: etree._Element, colour: str) -> None:
    """Draw a rule in `colour` under paragraphs of `style` (used under level 1 headings)."""
    p_pr = style.find(qn("w:pPr"))
    borders = _el("w:pBdr")
    _sub(borders, "w:bottom", val="single", sz="12", space="4", color=colour[1:])
    # pBdr follows numPr and precedes shd/tabs/suppressAutoHyphens in CT_PPr.
    following = next((c for c in p_pr if etree.QName(c).localname in
                      ("tabs", "suppressAutoHyphens", "spacing", "ind", "jc", "outlineLvl")), None)
    if following is not None:
        following.addprevious(borders)
    else:
        p_pr.append(borders)


def set_indent(p: etree._Element, left: int) -> None:
    """Indent paragraph `p` by `left` twips (the continuation lines of a list item)."""
    _ppr_child(p.find(qn("w:pPr")), "w:ind").set(qn("w:left"), str(left))


def set_settings(settings: etree._Element, lang: str) -> None:
    """Turn off automatic hyphenation, ask Word to fill fields in, and set the theme language."""
    for tag in ("w:autoHyphenation", "w:updateFields", "w:rsids"):
        for old in settings.findall(qn(tag)):
            settings.remove(old)
    # autoHyphenation sits early in CT_Settings, after the view and zoom settings.
    anchor = settings.find(qn("w:defaultTabStop"))
    hyphenation = _el("w:autoHyphenation", val="false")
    if anchor is not None:
        anchor.addnext(hyphenation)
    else:
        settings.insert(0, hyphenation)
    update = _el("w:updateFields", val="true")
    following = settings.find(qn("w:compat"))
    if following is not None:
        following.addprevious(update)
    else:
        settings.append(update)
    theme_lang = settings.find(qn("w:themeFontLang"))
    if theme_lang is not None:
        theme_lang.attrib.clear()
        theme_lang.set(qn("w:val"), lang)


def new_abstract_num(abstract_id: int, levels: Iterable[tuple[str, str, int, str]]
                     ) -> etree._Element:
    """A list definition; each level is (number format, label text, indent twips, font)."""
    abstract = _el("w:abstractNum", abstractNumId=str(abstract_id))
    _sub(abstract, "w:multiLevelType", val="multilevel")
    for level, (fmt, text, indent, font) in enumerate(levels):
        lvl = _sub(abstract, "w:lvl", ilvl=str(level))
        _sub(lvl, "w:start", val="1")
        _sub(lvl, "w:numFmt", val=fmt)
        _sub(lvl, "w:lvlText", val=text)
        _sub(lvl, "w:lvlJc", val="left")
        p_pr = _sub(lvl, "w:pPr")
        _sub(_sub(p_pr, "w:tabs"), "w:tab", val="num", pos=str(indent))
        _sub(p_pr, "w:ind", left=str(indent), hanging=str(min(indent, 567)))
        set_fonts(_sub(lvl, "w:rPr"), font)
    return abstract


def new_num(num_id: int, abstract_id: int, level: int, start: int) -> etree._Element:
    """A list instance of `abstract_id` whose `level` starts counting at `start`."""
    num = _el("w:num", numId=str(num_id))
    _sub(num, "w:abstractNumId", val=str(abstract_id))
    override = _sub(num, "w:lvlOverride", ilvl=str(level))
    _sub(override, "w:startOverride", val=str(start))
    return num
