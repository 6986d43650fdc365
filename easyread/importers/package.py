"""Open a Word file safely: refuse what is not a DOCX, locked or damaged files and zip bombs.

Every check runs before python-docx reads a byte, so a hostile file cannot make easyread use
more memory than :data:`MAX_TOTAL_BYTES`, read entity tricks, or reach outside the file.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from easyread.errors import SourceError
from easyread.location import Location

__all__ = ["MAX_PARTS", "MAX_PART_BYTES", "MAX_RATIO", "MAX_TOTAL_BYTES", "read_zip"]

MAX_PARTS = 5_000
"""Most files a Word document's zip may hold (a long booklet has a few hundred)."""

MAX_TOTAL_BYTES = 400_000_000
"""Most bytes all the parts may unpack to (a booklet full of photos is under 100 MB)."""

MAX_PART_BYTES = 100_000_000
"""Most bytes one part may unpack to."""

MAX_RATIO = 200
"""How many times bigger than its packed size a large part may be: text packs about ten to
one, and only a zip bomb packs thousands to one."""

_RATIO_FROM = 2_000_000
"""Parts smaller than this are not held to :data:`MAX_RATIO`: a small, repetitive XML part can
pack very well and still be harmless."""

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED = "EncryptionInfo".encode("utf-16-le")
_CHUNK = 1 << 16


def read_zip(path: Path, kind: str = "Word file (.docx)") -> bytes:
    """Return the bytes of the zip at `path` once every part has been checked.

    `kind` names the file in messages. Raises :class:`SourceError` at the file's first line.
    """
    where = Location(str(path), 1, 1)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SourceError(f"cannot read the file ({exc.strerror or exc})", where) from None
    if data.startswith(_OLE_MAGIC):
        if _ENCRYPTED in data:
            raise SourceError("the file is locked with a password", where,
                              "open it in Word, remove the password, save it and try again")
        raise SourceError("this is an old Word file (.doc), not a .docx file", where,
                          "open it in Word or LibreOffice and save it as a .docx file")
    if not data.startswith(b"PK"):
        raise SourceError(f"this is not a {kind}", where,
                          "save the document as a .docx file in Word or LibreOffice")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            _check_parts(archive, where)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError,
            NotImplementedError) as exc:
        raise SourceError(f"the file is damaged and cannot be opened ({exc})", where,
                          "open it in Word or LibreOffice, save it again and try again") from None
    return data


def _check_parts(archive: zipfile.ZipFile, where: Location) -> None:
    infos = archive.infolist()
    if len(infos) > MAX_PARTS:
        raise SourceError(f"the file holds too many parts ({len(infos)})", where,
                          "this is not an ordinary document; save it again from Word")
    declared = sum(info.file_size for info in infos)
    if declared > MAX_TOTAL_BYTES:
        raise _bomb(where, f"it would unpack to {declared // 1_000_000} MB")
    for info in infos:
        if info.flag_bits & 0x1:
            raise SourceError("the file is locked with a password", where,
                              "open it in Word, remove the password, save it and try again")
        if info.file_size > MAX_PART_BYTES:
            raise _bomb(where, f"the part {info.filename} would unpack to "
                        f"{info.file_size // 1_000_000} MB")
        if info.file_size > _RATIO_FROM and info.file_size > MAX_RATIO * max(1, info.compress_size):
            raise _bomb(where, f"the part {info.filename} is packed too tightly")
    total = 0
    for info in infos:
        # Declared sizes can lie, so count what really unpacks, and stop at the limits.
        size = 0
        head = b""
        with archive.open(info) as part:
            while chunk := part.read(_CHUNK):
                if not head:
                    head = chunk[:2048]
                size += len(chunk)
                total += len(chunk)
                if size > max(info.file_size, 0) or size > MAX_PART_BYTES \
                        or total > MAX_TOTAL_BYTES:
                    raise _bomb(where, f"the part {info.filename} unpacks to more than it says")
        if info.filename.endswith((".xml", ".rels")) and b"<!DOCTYPE" in head.upper():
            raise SourceError(f"the part {info.filename} holds a document type declaration, "
                              "which Word files never do", where,
                              "save the document again from Word or LibreOffice")


def _bomb(where: Location, why: str) -> SourceError:
    return SourceError(f"the file is too big to open safely: {why}", where,
                       "this looks like a zip bomb, not a document; do not open it")
