"""Pieces shared by commands: the --pictures option, and printing diagnostics the same way."""

from __future__ import annotations

import argparse
import sys

from easyread.errors import Diagnostic

__all__ = ["add_picture_set_option", "add_pictures_option", "print_diagnostic"]


def add_pictures_option(parser: argparse.ArgumentParser) -> None:
    """``--pictures DIR``, which every command that finds pictures takes."""
    parser.add_argument("--pictures", metavar="DIR", action="append", default=[],
                        help="a folder of your own pictures, searched before the bundled ones "
                        "(can be given more than once)")


def add_picture_set_option(parser: argparse.ArgumentParser) -> None:
    """``--picture-set NAME``: the bundled set to draw pictures from, over the front matter."""
    parser.add_argument("--picture-set", metavar="NAME", default=None,
                        help="draw the pictures from this picture set (mulberry, openmoji, "
                        "fluent or healthicons), whatever the booklet's style says")


def print_diagnostic(diagnostic: Diagnostic) -> None:
    """Print a warning as ``FILE:LINE:COL: warning: message (hint)`` on standard error."""
    print(str(diagnostic), file=sys.stderr)
