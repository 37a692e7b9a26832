"""A place's people named by the place's name and an ending (issue 16, round 21, actdesc21): 'Houstonians'
beside 'Houston', 'Londoners' beside 'London', 'Chagossians' beside 'the Chagos Islands' (the place's last
letter doubled), where they act or are acted on, are a group of civilians (mentions/nationals.place_peoples,
lexicon place_people_endings.txt). Not a country's demonym (the country's own reading), not a word whose
stem the story names no place by, not the dead counted by a number. Sentences written for these tests; the
names a careful coder records were written down before the first run."""
from __future__ import annotations

import pytest

from eventwire.record import Actor


def _actors(process, text: str) -> dict[str, Actor]:
    return {a.name: a for a in process(text, published="2025-03-01T00:00:00Z", until="actors").actors}


@pytest.mark.parametrize("text, name, country", [
    ("Houstonians lined up for bottled water after the storm hit Houston on Monday.", "Houstonians", "USA"),
    ("Londoners marched against the new road charges in London on Saturday.", "Londoners", "GBR"),
    ("Many Chagossians settled in Mauritius after Britain expelled them from the Chagos Islands.",
     "Chagossians", None),  # (no one country: the group is placed as the story's other groups are)
    ("The mayor of Berlin thanked Berliners for their patience during the strike.", "Berliners", "DEU"),
    ("Asian American Houstonians are collecting family letters for a museum in Houston.",
     "Asian American Houstonians", "USA"),  # named with its heritage, as 'Chinese American families'
])
def test_a_place_people_is_a_group(process, text, name, country) -> None:
    actors = _actors(process, text)
    assert name in actors, sorted(actors)
    assert actors[name].kind == "group"
    assert actors[name].sector == "CVL"
    if country is not None:
        assert actors[name].country == country


@pytest.mark.parametrize("text, not_a_name", [
    ("Londoners marched against the new road charges on Saturday.", "Londoners"),  # no place 'London' named
    ("Republicans in the Central African Republic rejected the vote.", "Republicans"),  # 'Republic' opens no
    # place's name here
    ("Three Houstonians were killed in a crash near Houston.", "Three Houstonians"),  # the dead, counted
    ("Hong Kongers are moving to Canada in growing numbers, a lawyer in Hong Kong said.", "Hong Kongers"),  # a
    # demonym of countries.tsv: the country's own reading
    ("Houstonian families welcomed the ruling in Houston.", "Houstonian"),  # a word before a noun it describes
])
def test_not_a_place_people(process, text, not_a_name) -> None:
    actors = _actors(process, text)
    assert not_a_name not in actors, sorted(actors)
    assert not any(a.name.endswith(not_a_name) and a.kind == "group" and a.name != "Houstonian families"
                   for a in actors.values() if not_a_name == "Houstonian"), sorted(actors)


# Firms and traders named by their trade (group_nouns.tsv, round 21): a group of business (BUS) where they act,
# speak or are acted on; not where the plural only describes.
@pytest.mark.parametrize("text, name", [
    ("Exporters warned that the new tariffs would cost thousands of jobs.", "Exporters"),
    ("Kenyan retailers raised prices after the tax went up.", "Kenyan retailers"),
    ("Airlines cancelled hundreds of flights as the storm approached Manila.", "Airlines"),
    ("Shopkeepers in the old city closed their doors in protest.", "Shopkeepers"),
    ("Chinese lenders have extended billions of dollars in loans to Zambia.", "Chinese lenders"),
])
def test_firms_named_by_their_trade(process, text, name) -> None:
    actors = _actors(process, text)
    assert name in actors, sorted(actors)
    assert actors[name].kind == "group"
    assert actors[name].sector == "BUS"


@pytest.mark.parametrize("text, not_a_name", [
    ("The report includes a list of exporters and their products.", "exporters"),  # a list's words, no party
    ("Oil producers met in Vienna to discuss output.", "Oil producers"),  # often states: not read as firms
])
def test_not_firms_named_by_trade(process, text, not_a_name) -> None:
    assert not_a_name not in _actors(process, text)


def test_a_continent_people_is_no_place_people(process) -> None:
    # a region wider than one country (region_and_world_words.txt): its people are no party a coder names
    actors = _actors(process, "Europeans are divided over how to pay for the defense of Europe, a poll found.")
    assert "Europeans" not in actors, sorted(actors)


@pytest.mark.parametrize("text, name", [
    ("Volunteers handed out bread to families in Kharkiv.", "Volunteers"),
    ("Gunmen opened fire on worshippers at a mosque in Kabul.", "worshippers"),
    ("Mourners gathered outside the hospital in Beirut.", "Mourners"),
    ("Police fired tear gas at commuters who blocked the road in Nairobi.", "commuters"),
])
def test_people_named_by_where_they_stand(process, text, name) -> None:
    actors = _actors(process, text)
    assert name in actors, sorted(actors)
    assert actors[name].kind == "group" and actors[name].sector == "CVL"


@pytest.mark.parametrize("text, not_a_name", [
    ("Pakistan blamed its neighbors for the attack on the train.", "neighbors"),  # neighbouring states
    ("The new stadium in Lagos holds 40,000 spectators.", "spectators"),  # a count of seats
    ("The city runs a training program for volunteers.", "volunteers"),  # described, no party
])
def test_not_people_named_by_where_they_stand(process, text, not_a_name) -> None:
    assert not_a_name not in _actors(process, text)


@pytest.mark.parametrize("text, name", [
    ("The ministry, working with the fishing industry, stepped up patrols along the coast.", "fishing industry"),
    ("The tourism industry lobbied the government to reopen the borders.", "tourism industry"),
])
def test_an_industry_taking_part(process, text, name) -> None:
    actors = _actors(process, text)
    assert name in actors, sorted(actors)
    assert actors[name].kind == "group" and actors[name].sector == "BUS"


@pytest.mark.parametrize("text, not_a_name", [
    ("The oil industry accounts for most of the country's exports.", "oil industry"),  # a share, no event
    ("The industry has been hit hard by the drought.", "industry"),
    ("The film industry in India produced 1,800 films last year.", "film industry"),
])
def test_an_industry_described(process, text, not_a_name) -> None:
    assert not_a_name not in _actors(process, text)
