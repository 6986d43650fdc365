"""The ``easyread pictures`` command: suggest, search and list the pictures you can use."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from easyread.pictures.library import LibraryPicture, PictureLibrary

__all__ = ["register", "run"]

HELP = "find pictures for your sentences"
"""The one line `easyread --help` shows for this command."""


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``pictures`` subcommand (with ``suggest``, ``search`` and ``list``)."""
    from easyread.commands.common import add_pictures_option

    parser = subparsers.add_parser(
        "pictures",
        help=HELP,
        description="Find pictures in the picture library: suggest, search or list them.",
    )
    add_pictures_option(parser)
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    suggest = actions.add_parser(
        "suggest", help="suggest pictures for each sentence",
        description="Suggest pictures for each sentence you give. A person should check them.",
    )
    suggest.add_argument("text", nargs="+", metavar="TEXT", help="a sentence (quote it)")
    suggest.add_argument("--limit", type=int, default=5, help="how many pictures (default: 5)")
    suggest.add_argument(
        "--language", type=_language, default="en", metavar="LANG",
        help="the language of the sentences, like fr or es (default: en)",
    )
    search = actions.add_parser(
        "search", help="search pictures by words",
        description="Search the picture names, other names and keywords.",
    )
    search.add_argument("words", nargs="+", metavar="WORDS", help="words to look for")
    search.add_argument("--limit", type=int, default=10, help="how many pictures (default: 10)")
    listing = actions.add_parser(
        "list", help="list every picture", description="List every picture you can use.",
    )
    for sub in (suggest, search, listing):
        sub.add_argument("--json", action="store_true", help="print JSON instead of text")
        sub.add_argument("--set", metavar="NAME", default=None,
                         help="only pictures from this picture set (mulberry, openmoji, fluent "
                         "or healthicons)")
        # Also after the action ('pictures list --pictures DIR'), adding to any given before.
        sub.add_argument("--pictures", metavar="DIR", action="append",
                         default=argparse.SUPPRESS, help="a folder of your own pictures")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Run the chosen action; return 0, or 2 when a picture folder cannot be read."""
    import json
    from pathlib import Path

    from easyread.errors import SourceError
    from easyread.location import Location
    from easyread.pictures.library import PictureLibrary, bundled_sets
    from easyread.read.pictures import picture_folder

    folders = [picture_folder(Path(f), Location(f, 1, 1), f) for f in args.pictures]
    if args.set is not None and args.set not in bundled_sets():
        raise SourceError(f"there is no picture set called {args.set!r}",
                          Location("<command line>", 1, 1),
                          "for --set use one of: " + ", ".join(bundled_sets()))
    library = PictureLibrary(folders, picture_set=args.set)
    if args.action == "list":
        return _list(library, args.set, args.json, json)
    from easyread.pictures.suggest import suggest

    if args.action == "suggest":
        results = [(text, suggest(text, library, args.limit, args.language)) for text in args.text]
    else:
        text = " ".join(args.words)
        results = [(text, suggest(text, library, args.limit))]
    if args.json:
        data = [{"text": text, "suggestions": [_suggestion_dict(s) for s in found]}
                for text, found in results]
        print(json.dumps(data if args.action == "suggest" else data[0], indent=2,
                         ensure_ascii=False))
        return 0
    for number, (text, found) in enumerate(results):
        if number:
            print()
        print(text)
        if not found:
            print("  No pictures found. Try other words, or `easyread pictures list`.")
        for s in found:
            also = f" (also: {', '.join(s.aliases)})" if s.aliases else ""
            print(f"  :{s.name}:{also} - {s.alt}")
    return 0


def _suggestion_dict(s: object) -> dict[str, object]:
    return {
        "name": s.name, "aliases": list(s.aliases), "alt": s.alt,  # type: ignore[attr-defined]
        "licence": s.licence, "score": s.score,  # type: ignore[attr-defined]
    }


def _list(library: PictureLibrary, only: str | None, as_json: bool, json: Any) -> int:
    from easyread.pictures.library import bundled_sets

    every: list[LibraryPicture] = []
    if only:
        every += library.in_set(only)
    else:
        every += [p for p in library.pictures if not p.bundled]
        for set_key in bundled_sets():
            every += library.in_set(set_key)
    seen: set[tuple[str, str]] = set()
    pictures = []
    for p in every:
        # A user's picture hides a bundled one of the same name in the booklet's set.
        key = (p.set if p.bundled else library.picture_set, p.name)
        if key not in seen:
            seen.add(key)
            pictures.append(p)
    if as_json:
        data = [{
            "name": p.name, "set": p.set, "aliases": list(p.aliases),
            "keywords": list(p.keywords), "alt": p.alt,
            "licence": p.credit.licence if p.credit else "",
            "source": p.credit.source if p.credit else "", "source_id": p.source_id,
            "file": str(p.path),
            **({"people": [label for label, _ in p.variants]} if p.variants else {}),
        } for p in pictures]
        print(json.dumps(data, indent=2, ensure_ascii=False))
        return 0
    for p in pictures:
        also = f" (also: {', '.join(p.aliases)})" if p.aliases else ""
        source = f" [{p.credit.source}, {p.credit.licence}]" if p.credit else " [your own]"
        name = f"{p.set}/{p.name}" if p.set and p.set != library.picture_set else p.name
        print(f":{name}:{also} - {p.alt or 'no description yet'}{source}")
    print(f"{len(pictures)} pictures")
    return 0


def _language(tag: str) -> str:
    """The language pack for `tag` ("fr-BE" -> "fr"); a usage error when there is none."""
    from easyread.languages import available_languages, language_code

    code = language_code(tag)
    if code != tag.split("-")[0].lower():
        known = ", ".join(available_languages())
        raise argparse.ArgumentTypeError(
            f"there are no words for the language {tag!r}: use {known}"
        )
    return code
