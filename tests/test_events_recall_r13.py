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
