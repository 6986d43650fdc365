"""The command line: exit codes, one-line errors, and nothing written when something is wrong."""

from __future__ import annotations

import shlex
import subprocess
import sys
from pathlib import Path

import pytest

GOOD = "---\ntitle: A short booklet\n---\n\n# Hello\n\nThis is a row.\n"


def easyread(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "easyread", *args], cwd=cwd,
                          capture_output=True, text=True, timeout=300)


def test_version_and_help(tmp_path: Path) -> None:
    version = easyread("--version", cwd=tmp_path)
    assert version.returncode == 0 and version.stdout.startswith("easyread ")
    helped = easyread("--help", cwd=tmp_path)
    assert helped.returncode == 0 and "build" in helped.stdout


def test_no_command_is_a_usage_error(tmp_path: Path) -> None:
    assert easyread(cwd=tmp_path).returncode == 2


def test_unknown_format_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "b.md").write_text(GOOD)
    result = easyread("build", "b.md", "--format", "pdf,odt", cwd=tmp_path)
    assert result.returncode == 2 and "odt" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.md"]


@pytest.mark.parametrize(
    ("source", "where", "words"),
    [
        ("---\ntitle: T\n---\n\n:no-such-picture-here: Hi.\n", "b.md:5:1", "no picture called"),
        ("---\ntitle: T\n---\n\n![me](missing.png) Hi.\n", "b.md:5:1", "cannot find the picture"),
        ("---\ntitle: [T\n---\n\nHi.\n", "b.md:2:", "front matter cannot be read"),
        ("---\ntitle: T\nstyle:\n  font_size: 11\n---\n\nHi.\n", "b.md:4:3", "too small"),
        ("---\ntitle: T\n---\n", "b.md:", "no text yet"),
    ],
)
def test_bad_input_gives_one_line_and_exit_2_and_writes_nothing(
    tmp_path: Path, source: str, where: str, words: str
) -> None:
    (tmp_path / "b.md").write_text(source)
    (tmp_path / "b.pdf").write_bytes(b"the earlier booklet")
    result = easyread("build", "b.md", cwd=tmp_path)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(where) and ": error: " in lines[0] and words in lines[0]
    assert "Traceback" not in result.stderr
    assert (tmp_path / "b.pdf").read_bytes() == b"the earlier booklet"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.md", "b.pdf"]


