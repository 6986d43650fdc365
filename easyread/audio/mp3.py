"""MP3: each spoken item encoded on its own (and cached), the file joined from them, and an
ID3v2.4 tag holding its chapters.

The MP3 frames are made by LAME (the ``lameenc`` package, LGPL). Each item is its own run of
frames, so after a one-row edit only that row is encoded again; its length is counted from its
frames, so the chapters and the rows' clips stay exact. The tag is written here: the Python tag
libraries are GPL, and the chapter frames (CHAP and CTOC, from the ID3v2 chapter addendum) are
a few bytes each. Constant bit rate keeps seeking exact, which the web page's Listen buttons
and the e-book's read-aloud rely on.
"""

from __future__ import annotations

import struct
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from easyread.audio.timeline import Spoken

__all__ = ["BIT_RATE", "encode", "id3_tag", "mp3_file", "seconds_of"]

BIT_RATE = 48
"""kbit/s: clear speech for one voice, about 360 KB a minute."""

_BIT_RATES = {
    1: (0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320),
    2: (0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160),
}
_SAMPLE_RATES = {3: (44100, 48000, 32000), 2: (22050, 24000, 16000), 0: (11025, 12000, 8000)}


def encode(samples: bytes, rate: int) -> bytes:
    """`samples` (16-bit mono at `rate`) as MP3 frames."""
    import lameenc  # type: ignore[import-not-found]

    encoder = lameenc.Encoder()
    encoder.set_bit_rate(BIT_RATE)
    encoder.set_in_sample_rate(rate)
    encoder.set_channels(1)
    encoder.set_quality(7)
    return bytes(encoder.encode(samples)) + bytes(encoder.flush())


def seconds_of(frames: bytes) -> float:
    """How long MP3 `frames` play, counted from their headers (Layer III only)."""
    at, samples, rate = 0, 0, 0
    while at + 4 <= len(frames):
        head = frames[at:at + 4]
        if head[0] != 0xFF or head[1] & 0xE0 != 0xE0:
            raise ValueError(f"not an MP3 frame at byte {at}")
        version = (head[1] >> 3) & 3
        rate = _SAMPLE_RATES[version][(head[2] >> 2) & 3]
        kbits = _BIT_RATES[1 if version == 3 else 2][head[2] >> 4]
        per_frame = 1152 if version == 3 else 576
        at += per_frame // 8 * kbits * 1000 // rate + ((head[2] >> 1) & 1)
        samples += per_frame
    return samples / rate if rate else 0.0


def mp3_file(spoken: Spoken, *, title: str, author: str = "") -> bytes:
    """The MP3 file of `spoken`, tagged with its title, author and chapters."""
    return id3_tag(spoken, title=title, author=author) + spoken.frames


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
