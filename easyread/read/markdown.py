"""The one markdown-it setup: CommonMark plus front matter, definition lists and picture
groups (``:::`` containers)."""

from __future__ import annotations

from functools import cache

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore
from markdown_it.token import Token
from mdit_py_plugins.container import container_plugin
from mdit_py_plugins.deflist import deflist_plugin
from mdit_py_plugins.front_matter import front_matter_plugin

__all__ = ["GROUP_KINDS", "parser", "stock_parser"]

GROUP_KINDS = ("side-by-side", "stages")
"""The names after ``:::`` that group pictures (easyread.model.PictureGroup)."""

# Characters that can start inline syntax in CommonMark (escapes, code, emphasis, links,
# pictures, autolinks and HTML, entities; "~" for strikethrough, should it be turned on).
_INLINE_SYNTAX = frozenset("\\`*_[]!<>&~")


@cache
def parser() -> MarkdownIt:
    """A shared, configured parser (markdown-it parsers are safe to reuse)."""
    md = stock_parser()
    md.core.ruler.at("inline", _inline)
    return md


def stock_parser() -> MarkdownIt:
    """The same parser with markdown-it's own inline step (tests compare the two)."""
    # markdown-it stops reading (and silently drops) blocks nested deeper than maxNesting;
    # the reader refuses such input first, so nothing is lost.
    md = MarkdownIt("commonmark", {"html": True, "maxNesting": 200})
    md.use(front_matter_plugin).use(deflist_plugin)
    for name in GROUP_KINDS:  # ::: side-by-side and ::: stages (docs/format.md)
        md.use(container_plugin, name)
    return md


def _inline(state: StateCore) -> None:
    """markdown-it's inline step, with a short cut for text that holds no inline syntax.

    Most easy read lines are plain sentences; for them the full inline parser, which tries
    every rule at every character, made up half of the reading time. The short cut makes
    the very tokens markdown-it makes (tests/read/test_markdown.py compares them).
    """
    md = state.md
    for token in state.tokens:
        if token.type != "inline":
            continue
        if token.children is None:
            token.children = []
        if _INLINE_SYNTAX.isdisjoint(token.content):
            token.children.extend(_plain(token.content))
        else:
            md.inline.parse(token.content, md, state.env, token.children)


def _plain(content: str) -> list[Token]:
    """Text and line-break tokens, as markdown-it's text and newline rules make them."""
    tokens: list[Token] = []
    lines = content.split("\n")
    last = len(lines) - 1
    for index, line in enumerate(lines):
        if index:
            line = line.lstrip(" \t")  # the newline rule skips the next line's indent
        kind = ""
        if index < last:
            if line.endswith("  "):
                line, kind = line.rstrip(" "), "hardbreak"
            elif line.endswith(" "):
                line, kind = line[:-1], "softbreak"
            else:
                kind = "softbreak"
        if line:
            text = Token("text", "", 0)
            text.content = line
            tokens.append(text)
        if kind:
            tokens.append(Token(kind, "br", 0))
    return tokens
