"""The studio over HTTP: what it serves, what it refuses, and how it saves."""

from __future__ import annotations

import json
import socket
import time
from typing import Any

import pytest

from easyread.serve import make_server
from easyread.serve.page import studio_page
from tests.serve.conftest import BOOKLET, Running


def wait_for(check, seconds: float = 5.0) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if check():
            return True
        time.sleep(0.05)
    return False


def test_page_shows_rows_findings_and_tools(running: Running) -> None:
    status, headers, body = running.request("GET", "/")
    page = body.decode()
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert "script-src 'self'" in headers["Content-Security-Policy"]
    assert f'<meta name="easyread-token" content="{running.server.token}">' in page
    assert page.count('class="studio-tools"') == 5
    assert page.count('data-action="edit"') == 5
    assert "Download PDF" in page and 'href="/download/pdf"' in page
    assert "We are a club for people who like plants." in page
    assert "out of 100" in page


@pytest.mark.usefixtures("text_format")
def test_a_new_format_record_gets_a_download_button(running: Running) -> None:
    page = running.request("GET", "/")[2].decode()
    assert 'href="/download/text" download>Download plain text</a>' in page
    status, headers, body = running.request("GET", "/download/text")
    assert status == 200 and headers["Content-Type"] == "text/plain; charset=utf-8"
    assert headers["Content-Disposition"].endswith('.txt"')
    assert body.endswith(b"\n") and len(body.splitlines()) == 1


