"""Property-based tests: any input gives either an article or a clear error at ingest, and any text gives
a valid eventwire/1 record whose offsets all lie inside the text and match the mention texts."""
from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire.ingest import IngestError, read_inputs
from eventwire.record import SCHEMA, Article, offsets_problems

FRAGMENTS = [
    "Russian President Vladimir Putin", "said", "on Monday", "“", "”", '"', "'", "‘", "’", "according to TASS",
    "Kim Jong-un", "met", "in Pyongyang", "last week", ",", ".", "\n\n", "\n", "The Kremlin denied", "reportedly",
    "will travel to Beijing", "next weekend", "—", "May 31, 2018", "sanctions on", "Yonhap reported", "he", "told",
    "an unnamed official", "invited", "Dalian, China", "Washington", "  ", "é", "\u00a0", "🙂", "\u200b", "(", ")",
]
news_like = st.lists(st.sampled_from(FRAGMENTS), min_size=0, max_size=40).map(" ".join)
any_text = st.text(min_size=0, max_size=300)
QUICK = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                         HealthCheck.too_slow])


@QUICK
@given(data=st.binary(max_size=2000), suffix=st.sampled_from([".txt", ".html", ".jsonl"]))
def test_ingest_never_raises(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(data)
        for item in read_inputs([str(path)]):
            assert isinstance(item, (Article, IngestError))
            if isinstance(item, IngestError):
                assert item.source.startswith(str(path)) and item.message


def _check(pipeline, text: str) -> None:
    for outcome in pipeline.run([Article(text=text, published="2018-06-04")]):
        assert outcome.error is None, outcome.error
        record = outcome.record.to_dict()
        assert record["schema"] == SCHEMA and record["article"]["text"] == text
        assert offsets_problems(record) == []
        ids = {a["id"] for a in record["actors"]}
        for e in record["events"]:
            assert set(e["source"]) | set(e["target"]) | set(e["according_to"]) <= ids
        for q in record["quotes"]:
            assert q["speaker"] is None or q["speaker"] in ids


@QUICK
@given(text=news_like)
def test_news_like_text_gives_valid_records(pipeline, text: str) -> None:
    _check(pipeline, text)


@QUICK
@given(text=any_text)
def test_any_unicode_text_gives_valid_records(pipeline, text: str) -> None:
    _check(pipeline, text)
