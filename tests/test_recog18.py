"""Round 18 (recog18): names the lexicons know that the mention readers missed.

Three classes, each with sentences of our own (the expected actors written before the run):
- a listed body's name written with its article ('the U.N.') no longer cuts a longer listed name that
  begins after the article ('the U.N. Security Council', 'the United Nations High Commissioner for
  Refugees'): ``mentions/media._longest_names``;
- a whole name of people.tsv the tagger gives no entity (or one of a place or a people) is a person:
  ``mentions/known_names.untagged_people``; not inside a longer name;
- a whole name of people.tsv keeps a first word that is also a title's ('Gen Nakatani'): ``repair.repair_person``.
"""
from __future__ import annotations

import pytest

from eventwire.record import Article
from eventwire.stages.actors.mentions.known_names import _whole_names


@pytest.fixture(scope="module")
def actors_of(pipeline):
    def run(text: str) -> dict:
        record = pipeline.extract(Article(text=text, published="2025-03-01"))
        return {a.name: a for a in record.actors}

    return run


@pytest.mark.parametrize("text, whole", [
    ("The envoy urged the U.N. Security Council to act on Friday.", "U.N. Security Council"),
    ("Delegates told the U.N. General Assembly that the plan would fail.", "U.N. General Assembly"),
    ("The rapporteur will brief the U.N. Human Rights Council next month.", "U.N. Human Rights Council"),
    ("The families were helped by the United Nations High Commissioner for Refugees, officials said.",
     "United Nations High Commissioner for Refugees"),
])
def test_article_led_alias_does_not_cut_a_longer_name(actors_of, text, whole) -> None:
    got = actors_of(text)
    assert whole in got, sorted(got)
    assert got[whole].sector == "IGO"
    assert not {"U.N.", "United Nations", "Security Council", "General Assembly", "Human Rights Council"} & set(got), sorted(got)


def test_article_led_alias_alone_still_read(actors_of) -> None:
    got = actors_of("The U.N. said on Monday that aid would arrive, and the EU agreed.")
    assert any(a.sector == "IGO" and a.name in ("United Nations", "U.N.") for a in got.values()), sorted(got)
    assert any(a.name in ("EU", "European Union") for a in got.values()), sorted(got)


@pytest.mark.parametrize("text, name, country", [
    ("The talks were attended by French Minister of Armed Forces Florence Parly and her aides.", "Florence Parly", "FRA"),
    ("The talks in Rome were opened by Italian Minister of Defence Guido Crosetto and two admirals.", "Guido Crosetto",
     "ITA"),
])
def test_untagged_known_person(actors_of, text, name, country) -> None:
    got = actors_of(text)
    assert name in got, sorted(got)
    assert got[name].kind == "person" and got[name].country == country


@pytest.mark.parametrize("text, not_person", [
    ("Visitors crowded the Florence Parly Library on Sunday.", "Florence Parly"),
    ("Funds went to the Boris Pistorius Institute of Policy last year.", "Boris Pistorius"),
    ("Residents of the florence parly district were moved.", "florence parly"),
])
def test_known_name_inside_a_longer_name_or_lower_case(actors_of, text, not_person) -> None:
    got = actors_of(text)
    assert not any(a.kind == "person" and a.name.lower() == not_person.lower() for a in got.values()), sorted(got)


@pytest.mark.parametrize("text", [
    "Ministers from the region met Japanese Defense Minister Gen Nakatani in Manila on Tuesday.",
    "Gen Nakatani said Japan would raise spending.",
])
def test_known_whole_name_keeps_a_title_like_first_word(actors_of, text) -> None:
    got = actors_of(text)
    assert "Gen Nakatani" in got, sorted(got)
    assert got["Gen Nakatani"].country == "JPN"


def test_a_title_before_an_unknown_name_is_still_dropped(actors_of) -> None:
    got = actors_of("Gen. Ali Khan said the army would respond.")
    assert "Ali Khan" in got, sorted(got)


@pytest.mark.parametrize("text, kind, country", [
    ("Supporters of PTI rallied in Lahore on Sunday, and PTI said Pakistan's government had rigged the vote.",
     "organization", "PAK"),
    ("In Karachi, PTI called a strike after Pakistani police detained its leaders.", "organization", "PAK"),
    ("Indian police arrested three men, PTI reported on Monday.", "media", "IND"),
    ("The PTI leader said Pakistan would hold talks with India soon.", "media", "IND"),  # both named: the outlet stays
])
def test_abbreviation_of_an_outlet_and_a_party(actors_of, text, kind, country) -> None:
    got = actors_of(text)
    assert "PTI" in got, sorted(got)
    assert (got["PTI"].kind, got["PTI"].country) == (kind, country)


def test_knowledge_base_people_are_scanned_by_person_shaped_names_only() -> None:
    """The knowledge base's people (dated roles) join people.tsv's whole names when named like a person."""
    pattern = _whole_names()
    assert pattern.search("the lawmaker Regina Ip said") is not None  # a base person people.tsv lacks
    assert pattern.search("Florence Parly said") is not None  # people.tsv
    assert pattern.search("the Secretary of State said") is None  # a title, no person's name
    assert pattern.search("regina ip said") is None  # case counts


def test_untagged_base_person(actors_of) -> None:
    got = actors_of("Regina Ip of the New People's Party kept her seat in Sunday's vote, officials said.")
    assert "Regina Ip" in got and got["Regina Ip"].kind == "person", sorted(got)
