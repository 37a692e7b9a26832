"""Events round 9 (issue 15, classes frequent on unseen news), on sentences written for these tests: groups
voicing concern or support, and raids made by law enforcement."""
from __future__ import annotations

import pytest

from .event_helpers import coded_rule as coded


# ---- voicing concern (disapproval, 110) or support (051) about what a party does ---------------------------

CONCERN = [
    ("Japan and Germany voiced concern over Russia's growing military presence in the Arctic.",
     "ACCUSE", "Japan", "Russia"),
    ("Brazil expressed support for Argentina's bid to host the summit.", "SUPPORT", "Brazil", "Argentina"),
    ("Norway shared concerns about Iran's expanding missile program.", "ACCUSE", "Norway", "Iran"),
    ("Human Rights Watch raised concerns that Egypt's new decree would silence the press.",
     "ACCUSE", "Human Rights Watch", "Egypt"),
]


@pytest.mark.parametrize("text,kind,source,target", CONCERN)
def test_voiced_concern_or_support_targets_the_party_concerned(process, text, kind, source, target):
    rows = [r for r in coded(process, text) if r[0] == kind]
    assert any(r[1] == (source,) and r[2] == (target,) for r in rows), coded(process, text)


def test_a_feared_deed_in_the_concern_is_not_coded_as_done(process):
    rows = coded(process, "Finland raised concerns that Russia would threaten the Baltic states.")
    assert any(r[0] == "ACCUSE" and r[2] == ("Russia",) for r in rows), rows
    assert not any(r[0] == "THREATEN" for r in rows), rows


# ---- a raid by law enforcement is coercion (COERCE), by an army or on armed fighters an assault ------------

def test_police_raid_on_a_rights_group_is_coercion(process):
    rows = coded(process, "Police in Nairobi raided the offices of the Kenya Human Rights Commission on Tuesday.")
    assert any(r[0] == "COERCE" and r[2] == ("Kenya Human Rights Commission",) and r[3].endswith("/enforce")
               for r in rows), rows
    assert not any(r[0] == "ASSAULT" for r in rows), rows


def test_a_passive_police_raid_is_coercion_too(process):
    rows = coded(process, "The offices of the opposition party were raided by the police last week.")
    assert any(r[0] == "COERCE" and r[1] == ("police",) for r in rows), rows


def test_an_armed_raid_stays_an_assault(process):
    rows = coded(process, "Israeli commandos raided a Turkish ship in 2010.")
    assert any(r[0] == "ASSAULT" and r[1] == ("Israel",) for r in rows), rows
    assert not any(r[0] == "COERCE" for r in rows), rows


def test_a_police_raid_on_armed_fighters_stays_an_assault(process):
    rows = coded(process, "Police raided the homes of al-Shabab fighters in Garissa.")
    assert any(r[0] == "ASSAULT" and r[2] == ("al-Shabab",) for r in rows), rows


# ---- a terrorist designation in law is a blacklisting (SANCTION 160) ---------------------------------------

DESIGNATED = [
    ("The United States designated Hezbollah a terrorist organization in 1997.", "United States", "Hezbollah"),
    ("Canada listed al-Shabab as a terrorist entity in 2010.", "Canada", "al-Shabab"),
    ("Britain has designated Hamas as a terrorist group.", "United Kingdom", "Hamas"),
]


@pytest.mark.parametrize("text,source,target", DESIGNATED)
def test_a_terrorist_designation_is_a_sanction_of_the_group(process, text, source, target):
    rows = coded(process, text)
    assert any(r[0] == "SANCTION" and r[1] == (source,) and r[2] == (target,) and ("designate" in r[3] or "list" in r[3])
               for r in rows), rows


# ---- a judgement of a court's act whose maker is not told answers the court or judge named near it --------

def test_refusing_a_hearing_turns_down_the_court_named_in_the_sentence(process):
    rows = coded(process, "The case went before the International Court of Justice in March, though Kenya "
                          "refused to attend the hearing.")
    assert any(r[0] == "REJECT" and r[1] == ("Kenya",) and r[2] == ("International Court of Justice",)
               for r in rows), rows


def test_refusing_a_hearing_may_name_the_court_in_the_next_sentence(process):
    rows = coded(process, "Ethiopia has refused to attend next week's hearing. In a letter to the International "
                          "Court of Justice, the government cited the pandemic.")
    assert any(r[0] == "REJECT" and r[1] == ("Ethiopia",) and r[2] == ("International Court of Justice",)
               for r in rows), rows


def test_rejecting_a_ruling_answers_the_country_s_own_court(process):
    rows = coded(process, "Kenya's High Court heard the case on Monday. The government later rejected the ruling.")
    assert any(r[0] == "REJECT" and r[2] == ("High Court",) for r in rows), rows


def test_a_ruling_called_arbitrary_accuses_the_judge(process):
    rows = coded(process, "Judge Ana Ruiz ordered the journalist back to jail on Monday. The journalist's "
                          "newspaper, El Diario, called the ruling arbitrary.")
    assert any(r[0] == "ACCUSE" and r[2] == ("Ana Ruiz",) for r in rows), rows


def test_no_court_named_no_target_is_guessed(process):
    rows = coded(process, "Kenya refused to attend the hearing on Monday.")
    assert not any(r[0] == "REJECT" and r[2] for r in rows), rows


def test_a_lawyer_is_no_court(process):
    rows = coded(process, "Lawyer John Okoth represented the family. Kenya refused to attend the hearing.")
    assert not any(r[0] == "REJECT" and r[2] == ("John Okoth",) for r in rows), rows


# ---- sentences of the round's classes that code no event of the kind named --------------------------------

@pytest.mark.parametrize("text,kind", [
    pytest.param("Unicef expressed concern that many students in Kenya will drop out of school.", "ACCUSE", id="concern for civilians accuses none of them"),
    pytest.param("The ministry expressed concern about the heavy rain in the north.", "ACCUSE", id="concern about a thing of nobody"),
    pytest.param("Kenya expressed gratitude to Japan for the donation.", "ACCUSE", id="thanks are no concern"),
    pytest.param("Washington designated Ali Hassan as its new envoy to the talks with Iran.", "SANCTION", id="designating an envoy"),
    pytest.param("Germany designated Olaf Berg, a terrorist expert, as its envoy to Kenya.", "SANCTION", id="a complement set off by commas"),
])
def test_look_alikes_code_no_event_of_the_kind(process, text, kind):
    rows = coded(process, text)
    assert not any(r[0] == kind for r in rows), rows
