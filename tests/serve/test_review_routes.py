"""Review mode over HTTP: the page, each row's sound, and what readers send."""

from __future__ import annotations

import io
import json
import shutil
import wave
from typing import Any

import pytest

from easyread.review import record_path, row_states
from tests.serve.conftest import Running


def wav_bytes(seconds: float = 0.5, rate: int = 16000) -> bytes:
    out = io.BytesIO()
    with wave.open(out, "wb") as sound:
        sound.setnchannels(1)
        sound.setsampwidth(2)
        sound.setframerate(rate)
        sound.writeframes(b"\x10\x00\xf0\xff" * int(seconds * rate / 2))
    return out.getvalue()


def page_headers(running: Running, kind: str = "application/json") -> dict[str, str]:
    return {"X-Easyread-Token": running.server.token, "Origin": f"http://{running.host}",
            "Content-Type": kind}


def post(running: Running, path: str, body: Any, **headers: str) -> tuple[int, dict[str, Any]]:
    sent = page_headers(running)
    sent.update(headers)
    status, _, data = running.request("POST", path, body, sent)
    return status, json.loads(data)


def keys(running: Running) -> list[str]:
    doc = running.studio.snapshot.doc
    assert doc is not None
    return [state.key for state in row_states(running.file, doc)]


def test_review_page_has_a_part_for_each_row(running: Running) -> None:
    status, headers, body = running.request("GET", "/review")
    page = body.decode()
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert "script-src 'self'" in headers["Content-Security-Policy"]
    assert page.count('class="review-row"') == 5
    assert 'src="/studio/review.js"' in page and running.server.token in page
    assert '<label for="review-name">Your name</label>' in page
    assert page.count(">I understand</button>") == 5 and page.count(">Not sure</button>") == 5
    # The words are buttons, and the picture comes from the studio.
    assert 'data-word="plants" aria-pressed="false" tabindex="-1">plants.</button>' in page
    assert page.count('tabindex="0"') == 5  # one Tab stop for the words of each row
    assert 'src="/picture/people"' in page
    assert running.request("GET", "/studio/review.js")[0] == 200


def test_studio_page_has_a_review_button(running: Running) -> None:
    page = running.request("GET", "/")[2].decode()
    assert 'data-action="review" class="studio-quiet">Review with readers</button>' in page


def test_answers_and_words_go_to_the_review_file(running: Running) -> None:
    first, second = keys(running)[:2]
    assert post(running, "/api/review/answer",
                {"key": first, "reviewer": "Ana", "answer": "understand"})[0] == 200
    status, data = post(running, "/api/review/answer", {
        "key": second, "reviewer": "Ana", "answer": "not-sure",
        "comment": "Which Tuesday?"})
    assert status == 200 and data["saved"] is True
    assert post(running, "/api/review/word",
                {"key": second, "reviewer": "Ana", "word": "Tuesdays"})[0] == 200
    rows = {row["key"]: row for row in data["rows"]}
    assert rows[second]["answers"][0]["comment"] == "Which Tuesday?"
    text = record_path(running.file).read_text(encoding="utf-8")
    assert "Ana" in text and "Which Tuesday?" in text and "Tuesdays" in text
    state = json.loads(running.request("GET", "/api/review")[2])
    answers = {row["key"]: [a["answer"] for a in row["answers"]] for row in state["rows"]}
    assert answers[first] == ["understand"] and answers[second] == ["not-sure"]


def test_a_reader_takes_back_a_hard_word_and_another_readers_stays(running: Running) -> None:
    key = keys(running)[1]
    for reader in ("Ana", "Sam"):
        assert post(running, "/api/review/word",
                    {"key": key, "reviewer": reader, "word": "Tuesdays"})[0] == 200
    status, data = post(running, "/api/review/word/remove",
                        {"key": key, "reviewer": "Ana", "word": "Tuesdays"})
    assert status == 200 and data["saved"] is True
    rows = {row["key"]: row for row in data["rows"]}
    assert [(p["word"], p["reviewer"]) for p in rows[key]["hard_words"]] == [
        ("Tuesdays", "Sam")]
    # The same again changes nothing, and a reload shows what the file says.
    assert post(running, "/api/review/word/remove",
                {"key": key, "reviewer": "Ana", "word": "Tuesdays"})[0] == 200
    state = json.loads(running.request("GET", "/api/review")[2])
    picks = {row["key"]: row["hard_words"] for row in state["rows"]}
    assert [p["reviewer"] for p in picks[key]] == ["Sam"]
    assert "reviewer: Ana" not in record_path(running.file).read_text(encoding="utf-8")


@pytest.mark.parametrize(("body", "status"), [
    ({"key": "KEY", "reviewer": "", "word": "Tuesdays"}, 422),
    ({"key": "KEY", "reviewer": "Ana", "word": ""}, 422),
    ({"key": "no-such-row", "reviewer": "Ana", "word": "Tuesdays"}, 422),
    ({"key": "KEY", "reviewer": "Ana", "word": ["Tuesdays"]}, 400),
])
def test_taking_back_a_word_needs_a_name_a_word_and_a_row(
        running: Running, body: dict[str, Any], status: int) -> None:
    key = keys(running)[1]
    assert post(running, "/api/review/word",
                {"key": key, "reviewer": "Ana", "word": "Tuesdays"})[0] == 200
    if body["key"] == "KEY":
        body = {**body, "key": key}
    got, data = post(running, "/api/review/word/remove", body)
    assert got == status and data["error"].endswith(".")
    assert "word: Tuesdays" in record_path(running.file).read_text(encoding="utf-8")


