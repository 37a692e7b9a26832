"""Accusations the stage left uncoded on unscored news (round 26, accscan26): a legal filing that alleges what a
party did, coded ACCUSE of the party by whoever brought the filing; an absolute clause's own subject as the
doer ("with both sides accusing each other"). Near misses (a court's charge, an attack of force, criticism with
no one's, a filing's victims, a party accused with no accuser named) code no such accusation. Sentences written
for these tests."""
from __future__ import annotations

import pytest

from tests.event_helpers import coded_rule


def _accusations(process, text: str) -> list[tuple]:
    return [e for e in coded_rule(process, text) if e[0] == "ACCUSE"]


def _names(parties: tuple[str, ...], want: str) -> bool:
    return any(want.lower() in p.lower() for p in parties)


@pytest.mark.parametrize("text, source, target, rule", [
    # a filing's own "by" agent
    ("A lawsuit filed by the Refugee Law Project alleged the Ugandan government had blocked lawyers from the camp.",
     "Refugee Law Project", "Uganda", "grievance:filing/"),
    # the lawsuit brought earlier in the article
    ("Amnesty International sued the Kenyan government on Monday. The lawsuit alleges that the Kenyan police "
     "detained reporters without warrants.", "Amnesty International", "Kenya", "grievance:filing/"),
    ("Greenpeace filed a lawsuit in The Hague last year. The suit claims Shell misled investors "
     "about its emissions.", "Greenpeace", "Shell", "grievance:filing/"),
    # a participle of alleging on a filing
    ("Two farmers' unions filed complaints at the trade body in March. One complaint, lodged in Geneva, "
     "went further, alleging that the Brazilian government broke its trade pledges.",
     "farmers' unions", "Brazil", "grievance:filing/"),
    # an indictment: the prosecution named before
    ("Prosecutors in New York unsealed charges on Tuesday. The indictment alleges that Lukoil paid bribes to "
     "officials in Ghana.", "Prosecutors", "Lukoil", "grievance:filing/"),
])
def test_an_accusation_with_its_accuser_from_the_article(process, text, source, target, rule) -> None:
    found = _accusations(process, text)
    assert any(_names(s, source) and _names(t, target) and r.startswith(rule) for _, s, t, r in found), found


@pytest.mark.parametrize("text", [
    # a party accused with no accuser named: the development gold codes the deed told, not an accusation
    "Prosecutors in Berlin opened a trial. The two Russians were accused of passing secrets to Moscow.",
    "Federal prosecutors in Miami took the case. Carlos Mendez stands accused of laundering money.",
    # a court's charge is a coercion, not an accusation by the prosecution's grievance readers
    "Prosecutors in Lagos spoke to reporters. A court in Lagos charged Ade Bello with murder.",
    # the filing's clause names the victims (a passive), not the wrongdoer
    "A lawsuit filed by the Refugee Law Project alleged that Sudanese refugees were beaten at the camp.",
    # a filing nobody is named as bringing
    "A lawsuit alleged the Ugandan government had blocked lawyers from the camp.",
    # an accuser named: the verb row's, not a filing's
    "Prosecutors in Berlin opened a trial. The two Russians were accused by Germany of spying.",
    # an attack of force and criticism with no one's
    "Prosecutors in Kyiv said Russian drones attacked the port of Odesa overnight.",
    "Criticism of the new tax grew in Nairobi last week.",
    # negated
    "Prosecutors in Berlin opened a trial. The two Russians were never accused of spying.",
])
def test_no_accusation_by_these_readers(process, text) -> None:
    found = [e for e in _accusations(process, text) if e[3].startswith(("grievance:filing/", "grievance:unnamed/"))]
    assert not found, found


def test_charged_with_murder_by_a_court_is_no_accusation(process) -> None:
    found = _accusations(process, "Prosecutors spoke in Lagos. A court in Lagos charged Ade Bello with murder.")
    assert not any(_names(t, "Ade Bello") for _, _, t, _ in found), found


def test_an_absolute_clause_has_its_own_accusers(process) -> None:
    """"with X and Y accusing each other": the clause's own subject accuses, not the main clause's."""
    found = _accusations(process, "The talks in Jeddah have stalled, with the Sudanese army and the Rapid Support "
                                  "Forces accusing each other of blocking aid convoys.")
    assert any(_names(s, "Sudanese army") and _names(t, "Rapid Support Forces") for _, s, t, _ in found), found
    assert any(_names(s, "Rapid Support Forces") and _names(t, "Sudanese army") for _, s, t, _ in found), found


def test_an_absolute_clause_gives_the_main_subject_no_deed(process) -> None:
    found = [e for e in coded_rule(process, "The Malian rebels left Kidal on Sunday, with the French army "
                                            "attacking their convoy near Gao.") if e[0] == "ASSAULT"]
    assert not any(_names(s, "rebels") for _, s, _, _ in found), found



@pytest.mark.parametrize("text, source, target", [
    ("The opposition Democratic Alliance renewed its accusation that the African National Congress rigged the "
     "vote in Durban.", "Democratic Alliance", "African National Congress"),
    ("Kenyan officials repeated the claim that the Somali army had shelled the town of Mandera.",
     "Kenyan officials", "Somali army"),
    ("Senator Ana Ruiz made allegations that the Venezuelan navy had attacked fishing boats off Aruba.",
     "Ana Ruiz", "Venezuelan navy"),
])
def test_a_voiced_charge_is_an_accusation(process, text, source, target) -> None:
    found = [e for e in _accusations(process, text) if e[3].startswith("claim:misdeed/")]
    assert any(_names(s, source) and _names(t, target) for _, s, t, _ in found), found


@pytest.mark.parametrize("text", [
    # the claim's clause tells no wrong; the voicing verb negated; the claim rejected, not made
    "Kenyan officials repeated the claim that the Somali economy had grown last year.",
    "Kenyan officials did not repeat the claim that the Somali army had shelled the town of Mandera.",
    "Kenyan officials rejected the claim that the Somali army had shelled the town of Mandera.",
])
def test_no_voiced_charge(process, text) -> None:
    found = [e for e in _accusations(process, text) if e[3].startswith("claim:misdeed/") and _names(e[1], "Kenyan")]
    assert not found, found
