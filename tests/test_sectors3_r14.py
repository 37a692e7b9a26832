"""Sectors from what the story says a person is (round 14, sectors3): a consultant sells advice for a fee and is
in business (BUS) unless the body served says otherwise; analysts and people who only write about business stay
civilian. Sentences written for these tests."""
from __future__ import annotations

import pytest


def _actors(process, text: str) -> dict[str, object]:
    return {a.name: a for a in process(text, until="actors").actors}


@pytest.mark.parametrize("text, name, sector", [
    ("Pedro Alves, a consultant with Norvanta, a firm that advises mining companies, said prices rose in Lisbon.",
     "Pedro Alves", "BUS"),
    ("Dutch energy consultant Pieter Vos said the grid in the Netherlands was strained.", "Pieter Vos", "BUS"),
    ("Joao Reis, a consultant with Quantivo, a company that arranges visas for Brazilians, told reporters many "
     "were leaving.", "Joao Reis", "BUS"),
    # the body served decides for a title any body can give
    ("Maria Lopez, a consultant with the World Bank, said growth in Peru would slow.", "Maria Lopez", "IGO"),
])
def test_a_consultant_is_in_business_unless_the_body_served_says_otherwise(process, text, name, sector) -> None:
    actors = _actors(process, text)
    assert name in actors, sorted(actors)
    assert actors[name].sector == sector


@pytest.mark.parametrize("text, name", [
    ("Sam Hill, a former consultant, writes about business for a newspaper in Ohio.", "Sam Hill"),
    ("Rita Gomez, an analyst who writes about the oil business, said prices in Texas would fall.", "Rita Gomez"),
])
def test_a_former_consultant_or_a_writer_on_business_is_no_business(process, text, name) -> None:
    actors = _actors(process, text)
    assert name in actors, sorted(actors)
    assert actors[name].sector != "BUS"


@pytest.mark.parametrize("text, sector", [
    ("A member of an Italian crime syndicate told the court in Rome that he had been paid to set the fire.", "CRM"),
    ("A self-described member of a Brazilian drug gang told jurors on Monday that he had tried to shoot a "
     "reporter in Miami.", "CRM"),
])
def test_a_speaker_described_as_a_member_of_a_body_takes_its_sector(pipeline, text, sector) -> None:
    from eventwire.record import Article

    record = pipeline.extract(Article(text=text)).to_dict()
    members = [a for a in record["actors"] if a["name"].lower().startswith(("a member", "a self-described member"))]
    assert members, [a["name"] for a in record["actors"]]
    assert members[0]["sector"] == sector


def test_a_former_member_of_a_crime_group_gets_no_crime_sector(pipeline) -> None:
    from eventwire.record import Article

    text = "A former member of a Mexican drug cartel testified on Tuesday that he carried weapons across the border."
    record = pipeline.extract(Article(text=text)).to_dict()
    persons = [a for a in record["actors"] if a["kind"] == "person"]
    assert persons and all(a["sector"] != "CRM" for a in persons)


@pytest.mark.parametrize("text, published, name, sector", [
    ('"We will keep talking," said Mawlawi Hibatullah Akhundzada on Sunday.', "2021-05-16", "Hibatullah Akhundzada",
     "REB"),
    ("Maulana Hibatullah Akhundzada issued a decree on Friday.", "2023-02-10", "Hibatullah Akhundzada", "GOV"),
])
def test_a_clerics_honorific_before_a_known_name_is_no_part_of_it(pipeline, text, published, name, sector) -> None:
    from eventwire.record import Article

    record = pipeline.extract(Article(text=text, published=published)).to_dict()
    people = {a["name"]: a for a in record["actors"] if a["kind"] == "person"}
    assert name in people, sorted(people)
    assert people[name]["sector"] == sector


@pytest.mark.parametrize("text, name, sector", [
    ("Gael Martin, a former journalist turned minister, said France would act.", "Gael Martin", "GOV"),
    ("Former general turned president Ali Bongo said Gabon was calm.", "Ali Bongo", "GOV"),
    ("Li Wei, a former minister turned consultant, said China would grow.", "Li Wei", "BUS"),
    ("Sam Okoro, a former soldier, said Nigeria was safe.", "Sam Okoro", "CVL"),  # no 'turned': a former office only
])
def test_what_a_person_turned_into_is_what_they_are_now(process, text, name, sector) -> None:
    actors = _actors(process, text)
    assert name in actors, sorted(actors)
    assert actors[name].sector == sector


@pytest.mark.parametrize("text, name, sector", [
    ("Students at the Kenya Coding Academy said the course in Nairobi was free.", "Kenya Coding Academy", "EDU"),
    ("Graduates of the Lagos Fashion Academy said the show was a success.", "Lagos Fashion Academy", "EDU"),
])
def test_a_body_named_an_academy_teaches(process, text, name, sector) -> None:
    actors = _actors(process, text)
    assert name in actors, sorted(actors)
    assert actors[name].sector == sector


def test_an_academy_of_a_learned_field_is_no_school(process) -> None:
    actors = _actors(process, "The Russian Academy of Sciences said the telescope would open in 2027.")
    assert "Russian Academy of Sciences" in actors, sorted(actors)
    assert actors["Russian Academy of Sciences"].sector != "EDU"
