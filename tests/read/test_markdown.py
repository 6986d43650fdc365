"""The reader's short cut for plain inline text makes exactly the tokens markdown-it makes."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it.token import Token

from easyread.read.markdown import parser, stock_parser

ROOT = Path(__file__).resolve().parents[2]


def _shape(tokens: list[Token] | None) -> list[tuple[object, ...]]:
    return [
        (t.type, t.tag, t.nesting, t.content, t.markup, t.info, t.level, t.map, t.block,
         t.hidden, dict(t.attrs), _shape(t.children) if t.children is not None else None)
        for t in tokens or ()
    ]


def _same(text: str) -> None:
    assert _shape(parser().parse(text)) == _shape(stock_parser().parse(text))


def test_booklets_and_test_files_parse_the_same() -> None:
    files = [*ROOT.glob("examples/*.md"), *ROOT.glob("tests/**/*.md")]
    assert len(files) > 20
    for path in files:
        _same(path.read_text(encoding="utf-8", errors="replace"))


def test_line_breaks_and_spaces_parse_the_same() -> None:
    for text in ("One line.\nTwo lines.", "Soft \nbreak", "Hard  \nbreak", "Hard   \n  next",
                 "Tab\t\n\tnext", "   \n", "a\n", "- item  \n  more\n- two", "# Title  ",
                 "Term\n: the meaning  \n  goes on", "> box line \n> next",
                 "Not plain: **bold**\nand more", "1. first\n\n   second"):
        _same(text)


_ALPHABET = st.sampled_from([*list("ab :.-#>*_`[]!<&\\~\t\n "), "  \n", "\n- ", "\n1. ", "é"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=60).map("".join))
def test_any_text_parses_the_same(text: str) -> None:
    _same(text)


_PLAIN = st.sampled_from([*list("ab :.-#>\t\n 1"), "  \n", " \n", "\n  ", "\n- ", "\n1. ", "ü"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PLAIN, max_size=60).map("".join))
def test_any_plain_text_parses_the_same(text: str) -> None:
    _same(text)
