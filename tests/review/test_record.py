"""The review record: answers, hard words and recordings kept beside the booklet."""

from __future__ import annotations

import io
import math
import multiprocessing
import struct
import threading
import wave
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import easyread
from easyread.errors import SourceError
from easyread.review import (
    ReviewError,
    add_answer,
    add_hard_word,
    record_path,
    remove_hard_word,
    remove_recording,
    row_key,
    row_states,
    save_recording,
)
from easyread.review.record import load_record

BOOKLET = """---
title: Our allotment
---

# Growing

We grow beans.

We share the tools.
Tools go back in the shed.

We grow beans.
"""


def _booklet(tmp_path: Path, text: str = BOOKLET) -> Path:
    source = tmp_path / "allotment.md"
    source.write_text(text, encoding="utf-8")
    return source


def _wav(seconds: float = 0.5, rate: int = 16000, width: int = 2) -> bytes:
    out = io.BytesIO()
    with wave.open(out, "wb") as sound:
        sound.setnchannels(1)
        sound.setsampwidth(width)
        sound.setframerate(rate)
        sound.writeframes(b"".join(
            struct.pack("<h", round(6000 * math.sin(2 * math.pi * 330 * i / rate)))[:width]
            for i in range(round(seconds * rate))))
    return out.getvalue()


def test_keys_follow_the_first_line_and_tell_repeats_apart(tmp_path: Path) -> None:
    doc = easyread.load(_booklet(tmp_path))
    states = row_states(tmp_path / "allotment.md", doc)
    assert [s.key for s in states] == ["we-grow-beans", "we-share-the-tools",
                                       "we-grow-beans-2"]
    assert [s.loc.line for s in states] == [7, 9, 12]
    assert states[1].lines == ("We share the tools.", "Tools go back in the shed.")
    rows = doc.sections[0].blocks
    assert row_key(rows[2], doc) == "we-grow-beans-2"  # type: ignore[arg-type]
    assert record_path(tmp_path / "allotment.md") == tmp_path / "allotment.review.yaml"


def test_answers_are_kept_readable_and_a_newer_answer_replaces_the_older(
        tmp_path: Path) -> None:
    source = _booklet(tmp_path)
    doc = easyread.load(source)
    add_answer(source, doc, reviewer="Sam", key="we-grow-beans", answer="understand")
    add_answer(source, doc, reviewer="Ana", key="we-share-the-tools", answer="not-sure",
               comment="Which   shed?")
    add_answer(source, doc, reviewer="Sam", key="we-grow-beans", answer="not-sure",
               comment="What beans?")
    add_hard_word(source, doc, reviewer="Ana", key="we-share-the-tools", word="shed.")
    add_hard_word(source, doc, reviewer="Ana", key="we-share-the-tools", word="Shed")
    states = {s.key: s for s in row_states(source, doc)}
    sam = states["we-grow-beans"].answers
    assert [(a.reviewer, a.answer, a.comment, a.stale) for a in sam] == [
        ("Sam", "not-sure", "What beans?", False)]
    assert states["we-share-the-tools"].answers[0].comment == "Which shed?"
    assert [p.word for p in states["we-share-the-tools"].hard_words] == ["shed"]
    assert states["we-grow-beans-2"].answers == ()
    text = record_path(source).read_text(encoding="utf-8")
    assert "reviewer: Ana" in text and "comment: Which shed?" in text
    assert "text: |-\n      We share the tools.\n      Tools go back in the shed." in text
    assert text.index("we-grow-beans:") < text.index("we-share-the-tools:")


def _picks(source: Path, doc: easyread.Document, key: str) -> list[tuple[str, str]]:
    states = {s.key: s for s in row_states(source, doc)}
    return [(p.word, p.reviewer) for p in states[key].hard_words]


def test_a_reader_takes_back_their_own_hard_word_and_keeps_others(tmp_path: Path) -> None:
    source = _booklet(tmp_path)
    doc = easyread.load(source)
    key = "we-share-the-tools"
    for reader, word in (("Ana", "shed"), ("Sam", "shed"), ("Ana", "tools")):
        add_hard_word(source, doc, reviewer=reader, key=key, word=word)
    add_answer(source, doc, reviewer="Ana", key=key, answer="understand")
    remove_hard_word(source, doc, reviewer=" Ana ", key=key, word="Shed.")
    assert _picks(source, doc, key) == [("shed", "Sam"), ("tools", "Ana")]
    text = record_path(source).read_text(encoding="utf-8")
    assert text.count("word: shed") == 1 and "reviewer: Sam" in text
    assert [a.reviewer for a in row_states(source, doc)[1].answers] == ["Ana"]
    remove_hard_word(source, doc, reviewer="Ana", key=key, word="tools")
    remove_hard_word(source, doc, reviewer="Sam", key=key, word="shed")
    assert _picks(source, doc, key) == []
    assert "hard_words" not in record_path(source).read_text(encoding="utf-8")


