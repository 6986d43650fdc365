"""One Word paragraph as easyread pieces: its lines, pictures, text boxes and what it looks like.

Only this module and :mod:`easyread.importers.body` read WordprocessingML elements.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from docx.oxml.ns import qn

from easyread.errors import SourceError
from easyread.importers.draft import DraftPicture, Line, Segment
from easyread.importers.styles import ParagraphStyle, StyleBook, numbering_of, on
from easyread.importers.text import join_segments
from easyread.location import Location

__all__ = ["Paragraph", "ParagraphReader"]

_A_BLIP = qn("a:blip")
_R_EMBED = qn("r:embed")
_R_LINK = qn("r:link")
_R_ID = qn("r:id")
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_WPS_TXBX = qn("w:txbxContent")
_V_IMAGEDATA = "{urn:schemas-microsoft-com:vml}imagedata"
_OUTSIDE_FIELDS = ("INCLUDEPICTURE", "INCLUDETEXT", "LINK", "DDE", "DDEAUTO", "IMPORT",
                   "INCLUDE")
_LINK_SCHEMES = ("http://", "https://", "mailto:", "tel:")
_SKIPPED = {qn("w:del"), qn("w:moveFrom"), qn("w:pPr"), qn("w:rPr"), qn("w:commentRangeStart"),
            qn("w:commentRangeEnd"), qn("w:proofErr"), qn("w:bookmarkStart"),
            qn("w:bookmarkEnd")}


@dataclass
class Paragraph:
    """What one paragraph holds and how it looks."""

    style: ParagraphStyle
    lines: list[Line] = field(default_factory=list)
    """The paragraph's text, one entry per line break (not yet cut into sentences)."""
    pictures: list[DraftPicture] = field(default_factory=list)
    text_boxes: list[Line] = field(default_factory=list)
    """Paragraphs found in text boxes and shapes, kept so no words are lost."""
    footnotes: list[Line] = field(default_factory=list)
    """The words of the footnotes and endnotes this paragraph points to."""
    numbering: tuple[str, int] | None = None
    all_bold: bool = False
    size: float | None = None
    contents_entry: bool = False
    """True for a line of a contents page (a TOC style or a page number field)."""
    charts: int = 0

    @property
    def text(self) -> str:
        """The paragraph's plain words."""
        return " ".join("".join(seg.text for seg in line) for line in self.lines).strip()


