"""The DOCX styles, page setup and list definitions: every font, size and spacing lives here.

Runs never carry fonts or sizes of their own; a reader who changes a style in Word
changes the whole booklet. Style ids used by the block writer are constants below.
"""

from __future__ import annotations

from dataclasses import dataclass

from docx.document import Document as DocxDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_UNDERLINE
from docx.shared import Mm, Pt, RGBColor
from docx.styles.style import ParagraphStyle

from easyread.style import Style
from easyread.writers.docx import oxml

__all__ = [
    "BULLET_LIST",
    "NUMBERED_DOT",
    "NUMBERED_PAREN",
    "Geometry",
    "geometry",
    "set_up_numbering",
    "set_up_page",
    "set_up_styles",
]

TWIPS_PER_MM = 1440 / 25.4
EMU_PER_MM = 36000

# Abstract list definitions in the numbering part.
BULLET_LIST, NUMBERED_DOT, NUMBERED_PAREN = 0, 1, 2
LIST_INDENT = 680
"""Indent of a list level, in twips (12 mm)."""


@dataclass(frozen=True, slots=True)
class Geometry:
    """Layout numbers in Word units, worked out once from the style."""

    text_width: int
    """Width between the margins, in twips."""
    columns: tuple[int, int]
    """Picture column and text column of a layout table, in twips."""
    box_columns: tuple[int, int]
    box_padding: int
    row_padding: int
    """Space above and below each row's content, in twips (half the row gap)."""
    picture_mm: float
    cover_picture_mm: float


def _twips(mm: float) -> int:
    return round(mm * TWIPS_PER_MM)


def geometry(style: Style) -> Geometry:
    """The Word measurements for `style`."""
    width_mm = style.page_mm[0] - 2 * style.margin_mm
    text_width = _twips(width_mm)
    left = _twips(style.picture_size_mm + style.gap_mm)
    padding = _twips(max(style.gap_mm / 2, 2.0))
    box_left = _twips(style.picture_size_mm) + 2 * padding
    return Geometry(
        text_width=text_width,
        columns=(left, text_width - left),
        box_columns=(box_left, text_width - box_left),
        box_padding=padding,
        row_padding=round(style.row_gap * 10),
        picture_mm=style.picture_size_mm,
        cover_picture_mm=min(2 * style.picture_size_mm, width_mm, 90.0),
    )


def set_up_page(doc: DocxDocument, style: Style) -> None:
    """Page size and margins from `style`; the footer sits inside the bottom margin."""
    section = doc.sections[0]
    width, height = style.page_mm
    section.page_width, section.page_height = Mm(width), Mm(height)
    margin = Mm(style.margin_mm)
    section.left_margin = section.right_margin = margin
    section.top_margin = section.bottom_margin = margin
    section.header_distance = Mm(style.margin_mm / 2)
    section.footer_distance = Mm(style.margin_mm / 3)
    section.gutter = Mm(0)


_BUILT_IN = {"Normal", "Heading 1", "Heading 2", "Heading 3", "Title", "Subtitle", "Footer",
             "Hyperlink", "Default Paragraph Font"}
"""Word's own styles: Word finds them by name, so they are not marked as custom."""


def _paragraph_style(doc: DocxDocument, name: str, based_on: str | None) -> ParagraphStyle:
    style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH, builtin=name in _BUILT_IN)
    assert isinstance(style, ParagraphStyle)
    if based_on is not None:
        style.base_style = doc.styles[based_on]
        style.next_paragraph_style = doc.styles[based_on]
    style.quick_style = True
    oxml.set_style_paragraph(style.element)
    return style


def _look(
    style: ParagraphStyle, *, size: float | None = None, bold: bool | None = None,
    colour: str | None = None, before: float | None = None, after: float | None = None,
    line: float | None = None, keep_next: bool | None = None,
) -> None:
    font, para = style.font, style.paragraph_format
    if size is not None:
        font.size = Pt(size)
    if bold is not None:
        font.bold = bold
    if colour is not None:
        font.color.rgb = RGBColor.from_string(colour[1:].upper())
    if before is not None:
        para.space_before = Pt(before)
    if after is not None:
        para.space_after = Pt(after)
    if line is not None:
        para.line_spacing = line
    if keep_next is not None:
        para.keep_with_next = keep_next


