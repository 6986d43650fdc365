"""The ``easyread`` command: parse arguments, run a command, turn user mistakes into exit code 2.

Exit codes for every command: 0 success, 1 check errors with ``--strict`` (or
``easyread check`` finding errors), 2 bad input or usage. Commands live in
:mod:`easyread.commands`, each with ``register(subparsers)`` and ``run(args)``; they
import heavy libraries only when they run.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from easyread import __version__

__all__ = ["main"]

COMMANDS = ("build", "check", "pictures", "serve")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        print(f"easyread: error: {message}", file=sys.stderr)
        raise SystemExit(2)


def make_parser() -> argparse.ArgumentParser:
    """The argument parser with every available command."""
    parser = _Parser(
        prog="easyread",
        description="Make easy read booklets from Markdown, and check them against easy read "
        "rules.",
        epilog="Examples: 'easyread build booklet.md' makes booklet.pdf and booklet.docx; "
        "'easyread check booklet.md' lists what to improve.",
    )
    parser.add_argument("--version", action="version", version=f"easyread {__version__}")
    parser.add_argument("--debug", action="store_true",
                        help="show the full error report (for people fixing easyread)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in COMMANDS:
        try:
            module = importlib.import_module(f"easyread.commands.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"easyread.commands.{name}":
                raise
            continue
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with `argv` (default: ``sys.argv[1:]``) and return the exit code."""
    parser = make_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return 2
    from easyread.errors import EasyReadError

    try:
        code: int = args.func(args)
    except EasyReadError as exc:
        if args.debug:
            raise
        print(str(exc), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("easyread: stopped", file=sys.stderr)
        return 130
    return code
