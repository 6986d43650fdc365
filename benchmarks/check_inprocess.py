"""Time only the checker on a booklet, after every import and the reading are done.

Usage: python benchmarks/check_inprocess.py BOOKLET.md REPEATS
Prints a JSON list of the times in seconds, one for each run of ``easyread.checker.check``.
"""

from __future__ import annotations

import json
import sys
import time

from easyread.checker import check
from easyread.read import load


def main() -> int:
    """Load the booklet once, run the checker once untimed, then time REPEATS runs."""
    doc = load(sys.argv[1])
    check(doc)  # the first run loads word lists and dictionaries
    times = []
    for _ in range(int(sys.argv[2])):
        started = time.perf_counter()
        check(doc)
        times.append(time.perf_counter() - started)
    print(json.dumps(times))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
