"""Read the document once into words and sentences with exact source positions.

Rules share one :class:`Analysis`, so the text is split only once. Contact details
(web addresses, emails, phone numbers, postcodes) are masked out of the words, so no
rule counts or judges them.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field
from typing import Literal

from easyread.checker.profile import Profile, is_contact_heading
from easyread.checker.sentences import Sentence, split_sentences
from easyread.location import Location
from easyread.model import Box, Document, Heading, Line, ListBlock, PictureGroup, Row

__all__ = ["Analysis", "LineText", "RowText", "Sentence", "Word", "analyse", "normalise"]

RowKind = Literal["body", "list", "box", "caption"]
"""Where a row stands; "caption" is the words under a picture of a picture group."""

_CONTACT = re.compile(
    r"""(?xi)
    (?:https?://|www\.)\S+                                   # web address
    | [\w.+-]+@[\w-]+(?:\.[\w-]+)+                           # email
    | (?<![\w@])@\w{2,}                                      # social media name
    | \b[\w-]+(?:\.[\w-]+)*\.(?:gov|org|com|net|nhs|scot|wales|uk|au|de|fr|es|eu|info)
      (?:\.[a-z]{2,3})*(?:/\S*)?                             # bare domain
    | (?<![\w/])\+?\(?\d[\d()\-\ ]{6,}\d\b                   # phone number
    | \b[A-Z]{1,2}\d[A-Z\d]?\ ?\d[A-Z]{2}\b                  # UK postcode
    """
)
# Inside a word: apostrophes, hyphens, dots ("e.g"), "&", and the mediopoints Leichte Sprache
# splits compounds with ("Groß·mutter"; texts use several look-alike dots).
# Letter and digit runs joined by these marks, ending in a letter or digit (possessive: the
# regex never backtracks).
_WORD = re.compile(
    r"[^\W\d_][^\W_]*+(?:[_'\u2019\-.&\u00b7\u2219\u22c5\u2027]++[^\W_]++)*+"
    r"|\d++(?:[,.]++\d++)*+%?"
)
# The same for a line of ASCII text only (most lines), where the regex runs twice as fast.
_ASCII_WORD = re.compile(
    r"[A-Za-z][A-Za-z0-9]*+(?:[_'\-.&]++[A-Za-z0-9]++)*+|[0-9]++(?:[,.]++[0-9]++)*+%?"
)
_MEDIOPOINTS = str.maketrans({"\u2219": "\u00b7", "\u22c5": "\u00b7", "\u2027": "\u00b7"})
_COMMENT = re.compile(r"<!--.*?-->")
_DIGITS = re.compile(r"\d")
_MAYBE_CONTACT = re.compile(r"\d|@|\.\w")


def normalise(word: str) -> str:
    """`word` in lower case with curly apostrophes made straight, for list look-ups."""
    return word.lower().replace("\u2019", "'").translate(_MEDIOPOINTS)


@dataclass(slots=True)
class Word:
    """A word (or number) in a line, at offsets `start`..`end` of the line's text."""

    text: str
    line: LineText
    start: int
    end: int
    strong: bool = False
    emphasis: bool = False
    sentence_start: bool = False
    key: str = ""
    """The word in lower case with straight apostrophes, for list look-ups."""

    @property
    def is_number(self) -> bool:
        """True for a number written in digits."""
        return self.text[0].isdigit()

    @property
    def loc(self) -> Location:
        """Where the word starts in the source."""
        return self.line.loc_at(self.start)


@dataclass(slots=True)
class LineText:
    """A line's text, its words, and how to turn an offset into a source column."""

    line: Line
    text: str
    masked: str
    """The text with contact details and comments replaced by spaces (same length)."""
    words: list[Word] = field(default_factory=list)
    contact: bool = False
    """True when the line holds a web address, email, phone number or postcode."""
    _starts: list[tuple[int, int]] = field(default_factory=list)

    def column_at(self, offset: int) -> int:
        """The 1-based source column of character `offset` in the line's text."""
        column = self.line.loc.column
        for start, run_column in self._starts:
            if start > offset:
                break
            column = run_column + offset - start
        return column

    def loc_at(self, offset: int) -> Location:
        """The source location of character `offset`."""
        return self.line.loc.at(column=self.column_at(offset))


@dataclass(slots=True)
class RowText:
    """A row with its lines, sentences and where it sits in the booklet."""

    row: Row
    kind: RowKind
    section: str
    """The title of the section the row is in ("" before the first heading)."""
    contact: bool
    """True for a row of contact details, or in a contact section: left out of the measures."""
    lines: list[LineText]
    sentences: list[Sentence]

    @property
    def words(self) -> list[Word]:
        """Every word of the row in order."""
        return [word for line in self.lines for word in line.words]


@dataclass(slots=True)
class Analysis:
    """The whole document, split once: body rows, headings and shared word facts."""

    doc: Document
    profile: Profile
    rows: list[RowText]
    headings: list[tuple[Heading, LineText]]
    names: set[str]
    """Words written with a capital inside a sentence: names of people, places and things."""
    strong_terms: set[str]
    """Normalised text of every bold run in the body."""
    memo: dict[object, object] = field(default_factory=dict)
    """Results shared between rules and the summary, such as the list of hard words."""
    pages: int = 0
    """The page count: from the built PDF when known, otherwise estimated."""
    pages_known: bool = False

    @property
    def measured_rows(self) -> list[RowText]:
        """Rows that count for the measures: not contact rows."""
        return [row for row in self.rows if not row.contact]

    def is_name(self, word: Word) -> bool:
        """True when `word` looks like a name rather than an ordinary word."""
        text = word.text
        if not text[0].isupper() or text.isupper():
            return False
        if self.profile.capitalised_nouns:
            return text in self.names
        return not word.sentence_start or text in self.names


def line_text(line: Line) -> LineText:
    """Split one line into words, masking contact details and comments."""
    runs = line.runs
    if len(runs) == 1:  # most lines are one run: skip the offset bookkeeping
        run = runs[0]
        text = run.text
        starts = [(0, run.column)]
        styled = [(0, len(text), run.strong, run.emphasis)] if run.strong or run.emphasis else []
    else:
        starts = []
        styled = []
        offset = 0
        for run in runs:
            starts.append((offset, run.column))
            if run.strong or run.emphasis:
                styled.append((offset, offset + len(run.text), run.strong, run.emphasis))
            offset += len(run.text)
        text = line.text
    masked = _COMMENT.sub(lambda m: " " * len(m.group()), text) if "<!--" in text else text
    count = 0
    if _MAYBE_CONTACT.search(masked):  # most lines hold no digit, "@" or ".x": skip the big regex
        masked, count = _CONTACT.subn(lambda m: " " * len(m.group()), masked)
    result = LineText(line, text, masked, contact=count > 0, _starts=starts)
    words = result.words
    pattern = _ASCII_WORD if masked.isascii() else _WORD
    # A match never ends in "." (both _WORD branches end in a letter, digit or "%").
    if styled:
        for match in pattern.finditer(masked):
            word = match.group()
            start, end = match.span()
            strong = emphasis = False
            for begin, stop, is_strong, is_emphasis in styled:
                if begin <= start < stop:
                    strong, emphasis = is_strong, is_emphasis
                    break
            key = word.lower() if word.isascii() else normalise(word)
            words.append(Word(word, result, start, end, strong, emphasis, False, key))
    else:
        # Between 2 matches lie no letters or digits, and a word starts with one, so `find`
        # gives each word's start (cheaper than match objects).
        find = masked.find
        append = words.append
        end = 0
        if pattern is _ASCII_WORD:  # ASCII: lower case is letter for letter, so slice it
            lower = masked.lower()
            for word in pattern.findall(masked):
                start = find(word, end)
                end = start + len(word)
                append(Word(word, result, start, end, False, False, False, lower[start:end]))
        else:
            for word in pattern.findall(masked):
                start = find(word, end)
                end = start + len(word)
                key = word.lower() if word.isascii() else normalise(word)
                append(Word(word, result, start, end, False, False, False, key))
    return result


def _walk(block: Row | ListBlock | Box | PictureGroup,
          kind: RowKind) -> list[tuple[Row, RowKind]]:
    if isinstance(block, Row):
        return [(block, kind)]
    if isinstance(block, PictureGroup):
        return [(item, "caption") for item in block.items]
    if isinstance(block, ListBlock):
        return [pair for item in block.items for pair in _walk(item, "list")]
    return [pair for inner in block.blocks for pair in _walk(inner, "box")]


def analyse(doc: Document, profile: Profile, contact_headings: Collection[str]) -> Analysis:
    """Split `doc` into rows, lines, sentences and words once for all rules.

    Rows under a heading that starts with one of `contact_headings` are contact rows.
    """
    rows: list[RowText] = []
    headings: list[tuple[Heading, LineText]] = []
    for section in doc.sections:
        title = section.heading.text if section.heading is not None else ""
        in_contact = is_contact_heading(title, contact_headings)
        if section.heading is not None:
            headings.append((section.heading, line_text(section.heading.line)))
        sub_contact = False
        for block in section.blocks:
            if isinstance(block, Heading):
                headings.append((block, line_text(block.line)))
                sub_contact = is_contact_heading(block.text, contact_headings)
                continue
            if not isinstance(block, Row | ListBlock | Box | PictureGroup):
                continue
            for row, kind in _walk(block, "body"):
                lines = [line_text(line) for line in row.lines]
                sentences = split_sentences(lines, profile)
                # A row of contact details; a long paragraph with one web address is not one.
                contact = (
                    in_contact
                    or sub_contact
                    or (any(line.contact for line in lines) and len(sentences) <= 2)
                )
                rows.append(RowText(row, kind, title, contact, lines, sentences))
    names = _names(rows, profile)
    strong: set[str] = set()
    for row_text in rows:
        for line in row_text.lines:
            for run in line.line.runs:
                if run.strong and run.text.strip():
                    strong.add(normalise(run.text.strip(" .,:;!?")))
    return Analysis(doc, profile, rows, headings, names, strong)


def _names(rows: list[RowText], profile: Profile) -> set[str]:
    """Words written with a capital inside a sentence, taken to be names.

    Where every noun has a capital (German), a word that ever follows a determiner
    ("der Wolf", "im Wald") is a noun; the rest ("Anna", "Rot·käppchen") are names.
    """
    names: set[str] = set()
    nouns: set[str] = set()
    determiners = profile.noun_determiners if profile.capitalised_nouns else frozenset()
    for row in rows:
        for sentence in row.sentences:
            previous = ""
            for word in sentence.words:
                text = word.text
                if text[0].isupper() and not text.isupper():
                    if previous in determiners:
                        nouns.add(text)
                    elif not word.sentence_start:
                        names.add(text)
                previous = word.key
    return names - nouns


def has_digits(text: str) -> bool:
    """True when `text` holds a digit."""
    return bool(_DIGITS.search(text))
