"""Turn a Document into a Booklet: the parts every output has, in order, with no format in sight.

A booklet is a cover, a contents page, the body, the word list (when there are hard
words), a credits page and, when asked for, a back cover. Writers lay out a Booklet; they
never decide what it holds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from easyread.audio.languages import speech_language
from easyread.languages import language_for
from easyread.model import (
    BackCover,
    Credit,
    Document,
    HardWord,
    Heading,
    Line,
    Picture,
    Row,
    Run,
    Section,
    iter_blocks,
    iter_pictures,
)
from easyread.style import Style
from easyread.writers.bundled_font import FAMILY

__all__ = [
    "Booklet",
    "ContentsEntry",
    "Cover",
    "Credits",
    "Labels",
    "compose",
    "contact_link",
    "labels_for",
]


@dataclass(frozen=True, slots=True)
class Labels:
    """The fixed words a booklet prints, in the document's language (``[labels]`` in its
    language pack, easyread/languages/CODE/language.toml)."""

    easy_read: str
    contents: str
    page: str
    credits: str
    written_by: str
    checked_by: str
    pictures: str
    full_version: str
    font: str
    word_list: str
    """The heading of the word list when the booklet gives none."""
    skip_link: str
    """The first link of the web page, to jump past the contents to the main text."""
    continued: str
    """After a heading repeated at the top of a page, where a long list goes on."""
    pictures_from: str
    """Before the names of the picture sets, in the easy read part of the credits."""
    licences: str
    """The heading of the small print: licences of the pictures and the font."""
    layout_caption: str
    layout_description: str
    """What screen readers are told about each layout table in Word files."""
    contact: str
    """The heading of the back cover, above the contact details."""
    other_formats: str
    """On the back cover: the booklet can be had in large print, audio or another language."""
    group: str
    """The heading of the co-production group's page when the booklet gives none."""
    quote: str
    """A member's own words in the language's quotation marks: "{}" is where they go."""


@cache
def labels_for(language: str) -> Labels:
    """The fixed words for a BCP 47 `language`, from its language pack (English without one)."""
    return Labels(**language_for(language).labels)


@dataclass(frozen=True, slots=True)
class Cover:
    """The first page: title, subtitle, one large picture, the words "Easy read", the date,
    and who made the booklet (their logo and name)."""

    title: str
    subtitle: str
    picture: Picture | None
    date: str
    logo: Picture | None = None
    organisation: str = ""


@dataclass(frozen=True, slots=True)
class ContentsEntry:
    """A line on the contents page, linking to the heading with `anchor`."""

    title: str
    anchor: str
    level: int
    part: str = ""
    """For the booklet's own parts, "word-list" or "credits" (writers name their anchors);
    empty for a heading of the body."""


@dataclass(frozen=True, slots=True)
class Credits:
    """The last page: who wrote and checked the booklet, and where its pictures come from."""

    author: str
    checked_by: tuple[str, ...]
    full_version: str
    pictures: tuple[Credit, ...]
    """One entry per picture set the booklet uses, in order of first use."""
    font: str
    """A credit line for the typeface, or empty when the font needs none."""


@dataclass(frozen=True, slots=True)
class Booklet:
    """Everything a writer lays out, in reading order."""

    document: Document
    style: Style
    labels: Labels
    cover: Cover
    contents: tuple[ContentsEntry, ...]
    body: tuple[Section, ...]
    word_list_title: str
    word_list: tuple[HardWord, ...]
    credits: Credits
    group: Section | None = None
    """The co-production group's own page (after the body): a heading, then a row for each
    member (their photo; their name, what they did and their own words)."""
    back_cover: BackCover | None = None
    """The last page, when the front matter asks for one: contact details and the other
    formats the booklet can be had in."""
    with_audio: bool = False
    """The audio version is made too: the web page gets Listen buttons and the e-book reads
    itself aloud."""

    @property
    def title(self) -> str:
        """The booklet's title."""
        return self.document.meta.title

    @property
    def language(self) -> str:
        """The booklet's BCP 47 language tag."""
        return self.document.meta.language


_FONT_CREDITS = {
    FAMILY: f"{FAMILY} by the Braille Institute, SIL Open Font License 1.1",
}


