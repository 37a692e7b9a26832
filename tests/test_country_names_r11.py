"""Country names news writes in short (round 11, issue 16): 'Congo' alone is the Democratic Republic of the
Congo, as wire style writes it ('KINSHASA, Congo'), and 'Republic of Congo' the smaller state; a country's name
is never read as a town of that name abroad ('Congo's army' is no body of Brazil, where a town is called Congo).
Sentences written for these tests."""
from __future__ import annotations

import pytest

CASES = [
    ("Congo's army said it had retaken the town from the rebels.", "Congo's army", "COD"),
    ("Rebels in eastern Congo seized two villages on Sunday.", "Rebels", "COD"),
    ("The Republic of Congo's president met officials in Brazzaville.", "Republic of the Congo", "COG"),
    ("Soldiers from the Republic of Congo and the Democratic Republic of Congo met in Kinshasa.",
     "Democratic Republic of the Congo", "COD"),
]


@pytest.mark.parametrize("text,name,country", CASES)
def test_congo_short_and_long(process, text, name, country):
    doc = process(text, "2025-05-06")
    found = {a.name: a.country for a in doc.actors}
    assert found.get(name) == country, found


def test_no_actor_of_a_town_abroad_named_like_a_country(process):
    doc = process("Congo's navy and Congo's police patrolled the river.", "2025-05-06")
    assert all(a.country in (None, "COD") for a in doc.actors), [(a.name, a.country) for a in doc.actors]


def test_bare_congo_places_in_the_democratic_republic(process):
    doc = process("Fighting spread across eastern Congo last week.", "2025-05-06")
    assert [p.country for p in doc.places if p.text == "Congo"] == ["CD"]


JUNTA = [  # a junta is a state's (military) government: it stands for the state, like 'government' or 'regime'
    ("Mali's junta expelled the French ambassador on Monday.", "SANCTION", ("Mali",), ("France",)),
    ("Niger's junta accused France of plotting an attack on the capital.", "ACCUSE", ("Niger",), ("France",)),
    # (an unnamed president of a named state is a person of that state, round 12)
    ("Guinea's junta met Sierra Leone's president in Conakry.", "CONSULT", ("Guinea",), ("Sierra Leone's president",)),
]


@pytest.mark.parametrize("text,kind,source,target", JUNTA)
def test_a_countrys_junta_acts_for_the_state(process, text, kind, source, target):
    from .event_helpers import coded

    rows = coded(process, text)
    assert any(r[0] == kind and r[1] == source and (target is None or r[2] == target) for r in rows), rows
