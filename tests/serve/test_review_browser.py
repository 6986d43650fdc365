"""Review mode in a real browser: Debian Chromium driven by Playwright, with Chromium's fake
microphone (a steady beep) standing in for a reader's voice.

A reader gives their name once, answers rows, says what is not clear, picks a hard word (and
takes one back) and records their voice; the review file and the recording beside the
booklet are checked.
"""

from __future__ import annotations

import shutil
import time
import wave
from collections.abc import Iterator
from typing import Any

import pytest
import yaml

from easyread.review import add_hard_word, record_path
from tests.serve.conftest import Running
from tests.serve.test_browser import ARGS, _axe, _need

MEDIA = ["--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream",
         "--autoplay-policy=no-user-gesture-required"]


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """A headless Chromium with a fake microphone (skips, or fails in CI, without one)."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _need("playwright (pip install playwright)")
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        _need("chromium")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=chromium, args=ARGS + MEDIA)
        yield launched
        launched.close()


def open_review(browser: Any, running: Running, *, bypass_csp: bool = False
                ) -> tuple[Any, Any, list[str]]:
    """Review mode in a new browser context that may use the microphone; axe-core needs the
    page's CSP set aside to be added."""
    context = browser.new_context(viewport={"width": 1100, "height": 900},
                                  bypass_csp=bypass_csp)
    context.grant_permissions(["microphone"], origin=running.server.url.rstrip("/"))
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda error: errors.append(str(error)))
    tab.goto(running.server.url)
    tab.get_by_role("button", name="Review with readers").click()
    tab.wait_for_url("**/review")
    return context, tab, errors


def part(tab: Any, number: int) -> Any:
    return tab.get_by_role("region", name=f"Part {number} of 5", exact=True)


def record_text(running: Running, check: Any, seconds: float = 10) -> dict[str, Any]:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        path = record_path(running.file)
        if path.is_file():
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
            if check(path.read_text(encoding="utf-8")):
                return dict(data)
        time.sleep(0.05)
    raise AssertionError("the review file did not change as expected")


def test_a_reader_answers_comments_picks_a_word_and_records(browser: Any,
                                                            running: Running) -> None:
    from playwright.sync_api import expect

    context, tab, errors = open_review(browser, running)
    expect(part(tab, 1)).to_be_hidden()
    name = tab.get_by_label("Your name")
    name.fill("Ana")
    name.press("Enter")
    expect(part(tab, 1)).to_be_visible()
    status = tab.get_by_role("status")
    expect(status).to_contain_text("Hello Ana")

    # Listen: the booklet's voice says row 1.
    with tab.expect_response("**/review/clip/**") as clip:
        part(tab, 1).get_by_role("button", name="Listen").click()
    assert clip.value.status == (200 if shutil.which("espeak-ng") else 503)

    # Row 1: understood, with the keyboard.
    part(tab, 1).get_by_role("button", name="I understand").focus()
    tab.keyboard.press("Enter")
    expect(part(tab, 1).get_by_role("button", name="I understand")).to_have_attribute(
        "aria-pressed", "true")
    record_text(running, lambda text: "understand" in text)

    # Row 2: not sure, with a comment, and a hard word.
    row = part(tab, 2)
    row.get_by_role("button", name="Not sure").click()
    comment = row.get_by_label("What is not clear?", exact=False)
    expect(comment).to_be_focused()
    comment.fill("Is it every Tuesday?")
    row.get_by_role("button", name="Save", exact=True).click()
    expect(row.get_by_role("button", name="Not sure")).to_have_attribute("aria-pressed", "true")
    expect(status).to_contain_text("not sure")
    # The words are one Tab stop; the arrow keys and End move between them.
    words = row.get_by_role("toolbar", name="Words of part 2.", exact=False)
    words.get_by_role("button", name="We", exact=True).focus()
    tab.keyboard.press("ArrowRight")
    expect(words.get_by_role("button", name="meet", exact=True)).to_be_focused()
    tab.keyboard.press("End")
    word = words.get_by_role("button", name="Tuesdays.", exact=True)
    expect(word).to_be_focused()
    assert words.locator('[tabindex="0"]').count() == 1
    tab.keyboard.press("Space")
    marked = words.get_by_role("button", name="Tuesdays. (your hard word)", exact=True)
    expect(marked).to_have_attribute("aria-pressed", "true")

    # Row 2: the reader's own voice.
    row.get_by_role("button", name="Record", exact=True).click()
    stop = row.get_by_role("button", name="Stop", exact=True)
    expect(stop).to_be_focused()
    tab.wait_for_timeout(1200)
    stop.click()
    expect(status).to_contain_text("Saved: your recording")
    expect(row.locator("audio.review-recording")).to_be_visible()
    with tab.expect_response("**/review/recording/**") as played:  # Listen plays it now
        row.get_by_role("button", name="Listen").click()
    assert played.value.status == 200
    recording = running.file.parent / "recordings"
    files = list(recording.glob("*.wav"))
    assert len(files) == 1
    with wave.open(str(files[0])) as sound:
        assert sound.getsampwidth() == 2 and sound.getnchannels() == 1
        assert sound.getnframes() / sound.getframerate() > 0.5

    data = record_text(running, lambda text: "Tuesdays" in text and "every Tuesday" in text)
    dumped = yaml.safe_dump(data)
    assert "Ana" in dumped and "not-sure" in dumped and "understand" in dumped
    assert files[0].name in dumped

    # The name is remembered: a new page of review mode does not ask again, and shows what
    # Ana said.
    tab.reload()
    expect(part(tab, 1)).to_be_visible()
    expect(tab.get_by_label("Your name")).to_be_hidden()
    expect(part(tab, 2).get_by_role("button", name="Not sure")).to_have_attribute(
        "aria-pressed", "true")
    part(tab, 2).get_by_role("button", name="Not sure").click()
    expect(part(tab, 2).get_by_label("What is not clear?", exact=False)).to_have_value(
        "Is it every Tuesday?")

    # Take the recording away again.
    part(tab, 2).get_by_role("button", name="Remove the recording").click()
    expect(status).to_contain_text("removed")
    assert not list(recording.glob("*.wav"))
    context.close()
    assert not errors, errors


