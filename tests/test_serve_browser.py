"""`eventwire serve` in headless Chromium (Debian's /usr/bin/chromium driven by Playwright; no browser
download): the overview chart, the events filter, evidence highlighting. Screenshots go to test-artifacts/."""
from __future__ import annotations

from pathlib import Path
from typing import Iterator
from urllib.parse import quote

import pytest

from .test_serve_api import XSS_ID, LiveServer, build_store
from .test_serve_lists import SLASH_ID, slash_record

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]

if not CHROMIUM.exists():
    pytest.skip(f"{CHROMIUM} is absent (apt-get install chromium; CI installs it)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install -e .[test])")


@pytest.fixture(scope="module")
def site(tmp_path_factory, pipeline) -> Iterator[str]:
    from eventwire.store import connect, save_record

    db = build_store(tmp_path_factory.mktemp("browser") / "serve.db", pipeline)
    conn = connect(db)
    save_record(conn, slash_record(), "tests")  # an article id with '/', no outlet but a URL
    conn.close()
    with LiveServer(db) as live:
        yield live.url


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with sync_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser) -> Iterator[object]:
    """A fresh page that fails the test on any script error or dialog (an alert() would mean injected script)."""
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    tab = context.new_page()
    problems: list[str] = []
    tab.on("pageerror", lambda exc: problems.append(f"page error: {exc}"))
    tab.on("dialog", lambda dialog: (problems.append(f"dialog: {dialog.message}"), dialog.dismiss()))
    tab.on("console", lambda msg: problems.append(f"console {msg.type}: {msg.text}") if msg.type == "error" else None)
    yield tab
    context.close()
    assert problems == []


def shot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"serve-{name}.png"), full_page=True)


def test_overview_draws_the_timeline(page, site: str) -> None:
    page.goto(site + "/")
    bars = page.locator("svg#timeline rect.bar")
    assert bars.count() >= 2
    box = bars.first.bounding_box()
    assert box and box["height"] > 0 and box["width"] > 0
    assert page.locator(".legend .badge").count() >= 2
    shot(page, "overview")


def test_filter_narrows_the_events_table(page, site: str) -> None:
    page.goto(site + "/events")
    rows = page.locator("#events-table tr.event-row")
    before = rows.count()
    assert before >= 2
    page.select_option("#f-type", "ASSAULT")
    with page.expect_navigation():
        page.click("#event-filters button[type=submit]")
    after = rows.count()
    assert 1 <= after < before
    assert all(t == "ASSAULT" for t in rows.evaluate_all("rows => rows.map(r => r.dataset.type)"))
    assert "type=ASSAULT" in page.url
    shot(page, "events-filtered")


def test_clicking_an_event_highlights_its_evidence(page, site: str) -> None:
    page.set_viewport_size({"width": 1280, "height": 420})
    page.goto(site + f"/articles/{quote(XSS_ID, safe='')}")
    trigger = page.locator('#article-text [data-ids~="event-e2"]')
    assert "hl" not in (trigger.first.get_attribute("class") or "")
    page.click('button.item[data-event="e2"]')
    classes = trigger.first.get_attribute("class").split()
    assert "hl" in classes and "m-trigger" in classes
    assert page.locator('#article-text .hl[data-ids~="sent-e2"]').count() >= 1
    assert page.locator('#article-text .hl[data-ids~="event-e1"]').count() == 0
    assert trigger.first.evaluate("el => { const r = el.getBoundingClientRect();"
                                  " return r.top >= 0 && r.bottom <= window.innerHeight; }")
    assert page.url.endswith("?event=e2")
    assert page.locator("#article-text").inner_text().count("<script>alert(1)</script>") == 1  # shown as text
    shot(page, "article-clicked")


