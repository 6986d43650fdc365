"""A Word file's parts in easyread's places: title and cover, sections, word list, credits
and back cover.

The fixed words easyread prints ("Easy read", "Contents", the credits page) are recognised in
every language easyread has a pack for, so a booklet's own Word file comes back without them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from easyread.importers.body import Table
from easyread.importers.draft import (
    Box,
    Draft,
    DraftBlock,
    DraftHeading,
    DraftPicture,
    DraftRow,
    Group,
    Line,
    Segment,
    WordListEntry,
)
from easyread.importers.paragraphs import Paragraph
from easyread.importers.rows import RowMaker
from easyread.importers.text import split_sentences
from easyread.languages import available_languages, language_for

__all__ = ["build_draft", "is_plain", "pictures_of"]

Item = Paragraph | Table

_WORD_LIST_TITLES = {"hard words", "word list", "glossary", "difficult words", "words to know",
                     "what the words mean", "schwierige wörter", "wörterbuch", "glossaire",
                     "glosario"}
_MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|"
           "december|januar|februar|märz|juni|juli|oktober|dezember|janvier|février|mars|"
           "avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|"
           "marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre")
_DATE = re.compile(rf"^(\d{{1,2}}\s+)?({_MONTHS})?\s*(19|20)\d\d$", re.I)


@cache
def _labels() -> tuple[dict[str, str], ...]:
    """The fixed words of every language easyread has a pack for."""
    return tuple(dict(language_for(code).labels) for code in available_languages())


def _key(text: str) -> str:
    return " ".join(text.lower().replace("-", " ").split()).rstrip(":")


def build_draft(items: list[Item], rows: RowMaker) -> Draft:
    """Sort `items` (the body, in order) into a :class:`Draft`."""
    draft = Draft()
    rest = _front(items, rows, draft)
    body: list[Item] = []
    in_credits = False
    for heading, section in _sections(rest, rows):
        key = "" if heading is None else _key(heading.text)
        level = (rows.heading_level(heading) or (1, False))[0] if heading else 1
        if in_credits and level > 1:
            continue  # the picture credits: easyread writes them again from its library
        in_credits = False
        if heading is not None and key in {_key(lab["contents"]) for lab in _labels()}:
            continue
        if heading is not None and section and all(
                isinstance(item, Paragraph) and (item.contents_entry or not item.text)
                for item in section):
            continue  # a contents page under any heading
        if heading is not None and key in {_key(lab["credits"]) for lab in _labels()}:
            _credits(section, draft)
            in_credits = True
            continue
        if heading is not None and key in {_key(lab["contact"]) for lab in _labels()} and (
                _back_cover(section, draft)):
            continue
        if heading is not None and not draft.word_list and (
                key in _WORD_LIST_TITLES | {_key(lab["word_list"]) for lab in _labels()}):
            entries = _word_list(section, rows)
            if entries:
                draft.word_list_title, draft.word_list = heading.text, entries
                continue
        body += ([] if heading is None else [heading]) + section
    draft.blocks = _blocks(body, rows)
    return draft


def _front(items: list[Item], rows: RowMaker, draft: Draft) -> list[Item]:
    """Take the title page from the start of `items`; return the items after it."""
    easy_read = {_key(lab["easy_read"]) for lab in _labels()}
    index = 0
    while index < len(items):
        item = items[index]
        if isinstance(item, Table):
            if not (draft.title and _maker(item, draft)):
                break
            index += 1
            continue
        if item.style.kind == "title" and not draft.title:
            draft.title = item.text
        elif item.style.kind == "subtitle" and not draft.subtitle:
            draft.subtitle = item.text
        elif _key(item.text) in easy_read:
            pass  # easyread prints these words on every cover
        elif (not draft.title and item.text and item.style.kind != "heading" and item.size
              and item.size >= rows.text_size * 1.5):
            draft.title = item.text  # the first large line of a file without a Title style
        elif draft.title and item.style.name == "Cover Logo":
            # easyread's own cover: the organisation's logo with its name beside it
            draft.organisation = " ".join(item.text.split())
            draft.logo = item.pictures[0] if item.pictures else None
        elif rows.heading_level(item):
            break
        elif draft.title and not item.text and len(item.pictures) == 1 and draft.cover is None:
            draft.cover = item.pictures[0]
        elif draft.title and _DATE.match(item.text.strip()) and not draft.date:
            draft.date = item.text.strip()
        elif item.text or item.pictures:
            break
        index += 1
    if not draft.title:  # nothing looked like a title: the cover's words are ordinary rows
        draft.subtitle, draft.date, draft.cover = "", "", None
        return items
    return items[index:]


def _maker(table: Table, draft: Draft) -> bool:
    """Read easyread's own cover foot, a table of one row: the organisation's logo in a
    Cover Logo paragraph and its name beside it. False for any other table."""
    if len(table.rows) != 1 or len(table.rows[0]) != 2:
        return False
    logo, name = (cell.paragraphs for cell in table.rows[0])
    if not logo or logo[0].style.name != "Cover Logo" or not logo[0].pictures:
        return False
    draft.logo = logo[0].pictures[0]
    draft.organisation = " ".join(" ".join(p.text for p in name).split())
    return True


def _sections(items: list[Item], rows: RowMaker) -> Iterator[tuple[Paragraph | None,
                                                                      list[Item]]]:
    heading: Paragraph | None = None
    section: list[Item] = []
    for item in items:
        if isinstance(item, Paragraph) and rows.heading_level(item):
            if heading is not None or section:
                yield heading, section
            heading, section = item, []
        else:
            section.append(item)
    if heading is not None or section:
        yield heading, section


def _blocks(items: list[Item], rows: RowMaker) -> list[DraftBlock]:
    blocks: list[DraftBlock] = []
    waiting: list[Paragraph] = []
    for item in items:
        if isinstance(item, Table):
            blocks += rows.paragraphs(waiting)
            waiting = []
            blocks += rows.table(item)
        else:
            waiting.append(item)
    return blocks + rows.paragraphs(waiting)


def _credits(section: list[Item], draft: Draft) -> None:
    """Who wrote and checked the booklet, from easyread's own last page."""
    paragraphs = [item for item in section if isinstance(item, Paragraph)]
    for index, p in enumerate(paragraphs):
        for lab in _labels():
            if p.text.startswith(lab["written_by"]):
                draft.author = p.text[len(lab["written_by"]):].strip().rstrip(".")
            elif p.text.startswith(lab["checked_by"]):
                names = p.text[len(lab["checked_by"]):].strip().rstrip(".")
                # One entry: easyread joined the names with commas, and a name may hold one.
                draft.checked_by = [names] if names else []
            elif p.text.startswith(lab["full_version"]) and index + 1 < len(paragraphs):
                links = [seg.link for line in paragraphs[index + 1].lines for seg in line
                         if seg.link]
                draft.full_version = links[0] if links else paragraphs[index + 1].text


