"""Every piece of WordprocessingML the DOCX writer makes, as text, in functions named for it.

Building the XML as text is many times faster than building lxml or python-docx objects
for a long booklet, and gives the same bytes lxml would write. Text and attribute values
are escaped here, the way libxml2 escapes them; nothing outside this module writes markup.
Units: twips (1/20 pt) for layout, half-points for font sizes, EMU for pictures.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache

__all__ = [
    "DECLARATION",
    "TAB",
    "WORD_ROOT_NS",
    "attr",
    "bookmark_end",
    "bookmark_start",
    "boxed_run",
    "check_text",
    "field",
    "fonts",
    "hyperlink",
    "layout_row_cells",
    "layout_table_start",
    "new_abstract_num",
    "new_num",
    "paragraph_start",
    "picture_run",
    "run",
    "text",
]

DECLARATION = "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
"""The XML declaration lxml (and so python-docx) writes."""

WORD_ROOT_NS = (
    'xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
    'xmlns:mo="http://schemas.microsoft.com/office/mac/office/2008/main" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:mv="urn:schemas-microsoft-com:mac:vml" '
    'xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word" '
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
    'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
    'xmlns:wpi="http://schemas.microsoft.com/office/word/2010/wordprocessingInk" '
    'xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'mc:Ignorable="w14 wp14"'
)
"""Namespace declarations on the root of the document and numbering parts."""

# -- escaping ----------------------------------------------------------------------------------

# Characters XML 1.0 cannot hold, as they look once encoded in UTF-8: controls other than
# tab, newline and return are single bytes; U+FFFE and U+FFFF are the only 3-byte ones.
_CONTROL = bytes(c for c in range(32) if c not in (9, 10, 13))
_NON_CHARACTERS = (b"\xef\xbf\xbe", b"\xef\xbf\xbf")


def check_text(xml: bytes) -> None:
    """Refuse UTF-8 `xml` holding characters XML 1.0 cannot, with the error lxml gives."""
    # bytes.translate scans in C, many times faster than a regular expression.
    if len(xml.translate(None, _CONTROL)) != len(xml) or any(
            bad in xml for bad in _NON_CHARACTERS):
        raise ValueError("All strings must be XML compatible: Unicode or ASCII, no NULL bytes "
                         "or control characters")


def text(value: str) -> str:
    """`value` escaped as element text."""
    if "&" in value:
        value = value.replace("&", "&amp;")
    if "<" in value:
        value = value.replace("<", "&lt;")
    if ">" in value:
        value = value.replace(">", "&gt;")
    if "\r" in value:
        value = value.replace("\r", "&#13;")
    return value


def attr(value: str) -> str:
    """`value` escaped as a double-quoted attribute value."""
    value = text(value)
    if '"' in value:
        value = value.replace('"', "&quot;")
    if "\t" in value:
        value = value.replace("\t", "&#9;")
    if "\n" in value:
        value = value.replace("\n", "&#10;")
    return value


# -- paragraphs and runs ---------------------------------------------------------------------


@lru_cache(maxsize=512)
def paragraph_start(
    style_id: str,
    *,
    keep_next: bool = False,
    page_break_before: bool = False,
    numbering: tuple[int, int] | None = None,
    indent: int | None = None,
) -> str:
    """The opening of a `w:p` in `style_id` with its properties, in schema order.

    `numbering` is (numId, level) for a list item; `indent` (twips) lines up the
    continuation lines of a list item.
    """
    parts = [f'<w:p><w:pPr><w:pStyle w:val="{attr(style_id)}"/>']
    if keep_next:
        parts.append("<w:keepNext/>")
    if page_break_before:
        parts.append("<w:pageBreakBefore/>")
    if numbering is not None:
        parts.append(f'<w:numPr><w:ilvl w:val="{numbering[1]}"/>'
                     f'<w:numId w:val="{numbering[0]}"/></w:numPr>')
    if indent is not None:
        parts.append(f'<w:ind w:left="{indent}"/>')
    parts.append("</w:pPr>")
    return "".join(parts)


_PLAIN_RUN = '<w:r><w:t xml:space="preserve">'
_BOLD_RUN = '<w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t xml:space="preserve">'
_RUN_END = "</w:t></w:r>"


_HYPHEN_IN_WORD = re.compile(r"(?<=\w)-(?=\w)")
_NO_BREAK_HYPHEN = '</w:t><w:noBreakHyphen/><w:t xml:space="preserve">'


def run(value: str, *, bold: bool = False, style_id: str | None = None) -> str:
    """A `w:r` holding `value`; bold marks a hard word. A hyphen inside a word is a
    non-breaking hyphen, so "co-production" is never split over two lines (links keep
    theirs: a web address may break after a "-")."""
    if style_id is None:
        body = text(value)
        if "-" in body:
            body = _HYPHEN_IN_WORD.sub(_NO_BREAK_HYPHEN, body)
        return f"{_BOLD_RUN if bold else _PLAIN_RUN}{body}{_RUN_END}"
    return f"{_run_start(bold, style_id)}{text(value)}{_RUN_END}"


@cache
def _run_start(bold: bool, style_id: str) -> str:
    b = "<w:b/><w:bCs/>" if bold else ""
    return f'<w:r><w:rPr><w:rStyle w:val="{attr(style_id)}"/>{b}</w:rPr><w:t xml:space="preserve">'


def boxed_run(value: str, colour: str) -> str:
    """A `w:r` holding `value` inside a dashed border of `colour` ("#rrggbb"): the place of a
    picture that cannot be drawn (easyread.writers.missing)."""
    border = f'<w:bdr w:val="dashed" w:sz="8" w:space="2" w:color="{attr(colour.lstrip("#"))}"/>'
    return f'<w:r><w:rPr>{border}</w:rPr><w:t xml:space="preserve">{text(value)}</w:t></w:r>'


TAB = "<w:r><w:tab/></w:r>"
"""A tab character (moves to the next tab stop)."""


def hyperlink(inner: str, *, rid: str | None = None, anchor: str | None = None) -> str:
    """A `w:hyperlink` around `inner`, to relationship `rid` (a web address) or bookmark
    `anchor`."""
    target = "" if rid is None else f' r:id="{attr(rid)}"'
    if anchor is not None:
        target += f' w:anchor="{attr(anchor)}"'
    return f'<w:hyperlink{target} w:history="1">{inner}</w:hyperlink>'


def field(instruction: str, shown: str = "") -> str:
    """A field such as ``PAGE`` whose result Word and LibreOffice work out."""
    result = run(shown) if shown else ""
    return (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> {text(instruction)} </w:instrText></w:r>'
        f'<w:r><w:fldChar w:fldCharType="separate"/></w:r>{result}'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


def bookmark_start(name: str, bookmark_id: int) -> str:
    """The start of a bookmark called `name`; it goes right after the paragraph's pPr."""
    return f'<w:bookmarkStart w:id="{bookmark_id}" w:name="{attr(name)}"/>'


