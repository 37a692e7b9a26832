"""Accusations carried by what is claimed (round 13, issue 15; eventcoding/claims.py): a verb of saying or
claiming whose content tells a misdeed with a named doer is an ACCUSE of that doer by the speaker. Sentences
written for these tests."""
from __future__ import annotations

import pytest

from eventwire import settings
from eventwire.stages.eventcoding.words import word_class

from .event_helpers import coded_rule as coded


def _claims(process, text):
    return [(t, s, g, r) for t, s, g, r in coded(process, text) if r.startswith("claim:")]


@pytest.mark.parametrize("text,source,target", [
    # a misdeed verb of the class
    ("Opposition leader Imran Khan claimed that the army rigged the vote.", "Imran Khan", "army"),
    ("Iran maintains that Israel lied about the strike.", "Iran", "Israel"),
    # a plain reporting verb, when the misdeed codes no event of its own
    ("Ukraine's foreign ministry said Russian hackers stole voter data.", "Ukraine's foreign ministry",
     "Russian hackers"),
    # a deed done in a wrongful manner
    ("Venezuela argues that Guyana illegally seized the disputed territory.", "Venezuela", "Guyana"),
    # a wrong named with its doer inside what is said
    ("'Russia's interference in our elections will not be tolerated,' the Moldovan president said.",
     "Moldovan president", "Russia"),
    ("Kenyan herders claim that they guard their cattle from frequent attacks by Somali militias.",
     None, "Somali militias"),
    # the words of a quotation, over its second sentence too (the quotes stage's attribution)
    ('"We won the count in every district. The army rigged the results," opposition leader Bobi Wine said.',
     "Bobi Wine", "army"),
])
def test_a_misdeed_in_what_is_claimed_accuses_its_doer(process, text, source, target):
    rows = _claims(process, text)
    assert rows, coded(process, text)
    assert rows[0][0] == "ACCUSE" and rows[0][2] == (target,), rows
    assert source is None or rows[0][1] == (source,), rows


def test_a_contest_verb_accuses_beside_the_deed_reported(process):
    rows = coded(process, "The rebels claimed that government forces killed 12 civilians.")
    assert ("ACCUSE", ("rebels",), ("government forces",), "claim:misdeed/claim") in rows, rows
    assert any(r[0] == "ASSAULT" for r in rows), rows  # the killing itself stays, reported


@pytest.mark.parametrize("text", [
    "The minister said the police arrested 20 protesters.",  # no misdeed: an arrest told
    "Officials said militants from the Jubaland region attacked the base.",  # the attack, reported (A's convention)
    "Peru insisted that Chile had not violated the treaty.",  # denied
    "The senator said China could hack the grid.",  # a possibility, not a deed told
    "She argued that the court should release him.",  # a demand, no misdeed
    "The minister said there was no interference by Moscow.",  # a wrong denied
    "The Kenyan army said its troops killed 30 militants.",  # the speaker's own side
    "Prosecutors say the two men hired a gunman to shoot Ms. Lee, a vocal critic of Moscow's abuses.",  # a description
    # a verb of the ASSAULT rows in another reading: steps taken, not a ship taken over
    '"We urge the Haitian police to take stronger steps against corruption," the U.S. envoy said.',
    # a pronoun doer in someone's words: a guess too loose to accuse on
    'A resident of the town, Ali Noor, said: "They attacked the market at dawn."',
    # two sides fighting is no misdeed of one
    "Sudanese officials say the RSF fought the army near the capital.",
    # a condition
    '"If Russia attacked us, we would respond," the Estonian defense minister said.',
])
def test_no_accusation_where_nothing_wrong_is_claimed_of_another(process, text):
    assert not _claims(process, text), coded(process, text)


def test_the_rule_can_be_switched_off(process, monkeypatch):
    text = "Opposition leader Imran Khan claimed that the army rigged the vote."
    assert _claims(process, text)
    monkeypatch.setattr(settings, "CLAIM_EVENTS", False)
    assert not _claims(process, text)


def test_the_classes_are_data():
    assert {"claim", "argue", "insist"} <= word_class("contest_verbs")
    assert {"rig", "steal", "persecute"} <= word_class("misdeed_verbs")
    assert "illegally" in word_class("misdeed_manners")


@pytest.mark.parametrize("text,source,target", [
    ("Israel claimed that Iran was behind the attack.", "Israel", "Iran"),
    ("Ukraine has long maintained that Russia was behind the blast.", "Ukraine", "Russia"),
])
def test_a_contest_verb_blaming_in_a_copular_clause_accuses(process, text, source, target):
    rows = [r for r in coded(process, text) if r[0] == "ACCUSE"]
    assert rows and rows[0][1] == (source,) and rows[0][2] == (target,), coded(process, text)


def test_a_contest_verb_without_blame_codes_nothing(process):
    assert not [r for r in coded(process, "Beijing claimed that the territory is part of China.") if r[0] == "ACCUSE"]


@pytest.mark.parametrize("text", [
    "Kenyan police confirmed that Somali hackers stole the voter data.",  # news passed on
    "The Washington Post reported that Russian hackers stole the emails.",  # an outlet reports
])
def test_news_passed_on_is_no_accusation(process, text):
    assert not _claims(process, text), coded(process, text)


def test_the_same_content_said_by_a_party_accuses(process):
    rows = _claims(process, "Kenya's interior minister said Somali hackers stole the voter data.")
    assert rows and rows[0][2] == ("Somali hackers",), rows


def test_a_participle_joined_to_a_passive_is_no_deed_of_its_subject(process) -> None:
    """'were blocked or harassed': the reporters suffer the harassment; the group that says so accuses
    nobody it can name (and never the reporters)."""
    text = ("Reporters were obstructed or harassed at rallies this year, press unions said. "
            "The Harare Journalists Union said reporters were also detained.")
    record = process(text, published="2025-03-10T00:00:00Z")
    names = {a.id: a.name for a in record.actors}
    accused = [names.get(t) for e in record.events if e.rule.startswith("claim:") for t in e.target]
    assert not any(n and "eporters" in n for n in accused)
