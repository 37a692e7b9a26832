"""Bad input, crashes and concurrency lose nothing (issue 11)."""
from __future__ import annotations

import gzip
import json
import os
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest

from eventwire.ingest import IngestError, read_inputs
from eventwire.record import Article

from .cli_helpers import eventwire_exe, run_cli

NEWS = ("The foreign minister of {c} met her counterpart in the capital on Tuesday, officials said, and the two "
        "governments agreed to reopen talks on the disputed border crossing after months of tension.")
COUNTRIES = ["Chile", "Peru", "Kenya", "Ghana", "Norway", "Poland", "Japan", "Egypt", "Nepal", "Oman",
             "Fiji", "Laos", "Mali", "Chad", "Iraq", "Cuba", "Iran", "Togo", "Benin", "Qatar"]


def _articles(n: int, tag: str) -> str:
    return "".join(json.dumps({"id": f"{tag}-{i}", "text": NEWS.format(c=COUNTRIES[i % len(COUNTRIES)]) + f" ({tag} {i})",
                               "published": "2024-05-0%d" % (1 + i % 9)}) + "\n" for i in range(n))


def _bad_corpus(folder: Path) -> dict[str, str]:
    """Each bad input the tests make, and a word its error message must contain."""
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 20)
    (folder / "latin1.txt").write_bytes("Le ministre est arrivé à Genève.".encode("latin-1"))
    (folder / "huge.txt").write_bytes(b"word " * 10_000_000)  # 50 MB
    (folder / "french.txt").write_text(
        "Le président de la République a reçu jeudi les dirigeants des partis politiques pour discuter de la "
        "formation du prochain gouvernement, selon un communiqué publié par ses services dans la soirée.", encoding="utf-8")
    (folder / "lines.jsonl").write_text('{"text": "Talks resumed in Doha on Monday."}\n{broken\n'
                                        + json.dumps({"text": "x" * 3_000_000}) + "\n", encoding="utf-8")
    (folder / "loop1.txt").symlink_to(folder / "loop2.txt")
    (folder / "loop2.txt").symlink_to(folder / "loop1.txt")
    (folder / "dangling.txt").symlink_to(folder / "nowhere.txt")
    (folder / "sub").mkdir()
    (folder / "sub" / "back").symlink_to(folder, target_is_directory=True)  # a directory loop
    os.mkfifo(folder / "pipe.txt")
    return {"empty.txt": "empty", "binary.txt": "binary", "latin1.txt": "UTF-8", "huge.txt": "too large",
            "french.txt": "English", "lines.jsonl:2": "JSON", "lines.jsonl:3": "too long",
            "loop1.txt": "regular file", "loop2.txt": "regular file", "dangling.txt": "regular file",
            "pipe.txt": "regular file"}


def test_bad_input_corpus_is_reported_and_the_run_goes_on(tmp_path: Path) -> None:
    expected = _bad_corpus(tmp_path / "bad")
    (tmp_path / "bad" / "utf16.txt").write_bytes("The envoy left Kabul on Sunday.".encode("utf-16"))
    (tmp_path / "bad" / "page.html").write_text(
        "<html><body><script>alert(1)</script><iframe src='x'></iframe>" + "<div>" * 3000 +
        "<p>The mayor said the bridge would reopen on Friday after repairs that lasted three months.</p>" +
        "</div>" * 3000 + "</body></html>", encoding="utf-8")
    items = list(read_inputs([str(tmp_path / "bad")]))
    errors = {Path(e.source.split(":")[0]).name + (":" + e.source.split(":")[1] if ":" in e.source else ""): e.message
              for e in items if isinstance(e, IngestError)}
    for name, word in expected.items():
        assert name in errors and word in errors[name], (name, errors)
    good = sorted(a.text[:20] for a in items if isinstance(a, Article))
    assert "The envoy left Kabul" in good
    assert any("alert" not in a.text for a in items if isinstance(a, Article) and "mayor" in a.text) or \
        "page.html" in errors


def test_cli_lists_every_failure_and_stores_the_rest(tmp_path: Path) -> None:
    expected = _bad_corpus(tmp_path / "bad")
    good = tmp_path / "good.jsonl"
    good.write_text(_articles(3, "ok"), encoding="utf-8")
    done = run_cli("ingest", str(tmp_path / "bad"), str(good), "--db", str(tmp_path / "s.db"))
    assert done.returncode == 1
    assert f"{len(expected)} failure(s)" in done.stderr, done.stderr
    assert "stored: 4 new" in done.stderr  # three good lines and the good JSON line of lines.jsonl
    assert "Traceback" not in done.stderr


