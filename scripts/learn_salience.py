"""Learn the picture matcher's salience table from the development rows of the labelled sets.

For each term of the matcher (a lemma, a phrase of the synonym table, a pattern), it counts the
development rows in which the term reached a picture, and those in which the picture it reached
best was one the row's first reader accepted (see easyread/pictures/salience.py). Held-out rows
and the calibration rows (booklet-like) are never read. The rows of the corpus and the seed
booklet are read from ../shared/corpus/dev (or --corpus); the table keeps only terms and counts.

Run it after changing the synonym table, the senses or the picture set's words, and commit the
table with them:
    python scripts/learn_salience.py [--corpus DIR]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

from picture_labels import CorpusError, all_rows  # noqa: E402
from pictures_accuracy import LEARNING, learned_salience  # noqa: E402

from easyread.pictures.library import PictureLibrary  # noqa: E402
from easyread.pictures.salience import format_salience  # noqa: E402

TABLE = ROOT / "easyread" / "languages" / "en" / "salience.tsv"
HEADER = """\
How often each word's own picture was a right picture for the rows it is in (see
easyread/pictures/salience.py). Learned by scripts/learn_salience.py from the development rows
of the labelled sets (tests/pictures/; never a held-out row); do not edit by hand.
term<TAB>rows it reached a picture in<TAB>rows where that picture was accepted"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, help="the corpus folder (../shared/corpus/dev)")
    parser.add_argument("--output", type=Path, default=TABLE, help="where to write the table")
    args = parser.parse_args(argv)
    try:
        rows = [row for row in all_rows(args.corpus) if row.group in LEARNING]
    except CorpusError as error:
        print(f"learn_salience: error: {error}", file=sys.stderr)
        return 2
    counts = learned_salience(rows, PictureLibrary())
    args.output.write_text(format_salience(counts, HEADER), encoding="utf-8")
    print(f"{args.output.relative_to(ROOT) if args.output.is_relative_to(ROOT) else args.output}:"
          f" {len(counts)} terms from {len(rows)} rows")
    return 0


if __name__ == "__main__":
    sys.exit(main())
