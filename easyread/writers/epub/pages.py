"""Where the printed pages start, so the e-book's page list matches the PDF's page numbers.

The PDF is laid out (not drawn), and each page is matched to the first thing on it: a
heading by its anchor, otherwise a row by the words of its first line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from easyread.errors import Reporter
from easyread.writers.booklet import Booklet

__all__ = ["page_starts"]


def _words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def page_starts(
    booklet: Booklet, targets: Sequence[tuple[str, str]], report: Reporter
) -> dict[str, list[int]]:
    """The printed page numbers that start at each target.

    `targets` are the e-book's places in reading order as (id, words): headings by their
    anchor, rows by their id. A page that starts with something else (the cover, the
    contents) is placed at the next target after the previous page's.
    """
    from easyread.writers.pdf.boxes import Anchor, TextLine
    from easyread.writers.pdf.fonts import load_fonts
    from easyread.writers.pdf.layout import layout

    fonts = load_fonts(booklet.style.font, booklet.document.meta.loc, report)
    pages = layout(booklet, fonts).pages
    ids = [target_id for target_id, _ in targets]
    words = [f" {_words(text)} " for _, text in targets]
    found: dict[str, list[int]] = {}
    at = 0
    for page in pages:
        place = None
        for item in page.items:  # only the first heading or line of words counts
            if isinstance(item, Anchor) and item.key[:3] in ("er-", "er:"):
                key = item.key[3:]
                place = ids.index(key, at) if key in ids[at:] else None
                break
            if isinstance(item, TextLine) and any(f.elem is not None for f in item.fragments):
                # The last word may be split by hyphenation: match the whole words before it.
                line = _words(item.text).rsplit(" ", 1)[0] if item.text.rstrip().endswith(
                    ("-", "\N{SOFT HYPHEN}")) else _words(item.text)
                if not re.search(r"[^\W\d]", line):
                    continue  # a list item's number: the row's words come next
                place = next((i for i in range(at, len(ids)) if f" {line} " in words[i]), None)
                break
        at = place if place is not None else min(at, len(ids) - 1)
        if ids:
            found.setdefault(ids[at], []).append(page.number)
    return found