def test_page_is_drawn_once_per_version(running: Running,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    drawn: list[int] = []

    def counting(snapshot: Any, good: Any, token: str, name: str) -> str:
        drawn.append(snapshot.version)
        return studio_page(snapshot, good, token, name)

    monkeypatch.setattr("easyread.serve.server.studio_page", counting)
    first = running.request("GET", "/")[2]
    assert running.request("GET", "/")[2] == first and len(drawn) == 1
    assert running.edit({"op": "text", "row": 1, "text": "We meet on Mondays."})[0] == 200
    again = running.request("GET", "/")[2]
    assert again != first and b"We meet on Mondays." in again and len(drawn) == 2
    assert running.request("GET", "/index.html")[2] == again and len(drawn) == 2


def test_static_files_and_unknown_paths(running: Running) -> None:
    assert running.request("GET", "/studio/studio.js")[0] == 200
    assert running.request("GET", "/studio/studio.css")[1]["Content-Type"].startswith("text/css")
    assert running.request("GET", "/studio/../serve/state.py")[0] == 404
    assert running.request("GET", "/club.md")[0] == 404


@pytest.mark.parametrize("path", [
    "/files/../outside.png",
    "/files/..%2foutside.png",
    "/files/%2e%2e/outside.png",
    "/files/../../../../../../etc/passwd",
    "/files//etc/passwd",
    "/files/notes.txt",
    "/files/club.md",
    "/files/logo.png%00.txt",
])
def test_paths_outside_the_booklet_or_not_pictures_are_refused(running: Running,
                                                               path: str) -> None:
    status, _, body = running.request("GET", path)
    assert status == 403, path
    assert b"private" not in body and b"root:" not in body


def test_pictures_in_the_folder_and_library_are_served(running: Running) -> None:
    status, headers, body = running.request("GET", "/files/logo.png")
    assert status == 200 and headers["Content-Type"] == "image/png" and body[:4] == b"\x89PNG"
    status, headers, body = running.request("GET", "/picture/people")
    assert status == 200 and headers["Content-Type"] == "image/svg+xml" and b"<svg" in body
    assert running.request("GET", "/picture/..%2f..%2fetc%2fpasswd")[0] == 404
    assert running.request("GET", "/picture/no-such-picture-here")[0] == 404


def test_picture_search_answers_json(running: Running) -> None:
    status, headers, body = running.request("GET", "/api/pictures?q=doctor")
    found = json.loads(body)
    assert status == 200 and headers["Content-Type"] == "application/json"
    assert found["pictures"][0]["name"] == "doctor"
    assert all(p["url"] == f"/picture/{p['name']}" and p["alt"] for p in found["pictures"])
    assert json.loads(running.request("GET", "/api/pictures?q=")[2])["pictures"] == []


def test_other_host_names_are_refused(running: Running) -> None:
    status, _, _ = running.request("GET", "/", headers={"Host": f"evil.example:{running.port}"})
    assert status == 403
    assert running.request("GET", "/", headers={"Host": f"localhost:{running.port}"})[0] == 200


def test_edits_need_the_token_origin_and_json(running: Running) -> None:
    change = {"op": "text", "row": 1, "text": "We meet on Mondays."}
    assert running.edit(change, **{"X-Easyread-Token": "guess"})[0] == 403
    assert running.edit(change, Origin="http://evil.example")[0] == 403
    assert running.edit(change, **{"Content-Type": "text/plain"})[0] == 403
    body = json.dumps({"hash": running.studio.snapshot.hash, **change}).encode()
    status, _, _ = running.request("POST", "/api/edit", body, {"Content-Type": "text/plain"})
    assert status == 403
    assert running.file.read_text(encoding="utf-8") == BOOKLET


def test_edit_saves_only_the_row(running: Running) -> None:
    status, reply = running.edit({"op": "text", "row": 1, "text": "We meet on Mondays."})
    assert status == 200 and reply["saved"]
    assert running.file.read_text(encoding="utf-8") == BOOKLET.replace("on Tuesdays", "on Mondays")
    assert reply["hash"] == running.studio.snapshot.hash
    status, reply = running.edit({"op": "picture", "row": 3, "picture": "hand"})
    assert status == 200
    assert "2. :hand: Gloves for your hands.\n" in running.file.read_text(encoding="utf-8")


def test_changed_file_gives_409_until_forced(running: Running) -> None:
    old_hash = running.studio.snapshot.hash
    running.file.write_text(BOOKLET + "\nA new row from another program.\n", encoding="utf-8")
    change = {"op": "text", "row": 0, "text": "Hello.", "hash": old_hash}
    status, reply = running.edit(change)
    assert status == 409 and "changed" in reply["error"]
    assert "another program" in running.file.read_text(encoding="utf-8")
    status, _ = running.edit({**change, "force": True})
    assert status == 200
    saved = running.file.read_text(encoding="utf-8")
    assert ":people: Hello.\n" in saved and "another program" in saved


def test_bad_edit_is_refused_with_a_plain_message(running: Running) -> None:
    status, reply = running.edit({"op": "text", "row": 0, "text": ""})
    assert status == 200  # the row keeps its picture, so it may lose its words
    status, reply = running.edit({"op": "picture", "row": 1, "picture": "no-such-picture-x"})
    assert status == 422 and "no picture called" in reply["error"]
    status, reply = running.edit({"op": "add", "row": 0, "text": ""})
    assert status == 422 and reply["error"].endswith(".")
    assert running.request("POST", "/api/edit", b"[1, 2",
                           {"X-Easyread-Token": running.server.token})[0] == 400


def test_undo_puts_the_file_back(running: Running) -> None:
    assert running.edit({"op": "remove", "row": 1})[0] == 200
    assert "Tuesdays" not in running.file.read_text(encoding="utf-8")
    body = {"hash": running.studio.snapshot.hash}
    headers = {"X-Easyread-Token": running.server.token}
    assert running.request("POST", "/api/undo", body, headers)[0] == 200
    assert running.file.read_text(encoding="utf-8") == BOOKLET
    assert running.request("POST", "/api/undo", body, headers)[0] in (409, 422)


def test_bad_markdown_shows_the_readers_error(running: Running) -> None:
    running.file.write_text(BOOKLET + "\n#\n", encoding="utf-8")
    assert wait_for(lambda: running.studio.snapshot.error is not None)
    page = running.request("GET", "/")[2].decode()
    assert "cannot read the booklet file right now" in page
    assert "club.md:19:1" in page and "This heading has no words." in page
    assert "We are a club" in page  # the last version that worked is still shown
    assert 'data-action="edit"' not in page
    assert running.edit({"op": "text", "row": 0, "text": "Hi."})[0] == 422
    state = json.loads(running.request("GET", "/api/state")[2])
    assert "club.md:19:1" in state["error"]


def test_events_announce_changes_on_disk(running: Running) -> None:
    sock = socket.create_connection(("127.0.0.1", running.port), timeout=10)
    sock.sendall(f"GET /events HTTP/1.1\r\nHost: {running.host}\r\n\r\n".encode())
    received = b""
    while b"event: change" not in received:
        received += sock.recv(4096)
    first = json.loads(received.split(b"data: ", 1)[1].split(b"\n", 1)[0])
    started = time.monotonic()
    running.file.write_text(BOOKLET.replace("Tuesdays", "Fridays"), encoding="utf-8")
    received = b""
    while received.count(b"event: change") < 1:
        received += sock.recv(4096)
    took = time.monotonic() - started
    sock.close()
    second = json.loads(received.split(b"data: ", 1)[1].split(b"\n", 1)[0])
    assert second["version"] == first["version"] + 1
    assert took < 2.0
    assert "Fridays" in running.request("GET", "/")[2].decode()


def test_downloads_are_attachments(running: Running) -> None:
    status, headers, body = running.request("GET", "/download/html")
    assert status == 200 and 'filename="club.html"' in headers["Content-Disposition"]
    assert b"We meet on Tuesdays." in body
    status, headers, body = running.request("GET", "/download/md")
    assert status == 200 and body.decode() == BOOKLET
    assert running.request("GET", "/download/exe")[0] == 404


def test_next_free_port_is_used(running: Running) -> None:
    second = make_server(running.studio, "127.0.0.1", running.port, tries=5)
    try:
        assert second.server_address[1] != running.port
    finally:
        second.server_close()
    with pytest.raises(OSError, match="in use"):
        make_server(running.studio, "127.0.0.1", running.port, tries=1)
