"""Positioned boxes and the structure tree: what layout makes and painting draws.

Coordinates are in pt with the origin at the top left of the page and y growing down, as a
reader sees the page; only :mod:`paint` turns them into PDF coordinates.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from easyread.model import Picture

__all__ = [
    "Anchor",
    "Fragment",
    "Item",
    "Node",
    "Page",
    "PictureBox",
    "Shape",
    "TextLine",
    "Tree",
    "shifted",
]


@dataclass(frozen=True, slots=True)
class Node:
    """A structure element: `tag` is a PDF standard type such as P, H1, Figure or LI."""

    tag: str
    parent: int | None
    alt: str | None = None


@dataclass(slots=True)
class Tree:
    """The structure elements of a booklet; index 0 is the Document element."""

    nodes: list[Node] = field(default_factory=lambda: [Node("Document", None)])

    def add(self, tag: str, parent: int, alt: str | None = None) -> int:
        """Add an element under `parent` and return its index."""
        self.nodes.append(Node(tag, parent, alt))
        return len(self.nodes) - 1


@dataclass(frozen=True, slots=True)
class Fragment:
    """A run of text in one font and colour, starting at `x` on its line."""

    x: float
    text: str
    font: str
    size: float
    colour: str
    width: float
    elem: int | None
    """The structure element the text belongs to (None: an artifact)."""
    url: str | None = None
    """A web link target; the text is clickable."""
    dest: str | None = None
    """An anchor inside the booklet; the text is clickable."""


@dataclass(frozen=True, slots=True)
class TextLine:
    """One line of text on the page; `y` is the baseline."""

    y: float
    fragments: tuple[Fragment, ...]
    artifact: str = "Pagination"
    """The artifact type used for fragments that belong to no structure element."""

    @property
    def text(self) -> str:
        """The text of the line."""
        return "".join(fragment.text for fragment in self.fragments)


@dataclass(frozen=True, slots=True)
class PictureBox:
    """The square a picture is fitted into; `y` is its top edge."""

    x: float
    y: float
    size: float
    picture: Picture
    elem: int


@dataclass(frozen=True, slots=True)
class Shape:
    """A filled and/or stroked rectangle used as decoration (always an artifact)."""

    x: float
    y: float
    width: float
    height: float
    fill: str | None = None
    stroke: str | None = None
    line_width: float = 0.0
    radius: float = 0.0
    """Corner radius; 0 for square corners."""


@dataclass(frozen=True, slots=True)
class Anchor:
    """A place links and bookmarks jump to; `title` and `level` make an outline entry."""

    y: float
    key: str
    title: str
    level: int


Item = TextLine | PictureBox | Shape | Anchor


@dataclass(slots=True)
class Page:
    """One page: its printed number and the items in drawing (and reading) order."""

    number: int
    items: list[Item] = field(default_factory=list)


def shifted(item: Item, dy: float) -> Item:
    """`item` moved down by `dy` pt."""
    # Built directly: dataclasses.replace is slow, and pagination moves every item on every page.
    # Subclasses (placeholders the layout fills in later) keep their type through replace.
    match item:
        case TextLine() if type(item) is TextLine:
            return TextLine(item.y + dy, item.fragments, item.artifact)
        case PictureBox():
            return PictureBox(item.x, item.y + dy, item.size, item.picture, item.elem)
        case _:
            return replace(item, y=item.y + dy)
