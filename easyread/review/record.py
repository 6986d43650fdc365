"""The review file, ``FILE.review.yaml``: what readers said about each row.

It is written for people as well as for easyread: one entry a row, under the row's key,
in reading order, with the row's words, each answer (who, what, when, the comment) and
the hard words picked, so a change shows as a few lines in version control::

    rows:
      we-meet-on-monday:
        text: We meet on Monday.
        answers:
        - reviewer: Sam
          answer: understand
          date: '2026-12-07T14:05:00Z'
          words: 5d41402abc4b
        hard_words:
        - word: meet
          reviewer: Ana
          date: '2026-12-07T14:06:00Z'

``words`` is a fingerprint of the row's words when the answer was given: an answer whose
fingerprint no longer matches was given before the row changed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from easyread.errors import SourceError
from easyread.location import Location
from easyread.model import HardWordPick, RecordingNote

__all__ = ["ANSWERS", "Answer", "HardWordPick", "RecordingNote", "RowRecord",
           "dump_record", "load_record"]

ANSWERS = ("understand", "not-sure")
"""What a reader can say about a row: "I understand" or "Not sure"."""

_HINT = "fix that line, or remove the file to start the review again"


@dataclass(frozen=True, slots=True)
class Answer:
    """One reader's answer about one row."""

    reviewer: str
    answer: str
    date: str
    words: str
    """The fingerprint of the row's words when the answer was given."""
    comment: str = ""


@dataclass(frozen=True, slots=True)
class RowRecord:
    """Everything said about one row."""

    text: str = ""
    """The row's words when it was last reviewed: finds the row again after its first line
    (and so its key) changes."""
    answers: tuple[Answer, ...] = ()
    hard_words: tuple[HardWordPick, ...] = ()
    recording: RecordingNote | None = None


def load_record(path: Path) -> dict[str, RowRecord]:
    """The rows of the review file at `path` by key; none if there is no file yet."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError) as exc:
        raise SourceError(f"the review file cannot be read: {exc}",
                          Location(str(path), 1, 1), _HINT) from None
    file = str(path)
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        loc = Location(file, mark.line + 1, mark.column + 1) if mark else Location(file)
        problem = getattr(exc, "problem", None) or "it is not valid YAML"
        raise SourceError(f"the review file cannot be read: {problem}", loc, _HINT) from None
    if root is None:
        return {}
    top = _mapping(root, file, "the review file")
    unknown = [k for k in top if k != "rows"]
    if unknown:
        raise _error(top[unknown[0]][0], file, f"unknown key '{unknown[0]}' (only 'rows')")
    if "rows" not in top:
        return {}
    rows = _mapping(top["rows"][1], file, "'rows'")
    return {key: _row(value, file) for key, (_, value) in rows.items()}


def dump_record(rows: dict[str, RowRecord], booklet_name: str) -> bytes:
    """The review file's text for `rows`, in the order given."""
    data: dict[str, Any] = {}
    for key, row in rows.items():
        entry: dict[str, Any] = {"text": row.text}
        if row.answers:
            entry["answers"] = [_plain(answer, ("reviewer", "answer", "comment", "date",
                                                "words")) for answer in row.answers]
        if row.hard_words:
            entry["hard_words"] = [_plain(pick, ("word", "reviewer", "date"))
                                   for pick in row.hard_words]
        if row.recording is not None:
            entry["recording"] = _plain(row.recording, ("file", "reviewer", "date", "words"))
        data[key] = entry
    head = (f"# What readers said about each row of {booklet_name}.\n"
            "# easyread review and the studio's review mode write this file;"
            " keep it with the booklet.\n")
    body: str = yaml.dump({"rows": data}, Dumper=_Dumper, sort_keys=False, allow_unicode=True,
                     width=1000, default_flow_style=False)
    return (head + body).encode("utf-8")


def _plain(item: Any, fields: tuple[str, ...]) -> dict[str, str]:
    # Empty comments are left out: a person reads fewer lines.
    return {name: getattr(item, name) for name in fields if getattr(item, name) != ""}


class _Dumper(yaml.SafeDumper):  # type: ignore[misc]  # PyYAML has no types
    """Rows of several lines are written as they read, one line under another."""


def _text(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _text)


# Reading: every value is checked on its node, so a mistake is reported at its line.

_Nodes = dict[str, tuple[yaml.Node, yaml.Node]]


def _error(node: yaml.Node, file: str, message: str) -> SourceError:
    mark = node.start_mark
    return SourceError(f"the review file {message}",
                       Location(file, mark.line + 1, mark.column + 1), _HINT)


def _mapping(node: yaml.Node, file: str, what: str) -> _Nodes:
    if not isinstance(node, yaml.MappingNode):
        raise _error(node, file, f"needs 'key: value' lines in {what}")
    out: _Nodes = {}
    for key, value in node.value:
        name = _scalar(key, file, "a key")
        if name in out:
            raise _error(key, file, f"has '{name}' twice")
        out[name] = (key, value)
    return out


def _scalar(node: yaml.Node, file: str, what: str) -> str:
    if not isinstance(node, yaml.ScalarNode):
        raise _error(node, file, f"needs plain text for {what}")
    return str(node.value)


def _items(node: yaml.Node, file: str, what: str) -> list[yaml.Node]:
    if not isinstance(node, yaml.SequenceNode):
        raise _error(node, file, f"needs a list ('- ' lines) for {what}")
    return list(node.value)


def _fields(node: yaml.Node, file: str, what: str, required: tuple[str, ...],
            optional: tuple[str, ...] = ()) -> dict[str, str]:
    nodes = _mapping(node, file, what)
    for name, (key, _) in nodes.items():
        if name not in required + optional:
            raise _error(key, file, f"has an unknown key '{name}' in {what}")
    missing = [name for name in required if name not in nodes]
    if missing:
        raise _error(node, file, f"needs '{missing[0]}' in {what}")
    return {name: _scalar(value, file, f"'{name}'") for name, (_, value) in nodes.items()}


def _row(node: yaml.Node, file: str) -> RowRecord:
    nodes = _mapping(node, file, "a row")
    readers: dict[str, Callable[[yaml.Node], Any]] = {
        "text": lambda value: _scalar(value, file, "'text'"),
        "answers": lambda value: tuple(_answer(item, file)
                                       for item in _items(value, file, "'answers'")),
        "hard_words": lambda value: tuple(
            HardWordPick(**_fields(item, file, "a hard word", ("word", "reviewer", "date")))
            for item in _items(value, file, "'hard_words'")),
        "recording": lambda value: RecordingNote(**_fields(
            value, file, "'recording'", ("file", "reviewer", "date"), ("words",))),
    }
    values: dict[str, Any] = {}
    for name, (key, value) in nodes.items():
        if name not in readers:
            raise _error(key, file, f"has an unknown key '{name}' in a row")
        values[name] = readers[name](value)
    return RowRecord(**values)


def _answer(node: yaml.Node, file: str) -> Answer:
    values = _fields(node, file, "an answer", ("reviewer", "answer", "date"),
                     ("comment", "words"))
    if values["answer"] not in ANSWERS:
        place = _mapping(node, file, "an answer")["answer"][1]
        raise _error(place, file, f"has answer '{values['answer']}': it must be 'understand'"
                     " or 'not-sure'")
    values.setdefault("words", "")
    return Answer(**values)
