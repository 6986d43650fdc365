"""The date output files carry. Files are written by easyread.files.replace_file."""

from __future__ import annotations

import datetime as dt
import os

__all__ = ["FIXED_DATE", "build_epoch"]

FIXED_DATE = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
"""The date files carry when SOURCE_DATE_EPOCH is not set, so two builds give the same bytes."""


def build_epoch() -> int:
    """The build time in seconds since 1970: SOURCE_DATE_EPOCH if set, else :data:`FIXED_DATE`."""
    value = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    return int(value) if value.isdigit() else int(FIXED_DATE.timestamp())
