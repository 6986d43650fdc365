"""The studio in a real browser: Debian Chromium driven by Playwright for Python.

A person changes a sentence, picks a picture, adds and removes rows and downloads the
PDF; the Markdown file is checked after each step. axe-core checks the page itself.
"""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.serve.conftest import BOOKLET, Running

ROOT = Path(__file__).resolve().parents[2]
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]


def _need(what: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"{what} is needed in CI")
    pytest.skip(f"{what} is not installed")


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """A headless Chromium (skips, or fails in CI, without chromium or playwright)."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _need("playwright (pip install playwright)")
    chromium = os.environ.get("CHROMIUM") or shutil.which("chromium") or \
        shutil.which("chromium-browser")
    if not chromium:
        _need("chromium")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=chromium, args=ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Any, running: Running) -> Iterator[Any]:
    """The studio page, open in a fresh browser tab; page errors fail the test."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, bypass_csp=True,
                                  accept_downloads=True)
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda error: errors.append(str(error)))
    tab.goto(running.server.url)
    yield tab
    context.close()
    assert not errors, errors


def wait_for_file(file: Path, check: Callable[[str], bool], seconds: float = 10) -> str:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        text = file.read_text(encoding="utf-8")
        if check(text):
            return text
        time.sleep(0.05)
    raise AssertionError(f"the file did not change as expected:\n{file.read_text()}")


def test_change_words_pick_picture_add_remove_and_download(page: Any, running: Running) -> None:
    from playwright.sync_api import expect

    # Change the words of row 2, with the keyboard.
    page.get_by_role("button", name="Change words in row 2").focus()
    page.keyboard.press("Enter")
    words = page.get_by_label("Words in row 2. Write each sentence on its own line.")
    expect(words).to_be_focused()
    expect(words).to_have_value("We meet on Tuesdays.")
    words.fill("We meet on Thursdays.\nCome at 6 in the evening.")
    page.get_by_role("button", name="Save", exact=True).click()
    expected = BOOKLET.replace(":calendar: We meet on Tuesdays.\n",
                               ":calendar: We meet on Thursdays.\nCome at 6 in the evening.\n")
    assert wait_for_file(running.file, lambda t: "Thursdays" in t) == expected
    expect(page.get_by_text("Come at 6 in the evening.")).to_be_visible()
    expect(page.get_by_role("status").first).to_have_text("Saved. The booklet file is up to date.")
    expect(page.get_by_role("button", name="Change words in row 2")).to_be_focused()

    # Pick a picture for row 4, which has none yet.
    page.get_by_role("button", name="Add a picture in row 4").click()
    dialog = page.get_by_role("dialog", name="Choose a picture for row 4")
    expect(dialog).to_be_visible()
    search = dialog.get_by_label("Search for a picture", exact=False)
    expect(search).to_have_value("Gloves for your hands.")
    search.fill("hand")
    expect(dialog.locator('#studio-results[data-query="hand"]')).to_have_count(1)
    choice = dialog.locator('#studio-results button[data-name="hand"]')
    choice.click()
    expect(choice).to_have_attribute("aria-pressed", "true")
    dialog.get_by_role("button", name="Use this picture").click()
    expected = expected.replace("2. Gloves", "2. :hand: Gloves")
    assert wait_for_file(running.file, lambda t: ":hand:" in t) == expected
    expect(page.get_by_role("button", name="Change picture in row 4")).to_be_visible()

    # Add a row after row 1, then remove row 5 (the box).
    page.get_by_role("button", name="Add a row below row 1").click()
    page.get_by_label("Words for a new row after row 1.", exact=False).fill("Everyone is welcome.")
    page.get_by_role("button", name="Save", exact=True).click()
    expected = expected.replace("We meet every week.\n", "We meet every week.\n\n"
                                "Everyone is welcome.\n")
    assert wait_for_file(running.file, lambda t: "welcome" in t) == expected
    page.get_by_role("button", name="Remove row 6").click()
    page.get_by_role("dialog", name="Remove this row?").get_by_role(
        "button", name="Yes, remove it").click()
    expected = expected.replace("\n> :phone: Phone Sam if you are ill.\n", "")
    assert wait_for_file(running.file, lambda t: "Phone Sam" not in t) == expected

    # Download the PDF of what the page shows now.
    with page.expect_download() as download:
        page.get_by_role("link", name="Download PDF").click()
    data = Path(download.value.path()).read_bytes()
    assert data.startswith(b"%PDF") and download.value.suggested_filename == "club.pdf"


