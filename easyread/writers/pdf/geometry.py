"""Every length of the PDF layout, worked out once from the booklet's Style."""

from __future__ import annotations

from dataclasses import dataclass

from easyread.style import MM, Style

__all__ = ["Geometry"]


@dataclass(frozen=True, slots=True)
class Geometry:
    """Page, columns and spacing in pt; y is measured from the page top."""

    style: Style
    width: float
    height: float
    margin: float
    picture: float
    """Side of the square picture box."""
    gap: float
    """Space between the picture column and the text column."""

    @classmethod
    def from_style(cls, style: Style) -> Geometry:
        """The geometry for `style`."""
        width, height = style.page_pt
        return cls(style, width, height, style.margin_mm * MM, style.picture_size_mm * MM,
                   style.gap_mm * MM)

    @property
    def left(self) -> float:
        """The left margin: where pictures and headings start."""
        return self.margin

    @property
    def right(self) -> float:
        """The right edge of the text area."""
        return self.width - self.margin

    @property
    def measure(self) -> float:
        """The full width of the text area."""
        return self.right - self.left

    @property
    def text_x(self) -> float:
        """Where the text column starts, right of the picture column."""
        return self.left + self.picture + self.gap

    @property
    def top(self) -> float:
        """The top of the area for body text."""
        return self.margin

    @property
    def bottom(self) -> float:
        """The bottom of the area for body text, above the page number."""
        return self.height - self.margin - 1.5 * self.style.leading

    @property
    def folio_y(self) -> float:
        """The baseline of the page number, the same on every page."""
        return self.height - self.margin

    @property
    def row_gap(self) -> float:
        """Space between rows."""
        return self.style.row_gap

    @property
    def heading_gap(self) -> float:
        """Space above a heading that does not start a page."""
        return 2 * self.style.row_gap + self.style.leading

    @property
    def box_padding(self) -> float:
        """Space between a box's border and what it holds."""
        return 0.75 * self.style.font_size

    @property
    def rule(self) -> float:
        """Thickness of the coloured rule under main headings and of box borders."""
        return self.style.font_size / 5

    def heading_size(self, level: int) -> float:
        """Font size of a heading at `level` (1 is the biggest)."""
        sizes = self.style.heading_sizes
        return sizes[min(max(level, 1), len(sizes)) - 1]

    def heading_leading(self, level: int) -> float:
        """Distance between baselines of a heading that wraps."""
        return 1.25 * self.heading_size(level)

    @property
    def cover_picture(self) -> float:
        """Side of the large square picture on the cover."""
        return self.style.cover_picture_mm * MM
