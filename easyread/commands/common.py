"""Pieces shared by commands: printing diagnostics the same way everywhere."""

from __future__ import annotations

import sys

from easyread.errors import Diagnostic

__all__ = ["print_diagnostic"]


def print_diagnostic(diagnostic: Diagnostic) -> None:
    """Print a warning as ``FILE:LINE:COL: warning: message (hint)`` on standard error."""
    print(str(diagnostic), file=sys.stderr)
