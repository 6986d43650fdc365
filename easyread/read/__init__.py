"""Read annotated Markdown into a :class:`~easyread.model.Document`.

``parse(text)`` reads a string, ``load(path)`` a file. Mistakes in the source raise
:class:`~easyread.errors.SourceError` at their ``file:line:col``; problems that do
not stop a build go to `report`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from easyread.errors import Reporter, SourceError, ignore
from easyread.location import Location
from easyread.model import Document, Meta
from easyread.pictures.library import PictureLibrary, bundled_sets
from easyread.read.frontmatter import read_front_matter
from easyread.read.group import group_members
from easyread.read.markdown import parser
from easyread.read.model_builder import BodyBuilder
from easyread.read.pictures import PictureResolver, picture_folder
from easyread.read.source import decode, normalise
from easyread.read.tree import block_tree
from easyread.review import attach_review

if TYPE_CHECKING:
    from markdown_it.token import Token

__all__ = ["load", "parse", "parse_with_tokens"]


def load(
    path: str | Path,
    *,
    picture_dirs: Sequence[str | Path] = (),
    picture_set: str | None = None,
    report: Reporter = ignore,
) -> Document:
    """Read the Markdown file at `path`. `picture_dirs` are extra folders of the user's pictures;
    `picture_set` (from the command line) replaces the front matter's ``style: picture_set``."""
    source = Path(path)
    try:
        data = source.read_bytes()
    except FileNotFoundError:
        raise SourceError(f"cannot find the file {str(path)!r}", Location(str(path), 1, 1),
                          "check the file name and the folder") from None
    except IsADirectoryError:
        raise SourceError(f"{str(path)!r} is a folder, not a file", Location(str(path), 1, 1),
                          "give the booklet's .md file") from None
    except OSError as exc:
        raise SourceError(f"cannot read the file: {exc.strerror}",
                          Location(str(path), 1, 1)) from None
    text = decode(data, str(path))
    return parse(text, base_dir=source.parent, source=source, picture_dirs=picture_dirs,
                 picture_set=picture_set, report=report)


def parse(
    text: str,
    *,
    base_dir: str | Path = ".",
    source: str | Path | None = None,
    picture_dirs: Sequence[str | Path] = (),
    picture_set: str | None = None,
    report: Reporter = ignore,
) -> Document:
    """Read annotated Markdown `text`; relative picture paths are found under `base_dir`."""
    return parse_with_tokens(text, base_dir=base_dir, source=source, picture_dirs=picture_dirs,
                             picture_set=picture_set, report=report)[0]


def parse_with_tokens(
    text: str,
    *,
    base_dir: str | Path = ".",
    source: str | Path | None = None,
    picture_dirs: Sequence[str | Path] = (),
    picture_set: str | None = None,
    report: Reporter = ignore,
) -> tuple[Document, list[Token]]:
    """:func:`parse`, also giving markdown-it's tokens of ``normalise(text)``, for the studio,
    which maps rows back to their source lines without parsing the text a second time."""
    file = str(source) if source is not None else "<text>"
    folder = Path(base_dir)
    text = normalise(text)
    lines = text.split("\n")
    _check_nesting(lines, file)
    tokens = parser().parse(text)
    front = next((t for t in tokens if t.type == "front_matter"), None)
    if front is None and lines and lines[0].strip() == "---":
        raise SourceError("the front matter has no closing --- line", Location(file, 1, 1),
                          "put a line with just --- after the last 'key: value' line")
    # Without front matter this raises "the booklet needs a title".
    matter = read_front_matter(front.content if front else "", 2, file, folder, report)
    given = tuple(picture_folder(Path(d), Location(str(d), 1, 1), str(d)) for d in picture_dirs)
    extra = given + matter.picture_dirs
    style = matter.style
    if picture_set is not None:
        style = replace(style, picture_set=picture_set)
    _check_set(style.picture_set, matter.key_locs.get("style.picture_set", matter.loc),
               picture_set is not None)
    library = PictureLibrary(extra, picture_set=style.picture_set, people=style.people)
    resolver = PictureResolver(library, folder, extra)
    for picture_dir in extra:  # a mistake in a folder's descriptions file stops here
        library.descriptions(picture_dir)
    cover_loc = matter.key_locs.get("cover", matter.loc)
    cover = resolver.by_reference(matter.cover_ref, cover_loc) if matter.cover_ref else None
    logo_loc = matter.key_locs.get("logo", matter.loc)
    logo = resolver.by_reference(matter.logo_ref, logo_loc) if matter.logo_ref else None
    group = matter.values["group"]
    members = group_members(group, resolver.by_reference) if group is not None else ()
    body = BodyBuilder(lines, file, resolver, report).build(block_tree(tokens))
    if not body.sections and not body.hard_words:
        end = Location(file, max(1, len(lines) - 1 if lines[-1] == "" else len(lines)), 1)
        raise SourceError("the booklet has no text yet", end,
                          "write the first row under the front matter")
    values = matter.values
    meta = Meta(
        title=values["title"],
        loc=matter.loc,
        language=values["language"],
        subtitle=values["subtitle"],
        author=values["author"],
        date=values["date"],
        cover=cover,
        logo=logo,
        organisation=values["organisation"],
        full_version=values["full_version"],
        checked_by=values["checked_by"],
        picture_dirs=extra,
        check=values["check"],
        word_list_title=body.word_list_title,
        voice=values["voice"],
        voice_loc=matter.key_locs.get("voice"),
        say=values["say"],
        back_cover=values["back_cover"],
        group=members,
        group_title=group.title if group is not None else "",
    )
    doc = Document(meta, style, tuple(body.sections), tuple(body.hard_words),
                   Path(source) if source is not None else None)
    return attach_review(doc), tokens


def _check_set(name: str, loc: Location, given: bool) -> None:
    if name not in bundled_sets():
        where = "--picture-set" if given else "picture_set"
        raise SourceError(f"there is no picture set called {name!r}",
                          Location("<command line>", 1, 1) if given else loc,
                          f"for {where} use one of: " + ", ".join(bundled_sets()))


MAX_NESTING = 40
"""Deepest nesting of lists and boxes read; deeper would overflow the page and the parser."""


def _check_nesting(lines: list[str], file: str) -> None:
    for number, line in enumerate(lines, start=1):
        stripped = line.lstrip(" >")
        prefix = line[: len(line) - len(stripped)]
        quotes = prefix.count(">")
        depth = quotes + max(0, prefix.count(" ") - quotes) // 2  # "> " is one level
        if depth > MAX_NESTING:
            raise SourceError(
                f"this line is nested {depth} levels deep; easyread reads up to {MAX_NESTING}",
                Location(file, number, 1),
                "use fewer spaces or > signs at the start of the line",
            )
