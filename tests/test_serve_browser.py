"""`newsevents serve` in a real browser: Debian's chromium driven by Playwright (never
`playwright install`). Skips cleanly where /usr/bin/chromium is missing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import serve_db

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = [
    pytest.mark.model,
    pytest.mark.slow,
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium (apt-get install chromium)"
    ),
]
sync_api = pytest.importorskip("playwright.sync_api", reason="needs the playwright package (pip, the dev extras)")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest) -> Iterator[str]:
    from newsevents.serve import create_app

    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("NEWSEVENTS_CACHE", str(tmp_path_factory.getbasetemp() / "cache"))
        pipeline = request.getfixturevalue("pipeline")
        db = serve_db.build(tmp_path_factory.mktemp("browser") / "events.db", pipeline)
    with serve_db.LiveServer(create_app(db)) as live:
        yield live.url


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox", "--disable-gpu"])
        yield b
        b.close()


class Watched:
    """A page that records console errors, uncaught exceptions and dialogs."""

    def __init__(self, browser: Any) -> None:
        self.page = browser.new_page()
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))


@pytest.fixture
def watched(browser: Any) -> Iterator[Watched]:
    w = Watched(browser)
    yield w
    w.page.close()


def test_dashboard_loads_without_console_errors_and_draws_markers(server: str, watched: Watched) -> None:
    page = watched.page
    page.goto(server + "/")
    page.wait_for_selector("#map[data-markers]", timeout=20000)
    markers = page.get_attribute("#map", "data-markers")
    assert markers not in (None, "error", "0")
    assert page.locator("path.event-marker").count() == int(markers or 0)
    assert page.locator("path.leaflet-interactive").count() > 100  # the countries of the base map
    assert page.locator("svg.timeline rect").count() > 0
    assert page.locator("table.dyads tbody tr").count() > 0
    assert watched.errors == []


def test_filtering_the_table_changes_the_rows(server: str, watched: Watched) -> None:
    page = watched.page
    page.goto(server + "/events?modality=all")
    before = page.locator("table.events tbody tr").count()
    assert before >= 8
    page.fill("input[name=country]", "UKR")
    page.click("form.filters button[type=submit]")
    page.wait_for_url("**country=UKR**")
    rows = page.locator("table.events tbody tr")
    assert 0 < rows.count() < before
    assert "country=UKR" in (page.get_attribute("#csv", "href") or "")
    assert int(page.inner_text("#total")) == rows.count()
    assert watched.errors == []


def test_event_page_highlights_its_spans(server: str, watched: Watched) -> None:
    page = watched.page
    page.goto(server + "/events?article_id=t-kharkiv&modality=all")
    page.click("table.events tbody tr:first-child td:first-child a")
    page.wait_for_selector("#sentence")
    sentence = page.inner_text("#sentence")
    assert page.locator("#sentence mark.trigger").count() == 1
    assert page.locator("#sentence mark.actor").count() >= 1
    trigger = page.inner_text("#sentence mark.trigger")
    assert trigger and trigger in sentence
    assert page.locator("ol.reasons li").count() >= 1
    assert watched.errors == []


def test_a_hostile_article_does_not_run_script(server: str, watched: Watched) -> None:
    page = watched.page
    page.goto(f"{server}/articles/{serve_db.HOSTILE_ID}")
    text = page.inner_text("#article-text")
    assert "<script>document.title='pwned'</script>" in text
    assert "<img src=x" in text
    assert page.title().startswith("<script>document.title='pwned-title'</script>")  # shown, not run
    assert page.locator("#article-text script, #article-text img").count() == 0
    assert "<script>" in page.inner_text("h1")
    assert watched.dialogs == []
    page.goto(server + f"/events?article_id={serve_db.HOSTILE_ID}&modality=all")
    assert page.title() == "Events · newsevents"
    assert watched.dialogs == []
