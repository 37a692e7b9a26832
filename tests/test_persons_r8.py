"""Persons, round 8 (issue 16): names that are no persons, names joined across the article, and a person's
country from what the text says of the person. Sentences written for these tests, in several shapes; each
rule was also checked on the review and fresh sets it was not written for."""
from __future__ import annotations

import pytest

from eventwire.record import Actor


def _actors(process, text: str, published: str | None = "2021-05-10T00:00:00Z") -> dict[str, Actor]:
    return {a.name: a for a in process(text, published=published, until="actors").actors}


def _people(process, text: str) -> dict[str, Actor]:
    return {n: a for n, a in _actors(process, text).items() if a.kind == "person"}


@pytest.mark.parametrize("text, name", [
    # the name modifies a noun of a thing or a place
    ("The army said it would buy more Hawkeye missiles next year.", "Hawkeye"),
    ("Rain flooded houses in the Ndovu and Kalemba districts on Monday.", "Kalemba"),
    ("She was moved to the Santa Lucero prison on Friday, her lawyer said.", "Santa Lucero"),
    # a noun of a thing right before the name
    ("Data from the tracking website Shipwatcher showed the vessel had stopped.", "Shipwatcher"),
    ("The author read from her novel Winter Orchard to a full hall.", "Winter Orchard"),
    # the name's own last word is a place's
    ("The parcel was found on Maplecrest Road by a jogger.", "Maplecrest Road"),
    # a digit, a hashtag, a title in quotation marks, a lower-case word
    ("Officials said the ward had no more beds for COVID-19 patients, Dr. Ana Ruiz said.", "COVID-19"),
    ("The post ended with #Marlowe and a photo of the crowd.", "Marlowe"),
    ("The ministry banned the book “Tarik Sabz” last month, the publisher said.", "Tarik Sabz"),
])
def test_names_of_things_and_places_are_no_persons(process, text, name) -> None:
    assert name not in _people(process, text)


@pytest.mark.parametrize("text, name", [
    # a person whose name modifies a noun of no thing, or who also acts, stays a person
    ("Nadia Berg supporters gathered outside the court; Berg thanked them.", "Nadia Berg"),
    ("Police said Tomas Varga was taken to the Lindell hospital, where Varga died.", "Tomas Varga"),
    # a title says a person even beside a thing's noun
    ("Museum director Clara Voss said the exhibit would travel.", "Clara Voss"),
])
def test_people_beside_nouns_of_things_stay_people(process, text, name) -> None:
    assert name in _people(process, text)
