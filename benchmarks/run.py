"""Time easyread against pandoc on generated booklets of 30, 300 and 3,000 picture rows.

Usage: python benchmarks/run.py [--sizes 30,300,3000] [--repeats 3] [--json FILE] [--plot FILE]

Every command is measured as a whole process (start-up included), side by side in this one
run on the same Markdown file; the checker alone and the studio's redraw are also timed inside
one process. Each time is the median of the repeats; peak memory is the largest resident set
of the process (from os.wait4) and of the process with its children together (sampled). The
results are printed as a table and written as JSON; see docs/performance.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from source import make_booklet
from targets import check_targets

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
BUILDS = ("pdf", "docx", "html", "pdf,docx", "epub")


@dataclass
class Measure:
    """One command's runs: wall times in seconds and peak memory in MB."""

    name: str
    rows: int
    words: int
    times: list[float] = field(default_factory=list)
    peak_mb: float = 0.0
    """The largest resident set of the process (from os.wait4)."""
    tree_peak_mb: float = 0.0
    """The largest sum of resident sets of the process and its children, sampled."""
    skipped: str = ""

    @property
    def median(self) -> float:
        """The median wall time in seconds."""
        return statistics.median(self.times) if self.times else float("nan")

    @property
    def words_per_second(self) -> float:
        """Words of the booklet handled per second of the median time."""
        return self.words / self.median if self.times and self.words else 0.0


def child_environment(folder: Path) -> dict[str, str]:
    """The environment for measured commands: Python may keep compiled modules, as installed.

    With PYTHONDONTWRITEBYTECODE set (some shells and CI set it), every start would compile
    easyread from source again; real installs have their bytecode, so the benchmark keeps it in
    a folder of its own (PYTHONPYCACHEPREFIX) that the untimed warm-up run fills.
    """
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONDONTWRITEBYTECODE", "EASYREAD_NO_CACHE")}
    env["PYTHONPYCACHEPREFIX"] = str(folder / "pycache")
    # easyread's cache (pictures converted for Word and the PDF) lives in the run's folder,
    # filled by the untimed first run of each command, as it is for a group rebuilding.
    env["EASYREAD_CACHE_DIR"] = str(folder / "cache")
    return env


ENV: dict[str, str] = dict(os.environ)


def run_once(command: list[str], cwd: Path, env: dict[str, str] | None = None
             ) -> tuple[float, float, float, int]:
    """Run `command`; return its wall time (s), peak memory (MB) of the process and of the
    process with its children together, and its exit code."""
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, env=env or ENV)
    sampler = TreeMemory(process.pid)
    sampler.start()
    assert process.stderr is not None
    errors = process.stderr.read()
    process.stderr.close()
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    sampler.stop()
    code = process.returncode = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        raise RuntimeError(f"{' '.join(command)} failed ({code}):\n{errors.decode()[-2000:]}")
    single = usage.ru_maxrss / 1024  # ru_maxrss is in KB on Linux
    return elapsed, single, max(single, sampler.peak_mb), code


class TreeMemory(threading.Thread):
    """Samples the resident memory of a process and all its children together.

    easyread builds fork children (the checker, a second format), and ``ru_maxrss`` gives
    only the largest single process. The sum of resident sets counts shared pages once per
    process, so it is an upper bound on what the build really holds.
    """

    def __init__(self, pid: int, every: float = 0.02) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.every = every
        self.peak_mb = 0.0
        self._done = threading.Event()

    def run(self) -> None:
        page = os.sysconf("SC_PAGE_SIZE")
        while not self._done.wait(self.every):
            total = sum(_resident_pages(pid) for pid in _tree(self.pid)) * page / 1048576
            self.peak_mb = max(self.peak_mb, total)

    def stop(self) -> None:
        self._done.set()
        self.join()


def _tree(pid: int) -> list[int]:
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        try:
            with open(f"/proc/{current}/task/{current}/children", encoding="ascii") as handle:
                todo.extend(int(child) for child in handle.read().split())
        except OSError:
            pass
    return found


