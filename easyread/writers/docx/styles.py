"""The DOCX styles, page setup and list definitions: every font, size and spacing lives here.

Runs never carry fonts or sizes of their own; a reader who changes a style in Word
changes the whole booklet. Style ids used by the block writer are constants below.
Lengths are turned into Word units the way python-docx does, so files match its output.
"""

from __future__ import annotations

from dataclasses import dataclass

from easyread.measures import measures
from easyread.style import MIN_CONTRAST, Style, contrast_ratio
from easyread.writers.cover_fit import CoverFit
from easyread.writers.docx.oxml import WORD_ROOT_NS, attr, field, fonts, new_abstract_num

__all__ = [
    "BULLET_LIST",
    "EMU_PER_MM",
    "NUMBERED_DOT",
    "NUMBERED_PAREN",
    "WordGeometry",
    "footer_xml",
    "geometry",
    "numbering_xml",
    "pt_twips",
    "section_properties",
    "styles_xml",
]

EMU_PER_MM = 36000

# Abstract list definitions in the numbering part.
BULLET_LIST, NUMBERED_DOT, NUMBERED_PAREN = 0, 1, 2


@dataclass(frozen=True, slots=True)
class WordGeometry:
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
    list_indent: int
    """How far each list level moves the text right, in twips."""
    box_border: int
    """Width of a box's border, in eighths of a pt."""


# -- python-docx's unit conversions: EMU are truncated, twips rounded --------------------------


def pt_twips(points: float) -> int:
    """`points` in twips, rounded as python-docx does."""
    return round(int(points * 12700) / 635)


def _mm_twips(mm: float) -> int:
    return round(int(mm * 36000) / 635)


def _half_points(points: float) -> int:
    return int(int(points * 12700) / 12700 * 2)


def geometry(style: Style) -> WordGeometry:
    """The Word measurements for `style`."""
    width_mm = style.page_mm[0] - 2 * style.margin_mm
    text_width = _mm_twips(width_mm)
    left = _mm_twips(style.picture_size_mm + style.gap_mm)
    padding = _mm_twips(max(style.gap_mm / 2, 2.0))
    box_left = _mm_twips(style.picture_size_mm) + 2 * padding
    return WordGeometry(
        text_width=text_width,
        columns=(left, text_width - left),
        box_columns=(box_left, text_width - box_left),
        box_padding=padding,
        row_padding=round(style.row_gap * 10),
        picture_mm=style.picture_size_mm,
        cover_picture_mm=style.cover_picture_mm,
        list_indent=pt_twips(measures(style).list_indent),
        box_border=_eighths(measures(style).box_border),
    )


def _eighths(points: float) -> int:
    """A border width in eighths of a pt, as Word stores it (2 to 96)."""
    return min(96, max(2, round(points * 8)))


def _leading(points: float) -> str:
    """Lines `points` apart, as the PDF sets them (taller only for a bigger picture)."""
    return f'w:line="{pt_twips(points)}" w:lineRule="atLeast"'


def _line(multiple: float) -> str:
    return f'w:line="{round(int(multiple * 152400) / 635)}" w:lineRule="auto"'


def _spacing(before: float | None = None, after: float | None = None, line: str = "") -> str:
    parts = [] if before is None else [f'w:before="{pt_twips(before)}"']
    if after is not None:
        parts.append(f'w:after="{pt_twips(after)}"')
    if line:
        parts.append(line)
    return f"<w:spacing {' '.join(parts)}/>"


def _colour(colour: str) -> str:
    return f'<w:color w:val="{attr(colour[1:].upper())}"/>'


# -- parts ------------------------------------------------------------------------------------


def section_properties(style: Style, footer_rid: str) -> str:
    """Page size and margins from `style`; the footer sits inside the bottom margin."""
    width, height = style.page_mm
    margin = _mm_twips(style.margin_mm)
    return (
        "<w:sectPr>"
        f'<w:footerReference w:type="default" r:id="{footer_rid}"/>'
        f'<w:pgSz w:w="{_mm_twips(width)}" w:h="{_mm_twips(height)}"/>'
        f'<w:pgMar w:top="{margin}" w:right="{margin}" w:bottom="{margin}" w:left="{margin}" '
        f'w:header="{_mm_twips(style.margin_mm / 2)}" '
        f'w:footer="{_mm_twips(style.margin_mm / 3)}" w:gutter="0"/>'
        '<w:cols w:space="720"/><w:titlePg/><w:docGrid w:linePitch="360"/></w:sectPr>'
    )


