"""`build --auto-pictures --write`: the chosen pictures go into the Markdown, nothing else moves."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from easyread.location import Location
from easyread.model import iter_rows
from easyread.pictures.writeback import insert_pictures
from easyread.read import load

ROOT = Path(__file__).resolve().parents[2]

# CRLF endings, a byte-order mark, a list, a box, bold at the start and a row that fits nothing.
SOURCE = (
    "\ufeff---\r\ntitle: Moving day\r\n---\r\n\r\n# Moving\r\n\r\n"
    "The doctor can see you on Monday.\r\nWe are here to help.\r\n\r\n"
    "1. You can vote.\r\n2. :letter: Your letter.\r\n\r\n"
    "> **Voting** is on Thursday.\r\n\r\n"
    "- Ring us on 0800 123 4567.\r\n\r\n"
    "This is for you.\r\n"
)


def _build(source: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "easyread", "build", str(source), "-f", "html",
               "-o", str(source.parent / "out"), "--picture-set", "openmoji", *extra]
    return subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=False)


def _pictures(path: Path) -> list[tuple[int, str | None]]:
    return [(row.loc.line, row.picture.name if row.picture else None)
            for row in iter_rows(load(path))]


def test_write_round_trips_and_changes_nothing_else(tmp_path: Path) -> None:
    source = tmp_path / "moving.md"
    source.write_bytes(SOURCE.encode("utf-8"))
    done = _build(source, "--auto-pictures", "--write")
    assert done.returncode == 0, done.stderr
    after = source.read_bytes().decode("utf-8")
    assert after != SOURCE
    # Only ":name: " codes were added: taking them out gives back the same bytes.
    added = [line for line in done.stderr.splitlines() if ": info: picked :" in line]
    names = [line.split("picked :")[1].split(":")[0] for line in added]
    assert len(names) >= 3
    stripped = after
    for name in names:
        stripped = stripped.replace(f":{name}: ", "", 1)
    assert stripped == SOURCE
    assert after.startswith("\ufeff---\r\n") and after.count("\r\n") == SOURCE.count("\r\n")
    assert "> :vote: **Voting** is on Thursday.\r\n" in after
    assert "2. :letter: Your letter." in after  # a picture already there is left alone
    # The file now holds what the build chose: building it plainly gives the same pictures.
    chose = _pictures(source)
    assert sum(name is not None for _, name in chose) == len(names) + 1
    again = _build(source, "--auto-pictures", "--write")
    assert again.returncode == 0 and "picked" not in again.stderr
    assert source.read_bytes().decode("utf-8") == after  # nothing more to write
    assert "no picture fits \"This is for you.\"" in again.stderr


def test_write_needs_auto_pictures(tmp_path: Path) -> None:
    source = tmp_path / "moving.md"
    source.write_bytes(SOURCE.encode("utf-8"))
    done = _build(source, "--write")
    assert done.returncode == 2
    assert done.stderr.strip().endswith("error: --write writes the pictures that "
                                        "--auto-pictures chooses (give --auto-pictures as well)")
    assert source.read_bytes().decode("utf-8") == SOURCE
    assert not (tmp_path / "out").exists()


def test_insert_goes_before_opening_markup() -> None:
    text = "# A\n\n**Bold** start\n\n- [a link](https://x.org) here\n\n> `code` too\n"
    places = [(Location("f", 3, 3), "one"), (Location("f", 5, 4), "two"),
              (Location("f", 7, 4), "three")]
    assert insert_pictures(text, places) == (
        "# A\n\n:one: **Bold** start\n\n- :two: [a link](https://x.org) here\n\n"
        "> :three: `code` too\n")


def test_insert_keeps_lone_carriage_returns() -> None:
    assert insert_pictures("a\rb\r", [(Location("f", 2, 1), "x")]) == "a\r:x: b\r"
