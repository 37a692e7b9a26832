"""Deeds said not to come and deeds only asked about (round 18, task evprec18). A deed in the clause of a verb of
belief or expectation negated in the present, or of a word of doubt, is a forecast that it will not happen: no event
of the story (filters.doubted), and no accusation of a misdeed either (claims._told_as_done). A deed in a "whether"
clause or a direct question of whether it is so or what is to come is only asked about (filters.asked_about), and a
quoted question put with a verb of asking is no request (filters.inquiry). Each guard is shown with the event gone
and a neighbouring sentence whose event must stay. Sentences written for these tests."""
from __future__ import annotations

import pytest

from .event_helpers import coded_rule, coded_rule_status


def _of(process, text, kind):
    return [(src, tgt, rule) for k, src, tgt, rule in coded_rule(process, text) if k == kind]


@pytest.mark.parametrize("text,kind", [
    ("The foreign minister does not believe police will arrest the opposition leaders.", "COERCE"),
    ("Governor Ruto said he does not believe the army will attack the village.", "ASSAULT"),
    ('"I don\'t think the army is going to attack the village," Governor Ruto said.', "ASSAULT"),
    ("Finnish officials do not expect Russia to attack Estonia.", "ASSAULT"),
    ("European diplomats doubt that Hungary will sanction the Russian banks.", "COERCE"),
    ("Western analysts say Russia is unlikely to invade Finland.", "ASSAULT"),
])
def test_a_deed_said_not_to_come_is_no_event(process, text, kind):
    assert _of(process, text, kind) == []


@pytest.mark.parametrize("text", [
    '"I don\'t think the army is rigging the vote," Governor Ruto said.',
    "Ruto said it is unlikely that the army is rigging the vote.",
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


# ---- a deed only asked about (filters.asked_about) and a question put, quoted (filters.inquiry) -------------------

@pytest.mark.parametrize("text,kind", [
    ("Is Israel going to attack Iran's nuclear sites? Analysts are divided.", "ASSAULT"),
    ("Will Beijing attack Taiwan before the election? Analysts are divided.", "ACCUSE"),
    ("Could Russia invade Moldova next? Officials in Chisinau fear so.", "ASSAULT"),
    ("The question is whether Israel will strike Iran's nuclear sites.", "ASSAULT"),
    ("When will the Russian army withdraw from Kherson?", "RETREAT"),
    ("Is the army going to withdraw from Kherson?", "RETREAT"),
    ('"Did the police arrest the protest leaders?" the reporter asked the minister.', "COERCE"),
    ('"Did the police arrest the protest leaders?" the reporter asked the minister.', "REQUEST"),
    ('"Why did the army leave the town?" the senator asked the general.', "REQUEST"),
])
def test_a_deed_only_asked_about_is_no_event(process, text, kind):
    assert _of(process, text, kind) == []


@pytest.mark.parametrize("text,kind,source", [
    ("Why did Russia attack the convoy near Kherson? Nobody in Moscow has explained.", "ASSAULT", "Russia"),
    ("What happened next? Police arrested the protest leader Ana Ruiz in Lima.", "COERCE", "Police"),
    ("If Russia attacks a NATO member, the alliance will respond, the secretary general said.", "ASSAULT", "Russia"),
    ("Ukraine asked Germany whether it could send more tanks.", "REQUEST", "Ukraine"),
    ('"Will you send more tanks?" the Ukrainian president asked the German chancellor.', "REQUEST", "president"),
])
def test_a_deed_told_or_asked_for_stays(process, text, kind, source):
    found = _of(process, text, kind)
    assert any(source in " ".join(src) for src, _, _ in found), found


@pytest.mark.parametrize("text,kind", [
    ("The envoy does not believe the militia shelled the camp last week.", "ASSAULT"),
    ("The envoy does not believe the militia has shelled the camp.", "ASSAULT"),
])
def test_a_deed_told_as_done_is_disputed_not_forecast(process, text, kind):
    """(review of round 18) A past deed under a negated belief is disputed, not said not to come: its event
    stays (no accusation is made of it, ``claims`` asks ``doubted`` with ``done_too``)."""
    assert _of(process, text, kind) != []
