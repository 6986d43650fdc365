"""The studio's review mode over HTTP: the page, each row's sound, and what readers say.

GET /review, /api/review, /review/clip/KEY (the row said by the booklet's voice) and
/review/recording/KEY (a reader's recording). POST /api/review/answer, /api/review/word,
/api/review/word/remove (a reader takes back a hard word), /api/review/remove (the row's
recording) (JSON) and /api/review/recording?key=KEY&reviewer=NAME (a WAV file).
The server has already checked the host, the page's token and origin before a POST
gets here. Everything is written by easyread.review, beside the booklet.
"""

from __future__ import annotations

import json
from http import HTTPStatus
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs, unquote, urlsplit

from easyread.errors import EasyReadError, SourceError
from easyread.model import Document
from easyread.serve.page import sentence
from easyread.serve.review_clip import row_clip
from easyread.serve.review_page import review_json, review_page, row_for_key

if TYPE_CHECKING:
    from easyread.serve.server import Handler

__all__ = ["MAX_RECORDING", "RECORDING", "review_get", "review_post"]

RECORDING = "/api/review/recording"
MAX_RECORDING = 40_000_000
"""The biggest recording the studio takes: about 3 minutes of 48 kHz sound."""
MAX_NAME = 80

_BROKEN = "The booklet file has a mistake, so it cannot be reviewed now. Fix the mistake first."


def _doc(handler: Handler) -> Document | None:
    good = handler.server.studio.good
    return good.doc if good is not None else None


def review_get(handler: Handler, path: str) -> bool:
    """Answer a review GET; False if `path` is not one of review mode's."""
    if path not in ("/review", "/api/review") and not path.startswith(
            ("/review/clip/", "/review/recording/")):
        return False
    from easyread.review import row_states

    studio = handler.server.studio
    doc = _doc(handler)
    if doc is None:
        handler._text(HTTPStatus.CONFLICT, _BROKEN)
        return True
    try:
        states = row_states(studio.path, doc)
    except EasyReadError as error:  # the review file has a mistake: say where
        handler._text(HTTPStatus.UNPROCESSABLE_ENTITY, str(error))
        return True
    if path == "/review":
        page = review_page(doc, states, handler.server.token, studio.path.name, studio.roots())
        handler._send(HTTPStatus.OK, page.encode("utf-8"), "text/html; charset=utf-8")
    elif path == "/api/review":
        handler._json(HTTPStatus.OK, review_json(states))
    elif path.startswith("/review/clip/"):
        row = row_for_key(doc, states, unquote(path[len("/review/clip/"):]))
        if row is None:
            handler._text(HTTPStatus.NOT_FOUND, "There is no such row.")
            return True
        try:
            data = row_clip(doc, row)
        except SourceError as error:  # no voice here: the page uses the browser's own voice
            handler._text(HTTPStatus.SERVICE_UNAVAILABLE, sentence(error.message))
            return True
        handler._send(HTTPStatus.OK, data, "audio/wav")
    else:
        key = unquote(path[len("/review/recording/"):])
        found = [state.recording for state in states if state.key == key]
        if not found or found[0] is None or not found[0].is_file():
            handler._text(HTTPStatus.NOT_FOUND, "There is no recording for this row.")
            return True
        handler._send(HTTPStatus.OK, found[0].read_bytes(), "audio/wav")
    return True


def _text_field(request: dict[str, Any], name: str, limit: int) -> str:
    value = request.get(name, "")
    if not isinstance(value, str) or len(value) > limit:
        raise ValueError(name)
    return value.strip()


def review_post(handler: Handler, path: str, body: bytes) -> None:
    """Save what a reader said about a row (the POST is already known to be the page's)."""
    from easyread.review import (
        add_answer,
        add_hard_word,
        remove_hard_word,
        remove_recording,
        save_recording,
    )

    studio = handler.server.studio
    doc = _doc(handler)
    if doc is None:
        handler._json(HTTPStatus.CONFLICT, {"error": _BROKEN})
        return
    try:
        if path == RECORDING:
            query = parse_qs(urlsplit(handler.path).query)
            request: dict[str, Any] = {name: values[0] for name, values in query.items()}
        else:
            request = json.loads(body)
            if not isinstance(request, dict):
                raise ValueError
        key = _text_field(request, "key", 200)
        reviewer = _text_field(request, "reviewer", MAX_NAME)
    except ValueError:
        handler._json(HTTPStatus.BAD_REQUEST, {"error": "The change is not in the right form."})
        return
    if not reviewer and path != "/api/review/remove":
        handler._json(HTTPStatus.UNPROCESSABLE_ENTITY, {"error": "Write your name first."})
        return
    try:
        if path == "/api/review/answer":
            add_answer(studio.path, doc, reviewer=reviewer, key=key,
                       answer=_text_field(request, "answer", 20),
                       comment=_text_field(request, "comment", 2000))
        elif path == "/api/review/word":
            add_hard_word(studio.path, doc, reviewer=reviewer, key=key,
                          word=_text_field(request, "word", 100))
        elif path == "/api/review/word/remove":
            remove_hard_word(studio.path, doc, reviewer=reviewer, key=key,
                             word=_text_field(request, "word", 100))
        elif path == RECORDING:
            save_recording(studio.path, doc, reviewer=reviewer, key=key, wav=body)
        elif path == "/api/review/remove":
            remove_recording(studio.path, doc, key=key)
        else:
            handler._json(HTTPStatus.NOT_FOUND, {"error": "There is nothing at this address."})
            return
    except ValueError:
        handler._json(HTTPStatus.BAD_REQUEST, {"error": "The change is not in the right form."})
        return
    except EasyReadError as error:  # a ReviewError, or a review file with a mistake
        handler._json(HTTPStatus.UNPROCESSABLE_ENTITY, {"error": sentence(_message(error))})
        return
    handler._json(HTTPStatus.OK, {**review_json(_states(handler, doc)), "saved": True})


def _states(handler: Handler, doc: Document) -> list[Any]:
    from easyread.review import row_states

    return list(row_states(handler.server.studio.path, doc))


def _message(error: Exception) -> str:
    """The error in plain words; a mistake in the review file says where it is."""
    if isinstance(error, SourceError) and error.loc.file.endswith(".review.yaml"):
        return (f"the review file {Path(error.loc.file).name} has a mistake on line "
                f"{error.loc.line}: {error.message}")
    return str(getattr(error, "message", None) or error)
