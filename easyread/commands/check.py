"""The ``easyread check FILE.md`` command: print findings and a summary, exit 1 on errors."""

from __future__ import annotations

import argparse
import sys

__all__ = ["register", "run"]

HELP = "check a booklet against easy read rules"
"""The one line `easyread --help` shows for this command."""


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``check`` subcommand to the command line."""
    parser = subparsers.add_parser(
        "check",
        help=HELP,
        description="Check a booklet against easy read rules and print what to improve.",
    )
    parser.add_argument("file", metavar="FILE.md", help="the booklet's Markdown file")
    parser.add_argument(
        "--format",
        choices=("text", "json", "sarif"),
        default="text",
        help="how to print the findings (default: text)",
    )
    parser.add_argument(
        "--strict", action="store_true", help="treat warnings as errors for the exit code"
    )
    parser.add_argument(
        "--pages", type=int, default=None, help="the real page count, if a PDF was built"
    )
    from easyread.commands.common import add_picture_set_option

    add_picture_set_option(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Check `args.file`; return 0 with no errors, 1 with errors, 2 for bad input."""
    from pathlib import Path

    from easyread.checker import CheckConfig, check
    from easyread.checker.format import format_json, format_sarif, format_text
    from easyread.read import load

    path = Path(args.file)
    try:  # a SourceError goes to the command line, which prints it (or with --debug, all)
        doc = load(path, picture_set=args.picture_set)
        report = check(doc, CheckConfig(pages=args.pages))
    except OSError as err:
        print(f"{path}: error: cannot read the file ({err.strerror})", file=sys.stderr)
        return 2
    writer = {"text": format_text, "json": format_json, "sarif": format_sarif}[args.format]
    sys.stdout.write(writer(report))
    failed = report.errors > 0 or (args.strict and report.warnings > 0)
    return 1 if failed else 0
