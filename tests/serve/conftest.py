"""A studio on a random port, serving a small booklet in a temporary folder."""

from __future__ import annotations

import http.client
import io
import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from easyread.serve import Studio, StudioServer, make_server

BOOKLET = """---
title: Our garden club
---

# Who we are

:people: We are a club for people who like plants.
We meet every week.

:calendar: We meet on Tuesdays.

## What to bring

1. :water: A bottle of water.
2. Gloves for your hands.

> :phone: Phone Sam if you are ill.
"""


@dataclass
class Running:
    """A running studio and helpers to talk to it."""

    server: StudioServer
    studio: Studio
    file: Path

    @property
    def port(self) -> int:
        return self.server.server_address[1]

    @property
    def host(self) -> str:
        return f"127.0.0.1:{self.port}"

    def request(self, method: str, path: str, body: Any = None,
                headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
        """Send a request with exactly these headers (the path is sent as written)."""
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        data = json.dumps(body).encode() if body is not None and not isinstance(body, bytes) \
            else body
        sent = {"Host": self.host}
        if data is not None:
            sent["Content-Type"] = "application/json"
        sent.update(headers or {})
        conn.putrequest(method, path, skip_host=True, skip_accept_encoding=True)
        for name, value in sent.items():
            conn.putheader(name, value)
        if data is not None:
            conn.putheader("Content-Length", str(len(data)))
        conn.endheaders(data)
        response = conn.getresponse()
        result = (response.status, dict(response.getheaders()), response.read())
        conn.close()
        return result

    def edit(self, change: dict[str, Any], **headers: str) -> tuple[int, dict[str, Any]]:
        """POST an edit with the page's token and the current hash unless given."""
        body = {"hash": self.studio.snapshot.hash, **change}
        sent = {"X-Easyread-Token": self.server.token, "Origin": f"http://{self.host}"}
        sent.update(headers)
        status, _, data = self.request("POST", "/api/edit", body, sent)
        return status, json.loads(data)


def png_bytes() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (20, 20), "#336699").save(out, format="PNG")
    return out.getvalue()


@pytest.fixture
def running(tmp_path: Path) -> Iterator[Running]:
    """A studio for `booklet/club.md`, with a picture and a private file beside it."""
    folder = tmp_path / "booklet"
    folder.mkdir()
    file = folder / "club.md"
    file.write_text(BOOKLET, encoding="utf-8")
    (folder / "logo.png").write_bytes(png_bytes())
    (folder / "notes.txt").write_text("private notes", encoding="utf-8")
    (tmp_path / "outside.png").write_bytes(png_bytes())
    studio = Studio(file)
    server = make_server(studio, "127.0.0.1", 0)
    stop = threading.Event()
    threads = [threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1},
                                daemon=True),
               threading.Thread(target=studio.watch, args=(stop, 0.1), daemon=True)]
    for thread in threads:
        thread.start()
    try:
        yield Running(server, studio, file)
    finally:
        stop.set()
        server.stop()
