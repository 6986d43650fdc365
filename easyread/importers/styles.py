"""What a Word file's styles and numbering say about a paragraph: heading, title, list, size."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from docx.oxml.ns import qn

__all__ = ["ListKind", "Numbering", "ParagraphStyle", "StyleBook", "on"]

_HEADING = re.compile(r"^heading\s*(\d)$", re.I)
_OFF = ("0", "false", "off", "none")


def on(element: Any | None) -> bool:
    """True when a Word switch such as ``<w:b/>`` is present and not turned off."""
    return element is not None and element.get(qn("w:val"), "1").lower() not in _OFF


@dataclass(frozen=True, slots=True)
class ParagraphStyle:
    """What a paragraph style says, after following the styles it is based on."""

    name: str
    kind: str
    """``title``, ``subtitle``, ``heading``, ``contents`` or ``text``."""
    level: int
    """The heading level (1 to 9), or 0 when the style is not a heading."""
    bold: bool
    size: float | None
    """The font size in points, when the style sets one."""
    numbering: tuple[str, int] | None
    """The list (numId, level) the style puts its paragraphs in."""


@dataclass(frozen=True, slots=True)
class ListKind:
    """A Word list level: numbered or bullets, and the number it starts at."""

    ordered: bool
    start: int
    paren: bool
    """True for numbers written ``1)`` rather than ``1.``."""


class StyleBook:
    """Paragraph and character styles of one document, by style id."""

    def __init__(self, styles_element: Any | None) -> None:
        self._raw: dict[str, Any] = {}
        self._default_size: float | None = None
        if styles_element is not None:
            for style in styles_element.iterchildren(qn("w:style")):
                self._raw[style.get(qn("w:styleId"), "")] = style
            size = styles_element.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/"
                                       f"{qn('w:rPr')}/{qn('w:sz')}")
            if size is not None:
                self._default_size = _half_points(size)
        self._cache: dict[str, ParagraphStyle] = {}
        self.body_size = self.paragraph(self._default_id()).size or self._default_size or 11.0
        """The size of ordinary text in points: large lines are measured against it."""

    def _default_id(self) -> str:
        for style_id, style in self._raw.items():
            if (style.get(qn("w:type")) == "paragraph"
                    and style.get(qn("w:default"), "") in ("1", "true", "on")):
                return style_id
        return "Normal"

    def paragraph(self, style_id: str | None) -> ParagraphStyle:
        """The :class:`ParagraphStyle` for `style_id` (the default style when None)."""
        key = style_id or self._default_id()
        found = self._cache.get(key)
        if found is None:
            found = self._cache[key] = self._resolve(key, depth=0)
        return found

    def character_bold(self, style_id: str) -> bool:
        """True when character style `style_id` (or one it is based on) makes text bold."""
        for style in self._chain(style_id):
            bold = style.find(f"{qn('w:rPr')}/{qn('w:b')}")
            if bold is not None:
                return on(bold)
        return False

    def _chain(self, style_id: str) -> list[Any]:
        chain: list[Any] = []
        while style_id in self._raw and len(chain) < 20:
            style = self._raw[style_id]
            chain.append(style)
            based = style.find(qn("w:basedOn"))
            style_id = "" if based is None else based.get(qn("w:val"), "")
        return chain

    def _resolve(self, style_id: str, depth: int) -> ParagraphStyle:
        chain = self._chain(style_id)
        names = [_name(style) for style in chain]
        name = names[0] if names else style_id
        kind, level = "text", 0
        for candidate in names:
            lowered = candidate.lower()
            match = _HEADING.match(lowered)
            if lowered == "title":
                kind = "title"
            elif lowered == "subtitle":
                kind = "subtitle"
            elif match:
                kind, level = "heading", int(match.group(1))
            elif lowered.startswith(("toc", "contents entry", "table of contents")):
                kind = "contents"
            else:
                continue
            break
        if kind == "text":
            outline = _first(chain, f"{qn('w:pPr')}/{qn('w:outlineLvl')}")
            if outline is not None and outline.get(qn("w:val"), "9").isdigit():
                value = int(outline.get(qn("w:val"), "9"))
                if value < 9:
                    kind, level = "heading", value + 1
        bold = _first(chain, f"{qn('w:rPr')}/{qn('w:b')}")
        size = _first(chain, f"{qn('w:rPr')}/{qn('w:sz')}")
        num = _first(chain, f"{qn('w:pPr')}/{qn('w:numPr')}")
        return ParagraphStyle(name, kind, level, on(bold),
                              None if size is None else _half_points(size),
                              None if num is None else numbering_of(num))


def _name(style: Any) -> str:
    name = style.find(qn("w:name"))
    return "" if name is None else str(name.get(qn("w:val"), ""))


def _first(chain: list[Any], path: str) -> Any | None:
    for style in chain:
        found = style.find(path)
        if found is not None:
            return found
    return None


def _half_points(element: Any) -> float | None:
    value = element.get(qn("w:val"), "")
    return int(value) / 2 if value.isdigit() else None


def numbering_of(num_pr: Any) -> tuple[str, int] | None:
    """The (numId, level) a ``<w:numPr>`` names; None when it turns numbering off (numId 0)."""
    num_id = num_pr.find(qn("w:numId"))
    ilvl = num_pr.find(qn("w:ilvl"))
    value = "" if num_id is None else num_id.get(qn("w:val"), "")
    if not value or value == "0":
        return None
    level = ilvl.get(qn("w:val"), "0") if ilvl is not None else "0"
    return value, int(level) if level.isdigit() else 0


class Numbering:
    """A document's lists: whether each list level is numbered, and its numbers so far."""

    def __init__(self, numbering_element: Any | None) -> None:
        self._abstract: dict[str, Any] = {}
        self._nums: dict[str, tuple[str, Any]] = {}
        self._counters: dict[str, list[int]] = {}
        if numbering_element is None:
            return
        for abstract in numbering_element.iterchildren(qn("w:abstractNum")):
            self._abstract[abstract.get(qn("w:abstractNumId"), "")] = abstract
        for num in numbering_element.iterchildren(qn("w:num")):
            ref = num.find(qn("w:abstractNumId"))
            self._nums[num.get(qn("w:numId"), "")] = (
                "" if ref is None else ref.get(qn("w:val"), ""), num)

    def kind(self, num_id: str, level: int) -> ListKind:
        """Whether list `num_id` is numbered at `level`, and where its numbers start."""
        abstract_id, num = self._nums.get(num_id, ("", None))
        start = 1
        fmt, text = "bullet", ""
        abstract = self._abstract.get(abstract_id)
        if abstract is not None:
            for lvl in abstract.iterchildren(qn("w:lvl")):
                if lvl.get(qn("w:ilvl"), "0") == str(level):
                    fmt = _val(lvl.find(qn("w:numFmt"))) or "decimal"
                    text = _val(lvl.find(qn("w:lvlText")))
                    start_value = _val(lvl.find(qn("w:start")))
                    start = int(start_value) if start_value.isdigit() else 1
        if num is not None:
            for override in num.iterchildren(qn("w:lvlOverride")):
                if override.get(qn("w:ilvl"), "0") == str(level):
                    value = _val(override.find(qn("w:startOverride")))
                    start = int(value) if value.isdigit() else start
        return ListKind(fmt not in ("bullet", "none"), start, text.endswith(")"))

    def label(self, num_id: str, level: int) -> str:
        """The next item's label in list `num_id` at `level`: ``-`` or its number."""
        kind = self.kind(num_id, level)
        if not kind.ordered:
            return "-"
        counters = self._counters.setdefault(num_id, [])
        del counters[level + 1:]
        while len(counters) <= level:
            counters.append(0)
        counters[level] = counters[level] + 1 if counters[level] else kind.start
        return f"{counters[level]}{')' if kind.paren else '.'}"


def _val(element: Any | None) -> str:
    return "" if element is None else str(element.get(qn("w:val"), ""))
