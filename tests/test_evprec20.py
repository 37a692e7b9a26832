"""Events a careful coder would not record, by class (round 20, task evprec20). Sentences written for these tests.

- A norm told of nobody (speech.demand with tree.names_nobody and speech._of_nobody): "no child should be turned
  away", "nobody should be jailed for a post", "there should not be anyone left hungry" say what should be so for
  people and ask no party; the party the clause names as a place ("in Kenya", "a rich country like Norway") is not
  asked. A demand of a named party, "there should be an inquiry" and "there should be no more raids" stay.
- A dealing between private parties where one is a school or a university (filters.political_pairs, EDU among
  the private sectors): "the foundation donated its archive to the college" is no political event; the same gift
  to a government, or a ministry's grant to a university, stays.
"""
from __future__ import annotations

import pytest

from eventwire.stages.eventcoding.tree import names_nobody

from .event_helpers import coded_rule


def _requests_by(events, speaker: str):
    return [e for e in events if e[0] == "REQUEST" and any(speaker.lower() in s.lower() for s in e[1])]


@pytest.mark.parametrize("text,speaker", [
    ('"No child in Kenya should be turned away from school," Kenyan opposition leader Raila Odinga said.',
     "Odinga"),
    ('"There shouldn\'t be anyone dying of malaria in a wealthy country like Norway," said Erik Solheim.',
     "Solheim"),
    ('"No journalist in Egypt should be arrested for reporting," said Sherif Mansour.', "Mansour"),
    ('"No one\'s claim to asylum in Britain should be harmed by a form," said Jane Dobbs of Amnesty UK.', "Dobbs"),
    ('"There should be nobody in prison in Belarus for a protest," Lithuanian Foreign Minister Kestutis Budrys '
     'said.', "Budrys"),
])
def test_a_norm_of_nobody_asks_no_party(process, text, speaker):
    assert _requests_by(coded_rule(process, text), speaker) == []


@pytest.mark.parametrize("text,speaker,target", [
    ('"The Kenyan police must release the protesters," Raila Odinga said.', "Odinga", "Kenyan police"),
    ('"Russia should withdraw its troops from Ukraine," German Chancellor Olaf Scholz said.', "Scholz", "Russia"),
    ('"There should be no more attacks on aid convoys in Sudan," the UN envoy Ramtane Lamamra said.',
     "Lamamra", "Sudan"),
])
def test_a_demand_of_a_named_party_stays(process, text, speaker, target):
    found = _requests_by(coded_rule(process, text), speaker)
    assert any(any(target.lower() in g.lower() for g in e[2]) for e in found), found


def _token(process, text: str, word: str):
    doc = process(text, "2024-03-05")
    return next(t for t in doc.nlp if t.text == word)


@pytest.mark.parametrize("text,word,expected", [
    ("Nobody was hurt in the blast.", "Nobody", True),
    ("No passengers were hurt in the blast.", "passengers", True),
    ("No one's house was damaged in the blast.", "house", True),
    ("Several passengers were hurt in the blast.", "passengers", False),
    ("The mayor's house was damaged in the blast.", "house", False),
])
def test_names_nobody(process, text, word, expected):
    assert names_nobody(_token(process, text, word)) is expected


@pytest.mark.parametrize("text", [
    "The Ford Foundation donated its photograph archive to Columbia University on Monday.",
    "Microsoft offered free software licences to Makerere University, the company said.",
])
def test_a_gift_between_private_bodies_and_a_university_is_no_event(process, text):
    assert [e for e in coded_rule(process, text) if e[0] in ("AID", "AGREE")] == []


@pytest.mark.parametrize("text,kind,source,target", [
    ("The Ford Foundation donated $5 million to the Kenyan government for flood relief.", "AID", "Ford Foundation",
     "Kenya"),
    ("The U.S. State Department signed an agreement with Harvard University on Tuesday.", "SUPPORT",
     "State Department", "Harvard"),
])
def test_a_dealing_with_a_state_stays(process, text, kind, source, target):
    found = coded_rule(process, text)
    assert any(e[0] == kind and any(source in s for s in e[1]) and any(target in g for g in e[2]) for e in found), found
