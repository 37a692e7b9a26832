"""Targets a reader finds where the trigger's own phrase names nobody (issue 15, round 8, TARGETS).
Sentences written for these tests.

- A judgement of, or a demand about, someone's arrest, detention, deportation or release is aimed at the
  state that holds the person (eventcoding/agents.custodian).
- A charge of wrongdoing rejected by a person the state acted against answers the state that did it; an
  accusation filed against a government a few sentences before answers a ministry of that government that
  dismisses it (eventcoding/context.claimant).
"""
from __future__ import annotations

import pytest

from .event_helpers import named_events


def _with(found, kind):
    return [e for e in found if e[0] == kind]


@pytest.mark.parametrize("text, kind, source, target", [
    ("Kofi Mensah, a Ghanaian reporter, has been held since June 3. Rights groups condemned Mensah's arrest.",
     "ACCUSE", "Rights groups", "Ghana"),
    ("Authorities in Peru arrested the activist Rosa Quispe in May. Amnesty International called for her "
     "immediate release.", "REQUEST", "Amnesty International", "Peru"),
    ("Police in Uganda detained the singer Bobi Wine on Friday. The European Union criticized the detention "
     "of Wine.", "ACCUSE", "European Union", "Uganda"),
])
def test_a_judgement_of_custody_is_aimed_at_the_state_holding_the_person(process, text, kind, source,
                                                                          target) -> None:
    found = _with(named_events(process, text), kind)
    assert (kind, [source], [target]) in found, found


def test_a_release_asked_of_captors_names_no_state(process) -> None:
    # hostages are freed by whoever took them: the country of the hostages is not asked
    found = named_events(process, "Hamas seized dozens of hostages in October. Qatar called for the release "
                                  "of the hostages.")
    assert all(e[2] != ["Qatar"] and "Israel" not in e[2] for e in _with(found, "REQUEST")), found


def test_a_release_with_no_custody_told_names_nobody(process) -> None:
    found = named_events(process, "The Committee to Protect Journalists demanded the release of the Egyptian "
                                  "blogger Alaa Fattah.")
    assert all(not e[2] for e in _with(found, "REQUEST")), found


@pytest.mark.parametrize("text, source, target", [
    ("Peru's Supreme Court sentenced the activist Rosa Quispe to four years in prison in 2021. Quispe has "
     "rejected all the accusations.", "Rosa Quispe", "Peru's Supreme Court"),
    ("Police in Kenya arrested the blogger Tom Otieno last month. He was freed on bail on Monday. His lawyer "
     "said he will appeal. Otieno denied the accusations.", "Tom Otieno", "Police"),
])
def test_charges_denied_by_someone_the_state_acted_against_answer_the_state(process, text, source,
                                                                            target) -> None:
    found = _with(named_events(process, text), "REJECT")
    assert ("REJECT", [source], [target]) in found, found


def test_charges_with_their_own_maker_are_not_the_states(process) -> None:
    found = named_events(process, "Police in Kenya arrested the blogger Tom Otieno last month. He was freed on "
                                  "bail on Monday. His lawyer said he will appeal. Otieno denied the "
                                  "allegations by his former employer.")
    assert all(e[2] != ["Police"] for e in _with(found, "REJECT")), found


@pytest.mark.parametrize("text, source, target", [
    ("Environmental groups filed a lawsuit against the Brazilian government in May. The suit says logging rose "
     "sharply. Brazil's environment ministry dismissed the allegations.", "Brazil's environment ministry",
     "Environmental groups"),  # (round 9: the ministry is a body of Brazil's, as "Nigeria's electoral commission")
    ("The opposition accused the Nigerian government of rigging the vote. Turnout was low in the north. "
     "Nigeria's electoral commission rejected the charges.", "Nigeria's electoral commission", "opposition"),
])
def test_an_accusation_at_a_government_answers_its_bodies_two_sentences_on(process, text, source,
                                                                          target) -> None:
    found = _with(named_events(process, text), "REJECT")
    assert ("REJECT", [source], [target]) in found, found


@pytest.mark.parametrize("text", [
    "Kenya's health ministry accused the company of selling fake vaccines.",
    "The European Commission blamed the airlines for the delays.",
    "The union blamed him for the layoffs.",
    "The company was accused by Kenya's health ministry of selling fake vaccines.",
])
def test_an_accusation_of_someone_not_linked_is_not_recorded_without_a_target(process, text) -> None:
    found = named_events(process, text)
    assert not any(e[0] == "ACCUSE" and not e[2] for e in found), found


def test_an_accusation_keeps_the_one_it_blames(process) -> None:
    found = named_events(process, "Chile condemned Bolivia for closing the border.")
    assert any(e[0] == "ACCUSE" and e[2] == ["Bolivia"] for e in found), found


