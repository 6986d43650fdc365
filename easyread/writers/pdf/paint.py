"""Draw laid-out pages with reportlab; every element is wrapped in marked content.

:func:`_marked` is the only place that opens and closes marked content: content that belongs
to a structure element gets an MCID, everything else is an Artifact. A picture that cannot be
drawn leaves its description in a dashed box (easyread.writers.missing), and the rest of the
booklet is still drawn.
"""

from __future__ import annotations

import contextlib
import io
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache, partial
from pathlib import Path
from typing import TYPE_CHECKING, assert_never

from reportlab import rl_config
from reportlab.lib.colors import Color, HexColor
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfgen.canvas import Canvas

from easyread.errors import Reporter
from easyread.model import Picture
from easyread.pictures.render import PictureRenderer
from easyread.style import Style
from easyread.writers.missing import DASH, missing_picture
from easyread.writers.pdf import vector_pictures as vector
from easyread.writers.pdf.boxes import Anchor, Fragment, PictureBox, Shape, TextLine
from easyread.writers.pdf.layout import Layout
from easyread.writers.pdf.tagging import Marks

if TYPE_CHECKING:
    from reportlab.graphics.shapes import Drawing

__all__ = ["paint"]

_DPI = 300
_FANCY_SVG = re.compile(rb"<(?:\w+:)?(?:linearGradient|radialGradient|filter)\b")


