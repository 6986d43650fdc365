"""Score the real easy read / standard pairs in the shared corpus and print the results.

Usage: python benchmarks/checker_corpus.py [CORPUS_DIR] [--findings RULE-ID]

Each plain-text file becomes a Document (easyread.read.plaintext: one row per paragraph,
one line per source line). Pictures were not kept in the corpus, so IMG-EVERY-IDEA is off.
Where a ``.bold.md`` copy exists (bold runs kept), it is used instead of the ``.txt``.
The German pair (``de/``, Leichte Sprache) is read the same way; its language picks the
``de`` profile. Amstad is the Flesch reading ease for German; it is shown for every file.
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from collections import Counter
from pathlib import Path

from easyread.checker import CheckConfig, check
from easyread.read.plaintext import load_text

DEFAULT = Path("/work/shared/corpus/dev")
CONFIG = CheckConfig(settings={"disable": ["IMG-EVERY-IDEA"]}, find_project=False)


def _files(corpus: Path) -> list[dict[str, str]]:
    with (corpus / "manifest.tsv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    chosen: dict[tuple[str, str], dict[str, str]] = {}
    for row in rows:
        if not row["lang"].startswith(("en", "de")):
            continue
        key = (row["pair"], row["kind"])
        if key not in chosen or row["file"].endswith(".bold.md"):
            chosen[key] = row
    return sorted(chosen.values(), key=lambda r: (r["pair"], r["kind"]))


def main() -> int:
    """Print one line per file and whether every easy read version beats its standard one."""
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--findings", default=None, help="print the easy read findings of a rule")
    parser.add_argument("--lang", default="", help="only files whose language starts with this")
    args = parser.parse_args()
    scores: dict[str, dict[str, int]] = {}
    rules: Counter[tuple[str, str]] = Counter()
    words = 0
    started = time.perf_counter()
    print(
        f"{'pair':5} {'kind':9} {'profile':7} {'words':>6} {'score':>5} {'FRE':>6} {'FKGL':>5}"
        f" {'Amstad':>6}  file"
    )
    for row in [r for r in _files(args.corpus) if r["lang"].startswith(args.lang)]:
        # "de (Leichte Sprache)" in the manifest: the language code is the first word.
        doc = load_text(args.corpus / row["file"], row["lang"].split()[0])
        report = check(doc, CONFIG)
        s = report.summary
        words += s.words
        fre = s.readability.flesch_reading_ease if s.readability else float("nan")
        grade = s.readability.flesch_kincaid_grade if s.readability else float("nan")
        # Amstad is Flesch for German: shown only where the profile reports it.
        amstad = "     -"
        if s.readability is not None and "amstad_reading_ease" in s.readability.formulas:
            amstad = f"{s.readability.amstad_reading_ease:6.1f}"
        print(
            f"{row['pair']:5} {row['kind']:9} {s.profile:7} {s.words:6} {s.score!s:>5}"
            f" {fre:6.1f} {grade:5.1f} {amstad}  {row['file']}"
        )
        scores.setdefault(row["pair"], {})[row["kind"]] = s.score or 0
        if row["kind"] == "easyread":
            rules.update((s.profile, f.rule) for f in report.findings)
            for f in report.findings:
                if f.rule == args.findings:
                    line = Path(f.loc.file).read_text("utf-8").splitlines()[f.loc.line - 1]
                    print(f"    {f.loc.line}:{f.loc.column} {f.message} | {line[:110]}")
    elapsed = time.perf_counter() - started
    wins = [p for p, s in scores.items() if s.get("easyread", 0) > s.get("standard", 100)]
    print(f"\neasy read scored higher in {len(wins)} of {len(scores)} pairs")
    print("findings on the easy read versions, by rule:")
    for (profile, rule), count in sorted(rules.items()):
        print(f"  {profile:6} {rule:34} {count}")
    print(f"{words} words in {elapsed:.2f} s")
    return 0 if len(wins) == len(scores) else 1


if __name__ == "__main__":
    sys.exit(main())
