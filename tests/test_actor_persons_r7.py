"""Persons' sector and country on news of other publishers and topics (issue 16, round 7). Sentences written
for these tests, in several shapes; each rule was also checked on stories it was not written for."""
from __future__ import annotations

import pytest

from eventwire.record import Actor


def _actors(process, text: str, published: str | None = "2021-05-10T00:00:00Z") -> dict[str, Actor]:
    return {a.name: a for a in process(text, published=published, until="actors").actors}


@pytest.mark.parametrize("text, name", [
    # a founder, owner or chief officer of a firm: before the name, in apposition, after a comma
    ("Co-founder of Halvard Systems Inc., Mara Quill, toured the new plant on Monday.", "Mara Quill"),
    ("Oscar Pratt, a co-founder of the software firm Lumen Labs, said sales had doubled.", "Oscar Pratt"),
    ("Lena Brandt, chief financial officer of Harbor Steel Corp., said profits fell.", "Lena Brandt"),
    ("Dev Arora, the chief technical officer at Kestrel Robotics Ltd., said the arm could lift a car.", "Dev Arora"),
])
def test_officers_and_founders_of_firms_are_in_business(process, text, name) -> None:
    assert _actors(process, text)[name].sector == "BUS"


@pytest.mark.parametrize("text, name, sector", [
    # the same titles in a charity, a museum or a foundation follow the body, not the firm's default
    ("Nina Holt, chief financial officer at the Carver Arts Foundation, said 300 schools had applied.",
     "Nina Holt", "CVL"),
    ("Ravi Menon, director of the Lakeside Museum, said the paintings were insured.", "Ravi Menon", "CVL"),
    # a chief officer of no named body is still in business: the title says so, not 'officer' (police)
    ("Tom Reyes, the company's chief operating officer, said the mine would reopen.", "Tom Reyes", "BUS"),
])
def test_a_title_any_body_gives_follows_the_body_named(process, text, name, sector) -> None:
    assert _actors(process, text)[name].sector == sector


@pytest.mark.parametrize("text, name", [
    # a country's name inside a person's own name says nothing of where the person is from
    ("Fans compared the rookie to Michael Jordan after the game on Sunday.", "Michael Jordan"),
    ("Dana Jordan, who coaches the under-12 side, thanked the parents on Friday.", "Dana Jordan"),
])
def test_a_country_word_in_a_persons_own_name_gives_no_country(process, text, name) -> None:
    actors = _actors(process, text)
    assert name in actors
    assert actors[name].country is None


@pytest.mark.parametrize("title, sector", [
    # a body word inside another body's proper name says what that body is about, not whom the person serves
    ("deputy programme director for Global Health Security at a Kumasi clinic network", "GOV"),
    ("Marine Safety Security Institute spokesman", "GOV"),
    ("Environment Canada spokesperson", "GOV"),
    ("Transport Canada spokeswoman", "GOV"),
    # an armed body named by its kind keeps its word, and so does a civil body's name
    ("Pakistan Army spokesman", "MIL"),
    ("Nigerian Army Spokesman", "MIL"),
    ("National Police Chief", "COP"),
    ("opposition spokesman", "OPP"),
    ("president of the Committee for Press Freedom in Laos", "CVL"),
])
def test_body_words_inside_other_bodies_names(title, sector) -> None:
    from eventwire.stages.actors.sector import title_sector
    from eventwire.stages.actors.words import actor_words

    assert title_sector(actor_words(), title)[1] == sector


@pytest.mark.parametrize("text, name", [
    # the doer of what befell a person, in a relative clause, is not the body the person serves
    ("The ministry is run by Ana Duarte, who has been sanctioned by the European Union since 2022.", "Ana Duarte"),
    ("Ines Moreau, who was honored by UNESCO in 2019, opened the school on Monday.", "Ines Moreau"),
])
def test_a_body_acting_on_a_person_is_not_the_persons_body(process, text, name) -> None:
    actor = _actors(process, text)[name]
    assert actor.sector != "IGO"


def test_an_employer_after_by_is_still_the_persons_body(process) -> None:
    actor = _actors(process, "Lucia Ferro, who was hired by the Italian firm Vela Group in 2019, said orders fell.")[
        "Lucia Ferro"]
    assert (actor.country, actor.sector) == ("ITA", "BUS")


@pytest.mark.parametrize("text, name, country", [
    # the knowledge base dates the offices; years after they ended, and with no title in the text, a civilian
    ("Students cheered when Maxime Bernier arrived at the library on Friday.", "Maxime Bernier", "CAN"),
    ("The book was signed by Maxime Bernier, who spoke for an hour.", "Maxime Bernier", "CAN"),
    ("Crowds gathered under a portrait of Mao Zedong in the square.", "Mao Zedong", "CHN"),
])
def test_a_known_person_whose_offices_ended_is_a_civilian(process, text, name, country) -> None:
    actor = _actors(process, text, published="2016-05-10T00:00:00Z")[name]
    assert (actor.country, actor.sector) == (country, "CVL")


def test_a_known_person_in_office_that_day_keeps_it(process) -> None:
    actor = _actors(process, "Students cheered when Maxime Bernier arrived at the library on Friday.",
                    published="2008-01-10T00:00:00Z")["Maxime Bernier"]
    assert actor.sector == "GOV"


def test_an_interviewers_label_is_not_the_persons_outlet(process) -> None:
    text = ("Halvorsen: We need more recruits, and more citizens must respect those who serve. "
            "VOA: Russia's President Vladimir Putin went to Beijing in May, soon after starting a new term. "
            "How worried are you? Halvorsen: I'm worried.")
    assert _actors(process, text)["Vladimir Putin"].sector == "GOV"


@pytest.mark.parametrize("text, name, sector", [
    # a district or U.S. attorney prosecutes (JUD); an attorney for a side is a lawyer (CVL)
    ("Suffolk County District Attorney Ray Tierney announced the charges on Monday.", "Ray Tierney", "JUD"),
    ("The case was brought by U.S. Attorney Damian Wells, whose office declined to comment.", "Damian Wells", "JUD"),
    ("Lena Park, a defense attorney in Boston, said her client was innocent.", "Lena Park", "CVL"),
])
def test_prosecuting_attorneys_are_judicial(process, text, name, sector) -> None:
    assert _actors(process, text)[name].sector == sector
