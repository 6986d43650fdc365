"""The labelled sets the picture matcher is measured on, and how a label accepts a picture.

- ``tests/pictures/labelled.tsv``: easy read sentences we wrote; odd rows development, even
  rows held out. ``labelled_fresh.tsv``: a second held-out set written the same way.
- ``tests/pictures/colloquial.tsv``: everyday sentences that mostly do not name their picture;
  ``everyday_dev.tsv``: more of them, by two other writers, for development ("everyday-dev").
- ``tests/pictures/booklet_like.tsv``: rows written the way real booklets are, for calibrating
  --auto-pictures only (never tuned on); ``booklet_like_dev.tsv`` and
  ``booklet_like_more.tsv``: more rows written the same way by eighteen other writers, for
  development ("booklet-dev").
- ``tests/pictures/corpus_rows.tsv``: rows of real booklets in the team's corpus, by reference
  (file, lines, hash); the words are read from ``../shared/corpus/dev`` at run time.
- ``tests/pictures/seed_rows.tsv``: every row of four words or more of the real booklet in
  ``../shared/seed``, by reference in the same way, labelled for the Mulberry set; development
  and held-out halves as in the corpus rows.
- ``tests/pictures/mulberry_labels.tsv``: the Mulberry pictures acceptable beside each row of
  the sets above, by the row's hash. The first labels were written with the emoji sets'
  names, so many acceptable Mulberry pictures were missing from them; these were written
  later by readers who saw only the rows and the Mulberry catalogue (never the matcher's
  picks), and a row accepts the union of both.
- ``tests/pictures/second_labels.tsv``: a second reader's Mulberry labels of some sets, best
  first, written alone; for measuring how far two readers agree, and for the figures that
  accept a picture either reader accepts.

A label is a picture name or alias, or ``mulberry:FILE_STEM`` for a Mulberry symbol, which
matches the picture whose ``source_id`` is that file stem (people drawn several ways share one
picture, so a variant code such as ``_1a`` is ignored).

A label also accepts every drawing of the same word in the booklet's set: Mulberry draws many
words more than once, and the picture build names the others ``to-X`` (the verb), ``X-2`` and
``X-symbol`` (see scripts/icon_mulberry_index.py), so ``work`` accepts ``to-work`` and
``work-2``. The rule is the same for every row.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from easyread.pictures.library import PictureLibrary

ROOT = Path(__file__).resolve().parents[1]
LABELS = ROOT / "tests" / "pictures"
CORPUS_ENV = "EASYREAD_CORPUS"
ADDED_LABELS = LABELS / "mulberry_labels.tsv"
SECOND_LABELS = LABELS / "second_labels.tsv"
MULBERRY = "mulberry:"
_VARIANT = re.compile(r"_\d[ab]$")
_DRAWING = re.compile(r"^to-|-(\d+|symbol)$")


def word_of(name: str) -> str:
    """The word a picture draws, without the build's marks for its other drawings:
    "to-work", "work-2" and "work-symbol" all draw "work"."""
    return _DRAWING.sub("", _DRAWING.sub("", name))


@dataclass(frozen=True, slots=True)
class LabelledRow:
    """One row of text with every picture that would be acceptable beside it."""

    text: str
    labels: frozenset[str]
    group: str
    """Which figure the row counts in: "labelled-dev", "corpus-held", "colloquial" ..."""
    source: str = ""
    """Where a corpus row comes from: "file:first-last"."""
    second: tuple[str, ...] = ()
    """A second reader's labels, best first (none when no second reader labelled the row)."""


class CorpusError(Exception):
    """The corpus folder, or a file or row in it, is not what the labels refer to."""


