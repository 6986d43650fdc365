"""Measure the picture matcher on the labelled easy read sentences: top-1, top-3 and speed.

``labelled.tsv`` rows alternate between a development half (rows 1, 3, 5, ...: the matcher may
be tuned while looking at these) and a held-out half (rows 2, 4, 6, ...: never looked at while
tuning). ``labelled_fresh.tsv`` is a second held-out set, written before the matcher was last
changed and never tuned on.
Run: python benchmarks/pictures_accuracy.py [--misses] [--all-misses]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from easyread.pictures.library import PictureLibrary
from easyread.pictures.suggest import matcher_for

LABELS = Path(__file__).resolve().parents[1] / "tests" / "pictures"
LABELLED = LABELS / "labelled.tsv"
FRESH = LABELS / "labelled_fresh.tsv"

Row = tuple[str, frozenset[str]]
Hit = tuple[bool, bool]


def load_labelled(path: Path = LABELLED) -> list[Row]:
    """The (sentence, acceptable names) rows of a labelled set."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        sentence, names = line.split("\t")
        rows.append((sentence, frozenset(names.split())))
    return rows


def _numbers(hits: list[Hit]) -> dict[str, float]:
    return {
        "rows": len(hits),
        "top1": sum(h[0] for h in hits) / len(hits),
        "top3": sum(h[1] for h in hits) / len(hits),
    }


def evaluate(library: PictureLibrary | None = None) -> dict[str, dict[str, float]]:
    """Top-1 and top-3 accuracy for the development half, the held-out half, all rows, and fresh."""
    library = library or PictureLibrary()
    matcher = matcher_for(library)
    groups: dict[str, list[Hit]] = {"development": [], "held-out": [], "all": [], "fresh": []}
    misses = []
    sets = [("labelled", load_labelled(LABELLED)), ("fresh", load_labelled(FRESH))]
    for set_name, rows in sets:
        for number, (sentence, labels) in enumerate(rows):
            # Labels may use any name or alias; compare by the name each one resolves to.
            good = frozenset(_canonical(library, n) for n in labels)
            names = [s.name for s in matcher.suggest(sentence, 3)]
            hit = (bool(names) and names[0] in good, any(n in good for n in names))
            if set_name == "fresh":
                group = "fresh"
            else:
                group = "development" if number % 2 == 0 else "held-out"
                groups["all"].append(hit)
            groups[group].append(hit)
            if not hit[0]:
                misses.append((group, sentence, names, sorted(good)))
    evaluate.misses = misses  # type: ignore[attr-defined]
    return {key: _numbers(hits) for key, hits in groups.items()}


def _canonical(library: PictureLibrary, name: str) -> str:
    picture = library.resolve(name)
    return picture.name if picture else name


def speed(library: PictureLibrary, repeat: int = 20) -> float:
    """Mean milliseconds per sentence, after the matcher is built."""
    matcher = matcher_for(library)
    sentences = [s for s, _ in load_labelled(LABELLED) + load_labelled(FRESH)]
    start = time.perf_counter()
    for _ in range(repeat):
        for sentence in sentences:
            matcher.suggest(sentence, 5)
    return (time.perf_counter() - start) * 1000 / (repeat * len(sentences))


def main(argv: list[str] | None = None) -> int:
    """Print the numbers."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--misses", action="store_true", help="list the top-1 misses of the development half"
    )
    parser.add_argument(
        "--all-misses",
        action="store_true",
        help="list every top-1 miss, held-out ones too (not for tuning)",
    )
    args = parser.parse_args(argv)
    library = PictureLibrary()
    start = time.perf_counter()
    matcher_for(library)
    build_ms = (time.perf_counter() - start) * 1000
    result = evaluate(library)
    for key, numbers in result.items():
        print(
            f"{key:12} rows {numbers['rows']:4}  top-1 {numbers['top1']:.1%}  "
            f"top-3 {numbers['top3']:.1%}"
        )
    print(
        f"pictures {len(library.pictures)}; index built in {build_ms:.0f} ms; "
        f"{speed(library):.3f} ms per sentence"
    )
    if args.misses or args.all_misses:
        for group, sentence, names, good in evaluate.misses:  # type: ignore[attr-defined]
            if args.all_misses or group == "development":
                print(f"MISS [{group}] {sentence!r}: got {names}, want {good}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
