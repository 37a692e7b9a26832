"""Participants in the right role (round 13, issue 15): a deed someone hires or orders another to do is the
commissioner's (commissioning_verbs); whom an offer or promise to pay, give or send hands something to is the
offer's target (giving_verbs); a passive deed done under someone's rule or at someone's hands is that ruler's
(ruling_nouns). Sentences written for these tests."""
from __future__ import annotations

import pytest

from eventwire.stages.eventcoding.words import word_class

from .event_helpers import coded


def _of_type(process, text, kind):
    return [(s, t) for k, s, t in coded(process, text) if k == kind]


@pytest.mark.parametrize("text,kind,source,target", [
    ("Businessman Juan Ortiz hired a gunman to kill the journalist Maria Lopez.", "ASSAULT", "Juan Ortiz",
     "Maria Lopez"),
    ("Police say Juan Ortiz hired two men to kill Governor Peter Mwangi.", "ASSAULT", "Juan Ortiz", "Peter Mwangi"),
    ("Colonel Ahmed Saleh ordered soldiers to arrest the opposition leader Omar Farouk.", "COERCE", "Ahmed Saleh",
     "Omar Farouk"),
    # a hired attack is force, not an attack in words by a civilian
    ("Juan Ortiz paid rebels to attack the army.", "ASSAULT", "Juan Ortiz", "army"),
])
def test_a_commissioned_deed_is_the_commissioners(process, text, kind, source, target):
    rows = _of_type(process, text, kind)
    assert ((source,), (target,)) in rows, coded(process, text)


def test_an_urged_deed_stays_the_urged_partys(process):
    # asking is not commissioning: the urged side would do it (and the request is coded, not the deed)
    assert "urge" not in word_class("commissioning_verbs")
    rows = coded(process, "The U.N. urged Ethiopia to free the journalists.")
    assert ("REQUEST", ("U.N.",), ("Ethiopia",)) in rows, rows


@pytest.mark.parametrize("text,source,targets", [
    ("Qatar offered to give Hamas leaders a new office.", "Qatar", {"Hamas"}),
    ("Germany promised to send Ukraine more tanks.", "Germany", {"Ukraine"}),
    ("Mexican businessmen Juan Ortiz and Pedro Diaz met an Iranian agent, and Tehran later offered to pay them "
     "$300,000, prosecutors said.", "Iran", {"Juan Ortiz", "Pedro Diaz"}),
])
def test_an_offer_to_give_targets_the_receiver(process, text, source, targets):
    rows = _of_type(process, text, "AGREE")
    got = {t for s, ts in rows if s == (source,) for t in ts}
    assert targets <= got, coded(process, text)


@pytest.mark.parametrize("text,kind,source,target", [
    ("Hundreds of activists were jailed under the Taliban's rule.", "COERCE", "Taliban", "activists"),
    ("The refugees said they were tortured at the hands of the Syrian army.", "ASSAULT", "Syrian army", "refugees"),
    ("The envoy Peter Lund alleged that reporters under Houthi rule were harassed.", "ACCUSE", "Peter Lund",
     "Houthi"),
])
def test_a_deed_under_a_rulers_rule_is_the_rulers(process, text, kind, source, target):
    rows = _of_type(process, text, kind)
    assert ((source,), (target,)) in rows, coded(process, text)


def test_a_phrase_under_no_ruler_names_no_doer(process):
    # "under U.N. auspices" is no rule: the meeting names no doer through it
    assert "auspices" not in word_class("ruling_nouns")
    rows = coded(process, "Several protesters were arrested under the new security law.")
    assert not any(k == "COERCE" and s for k, s, t in rows), rows


def test_a_wrong_suffered_at_someones_hands_accuses_them(process):
    rows = coded(process, "Activists said they suffered years of repression at the hands of the Iranian police.")
    assert ("ACCUSE", ("Activists",), ("Iranian police",)) in rows, rows
    rows = coded(process, "Fans said the team suffered a heavy defeat at the hands of Brazil.")
    assert not any(k == "ACCUSE" for k, s, t in rows), rows  # a defeat is no wrong


def test_an_allegation_of_a_deed_under_a_rulers_rule_targets_the_ruler(process):
    # the pair is accused already, so only the alleging verb's own target can carry it
    text = ("The envoy Peter Lund accused the Houthis of abuses. Lund alleged that reporters and bloggers under "
            "Houthi rule were harassed.")
    rows = coded(process, text)
    assert rows.count(("ACCUSE", ("Peter Lund",), ("Houthis",))) == 2, rows


def test_an_apposition_parsed_as_a_list_is_one_actor(process):
    # the parser may join "the Houthis, Yemen's rulers" as a list under "rulers": one doer, not two
    text = ("The U.N.-appointed expert Maria Costa announced Tuesday that the Houthis, Yemen’s de facto rulers, had "
            "barred her from the capital.")
    rows = [(s, t) for k, s, t in coded(process, text) if k == "COERCE"]
    assert rows == [(("Houthis",), ("Maria Costa",))], coded(process, text)
    # a list with "and" stays a list
    rows = coded(process, "Egyptian and Ethiopian negotiators met in Cairo on Monday.")
    assert ("CONSULT", ("Egypt",), ("Ethiopia",)) in rows, rows


def test_a_judged_custody_blames_not_the_one_held(process):
    text = ('A judge in Lima sent the journalist Carlos Vega back to jail on Friday. "The cancellation of his bail '
            'is cruel and unjust," his lawyer Ana Torres said.')
    rows = coded(process, text)
    assert not any(k == "ACCUSE" and t == ("Carlos Vega",) for k, s, t in rows), rows
    # a judged act with its doer named still blames the doer
    rows = coded(process, '"China\'s detention of the activists is unjust," the senator Tom Reed said.')
    assert ("ACCUSE", ("Tom Reed",), ("China",)) in rows, rows
