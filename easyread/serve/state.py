"""The studio's view of one booklet file: read, checked and drawn again whenever it changes."""

from __future__ import annotations

import hashlib
import os
import sys
import tempfile
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from easyread.errors import Diagnostic, SourceError
from easyread.model import Document
from easyread.serve.edit import EditError, apply_edit
from easyread.serve.source import RowSource, map_rows

__all__ = ["ConflictError", "Snapshot", "Studio"]


class ConflictError(Exception):
    """The file changed on disk after the page was drawn, so an edit must ask first."""


@dataclass(frozen=True, slots=True)
class Snapshot:
    """One version of the file, with what the reader, the checker and the writer made of it."""

    raw: bytes
    hash: str
    version: int
    doc: Document | None = None
    error: SourceError | None = None
    rows: tuple[RowSource | None, ...] = ()
    report: Any = None
    """The checker's Report, or None when the checker is not installed or failed."""
    check_problem: str = ""
    warnings: tuple[Diagnostic, ...] = ()
    html: str = ""
    """The booklet as the HTML easy read page ("" when it could not be read)."""
    html_from_writer: bool = False


@dataclass(slots=True)
class _Undo:
    before: bytes
    after_hash: str


@dataclass(slots=True)
class Studio:
    """Holds the booklet being edited; every method is safe to call from many threads."""

    path: Path
    picture_dirs: tuple[Path, ...] = ()
    snapshot: Snapshot = field(init=False)
    good: Snapshot | None = field(init=False, default=None)
    """The last version that could be read, shown under the error while the file is broken."""
    _lock: threading.Condition = field(init=False, default_factory=threading.Condition)
    _stamp: tuple[int, int] = field(init=False, default=(0, -1))
    _undo: list[_Undo] = field(init=False, default_factory=list)

    def __post_init__(self) -> None:
        self.path = self.path.resolve()
        self.picture_dirs = tuple(Path(d).resolve() for d in self.picture_dirs)
        self.snapshot = Snapshot(b"", "", 0)
        if not self.refresh():
            raise SourceError("cannot read the booklet file", _loc(self.path))

    @property
    def folder(self) -> Path:
        """The booklet's folder."""
        return self.path.parent

    def roots(self) -> tuple[Path, ...]:
        """The folders the studio may serve pictures from."""
        from easyread.pictures.library import bundled_dir

        doc_dirs = self.good.doc.meta.picture_dirs if self.good and self.good.doc else ()
        found = [self.folder, *self.picture_dirs, *(Path(d).resolve() for d in doc_dirs)]
        found.append(bundled_dir().resolve())
        return tuple(dict.fromkeys(found))

    def refresh(self) -> bool:
        """Read the file again if it changed on disk; True if the studio now holds it."""
        with self._lock:
            try:
                info = self.path.stat()
                stamp = (info.st_mtime_ns, info.st_size)
                if stamp == self._stamp:
                    return True
                raw = self.path.read_bytes()
            except OSError:
                return False
            self._stamp = stamp
            digest = hashlib.sha256(raw).hexdigest()
            if digest == self.snapshot.hash:
                return True
            self._install(self._build(raw, digest, self.snapshot.version + 1))
            return True

    def _install(self, snapshot: Snapshot) -> None:
        self.snapshot = snapshot
        if snapshot.doc is not None:
            self.good = snapshot
        self._lock.notify_all()

    def wait(self, version: int, timeout: float) -> int:
        """Wait until the version is not `version` (or `timeout` seconds); return the version."""
        with self._lock:
            self._lock.wait_for(lambda: self.snapshot.version != version, timeout)
            return self.snapshot.version

    def _build(self, raw: bytes, digest: str, version: int) -> Snapshot:
        from easyread.read import parse
        from easyread.read.source import decode

        warnings: list[Diagnostic] = []
        try:
            text = decode(raw, str(self.path))
            doc = parse(text, base_dir=self.folder, source=self.path,
                        picture_dirs=self.picture_dirs, report=warnings.append)
        except SourceError as error:
            return Snapshot(raw, digest, version, error=error)
        rows = tuple(map_rows(doc, raw.decode("utf-8")))
        report, problem = _check(doc)
        html, from_writer = _html(doc, warnings)
        return Snapshot(raw, digest, version, doc, None, rows, report, problem,
                        tuple(warnings), html, from_writer)

    def edit(self, request: Mapping[str, Any]) -> Snapshot:
        """Apply an edit from the page and save the file; raise ConflictError or EditError."""
        with self._lock:
            self.refresh()
            current = self.snapshot
            if request.get("hash") != current.hash and request.get("force") is not True:
                raise ConflictError()
            if current.doc is None:
                raise EditError("the booklet file has a mistake; fix it first (see the top of "
                                "the page)")
            text = current.raw.decode("utf-8")
            change = apply_edit(text, current.doc, request)
            self._validate(change.text, change.rows)
            return self._save(change.text.encode("utf-8"), current.raw)

    def undo(self, request: Mapping[str, Any]) -> Snapshot:
        """Put back the file as it was before the studio's last edit, if nobody changed it since."""
        with self._lock:
            self.refresh()
            if not self._undo:
                raise EditError("there is no change to undo")
            last = self._undo[-1]
            if last.after_hash != self.snapshot.hash or request.get("hash") != self.snapshot.hash:
                raise ConflictError()
            self._undo.pop()
            return self._save(last.before, None)

    def _validate(self, text: str, rows: int) -> None:
        from easyread.model import iter_rows
        from easyread.read import parse

        try:
            doc = parse(text, base_dir=self.folder, source=self.path,
                        picture_dirs=self.picture_dirs)
        except SourceError as error:
            hint = f" ({error.hint})" if error.hint else ""
            raise EditError(f"this change was not saved: {error.message}{hint}") from None
        if sum(1 for _ in iter_rows(doc)) != rows:
            raise EditError("this change was not saved, because it would change the layout of "
                            "the booklet around the row; change it in the Markdown file instead")

    def _save(self, data: bytes, before: bytes | None) -> Snapshot:
        _write(self.path, data)
        digest = hashlib.sha256(data).hexdigest()
        if before is not None:
            self._undo.append(_Undo(before, digest))
            del self._undo[:-50]
        info = self.path.stat()
        self._stamp = (info.st_mtime_ns, info.st_size)
        self._install(self._build(data, digest, self.snapshot.version + 1))
        return self.snapshot

    def watch(self, stop: threading.Event, interval: float = 0.25) -> None:
        """Look at the file every `interval` seconds until `stop` is set (run it in a thread)."""
        while not stop.wait(interval):
            try:
                self.refresh()
            except Exception as exc:  # keep watching: one bad read must not stop live updates
                print(f"easyread serve: could not read the booklet again: {exc}", file=sys.stderr)


def _loc(path: Path) -> Any:
    from easyread.location import Location

    return Location(str(path), 1, 1)


def _check(doc: Document) -> tuple[Any, str]:
    try:
        from easyread.checker import check
    except ImportError:
        return None, ""
    try:
        return check(doc), ""
    except SourceError as error:
        return None, str(error)


def _html(doc: Document, warnings: list[Diagnostic]) -> tuple[str, bool]:
    try:
        from easyread.writers import render_bytes

        return render_bytes(doc, "html", report=warnings.append).decode("utf-8"), True
    except ImportError:
        pass
    except Exception as exc:  # the writer failed: show the simple view so editing goes on
        print(f"easyread serve: the HTML page could not be made ({exc!r}); showing a simple "
              "view", file=sys.stderr)
    from easyread.serve.fallback import simple_page

    return simple_page(doc), False


def _write(path: Path, data: bytes) -> None:
    """Replace the file in one step, keeping its permissions."""
    try:
        mode = path.stat().st_mode & 0o7777
    except OSError:
        mode = 0o644
    handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temp, mode)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