class ParagraphReader:
    """Reads paragraphs of one document, finding pictures and links through its relationships."""

    def __init__(self, styles: StyleBook, rels: dict[str, tuple[str, bool, str]],
                 path: str, notes: dict[tuple[str, str], list[Any]] | None = None) -> None:
        self.styles = styles
        self._rels = rels
        """Relationship id to (target, external, part name) for the document part."""
        self._where = Location(path, 1, 1)
        self._notes = notes or {}
        """(``footnote`` or ``endnote``, id) to the note's ``<w:p>`` elements."""

    def read(self, p: Any) -> Paragraph:
        """Read the ``<w:p>`` element `p`."""
        p_pr = p.find(qn("w:pPr"))
        style_el = None if p_pr is None else p_pr.find(qn("w:pStyle"))
        style = self.styles.paragraph(None if style_el is None else style_el.get(qn("w:val")))
        result = Paragraph(style=style, numbering=style.numbering)
        num_pr = None if p_pr is None else p_pr.find(qn("w:numPr"))
        if num_pr is not None:
            result.numbering = numbering_of(num_pr)
        state = _State(result, style)
        self._walk(p, state, link=None)
        state.close_line()
        result.lines = [line for line in (join_segments(raw) for raw in state.raw) if line]
        # Bold all through: every run is bold, or the style is and no run turns it off.
        texts = [seg for line in result.lines for seg in line if seg.text.strip()]
        result.all_bold = (bool(texts) and all(seg.bold for seg in texts)) or (
            bool(texts) and style.bold and not state.unbolded)
        result.size = state.size or style.size or self.styles.body_size
        result.contents_entry = style.kind == "contents" or state.page_field
        return result

    def _walk(self, element: Any, state: _State, link: str | None) -> None:
        for child in element.iterchildren():
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIPPED:
                continue
            if tag == qn("w:r"):
                self._run(child, state, link)
            elif tag == qn("w:hyperlink"):
                rid = child.get(_R_ID)
                target = self._rels.get(rid, ("", False, ""))[0] if rid else ""
                # Only addresses a reader can follow safely stay links; others stay words.
                safe = target.lower().startswith(_LINK_SCHEMES)
                self._walk(child, state, target if safe else link)
            elif tag == qn("w:fldSimple"):
                self._field(child.get(qn("w:instr"), ""), state)
                self._walk(child, state, link)
            elif tag == f"{{{_MC}}}AlternateContent":
                self._alternate(child, state, link)
            else:  # insertions, smart tags, content controls: their runs are ordinary text
                self._walk(child, state, link)

    def _alternate(self, element: Any, state: _State, link: str | None) -> None:
        """Read the first choice of `element`: the fallback repeats the same content."""
        for child in element.iterchildren():
            if isinstance(child.tag, str):
                self._walk(child, state, link)
                return

    def _run(self, r: Any, state: _State, link: str | None) -> None:
        r_pr = r.find(qn("w:rPr"))
        bold = False
        if r_pr is not None:
            bold_el = r_pr.find(qn("w:b"))
            style_el = r_pr.find(qn("w:rStyle"))
            char_bold = style_el is not None and self.styles.character_bold(
                style_el.get(qn("w:val"), ""))
            bold = on(bold_el) if bold_el is not None else char_bold
            if bold_el is not None and not on(bold_el):
                state.unbolded = True
            size = r_pr.find(qn("w:sz"))
            if size is not None and size.get(qn("w:val"), "").isdigit():
                state.size = max(state.size or 0.0, int(size.get(qn("w:val"))) / 2)
        for child in r.iterchildren():
            tag = child.tag
            if tag == qn("w:fldChar"):
                kind = child.get(qn("w:fldCharType"))
                if kind == "begin":
                    state.fields.append("")
                elif kind == "separate" and state.fields:
                    self._field(state.fields[-1], state)
                    state.fields[-1] = "\0shown"
                elif kind == "end" and state.fields:
                    state.fields.pop()
            elif tag == qn("w:instrText"):
                if state.fields and state.fields[-1] != "\0shown":
                    state.fields[-1] += child.text or ""
            elif state.in_instruction():
                continue
            elif tag == qn("w:t"):
                state.add(Segment(child.text or "", bold, link))
            elif tag in (qn("w:tab"), qn("w:ptab")):
                state.add(Segment(" ", bold, link))
            elif tag == qn("w:noBreakHyphen"):
                state.add(Segment("-", bold, link))
            elif tag == qn("w:cr") or (
                    tag == qn("w:br") and child.get(qn("w:type")) not in ("page", "column")):
                state.close_line()
            elif tag in (qn("w:footnoteReference"), qn("w:endnoteReference")):
                kind = "footnote" if tag == qn("w:footnoteReference") else "endnote"
                for p in self._notes.get((kind, child.get(qn("w:id"), "")), []):
                    state.paragraph.footnotes.extend(self.read(p).lines)
            elif tag in (qn("w:drawing"), qn("w:pict")):
                self._drawing(child, state)
            elif tag == qn("w:object"):
                raise SourceError("the document holds an embedded object (such as a "
                                  "spreadsheet, chart or file)", self._where,
                                  "delete it, or paste it as a picture, save and try again")
            elif tag == f"{{{_MC}}}AlternateContent":
                choice = next((c for c in child.iterchildren() if isinstance(c.tag, str)), None)
                if choice is not None:  # the fallback repeats the choice for older Word
                    self._drawing(choice, state)

    def _field(self, instruction: str, state: _State) -> None:
        word = instruction.strip().split(" ", 1)[0].upper()
        if word in _OUTSIDE_FIELDS:
            raise SourceError(f"the document takes content from outside the file (a {word} "
                              "field)", self._where,
                              "in Word, put the picture or text into the document itself "
                              "(or break the link), save and try again")
        if word in ("PAGEREF", "TOC"):
            state.page_field = True

    def _drawing(self, drawing: Any, state: _State) -> None:
        found = False
        for blip in drawing.iter(_A_BLIP, _V_IMAGEDATA):
            rid = blip.get(_R_EMBED) or blip.get(_R_ID)
            if blip.get(_R_LINK) or (rid and self._rels.get(rid, ("", False, ""))[1]):
                raise SourceError("a picture in the document is linked to a file outside it",
                                  self._where, "in Word, choose the picture and use 'Break "
                                  "link' or paste the picture in, save and try again")
            if not rid or rid not in self._rels:
                continue
            state.paragraph.pictures.append(DraftPicture(self._rels[rid][2], _alt(blip)))
            found = True
        for box in drawing.iter(_WPS_TXBX):
            for p in box.iter(qn("w:p")):
                inner = self.read(p)
                state.paragraph.text_boxes.extend(inner.lines)
                state.paragraph.pictures.extend(inner.pictures)
            found = True
            break  # a text box is stored twice (for new and old Word): read it once
        if not found and any("chart" in str(el.get("uri", "")) for el in drawing.iter()):
            state.paragraph.charts += 1


def _alt(blip: Any) -> str:
    """The description of the picture holding `blip`: Word's alt text (``descr``) or title."""
    node = blip
    while node is not None:
        doc_pr = node.find(qn("wp:docPr"))
        if doc_pr is not None:
            return str(doc_pr.get("descr") or doc_pr.get("title") or "").strip()
        if node.tag == "{urn:schemas-microsoft-com:vml}shape":
            return str(node.get("alt") or node.get(qn("o:title")) or "").strip()
        node = node.getparent()
    return ""


@dataclass
class _State:
    paragraph: Paragraph
    style: ParagraphStyle
    raw: list[list[Segment]] = field(default_factory=lambda: [[]])
    fields: list[str] = field(default_factory=list)
    size: float | None = None
    page_field: bool = False
    unbolded: bool = False

    def add(self, segment: Segment) -> None:
        self.raw[-1].append(segment)

    def close_line(self) -> None:
        if self.raw[-1]:
            self.raw.append([])

    def in_instruction(self) -> bool:
        return any(field_ != "\0shown" for field_ in self.fields)

