"""Round 13, possessive and indefinite descriptions: a group a person's name owns by a possessive ("Ortega's
legal team", "Karimi's relatives") is its own actor, and acts and speaks as itself, not as its owner; a
person's government or administration is the body named after the person or the person's country; an
indefinite 'a <demonym> judge' is a person of that country, not the country. Sentences written for these
tests."""
from __future__ import annotations

import pytest


def _record(process, text: str):
    doc = process(text, published="2025-03-01")
    names = {a.id: a.name for a in doc.actors}
    return doc, names


def _events(doc, names) -> list[tuple[str, list[str], list[str]]]:
    return [(e.type, [names.get(s, s) for s in e.source], [names.get(t, t) for t in e.target]) for e in doc.events]


@pytest.mark.parametrize("text, group, owner", [
    ("Ortega's legal team rejected the court ruling on Monday.", "Ortega's legal team", "Ortega"),
    ("Maria Duarte's lawyers denied the charges in court on Friday.", "Maria Duarte's lawyers", "Maria Duarte"),
    ("The police questioned Tomas Karimi's relatives for hours.", "Tomas Karimi's relatives", "Tomas Karimi"),
])
def test_a_group_a_name_owns_is_its_own_actor(process, text, group, owner) -> None:
    doc, names = _record(process, text)
    actors = {a.name: a for a in doc.actors}
    assert group in actors, sorted(actors)
    assert actors[group].kind == "group"
    assert all(owner not in s for _, s, _ in _events(doc, names)), _events(doc, names)


def test_the_owned_group_acts_not_its_owner(process) -> None:
    doc, names = _record(process, "Ortega's legal team rejected the verdict. His legal team also denied the charges.")
    sources = [s for _, s, _ in _events(doc, names)]
    assert sources and all(s == ["Ortega's legal team"] for s in sources), sources


@pytest.mark.parametrize("text", [
    "The team won the final on Sunday.",
    "Relatives gathered outside the hospital on Sunday.",
])
def test_an_owned_only_noun_without_an_owner_is_no_actor(process, text) -> None:
    doc, _ = _record(process, text)
    assert not [a.name for a in doc.actors if a.kind == "group"], [a.name for a in doc.actors]


def test_a_country_owning_lawyers_gives_them_its_country(process) -> None:
    doc, _ = _record(process, "Chile's lawyers rejected the claim at the tribunal.")
    groups = [a for a in doc.actors if a.kind == "group"]
    assert groups and groups[0].country == "CHL" and "'s" not in groups[0].name, [(a.name, a.country) for a in groups]


def test_a_persons_administration_is_the_body_named_after_the_person(process) -> None:
    doc, names = _record(process, "Pakistan asked the IMF for a loan. Prime Minister Shehbaz Sharif's administration "
                                  "rejected the demands. Critics said the Sharif administration had failed.")
    rejects = [s for t, s, _ in _events(doc, names) if t == "REJECT"]
    assert rejects == [["Sharif administration"]], _events(doc, names)


def test_a_persons_government_is_the_persons_country(process) -> None:
    doc, names = _record(process, "Malaysia has long opposed the plan. Prime Minister Anwar Ibrahim's government "
                                  "condemned the attack on Friday.")
    accuses = [s for t, s, _ in _events(doc, names) if t == "ACCUSE"]
    assert accuses == [["Malaysia"]], _events(doc, names)


@pytest.mark.parametrize("text, name, country", [
    ("A Peruvian judge on Tuesday ordered the arrest of the former minister Ana Lopez.", "A Peruvian judge", "PER"),
    ("A Chilean prosecutor accused Mayor Pedro Soto of taking bribes.", "A Chilean prosecutor", "CHL"),
])
def test_an_indefinite_demonym_judge_is_a_person_of_the_country(process, text, name, country) -> None:
    doc, names = _record(process, text)
    actors = {a.name: a for a in doc.actors}
    assert name in actors and actors[name].kind == "person" and actors[name].country == country, sorted(actors)
    events = _events(doc, names)
    assert events and all(s == [name] for _, s, _ in events), events


