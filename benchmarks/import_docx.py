"""Time ``easyread import`` on booklets' own Word files, and count what comes back.

Usage: python benchmarks/import_docx.py [--sizes 30,300,3000] [--repeats 3]

For each size a generated booklet (benchmarks/source.py) is built as DOCX, then imported by
the command line as a whole process (start-up included); the time is the median of the
repeats. The imported Markdown is read back and its rows' lines compared with the source's:
"lines kept" is the share of the source's lines found in the import in the same order.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # for the tests' measure

from source import make_booklet

import easyread
from easyread.model import Document, Row, iter_blocks
from tests.importers.test_round_trip import kept_in_order


def _lines(doc: Document) -> list[str]:
    return [line.text for block in iter_blocks(doc) if isinstance(block, Row)
            for line in block.lines]


def measure(rows: int, repeats: int, folder: Path) -> dict[str, float]:
    """Build a booklet of `rows` rows as DOCX, import it `repeats` times, and compare."""
    source = folder / f"booklet-{rows}.md"
    source.write_text(make_booklet(rows).text, encoding="utf-8")
    original = easyread.load(source)
    docx = folder / f"booklet-{rows}.docx"
    easyread.render(original, "docx", docx)
    times = []
    target = folder / f"imported-{rows}.md"
    for _ in range(repeats):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "easyread", "import", str(docx), "-o",
                        str(target), "--force", "-q"], check=True)
        times.append(time.perf_counter() - start)
    back = easyread.load(target)
    before, after = _lines(original), _lines(back)
    return {"rows": rows, "seconds": statistics.median(times),
            "docx_kb": docx.stat().st_size / 1000, "lines_kept": kept_in_order(before, after),
            "rows_back": sum(isinstance(b, Row) for b in iter_blocks(back))}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="30,300,3000")
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    print(f"{'rows':>6} {'DOCX KB':>8} {'import s':>9} {'lines kept':>11} {'rows back':>10}")
    with tempfile.TemporaryDirectory() as work:
        for size in (int(part) for part in args.sizes.split(",")):
            found = measure(size, args.repeats, Path(work))
            print(f"{size:>6} {found['docx_kb']:>8.0f} {found['seconds']:>9.2f} "
                  f"{found['lines_kept']:>11.1%} {found['rows_back']:>10.0f}")


if __name__ == "__main__":
    main()
