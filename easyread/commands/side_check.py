"""Run the checker beside the writers, on the machine's second core, during a build.

``easyread build`` prints the checker's summary, and ``--strict`` needs its error count
before anything is written. The check needs no output of the writers, so where the
system can fork (Linux), a child process checks the document while the parent draws it.
Elsewhere the check runs first, in this process. Either way the build sees the same result.
"""

from __future__ import annotations

import json
import os
import signal
import sys
import traceback
from dataclasses import dataclass
from typing import TYPE_CHECKING

from easyread.errors import SourceError
from easyread.location import Location

if TYPE_CHECKING:
    from easyread.model import Document

__all__ = ["CheckResult", "start_check"]


@dataclass(frozen=True, slots=True)
class CheckResult:
    """What the build needs from the checker: its summary line and its number of errors."""

    summary: str
    errors: int


def _check(doc: Document) -> CheckResult:
    from easyread.checker import check, format_summary

    report = check(doc)
    return CheckResult(format_summary(report), report.errors)


class _Pending:
    """A check running in a forked child; `result()` waits for it."""

    def __init__(self, pid: int, read_fd: int) -> None:
        self.pid = pid
        self.read_fd = read_fd

    def result(self) -> CheckResult:
        with os.fdopen(self.read_fd, encoding="utf-8") as pipe:
            data = json.loads(pipe.read() or '{"crash": "the checker stopped without a result"}')
        os.waitpid(self.pid, 0)
        if "error" in data:
            loc = Location(data["file"], data["line"], data["column"])
            raise SourceError(data["error"], loc, data["hint"])
        if "crash" in data:
            raise RuntimeError(f"the checker failed in its worker process:\n{data['crash']}")
        return CheckResult(data["summary"], data["errors"])

    def cancel(self) -> None:
        """Stop the child (the build failed, so its result is not needed)."""
        try:
            os.kill(self.pid, signal.SIGTERM)
            os.waitpid(self.pid, 0)
        except (ProcessLookupError, ChildProcessError):
            pass
        os.close(self.read_fd)


class _Done:
    def __init__(self, result: CheckResult) -> None:
        self._result = result

    def result(self) -> CheckResult:
        return self._result

    def cancel(self) -> None:
        """Nothing runs in the background here."""


def start_check(doc: Document) -> _Pending | _Done:
    """Start checking `doc`; call ``.result()`` on the return value when the result is needed."""
    if not hasattr(os, "fork") or not sys.platform.startswith("linux"):
        return _Done(_check(doc))
    sys.stdout.flush()
    sys.stderr.flush()
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid:
        os.close(write_fd)
        return _Pending(pid, read_fd)
    # The child: check, send the result through the pipe, and leave without running the
    # parent's clean-up (os._exit), which belongs to the parent.
    os.close(read_fd)
    try:
        result = _check(doc)
        payload = {"summary": result.summary, "errors": result.errors}
    except SourceError as error:
        payload = {"error": error.message, "hint": error.hint, "file": error.loc.file,
                   "line": error.loc.line, "column": error.loc.column}
    except BaseException:
        payload = {"crash": traceback.format_exc()}
    with os.fdopen(write_fd, "w", encoding="utf-8") as pipe:
        pipe.write(json.dumps(payload))
    os._exit(0)
