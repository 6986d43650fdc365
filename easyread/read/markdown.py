"""The one markdown-it setup: CommonMark plus front matter and definition lists."""

from __future__ import annotations

from functools import cache

from markdown_it import MarkdownIt
from mdit_py_plugins.deflist import deflist_plugin
from mdit_py_plugins.front_matter import front_matter_plugin

__all__ = ["parser"]


@cache
def parser() -> MarkdownIt:
    """A shared, configured parser (markdown-it parsers are safe to reuse)."""
    # markdown-it stops reading (and silently drops) blocks nested deeper than maxNesting;
    # the reader refuses such input first, so nothing is lost.
    md = MarkdownIt("commonmark", {"html": True, "maxNesting": 200})
    return md.use(front_matter_plugin).use(deflist_plugin)
