"""Round 22, evmiss22: event readings known to be wrong or missing, read as classes. Sentences written for these
tests, with what a careful coder records written before running them.

- met by force, not a meeting: a "meet" with an object or in the passive whose "with" phrase is a means of
  repression ("police met the march with batons", "protesters were met with tear gas by soldiers") is violent
  repression (ASSAULT 175), with arrests coercion (COERCE 173); "X met with Y" stays a meeting (CONSULT)."""
from __future__ import annotations

import pytest

from .event_helpers import coded, coded_cameo, has_coded_event as _has


FORCE_MET = [
    ("Zimbabwean opposition supporters were met with tear gas and batons by riot police in Harare on Saturday.",
     "ASSAULT", "175", "police", "opposition supporters"),
    ("Chadian police met opposition protesters with tear gas in N'Djamena on Thursday.",
     "ASSAULT", "175", "Chadian police", "opposition protesters"),
    ("Opposition supporters in Lusaka were met with live fire by Zambian soldiers, witnesses said.",
     "ASSAULT", "175", "Zambian soldiers", "Opposition supporters"),
    ("Striking miners in Lima were met with rubber bullets and water cannon by Peruvian police.",
     "ASSAULT", "175", "Peruvian police", "miners"),
    ("Hundreds of Togolese opposition supporters were met with mass arrests by police in Lome.",
     "COERCE", "173", "police", "opposition supporters"),
]


@pytest.mark.parametrize("text,kind,cameo,source,target", FORCE_MET)
def test_met_with_force_is_repression_not_a_meeting(process, text, kind, cameo, source, target):
    rows = coded_cameo(process, text)
    assert any(r[0] == kind and r[1] == cameo for r in rows), rows
    plain = [(r[0], r[2], r[3]) for r in rows]
    assert _has(plain, kind, source, target), rows
    assert not [r for r in rows if r[0] == "CONSULT"], rows


MEETINGS = [
    ("Zambia's president met with opposition leaders in Lusaka on Monday.", "Zambia", "opposition leaders"),
    ("The Peruvian foreign minister met Chile's defense minister in Santiago on Friday.", "Peruvian foreign minister",
     "Chile"),
]


@pytest.mark.parametrize("text,source,target", MEETINGS)
def test_a_meeting_with_people_stays_a_meeting(process, text, source, target):
    rows = coded(process, text)
    assert _has(rows, "CONSULT", source, target), rows
    assert not [r for r in rows if r[0] in ("ASSAULT", "COERCE")], rows


def test_force_announced_for_a_deed_stays_a_threat(process):
    # "would be met with force" said by the state that would use it: its threat (answered.py), no assault done
    rows = coded(process, "Beijing warned that any move by Taiwan toward independence would be met with force.")
    assert _has(rows, "THREATEN", "China", "Taiwan"), rows
    assert not [r for r in rows if r[0] == "ASSAULT"], rows


def test_a_plan_met_with_criticism_is_no_repression(process):
    rows = coded(process, "The Brazilian proposal was met with criticism from Argentina on Tuesday.")
    assert not [r for r in rows if r[0] in ("ASSAULT", "COERCE", "CONSULT")], rows


# class 2: "hold X responsible / accountable / liable" accuses X (CAMEO 112), read off the verbless clause
HELD_TO_ACCOUNT = [
    ("Georgia holds Russia responsible for the shelling of the village, the Georgian foreign ministry said.",
     "Georgia", "Russia"),
    ("The Jordanian government held Syria accountable for the rocket fire on Ramtha.", "Jordan", "Syria"),
    ("The Canadian foreign ministry will keep holding Iran accountable with new penalties.",
     "Canadian foreign ministry", "Iran"),
    ("Tokyo said it would hold Beijing fully liable for any damage to Japanese vessels.", "Japan", "China"),
]


@pytest.mark.parametrize("text,source,target", HELD_TO_ACCOUNT)
def test_holding_a_party_responsible_accuses_it(process, text, source, target):
    rows = coded_cameo(process, text)
    assert any(r[0] == "ACCUSE" and r[1] == "112" for r in rows), rows
    assert _has([(r[0], r[2], r[3]) for r in rows], "ACCUSE", source, target), rows


NOT_HELD_TO_ACCOUNT = [
    "The Indian army held talks with Chinese commanders in Ladakh on Friday.",  # a meeting held
    "The Turkish police held the suspects for questioning overnight.",  # a detention, no clause of blame
    "Ecuador's president held a responsible debate with Peru's foreign minister.",  # an adjective on the object
]


@pytest.mark.parametrize("text", NOT_HELD_TO_ACCOUNT)
def test_a_holding_without_a_clause_of_blame_accuses_nobody(process, text):
    rows = coded(process, text)
    assert not [r for r in rows if r[0] == "ACCUSE"], rows


# the hand rows of "hold" shadow the dictionary's: its readings of people held stay
@pytest.mark.parametrize("text,kind,source,target", [
    ("Houthi fighters are holding Liberian sailors hostage and Yemeni hostages in Hodeidah.", "ASSAULT", "Houthi",
     "Yemen"),
    ("Bolivian authorities held the Peruvian suspects in custody on Sunday.", "COERCE", "Bolivian authorities", "Peru"),
])
def test_people_held_are_still_read(process, text, kind, source, target):
    assert _has(coded(process, text), kind, source, target), coded(process, text)


# class 3: an agentless passive deed told "under" a ruler named itself (a state, a body or person of a ruling
# sector) is that ruler's: participants.owners._rulers, read through ruled_by
def test_a_deed_under_a_named_ruler_is_the_rulers(process):
    rows = coded(process, "Nicaraguan opposition leaders were jailed under President Daniel Ortega, exiles said.")
    assert _has(rows, "COERCE", "Ortega", "opposition leaders"), rows


@pytest.mark.parametrize("text,absent", [
    ("Three Malian soldiers were killed under heavy fire near Gao on Sunday.", "fire"),  # no ruler: a thing
    ("Nicaraguan opposition leaders were jailed under a law drafted by Costa Rican lawyers.", "Costa Rica"),
])
def test_an_under_phrase_without_a_ruler_names_no_doer(process, text, absent):
    rows = coded(process, text)
    assert not any(any(absent.lower() in s.lower() for s in r[1]) for r in rows), rows
