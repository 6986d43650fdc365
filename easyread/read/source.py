"""Turn the bytes of a source file into clean text, or say exactly where they are broken."""

from __future__ import annotations

from easyread.errors import SourceError
from easyread.location import Location

__all__ = ["decode", "normalise"]


def decode(data: bytes, file: str) -> str:
    """Decode UTF-8 `data`, dropping a byte-order mark and turning CRLF and CR into LF."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = data[: exc.start]
        line = before.count(b"\n") + 1
        column = len(before) - (before.rfind(b"\n") + 1) + 1
        raise SourceError(
            "this file is not saved as UTF-8 text, so some letters cannot be read",
            Location(file, line, column),
            "save the file as UTF-8 in your editor (most editors have this in 'Save as')",
        ) from None
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        raise SourceError(
            "this file holds binary data, not text", Location(file, line, 1),
            "give the Markdown (.md) file of the booklet",
        )
    return normalise(text)


def normalise(text: str) -> str:
    """The text the reader parses: LF line endings and no byte-order mark.

    The studio maps rows back to the file through the same text, so this is the one place
    that says what "the text" is.
    """
    return text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
