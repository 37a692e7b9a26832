"""Organisations and groups (issue 16, round 7): a body's country from a big region or town in its name,
events and laws named like bodies, groups of people the news often names (hostages, detainees, families,
reporters, tourists, firms) and groups of schools. Sentences written for these tests, in
several shapes."""
from __future__ import annotations

import pytest

from eventwire.record import Actor
from eventwire.stages.actors.mentions import _names_a_body
from eventwire.stages.actors.organisations import place_word_country
from eventwire.stages.actors.words import actor_words


def _actors(process, text: str, published: str | None = None) -> list[Actor]:
    return process(text, published=published, until="actors").actors


def _holding(actors: list[Actor], words: str) -> list[Actor]:
    return [a for a in actors if any(m.text == words for m in a.mentions)]


@pytest.mark.parametrize("name, country", [
    ("Oregon Dairy Farmers Cooperative", "USA"),  # a region of one country
    ("Bavaria Film Commission", None),  # the gazetteer does not know it as a region: nothing said
    ("Ontario Nurses Federation", "CAN"),  # the province, not the Californian town a hundredth its size
    ("Chicago Tenants Alliance", "USA"),  # a town of millions
    ("Sindh Teachers Union", "PAK"),
    ("Punjab Cricket Board", None),  # a province of two countries, each big
    ("Mary Foundation", None),  # a given name that is also a smaller region elsewhere
    ("Karsten Liberation Front", None),  # no place at all
    ("pro-Beijing Lawmakers Caucus", None),  # a word after 'pro-' is whom one favours, not where one is
])
def test_place_word_country(name, country) -> None:
    assert place_word_country(actor_words(), name) == country


def test_the_story_setting_picks_among_places_of_one_name() -> None:
    # 'Mwanza' is a Tanzanian city and a Malawian district: in a story set in Malawi, the Malawian one
    w = actor_words()
    assert place_word_country(w, "Mwanza District Clinic") == "TZA"
    assert place_word_country(w, "Mwanza District Clinic", "MWI") == "MWI"


@pytest.mark.parametrize("text, name, country", [
    ("The Oregon Dairy Farmers Cooperative said on Tuesday it would cut milk prices.",
     "Oregon Dairy Farmers Cooperative", "USA"),
    ("Members of the Chicago Tenants Alliance marched to city hall, where the alliance demanded lower rents.",
     "Chicago Tenants Alliance", "USA"),
])
def test_a_body_takes_the_country_of_the_place_in_its_name(process, text, name, country) -> None:
    found = [a for a in _actors(process, text) if a.name == name]
    assert found and found[0].country == country


@pytest.mark.parametrize("text, words", [
    ("Lawmakers voted to renew the Clean Rivers Act on Thursday, and the Senate followed a day later.",
     "Clean Rivers Act"),
    ("Thousands of fans watched the Northern Lakes Rowing Championship at the weekend.",
     "Northern Lakes Rowing Championship"),
    ("The Harbour Lights Festival drew record crowds, the city council said.", "Harbour Lights Festival"),
    ("Volunteers marked World Beekeeping Day by planting flowers in the park.", "World Beekeeping Day"),
])
def test_events_and_laws_named_like_bodies_are_no_actors(process, text, words) -> None:
    actors = _actors(process, text)
    assert not [a for a in actors if a.kind in ("organization", "media", "group") and words in a.name]


@pytest.mark.parametrize("phrase, body", [
    ("catholic school", True), ("small aid agency", True), ("charities", True), ("universities", True),
    ("senior teacher", False), ("local farmer", False), ("schoolgirl", False),
])
def test_an_apposition_that_names_a_body(phrase, body) -> None:
    # 'X, a catholic school in Y' describes a body: the name before it is no person's
    assert _names_a_body(phrase) is body


@pytest.mark.parametrize("text, words, sector", [
    ("The gunmen released 12 hostages on Sunday after a week of talks.", "hostages", "CVL"),
    ("Guards beat several detainees during the night, a lawyer said.", "detainees", "CVL"),
    ("The families of the miners demanded answers from the company.", "families", "CVL"),
    ("The minister told reporters that the border would reopen.", "reporters", "MED"),
    ("Foreign tourists fled the coast as the storm approached.", "Foreign tourists", "CVL"),
    ("Regulators fined two shipping firms for dumping oil.", "shipping firms", "BUS"),
    ("The ministry closed all public schools for a week.", "public schools", "EDU"),
])
def test_groups_of_people_and_bodies_the_news_names(process, text, words, sector) -> None:
    found = [a for a in _holding(_actors(process, text), words) if a.kind == "group"]
    assert found, words
    assert found[0].sector == sector


@pytest.mark.parametrize("text", [
    "She left her job to start a business selling shoes.",
    "Many shops went out of business during the long closure.",
])
def test_business_as_an_activity_is_no_group(process, text) -> None:
    assert not [a for a in _actors(process, text) if a.kind == "group" and "business" in a.name.lower()]


def test_schools_take_the_country_the_story_is_set_in(process) -> None:
    text = ("LILONGWE, Malawi — Malawi's education ministry said on Monday it would close public schools in "
            "three districts after floods. Officials in Malawi said the schools would reopen in March.")
    found = [a for a in _holding(_actors(process, text), "public schools") if a.kind == "group"]
    assert found and found[0].country == "MWI" and found[0].sector == "EDU"
