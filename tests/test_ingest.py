"""Ingest: every input kind, and bad input reported per file without stopping the batch."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.ingest import IngestError, read_inputs
from eventwire.ingest.dates import normalise_published
from eventwire.record import Article, article_id


def _read(*paths: Path | str, published: str | None = None) -> list:
    return list(read_inputs([str(p) for p in paths], published=published))


def test_text_file_keeps_whole_text_and_takes_headline_as_title(tmp_path: Path) -> None:
    body = "Ministers meet in Oslo\n\nThe ministers met on Friday.\n"
    (tmp_path / "a.txt").write_text(body, encoding="utf-8")
    (article,) = _read(tmp_path / "a.txt")
    assert article.text == body
    assert article.title == "Ministers meet in Oslo"
    assert article.id == article_id(body)
    assert article.published is None


def test_text_without_headline_has_no_title(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("The ministers met on Friday. They talked.\n", encoding="utf-8")
    (article,) = _read(tmp_path / "b.txt")
    assert article.title is None


def test_published_option_overrides(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text(json.dumps({"text": "Talks began.", "published": "2020-01-02"}) + "\n")
    (article,) = _read(tmp_path / "a.jsonl", published="2021-03-04")
    assert article.published == "2021-03-04"


def test_jsonl_fields_and_bad_lines(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "x1", "text": "Troops withdrew.", "title": "T", "url": "http://example.org/1",
                    "published": "2025-03-14 20:28:39Z", "author": "A. Writer, B. Writer", "outlet": "Daily"}),
        "{not json",
        json.dumps({"title": "no text here"}),
        "",
        json.dumps(["a", "list"]),
        json.dumps({"text": "Second good one."}),
    ]
    (tmp_path / "feed.jsonl").write_text("\n".join(lines), encoding="utf-8")
    items = _read(tmp_path / "feed.jsonl")
    good = [i for i in items if isinstance(i, Article)]
    bad = [i for i in items if isinstance(i, IngestError)]
    assert [a.id for a in good] == ["x1", article_id("Second good one.")]
    assert good[0].published == "2025-03-14T20:28:39Z"
    assert good[0].authors == ["A. Writer", "B. Writer"]
    assert good[0].outlet == "Daily" and good[0].url == "http://example.org/1"
    assert [str(b).split(":")[-2].strip() for b in bad] == ["2", "3", "5"]
    assert "not valid JSON" in str(bad[0]) and "no 'text'" in str(bad[1]) and "not an object" in str(bad[2])
    assert all(str(tmp_path / "feed.jsonl") in str(b) for b in bad)


def test_html_main_text_and_metadata(tmp_path: Path) -> None:
    page = """<html><head><title>Port strike spreads | The Harbour Times</title>
    <meta name="author" content="Rosa Kade"><meta property="og:site_name" content="The Harbour Times">
    <meta property="article:published_time" content="2024-05-02T08:00:00Z"></head>
    <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
    <article><h1>Port strike spreads</h1>
    <p>Dockworkers in three cities joined the strike on Wednesday, union leaders said, as talks with the port
    operators broke down for a second time this month.</p>
    <p>The transport minister urged both sides to return to the table and warned that exports would suffer.</p>
    </article><footer>Copyright notice and links</footer><script>var x = "<p>not text</p>";</script></body></html>"""
    (tmp_path / "p.html").write_text(page, encoding="utf-8")
    (article,) = _read(tmp_path / "p.html")
    paragraphs = article.text.split("\n\n")
    assert paragraphs[-2].startswith("Dockworkers in three cities joined the strike")
    assert article.title == "Port strike spreads"
    assert "\n\nThe transport minister" in article.text
    assert "Home" not in article.text and "not text" not in article.text
    assert article.authors == ["Rosa Kade"]
    assert article.published == "2024-05-02"
    assert article.outlet == "The Harbour Times"


def test_directory_recursion_skips_hidden_and_unknown(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "one.txt").write_text("Talks began in Rome.", encoding="utf-8")
    (tmp_path / "two.txt").write_text("Talks ended in Paris.", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("secret", encoding="utf-8")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    items = _read(tmp_path)
    assert sorted(a.text for a in items) == ["Talks began in Rome.", "Talks ended in Paris."]


@pytest.mark.parametrize("content, problem", [
    (b"", "empty"),
    (b"   \n\n  ", "empty"),
    (b"\x00\x01\x02binary\x00data", "binary"),
    ("Caf\u00e9 talks".encode("latin-1"), "not valid UTF-8"),
])
def test_bad_files_are_reported_and_batch_goes_on(tmp_path: Path, content: bytes, problem: str) -> None:
    (tmp_path / "bad.txt").write_bytes(content)
    (tmp_path / "good.txt").write_text("The envoy arrived in Kyiv.", encoding="utf-8")
    items = _read(tmp_path / "bad.txt", tmp_path / "missing.txt", tmp_path / "good.txt")
    errors = [i for i in items if isinstance(i, IngestError)]
    assert problem in str(errors[0]) and str(tmp_path / "bad.txt") in str(errors[0])
    assert "no such file" in str(errors[1])
    assert isinstance(items[-1], Article) and items[-1].text == "The envoy arrived in Kyiv."


def test_utf16_with_bom_and_crlf_are_read(tmp_path: Path) -> None:
    (tmp_path / "w.txt").write_bytes("Talks\r\n\r\nThey met in Bern.".encode("utf-16"))
    (article,) = _read(tmp_path / "w.txt")
    assert article.text == "Talks\n\nThey met in Bern."


def test_publication_dates_normalise() -> None:
    assert normalise_published("2018-06-04") == "2018-06-04"
    assert normalise_published("2018-06-04T10:00:00+00:00") == "2018-06-04T10:00:00Z"
    assert normalise_published(None) is None
    with pytest.raises(ValueError):
        normalise_published("last Tuesday")
