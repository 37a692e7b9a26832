"""`eventwire serve` lists an analyst works from (issue 20): evidence in every row, sorts, totals, CSV,
search, links between pages, ids with '/', HEAD, repeated parameters, dates at their precision."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any, Iterator
from urllib.parse import quote

import pytest

from .test_serve_api import SCRIPT, XSS_ID, LiveServer, build_store, error_of, hostile_record

httpx = pytest.importorskip("httpx")

SLASH_ID = "afp/2025/bosnia-1"
ODD_EVENT = "ev 1/ü<b>"


def slash_record() -> dict[str, Any]:
    """An article whose id holds '/', with no outlet but a URL, a year-only time, an odd event id."""
    rec = json.loads(json.dumps(hostile_record()).replace(XSS_ID, SLASH_ID))
    rec["article"].update(outlet=None, url="https://www.example-wire.com/2025/bosnia.html",
                          title="Bosnia talks resume", published="2025-02-03T10:20:00Z")
    rec["times"][0].update(value="2011", interval=["2011-01-01", "2011-12-31"])
    rec["events"][1]["id"] = ODD_EVENT
    rec["quotes"][0]["speaker_text"] = "a regional analyst"  # how the article named the speaker
    return rec


@pytest.fixture(scope="module")
def live(tmp_path_factory, pipeline) -> Iterator[LiveServer]:
    from eventwire.store import connect, save_record

    db = build_store(tmp_path_factory.mktemp("lists") / "lists.db", pipeline)
    conn = connect(db)
    save_record(conn, slash_record(), "tests")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    with LiveServer(db) as server:
        yield server


@pytest.fixture(scope="module")
def client(live: LiveServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=live.url, timeout=10) as c:
        yield c


def get(client: httpx.Client, path: str, **params: Any) -> dict[str, Any]:
    response = client.get(path, params=params)
    assert response.status_code == 200, response.text[:300]
    return response.json()


# ---- ids, methods, parameters ----

def test_an_article_id_with_a_slash_opens_both_ways(client: httpx.Client) -> None:
    for path in (f"/api/articles/{quote(SLASH_ID, safe='')}", f"/api/articles/{SLASH_ID}"):
        assert client.get(path).json()["article"]["id"] == SLASH_ID
    page = client.get(f"/articles/{quote(SLASH_ID, safe='')}", params={"event": ODD_EVENT})
    assert page.status_code == 200 and "Bosnia talks resume" in page.text
    rows = get(client, "/api/events", article=SLASH_ID)["rows"]
    assert {r["id"] for r in rows} == {"e1", ODD_EVENT}
    html = client.get("/events", params={"article": SLASH_ID}).text
    assert f'href="/articles/{quote(SLASH_ID, safe="")}?event={quote(ODD_EVENT, safe="")}"' in html


def test_unusual_event_ids_are_accepted_and_escaped(client: httpx.Client) -> None:
    page = client.get(f"/articles/{quote(SLASH_ID, safe='')}", params={"event": ODD_EVENT})
    assert page.status_code == 200 and "ü<b>" not in page.text and "ü&lt;b&gt;" in page.text
    odd = client.get(f"/articles/{quote(SLASH_ID, safe='')}", params={"event": SCRIPT})
    assert odd.status_code == 200 and SCRIPT not in odd.text


def test_head_is_answered_like_get(client: httpx.Client) -> None:
    for path in ("/", "/events", "/api/events", f"/api/articles/{quote(SLASH_ID, safe='')}", "/no/such/page"):
        got, head = client.get(path), client.head(path)
        assert head.status_code == got.status_code, path
        assert head.content == b"" and head.headers["content-type"] == got.headers["content-type"]
        if got.status_code == 200:
            assert int(head.headers["content-length"]) == len(got.content)


def test_a_repeated_parameter_is_refused(client: httpx.Client) -> None:
    error = error_of(client.get("/api/events?type=ASSAULT&type=AGREE"))
    assert error["status"] == 400 and "more than once" in error["message"] and error["param"] == "type"
    assert error_of(client.get("/events?limit=5&limit=6"))["status"] == 400


# ---- evidence, sort, totals ----

def test_event_rows_carry_their_evidence(client: httpx.Client) -> None:
    (e1,) = [r for r in get(client, "/api/events", article=SLASH_ID)["rows"] if r["id"] == "e1"]
    assert e1["title"] == "Bosnia talks resume" and e1["outlet"] == "example-wire.com"
    assert e1["sentence"].startswith("Evil Corp") and e1["sentence"][e1["trigger_at"]:][:e1["trigger_len"]] == "attacked"
    assert e1["when"] == "2011" and e1["when_precision"] == "year"  # a year-only mention is not 2011-01-01
    assert e1["place"] == "Paris" and e1["published"] == "2025-02-03"
    html = client.get("/events", params={"article": SLASH_ID}).text
    assert "Bosnia talks resume" in html and "<mark>attacked</mark>" in html and ">2011<" in html


def test_sorts_and_totals(client: httpx.Client) -> None:
    everything = get(client, "/api/events", limit=500)
    assert everything["total"] == len(everything["rows"])
    days = [r["day"] for r in everything["rows"] if r["day"]]
    assert days == sorted(days, reverse=True)  # newest first by default
    oldest = [r["day"] for r in get(client, "/api/events", limit=500, sort="oldest")["rows"] if r["day"]]
    assert oldest == sorted(oldest)
    conf = [r["confidence"] for r in get(client, "/api/events", limit=500, sort="confidence")["rows"]]
    assert conf == sorted(conf, reverse=True)
    reports = [r["reports"] or 0 for r in get(client, "/api/events", limit=500, sort="reports")["rows"]]
    assert reports == sorted(reports, reverse=True)
    assert error_of(client.get("/api/events", params={"sort": "colour"}))["param"] == "sort"
    paged = get(client, "/api/events", limit=2, offset=2)
    assert paged["total"] == everything["total"] and paged["rows"] == everything["rows"][2:4]
    actors = get(client, "/api/actors", limit=500)
    assert actors["total"] == len(actors["rows"])
    by_name = [a["name"] for a in get(client, "/api/actors", limit=500, sort="name")["rows"]]
    assert by_name == sorted(by_name)
    assert get(client, "/api/incidents", limit=1)["total"] == len(get(client, "/api/incidents", limit=500)["rows"])


def test_incidents_show_outlets_days_and_reports(client: httpx.Client) -> None:
    rows = get(client, "/api/incidents", actor="Evil", type="ASSAULT", limit=500)["rows"]
    bosnia = [r for r in rows if r["first_day"] == "2011-01-01"]
    assert bosnia and bosnia[0]["days"] == "2011" and "example-wire.com" in bosnia[0]["outlets"]
    detail = get(client, f"/api/incidents/{bosnia[0]['id']}")
    (claim,) = detail["claims"]
    assert claim["outlet"] == "example-wire.com" and claim["claimant"] == "example-wire.com"
    assert claim["title"] == "Bosnia talks resume" and "attacked" in claim["sentence"]
    page = client.get(f"/incidents/{bosnia[0]['id']}").text
    assert "Bosnia talks resume" in page and "example-wire.com" in page and SLASH_ID not in page.split("Claims")[1].split("href")[0]


# ---- CSV ----

def _csv(response: httpx.Response) -> list[dict[str, str]]:
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    return list(csv.DictReader(io.StringIO(response.text)))


@pytest.mark.parametrize("page,api", [("/events", "/api/events"), ("/quotes", "/api/quotes"),
                                      ("/actors", "/api/actors"), ("/map", "/api/places"),
                                      ("/articles", "/api/articles"), ("/incidents", "/api/incidents")])
def test_every_list_has_a_csv_twin(client: httpx.Client, page: str, api: str) -> None:
    rows = get(client, api, limit=500)["rows"]
    for path in (page, api):
        table = _csv(client.get(path, params={"format": "csv", "limit": 500}))
        assert len(table) == len(rows), path
    assert 'class="csv"' in client.get(page).text


def test_csv_cells_cannot_become_formulas(client: httpx.Client) -> None:
    from eventwire.serve.tables import csv_text

    text = csv_text([{"a": "=HYPERLINK(\"http://x\")", "b": {"c": 1, "d": None}, "e": ["x", "y"], "f": -2}])
    (row,) = csv.DictReader(io.StringIO(text))
    assert row == {"a": "'=HYPERLINK(\"http://x\")", "b.c": "1", "b.d": "", "e": "x; y", "f": "-2"}
    events = _csv(client.get("/api/events", params={"format": "csv", "article": SLASH_ID}))
    assert {"title", "outlet", "sentence", "source", "target", "confidence"} <= set(events[0])


def test_incident_and_actor_pages_download_their_lists(client: httpx.Client) -> None:
    incident = get(client, "/api/incidents", limit=1)["rows"][0]
    claims = _csv(client.get(f"/incidents/{incident['id']}", params={"format": "csv"}))
    assert claims and all(c["incident"] == str(incident["id"]) for c in claims)
    actor = _csv(client.get("/actors/Foo%20Land", params={"format": "csv"}))
    assert {r["role"] for r in actor} == {"source", "target"}
    assert error_of(client.get("/", params={"format": "csv"}))["status"] == 400


# ---- search and links ----

def test_search_finds_names_titles_and_quotes(client: httpx.Client) -> None:
    found = get(client, "/api/search", q="bosnia")
    assert [r["id"] for r in found["articles"]["rows"]] == [SLASH_ID] and found["articles"]["total"] == 1
    assert any(r["name"] == "Foo Land" for r in get(client, "/api/search", q="foo l")["actors"]["rows"])
    assert get(client, "/api/search", q="onerror")["quotes"]["total"] == 2
    page = client.get("/search", params={"q": SCRIPT})
    assert page.status_code == 200 and SCRIPT not in page.text
    assert error_of(client.get("/api/search", params={"q": "x"}))["status"] == 400
    assert 'action="/search"' in client.get("/events").text  # the box is on every page


def test_places_pairs_and_names_link_to_events(client: httpx.Client) -> None:
    at_paris = get(client, "/api/events", place="Paris", limit=500)["rows"]
    assert at_paris and all(r["place"] == "Paris" for r in at_paris)
    map_page = client.get("/map").text
    assert 'href="/events?place=Paris"' in map_page
    pair = get(client, "/api/events", source="Foo Land", target="Evil <script>alert(1)</script> Corp")["rows"]
    assert pair and all(r["type"] == "AGREE" for r in pair)
    assert "/events?source=Foo%20Land&amp;target=" in client.get("/").text
    article = client.get(f"/articles/{quote(SLASH_ID, safe='')}").text
    assert 'href="/actors/Foo%20Land"' in article


def test_actor_page_warns_of_names_that_may_be_one_actor(tmp_path: Path) -> None:
    from eventwire.store import connect, save_record

    db = tmp_path / "names.db"
    conn = connect(db)
    for i, name in enumerate(("Kim Jong-Un", "Kim Jong Un", "Donald Trump", "Trump", "Trumpet Society")):
        rec = hostile_record()
        rec["article"]["id"] = f"n{i}"
        rec["actors"][1]["name"] = name
        save_record(conn, rec)
    conn.close()
    with LiveServer(db) as server, httpx.Client(base_url=server.url, timeout=10) as c:
        kim = c.get("/api/actors/Kim%20Jong-Un").json()
        assert [s["name"] for s in kim["similar"]] == ["Kim Jong Un"]
        trump = c.get("/api/actors/Trump").json()
        assert [s["name"] for s in trump["similar"]] == ["Donald Trump"]  # not 'Trumpet Society'
        assert 'id="similar"' in c.get("/actors/Trump").text


def test_overview_charts_where_the_data_is(client: httpx.Client) -> None:
    data = get(client, "/api/overview")
    first, last = data["chart_span"]
    assert first > "2011-12-31" and data["outside_span"] >= 1  # the 2011 event is history, not the span
    assert all(first <= r["day"] <= last for r in data["timeseries"])
    assert len(json.dumps(data)) < 20_000


def test_serve_with_workers_answers_from_several_processes(live: LiveServer, tmp_path: Path) -> None:
    import socket
    import subprocess
    import sys
    import time

    db = Path(live.app.state.pool.path)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "eventwire.cli", "serve", "--db", str(db), "--port", str(port),
                             "--workers", "2", "--log-level", "warning"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline, answer = time.monotonic() + 60, None
        while time.monotonic() < deadline and answer is None:
            assert proc.poll() is None, proc.stderr.read().decode(errors="replace")[-1000:]
            try:
                answer = httpx.get(f"http://127.0.0.1:{port}/api/events", params={"article": SLASH_ID}, timeout=2)
            except httpx.HTTPError:
                time.sleep(0.3)
        assert answer is not None and answer.status_code == 200
        assert {r["id"] for r in answer.json()["rows"]} == {"e1", ODD_EVENT}
        children = Path(f"/proc/{proc.pid}/task/{proc.pid}/children").read_text().split()
        assert len(children) >= 2  # the supervisor and its two worker processes
    finally:
        proc.terminate()
        proc.wait(timeout=20)


@pytest.mark.parametrize("path", ["/search?q=evil", f"/search?q={quote(SCRIPT)}", "/incidents",
                                  f"/events?source={quote(SCRIPT)}", "/events?place=Paris",
                                  f"/articles/{quote(SLASH_ID, safe='')}"])
def test_new_pages_escape_what_they_show(client: httpx.Client, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/html")
    assert SCRIPT not in response.text and "<img src=x" not in response.text and "<b>Bold</b>" not in response.text


def test_actor_quotes_show_how_the_article_named_the_speaker(client: httpx.Client) -> None:
    detail = get(client, "/api/actors/" + quote("Mallory <b>Bold</b>", safe=""))
    assert {q["speaker_text"] for q in detail["quotes"]} == {"Mallory <b>Bold</b>", "a regional analyst"}
    page = client.get("/actors/" + quote("Mallory <b>Bold</b>", safe="")).text
    assert "as written: “a regional analyst”" in page and "Bosnia talks resume" in page
