"""``easyread serve`` from the command line: one command starts it, Ctrl+C stops it."""

from __future__ import annotations

import signal
import subprocess
import sys
import urllib.request
from pathlib import Path

from tests.serve.conftest import BOOKLET


def start(*args: str, cwd: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "easyread", "serve", *args], cwd=cwd, text=True,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        # Ctrl+C must reach the studio even when the test runner ignores it.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )


def test_serve_starts_answers_and_stops_on_ctrl_c(tmp_path: Path) -> None:
    (tmp_path / "club.md").write_text(BOOKLET, encoding="utf-8")
    process = start("club.md", "--no-browser", "--port", "0", cwd=tmp_path)
    try:
        assert process.stdout is not None
        first = process.stdout.readline()
        assert first.startswith("The studio is open at http://127.0.0.1:")
        url = first.rsplit(" ", 1)[1].strip()
        with urllib.request.urlopen(url, timeout=30) as response:
            assert "We meet on Tuesdays." in response.read().decode()
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=30)
    finally:
        process.kill()
    assert process.returncode == 0, err
    assert "The studio has stopped." in out
    assert (tmp_path / "club.md").read_text(encoding="utf-8") == BOOKLET


def test_host_needs_asking_for_and_warns(tmp_path: Path) -> None:
    (tmp_path / "club.md").write_text(BOOKLET, encoding="utf-8")
    process = start("club.md", "--no-browser", "--port", "0", "--host", "127.0.0.1",
                    cwd=tmp_path)
    try:
        assert process.stdout is not None and process.stderr is not None
        assert "warning: the studio listens on 127.0.0.1" in process.stderr.readline()
        assert process.stdout.readline().startswith("The studio is open at")
    finally:
        process.send_signal(signal.SIGINT)
        process.communicate(timeout=30)
        process.kill()


def test_missing_file_is_a_plain_error(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "easyread", "serve", "nothing.md",
                           "--no-browser"], cwd=tmp_path, capture_output=True, text=True,
                          timeout=60, check=False)
    assert done.returncode == 2
    assert done.stderr.strip() == ("nothing.md:1:1: error: the file 'nothing.md' cannot be "
                                   "found (give the booklet's .md file)")
    bad_port = subprocess.run([sys.executable, "-m", "easyread", "serve", "x.md", "--port",
                               "99999"], cwd=tmp_path, capture_output=True, text=True,
                              timeout=60, check=False)
    assert bad_port.returncode == 2 and "from 0 to 65535" in bad_port.stderr
