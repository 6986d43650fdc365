"""Read the YAML front matter into Meta and Style, with each problem at its key's line."""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

import yaml

from easyread.errors import Diagnostic, Reporter, SourceError
from easyread.location import Location
from easyread.model import BackCover
from easyread.read.group import read_group
from easyread.read.pictures import picture_folder
from easyread.style import Style, StyleError, style_keys

__all__ = ["KEYS", "FrontMatter", "read_front_matter"]

KEYS = (
    "title", "subtitle", "language", "author", "date", "cover", "full_version",
    "checked_by", "pictures", "style", "check", "voice", "say", "back_cover", "logo",
    "organisation", "group",
)  # fmt: skip

_LANGUAGE = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")


@dataclass(frozen=True, slots=True)
class FrontMatter:
    """The checked values of the front matter, before pictures are resolved."""

    values: Mapping[str, Any]
    style: Style
    picture_dirs: tuple[Path, ...]
    cover_ref: str | None
    logo_ref: str | None
    loc: Location
    key_locs: Mapping[str, Location]


def _load(text: str) -> tuple[Any, yaml.Node | None]:
    """The YAML's data and its node tree, from one pass (what yaml.safe_load does, keeping
    the nodes, which know each key's line)."""
    loader = yaml.SafeLoader(text)
    try:
        node = loader.get_single_node()
        return (loader.construct_document(node) if node is not None else None), node
    finally:
        loader.dispose()


_PICTURE_VALUE = re.compile(r"^(\s*)([\w-]+):\s*(!\[.*)$")


def _unquoted_picture(line: str, loc: Location) -> None:
    """A picture written as ``cover: ![What it shows](file.jpg)`` needs quotes in YAML, where
    a value starting with ``!`` means something else: say so, with the line to write."""
    found = _PICTURE_VALUE.match(line)
    if found:
        indent, key, value = found.groups()
        quoted = value.rstrip().replace("\\", "\\\\").replace('"', '\\"')
        raise SourceError(f"put the {key} picture in quotes", loc.at(column=len(indent) + 1),
                          f'write the line like this: {key}: "{quoted}"')


def _key_locations(node: yaml.Node | None, first_line: int, file: str) -> dict[str, Location]:
    """Where each key (``style.font_size`` for nested ones, ``group.0`` for a list's first
    item) sits in the file."""
    found: dict[str, Location] = {}
    seen: set[int] = set()

    def walk(mapping: yaml.Node, prefix: str) -> None:
        # A node reached again through an alias (``*x``) is not walked again: an alias inside
        # itself would never end, and aliases of aliases grow as fast as a billion laughs.
        if id(mapping) in seen:
            return
        seen.add(id(mapping))
        _walk(mapping, prefix)

    def _walk(mapping: yaml.Node, prefix: str) -> None:
        if isinstance(mapping, yaml.SequenceNode):
            # A list's items by their number from 0 (``group.members.1``): each group
            # member's row needs a place of its own.
            for index, item in enumerate(mapping.value):
                mark = item.start_mark
                found[f"{prefix}{index}"] = Location(file, first_line + mark.line,
                                                     mark.column + 1)
                walk(item, f"{prefix}{index}.")
            return
        if not isinstance(mapping, yaml.MappingNode):
            return
        for key, value in mapping.value:
            name = f"{prefix}{key.value}"
            mark = key.start_mark
            found[name] = Location(file, first_line + mark.line, mark.column + 1)
            walk(value, name + ".")

    if node is not None:
        walk(node, "")
    return found


def read_front_matter(
    text: str, first_line: int, file: str, base_dir: Path, report: Reporter
) -> FrontMatter:
    """Parse front matter `text` whose first YAML line is `first_line` of `file`."""
    start = Location(file, max(1, first_line - 1), 1)
    try:
        data, node = _load(text) if text.strip() else ({}, None)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        loc = Location(file, first_line + mark.line, mark.column + 1) if mark else start
        lines = text.split("\n")
        if mark and mark.line < len(lines):
            _unquoted_picture(lines[mark.line], loc)
        problem = getattr(exc, "problem", None) or "it is not valid"
        raise SourceError(
            f"the front matter cannot be read: {problem}",
            loc,
            "each line should look like 'key: value'; put text with a colon in quotes",
        ) from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise SourceError(
            "the front matter must be a list of 'key: value' lines",
            start.at(line=first_line),
            "for example 'title: Going to the dentist'",
        )
    locs = _key_locations(node, first_line, file)

    def where(key: str) -> Location:
        return locs.get(key, start)

    for key in data:
        if str(key) not in KEYS:
            near = difflib.get_close_matches(str(key), KEYS, n=1)
            report(
                Diagnostic(
                    f"unknown front matter key {str(key)!r} is ignored",
                    where(str(key)),
                    f"did you mean {near[0]!r}?" if near else "known keys: " + ", ".join(KEYS),
                )
            )
    values: dict[str, Any] = {}
    values["title"] = _text(data, "title", where, required=True)
    for key in ("subtitle", "author", "date", "full_version", "organisation"):
        values[key] = _text(data, key, where)
    language = _text(data, "language", where) or "en-GB"
    if not _LANGUAGE.match(language):
        raise SourceError(
            f"language {language!r} is not a language code", where("language"),
            "use a code like en-GB, en, cy, de or fr",
        )
    values["language"] = language
    values["checked_by"] = _names(data.get("checked_by"), where("checked_by"))
    check = data.get("check") or {}
    if not isinstance(check, dict):
        raise SourceError("check must be a list of settings", where("check"))
    values["check"] = MappingProxyType(check)
    values["voice"] = _voice(_text(data, "voice", where), base_dir)
    values["say"] = _say(data.get("say"), where)
    values["back_cover"] = _back_cover(data.get("back_cover"), where)
    values["group"] = read_group(data.get("group"), where)
    return FrontMatter(
        values=values,
        style=_style(data.get("style"), where, report),
        picture_dirs=_folders(data.get("pictures"), base_dir, where("pictures")),
        cover_ref=_cover(data.get("cover"), where("cover")),
        logo_ref=_cover(data.get("logo"), where("logo"), "logo"),
        loc=start,
        key_locs=MappingProxyType(locs),
    )