def _tsv(path: Path) -> list[list[str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows


def sentence_rows(path: Path, group: str, alternate: str = "") -> list[LabelledRow]:
    """(sentence, labels) rows; with `alternate`, every second row goes to that group instead."""
    out = []
    for number, (sentence, names) in enumerate(_tsv(path)):
        name = alternate if alternate and number % 2 else group
        out.append(LabelledRow(sentence, frozenset(names.split()), name))
    return out


def corpus_dir(explicit: Path | None = None) -> Path:
    """The corpus folder: `explicit`, else $EASYREAD_CORPUS, else ../shared/corpus/dev beside
    the repository (as CI lays it out)."""
    folder = explicit or Path(os.environ.get(CORPUS_ENV) or ROOT.parent / "shared/corpus/dev")
    if not (folder / "manifest.tsv").is_file():
        raise CorpusError(
            f"the corpus is not at {folder}: the real-booklet figures need it "
            f"(give its folder with --corpus or ${CORPUS_ENV})"
        )
    return folder


def row_text(lines: list[str], first: int, last: int) -> str:
    """The words of lines `first`..`last` (1-based), joined with single spaces."""
    return " ".join(" ".join(lines[first - 1:last]).split())


def row_hash(text: str) -> str:
    """The short hash that ties a label to the exact words of its row."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def corpus_rows(folder: Path, path: Path = LABELS / "corpus_rows.tsv",
                kind: str = "corpus") -> list[LabelledRow]:
    """The labelled rows of real booklets in `path`, with their words read from `folder`.
    Each goes to its half's group: KIND-dev or KIND-held ("corpus-dev", "seed-held")."""
    files: dict[str, list[str]] = {}
    out = []
    for name, span, digest, half, labels in _tsv(path):
        if name not in files:
            try:
                files[name] = (folder / name).read_text(encoding="utf-8").splitlines()
            except OSError as error:
                raise CorpusError(f"{folder / name}: cannot read it ({error})") from error
        first, last = (int(n) for n in span.split("-"))
        text = row_text(files[name], first, last)
        if row_hash(text) != digest:
            raise CorpusError(f"{folder / name}:{first}: the words differ from the labelled row")
        group = f"{kind}-dev" if half == "development" else f"{kind}-held"
        out.append(LabelledRow(text, frozenset(labels.split()), group, f"{name}:{span}"))
    return out


def our_rows() -> list[LabelledRow]:
    """The rows written for the project: labelled (both halves), fresh, colloquial, everyday
    and booklet-like (development and calibration)."""
    rows = sentence_rows(LABELS / "labelled.tsv", "labelled-dev", alternate="labelled-held")
    rows += sentence_rows(LABELS / "labelled_fresh.tsv", "fresh")
    rows += sentence_rows(LABELS / "colloquial.tsv", "colloquial")
    rows += sentence_rows(LABELS / "everyday_dev.tsv", "everyday-dev")
    rows += sentence_rows(LABELS / "booklet_like_dev.tsv", "booklet-dev")
    rows += sentence_rows(LABELS / "booklet_like_more.tsv", "booklet-dev")
    rows += sentence_rows(LABELS / "booklet_like.tsv", "booklet-like")
    return with_second_labels(with_added_labels(rows))


def seed_dir(corpus: Path) -> Path:
    """The folder of the real booklet in ../shared/seed, found from the corpus folder."""
    return corpus.parent.parent / "seed"


def with_added_labels(rows: list[LabelledRow], path: Path = ADDED_LABELS) -> list[LabelledRow]:
    """`rows` with the labels `path` adds to each, found by the hash of the row's words."""
    added = {digest: frozenset(names.split()) - {"-"} for digest, names in _tsv(path)}
    return [replace(row, labels=row.labels | added.get(row_hash(row.text), frozenset()))
            for row in rows]


def with_second_labels(rows: list[LabelledRow], path: Path = SECOND_LABELS
                       ) -> list[LabelledRow]:
    """`rows` with the second reader's labels of each, found by the hash of the row's words."""
    second = {digest: tuple(names.split()) for digest, names in _tsv(path)}
    return [replace(row, second=second.get(row_hash(row.text), ())) for row in rows]


def all_rows(corpus: Path | None = None) -> list[LabelledRow]:
    """Every labelled row: ours, the corpus rows and the seed booklet's rows."""
    folder = corpus_dir(corpus)
    theirs = corpus_rows(folder)
    theirs += corpus_rows(seed_dir(folder), LABELS / "seed_rows.tsv", kind="seed")
    return our_rows() + with_second_labels(with_added_labels(theirs))


def acceptor(library: PictureLibrary) -> Callable[[frozenset[str]], frozenset[str]]:
    """A function from a row's labels to the picture names that count as right for it."""
    by_source: dict[str, set[str]] = {}
    by_word: dict[str, set[str]] = {}
    for picture in library.pictures:
        by_word.setdefault(word_of(picture.name), set()).add(picture.name)
        if picture.source_id:
            by_source.setdefault(_VARIANT.sub("", picture.source_id), set()).add(picture.name)

    def names(labels: frozenset[str]) -> frozenset[str]:
        good: set[str] = set()
        for label in labels:
            if label.startswith(MULBERRY):
                good.update(by_source.get(_VARIANT.sub("", label[len(MULBERRY):]), ()))
                continue
            # Labels may use any name or alias; compare by the name each one resolves to.
            picture = library.resolve(label)
            good.add(picture.name if picture else label)
        return frozenset(good | {same for name in good for same in by_word.get(word_of(name), ())})

    return names
