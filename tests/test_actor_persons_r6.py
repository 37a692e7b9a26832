"""Persons' sector and country from what the text says of them (issue 16, round 6). Sentences written
for these tests, in several shapes; each rule is also checked on stories it was not written for."""
from __future__ import annotations

import pytest

from eventwire.record import Actor


def _actors(process, text: str, published: str | None = "2025-03-10T00:00:00Z") -> dict[str, Actor]:
    return {a.name: a for a in process(text, published=published, until="actors").actors}


@pytest.mark.parametrize("text, name", [
    # a title before the name, an apposition, a hyphenated career, the party the person leads
    ("Opposition leader Samuel Ochieng called for protests after the vote.", "Samuel Ochieng"),
    # a former head of government whose party is now the opposition
    ("The opposition party of imprisoned ex-President Tomas Velarde said on Sunday it would boycott the poll.",
     "Tomas Velarde"),
    ("Maria Lopez, a leader of the opposition, said the reform was unconstitutional.", "Maria Lopez"),
])
def test_a_person_of_the_opposition_is_opp(process, text, name) -> None:
    assert _actors(process, text)[name].sector == "OPP"


@pytest.mark.parametrize("text, name", [
    # a member of a legislature is LEG on either side of the house (the maintainers' gold codes an
    # opposition lawmaker so); the opposition word is still read, it just does not override the seat
    ("Maria Lopez, an opposition senator, said the reform was unconstitutional.", "Maria Lopez"),
    ("Rosa Kimani, a teacher-turned-opposition-MP, said the budget ignored farmers.", "Rosa Kimani"),
    ("Peter Odhiambo, an opposition lawmaker who sits on the budget panel, criticized the plan.",
     "Peter Odhiambo"),
    ("Opposition legislator Hana Novak walked out of the chamber on Tuesday.", "Hana Novak"),
])
def test_a_lawmaker_of_the_opposition_is_leg(process, text, name) -> None:
    assert _actors(process, text)[name].sector == "LEG"


@pytest.mark.parametrize("text, name, sector", [
    # a present office before the name is kept; the opposition met or spoken of is not the person's
    ("Prime Minister Lena Strauss, a former opposition leader, announced new taxes on Monday.", "Lena Strauss", "GOV"),
    ("Interior Minister Paul Banda, who met opposition leaders on Friday, said the talks went well.", "Paul Banda", "GOV"),
    ("The ruling party's spokesman, John Tembo, said the opposition had no plan.", "John Tembo", "GOV"),
    # a critic of the opposition is not of it
    ("Lucy Wambui, a fierce critic of the opposition, praised the budget.", "Lucy Wambui", "CVL"),
    ("Lucy Wambui, the opposition's fiercest critic, praised the budget.", "Lucy Wambui", "CVL"),
])
def test_the_opposition_named_elsewhere_does_not_make_a_person_opp(process, text, name, sector) -> None:
    assert _actors(process, text)[name].sector == sector


@pytest.mark.parametrize("text, name, sector", [
    # an office of people.tsv that ended before the article's day is a former office: a head of state or
    # government is still named for his rule, any other former office is none now
    ("Analysts recalled that Joe Biden had sought calmer ties with Beijing.", "Joe Biden", "GOV"),
    ("Barack Obama spoke at a rally in Ohio on Saturday.", "Barack Obama", "GOV"),
    ("Mike Pence warned on Tuesday that the tariffs would hurt farmers.", "Mike Pence", "CVL"),
])
def test_a_known_office_ended_before_the_day_is_a_former_office(process, text, name, sector) -> None:
    assert _actors(process, text)[name].sector == sector


def test_a_known_office_in_force_on_the_day_is_the_present_office(process) -> None:
    # the same person on a day inside the office's dates holds it
    actors = _actors(process, "Mike Pence warned on Tuesday that the tariffs would hurt farmers.",
                     published="2019-05-02T00:00:00Z")
    assert actors["Mike Pence"].sector == "GOV"


@pytest.mark.parametrize("text, name, country", [
    # a demonym before 'American' tells an American's origin, in a premodifier, an apposition or a body's name
    ("Vietnamese American writer Bao Nguyen said the book had been banned in Hanoi.", "Bao Nguyen", "USA"),
    ("Omar Haddad, a Lebanese American surgeon, said the clinic in Beirut had run out of supplies.",
     "Omar Haddad", "USA"),
    ("\"Many families never recovered,\" said Lily Tan, senior curator at the Korean American Heritage Museum "
     "in Los Angeles.", "Lily Tan", "USA"),
    # a demonym before another word is still a nationality
    ("The Chinese ambassador, Li Qiang, told American reporters that talks would resume.", "Li Qiang", "CHN"),
])
def test_a_demonym_before_american_is_an_american_origin(process, text, name, country) -> None:
    assert _actors(process, text)[name].country == country


@pytest.mark.parametrize("text, name, wrong", [
    # a country in a clause of the description is what the person did, not whose national they are
    ("Tom Baker, a former State Department official who bargained with Iran for years, said the deal was dead.",
     "Tom Baker", "IRN"),
    ("Tom Baker, a former Pentagon official who served in Iraq, said the plan would fail.", "Tom Baker", "IRQ"),
    ("Anna Berg, a former Treasury official who worked on Russia sanctions, said the rules had gaps.",
     "Anna Berg", "RUS"),
])
def test_a_country_in_a_clause_of_the_description_is_no_nationality(process, text, name, wrong) -> None:
    assert _actors(process, text)[name].country != wrong


@pytest.mark.parametrize("text, name, country", [
    # a demonym before the clause still is one
    ("Sara Lind, a Swedish diplomat who served in Kenya, said the talks were useful.", "Sara Lind", "SWE"),
    ("Joseph Mwangi, a Kenyan lawyer representing the families, said they would sue.", "Joseph Mwangi", "KEN"),
])
def test_a_demonym_before_a_clause_is_a_nationality(process, text, name, country) -> None:
    assert _actors(process, text)[name].country == country


@pytest.mark.parametrize("text, name, country", [
    # the words of a body's name are the body's: the person serves the body, placed where it is based
    ("\"Few people will notice,\" Marta Nowak, director of the Vienna-based Carnegie Russia Center, told VOA.",
     "Marta Nowak", "AUT"),
    # a body named for its own country still gives it, through the body
    ("Anwar Haddad, co-founder of the Syrian Center for Legal Studies, said the draft was vague.", "Anwar Haddad", "SYR"),
    ("Omar Farouk, a researcher at the Egyptian Initiative for Personal Rights, said arrests had risen.",
     "Omar Farouk", "EGY"),
    # a demonym outside the body's name is the person's own description
    ("Jane Otieno, a journalist with the Kenyan daily Nation, was detained in Nairobi.", "Jane Otieno", "KEN"),
])
def test_a_country_inside_a_body_name_is_the_body_s(process, text, name, country) -> None:
    assert _actors(process, text)[name].country == country