def test_a_reader_takes_back_a_hard_word_with_the_keyboard(browser: Any,
                                                          running: Running) -> None:
    from playwright.sync_api import expect

    doc = running.studio.snapshot.doc
    assert doc is not None
    add_hard_word(running.file, doc, reviewer="Sam", key="we-meet-on-tuesdays",
                  word="Tuesdays")
    context, tab, errors = open_review(browser, running, bypass_csp=True)
    tab.get_by_label("Your name").fill("Ana")
    tab.get_by_role("button", name="Start").click()
    words = part(tab, 2).get_by_role("toolbar", name="Words of part 2.", exact=False)
    plain = words.get_by_role("button", name="Tuesdays.", exact=True)
    marked = words.get_by_role("button", name="Tuesdays. (your hard word)", exact=True)
    status = tab.get_by_role("status")
    expect(plain).to_have_attribute("aria-pressed", "false")  # Sam's mark is not Ana's

    plain.focus()
    tab.keyboard.press("Enter")
    expect(marked).to_have_attribute("aria-pressed", "true")
    expect(status).to_contain_text("Press it again to take it off")
    record_text(running, lambda text: text.count("word: Tuesdays") == 2)
    assert _axe(tab) == []

    # Pressed by mistake: the same key again takes it off, at once and in the file.
    expect(marked).to_be_focused()
    tab.keyboard.press("Enter")
    expect(plain).to_have_attribute("aria-pressed", "false")
    expect(status).to_contain_text("taken off your hard words")
    data = record_text(running, lambda text: text.count("word: Tuesdays") == 1)
    picks = data["rows"]["we-meet-on-tuesdays"]["hard_words"]
    assert [(p["word"], p["reviewer"]) for p in picks] == [("Tuesdays", "Sam")]
    assert _axe(tab) == []

    tab.reload()
    expect(part(tab, 2)).to_be_visible()
    tab.wait_for_load_state("networkidle")
    expect(plain).to_have_attribute("aria-pressed", "false")
    assert tab.locator('.review-word[aria-pressed="true"]').count() == 0
    context.close()
    assert not errors, errors


def test_two_readers_answering_at_once_lose_nothing(browser: Any, running: Running) -> None:
    from playwright.sync_api import expect

    tabs = []
    for reader in ("Ana", "Ben"):
        context, tab, errors = open_review(browser, running)
        tab.get_by_label("Your name").fill(reader)
        tab.get_by_role("button", name="Start").click()
        expect(part(tab, 5)).to_be_visible()
        tabs.append((context, tab, errors))
    # Each page presses every row's "I understand" without waiting for the answers, so
    # ten answers reach the studio at once.
    for _, tab, _ in tabs:
        tab.evaluate("""() => { for (const b of document.querySelectorAll(
            '[data-review="understand"]')) b.click(); }""")
    for _, tab, _ in tabs:
        for number in range(1, 6):
            expect(part(tab, number).get_by_role("button", name="I understand")
                   ).to_have_attribute("aria-pressed", "true")
    data = record_text(running, lambda text: text.count("Ben") >= 5 and text.count("Ana") >= 5)
    dumped = yaml.safe_dump(data)
    assert dumped.count("reviewer: Ana") == 5 and dumped.count("reviewer: Ben") == 5
    for context, _, errors in tabs:
        context.close()
        assert not errors, errors


def test_review_mode_shows_the_new_words_when_the_file_changes(browser: Any,
                                                               running: Running) -> None:
    from playwright.sync_api import expect

    context, tab, errors = open_review(browser, running)
    tab.get_by_label("Your name").fill("Ana")
    tab.get_by_role("button", name="Start").click()
    expect(part(tab, 2)).to_contain_text("We meet on Tuesdays.")
    tab.wait_for_timeout(300)  # the page hears of the file's first version
    running.file.write_text(running.file.read_text(encoding="utf-8").replace(
        "Tuesdays", "Fridays"), encoding="utf-8")
    expect(part(tab, 2)).to_contain_text("We meet on Fridays.", timeout=5000)
    expect(part(tab, 1)).to_be_visible()  # the name is still known after the new page
    context.close()
    assert not errors, errors


def test_review_mode_passes_axe(browser: Any, running: Running) -> None:
    from playwright.sync_api import expect

    context, tab, errors = open_review(browser, running, bypass_csp=True)
    assert _axe(tab) == []
    tab.get_by_label("Your name").fill("Ana")
    tab.get_by_role("button", name="Start").click()
    part(tab, 2).get_by_role("button", name="Not sure").click()
    expect(part(tab, 2).get_by_label("What is not clear?", exact=False)).to_be_visible()
    part(tab, 1).get_by_role("button", name="I understand").click()
    expect(part(tab, 1).get_by_role("button", name="I understand")).to_have_attribute(
        "aria-pressed", "true")
    assert _axe(tab) == []
    # A phone, or 200% zoom: nothing scrolls sideways.
    tab.set_viewport_size({"width": 375, "height": 800})
    sizes = tab.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
    assert sizes[0] <= sizes[1], sizes
    context.close()
    assert not errors, errors

