"""Events whose trigger the lexicons know but whose frame hid a participant (round 14, task evclauses): the party
of what a "for" phrase asks for, a guest participle the parser made a clause, a mandative passive under a demand,
a second joined verb addressing the first's party, a news conference with someone, support said again.
Sentences written for these tests."""
from __future__ import annotations

import pytest

from .event_helpers import coded_rule


def _found(process, text, kind=None):
    return [(k, src, tgt, rule) for k, src, tgt, rule in coded_rule(process, text) if kind is None or k == kind]


# ---- the party of what is asked for (target role `sought`, participants.sought_parties) ----------------------

@pytest.mark.parametrize("text,asker,party", [
    ("Togo postponed the vote again. The African Union called for free elections in Togo.", "African Union", "Togo"),
    ("Japan asked for negotiations with North Korea.", "Japan", "North Korea"),
    ("The opposition called for sanctions against the Venezuelan government.", "opposition", "Venezuela"),
    ("Kenya's call for talks with Somalia was welcomed.", "Kenya", "Somalia"),
])
def test_the_party_of_what_is_asked_for_is_the_target(process, text, asker, party):
    found = _found(process, text, "REQUEST")
    assert any(src == (asker,) and party in tgt for _, src, tgt, _ in found), found


def test_a_place_inside_a_country_is_no_sought_party(process):
    # the capital is where the calm is asked for, no party to the request
    found = _found(process, "Kenya deployed police. The African Union called for calm in Nairobi.", "REQUEST")
    assert all(not tgt for _, _, tgt, _ in found), found


# ---- a guest participle ("assured visiting X") -----------------------------------------------------------------

@pytest.mark.parametrize("text,host,guest,kind", [
    ("Putin assured visiting Indian Prime Minister Narendra Modi that Russia would supply oil.",
     "Putin", "Narendra Modi", "AGREE"),
    ("Ruto thanked visiting Chinese Foreign Minister Wang Yi for the loan.", "Ruto", "Wang Yi", "SUPPORT"),
])
def test_a_guest_participle_leaves_the_verb_its_object_and_the_guest_visits_the_host(process, text, host, guest, kind):
    found = _found(process, text)
    assert any(k == kind and src == (host,) and tgt == (guest,) for k, src, tgt, _ in found), found
    visits = [(src, tgt) for k, src, tgt, rule in found if k == "CONSULT" and rule.startswith("verb:visit")]
    assert visits == [((guest,), (host,))], found


def test_a_visit_told_as_a_verb_keeps_its_visitor(process):
    found = _found(process, "Japanese Prime Minister Fumio Kishida is visiting Russia.", "CONSULT")
    assert [(src, tgt) for _, src, tgt, _ in found] == [(("Fumio Kishida",), ("Russia",))], found


# ---- a demand that a party be removed, banned or tried (word class removal_verbs) ------------------------------

@pytest.mark.parametrize("text,asker,party", [
    ("The opposition demanded that the African National Congress be disbanded.", "opposition", "African National Congress"),
    ("Protesters in Khartoum demanded that Bashir be tried.", "Protesters", "Bashir"),
    ("Rights groups demanded that Nigeria be sanctioned.", "Rights groups", "Nigeria"),
])
def test_a_demand_that_a_party_be_acted_against_targets_the_party(process, text, asker, party):
    found = _found(process, text, "REQUEST")
    assert any(src == (asker,) and tgt == (party,) for _, src, tgt, _ in found), found


def test_a_fact_told_in_the_passive_is_no_demanded_removal(process):
    # "was arrested" is told, not asked for: no target read from the passive subject of an allegation
    found = _found(process, "Amnesty International condemned Egypt and said that the journalist Ana Ruiz was "
                            "arrested by police.", "ACCUSE")
    assert found and all(tgt == ("Egypt",) for _, _, tgt, _ in found), found


# ---- a second joined verb addresses the party of the first (clauses.joined_addressee) ---------------------------

@pytest.mark.parametrize("text,doer,party,kind", [
    ("Kim asked Trump to ease the embargo. Trump refused the plea and sought talks on disarmament.",
     "Trump", "Kim", "REQUEST"),
    ("Trump rejected the overture of Kim and then called for a nuclear freeze.", "Trump", "Kim", "REQUEST"),
    ("Xi met Putin in Moscow and signed a trade agreement.", "Xi", "Putin", "SUPPORT"),
])
def test_a_second_joined_verb_addresses_the_party_of_the_first(process, text, doer, party, kind):
    found = _found(process, text, kind)
    assert any(src == (doer,) and tgt == (party,) and rule.endswith("/joined") for _, src, tgt, rule in found), found


def test_a_verb_joined_to_a_judgement_does_not_address_the_judged(process):
    # condemning the group says nothing of whom the aid is asked of
    found = _found(process, "Kenya condemned al-Shabab and called for international support.", "REQUEST")
    assert found and all(not tgt for _, _, tgt, _ in found), found


# ---- nouns and restatements -------------------------------------------------------------------------------------

