"""The booklet in the order it is read aloud: the title, each section's heading and rows,
the group who helped make it, the word list, who made the booklet and how to get in touch.
Each part is a chapter of the audio."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from easyread.audio.recordings import recording_name
from easyread.location import Location
from easyread.model import Block, Box, Heading, Line, ListBlock, PageBreak, PictureGroup, Row
from easyread.writers.booklet import Booklet

__all__ = ["Chapter", "Item", "group_place", "reading_script", "recording_name", "row_item",
           "title_place", "word_list_place"]


@dataclass(frozen=True, slots=True)
class Item:
    """One thing said in one breath: the title, a heading, a row or a word and its meaning."""

    text: str
    """The words as written, one sentence a line."""
    loc: Location
    """Where it is in the source: writers find a row's sound by its row's `loc`."""
    heading: bool = False
    key: str = ""
    """On the cover, the credits and the back cover, which words these are ("cover-date",
    "credits-author", "back-cover-2"): the e-book gives the same id to the element that
    shows them."""


@dataclass(frozen=True, slots=True)
class Chapter:
    """A part of the audio with a title of its own: the cover, a section or the word list."""

    title: str
    items: tuple[Item, ...]


def reading_script(booklet: Booklet) -> tuple[Chapter, ...]:
    """The booklet's chapters in reading order; a section before the first heading is read
    with the title."""
    meta = booklet.document.meta
    # The cover, the word list heading and the end pages have no line of their own in the
    # body: columns 0 and below keep their places apart from every row's.
    places = (meta.loc.at(column=column) for column in itertools.count(-1, -1))
    opening = [Item(meta.title, title_place(booklet), heading=True)]
    # The rest of the cover as it shows it: the subtitle, the date and who made it.
    cover = booklet.cover
    opening += [Item(text, next(places), key=f"cover-{key}") for text, key in (
        (cover.subtitle, "subtitle"), (cover.date, "date"), (cover.organisation, "organisation"))
        if text]
    chapters: list[Chapter] = []
    for section in booklet.body:
        items = [item for block in section.blocks for item in _items(block)]
        if section.heading is None:
            opening.extend(items)
            continue
        chapters.append(Chapter(section.heading.text,
                                (_heading(section.heading), *items)))
    group = booklet.group
    if group is not None and group.heading is not None:
        # Each member is a row (name, what they did, their words), as the page shows them.
        members = [item for block in group.blocks for item in _items(block)]
        heading = Item(group.heading.text, group_place(booklet), heading=True)
        chapters.append(Chapter(group.heading.text, (heading, *members)))
    if booklet.word_list:
        title = booklet.word_list_title
        words = [Item(f"{word.term}.\n" + _sentences(word.explanation), word.loc)
                 for word in booklet.word_list]
        heading = Item(title, word_list_place(booklet), heading=True)
        chapters.append(Chapter(title, (heading, *words)))
    return (Chapter(meta.title, tuple(opening)), *chapters, *_end_pages(booklet, places))


def _end_pages(booklet: Booklet, places: Iterator[Location]) -> list[Chapter]:
    """Who wrote and checked the booklet and where its full version is, then how to get in
    touch. The picture sets and the licences are left out: a listener hears no pictures, and
    the small print is for people who copy the booklet, in the printed and e-book versions.
    `places` gives each item a place of its own."""
    labels, credits, back = booklet.labels, booklet.credits, booklet.back_cover
    said: list[tuple[str, str]] = []  # (words, key)
    if credits.author:
        said.append((f"{labels.written_by} {credits.author}", "credits-author"))
    if credits.checked_by:
        said.append(("\n".join((labels.checked_by + ":", *credits.checked_by)),
                     "credits-checked-by"))
    if credits.full_version:
        said.append((f"{labels.full_version}: {credits.full_version}", "credits-full-version"))
    pages = [(labels.credits, "credits", said)] if said else []
    if back is not None:
        lines = [(line, f"back-cover-{number}") for number, line in enumerate(back.contact, 1)]
        lines.append((labels.other_formats, "back-cover-other-formats"))
        pages.append((labels.contact, "back-cover", lines))
    return [Chapter(title, (Item(title, next(places), True, key),
                           *(Item(_said(words.split("\n")), next(places), key=what)
                             for words, what in lines)))
            for title, key, lines in pages]



def title_place(booklet: Booklet) -> Location:
    """The place the title's sound is kept under in the spoken booklet's clips."""
    return booklet.document.meta.loc.at(column=0)


def group_place(booklet: Booklet) -> Location:
    """The place the group page's heading sound is kept under (the booklet must have the
    page): its first member's row has the heading's place in the source."""
    assert booklet.group is not None
    return booklet.group.blocks[0].loc.at(column=0)


def word_list_place(booklet: Booklet) -> Location:
    """The place the word list heading's sound is kept under (the list must not be empty)."""
    return booklet.word_list[0].loc.at(column=0)


def _heading(heading: Heading) -> Item:
    return Item(heading.text, heading.loc, heading=True)


def _items(block: Block) -> Iterator[Item]:
    match block:
        case Row():
            yield row_item(block)
        case ListBlock():
            for item in block.items:
                yield from _items(item)
        case Box():
            for inner in block.blocks:
                yield from _items(inner)
        case Heading():
            yield _heading(block)
        case PictureGroup():  # each caption in order, a stage with its number
            for item in block.items:
                yield from _items(item)
        case PageBreak():
            pass


def row_item(row: Row) -> Item:
    """What is said for `row`: its number if it is in a numbered list, then its sentences."""
    label = row.label if row.label and row.label[0].isdigit() else ""
    return Item((label + " " if label else "") + _sentences(row.lines), row.loc)


def _sentences(lines: tuple[Line, ...]) -> str:
    return _said(line.text for line in lines)


def _said(lines: Iterable[str]) -> str:
    # Each line is a sentence; one without a full stop still gets the pause of one.
    said = (line.strip() for line in lines)
    return "\n".join(text if text.rstrip(_CLOSING)[-1:] in ".!?:;" else text + "."
                     for text in said if text)


_CLOSING = "\"'\u201d\u2019\u00bb\u00ab\u201c\u00a0 "
"""Quotation marks a sentence can end with after its full stop (a member's own words are
quoted in the language's marks: “…”, „…“, « … »)."""
