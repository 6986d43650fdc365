"""A finding: one problem the checker found, at one place in the source."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from easyread.location import Location

__all__ = ["Finding", "Severity"]


class Severity(Enum):
    """How serious a finding is: errors fail `easyread check`, warnings do not, and infos
    only tell what is still to do (such as rows no reader has reviewed yet)."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


@dataclass(frozen=True, slots=True)
class Finding:
    """A problem found by `rule` at `loc`, with a plain `message` and a `hint` on what to do."""

    rule: str
    severity: Severity
    loc: Location
    message: str
    hint: str = ""

    def sort_key(self) -> tuple[str, int, int, str]:
        """Order findings by file, line, column and rule id."""
        return (self.loc.file, self.loc.line, self.loc.column, self.rule)

    def __str__(self) -> str:
        return f"{self.loc}: {self.severity.value} {self.rule}: {self.message}"
