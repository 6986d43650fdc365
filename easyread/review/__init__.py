"""Co-production review: what readers said about each row, kept beside the booklet.

``leaflet.md`` has its record in ``leaflet.review.yaml`` (see :mod:`.record`) and its
readers' recordings in ``recordings/`` (the audio version plays them instead of the
synthetic voice). Every change holds a lock, re-reads the file and writes it back in one
step, so two readers answering at once lose nothing.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from easyread.audio.recordings import FOLDER, check_recording
from easyread.errors import EasyReadError, SourceError
from easyread.files import write_file
from easyread.location import Location
from easyread.model import (
    Document,
    HardWordPick,
    RecordingNote,
    ReviewAnswer,
    Row,
    RowReview,
)
from easyread.review.keys import base_key, keyed_rows, words_hash
from easyread.review.lock import locked
from easyread.review.record import ANSWERS, Answer, RowRecord, dump_record, load_record

__all__ = [
    "ANSWERS",
    "AnswerState",
    "ReviewError",
    "RowState",
    "add_answer",
    "add_hard_word",
    "attach_review",
    "record_path",
    "remove_hard_word",
    "remove_recording",
    "row_key",
    "row_states",
    "save_recording",
]

_SAME_ROW = 0.6
"""How alike a row's words must be to words in the record (difflib ratio) for the record
to follow the row after its first line, and so its key, changed."""


class ReviewError(EasyReadError):
    """A request the record cannot take (an unknown row, answer or a bad recording)."""


AnswerState = ReviewAnswer
"""An answer as it stands now (the model's type)."""
RowState = RowReview
"""One row and what readers said about it (the model's type)."""


def record_path(booklet: Path) -> Path:
    """The review file of `booklet`: ``leaflet.md`` has ``leaflet.review.yaml``."""
    return booklet.with_name(booklet.stem + ".review.yaml")


def row_key(row: Row, doc: Document | None = None) -> str:
    """The key of `row`: its first line's words joined by dashes, as its recording is named.
    With the row's document, a second row with the same first line gets ``-2``."""
    if doc is not None:
        for key, each in keyed_rows(doc):
            if each.loc == row.loc:
                return key
    return base_key(row)


def row_states(booklet: Path, doc: Document) -> list[RowState]:
    """Every row of `doc` in reading order with what the record at `booklet` says of it."""
    records = _matched(load_record(record_path(booklet)), doc)
    states = []
    for key, row in keyed_rows(doc):
        entry = records.get(key, RowRecord())
        words = words_hash(row)
        answers = tuple(AnswerState(a.reviewer, a.answer, a.comment, a.date,
                                    stale=a.words != words) for a in entry.answers)
        sound = booklet.parent / FOLDER / f"{key}.wav"
        states.append(RowState(key, row.loc, tuple(line.text for line in row.lines),
                               answers, entry.hard_words,
                               sound if sound.is_file() else None, entry.recording))
    return states


def attach_review(doc: Document) -> Document:
    """`doc` with its review (:attr:`Document.review`) when a review file is beside it."""
    if doc.source is None or not record_path(doc.source).is_file():
        return doc
    return replace(doc, review=tuple(row_states(doc.source, doc)))


def add_answer(booklet: Path, doc: Document, *, reviewer: str, key: str, answer: str,
               comment: str = "") -> None:
    """Record `reviewer`'s answer about the row `key`: "understand" or "not-sure", with an
    optional comment. It replaces the reviewer's earlier answer about that row."""
    if answer not in ANSWERS:
        raise ReviewError(f"the answer must be 'understand' or 'not-sure', not '{answer}'")
    name = _name(reviewer)

    def change(entry: RowRecord, row: Row) -> RowRecord:
        given = Answer(name, answer, _now(), words_hash(row), " ".join(comment.split()))
        kept = tuple(a for a in entry.answers if a.reviewer != name)
        return replace(entry, answers=(*kept, given))

    _change(booklet, doc, key, change)


def add_hard_word(booklet: Path, doc: Document, *, reviewer: str, key: str,
                  word: str) -> None:
    """Record that `reviewer` finds `word` in the row `key` hard (once per reader and word)."""
    name = _name(reviewer)
    picked = _picked(word)

    def change(entry: RowRecord, row: Row) -> RowRecord:
        if not re.search(rf"(?<!\w){re.escape(picked)}(?!\w)", row.text, re.IGNORECASE):
            raise ReviewError(f"the row does not have the word '{picked}'")
        same = [p for p in entry.hard_words
                if p.reviewer == name and p.word.casefold() == picked.casefold()]
        if same:
            return entry
        return replace(entry, hard_words=(*entry.hard_words,
                                          HardWordPick(picked, name, _now())))

    _change(booklet, doc, key, change)


def remove_hard_word(booklet: Path, doc: Document, *, reviewer: str, key: str,
                     word: str) -> None:
    """Take `word` off `reviewer`'s hard words in the row `key` (a tap by mistake).
    Another reader's mark of the same word stays. Taking off a word that is not marked
    changes nothing. The row need not have the word any more: it may have been edited."""
    name = _name(reviewer)
    picked = _picked(word)

    def change(entry: RowRecord, _row: Row) -> RowRecord:
        kept = tuple(p for p in entry.hard_words
                     if p.reviewer != name or p.word.casefold() != picked.casefold())
        if len(kept) == len(entry.hard_words):
            return entry
        return replace(entry, hard_words=kept)

    _change(booklet, doc, key, change)


def save_recording(booklet: Path, doc: Document, *, reviewer: str, key: str,
                   wav: bytes) -> Path:
    """Keep `reviewer`'s recording of the row `key` as ``recordings/KEY.wav`` beside the
    booklet (replacing an earlier one) and note who made it, and when."""
    name = _name(reviewer)
    target = booklet.parent / FOLDER / f"{key}.wav"
    try:
        check_recording(wav, Location(str(target), 1, 1))
    except SourceError as exc:
        raise ReviewError(exc.message) from None

    def change(entry: RowRecord, row: Row) -> RowRecord:
        target.parent.mkdir(exist_ok=True)
        write_file(target, wav)
        note = RecordingNote(f"{FOLDER}/{target.name}", name, _now(), words_hash(row))
        return replace(entry, recording=note)

    _change(booklet, doc, key, change)
    return target


def remove_recording(booklet: Path, doc: Document, *, key: str) -> None:
    """Remove the row `key`'s recording and its note (the synthetic voice says it again)."""

    def change(entry: RowRecord, _row: Row) -> RowRecord:
        (booklet.parent / FOLDER / f"{key}.wav").unlink(missing_ok=True)
        return replace(entry, recording=None)

    _change(booklet, doc, key, change)


def _change(booklet: Path, doc: Document,  key: str,
            change: Callable[[RowRecord, Row], RowRecord]) -> None:
    """Re-read the record under the lock, change the row `key`, write the record back.
    A `change` that gives back the entry it was given writes nothing."""
    rows = dict(keyed_rows(doc))
    if key not in rows:
        raise ReviewError(f"the booklet has no row '{key}': it may have just changed")
    path = record_path(booklet)
    with locked(path):
        records = _matched(load_record(path), doc)
        row = rows[key]
        entry = records.get(key, RowRecord())
        changed = change(entry, row)
        if changed is entry:  # nothing to change: the file stays as it is (or unmade)
            return
        records[key] = replace(changed, text=row.text)
        ordered = {k: records[k] for k in rows if k in records}
        ordered.update((k, v) for k, v in records.items() if k not in ordered)
        write_file(path, dump_record(ordered, booklet.name))


def _matched(records: dict[str, RowRecord], doc: Document) -> dict[str, RowRecord]:
    """The record with each entry under its row's key now. A row whose first line changed
    has a new key: it takes the entry, kept under its old key, whose words are most like
    its own. Entries that match no row are kept as they are, so nothing is lost."""
    rows = dict(keyed_rows(doc))
    out = {key: entry for key, entry in records.items() if key in rows}
    orphans = {key: entry for key, entry in records.items() if key not in rows}
    for key, row in rows.items():
        if key in out or not orphans:
            continue
        best, score = max(((old, _likeness(entry.text, row.text))
                           for old, entry in orphans.items()), key=lambda pair: pair[1])
        if score >= _SAME_ROW:
            out[key] = orphans.pop(best)
    out.update(orphans)
    return out


def _likeness(old: str, new: str) -> float:
    return difflib.SequenceMatcher(None, old.split(), new.split()).ratio()


def _picked(word: str) -> str:
    """The word a reader pressed, without the punctuation around it."""
    picked = word.strip(" \t.,;:!?\"'()")
    if not picked or len(picked) > 60:
        raise ReviewError("pick one word from the row")
    return picked


def _name(reviewer: str) -> str:
    name = " ".join(reviewer.split())
    if not name:
        raise ReviewError("give your name first")
    if len(name) > 80:
        raise ReviewError("the name is too long: use up to 80 letters")
    return name


def _now() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
