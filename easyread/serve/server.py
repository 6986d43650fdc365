"""The studio's web server: standard library only, loopback by default, one booklet file.

GET serves the studio page, its two static files, library and booklet pictures, downloads
and a stream of change events; POST edits the file. Every request must name this server in
its Host header (so other web sites cannot reach it through DNS tricks), and every POST must
carry the page's secret token and come from the page's own origin.
"""

from __future__ import annotations

import contextlib
import json
import secrets
import socket
import threading
import traceback
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from easyread.errors import SourceError
from easyread.formats import FORMATS
from easyread.serve.edit import EditError
from easyread.serve.page import page_json, sentence, studio_page
from easyread.serve.picture_search import PictureSearch, picture_bytes, picture_file
from easyread.serve.review_routes import MAX_RECORDING, RECORDING, review_get, review_post
from easyread.serve.state import ConflictError, Studio
from easyread.writers import render_bytes

__all__ = ["StudioServer", "make_server"]

MAX_BODY = 1_000_000
STATIC = {"studio.css": "text/css; charset=utf-8", "studio.js": "text/javascript; charset=utf-8",
          "review.js": "text/javascript; charset=utf-8"}
MARKDOWN = "text/markdown; charset=utf-8"
CSP = ("default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
       "img-src 'self' data:; media-src 'self' blob:; font-src 'self' data:; connect-src 'self'; "
       "base-uri 'none'; "
       "form-action 'self'; frame-ancestors 'none'")
WILDCARD_HOSTS = frozenset({"0.0.0.0", "::", ""})


class StudioServer(ThreadingHTTPServer):
    """A threading HTTP server that knows the studio, its token and the hosts it answers to."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], studio: Studio, host_given: bool) -> None:
        self.address_family = socket.AF_INET6 if ":" in address[0] else socket.AF_INET
        super().__init__(address, Handler)
        self.studio = studio
        self.token = secrets.token_urlsafe(24)
        self.stop_event = threading.Event()
        self.pictures = PictureSearch(studio)
        self._page: tuple[tuple[int, int], bytes] | None = None
        port = self.server_address[1]
        host = address[0]
        names = {"127.0.0.1", "localhost", "[::1]"}
        if host_given and host not in WILDCARD_HOSTS:
            names.add(f"[{host}]" if ":" in host else host)
        self.any_host = host_given and host in WILDCARD_HOSTS
        self.hosts = {f"{name}:{port}" for name in names}
        if port == 80:
            self.hosts |= names

    @property
    def url(self) -> str:
        """The address to open in a browser."""
        host = str(self.server_address[0])
        if host in WILDCARD_HOSTS or host == "127.0.0.1":
            host = "127.0.0.1"
        elif ":" in host:
            host = f"[{host}]"
        return f"http://{host}:{self.server_address[1]}/"

    def page(self) -> bytes:
        """The studio page for the file's current state, drawn once per version of the file."""
        snapshot, good = self.studio.snapshot, self.studio.good
        key = (snapshot.version, good.version if good is not None else -1)
        cached = self._page  # one read: another thread may put a newer page here meanwhile
        if cached is None or cached[0] != key:
            page = studio_page(snapshot, good, self.token, self.studio.path.name)
            cached = self._page = (key, page.encode("utf-8"))
        return cached[1]

    def stop(self) -> None:
        """End the event streams and stop serving."""
        self.stop_event.set()
        self.shutdown()
        self.server_close()