def test_taking_back_a_word_twice_or_never_marked_changes_nothing(tmp_path: Path) -> None:
    source = _booklet(tmp_path)
    doc = easyread.load(source)
    remove_hard_word(source, doc, reviewer="Ana", key="we-grow-beans", word="beans")
    assert not record_path(source).exists()  # no review started by a tap on nothing
    add_hard_word(source, doc, reviewer="Ana", key="we-grow-beans", word="beans")
    remove_hard_word(source, doc, reviewer="Ana", key="we-grow-beans", word="beans")
    once = record_path(source).read_bytes()
    remove_hard_word(source, doc, reviewer="Ana", key="we-grow-beans", word="beans")
    remove_hard_word(source, doc, reviewer="Ana", key="we-grow-beans", word="grow")
    assert record_path(source).read_bytes() == once
    assert _picks(source, doc, "we-grow-beans") == []


def test_a_hard_word_is_taken_back_after_its_row_changed(tmp_path: Path) -> None:
    source = _booklet(tmp_path)
    doc = easyread.load(source)
    add_hard_word(source, doc, reviewer="Ana", key="we-share-the-tools", word="shed")
    add_hard_word(source, doc, reviewer="Ana", key="we-share-the-tools", word="tools")
    # The row is edited: "shed" is gone from it, and its first line (its key) changed.
    source.write_text(BOOKLET.replace("We share the tools.", "We all share the tools.")
                      .replace("in the shed", "in the hut"), encoding="utf-8")
    doc = easyread.load(source)
    remove_hard_word(source, doc, reviewer="Ana", key="we-all-share-the-tools", word="shed")
    assert _picks(source, doc, "we-all-share-the-tools") == [("tools", "Ana")]
    record = load_record(record_path(source))
    assert "we-share-the-tools" not in record
    with pytest.raises(ReviewError, match="no row 'we-share-the-tools'"):
        remove_hard_word(source, doc, reviewer="Ana", key="we-share-the-tools", word="tools")
    with pytest.raises(ReviewError, match="your name"):
        remove_hard_word(source, doc, reviewer=" ", key="we-all-share-the-tools", word="tools")
    with pytest.raises(ReviewError, match="pick one word"):
        remove_hard_word(source, doc, reviewer="Ana", key="we-all-share-the-tools", word="..")
    assert _picks(source, doc, "we-all-share-the-tools") == [("tools", "Ana")]


def test_editing_a_row_keeps_the_others_and_marks_its_own_answers_stale(
        tmp_path: Path) -> None:
    source = _booklet(tmp_path)
    doc = easyread.load(source)
    for key in ("we-grow-beans", "we-share-the-tools"):
        add_answer(source, doc, reviewer="Sam", key=key, answer="understand")
    source.write_text(BOOKLET.replace("back in the shed", "back in the big shed"),
                      encoding="utf-8")
    states = {s.key: s for s in row_states(source, easyread.load(source))}
    assert [a.stale for a in states["we-grow-beans"].answers] == [False]
    assert [a.stale for a in states["we-share-the-tools"].answers] == [True]


def test_a_row_whose_first_line_changed_keeps_its_answers(tmp_path: Path) -> None:
    source = _booklet(tmp_path)
    doc = easyread.load(source)
    add_answer(source, doc, reviewer="Sam", key="we-share-the-tools", answer="understand")
    source.write_text(BOOKLET.replace("We share the tools.", "We all share the tools."),
                      encoding="utf-8")
    doc = easyread.load(source)
    states = {s.key: s for s in row_states(source, doc)}
    assert [a.stale for a in states["we-all-share-the-tools"].answers] == [True]
    add_answer(source, doc, reviewer="Ana", key="we-all-share-the-tools", answer="understand")
    record = load_record(record_path(source))
    assert "we-share-the-tools" not in record  # moved to the row's new key
    assert [a.reviewer for a in record["we-all-share-the-tools"].answers] == ["Sam", "Ana"]


def test_bad_requests_are_plain_errors(tmp_path: Path) -> None:
    source = _booklet(tmp_path)
    doc = easyread.load(source)
    with pytest.raises(ReviewError, match="no row 'nothing'"):
        add_answer(source, doc, reviewer="Sam", key="nothing", answer="understand")
    with pytest.raises(ReviewError, match="'understand' or 'not-sure'"):
        add_answer(source, doc, reviewer="Sam", key="we-grow-beans", answer="yes")
    with pytest.raises(ReviewError, match="your name"):
        add_answer(source, doc, reviewer="  ", key="we-grow-beans", answer="understand")
    with pytest.raises(ReviewError, match="does not have the word"):
        add_hard_word(source, doc, reviewer="Sam", key="we-grow-beans", word="carrots")
    with pytest.raises(ReviewError, match="does not have the word 'row'"):
        add_hard_word(source, doc, reviewer="Sam", key="we-grow-beans", word="row")
    with pytest.raises(ReviewError, match="8-bit"):
        save_recording(source, doc, reviewer="Sam", key="we-grow-beans", wav=_wav(width=1))
    with pytest.raises(ReviewError, match="cannot be read"):
        save_recording(source, doc, reviewer="Sam", key="we-grow-beans", wav=b"RIFF....")
    assert not record_path(source).exists()
    assert not (tmp_path / "recordings").exists()


