"""False events on unseen news, by class (round 16, task evprec2): a question put with a verb of asking, a deed a
negated verb of showing or a finding said not to be there does not show, a judgement or request not made, and the deed
an offer to pay someone pays for. Each guard is shown with the false event gone and a neighbouring sentence whose
event must stay. Sentences written for these tests."""
from __future__ import annotations

import pytest

from .event_helpers import coded_rule


def _of(process, text, kind):
    return [(src, tgt, rule) for k, src, tgt, rule in coded_rule(process, text) if k == kind]


# ---- a verb of asking that puts a question is no request (filters.inquiry) ------------------------------------

@pytest.mark.parametrize("text", [
    "The interior minister asked police chiefs how the files had gone missing.",
    "Senator Ortiz asked Defense Secretary Lloyd Austin why the base in Honduras had been closed.",
    "The defense lawyer asked the police commander if he had seen the video.",
])
def test_a_question_put_is_no_request(process, text):
    assert _of(process, text, "REQUEST") == []


@pytest.mark.parametrize("text,source,target", [
    ("The Ukrainian prime minister asked Germany if it could send more air defense systems.",
     "Ukrainian prime minister", "Germany"),
    ("Lebanon asked France whether it would help rebuild the port.", "Lebanon", "France"),
    ("Kenya asked the United Nations to send peacekeepers to the border.", "Kenya", "United Nations"),
    ("The opposition asked the Supreme Court for a recount of the votes.", "opposition", "Supreme Court"),
])
def test_a_request_for_a_deed_stays(process, text, source, target):
    found = _of(process, text, "REQUEST")
    assert any(src == (source,) and tgt == (target,) for src, tgt, _ in found), found


# ---- a deed a negated verb of showing or meaning does not show (filters.unshown) -------------------------------

@pytest.mark.parametrize("text,kind", [
    ("The report does not show that the police arrested Ali Hassan.", "COERCE"),
    ("The commission said the photographs do not prove that the army shelled the village of Tabora.", "ASSAULT"),
    ("Speaking for Kenya at the hearing, Ann Poole argued the flight logs do not show that Kenyan troops shelled Somalia.", "ASSAULT"),
])
def test_a_deed_not_shown_is_no_event(process, text, kind):
    assert _of(process, text, kind) == []


@pytest.mark.parametrize("text,kind", [
    ("There is no evidence that Russian troops attacked the convoy.", "ASSAULT"),
    ("Ukraine has offered no proof that Belarus sent soldiers to the border.", "MOBILIZE"),
    ("Investigators did not find evidence that Iran had attacked the tanker.", "ASSAULT"),
])
def test_a_deed_no_finding_shows_is_no_event(process, text, kind):
    assert _of(process, text, kind) == []


@pytest.mark.parametrize("text,kind,source", [
    ("Investigators found evidence that Iran had attacked the tanker.", "ASSAULT", "Iran"),
    ("The monitors reported that Russian troops attacked the convoy.", "ASSAULT", "Russian troops"),
])
def test_a_deed_a_finding_shows_stays(process, text, kind, source):
    found = _of(process, text, kind)
    assert any(src == (source,) for src, _, _ in found), found


def test_a_deed_not_shown_is_no_claim_either(process):
    text = "Speaking for Kenya at the hearing, Ann Poole argued the flight logs do not show that Kenyan troops shelled Somalia."
    assert _of(process, text, "ACCUSE") == []


@pytest.mark.parametrize("text", [
    "The report shows that the police arrested Ali Hassan.",
    "The police did not say why they arrested Ali Hassan.",
])
def test_a_deed_shown_or_told_stays(process, text):
    found = _of(process, text, "COERCE")
    assert any(src == ("police",) and tgt == ("Ali Hassan",) for src, tgt, _ in found), found


# ---- a judgement or a request not made is no event (filters.unrecorded) ---------------------------------------

@pytest.mark.parametrize("text,kind", [
    ("Mexico has never criticized the Cuban government.", "ACCUSE"),
    ("Iran did not condemn the Hamas attack on Israel.", "ACCUSE"),
    ("Egypt did not ask Sudan to close the border.", "REQUEST"),
])
def test_a_word_not_said_is_no_event(process, text, kind):
    assert _of(process, text, kind) == []


@pytest.mark.parametrize("text,kind,source", [
    ("Iran condemned Israel's strike on Lebanon.", "ACCUSE", "Iran"),
    ("Egypt asked Sudan to close the border.", "REQUEST", "Egypt"),
])
def test_a_word_said_stays(process, text, kind, source):
    found = _of(process, text, kind)
    assert any(src == (source,) for src, _, _ in found), found


# ---- the deed an offer to pay someone pays for (filters.bought) --------------------------------------------

@pytest.mark.parametrize("text", [
    "In 2017, Russian agents allegedly offered to pay Navalny's relatives in Moscow to invite him to Minsk, with the "
    "aim of later handing him to the Belarusian police, prosecutors say.",
])
def test_an_offer_to_pay_for_a_deed_is_no_offer_and_the_deed_not_done(process, text):
    assert _of(process, text, "AGREE") == []


@pytest.mark.parametrize("text,source,target", [
    ("Caracas offered to pay Colombia $300,000 for the damage.", "Venezuela", "Colombia"),
    ("Qatar invited the Hamas delegation to Doha.", "Qatar", "Hamas"),
])
def test_an_offer_of_payment_and_an_invitation_stay(process, text, source, target):
    found = _of(process, text, "AGREE")
    assert any(src == (source,) and tgt == (target,) for src, tgt, _ in found), found
