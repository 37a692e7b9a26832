"""Actors a reader names (issue 16, round 19): a body named by the name it goes by, right after a noun that
says what it is ('a militia calling itself X', 'an armed group known as X', 'the group "X"'; mentions/
self_named.py, self_named_body_nouns.tsv); a state's body named in lower case by its portfolio ('the tourism
ministry said', 'the disaster management department', 'the penitentiary administration'; mentions/
state_bodies.portfolio_bodies, portfolio_body_heads.tsv, state_portfolio_words.txt). Sentences written for these tests; the names a careful coder
records were written down before the first run."""
from __future__ import annotations

import pytest

from eventwire.record import Actor


def _actors(process, text: str) -> dict[str, Actor]:
    return {a.name: a for a in process(text, published="2025-03-01T00:00:00Z", until="actors").actors}


@pytest.mark.parametrize("text, name, sector", [
    ('They belong to the group "Friends of the River," which campaigns against the dam.',
     "Friends of the River", None),
    ('Police arrested five members of a gang calling itself "the Night Wolves" on Friday.', "Night Wolves", "CRM"),
    ("Officials say a militia known as the Eastern Shield has seized two towns.", "Eastern Shield", "REB"),
    ("An armed group named Sons of the Valley attacked a convoy near the border.", "Sons of the Valley", "REB"),
    ("An opposition movement calling itself Citizens First held a rally in the capital.", "Citizens First", "OPP"),
    ('Investigators said the bombing was planned by a cell called "Dawn Brigade," which has ties to Islamic State.',
     "Dawn Brigade", "REB"),
    ("The rebel faction known as the Mountain Lions rejected the truce.", "Mountain Lions", "REB"),
])
def test_a_body_named_by_the_name_it_goes_by(process, text, name, sector) -> None:
    actors = _actors(process, text)
    assert name in actors, sorted(actors)
    assert actors[name].kind == "organization"
    if sector:
        assert actors[name].sector == sector


@pytest.mark.parametrize("text, not_a_name", [
    ("The group called Biden's plan a betrayal of farm workers.", "Biden's plan"),  # the clause's verb
    ("Rights groups said the new law was \"Orwellian\" and unjust.", "Orwellian"),  # a word quoted, no name
    ('The alliance "will not back down," its chairman told reporters.', "will not back down"),  # a quotation
    ("The coalition named Maria Lopez as its candidate for mayor.", "Maria Lopez"),  # a person it names
    ("A militia known as the Dawn, Hope, Unity, or DHU, seized the town.", "Dawn"),  # a name with commas
])
def test_no_body_where_nothing_is_named(process, text, not_a_name) -> None:
    actors = _actors(process, text)
    assert not any(a.kind == "organization" and a.name.startswith(not_a_name.split()[0]) for a in actors.values()), \
        sorted((a.name, a.kind) for a in actors.values())


@pytest.mark.parametrize("text, name", [
    ("Heavy rain hit the north, and the disaster management department said 40 families had lost their homes.",
     "disaster management department"),
    ("The prisons inquiry is to be run by the penitentiary administration, officials said.", "penitentiary administration"),
    ("The tourism ministry said arrivals rose 12% in March.", "tourism ministry"),
    ("The county health department and the Red Cross opened three shelters.", "county health department"),
])
def test_a_state_body_named_by_its_portfolio(process, text, name) -> None:
    actors = _actors(process, text)
    assert name in actors, sorted(actors)
    assert actors[name].kind == "organization" and actors[name].sector == "GOV"


@pytest.mark.parametrize("text", [
    "The sales department said orders fell in May.",  # a firm's: no portfolio word
    "The new administration said it would review the deal.",  # no portfolio: a government named elsewhere
    "A health department spokesman said the clinic would close.",  # the noun says whose spokesman
    "She walked to the health department on Monday.",  # a place gone to
    "The hospital's emergency department said it treated 20 people.",  # a possessive: a hospital's unit
])
def test_no_portfolio_body(process, text) -> None:
    actors = _actors(process, text)
    assert not any(a.name.endswith(("department", "administration", "ministry")) for a in actors.values()), \
        sorted(actors)
