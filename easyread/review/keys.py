"""Row keys: the name a row's answers and recording share, and the hash of its words.

A key is the row's first line as :func:`~easyread.audio.script.recording_name` writes it
("We meet on Monday." is ``we-meet-on-monday``), so editing one row leaves every other
row's key as it was. Two rows that start with the same line get ``-2``, ``-3`` in reading
order.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator

from easyread.audio.recordings import recording_name
from easyread.location import Location
from easyread.model import Document, Row, iter_blocks

__all__ = ["base_key", "keyed_rows", "row_keys", "words_hash"]

_NO_WORDS = "row"
"""The key of a row whose first line has no letters or digits (only a picture code)."""


def keyed_rows(doc: Document) -> Iterator[tuple[str, Row]]:
    """Every row of `doc` in reading order, with its key."""
    seen: dict[str, int] = {}
    for block in iter_blocks(doc):
        if not isinstance(block, Row):
            continue
        base = base_key(block)
        count = seen.get(base, 0) + 1
        seen[base] = count
        key = base if count == 1 else f"{base}-{count}"
        while count > 1 and key in seen:  # a row that really starts "Monday 2"
            count += 1
            key = f"{base}-{count}"
        seen.setdefault(key, 1)
        yield key, block


def base_key(row: Row) -> str:
    """The key of `row` before it is told apart from earlier rows with the same first line."""
    return recording_name(row.lines[0].text if row.lines else "") or _NO_WORDS


def row_keys(doc: Document) -> dict[Location, str]:
    """Each row's key by the row's place in the source (how the audio finds its rows)."""
    return {row.loc: key for key, row in keyed_rows(doc)}


def words_hash(row: Row) -> str:
    """A short fingerprint of the row's words: an answer keeps the one it was given for, so
    a later edit shows. Spacing does not count; every other change does."""
    words = " ".join(row.text.split())
    return hashlib.sha256(words.encode("utf-8")).hexdigest()[:12]