def test_missing_file(tmp_path: Path) -> None:
    result = easyread("build", "nothing.md", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.startswith("nothing.md:1:1: error: cannot find the file")


def test_invalid_utf8_names_the_line(tmp_path: Path) -> None:
    (tmp_path / "b.md").write_bytes(b"---\ntitle: T\n---\n\nCaf\xe9 time.\n")
    result = easyread("build", "b.md", cwd=tmp_path)
    assert result.returncode == 2 and result.stderr.startswith("b.md:5:4: error: ")


def test_unwritable_output_folder(tmp_path: Path) -> None:
    (tmp_path / "b.md").write_text(GOOD)
    (tmp_path / "taken").write_text("a file, not a folder")
    result = easyread("build", "b.md", "-o", "taken/out", "--format", "html", cwd=tmp_path)
    assert result.returncode == 2 and "error" in result.stderr
    assert "Traceback" not in result.stderr


LONG = ("We will write to you with the date and the time of your next appointment at the "
        "clinic as soon as we know them, so please look out for our letter.")


def test_strict_build_with_check_errors_exits_1_and_writes_nothing(tmp_path: Path) -> None:
    (tmp_path / "b.md").write_text(f"---\ntitle: T\n---\n\n# Hello\n\n{LONG}\n")
    result = easyread("build", "b.md", "--strict", cwd=tmp_path)
    assert result.returncode == 1
    assert "nothing was made" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.md"]
    relaxed = easyread("build", "b.md", "--format", "html", cwd=tmp_path)
    assert relaxed.returncode == 0 and "1 error" in relaxed.stdout
    # The build lists the error it found and says where to see every finding.
    assert "b.md:7:1: error TEXT-SENTENCE-LENGTH: This sentence has 31 words." in result.stdout
    assert "run: easyread check b.md" in result.stdout


def test_bad_checker_settings_stop_the_build(tmp_path: Path) -> None:
    (tmp_path / "b.md").write_text("---\ntitle: T\ncheck:\n  no-such-rule: off\n---\n\nHi.\n")
    result = easyread("build", "b.md", cwd=tmp_path)
    assert result.returncode == 2 and ": error: " in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.md"]


def test_a_long_report_reaches_a_pipe_whole(tmp_path: Path) -> None:
    # The command ends without Python's slow clean-up, so it must flush its output first.
    rows = "\n\n".join(f"Do not get off at stop number {n}." for n in range(400))
    (tmp_path / "long.md").write_text(f"---\ntitle: The bus\n---\n\n# The bus\n\n{rows}\n")
    done = easyread("check", "long.md", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.count("TEXT-NEGATIVES") == 400
    assert done.stdout.rstrip().splitlines()[-1].startswith("0 errors")


@pytest.mark.parametrize("columns", ["", "0", "37", "120", "wide"])
def test_help_width_is_the_one_shutil_would_find(columns: str,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil

    from easyread import cli

    monkeypatch.setenv("COLUMNS", columns)
    assert cli._terminal_width() == shutil.get_terminal_size().columns


def test_a_folder_builds_every_booklet_and_reports_the_broken_one(tmp_path: Path) -> None:
    leaflets = tmp_path / "leaflets"
    leaflets.mkdir()
    (leaflets / "bins.md").write_text(GOOD.replace("A short booklet", "Bin day"))
    (leaflets / "library.md").write_text(GOOD.replace("A short booklet", "The library"))
    (leaflets / "broken.md").write_text("---\ntitle: T\n---\n\n:no-such-picture-here: Hi.\n")
    (leaflets / "notes.txt").write_text("not a booklet")
    result = easyread("build", "leaflets", "-o", "out", "-f", "html", cwd=tmp_path)
    assert result.returncode == 2
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 1 and errors[0].startswith("leaflets/broken.md:5:1: error: ")
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["bins.html", "library.html"]
    assert result.stdout.rstrip().splitlines()[-1] == (
        "made 2 of 3 booklets; 1 had problems (see above)")


def test_several_files_with_strict_make_the_ones_without_errors(tmp_path: Path) -> None:
    (tmp_path / "good.md").write_text(GOOD)
    (tmp_path / "long.md").write_text(f"---\ntitle: T\n---\n\n# Hello\n\n{LONG}\n")
    result = easyread("build", "good.md", "long.md", "--strict", "-q", "-f", "html",
                      cwd=tmp_path)
    assert result.returncode == 1
    assert "long.md: nothing was made" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["good.html", "good.md", "long.md"]


def test_two_booklets_that_would_make_the_same_files_stop_before_anything_is_made(
    tmp_path: Path,
) -> None:
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "leaflet.md").write_text(GOOD)
    result = easyread("build", "a/leaflet.md", "b/leaflet.md", "-o", "out", cwd=tmp_path)
    assert result.returncode == 2
    assert "would both make" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "out").exists()
    empty = tmp_path / "empty"
    empty.mkdir()
    nothing = easyread("build", "empty", cwd=tmp_path)
    assert nothing.returncode == 2 and "has no .md files" in nothing.stderr


@pytest.mark.parametrize("command", [["build", "b.md"], ["check", "b.md"],
                                     ["pictures", "search", "bus"]])
def test_a_missing_picture_folder_is_one_line_and_exit_2(tmp_path: Path,
                                                         command: list[str]) -> None:
    (tmp_path / "b.md").write_text(GOOD)
    if command[0] == "check":
        (tmp_path / "b.md").write_text(GOOD.replace("---\n\n", "pictures: nope\n---\n\n", 1))
        result = easyread(*command, cwd=tmp_path)
    else:
        result = easyread(*command[:1], "--pictures", "nope", *command[1:], cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "error: cannot find the picture folder 'nope'" in lines[0]
    assert "Traceback" not in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.md"]


def test_a_broken_picture_from_the_users_folder_is_an_error_at_its_line(tmp_path: Path) -> None:
    (tmp_path / "pics").mkdir()
    (tmp_path / "pics" / "broken.png").write_bytes(b"\x89PNG\r\n\x1a\n but cut short")
    (tmp_path / "b.md").write_text("---\ntitle: T\npictures: pics\n---\n\n:broken: Hi.\n")
    result = easyread("build", "b.md", cwd=tmp_path)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("b.md:6:1: error: ':broken:'"), lines
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.md", "pics"]


def test_a_reader_that_stops_early_gets_no_traceback(tmp_path: Path) -> None:
    """`easyread pictures list | head -1`: the pipe closes while easyread is writing."""
    errors = tmp_path / "errors.txt"
    done = subprocess.run(
        f"{shlex.quote(sys.executable)} -m easyread pictures list 2>{shlex.quote(str(errors))}"
        " | head -1", shell=True, capture_output=True, text=True, check=False)
    assert done.stdout.count("\n") == 1
    assert "Traceback" not in errors.read_text(encoding="utf-8")
    assert errors.read_text(encoding="utf-8") == ""