class Handler(BaseHTTPRequestHandler):
    """Answers one request to the studio."""

    server: StudioServer
    server_version = "easyread-studio"
    sys_version = ""

    def log_message(self, format: str, *args: Any) -> None:
        """Stay quiet: the terminal is for messages people need."""

    # ---- plumbing -------------------------------------------------------------------------

    def _send(self, status: int, body: bytes, kind: str, extra: dict[str, str] | None = None
              ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("Content-Security-Policy", CSP)
        for name, value in (extra or {}).items():
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _json(self, status: int, value: dict[str, Any]) -> None:
        self._send(status, json.dumps(value).encode("utf-8"), "application/json")

    def _text(self, status: int, message: str) -> None:
        self._send(status, message.encode("utf-8"), "text/plain; charset=utf-8")

    def _host_ok(self) -> bool:
        host = (self.headers.get("Host") or "").lower()
        return self.server.any_host or host in self.server.hosts

    # ---- GET ------------------------------------------------------------------------------

    def do_HEAD(self) -> None:
        """Answer like GET, without the body."""
        self.do_GET()

    def do_GET(self) -> None:
        """Serve the page, static files, pictures, downloads and the event stream."""
        self._guarded(self._get)

    def _guarded(self, work: Any) -> None:
        """Run `work`; a bug answers 500 with a plain message instead of a dropped connection."""
        try:
            work()
        except (BrokenPipeError, ConnectionResetError):
            pass
        except Exception:
            traceback.print_exc()
            with contextlib.suppress(OSError):
                self._text(HTTPStatus.INTERNAL_SERVER_ERROR, "Something went wrong in the "
                           "studio. The details are in the window where it was started.")

    def _get(self) -> None:
        if not self._host_ok():
            self._text(HTTPStatus.FORBIDDEN, "This address is not the easyread studio.")
            return
        parts = urlsplit(self.path)
        path = parts.path
        studio = self.server.studio
        if path in ("/", "/index.html"):
            self._send(HTTPStatus.OK, self.server.page(), "text/html; charset=utf-8")
        elif path.startswith("/studio/") and path[8:] in STATIC:
            data = resources.files("easyread.serve").joinpath("static", path[8:]).read_bytes()
            self._send(HTTPStatus.OK, data, STATIC[path[8:]])
        elif review_get(self, path):
            pass
        elif path == "/events":
            self._events()
        elif path == "/api/state":
            self._json(HTTPStatus.OK, page_json(studio.snapshot))
        elif path == "/api/pictures":
            query = parse_qs(parts.query)
            words = " ".join(query.get("q", []))[:500]
            found = self.server.pictures.search(words, limit=24)
            self._json(HTTPStatus.OK, {"query": words, "pictures": found})
        elif path.startswith("/picture/"):
            self._library_picture(unquote(path[len("/picture/"):]))
        elif path.startswith("/files/"):
            self._file(unquote(path[len("/files/"):]))
        elif path.startswith("/download/") and (path[10:] in FORMATS or path[10:] == "md"):
            self._download(path[10:])
        else:
            self._text(HTTPStatus.NOT_FOUND, "There is nothing at this address.")

    def _events(self) -> None:
        studio = self.server.studio
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.end_headers()
        version = -1
        try:
            while not self.server.stop_event.is_set():
                now = studio.wait(version, timeout=1.0)
                if now != version:
                    version = now
                    data = json.dumps(page_json(studio.snapshot))
                    self.wfile.write(f"event: change\ndata: {data}\n\n".encode())
                else:
                    self.wfile.write(b": still here\n\n")
                self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError, TimeoutError):
            pass  # the page was closed

    def _library_picture(self, name: str) -> None:
        found = picture_bytes(self.server.studio, self.server.pictures, name)
        if found is None:
            self._text(HTTPStatus.NOT_FOUND, "There is no picture with this name.")
            return
        data, kind = found
        self._send(HTTPStatus.OK, data, kind)

    def _file(self, relative: str) -> None:
        """A picture file inside the booklet's folder or a picture folder; nothing else."""
        studio = self.server.studio
        if "\x00" in relative or relative.startswith(("/", "\\")):
            self._text(HTTPStatus.FORBIDDEN, "The studio only shows pictures from the booklet's "
                       "folder and the picture folders.")
            return
        for root in studio.roots():
            try:
                found = picture_file(root / relative, (root,))
            except ValueError:  # an SVG that cannot be made safe is not shown
                break
            if found is not None:
                self._send(HTTPStatus.OK, *found)
                return
        self._text(HTTPStatus.FORBIDDEN, "The studio only shows pictures from the booklet's "
                   "folder and the picture folders.")

    def _download(self, fmt: str) -> None:
        studio = self.server.studio
        snapshot = studio.good
        stem = studio.path.stem
        if fmt == "md":
            data, media_type, suffix = studio.snapshot.raw, MARKDOWN, "md"
        elif snapshot is None or snapshot.doc is None:
            self._text(HTTPStatus.CONFLICT, "The booklet file has a mistake, so it cannot be "
                       "made yet. Fix the mistake first.")
            return
        else:
            try:
                data = render_bytes(snapshot.doc, fmt)
            except SourceError as error:
                self._text(HTTPStatus.UNPROCESSABLE_ENTITY, str(error))
                return
            media_type, suffix = FORMATS[fmt].media_type, FORMATS[fmt].suffix
        safe = "".join(c if c.isalnum() or c in "-_." else "-" for c in stem) or "booklet"
        self._send(HTTPStatus.OK, data, media_type,
                   {"Content-Disposition": f'attachment; filename="{safe}.{suffix}"'})

    # ---- POST -----------------------------------------------------------------------------

    def _post_problem(self) -> str | None:
        """Why this POST must be refused, or None if it comes from the studio page."""
        if not self._host_ok():
            return "This address is not the easyread studio."
        origin = self.headers.get("Origin")
        if origin is not None and origin != f"http://{self.headers.get('Host', '')}":
            return "Only the studio page can change the booklet."
        token = self.headers.get("X-Easyread-Token", "")
        if not secrets.compare_digest(token.encode(), self.server.token.encode()):
            return "Only the studio page can change the booklet. Load the page again."
        # A reader's recording comes as a WAV file; everything else as JSON.
        kind = "audio/wav" if urlsplit(self.path).path == RECORDING else "application/json"
        if not (self.headers.get("Content-Type") or "").startswith(kind):
            return "The studio page sends JSON." if kind == "application/json" else \
                "The studio page sends recordings as WAV files."
        return None

    def do_POST(self) -> None:
        """Edit the booklet file, or undo the last edit."""
        self._guarded(self._post)

    def _post(self) -> None:
        problem = self._post_problem()
        if problem is not None:
            self._json(HTTPStatus.FORBIDDEN, {"error": problem})
            return
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = -1
        path = urlsplit(self.path).path
        if not 0 < length <= (MAX_RECORDING if path == RECORDING else MAX_BODY):
            self._json(HTTPStatus.BAD_REQUEST, {"error": "The change is empty or too big."})
            return
        if path.startswith("/api/review/"):
            review_post(self, path, self.rfile.read(length))
            return
        try:
            request = json.loads(self.rfile.read(length))
            if not isinstance(request, dict):
                raise ValueError
        except ValueError:
            self._json(HTTPStatus.BAD_REQUEST, {"error": "The change is not in the right form."})
            return
        studio = self.server.studio
        try:
            if path == "/api/edit":
                snapshot = studio.edit(request)
            elif path == "/api/undo":
                snapshot = studio.undo(request)
            else:
                self._json(HTTPStatus.NOT_FOUND, {"error": "There is nothing at this address."})
                return
        except ConflictError:
            self._json(HTTPStatus.CONFLICT, {
                "error": "Someone changed the booklet file after this page was shown.",
                "hash": studio.snapshot.hash,
            })
            return
        except EditError as error:
            self._json(HTTPStatus.UNPROCESSABLE_ENTITY, {"error": sentence(str(error))})
            return
        except SourceError as error:  # the file could not be saved: say so, keep the page
            self._json(HTTPStatus.INTERNAL_SERVER_ERROR, {"error": sentence(error.message)})
            return
        self._json(HTTPStatus.OK, {**page_json(snapshot), "saved": True})


def make_server(studio: Studio, host: str = "127.0.0.1", port: int = 8000, *,
                host_given: bool = False, tries: int = 20) -> StudioServer:
    """Bind the studio to `host` on `port`, or the next free port; port 0 picks any free port."""
    last: OSError | None = None
    for candidate in ([0] if port == 0 else range(port, port + max(1, tries))):
        try:
            return StudioServer((host, candidate), studio, host_given)
        except OSError as exc:
            last = exc
    assert last is not None
    raise last