def bookmark_end(bookmark_id: int) -> str:
    """The end of bookmark `bookmark_id`; it goes last in the paragraph."""
    return f'<w:bookmarkEnd w:id="{bookmark_id}"/>'


# -- pictures -------------------------------------------------------------------------------

_A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"
_PIC_NS = "http://schemas.openxmlformats.org/drawingml/2006/picture"


def picture_run(rid: str, width_emu: int, height_emu: int, shape_id: int, alt: str) -> str:
    """An inline picture run (`w:r/w:drawing/wp:inline`) with alt text `alt`.

    No `title` as well as `descr`: LibreOffice joins title and description into the PDF's
    /Alt, so screen readers would read the alt text twice.
    """
    size = f'cx="{width_emu}" cy="{height_emu}"'
    return (
        f'<w:r><w:drawing><wp:inline xmlns:a="{_A_NS}" xmlns:pic="{_PIC_NS}">'
        f'<wp:extent {size}/>'
        f'<wp:docPr id="{shape_id}" name="Picture {shape_id}" descr="{attr(alt)}"/>'
        '<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>'
        f'<a:graphic><a:graphicData uri="{_PIC_NS}"><pic:pic><pic:nvPicPr>'
        f'<pic:cNvPr id="0" name="picture{shape_id}.png"/><pic:cNvPicPr/></pic:nvPicPr>'
        f'<pic:blipFill><a:blip r:embed="{attr(rid)}"/><a:stretch><a:fillRect/></a:stretch>'
        '</pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/>'
        f'<a:ext {size}/></a:xfrm><a:prstGeom prst="rect"/></pic:spPr></pic:pic>'
        "</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
    )


# -- tables -----------------------------------------------------------------------------------

_OUTER = ("top", "left", "bottom", "right")


def _shading(fill: str | None) -> str:
    if fill is None:
        return ""
    return f'<w:shd w:val="clear" w:color="auto" w:fill="{attr(fill[1:])}"/>'


