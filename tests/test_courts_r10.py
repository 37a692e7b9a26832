"""Justice as events, round 10 (issue 15): someone who faces charges or a trial is coerced by the state that
charges or tries them (COERCE 173); the subject of a denial is not what it denies. Sentences written for
these tests."""
from __future__ import annotations

import pytest

from .event_helpers import coded_rule_status as coded


FACED = [
    ("Opposition leader Peter Otieno of Kenya faces charges of treason.", "Kenya", "Peter Otieno"),
    ("Kenyan opposition leader Peter Otieno is awaiting trial on treason charges.", "Kenya", "Peter Otieno"),
    ("In Uganda, the activist Sarah Nakato went on trial in Kampala on Monday.", "Uganda", "Sarah Nakato"),
    ("Zambian journalist Ruth Banda, who is facing two counts of sedition charges, was freed on bail.",
     "Zambia", "Ruth Banda"),
    ("Bolivia's former interior minister Carlos Mendoza is undergoing trial for embezzlement in La Paz.",
     "Bolivia", "Carlos Mendoza"),
]


@pytest.mark.parametrize("text,state,accused", FACED)
def test_facing_charges_or_trial_is_the_states_coercion_of_the_accused(process, text, state, accused):
    rows = coded(process, text)
    assert any(r[0] == "COERCE" and r[1] == (state,) and r[2] == (accused,) and "/faced" in r[3]
               for r in rows), rows


NOT_FACED = [
    "Kenya's finance minister Peter Otieno does not face any charges.",  # negated
    "Uganda faces charges of dumping from the European Union.",  # a country accused in trade is no defendant
    "In Brazil, the mining company Vale faces charges over the dam collapse.",  # a firm: no person tried
    "Kenyan prosecutors dropped the charges against Peter Otieno on Monday.",  # not faced by a subject
    "Peter Otieno of Kenya faces up to ten years in prison.",  # a possible sentence, no charge told
    "In Peru, 900 defendants are awaiting trial in Lima's overcrowded jails.",  # a count of people
]


@pytest.mark.parametrize("text", NOT_FACED)
def test_no_faced_case_where_nobody_is_told_facing_one(process, text):
    rows = coded(process, text)
    assert not any("/faced" in r[3] for r in rows), rows


def test_the_state_of_the_court_tries_a_foreigner(process):
    rows = coded(process, "Chile expelled two diplomats last year. At a trial in Paris, the Chilean businessman "
                          "Jorge Alvarez, who faces fraud charges, spoke for an hour. France has not commented.")
    faced = [r for r in rows if "/faced" in r[3]]
    assert faced and all(r[1] == ("France",) and r[2] == ("Jorge Alvarez",) for r in faced), rows


def test_the_one_enforcer_named_near_brings_the_charges(process):
    rows = coded(process, "Kenyan police questioned the activist Joseph Kamau in Nairobi for six hours on Friday. "
                          "Kamau now faces charges of incitement.")
    assert any(r[0] == "COERCE" and r[1] == ("Kenyan police",) and r[2] == ("Joseph Kamau",) and "/faced" in r[3]
               for r in rows), rows


def test_the_accused_who_faces_charges_and_denies_them(process):
    rows = coded(process, "Kenyan journalist Mary Wanjiku, who faces two charges of sedition, denies the "
                          "charges against her.")
    faced = [r for r in rows if "/faced" in r[3]]
    assert faced and all(r[4] == "asserted" for r in faced), rows  # what the denier faces is not denied
    assert any(r[0] == "REJECT" and r[1] == ("Mary Wanjiku",) and r[2] == ("Kenya",) for r in rows), rows


def test_a_denied_report_in_the_passive_subject_stays_denied(process):
    rows = coded(process, "Reports that Ethiopia attacked Eritrea were denied by Addis Ababa.")
    assert any(r[0] == "ASSAULT" and r[4] == "denied" for r in rows), rows


def test_a_charge_is_no_event_noun_where_nobody_faces_it(process):
    # the "of" phrase of charges rejected names their maker, as for any noun outside the event lexicon
    rows = coded(process, "Kenyan police arrested activist Joseph Kamau in Nairobi in March. Kamau rejected the "
                          "charges of the prosecutors.")
    assert any(r[0] == "REJECT" and r[1] == ("Joseph Kamau",) and r[2] == ("prosecutors",) for r in rows), rows
    assert not any("/faced" in r[3] for r in rows), rows
