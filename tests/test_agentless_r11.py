"""Agentless justice, round 11 (issue 15): someone told accused of a crime without an accuser is accused by the
state that holds or tries them (ACCUSE 112), as an agentless arrest is the state's; the courts' placing of a
case is read once per story. Sentences written for these tests."""
from __future__ import annotations

import pytest

from .event_helpers import coded_rule_status as coded


ACCUSED = [
    # held earlier by a state: the accusation is that state's, told by a noun or a gerund
    ("Uganda's police detained opposition leader Moses Okello in Kampala on Friday. Okello was accused of "
     "spreading false news.", "Uganda's police", "Moses Okello"),  # no country actor: the holding body
    ("Ethiopian journalist Dawit Haile was arrested in Ethiopia last week. He was accused of treason and "
     "remains in a cell in the capital.", "Ethiopia", "Dawit Haile"),
    # a crime told by a noun in a sentence that tells custody or a case
    ("Peru's main prison holds dozens of detainees, among them the former Peruvian mayor Luis Quispe, who is "
     "accused of embezzlement.", "Peru", "Luis Quispe"),
    ("Ahead of the trial in Nairobi, the Kenyan activist Grace Wanjiru, who is accused of sedition, addressed "
     "her supporters.", "Kenya", "Grace Wanjiru"),
]


@pytest.mark.parametrize("text,state,accused", ACCUSED)
def test_accused_of_a_crime_without_an_accuser_is_accused_by_the_holding_state(process, text, state, accused):
    rows = coded(process, text)
    assert any(r[0] == "ACCUSE" and r[1] == (state,) and r[2] == (accused,) and r[3].endswith("+case")
               for r in rows), rows


NOT_STATE = [
    # a deed told by a gerund of someone no state holds: the deed reported, not an accusation by nobody
    "In Mali, the rebel commander Amadou Diallo was accused of attacking villages in the north.",
    # no custody and no case told: whoever accuses is not given
    "Nigerian singer Tunde Bello was accused of plagiarism in Nigeria last year.",
    # a state accused has its own accusers
    "In a dispute over water, Peru was accused of breaking the treaty with Bolivia.",
    # an accuser named
    "In Kenya, the former minister Peter Otieno was accused of corruption by the opposition leader Raila Mbeki.",
    # not told as done
    "Ugandan police detained Moses Okello on Friday. He was not accused of any crime.",
]


@pytest.mark.parametrize("text", NOT_STATE)
def test_no_state_accusation_where_the_text_gives_no_holding_state(process, text):
    rows = coded(process, text)
    assert not any(r[0] == "ACCUSE" and r[3].endswith("+case") for r in rows), rows


def test_the_court_country_of_a_story_is_read_once(process, monkeypatch):
    from eventwire.stages.actors.country import courts  # (court_country reads _court_country in its own module)

    calls = []
    real = courts._court_country  # the walk over the story's tokens, behind court_country's cache

    def counted(doc, w):
        calls.append(1)
        return real(doc, w)

    monkeypatch.setattr(courts, "_court_country", counted)
    # (the place told of a trial, not of a court: 'a Lisbon court' is a body of its own since round 13, and a
    # case faced before it is Portugal's through it, with no need of the story's court country)
    text = ("Brazilian banker Ana Costa faces fraud charges at a trial in Lisbon. Angolan trader Rui Lopes is "
            "awaiting trial in the same case. Portugal has asked Brazil for documents.")
    rows = coded(process, text)
    faced = [r for r in rows if r[0] == "COERCE" and "/faced" in r[3]]
    assert len(faced) >= 2, rows
    assert all(r[1] == ("Portugal",) for r in faced), rows  # tried where the court sits
    assert len(calls) == 1
