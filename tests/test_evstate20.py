"""A state's organ named by a common noun as the doer of a deed of justice (round 20, evstate20).

A court, a judge or the authorities that revoke someone's bail, parole or house arrest send that person back
into custody: COERCE 173 against the holder of the liberty (event_verbs.tsv row revoke obj:@revoked_liberty,
word class revoked_liberty; target through the object's owner or its "from" phrase). Before, "revoke" was read
only as lifting a measure (CONCEDE 081), so the deed was lost. Expected parties were written in each row
before it was run; the sentences are our own.
"""
from __future__ import annotations

import pytest

from .event_helpers import coded_rule

# (shape, text, source word, target word)
REVOKED = [
    ("bail of a named person", "A court in Kampala revoked the bail of opposition leader Kizza Besigye on Monday.",
     "court", "Besigye"),
    ("house arrest taken from someone", "A judge revoked house arrest from the opposition leader Kizza Besigye.",
     "judge", "Besigye"),
    ("parole, authorities with their country", "Zimbabwean authorities revoked the parole of the activist "
     "Job Sikhala.", "authorities", "Sikhala"),
    ("a possessive pronoun for someone named before", "Kizza Besigye was freed in March. A court revoked his "
     "bail in May.", "court", "Besigye"),
    ("a possessive name", "Kizza Besigye was freed in March. A court revoked Besigye's parole in May.",
     "court", "Besigye"),
]


def _named(events, source, target):
    return [e for e in events if e[0] == "COERCE" and any(source.lower() in (s or "").lower() for s in e[1])
            and any(target.lower() in (t or "").lower() for t in e[2])]


@pytest.mark.parametrize("shape,text,source,target", REVOKED, ids=[r[0] for r in REVOKED])
def test_revoked_liberty_is_custody(process, shape, text, source, target):
    events = coded_rule(process, text)
    found = _named(events, source, target)
    assert found, events
    assert any("@revoked_liberty" in e[3] for e in found), events


@pytest.mark.parametrize("text", [
    "The government revoked the license of the broadcaster NTV Uganda.",  # an administrative act, not custody
    "The university revoked the scholarship of the student Ana Ruiz.",
])
def test_other_things_revoked_are_not_custody(process, text):
    assert not any("@revoked_liberty" in e[3] for e in coded_rule(process, text))


def test_a_measure_revoked_is_still_eased(process):
    # the older reading stays: lifting a curfew is a concession, nobody is taken into custody
    events = coded_rule(process, "The Kenyan government revoked the curfew in Mombasa on Friday.")
    assert not any(e[0] == "COERCE" for e in events), events
    assert any(e[0] == "CONCEDE" for e in events), events


# A description of a state ("the North African country") whose state the story names before it only by its
# demonym on a body ("the Egyptian foreign ministry"): participants.described_country takes the one such
# country on the continent the description names, when no country in reach is named as a party.
DESCRIBED = [
    ("a demonym on a ministry, the description as doer", "The Egyptian foreign ministry met envoys on Monday. "
     "The North African country accused Ethiopia of breaking the deal. Egypt wants a new deal.",
     "ACCUSE", "Egypt", "Ethiopia"),
]


@pytest.mark.parametrize("shape,text,kind,source,target", DESCRIBED, ids=[r[0] for r in DESCRIBED])
def test_description_of_a_state_named_by_its_demonym(process, shape, text, kind, source, target):
    events = coded_rule(process, text)
    assert any(e[0] == kind and source in e[1] and target in e[2] for e in events), events


@pytest.mark.parametrize("text", [
    # the continent the description names is not the demonym's
    "The Egyptian foreign ministry met envoys on Monday. The Asian country accused Ethiopia of breaking the "
    "deal. Egypt wants a new deal.",
    # a demonym on a thing of another continent's state
    "Chinese investment in Africa grew. The North African country accused Ethiopia of breaking the deal. "
    "Egypt wants a new deal.",
])
def test_description_not_resolved_off_its_continent(process, text):
    events = coded_rule(process, text)
    assert not any(e[0] == "ACCUSE" and ("Egypt" in e[1] or "China" in e[1]) for e in events), events