@pytest.mark.parametrize("text, name, description", [
    ("A Peruvian judge on Tuesday ordered the arrest of the former minister Ana Lopez. Judge Carlos Ruiz said the "
     "evidence was strong.", "Carlos Ruiz", "A Peruvian judge"),
    ("Rebels shelled the port, according to a Libyan lawmaker. In a phone call, lawmaker Omar Saleh said ten people "
     "died.", "Omar Saleh", "a Libyan lawmaker"),
])
def test_an_indefinite_description_named_next_is_that_person(process, text, name, description) -> None:
    doc, _ = _record(process, text)
    actors = {a.name: a for a in doc.actors}
    assert name in actors and description not in actors, sorted(actors)
    assert description in [m.text for m in actors[name].mentions]


def test_an_indefinite_description_of_another_role_stays_apart(process) -> None:
    doc, _ = _record(process, "A Chilean official said on Monday the talks had failed. Deputy Minister Juan Perez "
                              "said they would resume.")
    actors = {a.name: a for a in doc.actors}
    assert "A Chilean official" in actors and "Juan Perez" in actors, sorted(actors)


def _speakers(process, text: str) -> list[tuple[str | None, str]]:
    doc = process(text, published="2025-03-01", until="quotes")
    names = {a.id: a.name for a in doc.actors}
    return [(names.get(q.speaker), q.speaker_text) for q in doc.quotes]


@pytest.mark.parametrize("text, country_name", [
    ("A self-styled member of a Georgian smuggling ring told judges on Monday that he had hidden the rifles.",
     "Georgia"),
    ("A member of an Afghan family said the soldiers had beaten him.", "Afghanistan"),
])
def test_a_member_of_a_body_a_demonym_modifies_is_no_member_of_the_state(process, text, country_name) -> None:
    speakers = _speakers(process, text)
    assert speakers and all(name != country_name and name is not None for name, _ in speakers), speakers
    assert all(said.startswith(("A self-styled", "A member")) for _, said in speakers), speakers


def test_members_of_a_state_delegation_speak_for_the_state(process) -> None:
    speakers = _speakers(process, "Members of the Chinese delegation said the talks had gone well.")
    assert [name for name, _ in speakers] == ["China"], speakers


@pytest.mark.parametrize("text, name, country", [
    ("Peru's Washington embassy denied the report on Friday.", "Peru's Washington embassy", "PER"),
    ("Kenya's Interior ministry denied the report.", "Kenya's Interior ministry", "KEN"),
])
def test_a_countrys_body_with_its_seat_between_is_the_body(process, text, name, country) -> None:
    doc, names = _record(process, text)
    actors = {a.name: a for a in doc.actors}
    assert name in actors and actors[name].country == country, sorted(actors)
    assert [s for _, s, _ in _events(doc, names)] == [[name]], _events(doc, names)


@pytest.mark.parametrize("text", [
    "Carlos Ruiz, a Peruvian judge, ordered the arrest of Ana Lopez.",
    "Carlos Ruiz is a Peruvian judge. He ordered the arrest of Ana Lopez.",
])
def test_an_indefinite_description_said_of_a_name_is_no_other_person(process, text) -> None:
    doc, names = _record(process, text)
    people = [a.name for a in doc.actors if a.kind == "person"]
    assert people == ["Carlos Ruiz"], sorted(names.values())
    assert [s for t, s, _ in _events(doc, names) if t == "COERCE"] == [["Carlos Ruiz"]], _events(doc, names)


def test_an_indefinite_demonym_civilian_is_a_person_not_the_country(process) -> None:
    doc, names = _record(process, "A Ukrainian activist accused the police of torture.")
    actors = {a.name: a for a in doc.actors}
    assert "A Ukrainian activist" in actors and actors["A Ukrainian activist"].country == "UKR", sorted(actors)
    assert [s for t, s, _ in _events(doc, names) if t == "ACCUSE"] == [["A Ukrainian activist"]], _events(doc, names)
