"""Denials and disputed reports with the happening they deny (issues 15, round 12). A careful coder records
the denied happening, status denied, according to the denier; the denial itself is a REJECT only where it
answers somebody named for the claim (an accuser just before, or the claim's owner), or where the happening
is not coded at all. An office under 'its' whose antecedent is a state is an official of that state
("Pakistan denied that its national security adviser had met ..."). Sentences written for these tests."""
from __future__ import annotations

import pytest


def _doc(process, text: str):
    return process(text, published="2025-03-04T10:00:00Z")


def _events(doc) -> list[tuple]:
    name = {a.id: a.name for a in doc.actors}
    return [(e.type, tuple(name[i] for i in e.source), tuple(name[i] for i in e.target), e.status,
             tuple(name[i] for i in e.according_to)) for e in doc.events]


# ---- an office under 'its' of a state ------------------------------------------------------------------

@pytest.mark.parametrize("text, event", [
    # inside a denial
    ("Colombia denied that its defense minister had met rebel commanders in Havana.",
     ("CONSULT", ("Colombia's defense minister",), ("rebel commanders",), "denied", ("Colombia",))),
    # inside a plain report, a plan
    ("Morocco said on Monday its foreign minister would visit Algeria next month.",
     ("CONSULT", ("Morocco's foreign minister",), ("Algeria",), "planned", ("Morocco",))),
    # a confirmed deed
    ("Germany confirmed that its defense minister had visited Lithuania.",
     ("CONSULT", ("Germany's defense minister",), ("Lithuania",), "reported", ("Germany",))),
])
def test_an_office_under_its_is_the_states_official(process, text, event) -> None:
    doc = _doc(process, text)
    assert event in _events(doc)
    official = next(a for a in doc.actors if a.name == event[1][0])
    assert official.kind == "person" and official.sector == "GOV" and official.country == \
        next(a.country for a in doc.actors if a.name == event[4][0])


@pytest.mark.parametrize("text", [
    "The ministry said its spokesman had been detained by police.",  # a body's officer, not the state's
    "Apple said its chief executive met Chinese officials in Beijing.",  # a firm's
])
def test_an_office_under_its_of_no_state_is_no_official(process, text) -> None:
    doc = _doc(process, text)
    assert not any(a.kind == "person" and "'s " in a.name for a in doc.actors)


def test_a_named_holder_of_the_office_is_the_states_own(process) -> None:
    doc = _doc(process, "Foreign Minister Sergei Lavrov met Wang Yi in Beijing on Monday. Russia said its "
                        "foreign minister would travel to India next week.")
    travel = [e for e in _events(doc) if e[2] == ("India",)]
    assert travel and travel[0][1] == ("Sergei Lavrov",)


# ---- the denied happening, and when the denial stays a REJECT ------------------------------------------

@pytest.mark.parametrize("text, event", [
    # claim noun with a that-clause
    ("Brazil rejected accusations that it had sent weapons to Venezuela.",
     ("AID", ("Brazil",), ("Venezuela",), "denied", ())),
    ("Kenya rejected allegations that its police had killed protesters in Nairobi.",
     ("ASSAULT", ("police",), ("protesters",), "denied", ("Kenya",))),
    # the claim the passive subject of the denial
    ("Claims that Rwanda had sent troops into Uganda were rejected by Kigali.",
     ("MOBILIZE", ("Rwanda",), ("Uganda",), "denied", ())),
    # an event noun under 'reports of'
    ("Japan denied reports of talks between its prime minister and Kim Jong Un.",
     ("CONSULT", ("Japan's prime minister",), ("Kim Jong Un",), "denied", ("Japan",))),
])
def test_an_anonymous_claim_denied_is_the_denied_happening_alone(process, text, event) -> None:
    found = _events(_doc(process, text))
    assert event in found
    assert not any(e[0] == "REJECT" for e in found)


def test_a_denial_answering_a_named_accuser_keeps_its_reject(process) -> None:
    found = _events(_doc(process, "Israel accused Iran of arming Hezbollah on Sunday. Iran denied that it had "
                                  "sent weapons to Hezbollah."))
    assert ("REJECT", ("Iran",), ("Israel",), "asserted", ()) in found
    assert ("AID", ("Iran",), ("Hezbollah",), "denied", ()) in found


def test_a_denial_whose_happening_is_not_coded_stays_a_reject(process) -> None:
    # (the strike has no target the stage can name, so it is no event; the rejection of Cairo's claim remains)
    found = _events(_doc(process, "Ethiopia rejected Egypt's claim that Ethiopian drones had struck a border post."))
    assert ("REJECT", ("Ethiopia",), ("Egypt",), "asserted", ()) in found


def test_a_relative_clause_on_the_object_is_not_denied(process) -> None:
    found = _events(_doc(process, "Myanmar rejected a UN resolution that condemned its air strikes on villages."))
    assert ("REJECT", ("Myanmar",), ("UN",), "asserted", ()) in found
    assert ("ACCUSE", ("UN",), ("Myanmar",), "asserted", ()) in found


def test_the_agent_of_a_passive_denial_is_whom_it_is_according_to(process) -> None:
    found = _events(_doc(process, "Reports that Hamas leaders had met Iranian officials in Doha were rejected by Qatar."))
    assert ("CONSULT", ("Hamas",), ("Iranian officials",), "denied", ("Qatar",)) in found
    assert not any(e[0] == "REJECT" for e in found)


@pytest.mark.parametrize("text", [
    # the accusation comes after the denial
    "Sudan denied that it had bombed Chad. Chad accused Sudan of bombing a market.",
    # the accusation just before is aimed at somebody else
    "Egypt accused Ethiopia of breaking the deal. Sudan denied that its army had attacked Ethiopian troops.",
])
def test_a_denial_answers_no_accuser_it_does_not_follow(process, text) -> None:
    found = _events(_doc(process, text))
    assert any(e[3] == "denied" for e in found) and not any(e[0] == "REJECT" for e in found)
