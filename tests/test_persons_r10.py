"""Persons, round 10 (issue 16): names of one word that are no person's, read against world knowledge
(the gazetteer, WordNet's word index, the people the knowledge base knows), and pictures' credit lines.
Sentences written for these tests, in several shapes; each rule was also checked on stories it was not
written for."""
from __future__ import annotations

import pytest


def _persons(process, text: str) -> set[str]:
    doc = process(text, published="2025-03-10T00:00:00Z", until="actors")
    return {a.name for a in doc.actors if a.kind == "person"}


@pytest.mark.parametrize("text, name", [
    # an everyday English word that does nothing a person does: a product, a feast, gods in a list
    ("The company said most visitors now arrive through Chrome rather than older browsers.", "Chrome"),
    ("Pilgrims crowded the valley during Hajj, and the ministry said the roads were closed.", "Hajj"),
    ("The museum's new hall shows statues of Zeus and Hera carved in marble.", "Zeus"),
    ("The museum's new hall shows statues of Zeus and Hera carved in marble.", "Hera"),
    # a name with an article of its own
    ("A panel from the Kantei said the cabinet would meet again on Friday.", "Kantei"),
    ("Shoppers lined up outside the store before dawn, and the queue reached Tamarind Street by noon as the Joker "
     "costume sold out.", "Joker"),
    # a place of note the gazetteer knows, said as a place
    ("Aid workers flew supplies to Borneo on Tuesday after the floods cut the roads.", "Borneo"),
    ("Residents of Kitgum said the water ran out on Friday.", "Kitgum"),
])
def test_a_one_word_name_that_is_no_person(process, text, name) -> None:
    assert name not in _persons(process, text)


@pytest.mark.parametrize("text, name", [
    ("Image: Dana Whitcombe. The protesters marched past the town hall on Saturday.", "Dana Whitcombe"),
    ("The festival opened on Friday. Photo: Orrin Baptiste. Thousands attended the concert.", "Orrin Baptiste"),
])
def test_a_pictures_credit_is_no_actor(process, text, name) -> None:
    assert name not in _persons(process, text)


@pytest.mark.parametrize("text, name", [
    # everyday words and places that are people here: they speak, are described, a pronoun follows them,
    # or the knowledge base knows people of that name
    ("Baker said the plan would cost too much, and the board agreed.", "Baker"),
    ("Rice told reporters the talks would resume on Monday.", "Rice"),
    ("Officials said Frank had been released on bail.", "Frank"),
    ("The minister met Ana Silva and her sister Rose at the market.", "Rose"),
    ("Reporters asked Cherry about the vote, and she declined to answer.", "Cherry"),
    ("Mourners gathered to remember the late Obiora at his village on Sunday.", "Obiora"),
    ("The coach praised Mwangi after the game.", "Mwangi"),
    ("Madonna performed in Lisbon on Friday before a crowd of twenty thousand.", "Madonna"),
    ("Tickets for Madonna's tour sold out within an hour on Monday.", "Madonna"),
    # people the story tells of, beside a picture's words
    ("Dana Whitcombe, a photographer, said the march was peaceful.", "Dana Whitcombe"),
    ("In the photo, Ruth Okafor waves to the crowd from the steps of the court.", "Ruth Okafor"),
])
def test_a_person_of_one_word_stays(process, text, name) -> None:
    assert name in _persons(process, text)


def _countries(process, text: str) -> dict[str, str | None]:
    doc = process(text, published="2025-03-10T00:00:00Z", until="actors")
    return {a.name: a.country for a in doc.actors if a.kind == "person"}


@pytest.mark.parametrize("text, name, country", [
    # where a person comes from beats where the person lives or is
    ("Amina Yusuf, a refugee living in a camp in Kenya, was driven from Somalia by war in 2011.", "Amina Yusuf", "SOM"),
    ("Abdi Noor was among the first families to reach the camp in 2009, driven from Somalia by drought.",
     "Abdi Noor", "SOM"),
    # (round 23: a place the person is said to be based in is said outright and stays over a birthplace, as the
    # development golds read such a person: JPN; ``person_origin._said_outright``)
    ("Osaka-based florist Lin Mei-hua, who was born in Taiwan, said rents had doubled.", "Lin Mei-hua", "JPN"),
    ("Her aunt, Rosa Tan, the daughter of Filipino migrants, was born and raised in Ohio.", "Rosa Tan", "USA"),
    ("Leyla Haddad, a nurse living in Izmir, Turkey, fled Syria in 2013 with her two sons.", "Leyla Haddad", "SYR"),
    ("Kofi Boateng returned last year to Kumasi, his Ghanaian hometown, after a decade in London.", "Kofi Boateng", "GHA"),
])
def test_a_persons_origin_told_in_the_text(process, text, name, country) -> None:
    assert _countries(process, text)[name] == country


@pytest.mark.parametrize("text, name, country", [
    # no place after the origin word, or one the person goes to: where the person is stays
    ("Omar Farah, who runs a shop in Nairobi, said he fled the fighting in 2012.", "Omar Farah", "KEN"),
    ("Grace Mbeki, a teacher in Durban, said her son was born last spring.", "Grace Mbeki", "ZAF"),
])
def test_no_origin_without_a_place_of_origin(process, text, name, country) -> None:
    assert _countries(process, text)[name] == country
