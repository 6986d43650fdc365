"""Measure the picture matcher on the labelled sets: top-1, top-3, --auto-pictures, speed.

The sets (see benchmarks/picture_labels.py):
- labelled-dev / labelled-held: tests/pictures/labelled.tsv, odd and even rows;
- fresh: tests/pictures/labelled_fresh.tsv, written before a round of tuning, never tuned on;
- colloquial: tests/pictures/colloquial.tsv, everyday sentences that rarely name their picture;
- everyday-dev: tests/pictures/everyday_dev.tsv, more of them, for development;
- booklet-dev: tests/pictures/booklet_like_dev.tsv, rows written as real booklets are;
- booklet-like: tests/pictures/booklet_like.tsv, more of them, for calibration only;
- corpus-dev / corpus-held: rows of real booklets (../shared/corpus/dev), by reference;
- seed-dev / seed-held: the rows of the real booklet in ../shared/seed, by reference.

Only the development groups (labelled-dev, everyday-dev, booklet-dev, corpus-dev, seed-dev) may
be looked at while tuning: --misses lists their misses; --all-misses lists every miss and is not
for tuning.
The matcher's salience table (easyread/pictures/salience.py) is learned from the LEARNING groups,
so their figures are measured out of fold: each row by a table learned without it (--in-sample
measures them with the shipped table, which overstates them).
"auto" counts the rows --auto-pictures fills (as it does: each corpus booklet's rows in order,
so a picture already used for another idea counts for less) and, of those, the share whose
picture is not acceptable. --calibrate finds the score and lead thresholds that fill the most
calibration rows (CALIBRATION) while the 80% upper confidence bound on their wrong share stays
at or under the 5% target: a few dozen placements are too few to trust their wrong share as it
is (1 wrong of 50 is 2%, but the share could well be 6%).
Run: python benchmarks/pictures_accuracy.py [--corpus DIR] [--misses] [--all-misses]
     [--calibrate] [--in-sample] [--either] [--agreement] [--set NAME]
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from picture_labels import CorpusError, LabelledRow, acceptor, all_rows, our_rows, row_hash

from easyread.pictures.choose import MIN_LEAD, MIN_SCORE, Picker
from easyread.pictures.library import PictureLibrary
from easyread.pictures.salience import count_salience, format_salience
from easyread.pictures.suggest import Matcher, Suggestion, matcher_for

__all__ = ["GROUPS", "LEARNING", "Agreement", "Figures", "agreement", "all_rows", "calibrate",
           "evaluate", "fold_matchers", "learned_salience", "main", "our_rows", "row_hash",
           "speed", "topics", "wrong_bound"]

GROUPS = ("labelled-dev", "labelled-held", "fresh", "colloquial", "everyday-dev", "booklet-dev",
          "booklet-like", "corpus-dev", "corpus-held", "seed-dev", "seed-held")
TUNING = frozenset({"labelled-dev", "everyday-dev", "booklet-dev", "corpus-dev", "seed-dev"})
CALIBRATION = tuple(group for group in GROUPS if not group.endswith("-held"))
"""The rows the thresholds are calibrated on: every row not held out (about 7,200). Rows the
word lists were fitted to overstate confidence, so the rows they were least fitted to are in too
(booklet-like: never looked at; fresh and colloquial), and the rows the salience table learns
from are measured out of fold. The first calibration, on about 720 rows, showed why few rows
are not enough: the 37 rows least fitted to chose a score of 0.9 and a lead of 0.40 by
themselves, which put 0 wrong on them but 4 wrong on 76 development rows."""
LEARNING = ("labelled-dev", "fresh", "colloquial", "everyday-dev", "booklet-dev", "corpus-dev",
            "seed-dev")
"""The rows the salience table (easyread/pictures/salience.py) is learned from: every
development row, never a held-out row, nor booklet-like (kept for calibration). Their figures
are measured out of fold (FOLDS), each row by a table learned without it."""
FOLDS = 5
TOPIC_ROWS = 25
"""Rows written one after another are mostly on one topic (a writer's dozen rows on voting, a
booklet's section), so folds take whole runs of this many rows of a set, and whole corpus
booklets: a row is never measured by a table learned from its neighbours on the same topic,
which is the question for a new booklet. (On the 2,686 development rows the top-1 comes out
the same as with folds of single rows: 79.4% against 79.2%.)"""
MOST_WRONG = 0.05
"""The wrong share --auto-pictures may have (the issue's target)."""
CONFIDENCE = 0.8
"""How sure calibration must be that the wrong share is at most MOST_WRONG."""


def wrong_bound(wrong: int, placed: int, confidence: float = CONFIDENCE) -> float:
    """The one-sided upper confidence bound (Clopper-Pearson) on the wrong share of all
    placements, having seen `wrong` wrong of `placed`: 0 of 37 gives 4.3% at 80%."""
    if placed == 0:
        return 1.0
    low, high = wrong / placed, 1.0
    for _ in range(50):  # bisection: the chance of so few wrong falls as the share grows
        share = (low + high) / 2
        chance = sum(_binomial(placed, k, share) for k in range(wrong + 1))
        low, high = (share, high) if chance > 1 - confidence else (low, share)
    return high


def _binomial(n: int, k: int, p: float) -> float:
    """The chance of exactly k of n at chance p each, in logarithms: a thousand placements
    make the binomial coefficient too large for a float."""
    if p <= 0.0 or p >= 1.0:
        return float(k == (n if p >= 1.0 else 0))
    return math.exp(math.lgamma(n + 1) - math.lgamma(k + 1) - math.lgamma(n - k + 1)
                    + k * math.log(p) + (n - k) * math.log1p(-p))


@dataclass
class Figures:
    """The counts behind one group's numbers."""

    rows: int = 0
    top1: int = 0
    top3: int = 0
    filled: int = 0
    wrong: int = 0
    misses: list[str] = field(default_factory=list)

    def line(self, name: str) -> str:
        wrong = self.wrong / self.filled if self.filled else 0.0
        return (f"{name:14} rows {self.rows:4}  top-1 {self.top1 / self.rows:6.1%}  "
                f"top-3 {self.top3 / self.rows:6.1%}  auto fills {self.filled:4} "
                f"({self.filled / self.rows:4.0%}), wrong {self.wrong:3} ({wrong:5.1%})")


def learned_salience(rows: list[LabelledRow], library: PictureLibrary,
                     picks: Callable[[str], Mapping[str, str]] | None = None
                     ) -> dict[str, tuple[int, int]]:
    """The salience counts of `rows`, by the first reader's labels, from the matcher as it is
    without a salience table (`picks`: its best_pictures, when already worked out)."""
    good_names = acceptor(library)
    if picks is None:
        picks = Matcher(library, salience="").best_pictures
    return count_salience(picks, ((row.text, good_names(row.labels)) for row in rows))


def _key(row: LabelledRow) -> tuple[str, str, str]:
    return row.group, row.source, row.text


def topics(rows: list[LabelledRow]) -> dict[tuple[str, str, str], str]:
    """Each row's topic, for keeping a topic in one fold: a corpus row's booklet, or for our
    sets a run of TOPIC_ROWS rows written one after another."""
    out: dict[tuple[str, str, str], str] = {}
    counts: dict[str, int] = {}
    for row in rows:
        if row.source:
            out[_key(row)] = row.source.split(":")[0]
        else:
            number = counts[row.group] = counts.get(row.group, -1) + 1
            out[_key(row)] = f"{row.group}:{number // TOPIC_ROWS}"
    return out


def fold_matchers(rows: list[LabelledRow], library: PictureLibrary, folds: int = FOLDS
                  ) -> Callable[[LabelledRow], Matcher]:
    """For each row, the matcher to measure it with: a LEARNING row gets one whose salience
    table was learned from the other folds of the LEARNING rows (whole topics to a fold, see
    TOPIC_ROWS); any other row gets the shipped matcher."""
    learning = [row for row in rows if row.group in LEARNING]
    topic_of = topics(learning)
    order = {topic: number for number, topic in enumerate(dict.fromkeys(topic_of.values()))}
    fold_of = {key: order[topic] % folds for key, topic in topic_of.items()}
    # Each row's picks do not depend on the fold: work them out once, not once a fold.
    plain = Matcher(library, salience="")
    picks = {row.text: plain.best_pictures(row.text) for row in learning}
    matchers = [Matcher(library, salience=format_salience(learned_salience(
        [row for row in learning if fold_of[_key(row)] != fold], library, picks.__getitem__),
        "")) for fold in range(folds)]
    shipped = matcher_for(library)
    return lambda row: matchers[fold_of[_key(row)]] if _key(row) in fold_of else shipped


def evaluate(rows: list[LabelledRow], library: PictureLibrary,
             min_lead: float = MIN_LEAD, min_score: float = MIN_SCORE,
             matcher_of: Callable[[LabelledRow], Matcher] | None = None
             ) -> dict[str, Figures]:
    """The figures of each group of `rows`, each row measured with `matcher_of(row)` (by
    default the shipped matcher)."""
    shipped = matcher_for(library)
    good_names = acceptor(library)
    figures = {group: Figures() for group in GROUPS}
    pickers: dict[tuple[str, int], Picker] = {}
    for row in rows:
        matcher = matcher_of(row) if matcher_of else shipped
        good = good_names(row.labels)
        found = matcher.suggest(row.text, 3)
        names = [s.name for s in found]
        numbers = figures[row.group]
        numbers.rows += 1
        hit = bool(names) and names[0] in good
        numbers.top1 += hit
        numbers.top3 += any(n in good for n in names)
        # A corpus row is one row of its booklet; our sentences each stand alone.
        booklet = row.source.split(":")[0] if row.source else row.text
        picker = pickers.setdefault((booklet, id(matcher)), Picker(matcher, min_score, min_lead))
        chosen, _ = picker.pick(row.text)
        if chosen is not None:
            numbers.filled += 1
            numbers.wrong += chosen.name not in good
        if not hit:
            score = f"{found[0].score:.1f}" if found else "-"
            numbers.misses.append(f"{row.source or row.text!r}: {row.text[:90]!r} got {names} "
                                  f"(top score {score}), want {sorted(good)}")
    return figures


def calibrate(rows: list[LabelledRow], library: PictureLibrary,
              most_wrong: float = MOST_WRONG,
              matcher_of: Callable[[LabelledRow], Matcher] | None = None
              ) -> tuple[float, float]:
    """The (score, lead) thresholds (see easyread.pictures.choose) that fill the most
    calibration rows while, with CONFIDENCE, at most `most_wrong` of all placements would be
    wrong (wrong_bound); ties go to the lower thresholds. Held-out rows are placed too, in
    booklet order, but not counted."""
    remembered: dict[int, _Remembered] = {}
    shipped = matcher_for(library)

    def remembered_for(row: LabelledRow) -> Matcher:
        matcher = matcher_of(row) if matcher_of else shipped
        return remembered.setdefault(id(matcher), _Remembered(matcher))  # type: ignore[return-value]

    best: tuple[int, float, float] | None = None
    for min_score in (0.4, 0.6, 0.8, 1.0, 1.2, 1.4, 1.6, 1.8, 2.0, 2.2, 2.5, 3.0):
        for twentieths in range(4, 19):
            figures = evaluate(rows, library, twentieths / 20, min_score, remembered_for)
            filled = sum(figures[g].filled for g in CALIBRATION)
            wrong = sum(figures[g].wrong for g in CALIBRATION)
            if wrong_bound(wrong, filled) <= most_wrong and (best is None or filled > best[0]):
                best = (filled, min_score, twentieths / 20)
    return (best[1], best[2]) if best else (MIN_SCORE, 1.0)


class _Remembered:
    """A matcher whose suggestions for a text are worked out once: calibration places the same
    rows under 180 pairs of thresholds, which do not change the suggestions."""

    def __init__(self, matcher: Matcher) -> None:
        self.matcher = matcher
        self.seen: dict[tuple[str, int], list[Suggestion]] = {}

    def suggest(self, text: str, limit: int = 5) -> list[Suggestion]:
        key = (text, limit)
        if key not in self.seen:
            self.seen[key] = self.matcher.suggest(text, limit)
        return self.seen[key]


@dataclass
class Agreement:
    """How a second reader's labels of one group's rows compare with the first reader's."""

    rows: int = 0
    first_pick: int = 0
    """Rows where the second reader's first picture is acceptable to the first reader."""
    overlap: float = 0.0
    """The sum over rows of the share of pictures the two lists have in common (Jaccard)."""
    matcher: list[int] = field(default_factory=lambda: [0, 0, 0])
    """Rows where the matcher's first picture is acceptable to the first reader, the second,
    and either."""

    def line(self, name: str) -> str:
        n = self.rows
        return (f"{name:14} rows {n:4}  second reader's first picture acceptable to the first "
                f"{self.first_pick / n:6.1%}, lists overlap {self.overlap / n:.2f}; matcher "
                f"top-1 against the first {self.matcher[0] / n:6.1%}, the second "
                f"{self.matcher[1] / n:6.1%}, either {self.matcher[2] / n:6.1%}")


def agreement(rows: list[LabelledRow], library: PictureLibrary) -> dict[str, Agreement]:
    """For each group, how the second reader's labels compare (rows without them left out)."""
    good, matcher = acceptor(library), matcher_for(library)
    out: dict[str, Agreement] = {}
    for row in rows:
        if not row.second:
            continue
        found = out.setdefault(row.group, Agreement())
        one, two = good(row.labels - {"-"}), good(frozenset(row.second) - {"-"})
        found.rows += 1
        found.first_pick += bool(good(frozenset(row.second[:1]) - {"-"}) & one)
        found.overlap += len(one & two) / len(one | two) if one | two else 1.0
        suggested = matcher.suggest(row.text, 1)
        top = suggested[0].name if suggested else ""
        for index, accepted in enumerate((one, two, one | two)):
            found.matcher[index] += top in accepted
    return out


def speed(library: PictureLibrary, rows: list[LabelledRow], repeat: int = 10) -> float:
    """Mean milliseconds of processor time per row, after the matcher is built (processor
    time, so other programs on a shared machine do not count)."""
    matcher = matcher_for(library)
    start = time.process_time()
    for _ in range(repeat):
        for row in rows:
            matcher.suggest(row.text, 5)
    return (time.process_time() - start) * 1000 / (repeat * len(rows))


def main(argv: list[str] | None = None) -> int:
    """Print the numbers."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, help="the corpus folder (../shared/corpus/dev)")
    parser.add_argument("--misses", action="store_true",
                        help="list the top-1 misses of the development groups")
    parser.add_argument("--all-misses", action="store_true",
                        help="list every top-1 miss, held-out ones too (not for tuning)")
    parser.add_argument("--calibrate", action="store_true",
                        help="find the thresholds for at most 5%% wrong (80%% sure) on the "
                        "calibration rows")
    parser.add_argument("--set", metavar="NAME", default=None,
                        help="suggest from this picture set (default: mulberry)")
    parser.add_argument("--agreement", action="store_true",
                        help="compare the second reader's labels with the first reader's")
    parser.add_argument("--either", action="store_true",
                        help="count a picture as right when either reader accepts it")
    parser.add_argument("--in-sample", action="store_true",
                        help="measure the rows the salience table is learned from with the "
                        "shipped table too (overstates them), not out of fold")
    args = parser.parse_args(argv)
    try:
        rows = all_rows(args.corpus)
    except CorpusError as error:
        print(f"pictures_accuracy: error: {error}", file=sys.stderr)
        return 2
    library = PictureLibrary(picture_set=args.set)
    # Timed before the folds are learned: fold_matchers builds the shipped matcher too.
    start = time.perf_counter()
    matcher_for(library)
    build_ms = (time.perf_counter() - start) * 1000
    # Learned by the first reader's labels, whichever labels the figures accept.
    matcher_of = None if args.in_sample else fold_matchers(rows, library)
    if args.either:
        rows = [replace(row, labels=row.labels | (frozenset(row.second) - {"-"}))
                for row in rows]
    figures = evaluate(rows, library, matcher_of=matcher_of)
    for name, numbers in figures.items():
        print(numbers.line(name))
    if matcher_of is not None:
        print(f"({', '.join(LEARNING)}: out of {FOLDS} folds, by a salience table learned "
              "without the row)")
    print(f"pictures {len(library.pictures)}; index built in {build_ms:.0f} ms; "
          f"{speed(library, rows):.3f} ms per row; auto places a picture scoring {MIN_SCORE} "
          f"or more that leads the next by {MIN_LEAD:.0%}")
    if args.agreement:
        for name, found in agreement(rows, library).items():
            print(found.line(name))
    if args.calibrate:
        min_score, min_lead = calibrate(rows, library, matcher_of=matcher_of)
        print(f"calibrated: score {min_score}, lead {min_lead:.2f}")
    for name, numbers in figures.items():
        if args.all_misses or (args.misses and name in TUNING):
            for miss in numbers.misses:
                print(f"MISS [{name}] {miss}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