@pytest.mark.parametrize("text", [
    "Ethiopia refused to attend the talks in Cairo.",
    "The ruling party declined to take part in the debate on Tuesday.",
])
def test_a_refusal_to_act_with_no_asker_found_is_not_recorded(process, text) -> None:
    found = named_events(process, text)
    assert not any(e[0] == "REJECT" and not e[2] for e in found), found


def test_a_refusal_of_a_thing_stands_without_a_target(process) -> None:
    found = named_events(process, "President Ruto rejected the idea of a unity government.")
    assert ("REJECT", ["William Ruto"], []) in found or any(e[0] == "REJECT" and e[1] and not e[2] for e in found), found


@pytest.mark.parametrize("text, source, target", [
    ("Boko Haram fighters attacked a checkpoint manned by Nigerian soldiers.", "Boko Haram", "Nigerian soldiers"),
    ("An al-Shabab raid on the village left nine Kenyan soldiers dead.", "al-Shabab", "Kenyan soldiers"),
    ("Rebels opened fire on two police patrols near Kidal. The police said two officers were hurt.", "Rebels",
     "police"),
    ("Islamic State fighters shelled the town, killing six Iraqi soldiers.", "Islamic State", "Iraqi soldiers"),
    ("Twelve Malian soldiers died in an attack by al-Qaida fighters on Sunday.", "al-Qaida", "Malian soldiers"),
    ("Gunmen ambushed a convoy carrying Nigerian soldiers near Maiduguri.", "Gunmen", "Nigerian soldiers"),
])
def test_whom_an_attack_struck_is_read_around_its_object_and_outcome(process, text, source, target) -> None:
    found = _with(named_events(process, text), "ASSAULT")
    assert any(e[1] == [source] and e[2] == [target] for e in found), found


def test_a_thing_attacked_named_for_no_actor_gives_no_target(process) -> None:
    # "a cargo train": the noun names no group of the article
    found = _with(named_events(process, "Gunmen attacked a cargo train near Quetta. Police said the gunmen fled."),
                  "ASSAULT")
    assert found and all(not e[2] for e in found), found


@pytest.mark.parametrize("text, source, target", [
    ("Microsoft said on Monday that it complied with the Indian government's requests to remove the videos.",
     "India", "Microsoft"),
    ("Dr. Ravi Patel has campaigned for iodised salt since 2010. Patel says Australian authorities have reacted "
     "only slowly to his calls for mandatory testing.", "Ravi Patel", "Australian authorities"),
    ("Hungary refused to bow to the European Commission's demands.", "European Commission", "Hungary"),
])
def test_a_request_is_made_of_whoever_answers_it(process, text, source, target) -> None:
    found = _with(named_events(process, text), "REQUEST")
    assert ("REQUEST", [source], [target]) in found, found


@pytest.mark.parametrize("text, source, target", [
    ("Eritrea refused to attend the talks hosted by the African Union.", "Eritrea", "African Union"),
    ("Hungary has refused to send weapons to Ukraine.", "Hungary", "Ukraine"),
    ("Mali refused to allow United Nations inspectors to visit the camps.", "Mali", "United Nations"),
])
def test_a_refusal_is_aimed_at_the_party_named_in_the_act_refused(process, text, source, target) -> None:
    found = _with(named_events(process, text), "REJECT")
    assert any(e[2] == [target] for e in found), found


def test_a_party_deeper_in_a_phrase_of_the_act_refused_is_not_its_target(process) -> None:
    found = named_events(process, "Ghana refused to attend a session held by the regional bloc's top court over a "
                                  "fishing dispute with Togo.")
    assert not any(e[0] == "REJECT" and e[2] == ["Togo"] for e in found), found


@pytest.mark.parametrize("text, source, target", [
    ("Amnesty International filed two lawsuits against the Brazilian government in March. One suit says officials "
     "ignored the law. Another says the permits were forged. A third case is pending. Brazil rejected the "
     "claims in the lawsuits.", "Brazil", "Amnesty International"),
    ("The opposition filed a complaint against the electoral commission of Malawi in June. Malawi's electoral "
     "commission rejected the claims in the complaint.", "Malawi's electoral commission", "opposition"),
])
def test_a_claim_rejected_answers_who_made_the_thing_it_was_made_in(process, text, source, target) -> None:
    found = _with(named_events(process, text), "REJECT")
    assert ("REJECT", [source], [target]) in found, found


def test_a_verbs_accusation_takes_the_party_its_own_quote_names(process) -> None:
    found = named_events(process, '"Sadly, the Ugandan army has repeatedly violated the ceasefire and killed '
                                  'civilians," the rebel commander Joseph Kony alleged in a statement on Friday.')
    accusations = _with(found, "ACCUSE")
    assert accusations == [("ACCUSE", ["Joseph Kony"], ["Ugandan army"])], found
