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

__all__ = ["main", "run"]

COMMANDS = ("build", "check", "import", "pictures", "review", "serve")
_MODULES = {"import": "import_docx"}
"""Commands whose module has another name (``import`` is a Python keyword)."""


class _Formatter(argparse.HelpFormatter):
    """argparse's help layout, given the terminal's width so that argparse need not import
    shutil (which imports the compression modules: an eighth of ``easyread --help``)."""

    def __init__(self, prog: str) -> None:
        super().__init__(prog, width=_terminal_width() - 2)  # argparse's own margin


def _terminal_width() -> int:
    """Columns of the terminal, found the way shutil.get_terminal_size finds them."""
    import os

    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns or 80


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args: object, **kwargs: object) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        print(f"easyread: error: {message}", file=sys.stderr)
        raise SystemExit(2)


def make_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The argument parser with every available command.

    With `only`, just that command gets its full arguments; the others are listed by name and
    help line, which is all ``--help`` shows and saves building parsers nobody uses.
    """
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
        module_name = f"easyread.commands.{_MODULES.get(name, name)}"
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name != module_name:
                raise
            continue
        summary = getattr(module, "HELP", None)
        if only in (None, name) or summary is None:
            module.register(sub)
        else:
            sub.add_parser(name, help=summary, add_help=False)
    return parser


def _command_in(argv: Sequence[str]) -> str | None:
    """The command `argv` asks for: its first word that is not an option, if it names one."""
    first = next((arg for arg in argv if not arg.startswith("-")), None)
    return first if first in COMMANDS else None


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with `argv` (default: ``sys.argv[1:]``) and return the exit code."""
    words = list(sys.argv[1:] if argv is None else argv)
    if words == ["--version"]:
        # The same answer argparse gives, without building the parser first.
        print(f"easyread {__version__}")
        return 0
    command = _command_in(words)
    parser = make_parser(command or "")
    args = parser.parse_args(words)
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
    except BrokenPipeError:
        # The reader stopped reading (`easyread pictures suggest ... | head`): stop quietly,
        # as a program killed by SIGPIPE would, and let nothing more be written.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    return code


def run() -> int:
    """The installed ``easyread`` command: :func:`main`, tuned for a process that runs once."""
    import gc

    # Python's cycle collector is tuned for long-running programs; here it spent about a
    # quarter of the reading time walking the parser's short-lived objects, which reference
    # counting frees anyway. Collecting less often keeps memory the same (measured).
    gc.set_threshold(100_000, 50, 100)
    code = main()
    _leave(code)
    return code


def _leave(code: int) -> None:
    """End the process now: freeing a big booklet's objects one by one at exit took a tenth
    of a whole check. Every file is already written and closed; only output is flushed.

    Not under a profiler or coverage tool, which write their reports at exit.
    """
    import os

    if sys.gettrace() is not None or sys.getprofile() is not None:
        return
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        pass  # a closed pipe, as with `easyread check booklet.md | head`
    os._exit(code)
