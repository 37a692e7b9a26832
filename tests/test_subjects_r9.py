"""Event participants the actors stage did not make (issues 15 and 16, round 9): people and bodies named by
a plural common noun of public life ('hackers', 'municipalities', 'detainees', 'insurers') are groups, with
the country and sector a reader gives them, so the events stage finds them as source or target.
Sentences written for these tests."""
from __future__ import annotations

import pytest


def _actors(process, text: str) -> dict[str, object]:
    return {a.name: a for a in process(text, published="2025-03-01", until="actors").actors}


@pytest.mark.parametrize("text, name, sector", [
    ("Hackers broke into the ministry's email servers last week.", "Hackers", "CRM"),  # criminals are recorded CRM
    ("Several municipalities have asked the treasury for more money.", "municipalities", "GOV"),
    ("The guards beat detainees who refused to eat.", "detainees", "CVL"),
    ("Inmates set fire to mattresses in the north wing.", "Inmates", "CVL"),
    ("Car insurers warned that premiums would climb next year.", "Car insurers", "BUS"),
    ("Banking regulators fined the lender for hiding losses.", "Banking regulators", "GOV"),
    ("Economists expect the central bank to cut rates.", "Economists", "CVL"),
    ("Mayors of coastal towns demanded help after the storm.", "Mayors", "GOV"),
    ("Survivors described how the militia burned their homes.", "Survivors", "CVL"),
])
def test_a_plural_noun_of_public_life_is_a_group(process, text, name, sector) -> None:
    actors = _actors(process, text)
    assert name in actors, sorted(actors)
    assert actors[name].kind == "group" and actors[name].sector == sector


@pytest.mark.parametrize("text, name, country", [
    ("Kenyan detainees went on hunger strike at the camp.", "Kenyan detainees", "KEN"),
    # (named with its place phrase since round 27, as the development gold names 'Officials in the two countries')
    ("Municipalities in Spain asked Madrid to delay the reform.", "Municipalities in Spain", "ESP"),
])
def test_the_group_takes_the_country_the_text_gives_it(process, text, name, country) -> None:
    actors = _actors(process, text)
    assert name in actors, sorted(actors)
    assert actors[name].country == country


def test_one_detainee_is_a_person_not_a_group(process) -> None:
    actors = _actors(process, "A detainee told the court he had been beaten.")
    assert not any(a.kind == "group" and "detainee" in a.name.lower() for a in actors.values()), sorted(actors)


@pytest.mark.parametrize("text, kind, source, target", [
    ("Hackers attacked the website of the Finnish parliament on Tuesday.", "ASSAULT", "Hackers", None),
    ("Police arrested detainees who had escaped from the prison in Gitega.", "COERCE", "Police", "detainees"),
])
def test_the_events_stage_finds_the_group_as_a_participant(process, text, kind, source, target) -> None:
    doc = process(text, published="2025-03-01")
    names = {a.id: a.name for a in doc.actors}
    events = [(e.type, [names[s] for s in e.source], [names[t] for t in e.target]) for e in doc.events]
    assert any(t == kind and source in s and (target is None or target in g) for t, s, g in events), events


@pytest.mark.parametrize("text, name, sector", [
    ("Opposition parties walked out of the budget debate.", "Opposition parties", "OPP"),
    ("Zambia's opposition parties accused the police of bias.", "opposition parties", "OPP"),
    ("The ruling parties of the region have held power for decades.", "ruling parties", "GOV"),
])
def test_parties_named_by_a_word_that_says_which_are_a_group(process, text, name, sector) -> None:
    actors = _actors(process, text)
    assert name in actors, sorted(actors)
    assert actors[name].kind == "group" and actors[name].sector == sector


@pytest.mark.parametrize("text", [
    "The firm sold the records to third parties.",
    "The warring parties agreed to a ceasefire.",
    "Both parties signed the contract on Friday.",
    "Political parties must register with the commission by June.",
])
def test_parties_no_word_names_are_no_group(process, text) -> None:
    actors = _actors(process, text)
    assert not any(a.name.lower().endswith("parties") for a in actors.values()), sorted(actors)


def test_opposition_parties_are_the_source_of_their_rejection(process) -> None:
    doc = process("Kenyan opposition parties rejected the new electoral law on Tuesday.", published="2025-03-01")
    names = {a.id: a.name for a in doc.actors}
    assert any(e.type == "REJECT" and [names[s] for s in e.source] == ["Kenyan opposition parties"] for e in doc.events), \
        [(e.type, [names[s] for s in e.source]) for e in doc.events]
    assert next(a for a in doc.actors if a.name == "Kenyan opposition parties").country == "KEN"
