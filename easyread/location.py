"""Where something is in a source file, as a person would count it."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Location"]


@dataclass(frozen=True, slots=True)
class Location:
    """A position in a source file: `line` and `column` are 1-based, as editors show them."""

    file: str
    line: int = 1
    column: int = 1

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}"

    def at(self, line: int | None = None, column: int | None = None) -> Location:
        """Return this location moved to `line` and `column` (either may stay as it is)."""
        return Location(
            self.file,
            self.line if line is None else line,
            self.column if column is None else column,
        )