@dataclass(slots=True)
class _Painter:
    canvas: Canvas
    height: float
    marks: Marks
    pictures: PictureRenderer
    report: Reporter
    tags: list[str]
    """The structure type of each element, written beside its MCIDs."""
    base_font: str
    style: Style
    outline_level: int = -1
    forms: dict[Path, tuple[str, float, float] | None] = field(default_factory=dict)
    """Vector pictures already written as forms (None: drawn as a PNG)."""
    images: dict[tuple[Path, int], ImageReader] = field(default_factory=dict)

    def pdf_y(self, y: float) -> float:
        return self.height - y

    def _marked(self, elem: int | None, artifact: str, draw: Callable[[], None]) -> None:
        """Draw inside a marked-content sequence: an MCID of `elem`, or an Artifact."""
        if elem is None:
            self.canvas.addLiteral(f"/Artifact <</Type /{artifact}>> BDC")
        else:
            mcid = self.marks.next_mcid(elem)
            self.canvas.addLiteral(f"/{self.tags[elem]} <</MCID {mcid}>> BDC")
        draw()
        self.canvas.addLiteral("EMC")

    def text_line(self, line: TextLine) -> None:
        for group in _groups(line.fragments):
            self._marked(group[0].elem, line.artifact, partial(self._fragments, group, line))
            self._links(group, line)

    def _fragments(self, group: list[Fragment], line: TextLine) -> None:
        for fragment in group:
            self.canvas.setFillColor(_colour(fragment.colour))
            self.canvas.setFont(fragment.font, fragment.size)
            self.canvas.drawString(fragment.x, self.pdf_y(line.y), fragment.text)

    def _links(self, group: list[Fragment], line: TextLine) -> None:
        linked = [f for f in group if f.url or f.dest]
        if not linked or group[0].elem is None:
            return
        first, last = linked[0], linked[-1]
        size = first.size
        base = self.pdf_y(line.y)
        rect = (first.x, base - 0.3 * size, last.x + last.width, base + 0.95 * size)
        text = "".join(f.text for f in linked)
        if first.url:
            self.canvas.linkURL(first.url, rect, relative=0, thickness=0)
            description = f"{text} ({first.url})" if text.strip() != first.url else first.url
        else:
            self.canvas.linkRect("", first.dest, rect, relative=0, thickness=0)
            description = text
        self.marks.links[-1].append((group[0].elem, description))

    def shape(self, shape: Shape) -> None:
        def draw() -> None:
            c = self.canvas
            if shape.fill:
                c.setFillColor(_colour(shape.fill))
            if shape.stroke:
                c.setStrokeColor(_colour(shape.stroke))
                c.setLineWidth(shape.line_width)
            c.roundRect(shape.x, self.pdf_y(shape.y + shape.height), shape.width, shape.height,
                        shape.radius, stroke=1 if shape.stroke else 0, fill=1 if shape.fill else 0)

        self._marked(None, "Layout", draw)

    def anchor(self, anchor: Anchor) -> None:
        self.canvas.bookmarkHorizontalAbsolute(anchor.key, self.pdf_y(anchor.y))
        level = min(max(anchor.level - 1, 0), self.outline_level + 1)
        self.canvas.addOutlineEntry(anchor.title, anchor.key, level)
        self.outline_level = level

    def picture(self, box: PictureBox) -> None:
        picture = box.picture
        try:
            draw, (width, height) = self._prepare(box)
        except Exception as exc:
            self.report(missing_picture(picture, exc))
            self._marked(box.elem, "Layout", partial(self._placeholder, box))
            return
        x = box.x + (box.size - width) / 2
        # Centred across the column, but top-aligned so it starts level with the text.
        bottom = self.pdf_y(box.y) - height
        self._marked(box.elem, "Layout", lambda: draw(x, bottom))
        self.marks.bboxes[box.elem] = (x, bottom, x + width, bottom + height)

    def _placeholder(self, box: PictureBox) -> None:
        """The picture's description in a dashed box of its size (easyread.writers.missing)."""
        c, style = self.canvas, self.style
        top = self.pdf_y(box.y)
        pad, size = box.size * 0.06, max(8.0, box.size * 0.13)
        c.saveState()
        c.setDash(*DASH)
        c.setLineWidth(1)
        c.setStrokeColor(_colour(style.colours.accent))
        c.rect(box.x, top - box.size, box.size, box.size, stroke=1, fill=0)
        c.setFillColor(_colour(style.colours.text))
        c.setFont(self.base_font, size)
        y = top - pad - size
        for text in simpleSplit(box.picture.alt, self.base_font, size, box.size - 2 * pad):
            if y < top - box.size + pad:
                break
            c.drawString(box.x + pad, y, text)
            y -= size * 1.25
        c.restoreState()

    def _prepare(self, box: PictureBox) -> tuple[Callable[[float, float], None],
                                                   tuple[float, float]]:
        """Read the picture first, so a broken file fails before anything is drawn."""
        form = self._form(box.picture)
        if form is not None:
            name, natural_width, natural_height = form
            scale = min(box.size / natural_width, box.size / natural_height)

            def draw_svg(x: float, y: float) -> None:
                self.canvas.saveState()
                self.canvas.translate(x, y)
                self.canvas.scale(scale, scale)
                self.canvas.doForm(name)
                self.canvas.restoreState()

            return draw_svg, (natural_width * scale, natural_height * scale)
        pixels = round(box.size / 72 * _DPI)
        key = (box.picture.path, pixels)
        image = self.images.get(key)
        if image is None:
            image = self.images[key] = ImageReader(io.BytesIO(self.pictures.png(box.picture,
                                                                                pixels)))
        image_width, image_height = image.getSize()
        scale = min(box.size / image_width, box.size / image_height)
        size = (image_width * scale, image_height * scale)

        def draw_png(x: float, y: float) -> None:
            self.canvas.drawImage(image, x, y, size[0], size[1], mask="auto")

        return draw_png, size

    def _form(self, picture: Picture) -> tuple[str, float, float] | None:
        """The Form XObject of a vector picture, drawn once and reused at every size.

        None means the picture is drawn as a PNG instead. Converting an SVG is the slowest
        step of painting, so each picture is converted and written only once per PDF (and
        its operators are kept on disk for the next build, see :mod:`.vector_pictures`).
        """
        if picture.path in self.forms:
            return self.forms[picture.path]
        svg = self.pictures.svg(picture)
        if svg is None or _FANCY_SVG.search(svg):
            self.forms[picture.path] = None
            return None
        name = f"Picture{len(self.forms)}"
        path = vector.cache_path(svg)
        known = vector.cached(path) if path is not None else None
        if known is not None:
            with self._recording(name, known.bbox) as code:
                code.extend(known.operators)
            width, height = known.width, known.height
        else:
            drawing = vector.svg_drawing(svg, self.base_font)
            self._define_form(name, path, drawing)
            width, height = drawing.width, drawing.height
        self.forms[picture.path] = found = (name, width, height)
        return found

    @contextlib.contextmanager
    def _recording(self, name: str, bbox: tuple[float, float, float, float]) -> Iterator[list[str]]:
        """Record the operators drawn inside as the form `name`, leaving the page as it was."""
        c = self.canvas
        inside = c._doc.inObject
        c.beginForm(name, *bbox)
        try:
            yield c._code
        except Exception:
            # Give the page its own drawing state back, then report the picture as broken.
            c._restartAccumulators()
            c.pop_state_stack()
            raise
        else:
            c.endForm()
        finally:
            # reportlab leaves its "in a form" flag set, which would refuse the page's next
            # bookmark.
            c._doc.inObject = inside

    def _define_form(self, name: str, path: Path | None, drawing: Drawing) -> None:
        """Record `drawing` as a form; keep its operators at `path` when they are plain."""
        from reportlab.graphics import renderPDF

        bbox = vector.bounds(drawing)
        with self._recording(name, bbox) as code:
            renderPDF.draw(drawing, self.canvas, 0, 0)
            # plain() refuses any operand naming a resource (forms, images, shadings, colour
            # spaces, graphics states), so what it keeps draws the same in any PDF.
            operators = vector.plain(code)
            if operators is not None:
                # The same operators a cached copy gives, so a first build matches later ones.
                code[:] = operators
                if path is not None:
                    vector.keep(path, vector.VectorPicture(float(drawing.width),
                                                         float(drawing.height), bbox, operators))