def _integrity(db: Path) -> tuple[str, int, list[str]]:
    conn = sqlite3.connect(db)
    ok = conn.execute("PRAGMA integrity_check").fetchone()[0]
    n = conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    partial = []
    for aid, record in conn.execute("SELECT id, record FROM articles"):
        rec = json.loads(record)
        counts = [conn.execute(f"SELECT COUNT(*) FROM {t} WHERE article_id = ?", (aid,)).fetchone()[0]
                  for t in ("actors", "quotes", "times", "places", "events")]
        if counts != [len(rec[t]) for t in ("actors", "quotes", "times", "places", "events")]:
            partial.append(aid)
    return ok, n, partial


@pytest.mark.slow
def test_kill_during_ingest_then_rerun_keeps_every_article_once(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(_articles(60, "k"), encoding="utf-8")
    db = tmp_path / "s.db"
    proc = subprocess.Popen([eventwire_exe(), "ingest", str(feed), "--db", str(db)], stderr=subprocess.DEVNULL)
    deadline = time.time() + 120
    while time.time() < deadline:
        try:
            n = sqlite3.connect(db, timeout=5).execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        except sqlite3.OperationalError:
            n = 0
        if n >= 5:
            break
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    ok, n, partial = _integrity(db)
    assert ok == "ok" and 0 < n < 60 and partial == []
    again = run_cli("ingest", str(feed), "--db", str(db))
    assert again.returncode == 0, again.stderr
    ok, n, partial = _integrity(db)
    assert (ok, n, partial) == ("ok", 60, [])


@pytest.mark.slow
def test_two_ingest_processes_into_one_database(tmp_path: Path) -> None:
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    a.write_text(_articles(25, "a"), encoding="utf-8")
    b.write_text(_articles(25, "b") + _articles(10, "a"), encoding="utf-8")  # ten articles in both
    db = tmp_path / "s.db"
    procs = [subprocess.Popen([eventwire_exe(), "ingest", str(p), "--db", str(db)], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for p in (a, b)]
    outs = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outs
    ok, n, partial = _integrity(db)
    assert (ok, n, partial) == ("ok", 50, [])


@pytest.mark.slow
def test_serve_reads_while_ingest_writes(tmp_path: Path) -> None:
    httpx = pytest.importorskip("httpx")
    from eventwire.store import connect

    from .test_serve_api import LiveServer

    db = tmp_path / "s.db"
    connect(db).close()
    feed = tmp_path / "feed.jsonl"
    feed.write_text(_articles(40, "w"), encoding="utf-8")
    statuses: list[int] = []
    seen: list[int] = []
    with LiveServer(db) as live, httpx.Client(base_url=live.url, timeout=30) as client:
        proc = subprocess.Popen([eventwire_exe(), "ingest", str(feed), "--db", str(db)], stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True)
        while proc.poll() is None:
            for path in ("/api/overview", "/api/events?limit=20", "/api/articles?limit=5"):
                response = client.get(path)
                statuses.append(response.status_code)
                if path == "/api/overview":
                    seen.append(response.json()["counts"]["articles"])
            time.sleep(0.05)
        out, err = proc.communicate()
        final = client.get("/api/overview").json()["counts"]["articles"]
    assert proc.returncode == 0, err
    assert set(statuses) == {200} and len(statuses) > 3
    assert seen == sorted(seen) and final == 40


@pytest.mark.slow
def test_kill_during_batch_then_resume_and_load_keeps_every_article_once(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    feed = tmp_path / "feed.jsonl"
    feed.write_text(_articles(60, "b"), encoding="utf-8")
    out, db = tmp_path / "out", tmp_path / "s.db"
    args = [eventwire_exe(), "batch", str(feed), "--out", str(out), "--workers", "1", "--shard-mb", "0.004"]
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.time() + 180
    while time.time() < deadline and len(list((out / "records").glob("*.jsonl.gz"))) < 2:
        time.sleep(0.1)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    visible = list((out / "records").glob("*.jsonl.gz"))  # hidden .tmp files of the killed run do not count
    assert len(visible) >= 2
    for path in visible:  # every shard file that is visible is whole
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            assert all(json.loads(line)["schema"] == "eventwire/1" for line in fh)
    again = subprocess.run(args + ["--resume"], capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr
    loaded = run_cli("load", str(out), "--db", str(db))
    assert loaded.returncode == 0, loaded.stderr
    ok, n, partial = _integrity(db)
    assert (ok, n, partial) == ("ok", 60, [])
