"""Every unknown picture name is reported in one run, not only the first."""

from __future__ import annotations

import pytest

import easyread
from easyread.errors import SourceError


def test_all_unknown_picture_names_are_named_in_one_error() -> None:
    text = (
        "---\ntitle: T\n---\n\n"
        ":buss: Take the bus.\n\n:letter: Bring your letter.\n\n:docter: See the doctor.\n"
    )
    with pytest.raises(SourceError) as caught:
        easyread.parse(text, source="b.md")
    error = caught.value
    assert (error.loc.line, error.loc.column) == (5, 1)
    assert error.message.startswith("there is no picture called 'buss' (did you mean :bus:")
    assert "there is also no picture called 'docter' at line 9 (did you mean :doctor:" in (
        error.message
    )
    assert str(error).count("\n") == 0  # still one line


def test_one_unknown_picture_keeps_its_hint_apart() -> None:
    with pytest.raises(SourceError) as caught:
        easyread.parse("---\ntitle: T\n---\n\n:buss: Take the bus.\n", source="b.md")
    assert caught.value.message == "there is no picture called 'buss'"
    assert caught.value.hint is not None and ":bus:" in caught.value.hint
