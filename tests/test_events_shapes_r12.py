"""Events whose trigger the lexicons know, in shapes they missed (round 12, issue 15: recall on unseen news):
a standing measure kept in force on a party, an order sending someone back to prison, a relative clause whose
noun an apposition or a count among a class names, and a passive whose patient is a party's thing.
Sentences written for these tests."""
from __future__ import annotations

import pytest

from .event_helpers import coded_rule


def _events(process, text):
    return {(kind, src, tgt, rule) for kind, src, tgt, rule in coded_rule(process, text)}


def _pairs(process, text, kind=None):
    return {(src, tgt) for k, src, tgt, _ in coded_rule(process, text) if kind is None or k == kind}


# ---- a measure kept in force (cue kind keep, nominal._kept_on) ------------------------------------------

@pytest.mark.parametrize("text,maker,parties", [
    ("Washington kept sanctions on Cuba for decades.", "United States", ["Cuba"]),
    ("The White House is keeping its new tariffs in place on Brazil and Chile.", "White House", ["Brazil", "Chile"]),
    ("The European Union will maintain its sanctions on Russia.", "European Union", ["Russia"]),
])
def test_a_measure_kept_on_a_named_party_is_coded_as_kept(process, text, maker, parties):
    found = _events(process, text)
    for party in parties:
        assert any(k == "COERCE" and src == (maker,) and tgt == (party,) and rule.endswith("/kept")
                   for k, src, tgt, rule in found), found


@pytest.mark.parametrize("text", [
    "Japan maintained its levies on Thai rice.",  # on goods: a measure in place, no event
    "Kenya and Somalia kept the talks secret.",  # keep is no light verb for other nouns
])
def test_keeping_is_no_event_unless_a_measure_falls_on_a_named_party(process, text):
    # (talks told held by the two countries, "kept secret", are the sides' meeting since round 23,
    # noun:talks/story_sides: no event of keeping, and no measure)
    assert not [e for e in coded_rule(process, text) if e[3].endswith("/kept") or "keep" in e[3] or e[0] == "COERCE"
                or e[0] == "CONSULT" and not e[3].endswith("story_sides")]


# ---- "back to prison" (cue kind back) ---------------------------------------------------------------------

@pytest.mark.parametrize("text,doer,person", [
    ("A Bolivian court ordered former minister Carlos Romero back to jail on Friday.", "Bolivian court",
     "Carlos Romero"),
    ("The Peruvian Supreme Court ordered Pedro Castillo back to prison.", "Peruvian Supreme Court", "Pedro Castillo"),
])
def test_an_order_back_to_prison_is_an_arrest(process, text, doer, person):
    assert ((doer,), (person,)) in _pairs(process, text, "COERCE")


def test_back_to_work_is_no_arrest(process):
    assert not _pairs(process, "A Bolivian court ordered Carlos Romero back to work.", "COERCE")


# ---- the noun a relative clause describes (tree.described) ------------------------------------------------

@pytest.mark.parametrize("text,critic,criticised", [
    ("Police detained Ana Lopez, an activist who denounced President Nayib Bukele.", "Ana Lopez", "Nayib Bukele"),
    ("Officers arrested John Kamau, a lawmaker who criticized President William Ruto.", "John Kamau", "William Ruto"),
])
def test_a_relative_clause_in_an_apposition_is_the_named_persons_deed(process, text, critic, criticised):
    assert ((critic,), (criticised,)) in _pairs(process, text, "ACCUSE")


def test_parties_counted_among_a_class_do_what_the_class_does(process):
    found = _pairs(process, "Norway and Sweden are among the states that banned the trade last year.", "COERCE")
    assert found == {(("Norway",), ()), (("Sweden",), ())}


def test_a_party_counted_among_those_acted_on_does_not_act(process):
    found = _pairs(process, "Georgia is among the countries that Russia invaded.")
    assert not [src for src, _ in found if src == ("Georgia",)]


# ---- a thing done to names its owner in the passive too (triggers._passive, owned rows) --------------------

def test_a_passive_owned_patient_names_its_owner(process):
    assert (("France",), ("United Kingdom",)) in _pairs(process, "Britain's plan was opposed by France.", "REJECT")
