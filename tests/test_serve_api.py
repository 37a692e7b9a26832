"""`eventwire serve`: the JSON API and the HTML pages against a real uvicorn server on 127.0.0.1 over a
real store (the example articles through the pipeline plus a hand-made hostile record)."""
from __future__ import annotations

import hashlib
import json
import os
import re
import socket
import sqlite3
import threading
import time
from pathlib import Path
from typing import Any, Iterator
from urllib.parse import quote

import pytest

httpx = pytest.importorskip("httpx")
uvicorn = pytest.importorskip("uvicorn")

ROOT = Path(__file__).resolve().parents[1]
XSS_ID = "xss<i>1"
SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"
EVIL_NAME = f"Evil {SCRIPT} Corp"
INJECTIONS = ("' OR 1=1 --", "\"; DROP TABLE events; --", "%' UNION SELECT record FROM articles --",
              "1) OR (1=1", "_%", "\\")


def hostile_record() -> dict[str, Any]:
    """A record whose texts, names and ids carry markup; offsets are exact."""
    text = (f"Evil Corp {SCRIPT} attacked Foo Land on Monday in Paris. "
            f"\"{IMG}\" said Mallory <b>Bold</b>. Foo Land agreed to talks.")

    def span(s: str, after: int = 0) -> dict[str, Any]:
        start = text.index(s, after)
        return {"start": start, "end": start + len(s), "text": s}

    first_end = text.index(". ") + 1
    second = text.index("Foo Land agreed")
    return {
        "schema": "eventwire/1",
        "article": {"id": XSS_ID, "title": f"Hostile {SCRIPT} title", "url": "javascript:alert(1)",
                    "outlet": f"Outlet {IMG}", "authors": [SCRIPT], "published": "2024-03-06", "language": "en",
                    "text": text},
        "actors": [
            {"id": "a1", "name": EVIL_NAME, "kind": "organization", "country": "XSS", "sector": None, "code": None,
             "mentions": [span("Evil Corp")]},
            {"id": "a2", "name": "Foo Land", "kind": "country", "country": "FOO", "sector": None, "code": None,
             "mentions": [span("Foo Land"), span("Foo Land", second)]},
            {"id": "a3", "name": "Mallory <b>Bold</b>", "kind": "person", "country": None, "sector": None,
             "code": None, "mentions": [span("Mallory <b>Bold</b>")]},
        ],
        "quotes": [{"id": "q1", "text": IMG, **{k: v for k, v in span(IMG).items() if k != "text"},
                    "kind": "direct", "speaker": "a3", "speaker_text": "Mallory <b>Bold</b>", "cue": "said",
                    "via": ["a1"]}],
        "times": [{"id": "t1", **span("Monday"), "value": "2024-03-04", "mod": None,
                   "interval": ["2024-03-04", "2024-03-04"], "anchor": "published", "type": "DATE"}],
        "places": [{"id": "p1", **span("Paris"), "name": "Paris", "geonameid": 2988507, "country": "FR",
                    "lat": 48.85, "lon": 2.35, "feature": "city"}],
        "events": [
            {"id": "e1", "type": "ASSAULT", "mode": None, "cameo": "190", "source": ["a1"], "target": ["a2"],
             "time": "t1", "place": "p1", "status": "asserted", "according_to": [],
             "sentence": {"start": 0, "end": first_end}, "trigger": span("attacked"), "rule": "test",
             "confidence": 0.5},
            {"id": "e2", "type": "AGREE", "mode": None, "cameo": "030", "source": ["a2"], "target": ["a1"],
             "time": None, "place": None, "status": "reported", "according_to": ["a3"],
             "sentence": {"start": second, "end": len(text)}, "trigger": span("agreed"), "rule": "test",
             "confidence": 0.5},
        ],
    }


def build_store(path: Path, pipeline) -> Path:
    """The example articles through the real pipeline, plus the hostile record, into a new store."""
    from eventwire.ingest import read_inputs
    from eventwire.store import connect, save_record

    conn = connect(path)
    for article in read_inputs([str(ROOT / "examples" / "articles.jsonl")]):
        save_record(conn, pipeline.extract(article).to_dict(), article.source)
    save_record(conn, hostile_record(), "tests")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return path


