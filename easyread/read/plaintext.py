"""Turn plain text into a Document, for measuring the checker on text with no Markdown.

One Row per paragraph (lines split by blank lines), one Line per source line. ``**bold**``
runs become hard-word runs. A one-line paragraph that looks like a title becomes a heading,
and the paragraphs under a "Word list" heading become the word list. Lines that are only
page numbers ("Page 3 of 23", "12") are dropped: PDF text extraction leaves them behind.
"""

from __future__ import annotations

import re
from pathlib import Path

from easyread.checker.profile import is_contact_heading, profile_for
from easyread.location import Location
from easyread.model import Document, HardWord, Heading, Line, Meta, Row, Run, Section
from easyread.style import Style

__all__ = ["document_from_text", "load_text"]

_PAGE = re.compile(r"^\s*(?:page\s+\d+(?:\s+of\s+\d+)?|\d{1,3})\s*$", re.IGNORECASE)
_BOLD = re.compile(r"\*\*(.+?)\*\*")


def _line(text: str, number: int, file: str) -> Line:
    runs: list[Run] = []
    position = 0
    for match in _BOLD.finditer(text):
        if match.start() > position:
            runs.append(Run(text[position : match.start()], position + 1))
        runs.append(Run(match.group(1), match.start(1) + 1, strong=True))
        position = match.end()
    if position < len(text) or not runs:
        runs.append(Run(text[position:], position + 1))
    return Line(tuple(runs), Location(file, number, 1))


def _plain(line: Line) -> str:
    return line.text.strip()


def _is_title(lines: list[Line]) -> bool:
    """A one-line paragraph of up to 10 words: all bold, or capitalised with no full stop.

    A paragraph of up to 3 lines that are all bold, up to 15 words, is a title too.
    """
    runs_all = [run for line in lines for run in line.runs if run.text.strip()]
    words = sum(len(line.text.split()) for line in lines)
    if 1 < len(lines) <= 3 and runs_all and all(r.strong for r in runs_all) and words <= 15:
        return True
    if len(lines) != 1:
        return False
    runs = [run for run in lines[0].runs if run.text.strip()]
    text = _plain(lines[0])
    if not runs or not 0 < len(text.split()) <= 15 or not text[0].isupper():
        return False
    if all(run.strong for run in runs):
        return True
    if len(text.split()) > 10:
        return False
    return not text.endswith((".", ",", ";", ":")) and not any(run.strong for run in runs)


def document_from_text(text: str, file: str = "<text>", language: str = "en-GB") -> Document:
    """Build a Document from plain `text`; `file` names it in findings."""
    paragraphs: list[list[Line]] = []
    current: list[Line] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip() or _PAGE.match(raw.replace("*", "")):
            if current and not raw.strip():
                paragraphs.append(current)
                current = []
            continue
        current.append(_line(raw.rstrip(), number, file))
    if current:
        paragraphs.append(current)
    sections: list[Section] = []
    heading: Heading | None = None
    blocks: list[Row] = []
    hard_words: list[HardWord] = []
    in_word_list = False
    profile = profile_for(language)
    word_list = profile.word_list_headings
    contact_headings = profile.options("DOC-CONTACT").get("headings", ())
    term: Line | None = None
    explanation: list[Line] = []

    def close_term() -> None:
        nonlocal term, explanation
        if term is not None:
            hard_words.append(HardWord(_plain(term), tuple(explanation), term.loc))
        term, explanation = None, []

    def open_section(line: Line) -> None:
        nonlocal heading, blocks
        if heading is not None or blocks:
            loc = heading.loc if heading is not None else blocks[0].loc
            sections.append(Section(heading, tuple(blocks), loc))
        heading = Heading(1, line, line.loc, f"s{len(sections) + 1}")
        blocks = []

    for lines in paragraphs:
        first = lines[0]
        title = _plain(first).lower()
        if title in word_list:
            close_term()
            open_section(first)
            in_word_list = True
            continue
        if in_word_list:
            if _is_title(lines) and is_contact_heading(title, contact_headings):
                close_term()
                in_word_list = False
                open_section(first)
            elif _is_title(lines) and all(run.strong for run in first.runs if run.text.strip()):
                close_term()
                term = first
            elif term is not None:
                explanation.extend(lines)
            continue
        if _is_title(lines):
            open_section(first)
            continue
        blocks.append(Row(tuple(lines), first.loc))
    close_term()
    if heading is not None or blocks:
        sections.append(Section(heading, tuple(blocks), heading.loc if heading else blocks[0].loc))
    title = _plain(paragraphs[0][0]) if paragraphs else ""
    meta = Meta(title=title[:80], loc=Location(file, 1, 1), language=language)
    return Document(meta, Style(), tuple(sections), tuple(hard_words))


def load_text(path: Path, language: str = "en-GB") -> Document:
    """Read the plain-text file at `path` into a Document."""
    return document_from_text(path.read_text("utf-8"), str(path), language)
