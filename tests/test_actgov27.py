"""Round 27 (actgov27): groups of a state's people named as a reader names them.

Own sentences (new names); the names, countries and sectors were written before the code was run.

Class 1 (mentions.group_mentions._place_phrase, group_place_phrase_words.tsv): a bare plural of a state's people
(group_nouns.tsv with sector GOV, LEG, MIL, JUD or COP) followed by 'in' or 'from' and a place (a place the tagger
names, a country's name, a place noun) is named with the phrase: 'Officials in the two provinces', 'envoys from
more than a dozen countries'. The key stays the bare noun's, so the group named before keeps its name
(coref.aliases.bare_groups cuts the phrase). Near misses: a phrase that goes on to where they went ('from ... to
...'), a verb's own object ('pulled troops from the province'), a group of the public ('residents in Lima').

Class 2 (mentions.group_mentions._state_possessor): a group of a state's people owned by a country's name is
named with it: "Ghana's health authorities". Near misses: a relational noun ("China's critics"), a group of the
public ("Kenya's farmers").

Class 3 (mentions.group_mentions._GROUP_ROLES): a group noun that is a verb's indirect object ('gave authorities
72 hours') is a group where it stands.
"""
from __future__ import annotations

import pytest

DAY = "2025-03-10"


def _actors(process, text: str) -> dict:
    doc = process(text, published=DAY, until="actors")
    return {a.name: a for a in doc.actors}


@pytest.mark.parametrize("text, name, country, sector", [
    ("Heavy rains struck northern Peru on Monday. Officials in the two provinces said hundreds of homes were "
     "flooded.", "Officials in the two provinces", None, "GOV"),
    ("Envoys from more than a dozen countries met the rebel leaders in Doha on Tuesday.",
     "Envoys from more than a dozen countries", None, "GOV"),
    ("The militants spoke with envoys from some twenty countries on matters of trade.",
     "envoys from some twenty countries", None, "GOV"),
    ("Officials in Kabul rejected the claim on Wednesday.", "Officials in Kabul", "AFG", "GOV"),
    ("Lawmakers from Kenya and Uganda signed the pact in Arusha.", "Lawmakers from Kenya and Uganda", None, "LEG"),
    # a word of rank the reader keeps, a passive's agent, a speaker after the quote, a place noun with its name
    ("Senior officials from 12 countries met in Rome on Friday.", "Senior officials from 12 countries", None, "GOV"),
    ("The talks were attended by diplomats from the region.", "diplomats from the region", None, "GOV"),
    ('"We will not give up," said soldiers in the town of Bakhmut.', "soldiers in the town of Bakhmut", "UKR", "MIL"),
])
def test_a_state_group_is_named_with_where_it_serves(process, text, name, country, sector) -> None:
    actors = _actors(process, text)
    assert name in actors, sorted(actors)
    assert actors[name].country == country
    assert actors[name].sector == sector


@pytest.mark.parametrize("text, name, not_name", [
    # a group named by its state first keeps that name; the later phrase joins it
    ("Afghan officials condemned the bombing. Officials in Kabul said the toll had risen to 40.",
     "Afghan officials", "Officials in Kabul"),
    # a movement from one place to another says where they went
    ("The army moved soldiers from the north to the coast on Friday.", None, "soldiers from the north"),
    # a verb's own object: the phrase is the verb's
    ("The government pulled troops from the province last year.", None, "troops from the province"),
    # a group of the public is no state's people
    ("Residents in Lima said the water had been cut.", None, "Residents in Lima"),
    # the police are a body of their own, named without the phrase
    ("Police in Lagos arrested the activist on Monday.", "Police", "Police in Lagos"),
    # 'in' phrases that say no place
    ("Officials in charge of the port declined to comment.", "Officials", "Officials in charge"),
    ("Officials in the past have denied the claims.", "Officials", "Officials in the past"),
])
def test_near_misses_of_the_place_phrase(process, text, name, not_name) -> None:
    actors = _actors(process, text)
    if name is not None:
        assert name in actors, sorted(actors)
    assert not_name not in actors, sorted(actors)


