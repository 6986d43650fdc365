"""``easyread build``: make the booklet's PDF, DOCX and HTML files."""

from __future__ import annotations

import argparse
import sys

TYPE_CHECKING = False  # as in easyread/__init__.py: typing is slow to import for --help
if TYPE_CHECKING:
    from pathlib import Path

    from easyread.commands.side_check import CheckResult
    from easyread.errors import Reporter
    from easyread.location import Location
    from easyread.model import Document

# Only light modules at the top: ``easyread --help`` imports this file, and must start fast.

__all__ = ["register", "run"]

HELP = "make the booklet (PDF and Word by default)"
"""The one line `easyread --help` shows for this command."""


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``build`` command to `subparsers`."""
    from easyread.commands.common import add_picture_set_option, add_pictures_option
    from easyread.formats import FORMATS, default_formats

    defaults = ",".join(default_formats())
    parser = subparsers.add_parser(
        "build",
        help=HELP,
        description="Make an easy read booklet from a Markdown file. The files are written "
        "beside the Markdown file unless you give -o. Give several files, or a folder, to make "
        "many booklets in one go.",
    )
    parser.add_argument("file", metavar="FILE.md", nargs="+",
                        help="the booklet's Markdown file (or several, or a folder of them)")
    parser.add_argument("-o", "--output", metavar="DIR", help="write the files into DIR")
    parser.add_argument(
        "-f", "--format", default=defaults, type=_formats,
        help=f"which files to make, with commas: {', '.join(FORMATS)} (default: {defaults})",
    )
    add_pictures_option(parser)
    add_picture_set_option(parser)
    parser.add_argument("--auto-pictures", action="store_true",
                        help="give rows with no picture the best suggested one, and list each "
                        "choice so you can check it")
    parser.add_argument("--voice", metavar="VOICE",
                        help="the voice for audio: an espeak-ng voice name (such as en-gb-x-rp) "
                        "or a Piper voice file (.onnx) you have")
    parser.add_argument("--write", action="store_true",
                        help="with --auto-pictures: also write the chosen pictures into the "
                        ".md file, so you can check or change them there")
    parser.add_argument("--strict", action="store_true",
                        help="make nothing, and exit with 1, if the checker finds errors")
    parser.add_argument("-q", "--quiet", action="store_true", help="print only problems")
    parser.set_defaults(func=run)


def _formats(value: str) -> tuple[str, ...]:
    from easyread.formats import FORMATS, names_in_words

    names = tuple(dict.fromkeys(part.strip().lower() for part in value.split(",") if part.strip()))
    unknown = [name for name in names if name not in FORMATS]
    if unknown or not names:
        raise argparse.ArgumentTypeError(
            f"unknown format {', '.join(unknown) or value!r}: use {names_in_words()}"
        )
    return names


def run(args: argparse.Namespace) -> int:
    """Build every booklet asked for; a booklet with a mistake is reported and the rest made.

    Exit code: 2 if any booklet could not be read or written, else 1 if ``--strict`` stopped
    any, else 0. For each booklet nothing is written unless every format succeeds.
    """
    from easyread.errors import SourceError

    if args.write and not args.auto_pictures:
        from easyread.errors import SourceError
        from easyread.location import Location

        raise SourceError("--write writes the pictures that --auto-pictures chooses",
                          Location(args.file[0], 1, 1), "give --auto-pictures as well")
    sources = _sources(args.file, args.output)
    worst = 0
    made = 0
    for source in sources:
        try:
            code = _build(source, args)
        except SourceError as error:
            if args.debug or len(sources) == 1:
                raise  # the command line prints it (or, with --debug, the whole report)
            print(str(error), file=sys.stderr)
            code = 2
        made += code == 0
        worst = max(worst, code)
    if len(sources) > 1 and not args.quiet:
        left = len(sources) - made
        print(f"made {made} of {len(sources)} booklets"
              + (f"; {left} had problems (see above)" if left else ""))
    return worst


def _sources(names: list[str], output: str | None) -> list[Path]:
    """The Markdown files named, with each folder standing for the .md files in it.

    Raises SourceError, before anything is made, when two files would make the same files.
    """
    from pathlib import Path

    from easyread.errors import SourceError
    from easyread.location import Location

    found: dict[Path, Path] = {}
    for name in names:
        path = Path(name)
        if path.is_dir():
            inside = sorted(p for p in path.glob("*.md") if p.is_file())
            if not inside:
                raise SourceError(f"the folder {name!r} has no .md files",
                                  Location(name, 1, 1), "give the booklets' .md files")
        else:
            inside = [path]
        for each in inside:
            found.setdefault(each.resolve(), each)  # a file named twice is built once
    targets: dict[tuple[Path, str], Path] = {}
    for path in found.values():
        folder = Path(output) if output else path.parent
        other = targets.setdefault((folder.resolve(), path.stem), path)
        if other is not path:
            raise SourceError(
                f"{other} and {path} would both make {folder / path.stem}.*",
                Location(str(path), 1, 1), "rename one of them, or build them one at a time")
    return list(found.values())


def _build(source: Path, args: argparse.Namespace) -> int:
    """Build one booklet; return 0, or 1 when --strict stopped it."""
    from pathlib import Path

    from easyread.commands.common import print_diagnostic
    from easyread.commands.side_check import start_check
    from easyread.read import load
    from easyread.writers.make_all import write_all

    report = print_diagnostic
    doc = load(source, picture_dirs=args.pictures, picture_set=args.picture_set, report=report)
    chosen: list[tuple[Location, str]] = []
    if args.auto_pictures:
        doc = _auto_pictures(doc, report, chosen)
    if args.voice:
        from easyread.audio import with_voice

        doc = with_voice(doc, args.voice)
    # With --quiet the summary is not shown, so the checker only runs when --strict needs it.
    checking = start_check(doc) if args.strict or not args.quiet else None
    try:
        made = _render(doc, args.format, source.stem, report)
    except BaseException:
        if checking is not None:
            checking.cancel()
        raise
    if checking is not None:
        # With a PDF, the length is judged (and the count said) from its real pages.
        result = checking.result(pages=_pdf_pages(made.get("pdf")))
        if not args.quiet or (args.strict and result.errors):
            _print_errors(result, source)
        if not args.quiet:
            print(result.summary)
        if args.strict and result.errors:
            print(f"{source}: nothing was made, because the checker found {result.errors} "
                  f"error{'s' if result.errors != 1 else ''} and --strict was given",
                  file=sys.stderr)
            return 1
    folder = Path(args.output) if args.output else source.parent
    for target, data in zip(write_all(made, folder, source.stem), made.values(), strict=True):
        if not args.quiet:
            print(f"made {target} ({_size(len(data))})")
    if args.write and chosen:
        from easyread.pictures.writeback import write_pictures

        write_pictures(source, chosen)
        if not args.quiet:
            print(f"wrote {len(chosen)} picture{'s' if len(chosen) != 1 else ''} into {source}")
    return 0


def _pdf_pages(data: bytes | None) -> int | None:
    """The number of pages of the PDF `data` (None when no PDF was made)."""
    if data is None:
        return None
    from io import BytesIO

    import pikepdf

    with pikepdf.open(BytesIO(data)) as pdf:
        return len(pdf.pages)


def _print_errors(result: CheckResult, source: Path) -> None:
    """The first errors the checker found, and where to see them all."""
    for text in result.first_errors:
        print(text)
    if result.errors:
        more = " (and the rest)" if result.errors > len(result.first_errors) else ""
        print(f"To see every finding{more}, run: easyread check {source}")


def _render(
    doc: Document, formats: tuple[str, ...], stem: str, report: Reporter
) -> dict[str, bytes]:
    """Make every format in memory (easyread.writers.make_all), showing progress."""
    from easyread.commands.progress import Progress
    from easyread.writers.make_all import render_all

    progress = Progress(len(formats))
    try:
        return render_all(
            doc, formats, report=report, starting=lambda fmt: progress.step(f"{stem}.{fmt}")
        )
    finally:
        progress.finish()


def _auto_pictures(doc: Document, report: Reporter,
                   chosen: list[tuple[Location, str]]) -> Document:
    """Fill rows that have no picture and report every row so a person can check it; add
    (where the row's text starts, picture name) to `chosen` for each picture placed."""
    from easyread.pictures.auto import auto_pictures

    doc, choices = auto_pictures(doc)
    for choice in choices:
        report(choice.diagnostic())
        if choice.name is not None and choice.at is not None:
            chosen.append((choice.at, choice.name))
    return doc


def _size(count: int) -> str:
    return f"{count / 1024:.0f} KB" if count < 1024 * 1024 else f"{count / 1048576:.1f} MB"
