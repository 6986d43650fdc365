"""The web page made with the audio version: a Listen button on every row that plays it."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import easyread
from easyread.model import iter_rows
from tests.conftest import require_tool

ROOT = Path(__file__).resolve().parents[3]
EXAMPLE = ROOT / "examples" / "health-appointment.md"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]


@pytest.fixture(scope="module")
def page_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    require_tool("espeak-ng")
    os.environ.setdefault("EASYREAD_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    out = tmp_path_factory.mktemp("listen") / "booklet.html"
    easyread.render(easyread.load(EXAMPLE), "html", out, with_audio=True)
    return out


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        require_tool("playwright")  # skips, or fails in CI
        raise
    chromium = os.environ.get("CHROMIUM") or shutil.which("chromium") or require_tool("chromium")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=chromium,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--mute-audio"])
        yield launched
        launched.close()


@pytest.fixture
def tab(browser: Any, page_file: Path) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    opened = context.new_page()
    errors: list[str] = []
    opened.on("pageerror", lambda error: errors.append(str(error)))
    opened.goto(page_file.as_uri())
    yield opened
    context.close()
    assert not errors, errors


def test_without_audio_the_page_has_no_buttons_and_no_script() -> None:
    data = easyread.render_bytes(easyread.load(EXAMPLE), "html").decode()
    assert "<script" not in data and "<button" not in data and "<audio" not in data


def test_every_row_has_a_listen_button_naming_it(tab: Any) -> None:
    rows = list(iter_rows(easyread.load(EXAMPLE)))
    buttons = tab.get_by_role("button", name="Listen:")
    assert buttons.count() == len(rows) == 25
    names = [buttons.nth(i).get_attribute("aria-label") for i in range(buttons.count())]
    assert names == [f"Listen: {row.lines[0].text}" for row in rows]
    assert tab.get_by_role("button", name="Listen to the whole booklet").count() == 1


def test_pressing_listen_plays_that_row_and_pressing_again_stops(tab: Any) -> None:
    button = tab.get_by_role("button", name="Listen: Write the day and time on your calendar.")
    start = float(button.get_attribute("data-start"))
    end = float(button.get_attribute("data-end"))
    button.click()
    tab.wait_for_function(
        f"() => {{ const a = document.getElementById('er-audio');"
        f" return !a.paused && a.currentTime > {start + 0.3}; }}", timeout=15000)
    assert button.get_attribute("aria-pressed") == "true"
    playing = tab.evaluate("document.getElementById('er-audio').currentTime")
    assert start < playing < end
    button.click()
    assert tab.evaluate("document.getElementById('er-audio').paused")
    assert button.get_attribute("aria-pressed") == "false"


def test_a_row_stops_at_its_end(tab: Any) -> None:
    button = tab.get_by_role("button", name="Listen: Leave home in good time.").first
    end = float(button.get_attribute("data-end"))
    button.click()
    tab.wait_for_function("() => !document.getElementById('er-audio').paused", timeout=15000)
    tab.wait_for_function("() => document.getElementById('er-audio').paused", timeout=30000)
    stopped = tab.evaluate("document.getElementById('er-audio').currentTime")
    # Stopped at the row's end, give or take the browser's clock ticks on a busy machine.
    assert end - 0.05 <= stopped < end + 1.0
    assert button.get_attribute("aria-pressed") == "false"


def test_axe_finds_nothing_on_the_page_with_audio(tab: Any) -> None:
    axe = ROOT / "node_modules" / "axe-core" / "axe.min.js"
    if not axe.is_file():
        require_tool("axe-core")  # skips, or fails in CI
    tab.add_script_tag(path=str(axe))
    result = tab.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})"
        ".then(r => r.violations.map(v => v.id + ': ' + v.nodes.length))", AXE_TAGS)
    assert result == []
