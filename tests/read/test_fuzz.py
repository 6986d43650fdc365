"""Random documents and random bytes never make the reader raise anything but SourceError."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from easyread.errors import SourceError
from easyread.read import parse
from easyread.read.source import decode

PIECES = [
    "# Heading", "## Sub heading", "# :doctor: Heading with picture", "Plain line.",
    ":doctor: A row with a picture.", ":nope: Unknown picture.", "![alt](me.png) Own picture.",
    "![](missing.png) Gone.", "1. First", "2. Second", "- Bullet", "   - Nested", "> Boxed",
    "> :home: Boxed picture", "---", "Term", ": Explanation.", "**bold** word", "*soft* word",
    "`code`", "[link](https://example.org)", "<!-- comment -->", "    indented code", "```",
    "", "", "\t", "| a | b |", "Emoji 🙂 and 中文 and עברית", "a" * 300, "<b>html</b>",
]
FRONTS = [
    "---\ntitle: T\n---\n", "---\ntitle: T\nstyle:\n  font_size: 12\n---\n", "", "---\n",
    "---\ntitle: T\nlanguage: x y\n---\n", "---\ntitle:\n---\n", "---\n- a\n---\n",
    "---\ntitle: T\ncover: nothing-like-this\n---\n", "---\ntitle: T\npictures: nowhere\n---\n",
    "---\ntitle: T\nstyle: 4\n---\n", "---\ntitle: T\nstyle:\n  colours: red\n---\n",
]


@settings(max_examples=300, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(front=st.sampled_from(FRONTS), body=st.lists(st.sampled_from(PIECES), max_size=30))
def test_documents_from_pieces(tmp_path: Path, front: str, body: list[str]) -> None:
    (tmp_path / "me.png").write_bytes(
        bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                      "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082")
    )
    try:
        parse(front + "\n".join(body) + "\n", base_dir=tmp_path)
    except SourceError:
        pass


@settings(max_examples=300, deadline=None)
@given(data=st.binary(max_size=400))
def test_random_bytes(data: bytes) -> None:
    try:
        parse(decode(b"---\ntitle: T\n---\n" + data, "r.md"), source="r.md")
    except SourceError as error:
        assert error.loc.file == "r.md"


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=300))
def test_random_text(text: str) -> None:
    try:
        parse(text)
    except SourceError:
        pass