def compose(doc: Document, *, with_audio: bool = False) -> Booklet:
    """Plan the parts of the booklet for `doc`. Pure: reads the model, touches no files.

    `with_audio`: the audio version is made too, so other formats can offer it."""
    meta = doc.meta
    contents = tuple(
        ContentsEntry(section.heading.text, section.heading.anchor, 1)
        for section in doc.sections
        if section.heading is not None
    )
    seen: dict[tuple[str, str], Credit] = {}
    for picture in iter_pictures(doc):
        credit = picture.credit
        if credit is None:
            continue
        key = (credit.source, credit.licence)
        known = seen.setdefault(key, credit)
        # A set's adapted pictures carry its credit line plus one for the adaptation.
        if credit.attribution.startswith(known.attribution) and credit != known:
            seen[key] = credit
    credits = Credits(
        author=meta.author,
        checked_by=_checked_by(doc),
        full_version=meta.full_version,
        pictures=tuple(seen.values()),
        font=_FONT_CREDITS.get(doc.style.font, ""),
    )
    labels = labels_for(meta.language)
    word_list_title = meta.word_list_title or labels.word_list
    group = _group(doc, labels)
    if group is not None and group.heading is not None:
        contents += (ContentsEntry(group.heading.text, group.heading.anchor, 1),)
    if contents:
        # The end pages are listed too, so readers can find the word list and who made it.
        if doc.hard_words:
            contents += (ContentsEntry(word_list_title, "word-list", 1, "word-list"),)
        if any((credits.author, credits.checked_by, credits.full_version, credits.pictures,
                credits.font)):
            contents += (ContentsEntry(labels.credits, "credits", 1, "credits"),)
    return Booklet(
        document=doc,
        style=doc.style,
        labels=labels,
        cover=Cover(meta.title, meta.subtitle, meta.cover, meta.date, meta.logo,
                    meta.organisation),
        contents=contents,
        body=doc.sections,
        word_list_title=word_list_title,
        word_list=doc.hard_words,
        credits=credits,
        group=group,
        back_cover=meta.back_cover,
        with_audio=with_audio,
    )




def _checked_by(doc: Document) -> tuple[str, ...]:
    """The front matter's ``checked_by`` and every reader in the review file, each reader
    with the day of their last answer: "Sam (7 December 2026)"."""
    last: dict[str, str] = {}
    for row in doc.review or ():
        said = [(a.reviewer, a.date) for a in row.answers]
        said += [(pick.reviewer, pick.date) for pick in row.hard_words]
        if row.recorded_by is not None:
            said.append((row.recorded_by.reviewer, row.recorded_by.date))
        for name, date in said:
            last[name] = max(last.get(name, ""), date)
    named = {name.casefold(): name for name in last}
    # A reader the staff also typed in is named once, with the date.
    typed = tuple(name for name in doc.meta.checked_by if name.casefold() not in named)
    dated = tuple(f"{name} ({_day(date, doc.meta.language)})" if date else name
                  for name, date in last.items())
    return typed + dated


def _day(stamp: str, language: str) -> str:
    """``2026-12-07T14:05:00Z`` as the booklet's language writes the day."""
    year, month, day = stamp[:10].split("-") if stamp[4:5] == "-" else ("", "", "")
    written = None
    if year and month.isdigit() and day.isdigit():
        written = speech_language(language).date_in_words(int(day), int(month), year)
    return written or stamp[:10]


def _group(doc: Document, labels: Labels) -> Section | None:
    """The group's page as a section of rows, so every format lays it out as it lays out
    the body (the photo on the left, the words on the right)."""
    meta = doc.meta
    if not meta.group:
        return None
    taken = {block.anchor for block in iter_blocks(doc) if isinstance(block, Heading)}
    anchor = "our-group"
    while anchor in taken:
        anchor += "-page"
    loc = meta.group[0].loc
    title = meta.group_title or labels.group
    heading = Heading(1, Line((Run(title, 1),), loc), loc, anchor)
    rows = []
    for member in meta.group:
        lines = [Line((Run(member.name, 1, strong=True),), member.loc)]
        if member.did:
            lines.append(Line((Run(member.did, 1),), member.loc))
        if member.quote:
            lines.append(Line((Run(labels.quote.format(member.quote), 1),), member.loc))
        rows.append(Row(tuple(lines), member.loc, member.photo))
    return Section(heading, tuple(rows), loc)


_EMAIL = re.compile(r"[^\s@<>]+@[^\s@<>]+\.[A-Za-z]{2,}")
_WEB = re.compile(r"(?:https?://|www\.)\S+")


def contact_link(line: str) -> str | None:
    """Where a back-cover contact line links to, when the whole line is a web address or an
    email address (so readers can tap it); None for an address or a phone number."""
    if _WEB.fullmatch(line):
        return line if "://" in line else "https://" + line
    if _EMAIL.fullmatch(line):
        return "mailto:" + line
    return None
