"""Print a :class:`Draft` as easyread Markdown, noting which line each check is about."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import assert_never

import yaml

from easyread.importers.draft import (
    Box,
    Draft,
    DraftBlock,
    DraftHeading,
    DraftPicture,
    DraftRow,
    Group,
    Segment,
)
from easyread.importers.pictures import SavedPicture
from easyread.importers.text import markdown_line

__all__ = ["write_markdown"]

_LIST_INDENT = 4
"""Spaces before a nested list item: enough for any parent label up to ``99.``."""


@dataclass
class _Out:
    folder: str
    saved: dict[str, SavedPicture]
    problems: dict[str, str]
    lines: list[str] = field(default_factory=list)
    notes: list[tuple[int, str]] = field(default_factory=list)
    list_depth: int = -1

    def note(self, message: str | None, line: int | None = None) -> None:
        if message:
            self.notes.append((line or len(self.lines) + 1, message))

    def picture(self, picture: DraftPicture | None) -> str:
        """The Markdown for `picture`, with a note when it has no description or no file."""
        if picture is None:
            return ""
        if picture.part in self.problems:
            self.note(self.problems[picture.part])
            return ""
        saved = self.saved[picture.part]
        if not picture.alt:
            self.note(f"the picture {saved.name} has no description: write what it shows "
                      "between the square brackets")
        alt = picture.alt.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")
        alt = " ".join(alt.split())
        return f"![{alt}]({self.folder}/{saved.name}) "


def write_markdown(draft: Draft, folder: str, saved: dict[str, SavedPicture],
                   problems: dict[str, str]) -> tuple[str, list[tuple[int, str]]]:
    """The Markdown text of `draft` and its notes as (line, message), pictures in `folder`."""
    out = _Out(folder, saved, problems)
    out.lines += ["---", *_front_matter(draft, out).splitlines(), "---"]
    for message in draft.notes:
        out.note(message, 1)
    for block in draft.blocks:
        _block(block, out)
    if draft.word_list:
        out.lines += ["", f"# {markdown_line((_plain(draft.word_list_title or 'Hard words'),))}"]
        for entry in draft.word_list:
            out.lines += ["", markdown_line((_plain(entry.term),))]
            out.lines += [f": {markdown_line(line)}" for line in entry.explanation]
    return "\n".join(out.lines) + "\n", out.notes


def _plain(text: str) -> Segment:
    return Segment(text)


def _front_matter(draft: Draft, out: _Out) -> str:
    meta: dict[str, object] = {"title": draft.title}
    for key in ("subtitle", "date", "language", "author", "organisation", "full_version"):
        value = getattr(draft, key)
        if value:
            meta[key] = value
    cover = out.picture(draft.cover).strip()
    if draft.cover_name:
        meta["cover"] = draft.cover_name
    elif cover:
        meta["cover"] = cover[cover.index("(") + 1:-1]
        out.note("the cover picture is a file, and a cover file cannot have a description "
                 "yet, so 'easyread check' asks for one: if a picture from the library fits, "
                 "name it instead ('easyread pictures search WORDS')")
    logo = out.picture(draft.logo).strip() if draft.logo is not None else ""
    if logo:
        meta["logo"] = logo  # a picture with its description, as the front matter takes it
    if draft.checked_by:
        meta["checked_by"] = list(draft.checked_by)
    if draft.back_cover is not None:
        meta["back_cover"] = {"contact": draft.back_cover} if draft.back_cover else True
    dumped: str = yaml.safe_dump(meta, sort_keys=False, allow_unicode=True, width=1000)
    return dumped.strip()


def _block(block: DraftBlock, out: _Out) -> None:
    match block:
        case DraftHeading():
            out.list_depth = -1
            out.lines.append("")
            out.note(block.note)
            text = markdown_line(block.text)
            out.lines.append(f"{'#' * block.level} {out.picture(block.picture)}{text}".rstrip())
        case DraftRow():
            _row(block, out, prefix="")
        case Box():
            out.list_depth = -1
            for index, row in enumerate(block.rows):
                _row(row, out, prefix="> ", gap=">" if index else "")
            out.list_depth = -1
        case Group():
            out.list_depth = -1
            out.lines += ["", f"::: {block.kind}"]
            for row in block.rows:
                _row(row, out, prefix="")
            out.lines.append(":::")
            out.list_depth = -1
        case _:
            assert_never(block)


def _row(row: DraftRow, out: _Out, prefix: str, gap: str = "") -> None:
    if row.label is None:
        out.list_depth = -1
        indent = ""
        out.lines.append(gap)
    else:
        depth = min(row.depth, out.list_depth + 1)
        if out.list_depth < 0:
            out.lines.append(gap)  # a list starts after a blank line; its items follow
        out.list_depth = depth
        indent = " " * (_LIST_INDENT * depth)
    picture = out.picture(row.picture)
    out.note(row.note)
    if not row.lines and not picture:
        if out.lines and out.lines[-1] == gap:
            out.lines.pop()
        return
    texts = [markdown_line(line) for line in row.lines] or [""]
    label = "" if row.label is None else f"{row.label} "
    out.lines.append(f"{prefix}{indent}{label}{picture}{texts[0]}".rstrip())
    hang = " " * len(label)
    out.lines += [f"{prefix}{indent}{hang}{text}" for text in texts[1:]]
