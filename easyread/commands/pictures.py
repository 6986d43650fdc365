"""The ``easyread pictures`` command: suggest, search and list the pictures you can use."""

from __future__ import annotations

import argparse

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
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Run the chosen action; return 0, or 2 when a picture folder cannot be read."""
    import json
    from pathlib import Path

    from easyread.location import Location
    from easyread.pictures.library import PictureLibrary
    from easyread.read.pictures import picture_folder

    folders = [picture_folder(Path(f), Location(f, 1, 1), f) for f in args.pictures]
    library = PictureLibrary(folders)
    if args.action == "list":
        return _list(library, args.json, json)
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


def _list(library: object, as_json: bool, json: object) -> int:
    seen: set[str] = set()
    pictures = []
    for p in library.pictures:  # type: ignore[attr-defined]
        if p.name not in seen:  # a user's picture hides a bundled one of the same name
            seen.add(p.name)
            pictures.append(p)
    if as_json:
        data = [{
            "name": p.name, "aliases": list(p.aliases), "keywords": list(p.keywords),
            "alt": p.alt, "licence": p.credit.licence if p.credit else "",
            "source": p.credit.source if p.credit else "", "source_id": p.source_id,
            "file": str(p.path),
        } for p in pictures]
        print(json.dumps(data, indent=2, ensure_ascii=False))  # type: ignore[attr-defined]
        return 0
    for p in pictures:
        also = f" (also: {', '.join(p.aliases)})" if p.aliases else ""
        source = f" [{p.credit.source}, {p.credit.licence}]" if p.credit else " [your own]"
        print(f":{p.name}:{also} - {p.alt or 'no description yet'}{source}")
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
