"""Verbs of PETRARCH2's dictionary whose whole reading there is dropped (roots 03-16 by
event_verbs_dictionary_drop.txt) read by narrow hand rows instead (round 18, dictroots18): aid shipped,
airlifted or rushed to a party (AID 070), forces rushed or airlifted (MOBILIZE 154), a proposal, call or
invitation spurned, rebuffed or snubbed (REJECT 120). A verb with a hand row is defined there alone: the
converter (scripts/convert_petrarch_verbs.py) leaves every verb event_verbs.tsv has out of the dictionary file.
Sentences written for these tests."""
from __future__ import annotations

import pytest

from eventwire.lexicon import table

from .event_helpers import coded_rule_status as coded

VERBS = ("ship", "airlift", "rush", "spurn", "snub", "rebuff")


def test_one_definition_each_verb_is_read_by_its_hand_rows_only():
    hand = {row["lemma"] for row in table("event_verbs.tsv")}
    dictionary = {row["lemma"] for row in table("event_verbs_dictionary.tsv")}
    assert set(VERBS) <= hand
    assert not set(VERBS) & dictionary


def _has(found, kind, source, target):
    return any(r[0] == kind and any(source in s for s in r[1])
               and (target is None or any(target in t for t in r[2])) for r in found)


@pytest.mark.parametrize("text, kind, source, target", [
    ("India shipped vaccines to Nepal last month.", "AID", "India", "Nepal"),
    ("Germany shipped air defence missiles to Ukraine in the spring.", "AID", "Germany", "Ukraine"),
    ("Iran shipped attack drones to Russia last year.", "AID", "Iran", "Russia"),
    ("Washington airlifted 100 tonnes of food to Haiti on Sunday.", "AID", "United States", "Haiti"),
    ("The United Arab Emirates airlifted medical supplies to Sudan on Tuesday.", "AID", "United Arab Emirates",
     "Sudan"),
    ("Turkey rushed rescue teams and tents to Morocco after the earthquake.", "AID", "Turkey", "Morocco"),
    ("Russia rushed troops to its border with Finland.", "MOBILIZE", "Russia", None),
    ("Ukraine spurned Russia's offer of a short truce.", "REJECT", "Ukraine", "Russia"),
    ("Serbia spurned Kosovo's request for a new border crossing.", "REJECT", "Serbia", "Kosovo"),
    ("North Korea snubbed South Korea's invitation to talks.", "REJECT", "North Korea", "South Korea"),
    ("The plan for a unity government was spurned by the Taliban.", "REJECT", "Taliban", None),
    ("Venezuelan President Nicolas Maduro snubbed the United States again.", "REJECT", "Maduro", "United States"),
])
def test_coded(process, text, kind, source, target):
    found = coded(process, text)
    assert _has(found, kind, source, target), found


@pytest.mark.parametrize("text, kind", [
    ("Samsung shipped new phones to Apple stores in Europe.", "AID"),  # wares between firms
    ("Russia shipped wheat to Egypt in March.", "AID"),  # trade in grain
    ("Exxon shipped fuel to a refinery in Texas.", "AID"),
    ("Police rushed to the scene of the crash.", "AID"),  # no object
    ("Firefighters rushed the injured to hospital.", "AID"),
    ("The president rushed the bill through parliament.", "AID"),
    ("Italy airlifted its citizens out of Sudan.", "AID"),
    ("Paramedics rushed to the scene after the blast.", "MOBILIZE"),
    ("The striker spurned a suitor from Spain and stayed in England.", "REJECT"),  # sport
    ("The army rebuffed the rebel attack on the town.", "REJECT"),  # force repelled, not a proposal
    ("The coach snubbed the veteran striker for the final.", "REJECT"),  # sport
])
def test_not_coded(process, text, kind):
    found = coded(process, text)
    assert not [r for r in found if r[0] == kind], found


def test_a_negated_rebuff_is_recorded_as_not_done(process):
    found = [r for r in coded(process, "Ukraine did not spurn Russia's offer of talks.") if r[0] == "REJECT"]
    assert found and all(r[4] == "negated" for r in found), found
