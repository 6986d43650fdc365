"""Every length of a booklet, in pt, worked out once from its Style.

The PDF, DOCX and HTML writers and the checker's page estimate all read these numbers and
only convert units (pt to twips, half-points or rem), so the three formats agree: the same
label, title, heading and body sizes, the same line heights, rules, borders and indents.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from easyread.style import MIN_FONT_SIZE, MM, Style

__all__ = ["GROUP_ACROSS", "SHORT_LIST", "Measures", "measures"]

SHORT_LIST = 6
"""A list of up to this many items is never split across pages, in any format."""


@dataclass(frozen=True, slots=True)
class Measures:
    """Sizes and spaces in pt. Line heights ending in ``_line`` are multiples of the size."""

    style: Style
    page_width: float
    page_height: float
    margin: float
    picture: float
    """Side of the square picture box in the left column."""
    gap: float
    """Space between the picture column and the text column."""
    cover_picture: float
    """Side of the large picture on the cover (before the cover is fitted to its page)."""
    cover_picture_floor: float
    """The smallest the cover picture may shrink to so that the cover fits one page."""
    logo: float
    """The longest side of the organisation's logo on the cover."""
    logo_floor: float
    """The smallest the logo may shrink to so that the cover fits one page."""
    body_size: float
    body_line: float
    label_size: float
    """The words "Easy read" on the cover."""
    label_line: float
    title_size: float
    title_line: float
    title_floor: float
    """The smallest the cover title may shrink to so that the cover fits one page."""
    subtitle_size: float
    subtitle_line: float
    heading_sizes: tuple[float, float, float]
    heading_line: float
    row_gap: float
    """Space between rows."""
    item_gap: float
    """Space between the items of a list shown beside its lead-in row's picture."""
    heading_space: float
    """Space above a heading that does not start a page."""
    heading_after: float
    """Space between a heading and the row under it."""
    rule: float
    """Thickness of the rule under main headings and the part headings."""
    box_border: float
    box_padding: float
    list_indent: float
    """How far each list level moves the text of a nested list to the right."""
    small_size: float
    """The small print of licence details on the credits page (never under 14 pt)."""

    @property
    def leading(self) -> float:
        """Distance between baselines of body text."""
        return self.body_size * self.body_line

    @property
    def measure(self) -> float:
        """Width of the text area between the margins."""
        return self.page_width - 2 * self.margin

    @property
    def text_column(self) -> float:
        """Width of the text column right of the picture column."""
        return self.measure - self.picture - self.gap

    @property
    def body_height(self) -> float:
        """Height of the page area for text, above the page number."""
        return self.page_height - 2 * self.margin - 1.5 * self.leading

    def group_columns(self, count: int, longest: int = 0) -> int:
        """How many of a picture group's `count` pictures stand on one line: up to 4, fewer
        when a column would be narrower than GROUP_MIN_EMS or than the caption's longest word
        (`longest` letters, at about CHAR_EMS each), so that no word is ever broken. Every
        format uses this estimate, so they all put the same pictures on each line."""
        need = self.body_size * max(GROUP_MIN_EMS, CHAR_EMS * longest + 1)
        across = max(1, min(count, GROUP_ACROSS))
        while across > 1 and self.group_column(across) < need:
            across -= 1
        return across

    def group_column(self, across: int) -> float:
        """Width of each column (a picture and its caption) when `across` pictures stand on
        one line; columns are one `gap` apart and fill the measure."""
        return (self.measure - (across - 1) * self.gap) / across

    def group_picture(self, across: int) -> float:
        """Side of each picture when `across` stand on one line: the row picture's size,
        smaller only if the columns are narrower."""
        return min(self.picture, self.group_column(across))

    def heading_size(self, level: int) -> float:
        """Font size of a heading at `level` (1 is the biggest)."""
        return self.heading_sizes[min(max(level, 1), 3) - 1]

GROUP_ACROSS = 4
"""The most pictures of a picture group side by side (more go on the next line)."""
GROUP_MIN_EMS = 6.0
"""The narrowest column of a picture group, in ems of the body text."""
CHAR_EMS = 0.6
"""A generous average width of a letter, in ems, for fitting caption words in columns."""


@lru_cache(maxsize=32)
def measures(style: Style) -> Measures:
    """The measures of `style` (cached: styles are frozen and hashable)."""
    size = style.font_size
    width, height = style.page_pt
    headings = style.heading_sizes
    return Measures(
        style=style,
        page_width=width,
        page_height=height,
        margin=style.margin_mm * MM,
        picture=style.picture_size_mm * MM,
        gap=style.gap_mm * MM,
        cover_picture=style.cover_picture_mm * MM,
        cover_picture_floor=0.5 * style.picture_size_mm * MM,
        logo=0.6 * style.picture_size_mm * MM,
        logo_floor=0.4 * style.picture_size_mm * MM,
        body_size=size,
        body_line=style.line_spacing,
        label_size=headings[1],
        label_line=1.25,
        title_size=style.title_size,
        title_line=1.2,
        title_floor=max(headings[2], MIN_FONT_SIZE),
        subtitle_size=headings[1],
        subtitle_line=1.3,
        heading_sizes=headings,
        heading_line=1.25,
        row_gap=style.row_gap,
        item_gap=style.leading / 4,
        heading_space=style.row_gap + style.leading,
        heading_after=style.row_gap,
        rule=size / 5,
        box_border=size / 10,
        box_padding=0.75 * size,
        list_indent=1.5 * size,
        small_size=max(MIN_FONT_SIZE, 0.875 * size),
    )
