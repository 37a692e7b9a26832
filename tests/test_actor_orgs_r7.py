"""Organisations and groups (issue 16, round 7): a body's country from a big region or town in its name,
events and laws named like bodies, groups of people the news often names (families,
reporters, firms) and groups of schools. Sentences written for these tests, in
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


def test_a_name_described_as_a_school_is_no_person(process) -> None:
    # the tagger takes the name for a person's; the apposition says it is a school
    text = "Colegio San Marcos, a private school in Lima, said its teachers would strike on Monday."
    actors = _actors(process, text)
    assert not [a for a in actors if a.kind == "person" and "San Marcos" in a.name]
    assert [a for a in actors if a.kind == "organization" and a.name == "Colegio San Marcos"]


@pytest.mark.parametrize("phrase, body", [
    ("catholic school", True), ("small aid agency", True), ("charities", True), ("universities", True),
    ("senior teacher", False), ("local farmer", False), ("schoolgirl", False),
])
def test_an_apposition_that_names_a_body(phrase, body) -> None:
    # 'X, a catholic school in Y' describes a body: the name before it is no person's
    assert _names_a_body(phrase) is body


@pytest.mark.parametrize("text, words, sector", [
    ("The families of the miners demanded answers from the company.", "families", "CVL"),
    ("The minister told reporters that the border would reopen.", "reporters", "MED"),
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


@pytest.mark.parametrize("text, longer, shorter", [
    # a firm named with its legal form once, without it later
    ("Kestrel Airlines Group reported a loss. The chief executive of Kestrel Airlines said fuel costs rose.",
     "Kestrel Airlines Group", "Kestrel Airlines"),
    ("The Orchard Growers Association International met in Lyon. Members of the Orchard Growers Association "
     "voted for a new chair.", "Orchard Growers Association International", "Orchard Growers Association"),
    # a body's head and 'of' before the short name
    ("The Department of Coastal Protection ordered new dykes. Coastal Protection officials said work would "
     "begin in May.", "Department of Coastal Protection", "Coastal Protection"),
    # a demonym before it
    ("The Peruvian Rowing Federation picked its crew on Friday. The Rowing Federation said two places were "
     "still open.", "Peruvian Rowing Federation", "Rowing Federation"),
])
def test_short_and_long_names_of_one_body_join(process, text, longer, shorter) -> None:
    actors = _actors(process, text)
    holders = _holding(actors, shorter)
    assert holders and all(a.name == longer or any(m.text == longer for m in a.mentions) for a in holders)


@pytest.mark.parametrize("text, first, second", [
    # a unit of the body, named after its possessive
    ("Greenfield University said its budget would grow. Greenfield University's Law Department hired ten "
     "lecturers.", "Greenfield University", "Greenfield University's Law Department"),
    # the longer name goes on to a body head: a council of the body, not the body
    ("The Harbour Trust bought the pier. The Harbour Trust Council approved the sale.",
     "Harbour Trust", "Harbour Trust Council"),
])
def test_a_longer_name_that_goes_on_to_another_body_stays_apart(process, text, first, second) -> None:
    actors = _actors(process, text)
    a, b = _holding(actors, first), _holding(actors, second)
    assert a and b and a[0].id != b[0].id


@pytest.mark.parametrize("short, long, same", [
    ("Karsten Liberation Front", "Karsten Liberation Front in the Hills", False),  # a branch in a place
    ("Greenfield University", "Greenfield University at Easton", False),  # a campus
    ("Harbour Trust", "Harbour Trust Council", False),  # a body head after it
    ("Greenfield University", "Greenfield University's Law Department", False),  # a unit
    ("Kestrel Airlines", "Kestrel Airlines Group", True),
    ("Lomax Brothers", "Lomax Brothers Ltd", True),
    ("Coastal Protection", "Department of Coastal Protection", True),  # a head and 'of' before it
    ("Rowing Federation", "Peruvian Rowing Federation", True),  # a demonym before it
    ("Rowing Federation", "Harbour Rowing Federation", False),  # another name before it
])
def test_same_body(short, long, same) -> None:
    from eventwire.stages.actors.organisations import _inside, _name_words_of, _same_body

    s, l_ = _name_words_of(short), _name_words_of(long)
    at = _inside(s, l_)
    assert at >= 0
    assert _same_body(s, l_, at, actor_words()) is same


@pytest.mark.parametrize("text, words, country, sector", [
    ("The FAA grounded the small jets after two engines failed in March.", "FAA", "USA", "GOV"),
    ("A Congressional Budget Office estimate put the cost at $40 billion.", "Congressional Budget Office",
     "USA", "GOV"),
    ("DEA agents seized 200 kilograms of cocaine, the DEA said.", "DEA", "USA", "GOV"),
])
def test_us_federal_agencies(process, text, words, country, sector) -> None:
    found = _holding(_actors(process, text), words)
    assert found and found[0].country == country and found[0].sector == sector


def test_a_bare_cdc_is_not_taken_for_the_us_agency(process) -> None:
    # many countries have a 'CDC': the bare short form is left to what the text says
    text = "Africa CDC said on Monday that cholera cases had doubled in three countries."
    assert not [a for a in _actors(process, text) if a.country == "USA"]
