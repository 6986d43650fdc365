"""Encode the spoken booklet as an MP3 file with an ID3v2.4 tag holding its chapters.

The MP3 is made by LAME (the ``lameenc`` package, LGPL). The tag is written here: the
Python tag libraries are GPL, and the chapter frames (CHAP and CTOC, from the ID3v2 chapter
addendum) are a few bytes each. Constant bit rate keeps seeking exact, which the web page's
Listen buttons and the EPUB's read-aloud rely on.
"""

from __future__ import annotations

import struct

from easyread.audio.timeline import Spoken

__all__ = ["BIT_RATE", "mp3_file"]

BIT_RATE = 48
"""kbit/s: clear speech for one voice, about 360 KB a minute."""


def mp3_file(spoken: Spoken, *, title: str, author: str = "") -> bytes:
    """The MP3 file of `spoken`, tagged with its title, author and chapters."""
    import lameenc  # type: ignore[import-not-found]

    encoder = lameenc.Encoder()
    encoder.set_bit_rate(BIT_RATE)
    encoder.set_in_sample_rate(spoken.rate)
    encoder.set_channels(1)
    encoder.set_quality(5)
    body = bytes(encoder.encode(spoken.samples)) + bytes(encoder.flush())
    return id3_tag(spoken, title=title, author=author) + body


def id3_tag(spoken: Spoken, *, title: str, author: str) -> bytes:
    """An ID3v2.4 tag: title, author, a chapter per part and their table of contents."""
    frames = [_text_frame("TIT2", title)]
    if author:
        frames.append(_text_frame("TPE1", author))
    ids = [f"ch{number}" for number in range(1, len(spoken.chapters) + 1)]
    frames.append(_frame("CTOC", b"toc\0" + bytes([0x03, len(ids)])
                         + b"".join(name.encode("ascii") + b"\0" for name in ids)
                         + _text_frame("TIT2", title)))
    for name, chapter in zip(ids, spoken.chapters, strict=True):
        times = struct.pack(">IIII", round(chapter.start * 1000), round(chapter.end * 1000),
                            0xFFFFFFFF, 0xFFFFFFFF)  # no byte offsets: the times say it all
        frames.append(_frame("CHAP", name.encode("ascii") + b"\0" + times
                             + _text_frame("TIT2", chapter.title)))
    body = b"".join(frames)
    return b"ID3\x04\x00\x00" + _syncsafe(len(body)) + body


def _text_frame(frame_id: str, text: str) -> bytes:
    return _frame(frame_id, b"\x03" + text.encode("utf-8"))  # 3: UTF-8


def _frame(frame_id: str, data: bytes) -> bytes:
    return frame_id.encode("ascii") + _syncsafe(len(data)) + b"\0\0" + data


def _syncsafe(size: int) -> bytes:
    """ID3v2.4 sizes: 7 bits in each of four bytes, so no byte looks like an MP3 frame sync."""
    return bytes(((size >> shift) & 0x7F) for shift in (21, 14, 7, 0))
