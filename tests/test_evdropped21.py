"""Round 21, evdropped21: triggers found in the lexicons that coded nothing because a participant reader gave no
target. Two classes, on sentences written for these tests (expected events written before running):

- a liberty revoked on its holder: "revoked X's house arrest", "revoked X's bail" -> COERCE the revoker -> X (the
  possessor of a custody noun flagged `patient` is whom the coercion is done to; triggers._targets);
- heavy weapons fired "aimed at" / "directed at" / "targeting" something: the "at" object is the target, else the
  country of the place it is in (word class aiming_participles; triggers.aimed_at, agents.struck_country)."""
from __future__ import annotations

import pytest

from .event_helpers import coded, coded_rule, has_coded_event as _has


REVOKED = [
    ("Ana Ruiz, a Peruvian lawmaker, was released on bail in May. A judge in Lima revoked Ruiz's bail on Tuesday.",
     "judge", "Ana Ruiz"),
    ("The dissident Omar Haddad left prison in March. In June an appeals court revoked Haddad's house arrest.",
     "court", "Omar Haddad"),
    ("Tunisian blogger Sami Trabelsi was freed last year, but the court revoked Trabelsi's parole this week.",
     "Tunisia", "Sami Trabelsi"),  # a court of a named country may be read as its state
]


@pytest.mark.parametrize("text,source,target", REVOKED)
def test_a_revoked_liberty_is_done_to_its_holder(process, text, source, target):
    rows = [r for r in coded_rule(process, text) if r[3].startswith("verb:revoke")]
    assert _has([r[:3] for r in rows], "COERCE", source, target), rows


AIMED = [
    ("Azerbaijan fired artillery shells aimed at a checkpoint in Armenia on Sunday.", "Azerbaijan", "Armenia"),
    ("Russia fired missiles directed at energy plants in Ukraine overnight, officials said.", "Russia", "Ukraine"),
    ("Syria fired mortar rounds aimed at Turkish border posts on Friday.", "Syria", "Turkey"),
]


@pytest.mark.parametrize("text,source,target", AIMED)
def test_weapons_fired_aimed_at_a_place_strike_its_country(process, text, source, target):
    rows = coded(process, text)
    assert _has(rows, "ASSAULT", source, target), rows


def test_the_doers_own_country_is_not_its_target(process):
    # troops of a state firing at hideouts at home: no attack on their own state
    rows = coded(process, "Pakistan fired artillery rounds aimed at militant hideouts in Pakistan's northwest.")
    assert not _has(rows, "ASSAULT", "Pakistan", "Pakistan"), rows


def test_an_aiming_participle_on_a_non_weapon_codes_no_attack(process):
    # "fired" of dismissal, with an "aimed at" phrase of its own: no assault on anyone
    rows = coded(process, "The Kenyan ministry fired officials in a purge aimed at rivals in Uganda.")
    assert not [r for r in rows if r[0] == "ASSAULT"], rows


def test_a_judgement_of_an_arrest_is_not_done_to_the_arrested(process):
    # the possessor reading is for coercions only: condemning someone's arrest is not aimed at them
    rows = coded(process, "Amnesty International condemned Ruiz's arrest by Peruvian police on Monday.")
    assert not _has(rows, "ACCUSE", "Amnesty", "Ruiz"), rows
