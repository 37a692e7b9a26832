"""Events a careful coder would not record, by class (round 21, task evprec21): parties. Sentences written for
these tests.

- A demand told on (speech._relayed): when the "should"/"must" clause inside a quote is what a third party the
  quote names says ("'The minister said the army must leave,' the spokesman said") or the content of an order or
  decree that party gives ("'The president issued a decree that the army should leave,' the agency said"), the
  demand is that party's, not the quote's speaker's: the speaker's words hold no REQUEST of their own. The
  speaker's own "I think ... must", "we made it clear that ... should" and a bare "X must ..." stay.
- The doer of a possessed policy's gerund (tree._noun_controller): "X's policy (practice, campaign) of VERBing"
  names X as the doer, not whoever speaks of it or condemns it. A noun with no possessor ("took the step of
  expelling") leaves the clause's subject as the doer.
"""
from __future__ import annotations

import pytest

from .event_helpers import coded_rule


def _requests_by(events, speaker: str):
    return [e for e in events if e[0] == "REQUEST" and any(speaker.lower() in s.lower() for s in e[1])]


@pytest.mark.parametrize("text,speaker", [
    ('"President Putin issued a decree that the army should leave the border zone," the Kremlin said.', "Kremlin"),
    ('"Kim Jong Un issued an order that the front units of the army should enter a state of war," KCNA said.',
     "KCNA"),
    ('"The minister said the army must leave the zone," the spokesman Ivan Petrov said.', "Petrov"),
])
def test_a_demand_told_on_is_not_the_speakers(process, text, speaker):
    assert _requests_by(coded_rule(process, text), speaker) == []


def test_the_teller_of_a_demand_told_on_keeps_it(process):
    found = _requests_by(coded_rule(process, '"The minister said the army must leave the zone," the spokesman '
                                             'Ivan Petrov said.'), "minister")
    assert found, found


@pytest.mark.parametrize("text,speaker,target", [
    ('"I think Israel must halt the strikes," Senator Chris Murphy said.', "Murphy", "Israel"),
    ('"We made it clear that Russia should withdraw its troops," German Foreign Minister Annalena Baerbock said.',
     "Baerbock", "Russia"),
    ('"Russia must withdraw its troops from Ukraine," German Chancellor Olaf Scholz said.', "Scholz", "Russia"),
])
def test_the_speakers_own_demand_stays(process, text, speaker, target):
    found = _requests_by(coded_rule(process, text), speaker)
    assert any(any(target.lower() in g.lower() for g in e[2]) for e in found), found


@pytest.mark.parametrize("text,kind,doer,not_doer", [
    ('"I see this as part of China\'s policy of constantly putting pressure on the Philippines," said analyst '
     'Carl Thayer.', "COERCE", "China", "Thayer"),
    ("Rights groups criticised Iran's practice of detaining dual nationals to win concessions from Western "
     "governments.", "COERCE", "Iran", "Rights groups"),
    ("The senator condemned Russia's campaign of bombing Ukrainian power plants.", "ASSAULT", "Russia", "senator"),
])
def test_a_possessed_policy_names_its_doer(process, text, kind, doer, not_doer):
    found = [e for e in coded_rule(process, text) if e[0] == kind]
    assert found and all(any(doer in s for s in e[1]) for e in found), found
    assert not any(any(not_doer in s for s in e[1]) for e in found), found


def test_a_step_with_no_owner_is_the_subjects(process):
    found = [e for e in coded_rule(process, "The Czech government took the step of expelling three Russian "
                                            "diplomats.") if e[1]]
    assert any(any("Czech" in s for s in e[1]) for e in found), found
