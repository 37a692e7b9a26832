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
