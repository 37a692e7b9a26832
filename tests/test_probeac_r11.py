"""Plain news sentences of the shapes news writes, probed for what breaks (round 11, issue 16).

- Criminals are recorded CRM, apart from rebels, as the gold codes criminal organisations: gangs, cartels,
  kidnappers, bandits, smugglers, pirates, hackers; gunmen and militias of no known side stay REB.

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

