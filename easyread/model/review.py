"""What readers said in review, as the document model carries it (``Document.review``)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from easyread.location import Location

__all__ = ["HardWordPick", "RecordingNote", "ReviewAnswer", "RowReview"]


@dataclass(frozen=True, slots=True)
class HardWordPick:
    """A word a reader tapped in review as hard to understand."""

    word: str
    reviewer: str
    date: str


@dataclass(frozen=True, slots=True)
class RecordingNote:
    """Who recorded a row's words in review, and when (the sound is in ``recordings/``)."""

    file: str
    reviewer: str
    date: str
    words: str = ""
    """The fingerprint of the row's words when it was recorded."""


@dataclass(frozen=True, slots=True)
class ReviewAnswer:
    """A reader's answer about a row, as it stands now."""

    reviewer: str
    answer: str
    """"understand" or "not-sure"."""
    comment: str
    date: str
    """When it was given, as ``2026-12-07T14:05:00Z`` (UTC)."""
    stale: bool
    """Given before the row's words changed."""


@dataclass(frozen=True, slots=True)
class RowReview:
    """One row and what readers said about it in the review file beside the booklet."""

    key: str
    """The row's key in the review file, also its recording's name."""
    loc: Location
    """The row's place in the booklet."""
    lines: tuple[str, ...]
    answers: tuple[ReviewAnswer, ...]
    hard_words: tuple[HardWordPick, ...]
    recording: Path | None
    """The row's recording in the recordings folder, if there is one."""
    recorded_by: RecordingNote | None = None
