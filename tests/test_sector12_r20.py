"""Round 20, sector12: three classes of actor sector read from the text alone (expected sectors written before
the probes were run).

- A person with no title named with a party right beside the name ('X of the Y Party', 'X from the Y Party',
  "the Y Party's X") is the party's politician and takes its standing (OPP for a party no list knows, GOV for
  one the story calls ruling); in a list each person has only their own party; a title, a former membership
  told in an apposition, a club or a firm leave the person as before (``roles.politicians_of_parties``).
- A speaker named only by a description whose role is a title any body can give ('the leader of her legal
  team', 'the executive director of the city's chapter') takes the body its own words name, as a person's
  title does (``sector.title_sector``), not the role's default GOV; a state's official stays GOV
  (``attribution.speakers._role_sector``; 'chapter' CVL in ``body_descriptors.tsv``).
- A body whose name holds a run that names a teaching body wherever it stands ('Institute of Technology',
  'Graduate Institute', 'School District') is an education body, EDU; research institutes keep CVL
  (``teaching_body_phrases.txt``, ``organisations.teaching_bodies``).

Sentences written for these tests (names invented).
"""
from __future__ import annotations

import pytest

from eventwire.record import Actor


def _actors(process, text: str, until: str = "actors") -> dict[str, Actor]:
    return {a.name: a for a in process(text, published="2024-05-10T00:00:00Z", until=until).actors}


@pytest.mark.parametrize("text, name, sector", [
    ("Voters re-elected Maria Lanzoni of the Green Harbour Party on Sunday.", "Maria Lanzoni", "OPP"),
    ("Tomas Bergvik from the Liberty Ridge Party lost his seat in the northern district.", "Tomas Bergvik", "OPP"),
    ("The Silver Lake Party's Oskar Wendt won the most votes in the capital.", "Oskar Wendt", "OPP"),
])
def test_a_person_named_with_a_party_takes_its_standing(process, text, name, sector) -> None:
    assert _actors(process, text)[name].sector == sector


@pytest.mark.parametrize("text, name", [
    ("Dana Vossberg of the Riverside Chess Club said the tournament would go ahead.", "Dana Vossberg"),
    ("Leila Hadrami, a former member of the Green Harbour Party, said she would vote for the mayor.",
     "Leila Hadrami"),
    ("Ana Ruizbal of the Labour Front Party and Ben Ottmar of the Harbour Fishing Company signed the letter.",
     "Ben Ottmar"),
])
def test_a_person_beside_no_party_of_their_own_is_not_its_politician(process, text, name) -> None:
    assert _actors(process, text)[name].sector not in ("OPP", "GOV")


def test_a_minister_named_with_a_party_keeps_the_office(process) -> None:
    actors = _actors(process, "Finance Minister Paulo Endrade of the Unity Compass Party presented the budget.")
    assert actors["Paulo Endrade"].sector == "GOV"


@pytest.mark.parametrize("text, name, sector", [
    ('"None of the counts will stand," the leader of her legal team said on Friday.',
     "the leader of her legal team", "CVL"),
    ('"Our members are angry about the ruling," the executive director of the city\'s chapter said.',
     "the executive director of the city's chapter", "CVL"),
    ('"The road to the valley is closed," a local provincial official said.', "a local provincial official", "GOV"),
])
def test_a_described_speaker_takes_the_body_its_title_names(process, text, name, sector) -> None:
    actors = {n.lower(): a for n, a in _actors(process, text, until="attribution").items()}
    assert actors[name.lower()].sector == sector


@pytest.mark.parametrize("text, name, sector", [
    ("Engineers at the Georgia Institute of Technology built the sensor.", "Georgia Institute of Technology", "EDU"),
    ("The Austin Independent School District closed its buildings on Monday.",
     "Austin Independent School District", "EDU"),
    ("Students at the Geneva Graduate Institute protested on Friday.", "Geneva Graduate Institute", "EDU"),
])
def test_a_name_that_names_a_teaching_body_is_edu(process, text, name, sector) -> None:
    assert _actors(process, text)[name].sector == sector


@pytest.mark.parametrize("text, name", [
    ("The Lowell Institute for Policy Research said the tax would raise little money.",
     "Lowell Institute for Policy Research"),
    ("The Ostrava Institute of International Affairs published a report on Tuesday.",
     "Ostrava Institute of International Affairs"),
])
def test_research_institutes_are_not_teaching_bodies(process, text, name) -> None:
    assert _actors(process, text)[name].sector != "EDU"
