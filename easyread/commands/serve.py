"""``easyread serve``: the co-production studio, a live booklet in the browser to edit."""

from __future__ import annotations

import argparse
import sys

# Only light modules at the top: ``easyread --help`` imports this file, and must start fast.

__all__ = ["register", "run"]

HELP = "open the studio: see the booklet in a web browser and change it there"
"""The one line `easyread --help` shows for this command."""

DEFAULT_PORT = 8000


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``serve`` command to `subparsers`."""
    from easyread.commands.common import add_pictures_option

    parser = subparsers.add_parser(
        "serve",
        help=HELP,
        description="Show the booklet in your web browser, with the checker's notes beside each "
        "row. You can change the words and pictures there; the Markdown file is saved for you. "
        "The page updates by itself when the file changes.",
    )
    parser.add_argument("file", metavar="FILE.md", help="the booklet's Markdown file")
    parser.add_argument("--port", type=_port, default=None,
                        help=f"the port to use (default: {DEFAULT_PORT}, or the next free one)")
    parser.add_argument("--host", default=None,
                        help="let other computers connect through this address (for example "
                        "0.0.0.0); without it only this computer can open the studio")
    parser.add_argument("--no-browser", action="store_true",
                        help="do not open the web browser")
    add_pictures_option(parser)
    parser.set_defaults(func=run)


def _port(value: str) -> int:
    try:
        port = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a port number") from None
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError("the port must be a number from 0 to 65535")
    return port


def run(args: argparse.Namespace) -> int:
    """Start the studio and serve until Ctrl+C is pressed."""
    import threading
    import webbrowser
    from pathlib import Path

    from easyread.errors import SourceError
    from easyread.location import Location
    from easyread.serve import Studio, make_server

    source = Path(args.file)
    if not source.is_file():
        what = "is a folder, not a file" if source.is_dir() else "cannot be found"
        raise SourceError(f"the file {str(source)!r} {what}", Location(str(source), 1, 1),
                          "give the booklet's .md file")
    studio = Studio(source, tuple(Path(d) for d in args.pictures))
    host = args.host if args.host is not None else "127.0.0.1"
    if args.host is not None:
        print(f"warning: the studio listens on {host}, so other computers on the network can "
              "open it and change the booklet. Only do this on a network you trust.",
              file=sys.stderr)
    port = DEFAULT_PORT if args.port is None else args.port
    try:
        server = make_server(studio, host, port, host_given=args.host is not None,
                             tries=20 if args.port is None else 1)
    except OSError as exc:
        raise SourceError(f"cannot start the studio on port {port}: {exc.strerror or exc}",
                          Location(str(source), 1, 1),
                          "try another port with --port, for example --port 8123") from None
    stop = threading.Event()
    watcher = threading.Thread(target=studio.watch, args=(stop,), daemon=True)
    watcher.start()
    if studio.snapshot.error is not None:
        print(str(studio.snapshot.error), file=sys.stderr)
    print(f"The studio is open at {server.url}")
    print("Keep this window open while you work. Press Ctrl+C here to stop the studio.",
          flush=True)
    if not args.no_browser:
        threading.Timer(0.3, webbrowser.open, args=(server.url,)).start()
    try:
        server.serve_forever(poll_interval=0.25)
    except KeyboardInterrupt:
        print("\nThe studio has stopped. Your booklet file is saved.")
    finally:
        stop.set()
        server.stop_event.set()
        server.server_close()
    return 0
