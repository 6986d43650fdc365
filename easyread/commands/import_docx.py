"""``easyread import FILE.docx``: bring an existing Word or OpenDocument file into easyread."""

from __future__ import annotations

import argparse

__all__ = ["register", "run"]

HELP = "bring in an existing Word (.docx) or OpenDocument (.odt) file"
"""The one line `easyread --help` shows for this command."""


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``import`` command to `subparsers`."""
    parser = subparsers.add_parser(
        "import",
        help=HELP,
        description="Turn a Word (.docx) or OpenDocument (.odt) file into an easyread "
        "Markdown file, with its pictures in a folder beside it. Easy read tables (picture "
        "left, words right) become rows with their pictures; other text becomes a first "
        "draft. Anything to check is listed, line by line.",
        epilog="Example: 'easyread import old-leaflet.docx -o leaflet.md' writes leaflet.md "
        "and the folder leaflet-pictures.",
    )
    parser.add_argument("file", metavar="FILE.docx", help="the Word or OpenDocument file")
    parser.add_argument("-o", "--output", metavar="FILE.md",
                        help="the Markdown file to write (default: FILE.md beside the file)")
    parser.add_argument("--force", action="store_true",
                        help="replace the Markdown file if it is there already")
    parser.add_argument("-q", "--quiet", action="store_true", help="print only problems")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Import `args.file`; return 0 when written (mistakes in the file raise and exit 2)."""
    from pathlib import Path

    from easyread.commands.common import print_diagnostic
    from easyread.importers import import_docx

    source = Path(args.file)
    target = Path(args.output) if args.output else source.with_suffix(".md")
    result = import_docx(source, target, replace=args.force)
    for note in result.notes:
        print_diagnostic(note)
    if not args.quiet:
        pictures = len(result.pictures)
        folder = f" and {pictures} picture(s) in {result.pictures[0].parent}" if pictures else ""
        print(f"made {result.markdown}{folder}: {result.rows} rows, "
              f"{len(result.notes)} thing(s) to check")
        print(f"next: read it through, then 'easyread check {result.markdown}' and "
              f"'easyread build {result.markdown}'")
    return 0
