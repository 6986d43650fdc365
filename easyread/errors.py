"""Errors for user mistakes, and diagnostics for problems that do not stop a build.

Bad input raises :class:`SourceError`, which the command line prints as one
``FILE:LINE:COL: error: message`` line and exit code 2. Anything else that
raises is a bug in easyread and keeps its traceback.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from easyread.location import Location

__all__ = ["Diagnostic", "EasyReadError", "Level", "Reporter", "SourceError", "ignore"]


class EasyReadError(Exception):
    """Root of every error easyread raises on purpose."""


class SourceError(EasyReadError):
    """A mistake in the user's input, at `loc`, with a plain `message` and an optional `hint`."""

    def __init__(self, message: str, loc: Location, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.loc = loc
        self.hint = hint

    def __str__(self) -> str:
        text = f"{self.loc}: error: {self.message}"
        return f"{text} ({self.hint})" if self.hint else text


class Level(Enum):
    """How serious a diagnostic is."""

    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """A problem that does not stop the build, such as an unknown front matter key."""

    message: str
    loc: Location
    hint: str | None = None
    level: Level = Level.WARNING

    def __str__(self) -> str:
        text = f"{self.loc}: {self.level.value}: {self.message}"
        return f"{text} ({self.hint})" if self.hint else text


Reporter = Callable[[Diagnostic], None]


def ignore(_diagnostic: Diagnostic) -> None:
    """A reporter that drops every diagnostic."""
