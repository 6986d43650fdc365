"""Where the studio's tools go in each row: a slot the page makers leave by design.

The HTML writer (through its ``row_extra`` callback) and the simple fallback view put an
empty comment after the words of each row, numbered in reading order, as ``iter_rows`` gives
the rows. The studio page fills each slot with that row's notes and buttons. Nothing parses
the page to find its rows.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from easyread.model import Document, Row, iter_rows

__all__ = ["fill_slots", "slot", "slot_after_row", "without_slots"]

_SLOT = re.compile(r"<!--studio-row:(\d+)-->")


def slot(index: int) -> str:
    """The slot for the row at `index` (0 is the first row)."""
    return f"<!--studio-row:{index}-->"


def slot_after_row(doc: Document) -> Callable[[Row], tuple[str, str]]:
    """The HTML writer's ``row_extra`` callback: no attributes, and the row's slot last."""
    index = {row.loc: number for number, row in enumerate(iter_rows(doc))}

    def extra(row: Row) -> tuple[str, str]:
        number = index.get(row.loc)
        return ("", slot(number)) if number is not None else ("", "")

    return extra


def fill_slots(html: str, tools: Sequence[str]) -> str | None:
    """`html` with slot i holding `tools[i]`; None unless every row has exactly one slot."""
    found = [int(number) for number in _SLOT.findall(html)]
    if sorted(found) != list(range(len(tools))):
        return None
    return _SLOT.sub(lambda match: tools[int(match.group(1))], html)


def without_slots(html: str) -> str:
    """`html` with the slots taken out (a page shown with no tools)."""
    return _SLOT.sub("", html)