class LiveServer:
    """uvicorn serving the app in a thread, on a socket bound to a free loopback port."""

    def __init__(self, db: Path) -> None:
        from eventwire.serve import create_app

        self.app = create_app(db)
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self.server = uvicorn.Server(uvicorn.Config(self.app, log_level="warning", lifespan="on"))
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.sock]}, daemon=True)

    def __enter__(self) -> "LiveServer":
        self.thread.start()
        deadline = time.monotonic() + 15
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *_exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
        self.sock.close()


@pytest.fixture(scope="module")
def store(tmp_path_factory, pipeline) -> Path:
    return build_store(tmp_path_factory.mktemp("serve") / "serve.db", pipeline)


@pytest.fixture(scope="module")
def server(store: Path) -> Iterator[LiveServer]:
    with LiveServer(store) as live:
        yield live


@pytest.fixture(scope="module")
def client(server: LiveServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.url, timeout=10) as c:
        yield c


def fingerprint(path: Path) -> tuple[float, int, str]:
    data = path.read_bytes()
    return path.stat().st_mtime, len(data), hashlib.sha256(data).hexdigest()


def error_of(response: httpx.Response) -> dict[str, Any]:
    assert 400 <= response.status_code < 500, (response.status_code, response.text[:300])
    body = response.json()
    assert set(body) == {"error"} and body["error"]["status"] == response.status_code and body["error"]["message"]
    return body["error"]


# ---- schema, listings, records ----

def test_openapi_is_served_and_docs_are_off(client: httpx.Client) -> None:
    schema = client.get("/api/openapi.json").json()
    assert {"/api/events", "/api/quotes", "/api/actors", "/api/places", "/api/timeseries", "/api/dyads",
            "/api/articles", "/api/articles/{article_id}", "/api/overview"} <= set(schema["paths"])
    assert client.get("/docs").status_code == 404
    assert client.get("/redoc").status_code == 404


def test_overview_counts_every_table(client: httpx.Client, store: Path) -> None:
    data = client.get("/api/overview").json()
    conn = sqlite3.connect(store)
    for table, n in data["counts"].items():
        assert n == conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
    assert data["counts"]["articles"] == 5
    assert sum(r["events"] for r in data["by_type"]) == data["counts"]["events"]
    assert any(d["source"] == EVIL_NAME and d["target"] == "Foo Land" for d in data["top_dyads"])


def test_article_record_round_trips(client: httpx.Client) -> None:
    ids = {r["id"] for r in client.get("/api/articles", params={"limit": 500}).json()["rows"]}
    assert XSS_ID in ids and "example-nile-talks" in ids
    record = client.get(f"/api/articles/{quote(XSS_ID, safe='')}").json()
    assert record == hostile_record()
    assert client.get(f"/articles/{quote(XSS_ID, safe='')}", params={"format": "json"}).json() == record
    assert error_of(client.get("/api/articles/no-such-article"))["status"] == 404


def test_json_twins_match_the_api(client: httpx.Client) -> None:
    for page, api in (("/events", "/api/events"), ("/quotes", "/api/quotes"), ("/actors", "/api/actors"),
                      ("/map", "/api/places"), ("/articles", "/api/articles"), ("/", "/api/overview")):
        twin = client.get(page, params={"format": "json"})
        assert twin.headers["content-type"].startswith("application/json")
        assert twin.json() == client.get(api).json(), page


# ---- filters ----

def rows(client: httpx.Client, path: str, **params: Any) -> list[dict[str, Any]]:
    response = client.get(path, params=params)
    assert response.status_code == 200, response.text
    return response.json()["rows"]


