"""Turn a Document into a Booklet: the parts every output has, in order, with no format in sight.

A booklet is a cover, a contents page, the body, the word list (when there are hard
words) and a credits page. Writers lay out a Booklet; they never decide what it holds.
"""

from __future__ import annotations

from dataclasses import dataclass

from easyread.model import Credit, Document, HardWord, Picture, Section, iter_pictures
from easyread.style import Style
from easyread.writers.bundled_font import FAMILY

__all__ = ["Booklet", "ContentsEntry", "Cover", "Credits", "Labels", "compose", "labels_for"]


@dataclass(frozen=True, slots=True)
class Labels:
    """The fixed words a booklet prints, in the document's language."""

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
    layout_caption: str
    layout_description: str
    """What screen readers are told about each layout table in Word files."""


_LABELS = {
    "en": Labels(
        easy_read="Easy read",
        contents="Contents",
        page="Page",
        credits="Who made this booklet",
        written_by="This booklet was written by",
        checked_by="It was checked by",
        pictures="Pictures",
        full_version="You can read the full version here",
        font="Font",
        word_list="Word list",
        skip_link="Skip to the main text",
        layout_caption="Layout",
        layout_description=(
            "Layout table: a picture on the left, its sentences on the right."
        ),
    ),
    "de": Labels(
        easy_read="Leichte Sprache",
        contents="Inhalt",
        page="Seite",
        credits="Wer dieses Heft gemacht hat",
        written_by="Geschrieben von",
        checked_by="Geprüft von",
        pictures="Bilder",
        full_version="Hier finden Sie den ganzen Text",
        font="Schrift",
        word_list="Wörter-Liste",
        skip_link="Zum Haupt-Text springen",
        layout_caption="Layout",
        layout_description=(
            "Layout-Tabelle: links ein Bild, rechts die Sätze dazu."
        ),
    ),
    "fr": Labels(
        easy_read="Facile à lire et à comprendre",
        contents="Sommaire",
        page="Page",
        credits="Qui a fait ce livret",
        written_by="Écrit par",
        checked_by="Relu par",
        pictures="Images",
        full_version="Vous pouvez lire la version complète ici",
        font="Police",
        word_list="Liste des mots",
        skip_link="Aller au texte principal",
        layout_caption="Mise en page",
        layout_description=(
            "Tableau de mise en page : une image à gauche, les phrases à droite."
        ),
    ),
    "es": Labels(
        easy_read="Lectura fácil",
        contents="Índice",
        page="Página",
        credits="Quién hizo este documento",
        written_by="Escrito por",
        checked_by="Validado por",
        pictures="Imágenes",
        full_version="Puede leer la versión completa aquí",
        font="Tipo de letra",
        word_list="Lista de palabras",
        skip_link="Ir al texto principal",
        layout_caption="Diseño",
        layout_description=(
            "Tabla de diseño: una imagen a la izquierda y sus frases a la derecha."
        ),
    ),
}


def labels_for(language: str) -> Labels:
    """The fixed words for a BCP 47 `language`, falling back to English."""
    return _LABELS.get(language.split("-")[0].lower(), _LABELS["en"])


@dataclass(frozen=True, slots=True)
class Cover:
    """The first page: title, subtitle, one large picture, the words "Easy read" and the date."""

    title: str
    subtitle: str
    picture: Picture | None
    date: str


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


def compose(doc: Document) -> Booklet:
    """Plan the parts of the booklet for `doc`. Pure: reads the model, touches no files."""
    meta = doc.meta
    contents = tuple(
        ContentsEntry(section.heading.text, section.heading.anchor, 1)
        for section in doc.sections
        if section.heading is not None
    )
    seen: dict[tuple[str, str], Credit] = {}
    for picture in iter_pictures(doc):
        if picture.credit is not None:
            seen.setdefault((picture.credit.source, picture.credit.licence), picture.credit)
    credits = Credits(
        author=meta.author,
        checked_by=meta.checked_by,
        full_version=meta.full_version,
        pictures=tuple(seen.values()),
        font=_FONT_CREDITS.get(doc.style.font, ""),
    )
    labels = labels_for(meta.language)
    word_list_title = meta.word_list_title or labels.word_list
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
        cover=Cover(meta.title, meta.subtitle, meta.cover, meta.date),
        contents=contents,
        body=doc.sections,
        word_list_title=word_list_title,
        word_list=doc.hard_words,
        credits=credits,
    )

