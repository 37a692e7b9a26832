"""A person's sector from the body named in the title (issue 16, round 18, sector10).

- A title before the name set beside it with its 'of/for' phrase ('A representative of the U.N. refugee agency,
  Jane Doe'): the title reader sees the phrase, so a representative of a body takes the body's sector, not a
  legislator's (mentions/titles._title_context's governor; sector._agent_body_sector).
- A business title (chief executive, CEO, managing director) held in a body that is no firm and no state's
  office (a charity, an international body, an outlet) gives the body's sector, not BUS
  (sector_text/staff.staff_of_bodies); a firm's keeps BUS.
- 'chairman for the fishermen': a people named by a plural in '-men' is a community, as one in '-s' is
  (sector._FOR_PEOPLE).

Sentences written for these tests, with what a careful coder records; the negative rows keep today's answers."""
from __future__ import annotations

import pytest

from eventwire.record import Actor


def _actors(process, text: str) -> dict[str, Actor]:
    return {a.name: a for a in process(text, published="2025-03-01T00:00:00Z", until="actors").actors}


def _sector(process, text: str, name: str) -> str | None:
    actors = _actors(process, text)
    assert name in actors, sorted(actors)
    return actors[name].sector


@pytest.mark.parametrize("text, name, sector", [
    ("A representative of the U.N. refugee agency, John Smith, told reporters the camp was full.", "John Smith",
     "IGO"),
    ("The president of the national assembly, Ali Musa, said the vote would be held in May.", "Ali Musa", "LEG"),
])
def test_a_title_before_the_name_is_read_with_its_of_phrase(process, text, name, sector) -> None:
    assert _sector(process, text, name) == sector


@pytest.mark.parametrize("text, name, sector", [
    ("Peter Maurer, the CEO of the Red Cross, said the fighting had cut off water to the town.", "Peter Maurer",
     "CVL"),
    ("Red Cross CEO Peter Maurer said the fighting had cut off water to the town.", "Peter Maurer", "CVL"),
    ("Anna Berg, chief executive of Oxfam, said the aid cuts would hurt poor families.", "Anna Berg", "CVL"),
    ("The chief executive of the Norwegian Refugee Council, Jan Egeland, said aid trucks were blocked.",
     "Jan Egeland", "CVL"),
    ("Mark Thompson, chief executive of the New York Times, said digital subscriptions rose.", "Mark Thompson",
     "MED"),
])
def test_a_business_title_of_a_body_that_is_no_firm_takes_the_bodys_sector(process, text, name, sector) -> None:
    assert _sector(process, text, name) == sector


@pytest.mark.parametrize("text, name, sector", [
    ("Musa Bello, chairman for the fishermen in Lagos, said the catch had fallen by half.", "Musa Bello", "CVL"),
])
def test_a_leader_of_a_people_named_in_men_is_a_civilian(process, text, name, sector) -> None:
    assert _sector(process, text, name) == sector


@pytest.mark.parametrize("text, name, sector", [
    ("Representative Jim Jordan of Ohio said the bill would fail in the House.", "Jim Jordan", "LEG"),
    ("Shell's CEO, Ben van Beurden, said profits rose in the third quarter.", "Ben van Beurden", "BUS"),
    ("Ben van Beurden, CEO of Shell, said profits rose in the third quarter.", "Ben van Beurden", "BUS"),
    ("A spokesman for the ministry, Ali Hassan, said the talks would resume on Monday.", "Ali Hassan", "GOV"),
    ("A representative of the World Bank, Maria Costa, said the loan would be signed next week.", "Maria Costa",
     "IGO"),
    ("Ali Garba, leader of the herdsmen in the north, said cattle were being stolen.", "Ali Garba", "CVL"),
    ("U.S. Army Chief of Staff, General Mark Milley, said the troops would stay.", "Mark Milley", "MIL"),
])
def test_titles_that_keep_todays_reading(process, text, name, sector) -> None:
    assert _sector(process, text, name) == sector