def test_a_news_conference_with_someone_is_a_meeting(process):
    found = _found(process, "Egypt's foreign minister held a news conference with the Jordanian foreign minister "
                            "in Cairo.", "CONSULT")
    assert found and all("conference" in rule for *_, rule in found), found


def test_a_news_conference_alone_is_no_meeting(process):
    assert not _found(process, "Egypt's foreign minister held a news conference in Cairo.", "CONSULT")


@pytest.mark.parametrize("text,doer,party", [
    ("The European Union welcomed the ceasefire and reiterated its support for Ukraine.", "European Union", "Ukraine"),
    ("Germany renewed its backing for Moldova on Friday.", "Germany", "Moldova"),
])
def test_support_said_again_is_support(process, text, doer, party):
    found = _found(process, text, "SUPPORT")
    assert any(src == (doer,) and tgt == (party,) for _, src, tgt, _ in found), found


# ---- a proposal that someone act, made by one or two states (nominal; participants.split_asked) ----------------

@pytest.mark.parametrize("text,makers,party", [
    ("The vote followed a Dutch and Belgian proposal for the Security Council to end the arms embargo on Libya.",
     {"Netherlands", "Belgium"}, "Security Council"),
    ("Brazil's proposal for the United Nations to send peacekeepers was rejected.", {"Brazil"}, "United Nations"),
    ("France made a proposal for the European Union to cut tariffs.", {"France"}, "European Union"),
    ("Ankara answered a Greek and Cypriot proposal made last week for the Security Council to send monitors "
     "to the buffer zone.", {"Greece", "Cyprus"}, "Security Council"),
])
def test_a_proposal_that_a_party_act_asks_it_of_each_maker(process, text, makers, party):
    found = [(src, tgt) for _, src, tgt, rule in _found(process, text, "REQUEST") if rule.startswith("noun:proposal")]
    assert {s for src, tgt in found if tgt == (party,) for s in src} == makers, found


def test_a_proposal_of_a_thing_asks_nobody(process):
    assert not _found(process, "A French proposal for a ceasefire was discussed.", "REQUEST")


def test_a_light_participle_carries_the_nouns_phrase(process):
    found = _found(process, "Students joined a rally held on Sunday against the Serbian government.", "PROTEST")
    assert any(tgt == ("Serbia",) for _, _, tgt, _ in found), found


# ---- a plural present joined to a singular complement belongs to the main clause (clauses.agreeing_main_verb) ----

def test_a_plural_verb_joined_to_a_singular_complement_is_the_main_subjects(process):
    found = _found(process, "Farmers in Ghana say the government has ignored them and reject the new tax.", "REJECT")
    assert found and all(src == ("Farmers",) for _, src, _, _ in found), found


def test_a_plural_verb_is_not_given_the_singular_complement_subject(process):
    text = ("Most atoll fishermen insist Mauritius has not owned the reef for decades and object to "
            "Britain's transfer plan.")
    assert not [e for e in _found(process, text, "REJECT") if e[1] == ("Mauritius",)]



# ---- a demand for someone's removal or punishment is against them (target role removed) ------------------------

@pytest.mark.parametrize("text,asker,party", [
    # ("Sheikh" is part of her name, which people.tsv lists whole: kept since round 18, recog18)
    ("Protesters demanded the resignation of Prime Minister Sheikh Hasina.", "Protesters", "Sheikh Hasina"),
    ("The opposition called for the impeachment of President Yoon Suk Yeol.", "opposition", "Yoon Suk Yeol"),
])
def test_a_demand_for_a_removal_targets_whom_it_removes(process, text, asker, party):
    found = _found(process, text, "REQUEST")
    assert any(src == (asker,) and tgt == (party,) for _, src, tgt, _ in found), found


def test_a_demand_for_a_release_is_not_against_the_released(process):
    found = _found(process, "Amnesty International demanded that Egypt release the journalist Ana Ruiz.", "REQUEST")
    assert found and all(tgt == ("Egypt",) for _, _, tgt, _ in found), found


# ---- whoever convened a meeting is its other party (nominal.convener, word class convening_verbs) ---------------

@pytest.mark.parametrize("text,attendee,convener", [
    ("The U.N. urged the militia to reopen roads. The militia attended a U.N.-organized meeting in Geneva last month.",
     "militia", "U.N."),
    ("The Taliban attended a meeting organized by the United Nations in Doha.", "Taliban", "United Nations"),
    ("Hamas joined Qatar-hosted talks in Doha.", "Hamas", "Qatar"),
])
def test_the_convener_of_a_meeting_is_its_other_party(process, text, attendee, convener):
    found = _found(process, text, "CONSULT")
    assert any(src == (attendee,) and tgt == (convener,) and rule.endswith("/convener") for _, src, tgt, rule in found), found


def test_a_pair_holding_talks_hosted_by_a_third_keeps_its_pair(process):
    found = _found(process, "Ethiopia and Egypt resumed talks hosted by the African Union.", "CONSULT")
    assert [(src, tgt) for _, src, tgt, _ in found] == [(("Ethiopia",), ("Egypt",))], found