@pytest.mark.parametrize("text, name, country, sector", [
    ("Ghana's health authorities refused to comment on the report.", "Ghana's health authorities", "GHA", "GOV"),
    ("Peru's lawmakers approved the budget on Monday.", "Peru's lawmakers", "PER", "LEG"),
    ("Ghana's top health officials said the outbreak was over.", "Ghana's top health officials", "GHA", "GOV"),
])
def test_a_state_group_is_named_with_the_state_that_owns_it(process, text, name, country, sector) -> None:
    actors = _actors(process, text)
    assert name in actors, sorted(actors)
    assert actors[name].country == country
    assert actors[name].sector == sector


@pytest.mark.parametrize("text, name, not_name", [
    ("China's critics said the law was harsh.", "critics", "China's critics"),
    ("Kenya's farmers protested outside the ministry.", "farmers", "Kenya's farmers"),
])
def test_near_misses_of_the_owning_state(process, text, name, not_name) -> None:
    actors = _actors(process, text)
    assert name in actors, sorted(actors)
    assert not_name not in actors, sorted(actors)


def test_an_indirect_object_group_is_a_group(process) -> None:
    actors = _actors(process, "The rebels gave authorities 72 hours to release the prisoners.")
    assert "authorities" in actors, sorted(actors)
    assert actors["authorities"].sector == "GOV"


@pytest.mark.parametrize("text, not_name", [
    ("The Officials Association of Ghana said it would strike.", "officials"),
    ("A senior official said the talks would resume.", "officials"),
    ("The rebels gave the town 72 hours to surrender.", "town"),
])
def test_negative_rows(process, text, not_name) -> None:
    actors = _actors(process, text)
    assert not any(n.lower() == not_name for n in actors), sorted(actors)


_TAKEN_BACK = pytest.mark.xfail(strict=True, reason="taken back at the merge (group_nouns.tsv): no record of the reading sets changed, and the held-back non-VOA news lost three sectors and one event with these rows")


# Class 4 (group_nouns.tsv, round 27 rows): a state's people named by their work: investigators where they act;
# agents, administrators and negotiators only after a word that says whose; councillors, gendarmes.
@pytest.mark.parametrize("text, name, sector", [
    pytest.param("Federal investigators said the fire was set on purpose.", "Federal investigators", "GOV", marks=_TAKEN_BACK),
    pytest.param("Investigators found traces of explosives in the car.", "Investigators", "GOV", marks=_TAKEN_BACK),
    pytest.param("FBI agents searched the house in Ohio on Tuesday.", "FBI agents", "GOV", marks=_TAKEN_BACK),
    pytest.param("Gendarmes fired tear gas at the crowd in Abidjan.", "Gendarmes", "GOV", marks=_TAKEN_BACK),
    pytest.param("Israeli negotiators arrived in Cairo on Sunday.", "Israeli negotiators", "GOV", marks=_TAKEN_BACK),
    # a branch named by its work (group_name_words.tsv), also where the tagger read it as a person's name
    ("Riot police arrested 20 people in Nairobi on Monday.", "Riot police", "GOV"),
    ("Customs officers seized two tons of cocaine at the port.", "Customs officers", "GOV"),
])
def test_a_state_group_named_by_its_work(process, text, name, sector) -> None:
    actors = _actors(process, text)
    assert name in actors, sorted(actors)
    assert actors[name].sector == sector


@pytest.mark.parametrize("text, not_word", [
    # a trade's agents are no state's
    ("Travel agents in Kenya reported fewer bookings this year.", "agents"),
    ("Insurance agents said claims had doubled.", "agents"),
    # negotiators with no word that says whose
    ("Negotiators worked through the night on the text.", "negotiators"),
    # staff of a body the story names act as the body
    ("The army, the air force and commandos of the Special Service Brigade took part in the raid.", "commandos"),
    # investigators named only as a thing's kind, not acting
    ("The report of the investigators was long.", "investigators"),
])
def test_near_misses_of_a_state_group_named_by_its_work(process, text, not_word) -> None:
    actors = _actors(process, text)
    assert not any(n.lower().split()[-1] == not_word for n in actors), sorted(actors)