def test_page_follows_the_file_and_asks_before_overwriting(page: Any, running: Running) -> None:
    from playwright.sync_api import expect

    running.file.write_text(BOOKLET.replace("Tuesdays", "Saturdays"), encoding="utf-8")
    expect(page.get_by_text("We meet on Saturdays.")).to_be_visible(timeout=2000)

    page.get_by_role("button", name="Change words in row 1").click()
    page.get_by_label("Words in row 1.", exact=False).fill("We love plants.")
    changed = BOOKLET.replace("Tuesdays", "Sundays")
    running.file.write_text(changed, encoding="utf-8")
    expect(page.get_by_role("status").first).to_contain_text("has changed", timeout=3000)
    page.get_by_role("button", name="Save", exact=True).click()
    ask = page.get_by_role("dialog", name="Someone changed the booklet file")
    expect(ask).to_be_visible()
    ask.get_by_role("button", name="Save my change anyway").click()
    saved = wait_for_file(running.file, lambda t: "love plants" in t)
    assert saved == changed.replace(":people: We are a club for people who like plants.\n"
                                    "We meet every week.\n", ":people: We love plants.\n")
    expect(page.get_by_text("We meet on Sundays.")).to_be_visible()


def _axe(page: Any) -> list[dict[str, Any]]:
    axe = ROOT / "node_modules" / "axe-core" / "axe.min.js"
    if not axe.is_file():
        _need("axe-core (npm install)")
    page.add_script_tag(path=str(axe))
    result = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})"
        ".then(r => r.violations.map(v => ({id: v.id, nodes: v.nodes.map(n => n.target)})))",
        AXE_TAGS,
    )
    return list(result)


def test_studio_page_passes_axe(page: Any) -> None:
    assert _axe(page) == []
    page.get_by_role("button", name="Add a picture in row 4").click()
    page.locator("#studio-results button").first.wait_for()
    assert _axe(page) == []
    page.keyboard.press("Escape")
    page.get_by_role("button", name="Change words in row 1").click()
    assert _axe(page) == []


@pytest.mark.parametrize(("width", "height"), [(640, 800), (768, 1024), (390, 844)])
def test_zoom_and_tablet_widths_do_not_scroll_sideways(browser: Any, running: Running,
                                                        width: int, height: int) -> None:
    # 640 CSS pixels is a 1280 pixel window at 200% zoom.
    context = browser.new_context(viewport={"width": width, "height": height},
                                  device_scale_factor=2)
    tab = context.new_page()
    tab.goto(running.server.url)
    sizes = tab.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
    assert sizes[0] <= sizes[1], sizes
    tab.get_by_role("button", name="Add a picture in row 4").click()
    box = tab.locator("#studio-picture").bounding_box()
    assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= width
    context.close()


def test_saving_draws_the_page_once_and_does_not_say_the_file_changed(
        page: Any, running: Running) -> None:
    from playwright.sync_api import expect

    # Hold the server's answer to the save until its change event has surely reached the
    # page: the order that made the page draw twice or say the file had changed.
    def slow(route: Any) -> None:
        answer = route.fetch()
        time.sleep(0.6)
        route.fulfill(response=answer)

    page.route("**/api/edit", slow)
    page.evaluate("""() => {
        window.said = [];
        new MutationObserver(() => {
            const box = document.getElementById('studio-status');
            if (box && box.textContent) window.said.push(box.textContent);
        }).observe(document.body, {subtree: true, childList: true, characterData: true});
    }""")
    drawn: list[str] = []
    page.on("request", lambda request: drawn.append(request.url)
            if request.method == "GET" and request.url == running.server.url else None)

    page.get_by_role("button", name="Change words in row 2").click()
    page.get_by_label("Words in row 2.", exact=False).fill("We meet on Fridays.")
    page.get_by_role("button", name="Save", exact=True).click()
    wait_for_file(running.file, lambda t: "Fridays" in t)
    expect(page.get_by_role("status").first).to_have_text("Saved. The booklet file is up to date.")
    expect(page.get_by_text("We meet on Fridays.")).to_be_visible()
    page.wait_for_timeout(800)  # time for a late event to draw the page again, if it would
    said = page.evaluate("window.said")
    assert not [text for text in said if "has changed" in text], said
    assert len(drawn) == 1, drawn
    expect(page.get_by_role("button", name="Change words in row 2")).to_be_focused()