def test_event_link_opens_with_the_evidence_lit(page, site: str) -> None:
    page.goto(site + "/events?type=ASSAULT")
    page.click(f'a.evidence[href*="{quote(XSS_ID, safe="")}"]')
    page.wait_for_load_state()
    assert "event=e1" in page.url
    lit = page.locator('#article-text .hl[data-ids~="event-e1"]')
    assert lit.count() >= 1 and "m-trigger" in lit.first.get_attribute("class").split()
    shot(page, "article-linked")


def test_actor_and_map_pages_draw(page, site: str) -> None:
    page.goto(site + "/actors/Foo%20Land")
    assert page.locator("svg#network line.edge").count() >= 2
    shot(page, "actor")
    page.goto(site + "/map")
    assert page.locator("svg#map path.land").count() > 10 and page.locator("svg#map circle.dot").count() >= 1
    shot(page, "map")


# ---- issue 20: search, sort, CSV, ids with '/', map dots ----

def test_search_box_finds_a_headline_and_opens_it(page, site: str) -> None:
    page.goto(site + "/events")
    page.fill("#search-q", "bosnia talks")
    with page.expect_navigation():
        page.press("#search-q", "Enter")
    assert "/search?q=bosnia+talks" in page.url
    link = page.locator("#results-articles a", has_text="Bosnia talks resume")
    assert link.count() == 1
    shot(page, "search")
    with page.expect_navigation():
        link.click()
    assert page.locator("h1").inner_text() == "Bosnia talks resume"
    assert page.url.endswith("/articles/" + quote(SLASH_ID, safe=""))


def test_sorting_the_events_list(page, site: str) -> None:
    page.goto(site + "/events")
    days = page.locator("#events-table tr.event-row").evaluate_all("rows => rows.map(r => r.dataset.day)")
    assert [d for d in days if d] == sorted((d for d in days if d), reverse=True)  # newest first by default
    page.select_option("#f-sort", "confidence")
    with page.expect_navigation():
        page.click("#event-filters button[type=submit]")
    assert "sort=confidence" in page.url
    conf = page.locator("#events-table tr.event-row").evaluate_all(
        "rows => rows.map(r => parseFloat(r.dataset.confidence))")
    assert len(conf) >= 2 and conf == sorted(conf, reverse=True)
    assert page.locator("#f-sort").input_value() == "confidence"  # the choice stays shown
    shot(page, "events-sorted")


def test_csv_download_of_the_events_list(page, site: str, tmp_path) -> None:
    page.goto(site + "/events?type=ASSAULT")
    with page.expect_download() as info:
        page.click(".pager a.csv")
    download = info.value
    target = tmp_path / download.suggested_filename
    download.save_as(str(target))
    assert download.suggested_filename == "eventwire-events.csv"
    lines = target.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("article_id,id,day,type") and len(lines) >= 2
    assert all(",ASSAULT," in line for line in lines[1:] if line.startswith(("xss", "afp", "example")))


def test_an_id_with_a_slash_opens_from_the_events_list(page, site: str) -> None:
    page.goto(site + "/events?article=" + quote(SLASH_ID, safe=""))
    link = page.locator("a.evidence", has_text="Bosnia talks resume").first
    with page.expect_navigation():
        link.click()
    assert page.locator("h1").inner_text() == "Bosnia talks resume"
    assert page.locator("#article-text .hl").count() >= 1  # the event's evidence is lit
    assert "example-wire.com" in page.locator("p.meta").inner_text()  # outlet from the URL


def test_following_a_map_dot_to_its_events(page, site: str) -> None:
    page.goto(site + "/map")
    dot = page.locator("svg#map a.dot-link").first
    title = dot.locator("title").text_content()
    place = title.split(" (")[0]
    with page.expect_navigation():
        dot.locator("circle").click(force=True)
    assert "/events?place=" in page.url
    rows = page.locator("#events-table tr.event-row")
    assert rows.count() >= 1
    assert page.locator("p.scope").inner_text().count(place) == 1
    shot(page, "map-dot-events")
