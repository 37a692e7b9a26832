"""Deeds said not to come (round 18, task evprec18): a deed in the clause of a verb of belief or expectation
negated in the present, or of a word of doubt, is a forecast that it will not happen; no event of the story
(filters.doubted), and no accusation of a misdeed either (claims._told_as_done). Each guard is shown with the
event gone and a neighbouring sentence whose event must stay. Sentences written for these tests."""
from __future__ import annotations

import pytest

from .event_helpers import coded_rule, coded_rule_status


def _of(process, text, kind):
    return [(src, tgt, rule) for k, src, tgt, rule in coded_rule(process, text) if k == kind]


@pytest.mark.parametrize("text,kind", [
    ('"I do not believe there will be Kovac\'s arrest," the envoy Anna Berg said.', "COERCE"),
    ("The foreign minister does not believe there will be any arrests of opposition leaders.", "COERCE"),
    ('"I don\'t think the army is going to attack the village," Governor Ruto said.', "ASSAULT"),
    ("Finnish officials do not expect Russia to attack Estonia.", "ASSAULT"),
    ("European diplomats doubt that Hungary will sanction the Russian banks.", "COERCE"),
    ("Western analysts say Russia is unlikely to invade Finland.", "ASSAULT"),
])
def test_a_deed_said_not_to_come_is_no_event(process, text, kind):
    assert _of(process, text, kind) == []


@pytest.mark.parametrize("text", [
    '"I don\'t think the army is going to attack the village," Governor Ruto said.',
    "Western analysts say Russia is unlikely to invade Finland.",
])
def test_a_deed_said_not_to_come_is_no_accusation(process, text):
    assert _of(process, text, "ACCUSE") == []


@pytest.mark.parametrize("text,kind,source", [
    ("Police arrested the opposition leader Marko Kovac in Sarajevo on Monday.", "COERCE", "Police"),
    ('"The army attacked the village," Governor Ruto said.', "ASSAULT", "army"),
    ("The president believes the rebels will attack the capital.", "ASSAULT", "rebels"),
    # a past "did not expect" leaves the deed open: here it came
    ("Officials did not expect that the rebels would attack the capital, but they did.", "ASSAULT", "rebels"),
    ("Poland does not accept the proposal, its foreign minister said.", "REJECT", "Poland"),
])
def test_a_deed_done_or_expected_stays(process, text, kind, source):
    found = _of(process, text, kind)
    assert any(source in " ".join(src) for src, _, _ in found), found


def test_expected_deed_keeps_its_status(process):
    found = [(k, st) for k, _, _, _, st in coded_rule_status(process, "The president believes the rebels will attack the capital.")]
    assert ("ASSAULT", "planned") in found, found
