"""The plain-text adapter used to measure the checker on real documents."""

from __future__ import annotations

from easyread.model import iter_rows
from easyread.read.plaintext import document_from_text

TEXT = """\
How to vote

Page 2 of 9

You can vote at a **polling place**.
It is open
from 8 am.

Word list

**Polling place**

The building where you vote.
"""


def test_rows_lines_headings_and_word_list() -> None:
    doc = document_from_text(TEXT, "v.txt")
    assert [s.heading.text for s in doc.sections if s.heading] == ["How to vote", "Word list"]
    rows = list(iter_rows(doc))
    assert len(rows) == 1
    assert [line.loc.line for line in rows[0].lines] == [5, 6, 7]
    bold = [run for run in rows[0].lines[0].runs if run.strong]
    assert (bold[0].text, bold[0].column) == ("polling place", 21)
    assert [(w.term, w.explanation[0].text) for w in doc.hard_words] == [
        ("Polling place", "The building where you vote.")
    ]
