"""Build the document model from markdown-it's tokens: the only module that sees a Token."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from markdown_it.token import Token

from easyread.errors import Diagnostic, Reporter, SourceError
from easyread.location import Location
from easyread.measures import GROUP_ACROSS
from easyread.model import (
    Block,
    Box,
    GroupKind,
    HardWord,
    Heading,
    Line,
    ListBlock,
    PageBreak,
    Picture,
    PictureGroup,
    Row,
    Run,
    Section,
)
from easyread.read.inline import read_inline
from easyread.read.pictures import PictureResolver
from easyread.read.tree import Node

__all__ = ["Body", "BodyBuilder"]

MAX_LIST_DEPTH = 3
"""Deeper lists are drawn at this depth, so they never run off the page."""

WORD_LIST_TITLES = ("hard words", "word list", "words list", "glossary", "words to know",
                    "what the words mean", "words we use")


@dataclass(slots=True)
class Body:
    """What the body of the source holds, before it is frozen into a Document."""

    sections: list[Section] = field(default_factory=list)
    hard_words: list[HardWord] = field(default_factory=list)
    word_list_title: str | None = None


class BodyBuilder:
    """Walks the syntax tree once, turning each Markdown block into model blocks."""

    def __init__(self, lines: list[str], file: str, pictures: PictureResolver,
                 report: Reporter) -> None:
        self.lines = lines
        self.file = file
        self.pictures = pictures
        self.report = report
        self.anchors: set[str] = set()
        self.hard_words: list[HardWord] = []
        self.unknown: list[tuple[str, SourceError]] = []
        """Picture names the library does not have: all are reported together at the end."""

    def loc(self, node: Node, column: int = 1) -> Location:
        line = node.map[0] + 1 if node.map else 1
        if column == 1 and node.map and node.map[0] < len(self.lines):
            raw = self.lines[node.map[0]]
            column = len(raw) - len(raw.lstrip()) + 1
        return Location(self.file, line, column)

    def build(self, root: Node) -> Body:
        body = Body()
        heading: Heading | None = None
        blocks: list[Block] = []
        start = Location(self.file, 1, 1)
        defined = 0  # hard words explained before this section
        for node in root.children:
            if node.type == "front_matter":
                continue
            if node.type == "heading" and node.tag == "h1":
                self._close(body, heading, blocks, start, len(self.hard_words) > defined)
                heading, blocks = self._heading(node), []
                start, defined = heading.loc, len(self.hard_words)
                continue
            blocks.extend(self._block(node, depth=0))  # a definition list adds no blocks
        self._close(body, heading, blocks, start, len(self.hard_words) > defined)
        if self.unknown:
            raise _all_unknown(self.unknown)
        body.hard_words = self.hard_words
        return body

    def _close(self, body: Body, heading: Heading | None, blocks: list[Block],
               start: Location, explains: bool) -> None:
        if heading is None and not blocks:
            return
        # A section of only explanations is the word list, whatever its language; a known
        # English title with nothing under it is dropped too, as before.
        if heading is not None and not blocks and (explains or _is_word_list(heading.text)):
            body.word_list_title = heading.text  # its definitions went to the word list
            return
        body.sections.append(Section(heading, tuple(blocks), start))

    def _block(self, node: Node, depth: int) -> list[Block]:
        kind = node.type
        if kind == "paragraph":
            row = self._row(node, label=None)
            return [row] if row else []
        if kind == "heading":
            return [self._heading(node)]
        if kind in ("bullet_list", "ordered_list"):
            return [self._list(node, depth)]
        if kind == "blockquote":
            inner: list[Row | ListBlock] = []
            after: list[Block] = []
            for child in node.children:
                for block in self._block(child, depth):
                    if isinstance(block, Row | ListBlock):
                        inner.append(block)
                    elif isinstance(block, Box):
                        inner.extend(block.blocks)  # a box in a box is drawn as one box
                    else:
                        self.report(Diagnostic(
                            "a box can hold rows and lists only; this part is shown after the box",
                            block.loc, "move headings and page breaks out of the box"))
                        after.append(block)
            box: list[Block] = [Box(tuple(inner), self.loc(node))] if inner else []
            return box + after
        if kind.startswith("container_"):
            return self._group(node)
        if kind == "hr":
            return [PageBreak(self.loc(node))]
        if kind in ("code_block", "fence"):
            return [self._code(node)]
        if kind == "dl":
            self._definitions(node)
            return []
        if kind == "html_block":
            return []  # comments, such as checker settings, are not part of the booklet
        self.report(Diagnostic(f"this part of the Markdown ({kind}) is left out", self.loc(node)))
        return []

    def _row(self, node: Node, label: str | None) -> Row | None:
        inline = node.children[0]
        result = read_inline(_inline_token(inline), self.lines, self.file, self._picture,
                             self.report)
        if not result.lines and result.picture is None:
            return None
        return Row(tuple(result.lines), self.loc(node), result.picture, label)

    def _picture(self, kind: str, ref: str, alt: str, loc: Location) -> Picture:
        if kind != "name":
            return self.pictures.by_path(ref, alt, loc)
        found = self.pictures.library.resolve(ref)
        if found is None:
            # Keep reading, so that one run names every unknown picture, not the first.
            self.unknown.append((ref, self.pictures.unknown(ref, loc)))
            return Picture(path=Path(), alt="", format="svg", loc=loc, name=ref)
        return self.pictures.from_library(found, ref, loc)

    def _list(self, node: Node, depth: int) -> ListBlock:
        ordered = node.type == "ordered_list"
        items: list[Row | ListBlock] = []
        for item in node.children:
            label = f"{item.info}{item.markup}" if ordered else "•"
            lines: list[Line] = []
            picture: Picture | None = None
            nested: list[Row | ListBlock] = []
            for child in item.children:
                if child.type == "paragraph":
                    row = self._row(child, label)
                    if row is None:
                        continue
                    if picture is None and not lines:
                        picture = row.picture
                    elif row.picture is not None:
                        nested.append(Row(row.lines, row.loc, row.picture, None))
                        continue
                    lines.extend(row.lines)
                else:
                    for block in self._block(child, depth + 1):
                        if isinstance(block, Row | ListBlock):
                            nested.append(block)
            if lines or picture is not None:
                items.append(Row(tuple(lines), self.loc(item), picture, label))
            elif nested or ordered:
                items.append(Row((), self.loc(item), None, label))
            items.extend(nested)
        if depth == MAX_LIST_DEPTH + 1:
            self.report(Diagnostic(
                f"lists inside lists more than {MAX_LIST_DEPTH + 1} deep are shown at level "
                f"{MAX_LIST_DEPTH + 1}", self.loc(node), "easy read works best with flat lists"))
        return ListBlock(tuple(items), ordered, self.loc(node), min(depth, MAX_LIST_DEPTH))

    def _group(self, node: Node) -> list[Block]:
        """``::: side-by-side`` or ``::: stages``: a list (or paragraphs) of pictures with
        captions. Anything else inside is shown after the group, with a note."""
        kind: GroupKind = "stages" if node.type == "container_stages" else "side-by-side"
        items: list[Row] = []
        after: list[Block] = []
        for child in node.children:
            for block in self._block(child, depth=0):
                if isinstance(block, Row):
                    items.append(block)
                elif isinstance(block, ListBlock):
                    items.extend(r for r in block.items if isinstance(r, Row))
                    if any(isinstance(r, ListBlock) for r in block.items):
                        self.report(Diagnostic("a list inside a picture group is left out",
                                               block.loc, "give each picture one short caption"))
                else:
                    self.report(Diagnostic(
                        f"a ::: {kind} group can hold pictures with captions only; this part "
                        "is shown after the group", block.loc))
                    after.append(block)
        loc = self.loc(node)
        if not items:
            self.report(Diagnostic(f"this ::: {kind} group has no pictures", loc,
                                   "put one picture and its caption on each line, as a list"))
            return after
        if kind == "side-by-side" and len(items) > GROUP_ACROSS:
            self.report(Diagnostic(
                f"at most {GROUP_ACROSS} pictures fit side by side; the others go on a new line",
                items[GROUP_ACROSS].loc, "split the group in two, or use fewer pictures"))
        for item in items:
            if item.picture is None:
                self.report(Diagnostic("this caption has no picture", item.loc,
                                       "start the line with a picture, such as :home:"))
        if kind == "stages":  # stages are numbered in order, whatever the list's markers
            items = [Row(r.lines, r.loc, r.picture, f"{n}.") for n, r in enumerate(items, 1)]
        else:
            items = [Row(r.lines, r.loc, r.picture, None) for r in items]
        return [PictureGroup(kind, tuple(items), loc), *after]

    def _heading(self, node: Node) -> Heading:
        result = read_inline(_inline_token(node.children[0]), self.lines, self.file,
                             self._picture, self.report)
        loc = self.loc(node)
        if result.lines:
            runs = tuple(r for line in result.lines for r in line.runs)
            line = Line(runs, result.lines[0].loc)
        else:
            line = Line((), loc)
        if not line.text.strip():
            raise SourceError("this heading has no words", loc,
                              "write the heading after the # sign, or remove the line")
        return Heading(int(node.tag[1]), line, loc, self._anchor(line.text), result.picture)

    def _anchor(self, text: str) -> str:
        base = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
        base = re.sub(r"[^a-z0-9]+", "-", base.lower()).strip("-") or "section"
        anchor, n = base, 2
        while anchor in self.anchors:
            anchor, n = f"{base}-{n}", n + 1
        self.anchors.add(anchor)
        return anchor

    def _definitions(self, node: Node) -> None:
        term: tuple[str, Location] | None = None
        for child in node.children:
            if child.type == "dt":
                inline = child.children[0]
                text = "".join(t.content for t in _inline_token(inline).children or ()
                               if t.type in ("text", "code_inline")).strip()
                term = (text, self.loc(child))
            elif child.type == "dd" and term is not None:
                lines: list[Line] = []
                for para in child.children:
                    row = self._row(para, None) if para.type == "paragraph" else None
                    if row:
                        lines.extend(row.lines)
                last = self.hard_words[-1] if self.hard_words else None
                if last is not None and last.loc == term[1]:
                    # A second ": explanation" line adds to the same word.
                    lines = [*last.explanation, *lines]
                    self.hard_words.pop()
                self.hard_words.append(HardWord(term[0], tuple(lines), term[1]))

    def _code(self, node: Node) -> Row:
        first = (node.map[0] + (1 if node.type == "fence" else 0)) if node.map else 0
        lines = tuple(
            Line((Run(text, 1, code=True),), Location(self.file, first + i + 1, 1))
            for i, text in enumerate(node.content.rstrip("\n").split("\n"))
            if text.strip()
        )
        return Row(lines, self.loc(node))


def _inline_token(node: Node) -> Token:
    """The ``inline`` Token behind a tree node."""
    assert node.token is not None
    return node.token


def _is_word_list(title: str) -> bool:
    return title.strip().lower().rstrip(":") in WORD_LIST_TITLES


def _all_unknown(unknown: list[tuple[str, SourceError]]) -> SourceError:
    """One error, at the first unknown picture, that names every unknown picture."""
    first = unknown[0][1]
    if len(unknown) == 1:
        return first
    others = [
        f"{ref!r} at line {error.loc.line}" + (f" ({error.hint})" if error.hint else "")
        for ref, error in unknown[1:]
    ]
    message = first.message + (f" ({first.hint})" if first.hint else "")
    message += "; there is also no picture called " + ", ".join(others)
    return SourceError(message, first.loc)
