"""Run the checker beside the writers, on the machine's second core, during a build.

``easyread build`` prints the checker's summary, and ``--strict`` needs its error count
before anything is written. The check needs no output of the writers, so where the
system can fork, a child process checks the document while the parent draws it
(see :mod:`easyread.forked`). Elsewhere the check runs when its result is needed, in this process.
Either way the build sees the same result.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from easyread.forked import Forked, can_fork, fork

if TYPE_CHECKING:
    from easyread.model import Document

__all__ = ["CheckResult", "PendingCheck", "check_with_pages", "start_check"]


_SHOWN_ERRORS = 3
"""How many errors the build lists; `easyread check` lists them all."""


@dataclass(frozen=True, slots=True)
class CheckResult:
    """What the build needs from the checker: its summary line, its number of errors and
    the first few errors as text (each with its hint)."""

    summary: str
    errors: int
    first_errors: tuple[str, ...] = ()
    pages: int = 0
    """The page count the check used (estimated unless a PDF's count was given)."""
    summary_counted: str = ""
    """The summary line for when a PDF turns out to have exactly `pages` pages."""


def _check(doc: Document, pages: int | None = None) -> CheckResult:
    from easyread.checker import CheckConfig, Severity, check, format_summary
    from easyread.checker.format import format_finding

    report = check(doc, CheckConfig(pages=pages))
    shown = [f for f in report.findings if f.severity is Severity.ERROR][:_SHOWN_ERRORS]
    listed = tuple(format_finding(f) for f in shown)
    counted = replace(report, summary=replace(report.summary, pages_estimated=False))
    return CheckResult(
        format_summary(report), report.errors, listed, report.summary.pages, format_summary(counted)
    )


def check_with_pages(doc: Document, pages: int) -> CheckResult:
    """Check `doc` again here, with the real page count of the PDF just made."""
    return _check(doc, pages)


class PendingCheck:
    """A check started by :func:`start_check`; ``result()`` waits for it."""

    def __init__(self, doc: Document, child: Forked[CheckResult] | None) -> None:
        self.doc = doc
        self.child = child

    def result(self) -> CheckResult:
        """The check's result; a check that failed in the child is run again here."""
        if self.child is not None:
            ok, value = self.child.result()
            self.child = None
            if ok and value is not None:
                return value
        # Bad checker settings raise their SourceError from here, as without forking.
        return _check(self.doc)

    def cancel(self) -> None:
        """Stop the child (the build failed, so its result is not needed)."""
        if self.child is not None:
            self.child.cancel()
            self.child = None


def start_check(doc: Document) -> PendingCheck:
    """Start checking `doc`; call ``.result()`` on the return value when the result is needed."""
    return PendingCheck(doc, fork(lambda: _check(doc)) if can_fork() else None)