def _back_cover(section: list[Item], draft: Draft) -> bool:
    """The contact lines of easyread's own back cover, known by its sentence about other
    formats (a booklet's own contact section has no such sentence and stays in the body)."""
    sentences = {_key(lab["other_formats"]) for lab in _labels()}
    texts = [item.text.replace("\u00a0", " ").strip() for item in section
             if isinstance(item, Paragraph) and item.text.strip()]
    if not texts or _key(texts[-1]) not in sentences:
        return False
    draft.back_cover = texts[:-1]
    return True


def _word_list(section: list[Item], rows: RowMaker) -> list[WordListEntry]:
    """The hard words: bold words with explanations after them, or a two-column table."""
    entries: list[WordListEntry] = []
    term = ""
    lines: list[Line] = []

    def close() -> None:
        if term and lines:
            entries.append(WordListEntry(term, tuple(lines)))

    for item in section:
        if isinstance(item, Table):
            if not all(len(cells) == 2 for cells in item.rows):
                return []
            for left, right in item.rows:
                word = " ".join(p.text for p in left.paragraphs).strip()
                said = [s for p in right.paragraphs for line in p.lines
                        for s in split_sentences(line)]
                if word and said:
                    entries.append(WordListEntry(word.rstrip(":"), tuple(said)))
            continue
        if not item.text:
            continue
        if item.all_bold and len(item.text.split()) <= 8:
            close()
            term, lines = item.text.rstrip(":"), []
            continue
        first = item.lines[0] if item.lines else ()
        if len(first) > 1 and first[0].bold:
            # "Word: what it means" with the word in bold, in one paragraph.
            close()
            term, lines = first[0].text.strip().rstrip(":").strip(), []
            rest = (Segment(first[1].text.lstrip(" :-\u2013"), link=first[1].link), *first[2:])
            lines += split_sentences(tuple(s for s in rest if s.text))
            for more in item.lines[1:]:
                lines += split_sentences(more)
            continue
        if not term:
            return []
        for line in item.lines:
            lines += split_sentences(line)
    close()
    return entries


def is_plain(draft: Draft) -> bool:
    """True when no row has a picture: the import is a first draft to add pictures to."""
    return not any(_has_picture(block) for block in draft.blocks)


def _has_picture(block: DraftBlock) -> bool:
    if isinstance(block, DraftRow | DraftHeading):
        return block.picture is not None
    return any(row.picture is not None for row in block.rows)



def pictures_of(draft: Draft) -> list[DraftPicture]:
    """Every picture the draft uses, cover and logo first, in reading order."""
    found = [picture for picture in (draft.cover, draft.logo) if picture is not None]
    for block in draft.blocks:
        rows = block.rows if isinstance(block, Box | Group) else (block,)
        found += [row.picture for row in rows if row.picture is not None]
    return found
