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
    ("The new browser update reached users on Monday, and engineers said Chrome now loads pages faster than before.",
     "Chrome"),
    ("Pilgrims crowded the valley on the last day of Hajj, and the ministry said the roads were closed.", "Hajj"),
    ("Villagers in the hills still pray to old gods such as Zeus and Hera at harvest time.", "Zeus"),
    ("Villagers in the hills still pray to old gods such as Zeus and Hera at harvest time.", "Hera"),
    # a name with an article of its own
    ("A panel from the Kantei said the cabinet would meet again on Friday.", "Kantei"),
    ("Shoppers lined up outside the store before dawn, and the queue reached Tamarind Street by noon as the Joker "
     "costume sold out.", "Joker"),
    # a place of note the gazetteer knows, said as a place
    ("Aid workers flew supplies to Borneo on Tuesday after the floods cut the roads.", "Borneo"),
    ("Residents of Kakuma said the water ran out on Friday.", "Kakuma"),
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
    ("Farouk met his wife Mary at the market, and they opened a bakery together.", "Mary"),
    ("Reporters asked Cherry about the vote, and she declined to answer.", "Cherry"),
    ("Mourners gathered to remember the late Obiora at his village on Sunday.", "Obiora"),
    ("The coach praised Mwangi after the game.", "Mwangi"),
    # people the story tells of, beside a picture's words
    ("Dana Whitcombe, a photographer, said the march was peaceful.", "Dana Whitcombe"),
    ("In the photo, Ruth Okafor waves to the crowd from the steps of the court.", "Ruth Okafor"),
])
def test_a_person_of_one_word_stays(process, text, name) -> None:
    assert name in _persons(process, text)
