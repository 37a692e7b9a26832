"""Round 26 (actindef26): unnamed people as participants.

A person the story names only by a trade or a passing part ('a passerby', 'the bus driver') is a person actor of
its own (stages/actors/coref/title_only.py) where the person takes part: the agent of a passive ('was found by a
passerby'), or described by a relative clause whose subject the person is ('the bus driver who was hurt in the
blast', 'a nurse who treated the wounded'). Not where the noun is generic ('a nurse's job is hard'), a thing's
word ('the driver seat'), in apposition to a named person ('Ana Ruiz, a nurse who ...'), or a person who takes
no part ('as a nurse').
Sentences are the engineer's own; the expected names were written before running them."""
from __future__ import annotations

import pytest


def _actors(process, text: str) -> dict:
    doc = process(text, published="2024-05-01", until="actors")
    return {a.name: a for a in doc.actors}


@pytest.mark.parametrize("text, name, sector", [
    ("The stolen laptop was found in a ditch near Leeds by a passerby on Sunday.", "passerby", "CVL"),
    ("The bag was handed to police by a bystander, officials said.", "bystander", "CVL"),
    ("Rebels ambushed the convoy, and officials confirmed the death of the bus driver who was hurt in the blast.",
     "the bus driver", "CVL"),
    ("The letter was found on Elm Street in Dover, Kent in a torn, wet paper bag by a passerby.", "passerby", "CVL"),
    ("Officials mourned the death of the guard wounded in the raid on the prison.", "the guard", "CVL"),
    ("When she got home, she received a letter from a friend and fellow lawyer in Lima.",
     "friend and fellow lawyer", "CVL"),
    ("Officials said a nurse who treated the wounded soldiers was detained by the militia.", "nurse", "CVL"),
])
def test_an_unnamed_person_who_takes_part_is_an_actor(process, text, name, sector) -> None:
    actors = _actors(process, text)
    assert name in actors, sorted(actors)
    assert actors[name].kind == "person"
    assert actors[name].sector == sector


@pytest.mark.parametrize("text, not_name", [
    ("A nurse's job is hard in a country at war, the union said.", "nurse"),
    ("He sat in the driver seat of the truck when the police came.", "driver"),
    ("Ana Ruiz, a nurse who treated the wounded, was detained on Monday.", "nurse"),
    ("The report on the clinic by a doctor was published on Monday.", "doctor"),
    ("The clinic plans to hire a doctor who speaks Arabic.", "doctor"),
    ("She asked for a letter from a doctor before the trip.", "doctor"),
    ("She worked as a nurse for ten years before she moved to Lima.", "nurse"),
    ("The minister said the road is safe for any passerby at night.", "passerby"),
    ("Police said Omar Haddad, the driver who crashed the truck, was charged on Monday.", "driver"),
])
def test_an_unnamed_person_who_takes_no_part_is_no_actor(process, text, not_name) -> None:
    actors = _actors(process, text)
    assert not_name not in actors and f"the {not_name}" not in actors and f"The {not_name}" not in actors, \
        sorted(actors)
