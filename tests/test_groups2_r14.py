"""Groups of the public and of states named by no name (round 14, groups2): 'people', 'the population',
'democratic nations', 'armed men' are a group actor where they take part in an event (the subject, object or
passive agent of a verb that codes one, or the object of a preposition such a verb takes: 'called on', 'urged',
'attacked by'), and no actor where the noun only describes, counts or refers back. People named by an
occupation ('archaeologists', 'rescuers') and 'locals' act as the other occupational groups do. Sentences
written for these tests."""
from __future__ import annotations

import pytest

from .event_helpers import named_events


def _actors(process, text: str) -> dict[str, object]:
    return {a.name: a for a in process(text, published="2025-03-01", until="actors").actors}


def _events(process, text: str):
    return named_events(process, text, published="2025-03-01")


@pytest.mark.parametrize("text, name, sector", [
    ("NATO called on democratic nations to cut their trade with Moscow.", "democratic nations", "GOV"),  # call on
    ("The envoy urged nations to keep their embassies open.", "nations", "GOV"),  # object of urge
    ("Western nations imposed new sanctions on Iran after the vote.", "Western nations", "GOV"),  # subject
    ("Ukraine asked Western governments for more air defense systems.", "Western governments", "GOV"),
    ("Governor Ali Musa was attacked by armed men near the border.", "armed men", "REB"),  # passive agent
    ("Masked men stormed the jail and freed dozens of inmates.", "Masked men", "REB"),  # subject
    ("Thousands of people protested against the fuel price rise on Monday.", "people", "CVL"),  # a count of them
    ("President Felix Tshisekedi urged people to stay indoors during the curfew.", "people", "CVL"),
    ("The health minister warned the public against eating raw meat.", "public", "CVL"),  # a collective
    ("The mayor urged the population to remain calm after the blast.", "population", "CVL"),
    ("Locals in Kandahar province said the militants had fled into the hills.", "Locals", "CVL"),  # located
    ("The archaeologists uncovered a royal tomb near the river.", "archaeologists", "CVL"),  # occupation
])
def test_groups_named_by_no_name_are_actors_where_they_take_part(process, text, name, sector) -> None:
    actors = _actors(process, text)
    assert name in actors, sorted(actors)
    assert actors[name].kind == "group" and actors[name].sector == sector


@pytest.mark.parametrize("text, word", [
    ("People say the weather is cold in the north.", "people"),  # a verb of saying codes no event
    ("The population of the city grew by ten percent last year.", "population"),
    ("Nations around the world face rising food prices.", "nations"),  # 'face' codes nothing
    ("Many countries have a long history of trade with Russia.", "countries"),
    ("The storm killed 15 people in the coastal province.", "people"),  # the dead are counted, not named
    ("Police arrested three men at the airport.", "men"),
    ("Police arrested both men at the airport.", "men"),  # the men just named
    ("The two nations held talks in Geneva.", "nations"),  # the states just named
    ("The agency helps people who have lost their homes.", "people"),  # a kind of people, defined by the clause
    ("The regional government raised the tax on fuel.", "government"),  # a government in the singular is no group
    ("“People are debating our future without asking us,” the chief said.", "people"),  # people at large
    ("It turned on whether the town or people welcomed the newcomers.", "people"),
])
def test_the_same_nouns_describing_counting_or_referring_back_are_no_actor(process, text, word) -> None:
    actors = _actors(process, text)
    assert not any(word in name.lower().split() for name in actors), sorted(actors)


def test_states_named_by_no_name_take_no_setting_country(process) -> None:
    actors = _actors(process, "JAKARTA - Other countries imposed sanctions on Indonesia after the vote. "
                              "The president handed control of the schools to regional governments.")
    named = [a for n, a in actors.items() if n.lower().endswith("countries")]
    assert named and named[0].country is None, sorted(actors)
    assert actors["regional governments"].country == "IDN"  # a government within the setting's state


def test_the_public_takes_the_setting_country(process) -> None:
    actors = _actors(process, "NAIROBI - President William Ruto urged the population to remain calm on Friday.")
    assert actors["population"].country == "KEN", sorted(actors)


@pytest.mark.parametrize("text, kind, source, target", [
    ("NATO called on democratic nations to cut their trade with Moscow.", "REQUEST", "NATO", "democratic nations"),
    ("President Felix Tshisekedi urged people to stay indoors during the curfew.", "REQUEST", "Felix Tshisekedi",
     "people"),
    ("Governor Ali Musa was attacked by armed men near the border.", "ASSAULT", "armed men", "Ali Musa"),
    ("Thousands of people protested against the fuel price rise on Monday.", "PROTEST", "people", None),
    ("Thousands of Malians began protesting in Bamako in May.", "PROTEST", "Malians", None),  # begun
])
def test_events_with_such_a_group_are_coded(process, text, kind, source, target) -> None:
    events = _events(process, text)
    assert any(k == kind and source in s and (target is None or target in t) for k, s, t in events), events


@pytest.mark.parametrize("text, name, country", [
    ("ABUJA - Many Nigerians welcomed the release of the students.", "Nigerians", "NGA"),  # quantified subject
    ("Thousands of Kenyans protested against the new tax in Nairobi.", "Kenyans", "KEN"),  # a count of them
    ("The militia detained some Ugandans near the border.", "Ugandans", "UGA"),  # quantified object
])
def test_a_countrys_people_counted_are_a_group_of_their_country(process, text, name, country) -> None:
    actors = _actors(process, text)
    assert name in actors, sorted(actors)
    assert actors[name].kind == "group" and actors[name].country == country and actors[name].sector == "CVL"


@pytest.mark.parametrize("text", [
    "KABUL - Afghans voted on Saturday.",  # a bare plural names the country
    "Many Kenyans say life is hard.",  # a verb of saying codes no event
    # (round 23, actleft23: the dead counted by a number, 'Three Americans were killed', are now a group of their
    # country of no sector, as the G gold codes such a count: tests/test_actleft23.py)
])
def test_a_demonym_plural_otherwise_is_no_group(process, text) -> None:
    actors = _actors(process, text)
    assert not any(a.kind == "group" for a in actors.values()), sorted(actors)


def test_a_gerund_in_a_nouns_phrase_is_a_kind_of_act_not_a_happening(pipeline) -> None:
    """'a law against deporting people' names a kind of act: no group of people takes part in anything."""
    from eventwire.record import Article

    for text in ("The country has a law against deporting people to places where they face torture.",
                 "The ban on arresting people without a warrant was lifted by the court."):
        rec = pipeline.extract(Article(text=text, published="2025-03-10")).to_dict()
        assert not any(a["name"].lower() == "people" for a in rec["actors"]), text
    rec = pipeline.extract(Article(text="Police began arresting people in the capital on Monday.",
                                   published="2025-03-10")).to_dict()
    assert any(a["name"].lower() == "people" for a in rec["actors"])
