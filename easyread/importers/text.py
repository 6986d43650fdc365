"""Words from Word as easyread lines: one sentence per line, hard words bold, Markdown escaped."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

from easyread.importers.draft import Line, Segment

__all__ = ["join_segments", "line_text", "markdown_line", "split_sentences"]

_SENTENCE_END = re.compile(
    r"[.!?]+[\"'\u2019\u201d)\]]*\s+(?=[\"'\u2018\u201c(\[]?[A-Z0-9\u00C0-\u00DE])")
"""An end mark, then space, then what starts a sentence (a capital or a digit).

Easy read sentences are short and start with a capital, so this rarely splits wrongly; a
split after "Dr." shows up in the import and the group can join the line again."""
_SPACES = re.compile(r"\s+")
_ESCAPE = re.compile(r"([\\`*_\[\]<>])")
_PICTURE_NAME = re.compile(r":(?=[\w-]+:)")
_LIST_NUMBER = re.compile(r"^(\d+)([.)])(?=\s|$)")


def join_segments(segments: Iterable[Segment]) -> Line:
    """`segments` with spaces tidied and neighbours of the same look joined."""
    out: list[Segment] = []
    for seg in segments:
        text = _SPACES.sub(" ", seg.text)
        if not text:
            continue
        if out and (out[-1].bold, out[-1].link) == (seg.bold, seg.link):
            out[-1] = Segment(out[-1].text + text, seg.bold, seg.link)
        else:
            out.append(Segment(text, seg.bold, seg.link))
    if out:
        out[0] = Segment(out[0].text.lstrip(), out[0].bold, out[0].link)
        out[-1] = Segment(out[-1].text.rstrip(), out[-1].bold, out[-1].link)
    return tuple(seg for seg in out if seg.text)


def line_text(line: Line) -> str:
    """The plain words of `line`."""
    return "".join(seg.text for seg in line)


def split_sentences(line: Line) -> list[Line]:
    """`line` (a paragraph) cut into sentences, each keeping its bold words and links."""
    text = line_text(line)
    cuts = [match.end() for match in _SENTENCE_END.finditer(text)]
    if not cuts:
        return [line] if line else []
    sentences: list[Line] = []
    bounds = [0, *cuts, len(text)]
    for start, end in itertools.pairwise(bounds):
        pieces: list[Segment] = []
        at = 0
        for seg in line:
            left, right = max(start, at), min(end, at + len(seg.text))
            if left < right:
                pieces.append(Segment(seg.text[left - at:right - at], seg.bold, seg.link))
            at += len(seg.text)
        sentence = join_segments(pieces)
        if sentence:
            sentences.append(sentence)
    return sentences


def markdown_line(line: Line) -> str:
    """`line` as easyread Markdown: bold as ``**word**``, links as ``[words](address)``."""
    parts: list[str] = []
    for seg in line:
        text = _escape(seg.text)
        core = text.strip()
        if seg.link is not None and core:
            core = f"[{core}](<{seg.link.replace('>', '%3E')}>)"
        if seg.bold and core and any(ch.isalnum() for ch in core):
            core = f"**{core}**"
        if core:
            lead = text[: len(text) - len(text.lstrip())]
            trail = text[len(text.rstrip()):]
            parts.append(f"{lead}{core}{trail}")
        else:
            parts.append(text)
    # Words that would start a heading, list, box or explanation stay words.
    text = "".join(parts).strip()
    if text[:1] in ("#", ">", "+", "-", "=", ":"):
        return "\\" + text
    return _LIST_NUMBER.sub(r"\1\\\2", text, count=1)


def _escape(text: str) -> str:
    return _PICTURE_NAME.sub(r"\\:", _ESCAPE.sub(r"\\\1", text))
