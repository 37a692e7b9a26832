"""evcourts21 (round 21): a court's legal acts with their parties, on sentences written for these tests.

A court (or the state) that sets aside a punishment passed on someone -- overturns, quashes or sets aside a
conviction, a sentence, a verdict or a ban -- eases it (CONCEDE, CAMEO 081), its target
whom the punishment fell on: the object's possessor or "of" phrase, an "against"/"on" phrase, else the people of
the latest arrest, charge or sentence told in the two sentences before (courts.punished_before). An acquittal
(081) is the court's, the passive's doer the one court named near (event_enforcers.tsv); a court that grants
bail, parole or house arrest eases custody (081). A reversal only asked for or refused keeps its own reading.
"""
from __future__ import annotations

import pytest

from .event_helpers import coded_rule, coded_rule_status


def _eased(process, text):
    return [r for r in coded_rule(process, text) if r[0] == "CONCEDE"]


REVERSALS = [
    # (sentence, doer, whom the punishment fell on, rule word)
    ("An appeals court in Nairobi overturned the conviction of businessman Ahmed Salim.",
     "appeals court", "Ahmed Salim", "overturn"),
    ("An appeals court in Nairobi overturned Salim's conviction on Monday.", "appeals court", "Salim", "overturn"),
    ("Kenya's Supreme Court quashed the sentence against opposition leader John Otieno.",
     "Supreme Court", "John Otieno", "quash"),
    ("Kenya's High Court quashed the ban on the Orange Democratic Movement.",
     "High Court", "Orange Democratic Movement", "quash"),
    ("Kenya's High Court set aside the conviction of John Otieno.", "High Court", "John Otieno", "set"),
]


@pytest.mark.parametrize("text,doer,target,lemma", REVERSALS)
def test_a_punishment_set_aside_is_eased_for_whom_it_fell_on(process, text, doer, target, lemma):
    rows = _eased(process, text)
    assert any(doer in r[1][0] and r[2] == (target,) and r[3].startswith(f"verb:{lemma}") for r in rows), \
        coded_rule(process, text)


def test_a_conviction_set_aside_without_its_owner_falls_on_the_people_sentenced_before(process):
    text = ("A court in Nairobi sentenced John Otieno to six years in prison in 2022. "
            "An appeals court overturned the conviction last year and ordered a new trial.")
    rows = _eased(process, text)
    assert [(r[1], r[2]) for r in rows] == [(("appeals court",), ("John Otieno",))], coded_rule(process, text)
    assert rows[0][3].endswith("/punished")


def test_a_ban_set_aside_names_its_own_target_or_none(process):
    """Only a court's act (a conviction, a sentence, a verdict) reaches back to the people punished before."""
    text = ("Kenya's High Court banned the Orange Democratic Movement in May. "
            "An appeals court overturned the ban in June.")
    assert not _eased(process, text), coded_rule(process, text)


@pytest.mark.parametrize("text", [
    "Kenya's High Court acquitted opposition leader John Otieno of all charges.",
    "Opposition leader John Otieno was acquitted of all charges by Kenya's High Court.",
    # the agentless passive: the one court named in the sentence before acquits
    "Kenya's High Court heard the case on Monday. John Otieno was acquitted of fraud.",
])
def test_an_acquittal_is_the_court_s(process, text):
    rows = _eased(process, text)
    assert any(r[1] == ("High Court",) and r[2] == ("John Otieno",) for r in rows), coded_rule(process, text)


def test_an_agentless_reversal_takes_the_court_named_before(process):
    text = "Kenya's High Court heard the case on Monday. John Otieno's conviction was overturned."
    rows = _eased(process, text)
    assert [(r[1], r[2]) for r in rows] == [(("High Court",), ("John Otieno",))], coded_rule(process, text)
    assert rows[0][3].endswith("+enforcer")


def test_custody_eased_by_a_grant(process):
    text = "A court in Nairobi granted house arrest to John Otieno on Monday."
    rows = _eased(process, text)
    assert [(r[2], r[3]) for r in rows] == [(("John Otieno",), "verb:grant/@revoked_liberty")], \
        coded_rule(process, text)


def test_a_reversal_only_possible_is_not_asserted(process):
    rows = [r for r in coded_rule_status(process, "Kenya's High Court may overturn the conviction of John Otieno.")
            if r[0] == "CONCEDE"]
    assert rows and all(r[4] != "asserted" for r in rows), rows


@pytest.mark.parametrize("text", [
    "Lawyers for John Otieno asked Kenya's High Court to overturn his conviction.",  # asked for: a request
    "Kenya's High Court refused to overturn the conviction of John Otieno.",  # refused: not done
])
def test_a_reversal_asked_for_or_refused_is_not_done(process, text):
    assert not _eased(process, text), coded_rule(process, text)


@pytest.mark.parametrize("text", [
    "The bus overturned on the highway near Nakuru.",
    "Protesters overturned cars in Nairobi on Monday.",
    "The government reversed its decision to raise fuel prices.",
    "Kenya's High Court overturned the ruling of a lower court.",  # a ruling is no punishment of anyone named
    "Kenya's High Court will hear the case next month.",
    "He was found guilty in the court of public opinion.",
    "The striker charged down the field and scored.",
])
def test_no_punishment_eased(process, text):
    assert not _eased(process, text), coded_rule(process, text)


@pytest.mark.parametrize("text", [
    "A Kenyan court sentenced opposition leader John Otieno to five years in prison on Monday.",
    # the agentless passive: the court named in the sentence before sentences, and finds guilty
    "Kenya's High Court heard the case on Monday. John Otieno was sentenced to five years in prison.",
])
def test_a_sentence_is_the_punishment_and_the_finding_of_guilt(process, text):
    rows = coded_rule(process, text)
    punished = [(r[1], r[2]) for r in rows if r[0] == "COERCE" and r[3].startswith("verb:sentence")]
    guilty = [(r[1], r[2]) for r in rows if r[0] == "ACCUSE" and r[3].startswith("verb:sentence")
              and r[3].endswith("/guilty")]
    assert punished and guilty == punished, rows


def test_a_conviction_and_a_sentence_find_guilty_once(process):
    text = "A court in Nairobi convicted John Otieno of fraud and sentenced him to five years in June."
    rows = [r for r in coded_rule(process, text) if r[0] == "ACCUSE"]
    assert len(rows) == 1 and rows[0][2] == ("John Otieno",), coded_rule(process, text)


@pytest.mark.parametrize("text", [
    "Prosecutors asked Kenya's High Court to sentence John Otieno to ten years.",  # asked for: no verdict
    "Kenyan police arrested John Otieno on Monday.",  # an arrest finds nobody guilty
])
def test_no_finding_of_guilt_without_a_sentence_passed(process, text):
    rows = [r for r in coded_rule(process, text) if r[0] == "ACCUSE"]
    assert not rows, coded_rule(process, text)