def test_event_filters_narrow(client: httpx.Client) -> None:
    everything = rows(client, "/api/events", limit=500)
    assert len(everything) >= 2
    assault = rows(client, "/api/events", type="assault")
    assert assault and all(r["type"] == "ASSAULT" for r in assault) and len(assault) < len(everything)
    # newest first by default: e2 has its report's day (03-06), e1 the Monday before (03-04)
    assert [r["id"] for r in rows(client, "/api/events", actor="evil", article=XSS_ID)] == ["e2", "e1"]
    assert [r["id"] for r in rows(client, "/api/events", actor="evil", article=XSS_ID, sort="oldest")] == ["e1", "e2"]
    assert [r["id"] for r in rows(client, "/api/events", country="xss", status="reported")] == ["e2"]
    assert [r["id"] for r in rows(client, "/api/events", text="attack")] == ["e1"]
    march = rows(client, "/api/events", since="2024-03-04", until="2024-03-04")
    assert ("xss<i>1", "e1") in {(r["article_id"], r["id"]) for r in march}
    assert all(r["day"] == "2024-03-04" for r in march)
    assert rows(client, "/api/events", since="2099-01-01") == []


def test_event_paging(client: httpx.Client) -> None:
    everything = rows(client, "/api/events", limit=500)
    first = client.get("/api/events", params={"limit": 1}).json()
    assert len(first["rows"]) == 1 and first["more"] is (len(everything) > 1)
    second = rows(client, "/api/events", limit=1, offset=1)
    assert second == everything[1:2]
    assert rows(client, "/api/events", limit=500, offset=len(everything)) == []


def test_timeseries_and_dyads(client: httpx.Client) -> None:
    series = rows(client, "/api/timeseries")
    dated = [r for r in rows(client, "/api/events", limit=500) if r["day"]]
    assert sum(r["events"] for r in series) == len(dated)
    assert {"day": "2024-03-04", "type": "ASSAULT", "events": 1} in series
    assert rows(client, "/api/timeseries", type="AGREE", article=XSS_ID) == [
        {"day": "2024-03-06", "type": "AGREE", "events": 1}]
    pairs = {(d["source"], d["target"]): d["events"] for d in rows(client, "/api/dyads", limit=500)}
    assert pairs[(EVIL_NAME, "Foo Land")] == 1 and pairs[("Foo Land", EVIL_NAME)] == 1


def test_quotes_by_speaker_via_outlet_text(client: httpx.Client) -> None:
    (q,) = rows(client, "/api/quotes", speaker="mallory")
    assert q["text"] == IMG and q["via"] == EVIL_NAME
    assert rows(client, "/api/quotes", via="evil") == [q]
    assert rows(client, "/api/quotes", outlet="Outlet <img") == [q]
    assert rows(client, "/api/quotes", text="onerror", kind="direct") == [q]
    assert rows(client, "/api/quotes", text="onerror", kind="indirect") == []


def test_actors_places_and_actor_detail(client: httpx.Client) -> None:
    (evil,) = rows(client, "/api/actors", name="evil")
    assert evil["name"] == EVIL_NAME and evil["events"] == {"source": 1, "target": 1, "according_to": 0}
    assert all(a["kind"] == "country" for a in rows(client, "/api/actors", kind="country"))
    assert any(p["name"] == "Paris" and p["country"] == "FR" for p in rows(client, "/api/places", country="fr"))
    detail = client.get(f"/api/actors/{quote(EVIL_NAME, safe='')}").json()
    assert [e["id"] for e in detail["as_source"]] == ["e1"] and [e["id"] for e in detail["as_target"]] == ["e2"]
    assert {(n["direction"], n["other"]) for n in detail["network"]} == {("out", "Foo Land"), ("in", "Foo Land")}
    assert error_of(client.get("/api/actors/Nobody%20At%20All"))["status"] == 404


# ---- refusals ----