@lru_cache(maxsize=64)
def layout_table_start(
    widths: tuple[int, ...],
    caption: str,
    description: str,
    cell_margins: tuple[int, int, int, int],
    fill: str | None = None,
    border: str | None = None,
    border_width: int = 0,
) -> str:
    """The opening of a `w:tbl` (two columns, or one per picture of a group) in Table Normal
    style used for layout.

    No header row and no merges. `widths` are the column widths in twips; `cell_margins`
    are top, left, bottom, right. `fill` and `border` are ``#rrggbb`` colours for a box,
    `border_width` its width in eighths of a pt.
    """
    if border is None:
        sides = "".join(f'<w:{side} w:val="nil"/>' for side in (*_OUTER, "insideH", "insideV"))
    else:
        sides = "".join(f'<w:{side} w:val="single" w:sz="{border_width}" w:space="0" '
                        f'w:color="{attr(border[1:])}"/>' for side in _OUTER)
        sides += '<w:insideH w:val="nil"/><w:insideV w:val="nil"/>'
    margins = "".join(f'<w:{side} w:w="{value}" w:type="dxa"/>'
                      for side, value in zip(_OUTER, cell_margins, strict=True))
    grid = "".join(f'<w:gridCol w:w="{width}"/>' for width in widths)
    return (
        '<w:tbl><w:tblPr><w:tblStyle w:val="TableNormal"/>'
        f'<w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:tblInd w:w="0" w:type="dxa"/>'
        f"<w:tblBorders>{sides}</w:tblBorders>{_shading(fill)}"
        f'<w:tblLayout w:type="fixed"/><w:tblCellMar>{margins}</w:tblCellMar>'
        '<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" '
        'w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>'
        f'<w:tblCaption w:val="{attr(caption)}"/>'
        f'<w:tblDescription w:val="{attr(description)}"/>'
        f"</w:tblPr><w:tblGrid>{grid}</w:tblGrid>"
    )


@cache
def layout_row_cells(widths: tuple[int, int], fill: str | None = None,
                     centre: bool = False) -> tuple[str, str]:
    """The openings of a row that never splits across pages: (row and picture cell, text cell).

    The picture sits at the top; with `centre`, text shorter than the picture is centred on
    it (taller text fills the cell, so it starts level with the picture, as in the PDF).
    Close the picture cell with ``</w:tc>`` before the text cell, and the row with
    ``</w:tc></w:tr>``.
    """
    # Cell shading as well as table shading, so Word keeps the fill if it joins tables.
    left, right = (f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{_shading(fill)}'
                   f'<w:vAlign w:val="{align}"/></w:tcPr>'
                   for width, align in zip(widths, ("top", "center" if centre else "top"),
                                           strict=True))
    return f"<w:tr><w:trPr><w:cantSplit/></w:trPr>{left}", right


# -- numbering --------------------------------------------------------------------------------


def new_abstract_num(abstract_id: int, levels: Iterable[tuple[str, str, int, str]],
                     hanging: int) -> str:
    """A list definition; each level is (number format, label text, indent twips, font);
    the label hangs `hanging` twips left of the text."""
    parts = [f'<w:abstractNum w:abstractNumId="{abstract_id}">'
             '<w:multiLevelType w:val="multilevel"/>']
    for level, (fmt, label, indent, font) in enumerate(levels):
        parts.append(
            f'<w:lvl w:ilvl="{level}"><w:start w:val="1"/><w:numFmt w:val="{attr(fmt)}"/>'
            f'<w:lvlText w:val="{attr(label)}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:tabs><w:tab w:val="num" w:pos="{indent}"/></w:tabs>'
            f'<w:ind w:left="{indent}" w:hanging="{min(indent, hanging)}"/></w:pPr>'
            f"<w:rPr>{fonts(font)}</w:rPr></w:lvl>")
    parts.append("</w:abstractNum>")
    return "".join(parts)


def new_num(num_id: int, abstract_id: int, level: int, start: int) -> str:
    """A list instance of `abstract_id` whose `level` starts counting at `start`."""
    return (f'<w:num w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>'
            f'<w:lvlOverride w:ilvl="{level}"><w:startOverride w:val="{start}"/>'
            "</w:lvlOverride></w:num>")


def fonts(font: str) -> str:
    """A `w:rFonts` naming `font` in all four slots, so no theme font applies."""
    name = attr(font)
    return f'<w:rFonts w:ascii="{name}" w:hAnsi="{name}" w:eastAsia="{name}" w:cs="{name}"/>'