@lru_cache(maxsize=64)
def _colour(hex_colour: str) -> Color:
    """The reportlab colour of ``#rrggbb``, parsed once: every text fragment asks for one."""
    return HexColor(hex_colour)


def _groups(fragments: tuple[Fragment, ...]) -> Iterator[list[Fragment]]:
    """Runs of fragments with the same element and link target."""
    group: list[Fragment] = []
    for fragment in fragments:
        if group and (fragment.elem, fragment.url, fragment.dest) != (
            group[0].elem, group[0].url, group[0].dest
        ):
            yield group
            group = []
        group.append(fragment)
    if group:
        yield group


def paint(result: Layout, pictures: PictureRenderer, report: Reporter, title: str,
          base_font: str) -> tuple[bytes, Marks]:
    """Draw every page of `result`; return the PDF bytes and what the tagger needs."""
    # reportlab wraps every stream in ASCII85 (in pure Python: slow), and pikepdf takes it off
    # again when it writes the final file, so leaving it out gives the same bytes sooner.
    a85 = rl_config.useA85
    rl_config.useA85 = 0
    try:
        return _paint(result, pictures, report, title, base_font)
    finally:
        rl_config.useA85 = a85


def _paint(result: Layout, pictures: PictureRenderer, report: Reporter, title: str,
           base_font: str) -> tuple[bytes, Marks]:
    out = io.BytesIO()
    geo = result.geometry
    canvas = Canvas(out, pagesize=(geo.width, geo.height), invariant=1, pageCompression=1,
                    initialFontName=base_font)
    canvas.setTitle(title)
    canvas.setCreator("easyread")
    tags = [node.tag for node in result.tree.nodes]
    painter = _Painter(canvas, geo.height, Marks(), pictures, report, tags, base_font,
                       geo.style)
    for page in result.pages:
        painter.marks.start_page()
        for item in page.items:
            match item:
                case TextLine():
                    painter.text_line(item)
                case PictureBox():
                    painter.picture(item)
                case Shape():
                    painter.shape(item)
                case Anchor():
                    painter.anchor(item)
                case _:
                    assert_never(item)
        canvas.showPage()
    canvas.showOutline()
    canvas.save()
    return out.getvalue(), painter.marks
