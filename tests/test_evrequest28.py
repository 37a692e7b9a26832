"""Requests and coercion the events stage missed (round 28, evrequest28).

- a request verb whose "that" clause asks it of no particular party stands without an addressee ("recommends
  that every government should ...", "demanded that governments stop ..."): REQUEST of the subject, no target
  (events.pairs, filters.that_clause); not a particular party the stage does not name ("requested that she be
  released", "that the court release her"), a thing ("that all parts of the accord be carried out"), a question
  ("asked whether"), nor a verb's object with no clause ("recommended online tools");
- a covert group broken up ("broke up a smuggling ring", "a drug ring was broken up by police"): COERCE 173 like
  "dismantled a cell" (event_verbs.tsv, word class busted_groups); "break" has hand rows now, so breaking ties
  keeps its reading from the verb dictionary (SANCTION 161, word class ties).

Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.event_helpers import coded_of_type, coded_rule, has_name



@pytest.mark.parametrize("text, source", [
    ("The World Bank recommends that every government should raise taxes on tobacco.", "World Bank"),
    ('"We recommend that states ban the pesticide," the World Health Organization said.', "World Health"),
    ("The World Health Organization recommends that all countries screen newborns for the disease.", "World Health"),
    ("Amnesty International demanded that governments stop selling arms to the junta.", "Amnesty"),
    ("The Kenyan government requested that Uganda extradite the suspect.", "Kenya"),
])
def test_a_request_told_in_a_that_clause_is_coded(process, text, source) -> None:
    found = coded_of_type(process, text, "REQUEST")
    assert any(has_name(s, source) for _, s, _, _ in found), found


@pytest.mark.parametrize("text", [
    "The customer requested a refund from the shop.",
    "Farmers called for rain.",
    "He ordered pizza.",
    "The journal issued a call for papers.",
    "The government recommended online translation tools to applicants.",
    # asked of a particular party the stage does not name: no event without it
    "Lawyers for the opposition leader had requested that she be released on bail.",
    "Lawyers for Mary Okoye requested that the court release her.",
    "The Taliban leader urged that all parts of the Qatar accord be carried out.",
    "The Finance Ministry has asked the central bank whether the loans were repaid.",
    "The opposition demanded that all detained students be freed.",
])
def test_no_request_without_a_party_asked_or_an_asked_clause(process, text) -> None:
    assert not coded_of_type(process, text, "REQUEST"), coded_rule(process, text)


@pytest.mark.parametrize("text, source", [
    ("The Nigerian police broke up a kidnapping gang in Kano on Monday.", "police"),
    ("A drug ring was broken up by Spanish police last week.", "police"),
])
def test_a_covert_group_broken_up_is_coerced(process, text, source) -> None:
    found = coded_of_type(process, text, "COERCE")
    assert any(has_name(s, source) and "busted_groups" in rule for _, s, _, rule in found), found


@pytest.mark.parametrize("text", [
    "The protesters broke up after the rain began.",
    "The ban on smoking in restaurants took effect.",
    "The band broke up in 2019.",
])
def test_no_coercion_in_a_crowd_or_a_band_breaking_up(process, text) -> None:
    assert not coded_of_type(process, text, "COERCE"), coded_rule(process, text)


@pytest.mark.parametrize("text", [
    "Panama broke off relations with Taiwan in 2017.",
    "Panama broke ties with Taiwan in 2017.",
])
def test_breaking_ties_is_a_sanction(process, text) -> None:
    found = coded_of_type(process, text, "SANCTION")
    assert any(has_name(s, "Panama") and has_name(t, "Taiwan") for _, s, t, _ in found), found