def test_a_recording_is_saved_noted_and_removed(tmp_path: Path) -> None:
    source = _booklet(tmp_path)
    doc = easyread.load(source)
    path = save_recording(source, doc, reviewer="Ana", key="we-grow-beans-2", wav=_wav())
    assert path == tmp_path / "recordings" / "we-grow-beans-2.wav"
    assert path.read_bytes() == _wav()
    state = row_states(source, doc)[2]
    assert state.recording == path
    assert state.recorded_by is not None and state.recorded_by.reviewer == "Ana"
    assert "file: recordings/we-grow-beans-2.wav" in record_path(source).read_text("utf-8")
    remove_recording(source, doc, key="we-grow-beans-2")
    assert not path.exists()
    assert row_states(source, doc)[2].recording is None
    assert "recording:" not in record_path(source).read_text("utf-8")


@pytest.mark.parametrize(("text", "where", "message"), [
    ("rows:\n  we-grow-beans:\n    answers:\n    - reviewer: Sam\n      answer: yes\n"
     "      date: '2026-01-01'\n", "5:15", "answer 'yes'"),
    ("rows:\n  we-grow-beans:\n    colour: red\n", "3:5", "unknown key 'colour'"),
    ("rows:\n  we-grow-beans: [\n", "3:1", "cannot be read"),
    ("rows:\n  we-grow-beans:\n    answers:\n    - reviewer: Sam\n", "4:7", "needs 'answer'"),
])
def test_a_broken_review_file_is_one_located_error(tmp_path: Path, text: str, where: str,
                                                   message: str) -> None:
    source = _booklet(tmp_path)
    record_path(source).write_text(text, encoding="utf-8")
    with pytest.raises(SourceError) as caught:
        row_states(source, easyread.load(source))
    assert str(caught.value).startswith(f"{record_path(source)}:{where}: error: ")
    assert message in str(caught.value)


def _in_threads(work: Callable[[str], None], names: list[str]) -> None:
    """Run `work` for every name at once, one thread each, and wait for them all."""
    threads = [threading.Thread(target=work, args=(name,)) for name in names]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def test_readers_answering_at_once_in_threads_lose_nothing(tmp_path: Path) -> None:
    source = _booklet(tmp_path)
    doc = easyread.load(source)
    keys = [s.key for s in row_states(source, doc)]
    names = [f"Reader {n}" for n in range(8)]

    def answer(name: str) -> None:
        for key in keys:
            add_answer(source, doc, reviewer=name, key=key, answer="understand")

    _in_threads(answer, names)
    for state in row_states(source, doc):
        assert sorted(a.reviewer for a in state.answers) == names


def test_readers_taking_back_words_at_once_in_threads_lose_nothing(tmp_path: Path) -> None:
    source = _booklet(tmp_path)
    doc = easyread.load(source)
    key = "we-share-the-tools"
    names = [f"Reader {n}" for n in range(8)]
    for name in names:
        add_hard_word(source, doc, reviewer=name, key=key, word="shed")

    def change(name: str) -> None:  # each takes back "shed" and marks "tools" in turn
        for _ in range(3):
            add_hard_word(source, doc, reviewer=name, key=key, word="tools")
            remove_hard_word(source, doc, reviewer=name, key=key, word="shed")
            add_hard_word(source, doc, reviewer=name, key=key, word="shed")
        remove_hard_word(source, doc, reviewer=name, key=key, word="tools")

    _in_threads(change, names)
    assert sorted(_picks(source, doc, key)) == [("shed", name) for name in names]


def _answer_in_process(source: str, name: str, start: Any) -> None:
    doc = easyread.load(Path(source))
    start.wait()  # both processes are ready: their answers overlap
    for number in range(10):
        for key in ("we-grow-beans", "we-share-the-tools", "we-grow-beans-2"):
            add_answer(Path(source), doc, reviewer=f"{name} {number}", key=key,
                       answer="not-sure", comment=f"from {name}")


def test_two_processes_answering_at_once_lose_nothing(tmp_path: Path) -> None:
    source = _booklet(tmp_path)
    context = multiprocessing.get_context("spawn")
    start = context.Barrier(2)
    workers = [context.Process(target=_answer_in_process, args=(str(source), name, start))
               for name in ("First", "Second")]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(120)
        assert worker.exitcode == 0
    for state in row_states(source, easyread.load(source)):
        assert sorted(a.reviewer for a in state.answers) == sorted(
            f"{name} {number}" for name in ("First", "Second") for number in range(10))
