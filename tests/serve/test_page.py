"""The studio page puts each row's notes and buttons after that row's words, in order."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import easyread
from easyread.model import iter_rows
from easyread.serve.page import annotate, studio_page
from easyread.serve.slots import slot
from easyread.serve.state import Studio

MIXED = """---
title: Shapes of text
---

# Lists

:book: A row before the list.

1. First item.
   - Inside the first item.
   - Also inside.
2. Second item.

> A row in a box.
> - A list in the box.

```
a code line
```

Last row.
"""


def rows_in_order(page: str) -> list[str]:
    return re.findall(r'aria-label="(Row \d+)"', page)


def test_annotate_fills_the_slot_each_row_leaves_and_refuses_a_mismatch() -> None:
    html = (f'<div class="row"><div class="text"><p>a</p></div>{slot(0)}</div>'
            f'<ol><li class="row"><div class="text"><p>b</p></div>{slot(1)}'
            f'<ul><li class="row"><div class="text"><p>c</p></div>{slot(2)}</li></ul></li></ol>')
    marked = annotate(html, ["[A]", "[B]", "[C]"])
    assert marked is not None
    assert "<p>a</p></div>[A]</div>" in marked
    assert "<p>b</p></div>[B]<ul>" in marked
    assert "<p>c</p></div>[C]</li>" in marked
    assert annotate(html, ["[A]"]) is None
    assert annotate(html, ["[A]", "[B]", "[C]", "[D]"]) is None


def test_the_html_writer_leaves_a_slot_after_each_row_only_for_the_studio(tmp_path: Path) -> None:
    file = tmp_path / "shapes.md"
    file.write_text(MIXED, encoding="utf-8")
    studio = Studio(file)
    rows = len(list(iter_rows(studio.snapshot.doc)))
    assert studio.snapshot.html.count("<!--studio-row:") == rows
    assert "<!--studio-row:" not in easyread.render_bytes(studio.snapshot.doc, "html").decode()


def test_every_kind_of_row_gets_tools(tmp_path: Path) -> None:
    file = tmp_path / "shapes.md"
    file.write_text(MIXED, encoding="utf-8")
    studio = Studio(file)
    page = studio_page(studio.snapshot, studio.good, "token", file.name)
    assert rows_in_order(page) == [f"Row {n}" for n in range(1, 10)]
    assert "a code line</p></div><div class=\"studio-tools\"" in page.replace("\n", "")
    assert "Change this row in the Markdown file." in page  # the code block
    assert page.count('data-action="edit"') == 8


def test_simple_view_when_the_html_writer_fails(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("the HTML writer broke")

    monkeypatch.setattr("easyread.writers.html.write_html", broken)
    file = tmp_path / "shapes.md"
    file.write_text(MIXED, encoding="utf-8")
    studio = Studio(file)
    assert not studio.snapshot.html_from_writer
    page = studio_page(studio.snapshot, studio.good, "token", file.name)
    assert rows_in_order(page) == [f"Row {n}" for n in range(1, 10)]
    assert '<img src="/picture/' in page  # the bundled picture :book: names
