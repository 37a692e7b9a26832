"""Round 27, evtarget27: the target of an event that a reader finds where the stage coded none or the wrong one.
Sentences written for these tests; what a careful coder records was written down before the runs.

- A rejection of a claim pointed back at ("those claims", "these allegations", "such accusations", "the
  claims") answers whoever told the claim in the sentence before: the subject of a verb of accusing ("voiced
  concern", "accused") or, after a demonstrative, of speech ("said"). Negative rows: a sentence before with no
  verb of telling ("held a rally" is no accusation), a passive "were accused" (the accused told no claim).
- A ban or a restriction whose own roles give no target, told with a group of people somewhere in its phrase
  (the parser hanging the group on another word of it: "barred students ages 16 and older from lectures and
  teachers from ..."), is aimed at that group. Negative rows: a ban on a thing ("banned the ivory trade"),
  restrictions on an activity ("on printing newspapers"): no target.
- A visit to a seat of government (government_seats.tsv: the White House, the Kremlin, Downing Street) is made to
  the office holder it houses whom the article names, else to its state. Negative rows: a visit to a building
  that is no seat of the executive (the Pentagon stays), the seat as a speaker ("the White House said").
"""
from __future__ import annotations

import pytest

from .event_helpers import coded_rule


def _found(process, text, kind):
    return [(src, tgt, rule) for k, src, tgt, rule in coded_rule(process, text) if k == kind]


@pytest.mark.parametrize("text, source, target", [
    ("Lee's lawyers have voiced concern about the conditions of his detention in Manila. Prison officials have "
     "denied those claims.", "Prison officials", "lawyers"),
    ("Kenya's main opposition party said the governor had rigged the tender. The governor rejected these "
     "allegations on Monday.", "governor", "opposition party"),
    ("Lee's lawyers have voiced concern about the conditions of his detention in Manila. Prison officials have "
     "denied the claims.", "Prison officials", "lawyers"),  # "the": a verb of accusing before
    ("Several aid groups have complained that the army blocked relief convoys in the north. The army dismissed "
     "such complaints on Tuesday, calling them false.", "army", "aid groups"),
])
def test_pointed_claim_answers_its_teller(process, text, source, target) -> None:
    found = _found(process, text, "REJECT")
    assert any(source in " ".join(s) and target in " ".join(t) for s, t, _ in found), found


@pytest.mark.parametrize("text, source", [
    ("Prison officials visited the jail in Manila on Friday. The ministry rejected those claims.", "ministry"),
    ("Rights groups in Peru were accused of spreading rumors. The ministry dismissed such accusations.",
     "ministry"),
    ("Kenya's main opposition party held a rally in Nairobi on Thursday. The Independent Electoral and Boundaries "
     "Commission denied the charges on Friday.", "Commission"),
])
def test_pointed_claim_without_teller_stays_targetless(process, text, source) -> None:
    found = _found(process, text, "REJECT")
    assert all(not t for s, t, _ in found if source in " ".join(s)), found


@pytest.mark.parametrize("text, source, target", [
    ("Myanmar's military rulers have barred students ages 16 and older from attending lectures and teachers from "
     "most public schools.", "military", "teachers"),
])
def test_ban_aims_at_the_group_in_its_phrase(process, text, source, target) -> None:
    found = _found(process, text, "COERCE")
    assert any(source in " ".join(s) and target in " ".join(t) for s, t, _ in found), found


@pytest.mark.parametrize("text, source", [
    ("Bolivia banned the ivory trade in 2017.", "Bolivia"),
    ("The ruling junta in Mali also imposed restrictions on printing newspapers.", "junta"),
])
def test_ban_on_a_thing_stays_targetless(process, text, source) -> None:
    found = _found(process, text, "COERCE")
    assert any(source in " ".join(s) for s, _, _ in found), found
    assert all(not t for s, t, _ in found if source in " ".join(s)), found


@pytest.mark.parametrize("text, source, target", [
    ("During a visit by Prime Minister Mark Carney to the White House on Friday, President Donald Trump praised "
     "the trade deal.", "Carney", "Trump"),
    ("German Chancellor Olaf Scholz will travel to the Kremlin next week, a spokesman for Russia said.", "Scholz",
     "Russia"),  # no holder named: the state
])
def test_visit_to_a_seat_is_made_to_its_holder(process, text, source, target) -> None:
    found = _found(process, text, "CONSULT")
    assert any(source in " ".join(s) and target in " ".join(t) and "seat" in rule for s, t, rule in found), found


@pytest.mark.parametrize("text, kind, target", [
    ("Israeli Prime Minister Benjamin Netanyahu visited the Pentagon on Tuesday.", "CONSULT", "Pentagon"),
])
def test_visit_to_another_building_keeps_it(process, text, kind, target) -> None:
    found = _found(process, text, kind)
    assert any(target in " ".join(t) and "seat" not in rule for _, t, rule in found), found
