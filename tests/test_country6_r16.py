"""Round 16, country6: an actor's country from the text alone (no headline).

Own sentences, with what a careful coder records written before the rows were run:
- a person whose own present clause names the body they work at takes that body's country
  (``stages/actors/works_at.clause_employer``): 'X works at Y', 'X works on Z at Y', 'X, who works for Y',
  'X is an officer at Y'; not a past job, not an international body, not a clause of somebody else's;
- the story's setting read from the text's places when a short story names nothing else.
"""
from __future__ import annotations

import pytest

from .actor_helpers import assert_probe_field, probe_records

_TRUST = "The Fjordlight Trust, a Norwegian charity, says rural clinics lack clean water. "

WORKS_AT = [
    ("works at", _TRUST + "Maria Lopez works at the Fjordlight Trust. She said donors had cut funding.",
     "Maria Lopez", "NOR"),
    ("works on a brief at", _TRUST + "Maria Lopez works on sanitation projects at the Fjordlight Trust. She said "
     "donors had cut funding.", "Maria Lopez", "NOR"),
    ("who works for", _TRUST + "\"Donors have cut funding,\" said Maria Lopez, who works on health programs for "
     "the Fjordlight Trust.", "Maria Lopez", "NOR"),
    ("is an officer at", _TRUST + "Maria Lopez is a program officer at the Fjordlight Trust. She said donors had "
     "cut funding.", "Maria Lopez", "NOR"),
    # negative rows: a past job, an international body, a clause whose subject is somebody else
    ("worked at (past)", _TRUST + "Maria Lopez worked at the Fjordlight Trust before she retired. She said donors "
     "had cut funding.", "Maria Lopez", None),
    ("works at an IGO", "Rural clinics lack clean water, the World Health Organization says. Maria Lopez works on "
     "sanitation at the World Health Organization. She said donors had cut funding.", "Maria Lopez", None),
    ("another's clause", _TRUST + "Maria Lopez said her brother works at the Fjordlight Trust.", "Maria Lopez", None),
]


@pytest.fixture(scope="module")
def works_records(pipeline):
    return probe_records(pipeline, WORKS_AT)


@pytest.mark.parametrize("kind,text,name,want", WORKS_AT, ids=[r[0] for r in WORKS_AT])
def test_works_at_country(works_records, kind, text, name, want):
    assert_probe_field(works_records, kind, text, name, "country", want)


def test_clause_employer_reads_the_persons_own_clause(pipeline):
    """The reader itself: the body of the person's own clause, none for another's."""
    from eventwire.stages.actors.works_at import _bodies, _own_verbs

    nlp = pipeline.nlp
    doc = nlp("Maria Lopez works on sanitation at the Fjordlight Trust.")
    subject = next(t for t in doc if t.dep_ == "nsubj")
    verbs = _own_verbs(subject)
    assert [v.lemma_ for v in verbs] == ["work"]
    assert [b.text for b in _bodies(verbs[0])] == ["Trust"]
    doc = nlp("Maria Lopez said her brother works at the Fjordlight Trust.")
    subject = next(t for t in doc if t.text == "Lopez")
    assert [v.lemma_ for v in _own_verbs(subject)] == []
