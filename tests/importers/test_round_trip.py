"""A booklet's own Word file imports back to the same rows, words and pictures."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

import easyread
from easyread.model import Document, Heading, ListBlock, Row, iter_blocks

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
_END = re.compile(r"(?<=[.!?])\s+")


def sentences(doc: Document) -> list[str]:
    """Every sentence of the booklet's headings, rows and word list, in reading order."""
    found: list[str] = []

    def add(text: str) -> None:
        found.extend(part for part in _END.split(text.strip()) if part)

    for block in iter_blocks(doc):
        if isinstance(block, Heading):
            add(block.line.text)
        elif isinstance(block, Row):
            for line in block.lines:
                add(line.text)
    for word in doc.hard_words:
        add(word.term)
        for line in word.explanation:
            add(line.text)
    return found


def kept_in_order(before: list[str], after: list[str]) -> float:
    """The share of `before` found in `after` in the same order (longest common subsequence)."""
    previous = [0] * (len(after) + 1)
    for item in before:
        current = [0]
        for index, other in enumerate(after):
            current.append(previous[index] + 1 if item == other
                           else max(previous[index + 1], current[index]))
        previous = current
    return previous[-1] / len(before)


def test_kept_in_order_counts_order() -> None:
    assert kept_in_order(["a", "b", "c", "d"], ["a", "c", "b", "d"]) == 0.75
    assert kept_in_order(["a", "b"], ["x", "a", "y", "b"]) == 1.0


@pytest.mark.parametrize("name", ["health-appointment", "working-together"])
def test_an_example_comes_back_from_its_own_word_file(name: str, tmp_path: Path) -> None:
    shutil.copy(EXAMPLES / f"{name}.md", tmp_path / f"{name}.md")
    original = easyread.load(tmp_path / f"{name}.md")
    easyread.render(original, "docx", tmp_path / f"{name}.docx")

    result = easyread.import_docx(tmp_path / f"{name}.docx", tmp_path / "back.md")
    back = easyread.load(tmp_path / "back.md")

    assert kept_in_order(sentences(original), sentences(back)) >= 0.95
    assert back.meta.title == original.meta.title
    assert back.meta.subtitle == original.meta.subtitle
    assert back.meta.author == original.meta.author
    assert back.meta.full_version == original.meta.full_version
    assert back.meta.back_cover == original.meta.back_cover
    assert back.meta.organisation == original.meta.organisation
    # The same rows, each with a picture that has the library picture's description.
    rows = [b for b in iter_blocks(original) if isinstance(b, Row)]
    rows_back = [b for b in iter_blocks(back) if isinstance(b, Row)]
    assert [r.picture.alt if r.picture else None for r in rows] == \
        [r.picture.alt if r.picture else None for r in rows_back]
    assert all(r.picture is None or r.picture.path.is_file() for r in rows_back)
    lists = [len(b.items) for b in iter_blocks(original) if isinstance(b, ListBlock)]
    assert [len(b.items) for b in iter_blocks(back) if isinstance(b, ListBlock)] == lists
    assert [w.term for w in back.hard_words] == [w.term for w in original.hard_words]
    assert not result.plain
    # Nothing about easyread's own cover, contents or credits pages is left to check.
    assert [note.message for note in result.notes] == []
