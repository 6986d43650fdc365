"""The studio's view of one booklet file: read, checked and drawn again whenever it changes."""

from __future__ import annotations

import hashlib
import sys
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from markdown_it.token import Token

from easyread.checker import CheckConfig, Report, check
from easyread.errors import Diagnostic, SourceError
from easyread.files import write_file
from easyread.model import Document, iter_rows
from easyread.read import parse_with_tokens
from easyread.read.source import decode
from easyread.serve.edit import EditError, apply_edit
from easyread.serve.row_lines import RowSource, map_rows

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
    report: Report | None = None
    """The checker's report, or None when the checker could not run (see `check_problem`)."""
    check_problem: str = ""
    warnings: tuple[Diagnostic, ...] = ()
    html: str = ""
    """The booklet as the HTML easy read page ("" when it could not be read)."""
    html_from_writer: bool = False


@dataclass(frozen=True, slots=True)
class _Parsed:
    """What the reader made of a text: kept from checking an edit, so it is not read twice."""

    doc: Document
    tokens: list[Token]
    warnings: tuple[Diagnostic, ...]


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

    def _parse(self, text: str) -> _Parsed:
        """Read `text` as the booklet file; raise SourceError."""
        warnings: list[Diagnostic] = []
        doc, tokens = parse_with_tokens(text, base_dir=self.folder, source=self.path,
                                        picture_dirs=self.picture_dirs, report=warnings.append)
        return _Parsed(doc, tokens, tuple(warnings))

    def _build(self, raw: bytes, digest: str, version: int,
               parsed: _Parsed | None = None) -> Snapshot:
        """Read, check and draw `raw`; `parsed` is what the reader already made of it."""
        try:
            text = decode(raw, str(self.path))
            if parsed is None:
                parsed = self._parse(text)
        except SourceError as error:
            return Snapshot(raw, digest, version, error=error)
        doc = parsed.doc
        warnings = list(parsed.warnings)
        rows = tuple(map_rows(doc, raw.decode("utf-8"), parsed.tokens))
        report, problem = _check(doc, text)
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
            change = apply_edit(text, current.doc, request, current.rows)
            parsed = self._validate(change.text, change.rows)
            return self._save(change.text.encode("utf-8"), current.raw, parsed)

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

    def _validate(self, text: str, rows: int) -> _Parsed:
        """Read the edited text and check it has `rows` rows; give back what was read."""
        try:
            parsed = self._parse(text)
        except SourceError as error:
            hint = f" ({error.hint})" if error.hint else ""
            raise EditError(f"this change was not saved: {error.message}{hint}") from None
        if sum(1 for _ in iter_rows(parsed.doc)) != rows:
            raise EditError("this change was not saved, because it would change the layout of "
                            "the booklet around the row; change it in the Markdown file instead")
        return parsed

    def _save(self, data: bytes, before: bytes | None, parsed: _Parsed | None = None
              ) -> Snapshot:
        # Keeps the file's permissions; a failure is a SourceError the server reports.
        write_file(self.path, data, hint="check that the booklet's folder can be written to")
        digest = hashlib.sha256(data).hexdigest()
        if before is not None:
            self._undo.append(_Undo(before, digest))
            del self._undo[:-50]
        info = self.path.stat()
        self._stamp = (info.st_mtime_ns, info.st_size)
        self._install(self._build(data, digest, self.snapshot.version + 1, parsed))
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


def _check(doc: Document, text: str) -> tuple[Report | None, str]:
    """Check `doc`, reading the comments that silence rules from `text`, the text it came from."""
    try:
        return check(doc, CheckConfig(source_text=text)), ""
    except SourceError as error:
        return None, str(error)


def _html(doc: Document, warnings: list[Diagnostic]) -> tuple[str, bool]:
    """The booklet's web page, with a slot after each row for the studio's tools."""
    import io

    from easyread.pictures.render import PictureRenderer
    from easyread.serve.slots import slot_after_row
    from easyread.writers.booklet import compose
    from easyread.writers.html import write_html

    try:
        out = io.BytesIO()
        write_html(compose(doc), out, pictures=PictureRenderer(), report=warnings.append,
                   row_extra=slot_after_row(doc))
        return out.getvalue().decode("utf-8"), True
    except Exception as exc:  # the writer failed: show the simple view so editing goes on
        print(f"easyread serve: the HTML page could not be made ({exc!r}); showing a simple "
              "view", file=sys.stderr)
    from easyread.serve.fallback import simple_page

    return simple_page(doc), False