_FOOTER_NS = " ".join(f'xmlns:{p}="{u}"' for p, u in (
    ("m", "http://schemas.openxmlformats.org/officeDocument/2006/math"),
    ("mc", "http://schemas.openxmlformats.org/markup-compatibility/2006"),
    ("mo", "http://schemas.microsoft.com/office/mac/office/2008/main"),
    ("mv", "urn:schemas-microsoft-com:mac:vml"),
    ("o", "urn:schemas-microsoft-com:office:office"),
    ("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships"),
    ("v", "urn:schemas-microsoft-com:vml"),
    ("w10", "urn:schemas-microsoft-com:office:word"),
    ("w14", "http://schemas.microsoft.com/office/word/2010/wordml"),
    ("w", "http://schemas.openxmlformats.org/wordprocessingml/2006/main"),
    ("wne", "http://schemas.microsoft.com/office/word/2006/wordml"),
    ("wp14", "http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing"),
    ("wp", "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"),
    ("wpc", "http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas"),
    ("wpg", "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup"),
    ("wpi", "http://schemas.microsoft.com/office/word/2010/wordprocessingInk"),
    ("wps", "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"),
))


def footer_xml() -> str:
    """The footer: the page number, centred (the cover has its own, empty, footer)."""
    return (f'<w:ftr {_FOOTER_NS} mc:Ignorable="w14 wp14"><w:p><w:pPr><w:pStyle w:val="footer"/>'
            f'</w:pPr>{field("PAGE", "1")}</w:p></w:ftr>')


def numbering_xml(style: Style, nums: list[str]) -> str:
    """Bullets, "1." and "1)" list definitions, then the list instances `nums`."""
    font, step = style.docx_font, geometry(style).list_indent
    indents = [step * (level + 1) for level in range(3)]
    definitions = {
        BULLET_LIST: [("bullet", "\u2022", indent, font) for indent in indents],
        NUMBERED_DOT: [("decimal", f"%{n + 1}.", indent, font) for n, indent in
                       enumerate(indents)],
        NUMBERED_PAREN: [("decimal", f"%{n + 1})", indent, font) for n, indent in
                         enumerate(indents)],
    }
    abstracts = "".join(new_abstract_num(i, levels, step) for i, levels in definitions.items())
    return f'<w:numbering {WORD_ROOT_NS}>{abstracts}{"".join(nums)}</w:numbering>'


_STYLES_NS = (
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14"'
)

_TABLE_NORMAL = (
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
    '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr>'
    '<w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>'
    '<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/>'
    '<w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
)
"""Word's default table style, "Table Normal", which Word treats as a layout table."""


def _paragraph_style(style_id: str, name: str, p_pr: str, r_pr: str = "", *,
                     custom: bool = False) -> str:
    mark = ' w:customStyle="1"' if custom else ""
    r_pr = f"<w:rPr>{r_pr}</w:rPr>" if r_pr else ""
    return (f'<w:style w:type="paragraph"{mark} w:styleId="{style_id}"><w:name w:val="{name}"/>'
            '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>'
            f"<w:pPr>{p_pr}</w:pPr>{r_pr}</w:style>")


_NO_HYPHENS = "<w:suppressAutoHyphens/>"