def set_up_styles(doc: DocxDocument, style: Style, language: str) -> None:
    """Replace the template's styles with the booklet's own, all in `style.docx_font`."""
    styles = doc.styles.element
    oxml.clear_children(styles)
    oxml.set_doc_defaults(styles, style.docx_font, round(style.font_size * 2), language)
    size, colours = style.font_size, style.colours
    h1, h2, h3 = style.heading_sizes

    normal = _paragraph_style(doc, "Normal", None)
    oxml.set_style_default(normal.element)
    _look(normal, size=size, colour=colours.text, before=0, after=size * 0.6,
          line=style.line_spacing)
    normal.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT
    normal.paragraph_format.widow_control = True
    normal.font.italic = False
    oxml.set_fonts(normal.element.get_or_add_rPr(), style.docx_font)
    chars = doc.styles.add_style("Default Paragraph Font", WD_STYLE_TYPE.CHARACTER,
                                 builtin=True)
    oxml.set_style_default(chars.element)
    oxml.add_table_normal_style(styles)

    for level, (heading_size, before) in enumerate(((h1, 0.0), (h2, size), (h3, size * 0.75)), 1):
        heading = _paragraph_style(doc, f"Heading {level}", "Normal")
        heading.next_paragraph_style = normal
        _look(heading, size=heading_size, bold=True, colour=colours.heading, before=before,
              after=size * 0.6, line=1.25, keep_next=True)
        heading.paragraph_format.keep_together = True
        oxml.set_style_paragraph(heading.element, outline_level=level - 1)
        if level == 1:
            heading.paragraph_format.page_break_before = style.section_new_page
            oxml.set_bottom_rule(heading.element, colours.accent)

    title = _paragraph_style(doc, "Title", "Normal")
    _look(title, size=style.title_size, bold=True, colour=colours.heading, after=size,
          line=1.15, keep_next=True)
    subtitle = _paragraph_style(doc, "Subtitle", "Normal")
    _look(subtitle, size=h2, colour=colours.text, after=size, line=1.25)
    cover = _paragraph_style(doc, "Cover Text", "Normal")
    _look(cover, size=h3, before=size * 0.5, after=size * 0.5)

    # Pictures sit on single-spaced lines: 1.5 spacing would stretch an inline picture's line.
    picture = _paragraph_style(doc, "Picture", "Normal")
    _look(picture, before=0, after=0, line=1.0)
    row_text = _paragraph_style(doc, "Row Text", "Normal")
    _look(row_text, after=size * 0.25)
    _look(_paragraph_style(doc, "Word List Term", "Normal"), bold=True, before=size * 0.75,
          after=size * 0.25, keep_next=True)
    contents = _paragraph_style(doc, "Contents Entry", "Normal")
    _look(contents, after=size * 0.5)
    oxml.set_style_paragraph(contents.element, tab_right=_twips(
        style.page_mm[0] - 2 * style.margin_mm))
    gap = _paragraph_style(doc, "Table Gap", "Normal")
    _look(gap, before=0, after=0)
    gap.paragraph_format.line_spacing = Pt(max(style.row_gap, 2.0))
    footer = _paragraph_style(doc, "Footer", "Normal")
    _look(footer, after=0, line=1.0)
    footer.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER

    link = doc.styles.add_style("Hyperlink", WD_STYLE_TYPE.CHARACTER, builtin=True)
    link.base_style = chars
    link.font.color.rgb = RGBColor.from_string(colours.link[1:].upper())
    # Links are the one place underlining is kept: it shows a link without relying on colour.
    link.font.underline = WD_UNDERLINE.SINGLE


def set_up_numbering(doc: DocxDocument, font: str) -> None:
    """Replace the template's list definitions with bullets, "1." and "1)" lists."""
    numbering = doc.part.numbering_part.element
    oxml.clear_children(numbering)
    indents = [LIST_INDENT * (level + 1) for level in range(3)]
    definitions = {
        BULLET_LIST: [("bullet", "\u2022", indent, font) for indent in indents],
        NUMBERED_DOT: [("decimal", f"%{n + 1}.", indent, font) for n, indent in
                       enumerate(indents)],
        NUMBERED_PAREN: [("decimal", f"%{n + 1})", indent, font) for n, indent in
                         enumerate(indents)],
    }
    for abstract_id, levels in definitions.items():
        numbering.append(oxml.new_abstract_num(abstract_id, levels))
