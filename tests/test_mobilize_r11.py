"""Forces and crowds, round 11 (issue 15): MOBILIZE and PROTEST read by the sense of the word, on sentences
written for these tests."""
from __future__ import annotations

import pytest

from .event_helpers import coded


def _types(rows, kind):
    return [r for r in rows if r[0] == kind]


# ---- deploying and mobilising: armed forces or police, not software or supporters ----------------------------

FORCES_SENT = [
    ("Poland deployed 2,000 soldiers to its eastern border on Monday.", "Poland"),
    ("Ethiopia has mobilized 40,000 reservists, the government said on Friday.", "Ethiopia"),
    ("India deployed two warships off the coast of Somalia last week.", "India"),
    ("Brazil mobilised army units along its northern frontier after the clashes.", "Brazil"),
]


@pytest.mark.parametrize("text,source", FORCES_SENT)
def test_forces_deployed_or_mobilised_are_mobilize(process, text, source):
    rows = coded(process, text)
    assert any(r[0] == "MOBILIZE" and r[1] == (source,) for r in rows), rows


NOT_FORCES = [
    "Microsoft deployed the new software across its offices in Germany on Monday.",
    "The Nigerian army has deployed artificial intelligence tools to screen its recruits.",
    "The opposition leader said he would mobilize supporters to vote against Kenya's ruling party.",
    "Ghana's health ministry mobilised funds to buy vaccines from India.",
]


@pytest.mark.parametrize("text", NOT_FORCES)
def test_a_thing_deployed_or_a_crowd_mobilised_is_no_mobilize(process, text):
    rows = coded(process, text)
    assert not _types(rows, "MOBILIZE"), rows


# ---- a demonstration: a protest when told as one, not a product shown ----------------------------------------

def test_a_product_demonstration_is_no_protest(process):
    for text in ("At the fair in Berlin, Sony gave a ten-minute demonstration of its new camera.",
                 "In the Samsung demonstration of the folding phone, visitors could open three apps at once."):
        rows = coded(process, text)
        assert not _types(rows, "PROTEST"), rows


PROTESTS = [
    ("Thousands of students in Serbia joined demonstrations against the government on Saturday.", "students"),
    ("Opposition supporters in Georgia held a mass demonstration outside parliament on Sunday.",
     "Opposition supporters"),
    ("Farmers in France staged a demonstration against the new fuel tax in Paris.", "Farmers"),
]


@pytest.mark.parametrize("text,source", PROTESTS)
def test_a_demonstration_told_as_a_protest_is_protest(process, text, source):
    rows = coded(process, text)
    assert any(r[0] == "PROTEST" and source in " ".join(r[1]) for r in rows), rows


# ---- armed forces or police put on alert (CAMEO 152) -------------------------------------

FORCES_ALERTED = [
    ("Serbia put its army on combat readiness near the Kosovo border.", "Serbia"),
    ("Russia placed its strategic forces on standby, the Kremlin said.", "Russia"),
    ("Japan's coast guard went on alert after the missile launch.", "Japan's coast guard"),
    ("Police in Lagos were placed on alert ahead of the vote.", "Police"),
]


@pytest.mark.parametrize("text,source", FORCES_ALERTED)
def test_forces_put_on_alert_are_mobilize(process, text, source):
    rows = coded(process, text)
    assert any(r[0] == "MOBILIZE" and r[1] == (source,) for r in rows), rows


def test_both_countries_putting_their_armies_on_alert_are_two_events(process):
    rows = coded(process, "India and Pakistan traded fire on Monday. Both countries have put their armies on "
                          "high levels of alert.")
    mobilized = {r[1] for r in _types(rows, "MOBILIZE")}
    assert mobilized == {("India",), ("Pakistan",)}, rows


NOT_FORCES_ALERTED = [
    "Nigeria went on high alert over the spread of cholera.",
    "The hospital in Kampala put its staff on alert for new cases.",
    "Kenya's football team was put on alert for the final, its coach said.",
]


@pytest.mark.parametrize("text", NOT_FORCES_ALERTED)
def test_a_country_on_health_alert_or_staff_or_a_team_on_alert_is_no_mobilize(process, text):
    rows = coded(process, text)
    assert not _types(rows, "MOBILIZE"), rows