def _text(
    data: dict[str, Any], key: str, where: Callable[[str], Location], required: bool = False
) -> str:
    value = data.get(key)
    if value is None or value == "":
        if required:
            raise SourceError(
                f"the booklet needs a {key}",
                where(key),
                f"add '{key}: ...' to the front matter between the --- lines at the top",
            )
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        return str(value).strip()
    raise SourceError(f"{key} must be text", where(key))


def _names(value: Any, loc: Location) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value.strip(),)
    if isinstance(value, list) and all(isinstance(v, str | int) for v in value):
        return tuple(str(v).strip() for v in value if str(v).strip())
    raise SourceError("checked_by must be a list of names", loc, "write one '- Name' per line")


def _folders(value: Any, base_dir: Path, loc: Location) -> tuple[Path, ...]:
    if value is None:
        return ()
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not all(isinstance(v, str) for v in items):
        raise SourceError("pictures must be a list of folders", loc)
    return tuple(picture_folder((base_dir / item).resolve(), loc, item) for item in items)


def _voice(value: str, base_dir: Path) -> str:
    """An espeak-ng voice name as it is; a Piper voice file relative to the booklet."""
    return str((base_dir / value).resolve()) if value.lower().endswith(".onnx") else value


def _say(value: Any, where: Callable[[str], Location]) -> Mapping[str, str]:
    """The pronunciation table: each written word and the words the voice says for it."""
    if value is None:
        return MappingProxyType({})
    example = "for example 'NHS: N H S' on an indented line under 'say:'"
    if not isinstance(value, dict):
        raise SourceError("say must be a list of words and how to say them",
                          where("say"), example)
    table: dict[str, str] = {}
    for written, spoken in value.items():
        loc = where(f"say.{written}")
        if not isinstance(written, str | int) or not str(written).strip():
            raise SourceError("each word in say needs some letters", loc, example)
        if not isinstance(spoken, str | int | float) or isinstance(spoken, bool) \
                or not str(spoken).strip():
            raise SourceError(f"say: write how to say {str(written)!r} after its colon",
                              loc, example)
        table[str(written).strip()] = str(spoken).strip()
    return MappingProxyType(table)


def _back_cover(value: Any, where: Callable[[str], Location]) -> BackCover | None:
    """``back_cover: true``, or the contact lines (a list, or ``contact:`` under it)."""
    hint = ("write 'back_cover: true', or list your contact details on indented lines "
            "starting with '- ', under 'back_cover:'")
    loc = where("back_cover")
    if value is None or value is False:
        return None
    if value is True:
        return BackCover()
    if isinstance(value, dict):
        unknown = [str(key) for key in value if key != "contact"]
        if unknown:
            raise SourceError(f"back_cover has no setting {unknown[0]!r}",
                              where(f"back_cover.{unknown[0]}"),
                              "the only setting is 'contact:', a list of lines")
        value = value.get("contact") or []
    if isinstance(value, str):
        value = [value]
    if isinstance(value, list) and any(isinstance(line, dict) for line in value):
        raise SourceError("a back_cover line with a colon needs quotes", loc,
                          'for example - "Phone: 0113 496 0000"')
    if not isinstance(value, list) or not all(
            isinstance(line, (str, int)) and not isinstance(line, bool) for line in value):
        raise SourceError("back_cover must be 'true' or a list of contact details", loc, hint)
    return BackCover(tuple(str(line).strip() for line in value if str(line).strip()))


def _cover(value: Any, loc: Location, key: str = "cover") -> str | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise SourceError(f"{key} must be a picture name or a file", loc,
                          f"for example '{key}: hospital' or '{key}: pictures/front.png'")
    return value


def _style(value: Any, where: Callable[[str], Location], report: Reporter) -> Style:
    if value is None:
        return Style()
    if not isinstance(value, dict):
        raise SourceError("style must be a list of settings", where("style"),
                          "for example 'font_size: 18' on an indented line under 'style:'")
    known = style_keys()
    for key in list(value):
        if str(key) not in known:
            near = difflib.get_close_matches(str(key), known, n=1)
            report(Diagnostic(
                f"unknown style setting {str(key)!r} is ignored",
                where(f"style.{key}"),
                f"did you mean {near[0]!r}?" if near else "known settings: " + ", ".join(known),
            ))
            value = {k: v for k, v in value.items() if k != key}
    try:
        return Style.from_mapping(value)
    except StyleError as exc:
        # A setting the user did not write (a too-big default picture on A5) is shown at
        # the style: line.
        key = f"style.{exc.key}" if exc.key.split(".")[0] in value else "style"
        raise SourceError(exc.message, where(key), exc.hint) from None

