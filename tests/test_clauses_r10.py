"""Events round 10 (issue 15, clause structure): verbs whose doer sits outside their own clause in the parse,
on sentences written for these tests."""
from __future__ import annotations

import pytest

from .event_helpers import coded


# ---- a second verb of the main clause the parser joined to the complement clause's verb --------------------

MAIN_CLAUSE = [
    # a present copula in the complement, a past verb joined to it: the finder urged, not "the ban"
    ("The African Court found that the ban is unlawful and urged Kenya to lift it.",
     "REQUEST", "African Court", "Kenya"),
    # a modal in the complement: the minister accused, not "the proposal"
    ("Germany's foreign minister told reporters that the proposal would fail and accused Russia of stalling.",
     "ACCUSE", "Germany's foreign minister", "Russia"),
    ("Canada announced that the tariffs will stay and warned Mexico against retaliation.",
     "THREATEN", "Canada", "Mexico"),
]


@pytest.mark.parametrize("text,kind,source,target", MAIN_CLAUSE)
def test_a_past_verb_joined_to_a_present_complement_is_the_main_clause_subjects(process, text, kind, source,
                                                                                target):
    rows = coded(process, text)
    assert (kind, (source,), (target,)) in rows, rows


SAME_CLAUSE = [
    # a past complement: the second verb shares its subject (the rebels killed)
    ("Officials said the rebels attacked the town and killed six soldiers.", "ASSAULT", "rebels"),
    # a perfect complement: "threatened" may be the perfect's participle (Iran threatened)
    ("Analysts noted that Iran has expanded its program and threatened Israel.", "THREATEN", "Iran"),
    # one subject may take both tenses: a party or people who act keep the joined verb
    ("Analysts say Russia is weak and attacked Ukraine.", "ASSAULT", "Russia"),
    ("Officials in Kenya say the militants are regrouping and attacked a police post.", "ASSAULT", "militants"),
]


@pytest.mark.parametrize("text,kind,source", SAME_CLAUSE)
def test_a_verb_sharing_the_complements_tense_keeps_its_subject(process, text, kind, source):
    rows = [r for r in coded(process, text) if r[0] == kind]
    assert rows and all(r[1] == (source,) for r in rows), rows



# ---- two joined verbs sharing the object only the second one has ------------------------------------------

SHARED_OBJECT = [
    ("Japan criticized and later sanctioned North Korea.", "ACCUSE", "Japan", "North Korea"),
    ("France condemned and rejected the Russian annexation of Crimea.", "ACCUSE", "France", "Russia"),
    ("Police in Lagos arrested and questioned the activist Ade Bello.", "COERCE", "Police", "Ade Bello"),
]


@pytest.mark.parametrize("text,kind,source,target", SHARED_OBJECT)
def test_a_verb_without_object_shares_the_object_of_the_verb_joined_to_it(process, text, kind, source, target):
    rows = coded(process, text)
    assert (kind, (source,), (target,)) in rows, rows


def test_a_verb_with_its_own_object_or_clause_keeps_it(process):
    rows = coded(process, "Kenya praised Ethiopia and criticized Somalia.")
    assert ("SUPPORT", ("Kenya",), ("Ethiopia",)) in rows and ("SUPPORT", ("Kenya",), ("Somalia",)) not in rows, rows
    rows = coded(process, "Iran denied and later admitted shooting down the plane.")
    assert not any(r[0] == "REJECT" and r[2] for r in rows), rows
