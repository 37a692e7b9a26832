"""Events a careful coder records that the coder missed (round 13, issue 15: recall on unseen news): the
country a deed of violence is done in as its target, several deeds told by a plural noun after one told by a
singular noun. Sentences written for these tests."""
from __future__ import annotations

import pytest

from .event_helpers import coded_rule


def _found(process, text, kind=None):
    return [(k, src, tgt, rule) for k, src, tgt, rule in coded_rule(process, text) if kind is None or k == kind]


# ---- the country a deed is done in (target role `located`, participants.located_countries) ----------------

@pytest.mark.parametrize("text,doer,countries", [
    ("Al-Shabab frequently carries out bombings in Somalia.", "Al-Shabab", ["Somalia"]),
    ("The Islamic State group has carried out attacks in Mozambique and Congo.", "Islamic State",
     ["Mozambique", "Democratic Republic of the Congo"]),
    ("Israel carried out airstrikes in southern Lebanon on Tuesday.", "Israel", ["Lebanon"]),
])
def test_a_deed_of_violence_done_in_a_country_targets_that_country(process, text, doer, countries):
    found = _found(process, text, "ASSAULT")
    for country in countries:
        assert any(src == (doer,) and tgt == (country,) and rule.endswith("/located") for _, src, tgt, rule in found), found


@pytest.mark.parametrize("text", [
    "Pakistan's army launched an offensive in North Waziristan. Pakistan said 20 militants died.",
    "The Sudanese army carried out airstrikes in Darfur, Sudan said.",
])
def test_a_state_force_acting_at_home_does_not_attack_its_own_country(process, text):
    assert not [e for e in _found(process, text) if e[3].endswith("/located")]


def test_a_time_after_in_is_no_place(process):
    assert not [e for e in _found(process, "Al-Shabab launched 300 attacks in 2024.") if e[2]]


def test_an_on_target_wins_over_the_place(process):
    found = _found(process, "Hezbollah launched an attack on Israeli troops in Lebanon.", "ASSAULT")
    assert [(src, tgt) for _, src, tgt, _ in found] == [(("Hezbollah",), ("Israeli troops",))], found


# ---- several deeds after one (merge._several_after_one) -----------------------------------------------------

def test_plural_deeds_after_one_deed_are_their_own_event(process):
    text = ("The Islamist group al-Shabab claimed responsibility for the attack. "
            "The group regularly carries out bombings in Somalia.")
    found = _found(process, text, "ASSAULT")
    assert any(tgt == ("Somalia",) for _, _, tgt, _ in found), found
    assert len(found) == 2, found


def test_the_same_plural_told_again_is_one_event(process):
    text = ("Russia carried out strikes on Ukraine on Monday. "
            "Russia said the strikes on Ukraine hit military sites.")
    found = [e for e in _found(process, text, "ASSAULT") if e[1] == ("Russia",) and e[2] == ("Ukraine",)]
    assert len(found) == 1, found


def test_talks_after_a_visit_are_coded_with_the_partner(process):
    text = ("Indian Prime Minister Narendra Modi paid a visit to Kenya. "
            "After talks with Kenyan President William Ruto, both leaders praised their ties.")
    found = _found(process, text, "CONSULT")
    assert any(src == ("Narendra Modi",) and tgt == ("William Ruto",) for _, src, tgt, _ in found), found


def test_held_hostages_after_an_attack_are_no_new_deed(process):
    text = ("The Baloch Liberation Army claimed responsibility for the attack. "
            "The group said it was holding 100 hostages.")
    found = _found(process, text, "ASSAULT")
    assert len([e for e in found if e[1] == ("Baloch Liberation Army",)]) == 1, found


# ---- bodies described, not named (coref_nouns.tsv "school"; a town's court: bodies.regional_bodies) ------

@pytest.mark.parametrize("text,kind,doer,party", [
    ("Rights groups sued Ridgeway High School in March. Kenya's High Court ordered the school to readmit the pupils.",
     "REQUEST", "High Court", "Ridgeway High School"),
    ("Rights groups criticized Ridgeway High School over the ban. The school rejected the criticism.",
     "REJECT", "Ridgeway High School", "Rights groups"),
])
def test_the_school_is_the_school_named_before(process, text, kind, doer, party):
    found = _found(process, text, kind)
    assert any(src == (doer,) and tgt == (party,) for _, src, tgt, _ in found), found


def test_the_school_names_nobody_without_a_school_before(process):
    found = _found(process, "The school was closed after floods. Kenya's education ministry ordered the school to reopen.")
    assert not [e for e in found if "school" in " ".join(e[1] + e[2]).lower()], found