def styles_xml(style: Style, language: str, cover: CoverFit | None = None) -> str:
    """The booklet's own styles, all in `style.docx_font`, text in `language`; the cover's
    title, subtitle and spaces as `cover` fitted them on one page."""
    size, colours, font = style.font_size, style.colours, style.docx_font
    lang = attr(language)
    m = measures(style)
    fit = cover or CoverFit.full(m, has_picture=True, has_logo=True)
    title = fit.title_size
    subtitle = m.body_size if fit.tight else m.subtitle_size
    cover_space = m.row_gap if fit.tight else m.heading_space

    def sz(points: float) -> str:
        return f'<w:sz w:val="{_half_points(points)}"/>'

    parts = [
        f"<w:styles {_STYLES_NS}><w:docDefaults><w:rPrDefault><w:rPr>{fonts(font)}",
        f'<w:sz w:val="{_half_points(size)}"/><w:szCs w:val="{_half_points(size)}"/>',
        f'<w:lang w:val="{lang}" w:eastAsia="{lang}" w:bidi="{lang}"/></w:rPr></w:rPrDefault>',
        f"<w:pPrDefault><w:pPr>{_NO_HYPHENS}</w:pPr></w:pPrDefault></w:docDefaults>",
        '<w:style w:type="paragraph" w:styleId="Normal" w:default="1"><w:name w:val="Normal"/>',
        f"<w:qFormat/><w:pPr><w:widowControl/>{_NO_HYPHENS}",
        _spacing(0, size * 0.6, _leading(m.leading)), '<w:jc w:val="left"/></w:pPr>',
        f'<w:rPr>{fonts(font)}<w:i w:val="0"/>{_colour(colours.text)}{sz(size)}</w:rPr></w:style>',
        '<w:style w:type="character" w:styleId="DefaultParagraphFont" w:default="1">'
        '<w:name w:val="Default Paragraph Font"/></w:style>',
        _TABLE_NORMAL,
    ]
    for level, heading_size in enumerate(m.heading_sizes, 1):
        p_pr = "<w:keepNext/><w:keepLines/>"
        # A main heading starts a page (or follows a row); lower ones get space above them.
        before = m.row_gap if level == 1 else m.heading_space
        if level == 1:
            p_pr += "<w:pageBreakBefore/>" if style.section_new_page else \
                '<w:pageBreakBefore w:val="0"/>'
            p_pr += (f'<w:pBdr><w:bottom w:val="single" w:sz="{_eighths(m.rule)}" w:space="4" '
                     f'w:color="{attr(colours.accent[1:])}"/></w:pBdr>')
        spacing = _spacing(before, m.heading_after, _leading(m.heading_line * heading_size))
        p_pr += f'{_NO_HYPHENS}{spacing}<w:outlineLvl w:val="{level - 1}"/>'
        parts.append(_paragraph_style(f"Heading{level}", f"heading {level}", p_pr,
                                      f"<w:b/>{_colour(colours.heading)}{sz(heading_size)}"))
    text_width = geometry(style).text_width
    on_accent = contrast_ratio(colours.background, colours.accent) >= MIN_CONTRAST
    label_colour = colours.background if on_accent else colours.heading
    accent = attr(colours.accent[1:])
    # The label's words on the accent colour, like the PDF's label.
    label_fill = (f'<w:shd w:val="clear" w:color="auto" w:fill="{accent}"/>'
                  if on_accent else "")
    parts += [
        _paragraph_style("Title", "Title",
                         f"<w:keepNext/>{_NO_HYPHENS}"
                         f"{_spacing(cover_space, m.row_gap, _leading(m.title_line * title))}",
                         f"<w:b/>{_colour(colours.heading)}{sz(title)}"),
        _paragraph_style("Subtitle", "Subtitle",
                         _NO_HYPHENS + _spacing(None, m.row_gap,
                                                _leading(m.subtitle_line * subtitle)),
                         _colour(colours.text) + sz(subtitle)),
        # The words "Easy read" as a label in the accent colour, as on the PDF cover.
        _paragraph_style("CoverLabel", "Cover Label",
                         _NO_HYPHENS + _spacing(0, 0, _leading(m.label_line * m.label_size)),
                         f"<w:b/>{_colour(label_colour)}{sz(m.label_size)}{label_fill}",
                         custom=True),
        _paragraph_style("CoverText", "Cover Text",
                         _NO_HYPHENS + _spacing(cover_space, 0), sz(m.body_size),
                         custom=True),
        # Pictures sit on single-spaced lines: 1.5 spacing would stretch an inline picture's line.
        _paragraph_style("Picture", "Picture", _NO_HYPHENS + _spacing(0, 0, _line(1.0)),
                         custom=True),
        # The cover picture is centred, as on the PDF cover.
        _paragraph_style("CoverPicture", "Cover Picture",
                         _NO_HYPHENS + _spacing(cover_space, 0, _line(1.0))
                         + '<w:jc w:val="center"/>', custom=True),
        # The organisation's logo at the left margin, its name beside it.
        _paragraph_style("CoverLogo", "Cover Logo",
                         _NO_HYPHENS + _spacing(cover_space, 0, _line(1.0)), sz(m.body_size),
                         custom=True),
        _paragraph_style("RowText", "Row Text", _NO_HYPHENS + _spacing(None, 0), custom=True),
        # Pictures side by side and stages: the picture and its caption centred in a column.
        _paragraph_style("GroupPicture", "Group Picture",
                         _NO_HYPHENS + _spacing(0, m.item_gap, _line(1.0))
                         + '<w:jc w:val="center"/>', custom=True),
        _paragraph_style("GroupCaption", "Group Caption",
                         _NO_HYPHENS + _spacing(None, 0) + '<w:jc w:val="center"/>',
                         custom=True),
        _paragraph_style("SmallPrint", "Small Print",
                         _NO_HYPHENS + _spacing(None, m.item_gap), sz(m.small_size), custom=True),
        _paragraph_style("ListBeside", "List Beside Picture",
                         _NO_HYPHENS + _spacing(m.item_gap, 0), custom=True),
        _paragraph_style("WordListTerm", "Word List Term",
                         f"<w:keepNext/>{_NO_HYPHENS}{_spacing(size * 0.75, size * 0.25)}",
                         "<w:b/>", custom=True),
        _paragraph_style("ContentsEntry", "Contents Entry",
                         f'<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="{text_width}"/>'
                         f"</w:tabs>{_NO_HYPHENS}{_spacing(None, size * 0.5)}", custom=True),
        _paragraph_style("TableGap", "Table Gap", _NO_HYPHENS + _spacing(0, 0, (
            f'w:line="{pt_twips(max(style.row_gap, 2.0))}" w:lineRule="exact"')), custom=True),
        _paragraph_style("footer", "footer",
                         f'{_NO_HYPHENS}{_spacing(None, 0, _line(1.0))}<w:jc w:val="center"/>'),
        # Links are the one place underlining is kept: it shows a link without relying on colour.
        '<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/>'
        f'<w:basedOn w:val="DefaultParagraphFont"/><w:rPr>{_colour(colours.link)}'
        '<w:u w:val="single"/></w:rPr></w:style></w:styles>',
    ]
    return "".join(parts)
