"""--format audio: the booklet read aloud as an MP3 with a chapter per section."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest

import easyread
from easyread.audio.script import reading_script
from easyread.cli import main
from easyread.writers.booklet import compose
from tests.audio.conftest import chapters, decode, loudness

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "health-appointment.md"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("audio")
    assert main(["build", str(EXAMPLE), "--format", "audio", "-o", str(out), "-q"]) == 0
    return out / "health-appointment.mp3"


def _words(text: str) -> int:
    return len(re.findall(r"\w+", text))


def test_the_example_is_speech_at_a_listening_pace(built: Path) -> None:
    samples = decode(built)
    seconds = len(samples) / 8000
    words = sum(_words(item.text) for chapter in reading_script(compose(easyread.load(EXAMPLE)))
                for item in chapter.items)
    assert 1 <= words / seconds <= 4, (words, seconds)
    # Speech, not silence: most half-seconds are loud, and the pauses between rows are quiet.
    halves = [loudness(samples[i:i + 4000]) for i in range(0, len(samples) - 4000, 4000)]
    loud = sum(level > 300 for level in halves)
    assert loud > len(halves) / 2
    assert min(halves) < 50


def test_a_chapter_per_section_titled_with_its_heading(built: Path) -> None:
    doc = easyread.load(EXAMPLE)
    headings = [s.heading.text for s in doc.sections if s.heading is not None]
    found = chapters(built)
    # Then the end pages: the word list, who made the booklet, how to contact us.
    assert [title for title, _, _ in found] == [doc.meta.title, *headings, "Hard words",
                                                 "Who made this booklet", "How to contact us"]
    for (_, _, end), (_, start, _) in itertools.pairwise(found):
        assert end == pytest.approx(start, abs=0.01)


def test_chapter_lengths_follow_the_sections_word_counts(built: Path) -> None:
    script = reading_script(compose(easyread.load(EXAMPLE)))
    words = [sum(_words(item.text) for item in chapter.items) for chapter in script]
    seconds = [end - start for _, start, end in chapters(built)]
    pace = [w / s for w, s in zip(words, seconds, strict=True)]
    # The contact section is slowest: its phone number is read digit by digit.
    assert all(0.75 <= each <= 4 for each in pace), pace
    assert _correlation(words, seconds) > 0.9
    assert max(seconds) == seconds[words.index(max(words))]  # the longest section is longest


def _correlation(xs: list[int], ys: list[float]) -> float:
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    cov = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True))
    return float(cov / (sum((x - mx) ** 2 for x in xs) * sum((y - my) ** 2 for y in ys)) ** 0.5)


def _booklet(folder: Path, rows: list[str], front: str = "") -> Path:
    source = folder / "garden.md"
    body = "\n\n".join(rows)
    source.write_text(f"---\ntitle: Our garden\n{front}---\n\n# Planting\n\n{body}\n",
                      encoding="utf-8")
    return source


def test_after_a_one_row_edit_only_that_row_is_spoken_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from easyread.audio import voices

    spoken: list[str] = []
    speak = voices.EspeakVoice.speak

    def counting(self: voices.EspeakVoice, text: str) -> bytes:
        spoken.append(text)
        return speak(self, text)

    monkeypatch.setattr(voices.EspeakVoice, "speak", counting)
    rows = ["We plant beans in May.", "We water them each day.", "We pick them in July."]
    source = _booklet(tmp_path, rows)
    assert main(["build", str(source), "-f", "audio", "-q"]) == 0
    assert len(spoken) == 5  # title, heading, three rows
    first = (tmp_path / "garden.mp3").read_bytes()
    spoken.clear()
    rows[1] = "We water them every evening."
    _booklet(tmp_path, rows)
    assert main(["build", str(source), "-f", "audio", "-q"]) == 0
    assert spoken == ["We water them every evening."]
    assert (tmp_path / "garden.mp3").read_bytes() != first


def test_the_pronunciation_table_must_say_something(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = _booklet(tmp_path, ["The NHS helps you."], "say:\n  NHS:\n")
    assert main(["build", str(source), "-f", "audio"]) == 2
    err = capsys.readouterr().err
    assert f"{source}:4:3: error: say: write how to say 'NHS' after its colon" in err
    assert list(tmp_path.iterdir()) == [source]


def test_the_pronunciation_table_changes_what_is_said(tmp_path: Path) -> None:
    source = _booklet(tmp_path, ["The NHS helps you."], "say:\n  NHS: N H S\n")
    doc = easyread.load(source)
    assert dict(doc.meta.say) == {"NHS": "N H S"}
    plain = easyread.render_bytes(easyread.load(_booklet(tmp_path, ["The NHS helps you."])),
                                  "audio")
    assert easyread.render_bytes(doc, "audio") != plain


def test_an_unknown_voice_is_a_located_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = _booklet(tmp_path, ["We plant beans."], "voice: zz\n")
    assert main(["build", str(source), "-f", "audio,pdf"]) == 2
    assert f"{source}:3:1: error: espeak-ng has no voice called 'zz'" in \
        capsys.readouterr().err
    assert list(tmp_path.iterdir()) == [source]


def test_a_piper_voice_needs_its_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = _booklet(tmp_path, ["We plant beans."])
    assert main(["build", str(source), "-f", "audio", "--voice", str(tmp_path / "amy.onnx")]) == 2
    assert re.search(r"error: (the voice file .*amy.onnx cannot be found|a Piper voice needs "
                     r"the piper-tts package)", capsys.readouterr().err)


def test_voice_on_the_command_line_wins_over_the_front_matter(tmp_path: Path) -> None:
    source = _booklet(tmp_path, ["We plant beans."], "voice: en-us\n")
    assert main(["build", str(source), "-f", "audio", "-q"]) == 0
    american = (tmp_path / "garden.mp3").read_bytes()
    assert main(["build", str(source), "-f", "audio", "-q", "--voice", "en-gb"]) == 0
    british = (tmp_path / "garden.mp3").read_bytes()
    _booklet(tmp_path, ["We plant beans."])
    assert main(["build", str(source), "-f", "audio", "-q"]) == 0
    assert british != american
    assert (tmp_path / "garden.mp3").read_bytes() == british  # en-GB's own voice is en-gb


def test_made_with_other_formats_the_speech_is_shared(tmp_path: Path) -> None:
    source = _booklet(tmp_path, ["We plant beans in May.", "We pick them in July."])
    assert main(["build", str(source), "-f", "html,audio,epub", "-q"]) == 0
    page = (tmp_path / "garden.html").read_text(encoding="utf-8")
    assert page.count('aria-label="Listen: ') == 2
    assert (tmp_path / "garden.mp3").read_bytes()[:3] == b"ID3"
    assert (tmp_path / "garden.epub").read_bytes()[:2] == b"PK"
