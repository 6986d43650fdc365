"""Time the studio's redraw: the booklet file changes, and the studio reads it, checks it and
draws its HTML page again, as it does while a group edits (``easyread serve``).

Usage: python benchmarks/preview_inprocess.py BOOKLET.md REPEATS
Works on a copy of BOOKLET.md beside it; prints a JSON list of seconds, one per redraw.
"""

from __future__ import annotations

import json
import shutil
import sys
import time
from pathlib import Path

from easyread.serve.state import Studio


def main() -> int:
    """Open the copy in a studio (untimed), then change it REPEATS times and time each redraw."""
    source = Path(sys.argv[1])
    copy = source.with_name(f"{source.stem}-studio.md")
    shutil.copyfile(source, copy)
    text = copy.read_text(encoding="utf-8")
    studio = Studio(copy)  # the first drawing loads word lists and patterns
    times = []
    for number in range(1, int(sys.argv[2]) + 1):
        # One more row each time, as when someone adds a sentence and saves.
        copy.write_text(text + f"\nWe added row {number} just now.\n" * number, encoding="utf-8")
        started = time.perf_counter()
        changed = studio.refresh()
        times.append(time.perf_counter() - started)
        snapshot = studio.snapshot
        if not changed or snapshot.doc is None or not snapshot.html or snapshot.report is None:
            raise SystemExit(f"the studio did not redraw {copy} (version {snapshot.version})")
    copy.unlink()
    print(json.dumps(times))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
