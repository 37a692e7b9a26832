"""False events on unseen news, by class (round 15, task evprec): a deed only weighed in talk or thought, an offer
to pay someone for a deed, and support between private parties. Each guard is shown with the false event gone
and a neighbouring sentence whose event must stay. Sentences written for these tests."""
from __future__ import annotations

import pytest

from .event_helpers import coded_rule


def _of(process, text, kind):
    return [(src, tgt, rule) for k, src, tgt, rule in coded_rule(process, text) if k == kind]


# ---- a gerund a verb of deliberation takes up is a topic, not a deed (filters.weighed) ------------------------

@pytest.mark.parametrize("text,kind", [
    ("Ghana's leader will discuss strengthening defence ties with Togo next week.", "SUPPORT"),
    ("The cabinet in Lima is considering sending troops to the border with Ecuador.", "MOBILIZE"),
    ("Kenyan and Ugandan officials talked about lifting sanctions on Sudan.", "RETREAT"),
    ('"It is too early for the Security Council to consider easing sanctions on Iran," the envoy said.', "RETREAT"),
])
def test_a_deed_only_weighed_is_no_event(process, text, kind):
    assert _of(process, text, kind) == []


@pytest.mark.parametrize("text,kind,source,target", [
    ("Ghana upgraded its military ties with Togo on Monday.", "SUPPORT", "Ghana", "Togo"),
    ("The Security Council eased sanctions on Iran.", "RETREAT", "Security Council", "Iran"),
    ("Ghana's president discussed the crisis with Togo's leader.", "CONSULT", "Ghana's president", "Togo's leader"),
])
def test_the_deed_done_and_the_talk_itself_stay(process, text, kind, source, target):
    found = _of(process, text, kind)
    assert any(src == (source,) and tgt == (target,) for src, tgt, _ in found), found


def test_a_sent_force_stays_when_not_weighed(process):
    found = _of(process, "Peru sent troops to the border with Ecuador.", "MOBILIZE")
    assert any(src == ("Peru",) for src, _, _ in found), found


# ---- an offer to pay someone to do a deed is a hire, not an offer to them (filters.hire) -----------------------

def test_an_offer_to_pay_someone_for_a_deed_is_no_offer(process):
    text = "Iranian agents offered to pay two gang members $100,000 to follow the journalist in Paris."
    assert _of(process, text, "AGREE") == []


@pytest.mark.parametrize("text,source", [
    ("Israel offered to pay compensation to the families of the Turkish victims.", "Israel"),
    ("Russia offered to send troops to Mali.", "Russia"),
])
def test_an_offer_of_payment_or_of_a_deed_stays(process, text, source):
    found = _of(process, text, "AGREE")
    assert any(src == (source,) for src, _, _ in found), found


# ---- support between private parties is no political event (filters.political_pairs) --------------------------

@pytest.mark.parametrize("text", [
    "Mark Dunn's lawyer, Alice Grey, defended her client after the hearing.",
    "Film critic Dan Moss praised the actress Lena Park.",
])
def test_support_between_private_people_is_no_event(process, text):
    assert _of(process, text, "SUPPORT") == []


@pytest.mark.parametrize("text,source,target", [
    ("Opposition leader Raila Odinga praised President William Ruto.", "Raila Odinga", "William Ruto"),
    ("Turkey's president praised Qatar for its mediation.", "Turkey's president", "Qatar"),
])
def test_support_with_a_political_party_stays(process, text, source, target):
    found = _of(process, text, "SUPPORT")
    assert any(src == (source,) and tgt == (target,) for src, tgt, _ in found), found


# ---- an event noun a noun of risk names is what may come, not a deed (filters.feared) ---------------------------

def test_a_feared_attack_is_no_event(process):
    text = "She thinks returning to Yemen is unsafe, given the continuing threat of Houthi terrorist attacks."
    assert _of(process, text, "ASSAULT") == []


def test_an_attack_condemned_stays(process):
    found = _of(process, "Yemen's government condemned the Houthi terrorist attacks on its oil ports.", "ASSAULT")
    assert any(src == ("Houthi",) for src, _, _ in found), found