@pytest.mark.parametrize("path,params", [
    ("/api/events", {"limit": 501}), ("/api/events", {"limit": 100000}), ("/api/events", {"limit": 0}),
    ("/api/events", {"limit": "ten"}), ("/api/events", {"limit": "1e3"}), ("/api/events", {"offset": -1}),
    ("/api/events", {"offset": "x"}), ("/api/events", {"type": "PARTY"}), ("/api/events", {"status": "rumoured"}),
    ("/api/events", {"since": "2024-02-30"}), ("/api/events", {"since": "yesterday"}),
    ("/api/events", {"until": "2024-1-1"}), ("/api/events", {"since": "2024-05-01", "until": "2024-01-01"}),
    ("/api/events", {"country": "12345"}), ("/api/events", {"actor": "a\x00b"}),
    ("/api/quotes", {"kind": "shouted"}), ("/api/actors", {"kind": "alien"}), ("/api/places", {"feature": "moon"}),
    ("/api/timeseries", {"type": "nope"}), ("/api/dyads", {"limit": 501}), ("/events", {"limit": 9999}),
    ("/events", {"format": "xml"}), ("/articles/example-nile-talks", {"event": "e" * 201}),
    ("/api/events", {"colour": "red"}), ("/events", {"actr": "Kim"}), ("/api/articles", {"q": "x"}),
    ("/api/incidents", {"conflicts": "perhaps"}), ("/api/incidents", {"type": "PARTY"}),
    ("/api/incidents", {"limit": 501}), ("/api/incidents/0", {}), ("/api/incidents/abc", {}),
])
def test_bad_parameters_get_4xx_json(client: httpx.Client, path: str, params: dict[str, Any]) -> None:
    assert error_of(client.get(path, params=params))["status"] == 400


def test_malformed_requests_are_4xx(server: LiveServer) -> None:
    with httpx.Client(base_url=server.url, timeout=10) as c:
        assert error_of(c.get("/api/events?actor=" + "a" * 20000))["status"] == 414
        assert error_of(c.get("/api/events?actor=%FF%FE"))["status"] == 400
        assert error_of(c.get("/articles/%C3%28"))["status"] == 400
        assert error_of(c.post("/api/events"))["status"] == 405
        assert error_of(c.delete("/api/articles/example-nile-talks"))["status"] == 405
        assert error_of(c.get("/api/events?limit=%00"))["status"] == 400
        assert error_of(c.get("/no/such/page"))["status"] == 404


def test_html_errors_for_browsers(client: httpx.Client) -> None:
    response = client.get("/events", params={"type": f"{SCRIPT}"}, headers={"accept": "text/html"})
    assert response.status_code == 400 and response.headers["content-type"].startswith("text/html")
    assert SCRIPT not in response.text and "Error 400" in response.text and "unknown value" in response.text


def test_injection_strings_in_every_filter(client: httpx.Client, store: Path) -> None:
    before = fingerprint(store)
    filters = {"/api/events": ("actor", "country", "type", "status", "since", "until", "text", "article"),
               "/api/timeseries": ("actor", "type", "text", "article"), "/api/dyads": ("actor", "text"),
               "/api/quotes": ("speaker", "via", "outlet", "text", "kind", "country", "article"),
               "/api/actors": ("name", "country", "kind"), "/api/places": ("name", "country", "feature"),
               "/api/articles": ("text", "actor", "since"), "/events": ("actor", "text"), "/quotes": ("speaker",)}
    for path, names in filters.items():
        for name in names:
            for bad in INJECTIONS:
                response = client.get(path, params={name: bad})
                assert response.status_code in (200, 400), (path, name, bad, response.text[:200])
                assert "sqlite" not in response.text.lower() and "traceback" not in response.text.lower()
                if response.status_code == 400:
                    error_of(response)
                elif path.startswith("/api/") and bad != "\\":
                    assert response.json()["rows"] == [], (path, name, bad)
    for bad in INJECTIONS:
        assert client.get(f"/api/articles/{quote(bad, safe='')}").status_code in (400, 404)
        assert client.get(f"/api/actors/{quote(bad, safe='')}").status_code in (400, 404)
    assert client.get("/api/overview").json()["counts"]["articles"] == 5
    assert fingerprint(store) == before


# ---- escaping ----

def test_article_text_is_escaped_and_highlighted(client: httpx.Client) -> None:
    html = client.get(f"/articles/{quote(XSS_ID, safe='')}", params={"event": "e1"}).text
    assert SCRIPT not in html and IMG not in html and "<b>Bold</b>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "&lt;img src=x onerror=alert(1)&gt;" in html
    assert 'href="javascript:' not in html
    spans = re.findall(r'<span class="([^"]*)" data-ids="([^"]*)">', html)
    trigger = [classes.split() for classes, ids in spans if "event-e1" in ids.split()]
    assert trigger and all("hl" in c and "m-trigger" in c for c in trigger)
    assert all("hl" not in classes.split() for classes, ids in spans if not {"event-e1", "sent-e1"} & set(ids.split()))