def test_a_recording_is_saved_served_and_removed(running: Running) -> None:
    key = keys(running)[1]
    sound = wav_bytes()
    path = f"/api/review/recording?key={key}&reviewer=Ana"
    status, data = post(running, path, sound, **{"Content-Type": "audio/wav"})
    assert status == 200, data
    saved = running.file.parent / "recordings" / f"{key}.wav"
    assert saved.read_bytes() == sound
    assert [row["recording"] for row in data["rows"]].count(True) == 1
    status, headers, body = running.request("GET", f"/review/recording/{key}")
    assert status == 200 and headers["Content-Type"] == "audio/wav" and body == sound
    assert post(running, "/api/review/remove", {"key": key, "reviewer": "Ana"})[0] == 200
    assert not saved.exists()
    assert running.request("GET", f"/review/recording/{key}")[0] == 404


def test_a_recording_that_is_not_a_wav_file_is_refused(running: Running) -> None:
    key = keys(running)[0]
    status, data = post(running, f"/api/review/recording?key={key}&reviewer=Ana",
                        b"OggS not a wav", **{"Content-Type": "audio/wav"})
    assert status == 422 and data["error"].endswith(".")
    assert not (running.file.parent / "recordings").exists()


@pytest.mark.parametrize(("path", "body", "headers"), [
    ("/api/review/answer", {"key": "x", "reviewer": "Ana", "answer": "understand"},
     {"X-Easyread-Token": "wrong"}),
    ("/api/review/answer", {"key": "x", "reviewer": "Ana", "answer": "understand"},
     {"Origin": "http://evil.example"}),
    ("/api/review/word", {"key": "x", "reviewer": "Ana", "word": "x"},
     {"Host": "evil.example:80"}),
    ("/api/review/word/remove", {"key": "x", "reviewer": "Ana", "word": "x"},
     {"Origin": "http://evil.example"}),
    ("/api/review/recording?key=x&reviewer=Ana", wav_bytes(), {"Content-Type": "audio/wav",
                                                               "X-Easyread-Token": ""}),
    ("/api/review/recording?key=x&reviewer=Ana", wav_bytes(), {}),
    ("/api/review/answer", {"key": "x", "reviewer": "Ana", "answer": "understand"},
     {"Content-Type": "audio/wav"}),
])
def test_posts_from_elsewhere_are_refused(running: Running, path: str, body: Any,
                                          headers: dict[str, str]) -> None:
    status, data = post(running, path, body, **headers)
    assert status == 403 and data["error"]
    assert not record_path(running.file).exists()


@pytest.mark.parametrize(("body", "status"), [
    ({"key": "nothing-like-this", "reviewer": "Ana", "answer": "understand"}, 422),
    ({"key": "KEY", "reviewer": "Ana", "answer": "maybe"}, 422),
    ({"key": "KEY", "reviewer": "", "answer": "understand"}, 422),
    ({"key": "KEY", "reviewer": ["Ana"], "answer": "understand"}, 400),
    ({"key": "KEY", "reviewer": "A" * 500, "answer": "understand"}, 400),
])
def test_bad_answers_are_refused_in_plain_words(running: Running, body: dict[str, Any],
                                                status: int) -> None:
    if body["key"] == "KEY":
        body = {**body, "key": keys(running)[0]}
    got, data = post(running, "/api/review/answer", body)
    assert got == status and data["error"]
    assert not record_path(running.file).exists()


def test_listen_clip_is_the_row_said_by_the_booklet_voice(running: Running,
                                                           monkeypatch: pytest.MonkeyPatch,
                                                           tmp_path: Any) -> None:
    if shutil.which("espeak-ng") is None:
        pytest.skip("espeak-ng is not installed")
    monkeypatch.setenv("EASYREAD_CACHE_DIR", str(tmp_path / "cache"))
    key = keys(running)[1]
    status, headers, body = running.request("GET", f"/review/clip/{key}")
    assert status == 200 and headers["Content-Type"] == "audio/wav"
    with wave.open(io.BytesIO(body)) as sound:
        assert sound.getsampwidth() == 2 and sound.getnframes() / sound.getframerate() > 0.5
    cached = list((tmp_path / "cache" / "speech").glob("*.wav"))
    assert [path.read_bytes() for path in cached] == [body]
    assert running.request("GET", f"/review/clip/{key}")[2] == body
    assert running.request("GET", "/review/clip/no-such-row")[0] == 404


def test_listen_clip_without_a_voice_says_why(running: Running) -> None:
    running.file.write_text(running.file.read_text(encoding="utf-8").replace(
        "title: Our garden club", "title: Our garden club\nvoice: missing-voice.onnx"),
        encoding="utf-8")
    running.studio.refresh()
    key = keys(running)[0]
    status, _, body = running.request("GET", f"/review/clip/{key}")
    assert status == 503 and body.decode().endswith(".")


def test_a_review_file_with_a_mistake_is_named_with_its_line(running: Running) -> None:
    record_path(running.file).write_text("rows:\n  - [unclosed\n", encoding="utf-8")
    status, _, body = running.request("GET", "/review")
    assert status == 422 and body.decode().startswith(f"{record_path(running.file)}:")
    got, data = post(running, "/api/review/answer",
                     {"key": "we-meet-on-tuesdays", "reviewer": "Ana",
                      "answer": "understand"})
    assert got == 422 and data["error"].startswith(
        "The review file club.review.yaml has a mistake on line 3: ")


def test_a_booklet_with_a_mistake_is_reviewed_as_it_last_worked(running: Running) -> None:
    running.file.write_text("---\ntitle: [\n---\n", encoding="utf-8")
    running.studio.refresh()
    assert running.studio.snapshot.error is not None
    # The last version that worked is still shown and reviewed.
    status, _, body = running.request("GET", "/review")
    assert status == 200 and b'data-word="Tuesdays"' in body