def _resident_pages(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm", encoding="ascii") as handle:
            return int(handle.read().split()[1])
    except (OSError, IndexError, ValueError):
        return 0


def measure(name: str, command: list[str], cwd: Path, repeats: int, rows: int = 0,
            words: int = 0, *, cold: bool = False) -> Measure:
    """Run `command` `repeats` times (after one untimed warm-up run) and collect the results.

    With `cold`, every run starts with an empty easyread cache, as a first build does.
    """
    result = Measure(name, rows, words)
    run_once(command, cwd)  # warm the file cache so every tool starts on equal terms
    for number in range(repeats):
        env = None
        if cold:
            fresh = cwd / f"cold-cache-{name.replace(' ', '-')}-{rows}-{number}"
            env = dict(ENV, EASYREAD_CACHE_DIR=str(fresh))
        elapsed, peak, tree_peak, _code = run_once(command, cwd, env)
        result.times.append(elapsed)
        result.peak_mb = max(result.peak_mb, peak)
        result.tree_peak_mb = max(result.tree_peak_mb, tree_peak)
    return result


IN_PROCESS = {
    "check (in process)": "check_inprocess.py",
    "studio redraw (in process)": "preview_inprocess.py",
}
"""Times taken inside one process: the checker alone after its imports and the reading of the
file, and the studio's redraw after the file changes (read, check, draw the page)."""


def in_process(name: str, source: Path, folder: Path, repeats: int, rows: int,
               words: int) -> Measure:
    """Run the in-process timer for `name` on `source`; it prints a JSON list of seconds."""
    done = subprocess.run([sys.executable, str(HERE / IN_PROCESS[name]), source.name,
                           str(repeats)], cwd=folder, env=ENV, capture_output=True, text=True,
                          check=True)
    return Measure(name, rows, words, times=json.loads(done.stdout))


def easyread_command() -> list[str]:
    """The installed ``easyread`` script beside this Python, else ``python -m easyread``."""
    script = Path(sys.executable).parent / "easyread"
    return [str(script)] if script.is_file() else [sys.executable, "-m", "easyread"]


def has_check(easyread: list[str]) -> bool:
    """Whether this easyread has the ``check`` command."""
    done = subprocess.run([*easyread, "check", "--help"], capture_output=True)
    return done.returncode == 0


def machine() -> dict[str, object]:
    """The facts about this computer that the numbers depend on."""
    cpu = ""
    with open("/proc/cpuinfo", encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    pandoc = subprocess.run(["pandoc", "--version"], capture_output=True, text=True)
    return {
        "cpus": os.cpu_count(), "cpu": cpu, "python": platform.python_version(),
        "system": platform.platform(), "pandoc": pandoc.stdout.splitlines()[0],
        "load_average_at_start": os.getloadavg(),
    }


def measure_batch(easyread: list[str], pandoc: str | None, folder: Path, count: int,
                  repeats: int) -> list[Measure]:
    """`count` different 30-row booklets: one `easyread build FOLDER`, against pandoc run once
    per booklet (pandoc makes one document per run)."""
    batch = folder / "batch"
    batch.mkdir()
    words = 0
    for number in range(count):
        booklet = make_booklet(30, seed=1000 + number)
        (batch / f"leaflet-{number:03d}.md").write_text(booklet.text, encoding="utf-8")
        words += booklet.words
    out = folder / "batch-out"
    results = [measure(f"batch build pdf,docx ({count} booklets)",
                       [*easyread, "build", "-o", str(out), batch.name], folder, repeats,
                       30 * count, words)]
    if pandoc:
        loop = (f'mkdir -p "{out}" && for f in {batch.name}/*.md; do "{pandoc}" -f markdown '
                f'-t docx -o "{out}/$(basename "$f" .md).pandoc.docx" "$f" || exit 3; done')
        results.append(measure(f"batch pandoc docx ({count} runs)", ["sh", "-c", loop], folder,
                               repeats, 30 * count, words))
    return results


def measure_audio(easyread: list[str], source: Path, out: Path, folder: Path, repeats: int,
                  rows: int, words: int) -> list[Measure]:
    """The audio version: a first build speaks every row; after it, rows come from the cache."""
    if not shutil.which("espeak-ng"):
        return [Measure("build audio (empty cache)", rows, words,
                        skipped="espeak-ng is not installed")]
    command = [*easyread, "build", "-f", "audio", "-o", str(out), source.name]
    print(f"{rows} rows: audio", file=sys.stderr)
    return [measure("build audio (empty cache)", command, folder, repeats, rows, words,
                    cold=True),
            measure("build audio", command, folder, repeats, rows, words)]


def run(sizes: list[int], repeats: int, startup_repeats: int,
        batch: int = 0) -> dict[str, object]:
    """Measure every command for every size; return all results as a dictionary."""
    easyread = easyread_command()
    pandoc = shutil.which("pandoc")
    checker = has_check(easyread)
    results: list[Measure] = []
    with tempfile.TemporaryDirectory(prefix="easyread-bench-") as tmp:
        folder = Path(tmp)
        ENV.clear()
        ENV.update(child_environment(folder))
        print("start-up", file=sys.stderr)
        results.append(measure("python -c pass", [sys.executable, "-c", "pass"], folder,
                               startup_repeats))
        results.append(measure("easyread --version", [*easyread, "--version"], folder,
                               startup_repeats))
        results.append(measure("easyread --help", [*easyread, "--help"], folder,
                               startup_repeats))
        for rows in sizes:
            booklet = make_booklet(rows)
            source = folder / f"booklet-{rows}.md"
            source.write_text(booklet.text, encoding="utf-8")
            out = folder / f"out-{rows}"
            for fmt in BUILDS:
                print(f"{rows} rows: build {fmt}", file=sys.stderr)
                command = [*easyread, "build", "-f", fmt, "-o", str(out), source.name]
                results.append(measure(f"build {fmt}", command, folder, repeats, rows,
                                       booklet.words))
            if rows == min(sizes):
                print(f"{rows} rows: first build, empty cache", file=sys.stderr)
                command = [*easyread, "build", "-f", "pdf,docx", "-o", str(out), source.name]
                results.append(measure("build pdf,docx (empty cache)", command, folder,
                                       repeats, rows, booklet.words, cold=True))
                results.extend(measure_audio(easyread, source, out, folder, repeats, rows,
                                             booklet.words))
            print(f"{rows} rows: pandoc docx", file=sys.stderr)
            if pandoc:
                command = [pandoc, "-f", "markdown", "-t", "docx", "-o", str(out / "pandoc.docx"),
                           source.name]
                results.append(measure("pandoc docx", command, folder, repeats, rows,
                                       booklet.words))
            else:
                results.append(Measure("pandoc docx", rows, booklet.words,
                                       skipped="pandoc is not installed"))
            print(f"{rows} rows: check", file=sys.stderr)
            if checker:
                results.append(measure("check", [*easyread, "check", source.name], folder,
                                       repeats, rows, booklet.words))
                for name in IN_PROCESS:
                    print(f"{rows} rows: {name}", file=sys.stderr)
                    results.append(in_process(name, source, folder, repeats, rows,
                                              booklet.words))
            else:
                results.append(Measure("check", rows, booklet.words,
                                       skipped="this easyread has no check command"))
        if batch:
            print(f"batch of {batch} booklets", file=sys.stderr)
            results.extend(measure_batch(easyread, pandoc, folder, batch, repeats))
    rows_out = [
        {**asdict(m), "median": m.median, "words_per_second": m.words_per_second}
        for m in results
    ]
    return {
        "machine": machine(), "sizes": sizes, "repeats": repeats,
        "startup_repeats": startup_repeats, "results": rows_out,
        "targets": check_targets(rows_out, sizes),
    }


def print_table(data: dict[str, object]) -> None:
    """Print the times, memory and words a second, then the targets with their ratios."""
    results = data["results"]
    assert isinstance(results, list)
    print(f"{'command':28} {'rows':>6} {'words':>7} {'median s':>9} {'peak MB':>8} "
          f"{'with kids':>9} {'words/s':>9}")
    for r in results:
        if r["skipped"]:
            print(f"{r['name']:28} {r['rows']:>6} {'':>7} skipped: {r['skipped']}")
            continue
        speed = f"{r['words_per_second']:9.0f}" if r["words"] else f"{'':>9}"
        peak = f"{r['peak_mb']:8.1f}" if r["peak_mb"] else f"{'-':>8}"
        tree = f"{r['tree_peak_mb']:9.1f}" if r.get("tree_peak_mb") else f"{'-':>9}"
        print(f"{r['name']:28} {r['rows'] or '':>6} {r['words'] or '':>7} {r['median']:9.3f} "
              f"{peak} {tree} {speed}")
    print()
    targets = data["targets"]
    assert isinstance(targets, list)
    for t in targets:
        mark = "n/a " if t["met"] is None else ("met " if t["met"] else "MISS")
        print(f"{mark} {t['target']}: {t['measured']}")


def main() -> int:
    """Run the benchmark, print the table, write the JSON and the plot."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="30,300,3000",
                        help="picture rows of each booklet, with commas (default: 30,300,3000)")
    parser.add_argument("--repeats", type=int, default=3,
                        help="timed runs of each build and check (default: 3)")
    parser.add_argument("--startup-repeats", type=int, default=20,
                        help="timed runs of each start-up command (default: 20)")
    parser.add_argument("--json", type=Path, default=HERE / "results" / "latest.json",
                        help="where to write the results (default: benchmarks/results/latest.json)")
    parser.add_argument("--plot", type=Path, default=ROOT / "docs" / "images" / "performance.png",
                        help="where to draw the plot (default: docs/images/performance.png)")
    parser.add_argument("--no-plot", action="store_true", help="do not draw the plot")
    parser.add_argument("--batch", type=int, default=50,
                        help="also build this many different 30-row booklets in one command, "
                        "against pandoc run once per booklet (default: 50; 0 to skip)")
    args = parser.parse_args()
    sizes = sorted(int(part) for part in args.sizes.split(",") if part.strip())
    data = run(sizes, max(1, args.repeats), max(1, args.startup_repeats), max(0, args.batch))
    print_table(data)
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    print(f"\nwrote {args.json}")
    if not args.no_plot:
        from plot import plot

        plot(data, args.plot)
        print(f"drew {args.plot}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
