"""The ``easyread review FILE.md`` command: what readers said about each row, in plain words."""

from __future__ import annotations

import argparse
import sys

__all__ = ["register", "run"]

HELP = "show what readers said about a booklet in review"
"""The one line `easyread --help` shows for this command."""


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``review`` subcommand to the command line."""
    parser = subparsers.add_parser(
        "review",
        help=HELP,
        description="Show what readers said about each row in review mode (easyread serve): "
        "who understood it, who was not sure and why, hard words and recordings. "
        "It reads FILE.review.yaml beside the booklet.",
    )
    parser.add_argument("file", metavar="FILE.md", help="the booklet's Markdown file")
    parser.add_argument("--format", choices=("text", "json"), default="text",
                        help="how to print the review (default: text)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Print the review of `args.file`; 0 when printed, 2 for bad input."""
    from pathlib import Path

    from easyread.read import load
    from easyread.review import record_path, row_states
    from easyread.review.summary import summary_json, summary_text

    path = Path(args.file)
    doc = load(path)  # a SourceError (also in the review file) goes to the command line
    states = list(doc.review) if doc.review is not None else row_states(path, doc)
    if doc.review is None and args.format == "text":
        print(f"Nobody has reviewed {path.name} yet: there is no {record_path(path).name}.\n"
              f"Readers can review it in the studio: easyread serve {path}, then Review.")
        return 0
    writer = summary_json if args.format == "json" else summary_text
    sys.stdout.write(writer(path, states))
    return 0
