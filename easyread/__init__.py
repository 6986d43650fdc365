"""easyread: annotated Markdown in, easy read booklets out (PDF, DOCX, HTML), with a checker.

    import easyread
    doc = easyread.load("booklet.md")
    easyread.render(doc, "pdf", "booklet.pdf")

Names load on first use, so ``easyread --version`` starts quickly.
"""

from __future__ import annotations

import importlib

# Not `from typing import TYPE_CHECKING`: importing typing is a sixth of `easyread --help`.
# Type checkers treat a name TYPE_CHECKING as true all the same.
TYPE_CHECKING = False

__version__ = "0.1.0"

__all__ = [
    "Diagnostic",
    "Document",
    "EasyReadError",
    "SourceError",
    "Style",
    "__version__",
    "build",
    "check",
    "import_docx",
    "load",
    "parse",
    "render",
    "render_bytes",
]

_LAZY = {
    "Diagnostic": "easyread.errors",
    "EasyReadError": "easyread.errors",
    "SourceError": "easyread.errors",
    "Document": "easyread.model",
    "Style": "easyread.style",
    "load": "easyread.read",
    "parse": "easyread.read",
    "build": "easyread.writers.make_all",
    "render": "easyread.writers",
    "render_bytes": "easyread.writers",
    "check": "easyread.checker",
    "import_docx": "easyread.importers",
}

if TYPE_CHECKING:
    from typing import Any

    from easyread.checker import check
    from easyread.errors import Diagnostic, EasyReadError, SourceError
    from easyread.importers import import_docx
    from easyread.model import Document
    from easyread.read import load, parse
    from easyread.style import Style
    from easyread.writers import render, render_bytes
    from easyread.writers.make_all import build


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'easyread' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
