"""Turn one paragraph's inline tokens into lines of runs, with the columns they came from."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from markdown_it.token import Token

from easyread.errors import Diagnostic, Reporter
from easyread.location import Location
from easyread.model import Line, Picture, Run
from easyread.read.pictures import NAME

__all__ = ["InlineResult", "read_inline"]


@dataclass(slots=True)
class InlineResult:
    """The lines of a paragraph and the picture it starts with, if any."""

    lines: list[Line] = field(default_factory=list)
    picture: Picture | None = None


@dataclass(slots=True)
class _Cursor:
    """Where the next run's text is searched for in one source line."""

    raw: str
    pos: int = 0

    def column(self, text: str) -> int:
        found = self.raw.find(text, self.pos) if text else -1
        if found < 0:
            return self.pos + 1
        self.pos = found + len(text)
        return found + 1


def read_inline(
    token: Token,
    source_lines: Sequence[str],
    file: str,
    pictures: Callable[[str, str, str, Location], Picture],
    report: Reporter,
) -> InlineResult:
    """Read `token` (an ``inline`` token with a line map) into lines.

    `pictures(kind, ref, alt, loc)` resolves a picture; kind is "name" or "path".
    """
    first = token.map[0] if token.map else 0
    result = InlineResult()
    runs: list[Run] = []
    index = 0
    cursor = _cursor(source_lines, first, 0)
    strong = emphasis = 0
    link: str | None = None
    at_start = True

    def close_line() -> None:
        nonlocal runs
        if any(not r.text.isspace() for r in runs if r.text):
            runs[0] = _strip_start(runs[0])
            runs[-1] = _strip_end(runs[-1])
            loc = Location(file, first + index + 1, runs[0].column)
            result.lines.append(Line(tuple(r for r in runs if r.text), loc))
        runs = []

    for child in token.children or ():
        kind = child.type
        if kind in ("softbreak", "hardbreak"):
            close_line()
            index += 1
            cursor = _cursor(source_lines, first, index)
            continue
        if kind == "image":
            src = str(child.attrs.get("src", ""))
            loc = Location(file, first + index + 1, cursor.column("![") or 1)
            if at_start and result.picture is None:
                alt = "".join(t.content for t in child.children or () if t.type == "text")
                result.picture = pictures("path", src, alt or child.content, loc)
                continue
            report(Diagnostic("a row can show one picture; this extra picture is left out",
                              loc, "put each picture at the start of its own row"))
            continue
        if kind == "text":
            text = child.content
            if at_start and result.picture is None and not runs:
                match = NAME.match(text.lstrip())
                if match:
                    loc = Location(file, first + index + 1, cursor.column(match.group(0)))
                    result.picture = pictures("name", match.group(1), "", loc)
                    text = text.lstrip()[match.end() :]
                    if not text.strip():
                        continue
            if text:
                runs.append(Run(text, cursor.column(text), strong=strong > 0,
                                emphasis=emphasis > 0, link=link))
                if text.strip():
                    at_start = False
        elif kind == "code_inline":
            runs.append(Run(child.content, cursor.column(child.content), code=True, link=link))
            at_start = False
        elif kind == "strong_open":
            strong += 1
        elif kind == "strong_close":
            strong -= 1
        elif kind == "em_open":
            emphasis += 1
        elif kind == "em_close":
            emphasis -= 1
        elif kind == "link_open":
            link = str(child.attrs.get("href", ""))
        elif kind == "link_close":
            link = None
        # html_inline (comments and tags) is not part of the booklet's text.
    close_line()
    return result


def _cursor(source_lines: Sequence[str], first: int, index: int) -> _Cursor:
    number = first + index
    raw = source_lines[number] if number < len(source_lines) else ""
    return _Cursor(raw)


def _strip_start(run: Run) -> Run:
    text = run.text.lstrip()
    if text == run.text:
        return run
    return Run(text, run.column + len(run.text) - len(text), run.strong, run.emphasis,
               run.code, run.link)


def _strip_end(run: Run) -> Run:
    text = run.text.rstrip()  # the same characters as the regular expression \s
    if text == run.text:
        return run
    return Run(text, run.column, run.strong, run.emphasis, run.code, run.link)
