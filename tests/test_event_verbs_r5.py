"""Verb events by class, on sentences written for these tests (issue 15, round 5): directing someone else
to act, bans of a thing, denials of a deed."""
from __future__ import annotations

import pytest

from .event_helpers import coded_rule as coded


def rows_of(rows, kind: str):
    return [r for r in rows if r[0] == kind]


# ---- directing someone else to act: a REQUEST of the one told -------------------------------------------

@pytest.mark.parametrize("text, source, target", [
    ("Kenya's Supreme Court ordered the Independent Electoral and Boundaries Commission to repeat the vote.",
     "Kenya's Supreme Court", "Independent Electoral and Boundaries Commission"),
    ("The Ministry of Information instructed the Afghan Journalists Association not to publish the report.",
     "Ministry of Information", "Afghan Journalists Association"),
    ("President Ruto directed the Ministry of Foreign Affairs to summon the Chinese ambassador.",
     "Ruto", "Ministry of Foreign Affairs"),
    ("Putin told Lukashenko to close the border with Poland.", "Putin", "Lukashenko"),
])
def test_directing_another_to_act_is_a_request_of_them(process, text, source, target):
    found = rows_of(coded(process, text), "REQUEST")
    assert [(r[1], r[2]) for r in found] == [((source,), (target,))]
    assert found[0][3].endswith("/tocomp")


@pytest.mark.parametrize("text", [
    "Ugandan President Yoweri Museveni ordered the army to withdraw from the border town.",  # its own forces
    "Putin told reporters to expect a long war.",  # the press is told, not asked
    "Kenya's Supreme Court ordered a recount in two constituencies.",  # no one told to act
])
def test_no_request_without_another_party_told_to_act(process, text):
    assert not rows_of(coded(process, text), "REQUEST")


def test_the_deed_ordered_of_ones_own_forces_is_still_coded(process):
    rows = coded(process, "Ugandan President Yoweri Museveni ordered the army to withdraw from the border town.")
    assert [r[0] for r in rows] == ["RETREAT"]


# ---- a ban of a thing: a measure in force, coded without a target ---------------------------------------

@pytest.mark.parametrize("text, source", [
    ("Uganda's parliament banned the sale of alcohol in 2019.", "Uganda's parliament"),
    ("Canada and Belgium have recently banned imports of hunting trophies.", "Canada"),
    ("Last year Tanzania prohibited the export of raw cashew nuts.", "Tanzania"),
])
def test_a_ban_of_a_thing_is_coerce_without_a_target(process, text, source):
    found = rows_of(coded(process, text), "COERCE")
    assert any(r[1] == (source,) and r[2] == () for r in found), found


def test_a_ban_of_a_party_still_targets_it(process):
    found = rows_of(coded(process, "Uganda banned Human Rights Watch from the country in 2021."), "COERCE")
    assert [(r[1], r[2]) for r in found] == [(("Uganda",), ("Human Rights Watch",))]


# ---- dismissing a finding, a statement or concerns rejects whoever made them ---------------------------

@pytest.mark.parametrize("text, source, target", [
    ("Mujahid dismissed the United Nations findings on women's rights.", "Mujahid", "United Nations"),
    ("Iran dismissed the Israeli statement as a fabrication.", "Iran", "Israel"),
    ("Putin dismissed concerns raised by NATO about the exercises.", "Putin", "NATO"),
])
def test_dismissing_a_finding_or_concern_rejects_its_maker(process, text, source, target):
    found = rows_of(coded(process, text), "REJECT")
    assert [(r[1], r[2]) for r in found] == [((source,), (target,))]


def test_dismissing_a_person_from_a_post_is_no_rejection(process):
    assert not rows_of(coded(process, "Ruto dismissed the interior minister on Tuesday."), "REJECT")


# ---- denying a deed answers the accusation just before -------------------------------------------------

@pytest.mark.parametrize("text, source, target", [
    ("Islamabad blames the bombings on gunmen who hide across the Afghan border. "
     "The Afghan Taliban deny giving shelter to the gunmen.", "Taliban", "Pakistan"),
    ("Afghan officials accused the Taliban of planning the raid on the clinic. "
     "The Taliban denied involvement, saying it rejects all attacks on civilians.",
     "Taliban", "Afghan officials"),
    ("Kenya accused Somalia of arming the militias. Mogadishu denied any role in the fighting.", "Somalia", "Kenya"),
])
def test_a_denied_deed_rejects_the_accuser(process, text, source, target):
    found = rows_of(coded(process, text), "REJECT")
    assert [(r[1], r[2]) for r in found] == [((source,), (target,))]


def test_a_denied_deed_with_no_accuser_before_has_no_target(process):
    found = rows_of(coded(process, "The Taliban denied involvement in the attack."), "REJECT")
    assert [(r[1], r[2]) for r in found] == [(("Taliban",), ())]


