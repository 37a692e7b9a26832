"""Plain news sentences of the shapes news writes, probed for what breaks (round 11, issue 16).

- Criminals are recorded CRM, apart from rebels, as the gold codes criminal organisations: gangs, cartels,
  kidnappers, bandits, smugglers, pirates, hackers; gunmen and militias of no known side stay REB.
- A name of several words that the gazetteer knows whole as a place of note ('Diego Garcia', 'Da Nang'), said
  as a place and doing nothing a person does, is no person, though its words are people's names.

Sentences written for these tests."""
from __future__ import annotations

import pytest


def _actors(process, text):
    doc = process(text, "2025-05-06")
    return {a.name: (a.kind, a.country, a.sector) for a in doc.actors}


CRIMINALS = [
    ("Armed gangs blocked the road to the port on Sunday.", "gangs"),
    ("The kidnappers released the pupils after a ransom was paid.", "kidnappers"),
    ("Police said the smugglers had crossed the river at night.", "smugglers"),
    ("Drug cartels moved cocaine through three ports, prosecutors said.", "cartels"),
    ("Bandits attacked a village and stole cattle, residents said.", "Bandits"),
]


@pytest.mark.parametrize("text,word", CRIMINALS)
def test_criminals_are_recorded_crm(process, text, word):
    found = _actors(process, text)
    hit = [v for k, v in found.items() if word.lower() in k.lower()]
    assert hit and all(v[2] == "CRM" for v in hit), found


@pytest.mark.parametrize("text,word", [
    ("Gunmen stormed the hotel on Friday night.", "Gunmen"),
    ("The rebels seized the airport, officials said.", "rebels"),
    ("Local militias clashed with the army.", "militias"),
])
def test_armed_men_of_no_known_side_stay_rebels(process, text, word):
    found = _actors(process, text)
    hit = [v for k, v in found.items() if word.lower() in k.lower()]
    assert hit and all(v[2] == "REB" for v in hit), found


@pytest.mark.parametrize("text,name", [
    ("Thousands of islanders were moved from Diego Garcia in the 1970s.", "Diego Garcia"),
    ("Cruise ships now call at Ha Long Bay every week.", "Ha Long Bay"),
    ("The ferry to San Jose was cancelled because of the storm.", "San Jose"),
])
def test_a_place_of_several_words_is_no_person(process, text, name):
    # the words are people's names ('Diego', 'Garcia'), the whole is an island or a town said as a place
    found = _actors(process, text)
    assert name not in found, found


@pytest.mark.parametrize("text,name", [
    ("Diego Garcia, a teacher, said the school had closed.", "Diego Garcia"),
    ("Diego Garcia said the talks had failed.", "Diego Garcia"),
])
def test_a_person_named_like_a_place_stays(process, text, name):
    found = _actors(process, text)
    assert found.get(name, (None,))[0] == "person", found