def test_incidents_and_their_claims(client: httpx.Client) -> None:
    listed = client.get("/api/incidents", params={"limit": 500}).json()
    assert listed["rows"] and all({"id", "label", "type", "reports", "articles", "conflict"} <= set(r)
                                  for r in listed["rows"])
    evil = [r for r in listed["rows"] if "Evil" in (r["label"] or "")]
    assert evil and {r["type"] for r in evil} <= {"ASSAULT", "AGREE"}
    detail = client.get(f"/api/incidents/{evil[0]['id']}").json()
    assert detail["incident"]["id"] == evil[0]["id"] and detail["claims"][0]["article_id"] == XSS_ID
    assert detail["conflict"] is False
    assert client.get("/api/incidents", params={"actor": "Evil", "type": "ASSAULT"}).json()["rows"][0]["type"] == "ASSAULT"
    assert client.get("/api/incidents", params={"conflicts": "true"}).json()["rows"] == []
    assert error_of(client.get("/api/incidents/999999"))["status"] == 404
    page = client.get(f"/incidents/{evil[0]['id']}", headers={"accept": "text/html"}).text
    assert "<script>alert" not in page and "Claims" in page


@pytest.mark.parametrize("path", ["/", "/events", "/quotes", "/actors", "/map", "/articles", "/incidents",
                                  f"/actors/{quote(EVIL_NAME, safe='')}", "/actors/Foo%20Land",
                                  f"/events?actor={quote(SCRIPT)}", f"/quotes?text={quote(IMG)}"])
def test_pages_escape_article_text(client: httpx.Client, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/html")
    assert SCRIPT not in response.text and IMG not in response.text and "<b>Bold</b>" not in response.text
    assert "script-src 'self'" in response.headers["content-security-policy"]


def test_highlight_segments_escape_and_nest() -> None:
    from eventwire.serve.highlight import Mark, highlight, segments

    text = "<a>&b said"
    marks = [Mark(0, 3, "actor", "actor-a1"), Mark(0, 10, "sentence", "sent-e1"), Mark(7, 99, "trigger", "x"),
             Mark(5, 4, "time", "t")]
    assert "".join(piece for piece, _ in segments(text, marks)) == text
    html = str(highlight(text, marks, ["sent-e1"]))
    assert "<a>" not in html and "&lt;a&gt;" in html and "&amp;b" in html
    assert html == ('<span class="m m-actor m-sentence hl" data-ids="actor-a1 sent-e1">&lt;a&gt;</span>'
                    '<span class="m m-sentence hl" data-ids="sent-e1">&amp;b said</span>')  # bad spans dropped


# ---- read-only ----

def test_server_cannot_write(client: httpx.Client, server: LiveServer, store: Path) -> None:
    before = fingerprint(store)
    for path in ("/", "/events", "/api/events", "/quotes", "/actors", "/map", f"/articles/{quote(XSS_ID, safe='')}"):
        assert client.get(path).status_code == 200
    conn = server.app.state.pool.get()
    with pytest.raises(sqlite3.OperationalError):
        conn.execute("DELETE FROM articles")
    assert fingerprint(store) == before
    assert os.access(store, os.W_OK)  # the file itself is writable: read-only comes from the server


def test_cached_views_follow_a_concurrent_ingest(tmp_path: Path) -> None:
    from eventwire.store import connect, save_record

    db = tmp_path / "live.db"
    writer = connect(db)
    save_record(writer, hostile_record())
    with LiveServer(db) as live, httpx.Client(base_url=live.url, timeout=10) as c:
        assert c.get("/api/overview").json()["counts"]["events"] == 2
        assert c.get("/api/overview").json()["counts"]["events"] == 2
        other = json.loads(json.dumps(hostile_record()).replace(XSS_ID, "second"))
        save_record(writer, other)
        assert c.get("/api/overview").json()["counts"]["events"] == 4
        assert len(rows(c, "/api/events", actor="evil")) == 4
    writer.close()