def test_a_participle_beside_a_denial_keeps_its_own_event(process):
    """"denied X, saying it condemns Y": the condemnation is the participle's, not inside the denial."""
    rows = coded(process, "The Taliban denied involvement, saying it condemns the Islamic State attack on Kabul.")
    assert rows_of(rows, "REJECT")


# ---- a request to the public at large is a request to a group of the story -------------------------------------
# (round 5 left these out; since round 14 the public is a group where it is asked something, as the A gold codes
# officials begging civilians to return to their villages, and the fresh gold D and G code requests to "people")

@pytest.mark.parametrize("text, target", [
    ("Health experts in Ghana urged people to get tested.", "people"),
    ("Officials pleaded with villagers to return home.", "villagers"),
])
def test_a_request_to_the_public_names_the_public(process, text, target):
    assert any(target in r[2] for r in rows_of(coded(process, text), "REQUEST"))


@pytest.mark.parametrize("text, source, target", [
    ("The United States has called for a broader cabinet.",
     "United States", None),  # no addressee named: the request stands alone (with "in Syria" the country is
    # the party of what is asked for, target role sought: tests/test_events_clauses_r14.py)
    ("Kenya urged Somalia to withdraw the case.", "Kenya", "Somalia"),
    ("U.S. officials called on all warring parties in Afghanistan to reduce hostilities.", "U.S. officials", None),
])
def test_a_request_with_no_addressee_or_a_coded_one_stays(process, text, source, target):
    found = rows_of(coded(process, text), "REQUEST")
    assert ((source,), (target,) if target else ()) in [(r[1], r[2]) for r in found], found


# ---- private travellers and vehicles pay no visits; a source asking not to be named makes no request ---------

@pytest.mark.parametrize("text", [
    "About a million Chinese tourists visited Thailand last spring.",
    "Police say the Karachi Express was traveling north from Lahore to Peshawar when gunmen stopped it.",
    "Thousands of Kenyan students travel to China every year.",
])
def test_private_travellers_and_vehicles_make_no_visit(process, text):
    assert not rows_of(coded(process, text), "CONSULT")


@pytest.mark.parametrize("text, source, target", [
    ("Indian Prime Minister Narendra Modi will travel to Mauritius next month.", "Narendra Modi", "Mauritius"),
    ("Chinese President Xi Jinping visited Vietnam in April.", "Xi Jinping", "Vietnam"),
])
def test_an_official_visit_stays(process, text, source, target):
    assert [(r[1], r[2]) for r in rows_of(coded(process, text), "CONSULT")] == [((source,), (target,))]


def test_requesting_anonymity_is_no_request(process):
    text = "An official of the Ministry of Information in Kabul, who requested anonymity, told Reuters about the rules."
    assert not rows_of(coded(process, text), "REQUEST")


# ---- an arrest or charge told without its agent is the state's of the place it happened in ---------------------

@pytest.mark.parametrize("text, source, target", [
    ("Uganda holds elections in January. Opposition leader Kizza Besigye was arrested in Kampala on Tuesday.",
     "Uganda", "Kizza Besigye"),
    ("The Russian journalist Ivan Petrov was detained in Belarus last week.", "Belarus", "Ivan Petrov"),
])
def test_an_agentless_arrest_of_a_person_is_the_state_s(process, text, source, target):
    found = [r for r in rows_of(coded(process, text), "COERCE") if r[3].endswith("/state")]
    assert [(r[1], r[2]) for r in found] == [((source,), (target,))]


def test_a_capture_in_battle_is_not_given_to_the_state(process):
    text = "Several rebels were captured in the fighting near Bangui, the Central African Republic army said."
    rows = coded(process, text)
    assert not [r for r in rows if r[3].endswith("/state")]


def test_no_state_is_guessed_where_the_article_names_none(process):
    rows = coded(process, "Opposition leader Kizza Besigye was arrested on Tuesday.")
    assert not [r for r in rows if r[3].endswith("/state")]


# ---- releasing people, not reports ------------------------------------------------------------------------------

def test_releasing_people_is_a_release_and_releasing_a_report_is_none(process):
    rows = coded(process, "Al-Shabab militants released two Kenyan doctors on Monday.")
    assert [(r[0], r[2]) for r in rows] == [("RETREAT", ("Kenyan doctors",))]
    assert not coded(process, "The Kenya National Bureau of Statistics released a report on Tuesday.")


@pytest.mark.parametrize("text", [
    "Cambodian journalist Mech Dara has been released on bail, his lawyer said.",
    "Cambodian journalist Mech Dara spoke to reporters on Friday after being freed from prison.",
])
def test_a_release_from_custody_without_agent_is_the_state_s(process, text):
    found = [r for r in rows_of(coded(process, text), "RETREAT") if r[3].endswith("/state")]
    assert [(r[1], r[2]) for r in found] == [(("Cambodia",), ("Mech Dara",))]


def test_people_freed_from_captors_are_not_given_to_the_state(process):
    text = "Cambodia sent police to the border. Twenty Cambodian workers were freed on Tuesday."
    assert not [r for r in coded(process, text) if r[3].endswith("/state")]
