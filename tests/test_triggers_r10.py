"""Triggers, round 10 (issue 15): approval of a deed goes to whoever did it. Accepting an apology is a
cooperative reply to the side that apologized (SUPPORT 050): the apology's own phrase names it ("Uganda's
apology", "the Ugandan apology"), else the doer of the nearest earlier act of the apology noun's CAMEO code
("apologized" ... "accepted the apology", context._earlier_doer; a general code ending in 0 stands for its
family: "condemned the attack" after "shelled"). Guards: a refusal stays a rejection, other
things accepted are no support, welcoming "the release of X by Y" targets Y. Sentences written for these
tests."""
from __future__ import annotations

import pytest

from .event_helpers import named_events

ACCEPTED = [
    ("Kenyan President William Ruto accepted Uganda's apology on Monday.", "William Ruto", "Uganda"),
    ("Chilean Foreign Minister Ana Rojas accepted the Peruvian apology, her ministry said.", "Ana Rojas", "Peru"),
    ("Uganda apologized to Kenya for the border raid. Kenyan President William Ruto accepted the apology on "
     "Monday.", "William Ruto", "Uganda"),
    ("Germany apologised to Namibia for the killings. On Friday Namibian President Hage Geingob accepted the "
     "apology in a televised address.", "Hage Geingob", "Germany"),
]


@pytest.mark.parametrize("text,source,target", ACCEPTED)
def test_accepting_an_apology_supports_the_side_that_apologized(process, text, source, target):
    events = named_events(process, text)
    assert ("SUPPORT", [source], [target]) in events, events


NOT_ACCEPTED = [
    "Kenya did not accept Uganda's apology.",  # refused: a rejection, never support
    "Kenyan President William Ruto accepted an award from the university on Monday.",  # no apology, no deed
]


@pytest.mark.parametrize("text", NOT_ACCEPTED)
def test_no_support_where_no_apology_is_accepted(process, text):
    events = named_events(process, text)
    assert not any(e[0] == "SUPPORT" for e in events), events


def test_welcoming_a_release_targets_the_releaser_not_the_released(process):
    events = named_events(process, "Amnesty International welcomed the release of the blogger Ahmed Salem by "
                                   "Egypt on Tuesday.")
    support = [e for e in events if e[0] == "SUPPORT"]
    assert support and all(e[2] == ["Egypt"] for e in support), events


def test_praise_of_a_person_keeps_the_person(process):
    events = named_events(process, "Amnesty International praised Kenyan President William Ruto on Tuesday.")
    assert ("SUPPORT", ["Amnesty International"], ["William Ruto"]) in events, events


CONDEMNED = [
    ("Boko Haram militants stormed a village in Borno state on Sunday. On Monday Nigerian President Bola "
     "Tinubu condemned the attack.", "Bola Tinubu", "Boko Haram"),
    # "attack" is CAMEO's general 190: any verb of the 19 family tells it ("shelled" 194, "bombed" 195)
    ("The Houthis shelled the port of Mokha on Friday. The United Nations condemned the attack.",
     "United Nations", "Houthis"),
    ("The Taliban bombed a police station in Kunduz. Pakistan condemned the attack a day later.", "Pakistan",
     "Taliban"),
]


@pytest.mark.parametrize("text,judge,doer", CONDEMNED)
def test_a_condemned_attack_told_by_another_verb_of_its_code_is_the_doers(process, text, judge, doer):
    events = named_events(process, text)
    assert ("ACCUSE", [judge], [doer]) in events, events
