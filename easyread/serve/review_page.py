"""Review mode: the booklet shown one row at a time to the readers it is for.

Each row has its picture and words, large; a Listen button; "I understand" and "Not sure";
its words as buttons (a reader taps a word that is hard, and taps it again to take it
off); and Record and Stop for the reader's own voice. What readers say goes to the review
record (easyread.review) through the studio's POST endpoints; the page itself only shows
the booklet.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import asdict, is_dataclass
from html import escape
from pathlib import Path
from typing import Any
from urllib.parse import quote

from easyread.model import Document, Row, iter_rows

__all__ = ["review_json", "review_page", "row_for_key"]

_WORD = re.compile(r"\S+")
_EDGE = re.compile(r"^[^\w]+|[^\w]+$")


def row_for_key(doc: Document, states: Sequence[Any], key: str) -> Row | None:
    """The row of `doc` whose review key is `key`, or None."""
    rows = {row.loc: row for row in iter_rows(doc)}
    for state in states:
        if state.key == key:
            return rows.get(state.loc)
    return None


def picture_url(row: Row, roots: Iterable[Path]) -> str | None:
    """Where the studio serves the row's picture, or None if it has none it may show."""
    picture = row.picture
    if picture is None:
        return None
    if picture.name:
        return "/picture/" + quote(picture.name)
    path = picture.path.resolve()
    for root in roots:
        if path.is_relative_to(root):
            return "/files/" + quote(path.relative_to(root).as_posix())
    return None


def _words(text: str) -> str:
    """The line's words as buttons a reader can press to say a word is hard."""
    parts = []
    for match in _WORD.finditer(text):
        shown = match.group(0)
        word = _EDGE.sub("", shown)
        if not word:
            parts.append(escape(shown))
            continue
        parts.append(f'<button type="button" class="review-word" data-review="word" '
                     f'data-word="{escape(word)}" aria-pressed="false" tabindex="-1">'
                     f"{escape(shown)}</button>")
    return " ".join(parts)


def _row_html(number: int, total: int, state: Any, row: Row, roots: Iterable[Path]) -> str:
    key = escape(state.key)
    url = picture_url(row, roots)
    picture = ""
    if url is not None and row.picture is not None:
        picture = (f'<div class="review-pic"><img src="{escape(url)}" '
                   f'alt="{escape(row.picture.alt)}"></div>')
    lines = "".join(f'<p class="review-line">{_words(line.text)}</p>' for line in row.lines)
    # The words are one stop for the Tab key, like a toolbar: the arrow keys move between
    # them, so a keyboard user does not tab through every word of every row.
    lines = lines.replace('tabindex="-1"', 'tabindex="0"', 1)
    title = f"review-title-{number}"
    comment = f"review-comment-{number}"
    clip = "/review/clip/" + quote(state.key)
    return (
        f'<li><section class="review-row" data-key="{key}" aria-labelledby="{title}">'
        f'<h2 id="{title}" class="review-row-name">Part {number} of {total}</h2>'
        f'<div class="review-body">{picture}<div class="review-words" role="toolbar" '
        f'aria-label="Words of part {number}. Press a word that is hard. '
        f'Press it again to take it off.">{lines}</div></div>'
        '<div class="review-actions">'
        f'<button type="button" data-review="listen" data-clip="{escape(clip)}" '
        'class="studio-quiet">Listen</button>'
        '<button type="button" data-review="understand" aria-pressed="false" '
        'class="review-big">I understand</button>'
        '<button type="button" data-review="not-sure" aria-pressed="false" '
        'class="review-big">Not sure</button></div>'
        f'<form class="review-comment" hidden><label for="{comment}">What is not clear? '
        'You can write it here, or leave it empty.</label>'
        f'<textarea id="{comment}" rows="3"></textarea>'
        '<button type="submit">Save</button></form>'
        '<div class="review-voice">'
        '<button type="button" data-review="record" class="studio-quiet">Record</button>'
        '<button type="button" data-review="stop" hidden>Stop</button>'
        '<audio class="review-recording" controls preload="none" hidden></audio>'
        '<button type="button" data-review="remove" class="studio-quiet" hidden>'
        'Remove the recording</button></div>'
        "</section></li>"
    )


def review_page(doc: Document, states: Sequence[Any], token: str, name: str,
                roots: Iterable[Path]) -> str:
    """The whole review page for `doc`, with a row for each state of the review record."""
    roots = tuple(roots)
    rows = {row.loc: row for row in iter_rows(doc)}
    shown = [(state, rows[state.loc]) for state in states if state.loc in rows]
    items = "".join(_row_html(number, len(shown), state, row, roots)
                    for number, (state, row) in enumerate(shown, 1))
    title = escape(doc.meta.title)
    return (
        f'<!doctype html>\n<html lang="{escape(doc.meta.language)}">\n<head>\n'
        '<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>Review: {title} ({escape(name)})</title>\n"
        f'<meta name="easyread-token" content="{escape(token)}">'
        '<link rel="icon" href="data:,">'
        '<link rel="stylesheet" href="/studio/studio.css">'
        '<script src="/studio/review.js" defer></script>\n</head>\n'
        '<body class="studio review">\n<main id="main">'
        f'<header class="review-top"><h1>Review: {title}</h1>'
        '<p>Read each part, or listen to it. Then say if you understand it.</p>'
        '<p>Is a word hard? Press the word. Press it again to take it off.</p>'
        '<a class="studio-button studio-quiet" href="/">Back to changing the booklet</a>'
        "</header>"
        '<form id="review-name-form" class="review-name">'
        '<label for="review-name">Your name</label>'
        '<input id="review-name" type="text" autocomplete="name" maxlength="80" required>'
        '<button type="submit">Start</button></form>'
        '<div id="review-who" class="review-who" hidden><p>Your name is '
        '<strong id="review-who-name"></strong>.</p>'
        '<button type="button" data-review="change-name" class="studio-quiet">'
        "Change my name</button></div>"
        '<p id="review-status" class="studio-status review-status" role="status"></p>'
        f'<ol id="review-rows" class="review-rows" hidden>{items}</ol>'
        "</main>\n</body>\n</html>\n"
    )


def _plain(value: Any) -> Any:
    """A review record value as JSON: dataclasses as objects, paths as file names."""
    if is_dataclass(value) and not isinstance(value, type):
        return {name: _plain(item) for name, item in asdict(value).items()}
    if isinstance(value, dict):
        return {str(name): _plain(item) for name, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(item) for item in value]
    if isinstance(value, Path):
        return value.name
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


def review_json(states: Sequence[Any]) -> dict[str, Any]:
    """What the review page needs to show each row's answers: per key, who said what."""
    rows = []
    for state in states:
        rows.append({
            "key": state.key,
            "answers": _plain(state.answers),
            "hard_words": _plain(state.hard_words),
            "recording": state.recording is not None,
        })
    return {"rows": rows}
