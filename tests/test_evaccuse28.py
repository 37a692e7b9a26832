"""Accusations carried by a verb of fear or suspicion over a clause telling what a party does (round 28,
evaccuse28).

A speaker who fears or suspects that a named party does or will do a wrong ("fears the ruling party is rigging
the vote", "we suspect the police are going to harass us") accuses that party, as a careful coder records it
(ACCUSE speaker -> the party). Near misses: fear of a natural event, a clause with no actor, a speaker's worry
about itself, a neutral claim, a denial. Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.event_helpers import coded_of_type, has_name


def _accusations(process, text: str) -> list[tuple]:
    return coded_of_type(process, text, "ACCUSE")


@pytest.mark.parametrize("text, source, target", [
    ("Opposition leader Peter Okello says he fears the ruling party is rigging the election.",
     "Okello", "ruling party"),
    ('"We suspect that the governor is going to harass our members before the vote," said activist Jane Moyo.',
     "Moyo", "governor"),
    ("Rights lawyer Amina Diallo suspects the police tortured detainees in Kano last year.",
     "Diallo", "police"),
    ("Farm union chief Ivan Petrov fears Governor Tom Reed will illegally seize the land of small growers.",
     "Petrov", "Reed"),
])
def test_a_feared_or_suspected_wrong_accuses_its_doer(process, text, source, target) -> None:
    found = _accusations(process, text)
    assert any(has_name(s, source) and has_name(t, target) for _, s, t, _ in found), found


@pytest.mark.parametrize("text", [
    "Fisherman Ali Hassan fears the storm will hit the coast on Friday.",
    "Economist Sara Lind fears that prices will rise again in the spring.",
    "Senator Paul Grant said he fears he could lose his seat in November.",
    "Runner Kofi Mensah claimed the prize in Boston on Sunday.",
    "Envoy Lars Berg said the talks were going well.",
    "Police chief Dan Obi denied that officers had harassed the protesters.",
    "Mayor Olena Hrytsenko of Kharkiv fears Russian forces will shell the city again this winter.",
    "Rights lawyer Amina Diallo does not suspect the police tortured anyone.",
])
def test_no_accusation_without_a_feared_wrong_of_a_party(process, text) -> None:
    assert not _accusations(process, text), _accusations(process, text)


@pytest.mark.parametrize("text, source, target", [
    ("Opposition leader Rita Banda has long been critical of President Paul Mensah.", "Banda", "Mensah"),
    ("The Catholic Church in Kenya remains sharply critical of the government's new abortion law.", "Church", "Kenya"),
])
def test_a_party_critical_of_another_accuses_it(process, text, source, target) -> None:
    # (read by the verb row critical/of before this round: kept as a guard beside the near misses)
    found = _accusations(process, text)
    assert any(has_name(s, source) and has_name(t, target) for _, s, t, _ in found), found


@pytest.mark.parametrize("text", [
    "Senator Rita Banda said the next two weeks are critical for the talks.",
    "Doctors said the condition of President Paul Mensah was critical on Monday.",
    "Opposition leader Rita Banda is not critical of President Paul Mensah.",
    "The update fixes three flaws rated critical by Microsoft.",
])
def test_critical_of_nothing_judged_is_no_accusation(process, text) -> None:
    assert not _accusations(process, text), _accusations(process, text)


@pytest.mark.parametrize("text, source, target", [
    ("Historian Omar Saleh told reporters the Myanmar junta's latest arrests show contempt for the courts.",
     "Saleh", "Myanmar"),
    ("'Fear of books' Omar Saleh, a historian and former envoy, told VOA the Myanmar junta's raids on printers "
     "display a deep fear of critics.", "Saleh", "Myanmar"),
    ('"These raids reveal the Interior Ministry\'s fear of any dissent," said activist Nora Kell.', "Kell", "Interior Ministry"),
    ("Lawyer Ines Duarte said the Federal Police had shown total disregard for the law.", "Duarte", "Federal Police"),
])
def test_conduct_said_to_show_a_bad_attitude_accuses_the_party(process, text, source, target) -> None:
    found = _accusations(process, text)
    assert any(has_name(s, source) and has_name(t, target) for _, s, t, _ in found), found


@pytest.mark.parametrize("text", [
    "The junta's latest arrests show contempt for the courts, the newspaper's editorial argued in March.",
    "Lawyer Ines Duarte said the survey reveals fear of job losses among workers.",
    "Lawyer Ines Duarte said the Federal Police had not shown any disregard for the law.",
    "Lawyer Ines Duarte said the Federal Police showed courage during the floods.",
])
def test_no_accusation_for_an_attitude_not_laid_on_a_party(process, text) -> None:
    assert not _accusations(process, text), _accusations(process, text)


@pytest.mark.parametrize("text, source, target", [
    ("Activist Lina Haidari said Iran's hostility toward its Baha'i minority had grown.", "Haidari", "Iran"),
    ('"I believe the Myanmar army\'s hostility is directed at the free press," said editor Tun Aung.',
     "Tun Aung", "Myanmar"),
])
def test_a_party_s_attitude_aimed_at_others_accuses_it(process, text, source, target) -> None:
    found = _accusations(process, text)
    assert any(has_name(s, source) and has_name(t, target) for _, s, t, _ in found), found


@pytest.mark.parametrize("text", [
    "Iran's hostility toward Israel dates back to 1979, the textbook says in its opening chapter.",
    "Activist Lina Haidari said Iran's hostility toward Israel was not the cause.",
    "Activist Lina Haidari said the hostility toward migrants in the town had grown.",
])
def test_an_attitude_without_a_speaker_or_an_owner_accuses_no_one(process, text) -> None:
    assert not _accusations(process, text), _accusations(process, text)


@pytest.mark.parametrize("text, source, target", [
    ("Governor Ann Hale of Colorado said she was disappointed that the Transport Ministry did not pick Denver.",
     "Hale", "Transport Ministry"),
    ("Mayor Rui Costa of Porto said he was dismayed that the Portuguese Health Ministry had closed the clinic.",
     "Costa", "Health Ministry"),
])
def test_a_local_office_holder_blames_the_state_s_body(process, text, source, target) -> None:
    found = _accusations(process, text)
    assert any(has_name(s, source) and has_name(t, target) for _, s, t, _ in found), found


@pytest.mark.parametrize("text", [
    "Deputy Health Minister Rui Costa of Portugal said he was dismayed that the Portuguese Health Ministry had closed "
    "the clinic.",
    "Governor Ann Hale of Colorado said she was disappointed that she had not won the vote.",
])
def test_a_state_s_own_voice_does_not_blame_itself(process, text) -> None:
    assert not _accusations(process, text), _accusations(process, text)