@pytest.mark.parametrize("text,court,country,person", [
    ("A Phnom Penh court charged journalist Mech Dara with incitement on Monday.", "Phnom Penh court", "KHM",
     "Mech Dara"),
    ("A Moscow court sentenced Evan Gershkovich to 16 years in prison.", "Moscow court", "RUS", "Evan Gershkovich"),
    ("On Friday the Nairobi court convicted Ali Hassan of fraud.", "Nairobi court", "KEN", "Ali Hassan"),
])
def test_a_court_named_by_its_capital_is_a_court_of_that_country(process, text, court, country, person):
    doc = process(text, "2025-03-12")
    found = {a.name: a for a in doc.actors}
    assert court in found and found[court].country == country and found[court].sector == "JUD", list(found)
    names = {a.id: a.name for a in doc.actors}
    assert any([names[x] for x in e.source] == [court] and [names[x] for x in e.target] == [person]
               for e in doc.events), [(e.type, e.source, e.target) for e in doc.events]


def test_a_court_named_by_a_town_is_a_court_of_its_country(process):
    """Any well-known town, not only a capital, names the state whose court sits there
    (state_bodies.tsv 'court', read by bodies.regional_bodies)."""
    doc = process("A Lagos court sentenced Ade Bello to two years in prison.", "2025-03-12")
    courts = [a for a in doc.actors if "court" in a.name.lower()]
    assert [(a.country, a.sector) for a in courts] == [("NGA", "JUD")]


def test_deeds_told_by_a_bare_plural_are_their_own_events(process):
    text = ("The Islamist group al-Shabab attacked a hotel in Mogadishu. "
            "Since then, al-Shabab has stepped up attacks on Kenyan police.")
    found = _found(process, text, "ASSAULT")
    assert any(tgt == ("Kenyan police",) for _, _, tgt, _ in found), found


def test_one_deed_after_a_bare_plural_stays_its_own_event(process):
    text = ("This year al-Shabab has stepped up attacks on Kenyan police. "
            "Last month, al-Shabab fighters ambushed a convoy near Mandera.")
    found = _found(process, text, "ASSAULT")
    assert len(found) == 2, found


def test_talks_in_a_headline_are_the_meeting_the_story_tells(process):
    text = "Kenya and Uganda hold talks on trade\n\nNAIROBI — Kenyan and Ugandan ministers met in Nairobi on Monday."
    found = _found(process, text, "CONSULT")
    assert len(found) == 1, found


# ---- a judgement told in a relative clause on a thing someone made (context.relative_maker) ---------------

@pytest.mark.parametrize("text,judge,makers", [
    ("Kenya announced a ban on plastic bags, which Uganda criticized.", "Uganda", ["Kenya"]),
    ("Malaysia and Indonesia have kept a policy of turning away migrant boats, which the United Nations has "
     "criticized.", "United Nations", ["Malaysia", "Indonesia"]),
])
def test_a_judgement_in_a_relative_clause_targets_the_maker_of_the_thing(process, text, judge, makers):
    found = _found(process, text, "ACCUSE")
    for maker in makers:
        assert any(src == (judge,) and tgt == (maker,) and rule.endswith("/relative") for _, src, tgt, rule in found), found


def test_a_plan_only_said_has_no_maker_for_a_relative_judgement(process):
    found = _found(process, "Kenya said it would reopen the border, a plan that Uganda rejected.")
    assert not [e for e in found if e[3].endswith("/relative")], found


# ---- a vessel boarded by a state's forces or officials (verb:board/@vessels+@boarders) ---------------------

@pytest.mark.parametrize("text,doer,owner", [
    # the officers' group over the body it names ('U.S. military officials', round 26: groups.widening)
    ("Chinese coast guard officers boarded a Philippine fishing boat near the shoal.", "Chinese coast guard officers",
     "Philippines"),
    ("The Turkish ship was boarded by Israeli commandos.", "Israel", "Turkey"),
    ("Chinese officials had boarded other ships in the past, an analyst noted.", "Chinese officials", None),
])
def test_a_vessel_boarded_by_forces_or_officials_is_seized(process, text, doer, owner):
    found = _found(process, text, "COERCE")
    assert any(src == (doer,) and tgt == ((owner,) if owner else ()) and "board" in rule for _, src, tgt, rule in found), found


@pytest.mark.parametrize("text", [
    "Hundreds of Kenyan passengers boarded the ferry in Mombasa.",
    "Indian officials boarded a flight to Moscow.",
])
def test_travellers_boarding_is_no_event(process, text):
    assert not [e for e in _found(process, text) if "board" in e[3]]
