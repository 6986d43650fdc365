"""Run the checker beside the writers, on the machine's second core, during a build.

``easyread build`` prints the checker's summary, and ``--strict`` needs its error count
before anything is written. The check needs no output of the writers, so where the
system can fork, a child process checks the document while the parent draws it
(see :mod:`easyread.forked`). Elsewhere the check runs when its result is needed, in this process.
Either way the build sees the same result. When the PDF has more or fewer pages than the
checker estimated, only the rules that judge the page count run again, here.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from easyread.forked import Forked, can_fork, fork

if TYPE_CHECKING:
    from easyread.checker import Report
    from easyread.model import Document

__all__ = ["CheckResult", "PendingCheck", "start_check"]


_SHOWN_ERRORS = 3
"""How many errors the build lists; `easyread check` lists them all."""


@dataclass(frozen=True, slots=True)
class CheckResult:
    """What the build needs from the checker: its summary line, its number of errors and
    the first few errors as text (each with its hint)."""

    summary: str
    errors: int
    first_errors: tuple[str, ...] = ()


def _check(doc: Document) -> Report:
    """The checker's report on `doc`, without the per-row measures the build never shows
    (so the child sends back only what is needed)."""
    from easyread.checker import check

    return replace(check(doc), rows=())


class PendingCheck:
    """A check started by :func:`start_check`; ``result()`` waits for it."""

    def __init__(self, doc: Document, child: Forked[Report] | None) -> None:
        self.doc = doc
        self.child = child

    def result(self, pages: int | None = None) -> CheckResult:
        """The check's result; a check that failed in the child is run again here.

        `pages` is the page count of the PDF just made, if one was: the summary says it, and
        when the estimate was wrong, the rules that judge the page count run again with it."""
        from easyread.checker import Severity, check_pages, format_summary
        from easyread.checker.format import format_finding

        report = self._report()
        if pages is not None:
            report = check_pages(self.doc, report, pages)
        shown = [f for f in report.findings if f.severity is Severity.ERROR][:_SHOWN_ERRORS]
        listed = tuple(format_finding(f) for f in shown)
        return CheckResult(format_summary(report), report.errors, listed)

    def _report(self) -> Report:
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
