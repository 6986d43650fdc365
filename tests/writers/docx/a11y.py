"""A small accessibility checker for DOCX files, after the Word Accessibility Checker's rules.

It checks what matters for easy read booklets (standards.md A11Y rows): title and
language set, alt text on every picture, pictures inline, heading levels in order, no
text under 14 pt, layout tables without merged cells or header rows, no empty
paragraphs used as spacing, no italics, no underlining outside links, no justified text.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
DC = "http://purl.org/dc/elements/1.1/"
NS = {"w": W, "wp": WP, "dc": DC}
MIN_HALF_POINTS = 28
"""14 pt, the smallest easy read text size."""


def q(tag: str) -> str:
    """Clark notation for a ``w:`` or ``wp:`` tag."""
    prefix, _, local = tag.partition(":")
    return f"{{{NS[prefix]}}}{local}"


class Styles:
    """Resolves paragraph and run properties through style inheritance."""

    def __init__(self, root: etree._Element) -> None:
        self.by_id = {s.get(q("w:styleId")): s for s in root.iter(q("w:style"))}
        self.defaults = root.find("w:docDefaults/w:rPrDefault/w:rPr", NS)
        self.default_para = next((s.get(q("w:styleId")) for s in self.by_id.values()
                                  if s.get(q("w:type")) == "paragraph"
                                  and s.get(q("w:default")) in ("1", "true")), None)

    def chain(self, style_id: str | None) -> Iterator[etree._Element]:
        """The style and the styles it is based on, nearest first."""
        seen = set()
        while style_id and style_id in self.by_id and style_id not in seen:
            seen.add(style_id)
            style = self.by_id[style_id]
            yield style
            based = style.find("w:basedOn", NS)
            style_id = None if based is None else based.get(q("w:val"))

    def run_prop(self, run: etree._Element, para_style: str | None, tag: str
                 ) -> etree._Element | None:
        """The effective `tag` (e.g. ``w:sz``) of `run`: direct, character style, paragraph
        style, then document defaults."""
        r_pr = run.find("w:rPr", NS)
        sources: list[etree._Element | None] = [r_pr]
        if r_pr is not None and (r_style := r_pr.find("w:rStyle", NS)) is not None:
            sources += [s.find("w:rPr", NS) for s in self.chain(r_style.get(q("w:val")))]
        sources += [s.find("w:rPr", NS) for s in self.chain(para_style or self.default_para)]
        sources.append(self.defaults)
        for source in sources:
            if source is not None and (found := source.find(tag, NS)) is not None:
                return found
        return None

    def para_prop(self, p: etree._Element, tag: str) -> etree._Element | None:
        """The effective paragraph property `tag` of `p`."""
        p_pr = p.find("w:pPr", NS)
        if p_pr is not None and (found := p_pr.find(tag, NS)) is not None:
            return found
        for style in self.chain(paragraph_style(p) or self.default_para):
            found = style.find(f"w:pPr/{tag}", NS)
            if found is not None:
                return found
        return None


def paragraph_style(p: etree._Element) -> str | None:
    """The style id of paragraph `p`, or None for the default style."""
    style = p.find("w:pPr/w:pStyle", NS)
    return None if style is None else style.get(q("w:val"))


def _on(element: etree._Element | None) -> bool:
    return element is not None and element.get(q("w:val"), "true") not in ("0", "false", "off")


def _is_empty(p: etree._Element) -> bool:
    has_text = any((t.text or "").strip() for t in p.iter(q("w:t")))
    has_other = any(True for tag in ("w:drawing", "w:fldChar", "w:br", "w:sectPr")
                    for _ in p.iter(q(tag)))
    return not has_text and not has_other


def check_docx(data: bytes) -> list[str]:
    """Every accessibility problem found in the DOCX file `data`, as plain sentences."""
    problems: list[str] = []
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        core = etree.fromstring(package.read("docProps/core.xml"))
        document = etree.fromstring(package.read("word/document.xml"))
        styles = Styles(etree.fromstring(package.read("word/styles.xml")))
        footers = [etree.fromstring(package.read(n)) for n in package.namelist()
                   if re.fullmatch(r"word/footer\d+\.xml", n)]

    title = core.find("dc:title", NS)
    if title is None or not (title.text or "").strip():
        problems.append("The document has no title.")
    lang = styles.defaults.find("w:lang", NS) if styles.defaults is not None else None
    if lang is None or not lang.get(q("w:val")):
        problems.append("The document has no default language.")

    body = document.find("w:body", NS)
    problems += _check_pictures(body)
    problems += _check_headings(body, styles)
    problems += _check_tables(body)
    problems += _check_empty_paragraphs(body)
    for part in (body, *footers):
        problems += _check_text(part, styles)
    return problems


def _check_pictures(body: etree._Element) -> Iterator[str]:
    for doc_pr in body.iter(q("wp:docPr")):
        alt = (doc_pr.get("descr") or "").strip()
        name = doc_pr.get("name")
        if not alt:
            yield f"Picture {name} has no alt text."
        elif re.search(r"\.(png|jpe?g|gif|svg|bmp)\b", alt, re.IGNORECASE):
            yield f"The alt text of picture {name} contains a file name: {alt!r}."
    for anchor in body.iter(q("wp:anchor")):
        yield f"Picture {anchor.find('wp:docPr', NS).get('name')} floats instead of inline."


def _check_headings(body: etree._Element, styles: Styles) -> Iterator[str]:
    last = 0
    for p in body.iter(q("w:p")):
        outline = styles.para_prop(p, "w:outlineLvl")
        if outline is None:
            continue
        level = int(outline.get(q("w:val"))) + 1
        text = "".join(t.text or "" for t in p.iter(q("w:t")))
        if level > last + 1:
            yield f"Heading {text!r} jumps from level {last} to level {level}."
        last = level


def _check_tables(body: etree._Element) -> Iterator[str]:
    for number, tbl in enumerate(body.iter(q("w:tbl")), 1):
        if tbl.find("w:tblPr/w:tblCaption", NS) is None:
            yield f"Table {number} has no caption."
        for tag in ("w:gridSpan", "w:vMerge", "w:hMerge"):
            if tbl.find(f".//{tag}", NS) is not None:
                yield f"Table {number} has merged cells."
                break
        style = tbl.find("w:tblPr/w:tblStyle", NS)
        layout = style is None or style.get(q("w:val")) == "TableNormal"
        header = tbl.find("w:tr/w:trPr/w:tblHeader", NS) is not None
        if not layout and not header:
            yield f"Table {number} is neither a Table Normal layout table nor has a header row."


def _check_empty_paragraphs(body: etree._Element) -> Iterator[str]:
    for p in body.iter(q("w:p")):
        if not _is_empty(p):
            continue
        parent = p.getparent()
        if parent.tag == q("w:tc") and len(parent.findall("w:p", NS)) == 1:
            continue  # a cell must hold a paragraph: an empty cell is not spacing
        before, after = p.getprevious(), p.getnext()
        if (before is not None and before.tag == q("w:tbl")
                and after is not None and after.tag == q("w:tbl")):
            continue  # Word needs a paragraph between two tables
        yield "An empty paragraph is used for spacing; use space before or after instead."


def _check_text(part: etree._Element, styles: Styles) -> Iterator[str]:
    for p in part.iter(q("w:p")):
        para_style = paragraph_style(p)
        jc = styles.para_prop(p, "w:jc")
        if jc is not None and jc.get(q("w:val")) in ("both", "distribute"):
            yield f"Paragraph in style {para_style} is justified."
        for run in p.iter(q("w:r")):
            text = "".join(t.text or "" for t in run.iter(q("w:t")))
            if not text.strip():
                continue
            size = styles.run_prop(run, para_style, "w:sz")
            half_points = int(size.get(q("w:val"))) if size is not None else 20
            if half_points < MIN_HALF_POINTS:
                yield f"Text {text!r} is {half_points / 2:g} pt, under 14 pt."
            if _on(styles.run_prop(run, para_style, "w:i")):
                yield f"Text {text!r} is in italics."
            underline = styles.run_prop(run, para_style, "w:u")
            in_link = run.getparent().tag == q("w:hyperlink")
            if underline is not None and underline.get(q("w:val")) != "none" and not in_link:
                yield f"Text {text!r} is underlined but is not a link."
            if "   " in text:
                yield f"Text {text!r} uses repeated spaces for layout."
