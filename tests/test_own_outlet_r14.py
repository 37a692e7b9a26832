"""The outlet that publishes a story is never a relay of its quotes (round 14).

With an outlet or address the publisher is known; without them (a plain text file), the text tells it:
the outlet its sources talk to in two places, or whose staff are credited. "As X told <outlet>" cites
an interview that outlet made, so there the outlet stays a relay. Sentences are our own.
"""
from __future__ import annotations

import json

import pytest

from eventwire.record import Article


def _relays(pipeline, text: str, **meta) -> list[list[str]]:
    rec = pipeline.extract(Article(text=text, **meta)).to_dict()
    names = {a["id"]: a["name"] for a in rec["actors"]}
    return [[names[v] for v in q.get("via") or []] for q in rec["quotes"]]


@pytest.mark.parametrize("text", [
    'Minister Ana Lopez told NHK that the port would reopen. "We are ready," Lopez told NHK on Monday.',
    'The ministry did not respond to an NHK request for comment. "We will act," minister Ana Lopez told NHK.',
    '"We will act," minister Ana Lopez told Reuters. Tom Hale of Reuters contributed to this report.',
    '"The dam holds," engineer Omar Sy said in an interview with NHK. "It will hold," Sy told NHK.',
])
def test_the_outlet_the_text_shows_as_publisher_relays_nothing(pipeline, text) -> None:
    relays = _relays(pipeline, text)
    assert relays and all(r == [] for r in relays)


@pytest.mark.parametrize("text", [
    '"We will act," minister Ana Lopez told Reuters.',
    'As researcher Tom Hale told The Guardian, "Ozone hurts crops." As Hale told The Guardian, "Rules helped."',
    '"We will act," minister Ana Lopez told NHK. "We will not," Mayor Li Wei told Reuters.',
])
def test_an_outlet_named_once_or_cited_stays_a_relay(pipeline, text) -> None:
    relays = _relays(pipeline, text)
    assert any(r for r in relays)


def test_a_known_outlet_wins_over_the_text(pipeline) -> None:
    text = '"We are ready," Lopez told NHK. "We will act," Lopez told NHK on Monday.'
    # the metadata names another publisher, so the text is not read for one: NHK relays both quotes
    relays = _relays(pipeline, text, outlet="The Guardian")
    assert relays and all(r == ["NHK"] for r in relays)


def test_eval_reads_the_gold_id_headline_and_outlet(tmp_path, pipeline) -> None:
    from eventwire.evaluate import extract_for_gold
    from eventwire.evaluate.gold import GoldArticle

    (tmp_path / "a.txt").write_text('"We are ready," Lopez told NHK on Monday.', encoding="utf-8")
    gold = {"format": "eventwire-gold/1",
            "article": {"id": "a", "text_file": "a.txt", "published": "2024-05-01", "outlet": "NHK",
                        "title": "Port to reopen, minister says"},
            "actors": [], "quotes": [], "events": [], "times": [], "places": []}
    (tmp_path / "a.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    (rec,) = extract_for_gold([GoldArticle(tmp_path / "a.gold.json")], pipeline)
    assert (rec["article"]["id"], rec["article"]["outlet"], rec["article"]["title"]) == \
        ("a", "NHK", "Port to reopen, minister says")
    assert rec["article"]["text"].startswith('"We are ready,"')  # the headline stays out of the text
    assert rec["quotes"] and all(not q.get("via") for q in rec["quotes"])


def test_eval_text_only_reads_the_gold_id_and_day_but_not_its_headline(tmp_path, pipeline) -> None:
    """``eventwire eval --text-only`` extracts a gold story as held-back stories are scored: id, text and
    day, with no headline, outlet or address; with the outlet unknown, the text names no publisher here,
    so NHK relays the quote again."""
    from click.testing import CliRunner

    from eventwire.cli import main
    from eventwire.evaluate import extract_for_gold
    from eventwire.evaluate.gold import GoldArticle

    (tmp_path / "a.txt").write_text('"We are ready," Lopez told NHK on Monday.', encoding="utf-8")
    gold = {"format": "eventwire-gold/1",
            "article": {"id": "a", "text_file": "a.txt", "published": "2024-05-01", "outlet": "NHK",
                        "url": "https://example.org/port", "title": "Port to reopen, minister says"},
            "actors": [], "quotes": [], "events": [], "times": [], "places": []}
    (tmp_path / "a.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    (rec,) = extract_for_gold([GoldArticle(tmp_path / "a.gold.json")], pipeline, text_only=True)
    assert rec["article"]["id"] == "a" and rec["article"]["published"].startswith("2024-05-01")
    assert not rec["article"].get("title") and not rec["article"].get("outlet") and not rec["article"].get("url")
    assert [q.get("via") for q in rec["quotes"]] == [[n["id"] for n in rec["actors"] if n["name"] == "NHK"]]
    result = CliRunner().invoke(main, ["eval", "--text-only", "--json", str(tmp_path / "a.gold.json")])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["articles"] == 1


def test_a_hyphenated_country_in_a_title_is_read_whole(pipeline) -> None:
    """'director of Guinea-Bissau's institute' names Guinea-Bissau, not Guinea (the title read as written)."""
    rec = pipeline.extract(Article(
        text="Antonio Pinto, who heads Guinea-Bissau's National Institute of Research, said the find was old.",
        published="2025-03-10")).to_dict()
    person = next(a for a in rec["actors"] if a["name"] == "Antonio Pinto")
    assert person["country"] == "GNB"
