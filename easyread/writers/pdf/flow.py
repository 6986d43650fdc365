"""Put measured units on pages: rows are kept whole, boxes get a background on every page.

A unit is a block already laid out at y = 0 (a row, a heading, a contents entry). The
paginator only moves units down the page and starts new pages; it never measures text.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from easyread.errors import Diagnostic
from easyread.location import Location
from easyread.writers.pdf.boxes import Item, Page, Shape, shifted

__all__ = ["BoxEnd", "BoxStart", "Flow", "Frame", "NewPage", "Unit", "paginate"]


@dataclass(slots=True)
class Unit:
    """A block laid out from y = 0 down to `height`, drawn whole on one page if it fits."""

    height: float
    items: list[Item]
    breaks: tuple[float, ...] = ()
    """Offsets between lines where a unit taller than a page may be cut."""
    space_before: float = 0.0
    keep_with_next: bool = False
    """Move to a new page rather than end a page with this unit (headings, lead-in rows,
    the items of a short list)."""
    loc: Location | None = None
    """Where to point the warning if the unit has to be cut."""
    repeat: Unit | None = None
    """Drawn first on a new page that this unit starts: the heading of a long list with
    "(continued)"."""


@dataclass(frozen=True, slots=True)
class NewPage:
    """Start a new page unless the current one is still empty."""


@dataclass(frozen=True, slots=True)
class BoxStart:
    """Open a highlighted box: units that follow are drawn on its background."""

    x: float
    width: float
    padding: float
    fill: str
    stroke: str
    line_width: float
    space_before: float


@dataclass(frozen=True, slots=True)
class BoxEnd:
    """Close the open box."""


Flow = Unit | NewPage | BoxStart | BoxEnd


@dataclass(frozen=True, slots=True)
class Frame:
    """The part of every page that body units may use, in pt from the page top."""

    top: float
    bottom: float
    cover_bottom: float | None = None
    """The bottom on page 1, the cover, which has no page number (`bottom` when None)."""

    @property
    def height(self) -> float:
        """The usable height of a page."""
        return self.bottom - self.top

    def bottom_of(self, number: int) -> float:
        """The bottom of the usable area on page `number` (1 is the cover)."""
        return self.cover_bottom if number == 1 and self.cover_bottom is not None \
            else self.bottom


@dataclass(slots=True)
class _State:
    frame: Frame
    pages: list[Page] = field(default_factory=list)
    y: float = 0.0
    empty: bool = True
    box: BoxStart | None = None
    box_top: float = 0.0
    box_index: int = 0
    warnings: list[Diagnostic] = field(default_factory=list)

    @property
    def page(self) -> Page:
        return self.pages[-1]

    def new_page(self) -> None:
        if self.pages and self.box is not None:
            self.close_box_segment()
        self.pages.append(Page(number=len(self.pages) + 1))
        self.y, self.empty = self.frame.top, True
        if self.box is not None:
            self.open_box_segment(self.frame.top)

    def open_box_segment(self, top: float) -> None:
        assert self.box is not None
        self.box_top, self.box_index = top, len(self.page.items)
        self.y = top + self.box.padding

    def close_box_segment(self) -> None:
        box = self.box
        assert box is not None
        bottom = self.y + box.padding
        shape = Shape(box.x, self.box_top, box.width, bottom - self.box_top,
                      fill=box.fill, stroke=box.stroke, line_width=box.line_width,
                      radius=box.padding / 2)
        self.page.items.insert(self.box_index, shape)
        self.y = bottom

    @property
    def room(self) -> float:
        """Height left on this page, keeping the bottom padding of an open box."""
        padding = self.box.padding if self.box is not None else 0.0
        return self.frame.bottom_of(self.page.number) - padding - self.y

    @property
    def fresh(self) -> bool:
        """True at the top of a page or of an open box, where space before a unit is dropped."""
        box_start = self.box is not None and self.y == self.box_top + self.box.padding
        return self.empty or box_start

    def place(self, unit: Unit) -> None:
        gap = 0.0 if self.fresh else unit.space_before
        self.page.items.extend(shifted(item, self.y + gap) for item in unit.items)
        self.y += gap + unit.height
        self.empty = False


def _next_height(flows: Sequence[Flow], start: int, limit: float) -> float:
    """The height of the units from `start` that must share a page: each unit kept with
    the next, and the first one that is not. A group taller than `limit` could never share
    a page, so then only the next unit counts (a heading still gets its first row)."""
    total, first = 0.0, None
    for flow in flows[start:]:
        if isinstance(flow, NewPage):
            break
        if isinstance(flow, Unit):
            total += flow.space_before + flow.height
            first = total if first is None else first
            if total > limit or not flow.keep_with_next:
                break
    if total > limit:
        return min(first or 0.0, limit)
    return total


def _cut(state: _State, unit: Unit) -> Unit:
    """Place the part of a too-tall `unit` that fits and return the rest."""
    room = state.room
    cut = max((b for b in unit.breaks if 0 < b <= room), default=room)
    first = [item for item in unit.items if item.y < cut]
    rest = [shifted(item, -cut) for item in unit.items if item.y >= cut]
    state.page.items.extend(shifted(item, state.y) for item in first)
    state.y += cut
    state.empty = False
    breaks = tuple(b - cut for b in unit.breaks if b > cut)
    return Unit(unit.height - cut, rest, breaks, 0.0, unit.keep_with_next, unit.loc)


def paginate(
    flows: Sequence[Flow], frame: Frame, decorate: Callable[[Page], None]
) -> tuple[list[Page], list[Diagnostic]]:
    """Lay `flows` out on pages inside `frame`; `decorate` adds page numbers to each page."""
    state = _State(frame)
    state.new_page()
    for index, flow in enumerate(flows):
        match flow:
            case NewPage():
                if not state.empty:
                    state.new_page()
            case BoxStart():
                first = _next_height(flows, index + 1, frame.height - 2 * flow.padding)
                if not state.empty and state.room < flow.space_before + 2 * flow.padding + first:
                    state.new_page()
                top = state.y if state.empty else state.y + flow.space_before
                state.box = flow
                state.open_box_segment(top)
            case BoxEnd():
                state.close_box_segment()
                state.box = None
            case Unit():
                _flow_unit(state, flow, flows, index)
    for page in state.pages:
        decorate(page)
    return state.pages, state.warnings


def _flow_unit(state: _State, unit: Unit, flows: Sequence[Flow], index: int) -> None:
    need = unit.space_before + unit.height
    if unit.keep_with_next:
        need += _next_height(flows, index + 1, state.frame.height - unit.height)
    if need > state.room and not state.fresh:
        state.new_page()
        if unit.repeat is not None:
            state.place(unit.repeat)
    while unit.height > state.room + 0.01:
        if unit.loc is not None and not unit.keep_with_next:
            state.warnings.append(Diagnostic(
                "this row is too long to fit on one page, so it goes on over the next page",
                unit.loc,
                "split it into shorter rows",
            ))
            unit.loc = None
        unit = _cut(state, unit)
        state.new_page()
    state.place(unit)
