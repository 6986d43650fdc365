"""Where things go on a PDF page: the booklet's measures placed with y from the page top."""

from __future__ import annotations

from dataclasses import dataclass

from easyread.measures import Measures, measures
from easyread.style import Style

__all__ = ["Geometry"]


@dataclass(frozen=True, slots=True)
class Geometry:
    """Page, columns and spacing in pt; y is measured from the page top. Every length comes
    from :class:`~easyread.measures.Measures`; this only places them on the page."""

    m: Measures

    @classmethod
    def from_style(cls, style: Style) -> Geometry:
        """The geometry for `style`."""
        return cls(measures(style))

    @property
    def style(self) -> Style:
        """The booklet's style."""
        return self.m.style

    @property
    def width(self) -> float:
        """Page width."""
        return self.m.page_width

    @property
    def height(self) -> float:
        """Page height."""
        return self.m.page_height

    @property
    def picture(self) -> float:
        """Side of the square picture box."""
        return self.m.picture

    @property
    def left(self) -> float:
        """The left margin: where pictures and headings start."""
        return self.m.margin

    @property
    def right(self) -> float:
        """The right edge of the text area."""
        return self.m.page_width - self.m.margin

    @property
    def measure(self) -> float:
        """The full width of the text area."""
        return self.m.measure

    @property
    def text_x(self) -> float:
        """Where the text column starts, right of the picture column."""
        return self.left + self.m.picture + self.m.gap

    @property
    def top(self) -> float:
        """The top of the area for body text."""
        return self.m.margin

    @property
    def bottom(self) -> float:
        """The bottom of the area for body text, above the page number."""
        return self.m.margin + self.m.body_height

    @property
    def cover_bottom(self) -> float:
        """The bottom of the cover's area: the cover has no page number, so it reaches the
        bottom margin."""
        return self.m.page_height - self.m.margin

    @property
    def folio_y(self) -> float:
        """The baseline of the page number, the same on every page."""
        return self.m.page_height - self.m.margin

    @property
    def row_gap(self) -> float:
        """Space between rows."""
        return self.m.row_gap

    @property
    def heading_gap(self) -> float:
        """Space above a heading that does not start a page."""
        return self.m.heading_space

    @property
    def box_padding(self) -> float:
        """Space between a box's border and what it holds."""
        return self.m.box_padding

    @property
    def rule(self) -> float:
        """Thickness of the coloured rule under main headings."""
        return self.m.rule

    def heading_size(self, level: int) -> float:
        """Font size of a heading at `level` (1 is the biggest)."""
        return self.m.heading_size(level)

    def heading_leading(self, level: int) -> float:
        """Distance between baselines of a heading that wraps."""
        return self.m.heading_line * self.m.heading_size(level)

    @property
    def cover_picture(self) -> float:
        """Side of the large square picture on the cover."""
        return self.m.cover_picture
