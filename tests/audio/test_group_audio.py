"""The group who helped make the booklet is read aloud, in its own chapter, after the body."""

from __future__ import annotations

import re
import struct
import zipfile
from pathlib import Path

import pytest

import easyread
from easyread.audio.script import reading_script
from easyread.cli import main
from easyread.writers.booklet import compose, labels_for
from tests.audio.conftest import chapters, decode

FRONT = """---
title: Our allotment
language: {language}
group:
  members:
    - name: Priya
      did: Priya chose the pictures.
      quote: I like it when the pictures are clear.
    - name: Tom
      did: Tom read every page out loud.
    - name: Ade
      quote: We made this together.
---
"""
BODY = """
# Planting

:seeds: We plant seeds in spring.

:watering-can: We water the seeds every day.

# Picking

:basket: In summer we pick the beans and take them home.
"""


def _write(folder: Path, group: bool = True, language: str = "en-GB") -> Path:
    front = FRONT.format(language=language)
    if not group:
        front = front[:front.index("group:")] + "---\n"
    source = folder / "allotment.md"
    source.write_text(front + BODY, encoding="utf-8")
    return source


def _words(text: str) -> int:
    return len(re.findall(r"\w+", text))


def test_the_script_reads_the_group_after_the_body(tmp_path: Path) -> None:
    script = reading_script(compose(easyread.load(_write(tmp_path))))
    titles = [chapter.title for chapter in script]
    label = labels_for("en-GB").group
    assert titles == ["Our allotment", "Planting", "Picking", label]
    group = script[-1]
    said = "\n".join(item.text for item in group.items)
    assert said.index("Priya") < said.index("Tom") < said.index("Ade")
    assert "Tom read every page out loud." in said
    assert "“We made this together.”" in said and "together.”." not in said
    # Each member has a place of their own: the audio keeps each one's sound by it.
    assert len({item.loc for item in group.items}) == len(group.items) == 4


def test_the_group_chapter_is_titled_in_the_booklet_language(tmp_path: Path) -> None:
    script = reading_script(compose(easyread.load(_write(tmp_path, language="de"))))
    assert script[-1].title == "Die Gruppe, die bei diesem Heft geholfen hat"
    assert script[-1].items[0].text == script[-1].title


def _id3_chapters(mp3: bytes) -> list[str]:
    """The chapter titles in the order the ID3 table of contents (CTOC) lists them, read from
    the tag's CHAP frames by hand."""
    assert mp3[:3] == b"ID3" and mp3[3] == 4
    size = sum(byte << (7 * (3 - i)) for i, byte in enumerate(mp3[6:10]))
    tag, at = mp3[10:10 + size], 0
    order: list[str] = []
    titles: dict[str, str] = {}
    while at + 10 <= len(tag) and tag[at:at + 4] != b"\0\0\0\0":
        frame_id = tag[at:at + 4].decode("ascii")
        length = sum(byte << (7 * (3 - i)) for i, byte in enumerate(tag[at + 4:at + 8]))
        data = tag[at + 10:at + 10 + length]
        at += 10 + length
        if frame_id == "CTOC":
            entries = data.split(b"\0", 1)[1]
            count = entries[1]
            order = [name.decode("ascii") for name in entries[2:].split(b"\0")[:count]]
        elif frame_id == "CHAP":
            name, rest = data.split(b"\0", 1)
            sub = rest[16:]  # start, end, two byte offsets
            assert sub[:4] == b"TIT2"
            (sub_size,) = struct.unpack(">I", sub[4:8])
            titles[name.decode("ascii")] = sub[11:10 + sub_size].decode("utf-8")
    return [titles[name] for name in order]


def test_the_mp3_has_a_chapter_for_the_group_and_grows_by_its_words(tmp_path: Path) -> None:
    without = tmp_path / "without"
    without.mkdir()
    assert main(["build", str(_write(without, group=False)), "-f", "audio", "-q"]) == 0
    assert main(["build", str(_write(tmp_path)), "-f", "audio", "-q"]) == 0
    mp3 = tmp_path / "allotment.mp3"
    label = labels_for("en-GB").group
    assert _id3_chapters(mp3.read_bytes()) == ["Our allotment", "Planting", "Picking", label]
    found = chapters(mp3)  # as ffprobe reads them
    assert [title for title, _, _ in found][-1] == label

    # Timing: the group's chapter is as long as its words need, at the pace of the rest.
    script = reading_script(compose(easyread.load(tmp_path / "allotment.md")))
    words = [sum(_words(item.text) for item in chapter.items) for chapter in script]
    seconds = [end - start for _, start, end in found]
    body_pace = sum(words[:-1]) / sum(seconds[:-1])
    group_pace = words[-1] / seconds[-1]
    assert 0.6 <= group_pace / body_pace <= 1.6, (group_pace, body_pace)
    # ffmpeg's decoding: the whole file grew by about the group's words at that pace.
    grown = len(decode(mp3)) / 8000 - len(decode(without / "allotment.mp3")) / 8000
    assert grown == pytest.approx(seconds[-1], abs=0.2)
    assert 0.6 <= words[-1] / body_pace / grown <= 1.6


def test_the_e_book_reads_the_group_aloud_and_the_page_has_listen_buttons(
        tmp_path: Path) -> None:
    source = _write(tmp_path)
    assert main(["build", str(source), "-f", "epub,html,audio", "-q"]) == 0
    with zipfile.ZipFile(tmp_path / "allotment.epub") as book:
        names = book.namelist()
        page = book.read(next(n for n in names if n.endswith("group.xhtml"))).decode()
        package = book.read(next(n for n in names if n.endswith(".opf"))).decode()
        overlay = next(
            book.read(n).decode() for n in names
            if n.endswith(".smil") and "group.xhtml" in book.read(n).decode())
    targets = re.findall(r'<text src="group.xhtml#([^"]+)"', overlay)
    assert targets == ["our-group", "member-1", "member-2", "member-3"]
    for ident in targets:
        assert f'id="{ident}"' in page
    assert 'media-overlay="' in package
    html = (tmp_path / "allotment.html").read_text(encoding="utf-8")
    group = html[html.index('id="our-group"'):]
    assert group.count('aria-label="Listen: Priya"') == 1
    assert html.count('aria-label="Listen: ') == 6  # three rows and three members


def test_without_audio_the_e_book_group_page_has_no_read_aloud_ids(tmp_path: Path) -> None:
    data = easyread.render_bytes(easyread.load(_write(tmp_path)), "epub")
    import io

    with zipfile.ZipFile(io.BytesIO(data)) as book:
        page = book.read(next(n for n in book.namelist() if n.endswith("group.xhtml")))
    assert b'id="member-' not in page


def test_a_member_can_record_their_own_part(tmp_path: Path) -> None:
    from easyread.audio.timeline import speak_booklet
    from tests.audio.test_recordings import _tone

    source = _write(tmp_path)
    (tmp_path / "recordings").mkdir()
    _tone(tmp_path / "recordings" / "tom.wav", 2.0)
    doc = easyread.load(source)
    booklet = compose(doc)
    spoken = speak_booklet(booklet)
    assert spoken.recorded == 1
    assert booklet.group is not None
    tom = booklet.group.blocks[1]
    clip = spoken.clips[tom.loc]
    assert clip.end - clip.start == pytest.approx(2.0, abs=0.1)
