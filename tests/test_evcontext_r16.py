"""Round 16 (evcontext): participants that only the context names.

Class 1 -- 'they' after a counted crowd: a subject that counts people ("tens of thousands of Kenyans", "hundreds
of students", "dozens of refugees": a quantity noun of event_status.tsv with an actor in its "of" phrase) is
what a following 'they' stands for; the quantity noun is no rival plural that blocks the guess
(actors.coref.pronouns: _counter, _counted_actor). Negative rows: a 'they' with a subject of its own clause
nearer, a count of things, a counted crowd that names no actor.

Each row's expected event was written before the code was run. Sentences written for these tests."""
from __future__ import annotations

import pytest

from .test_events_evprobes_r15 import coded, matches

# (text, type, source, target)
COUNTED_THEY = [
    ("Tens of thousands of Kenyans protested in Nairobi on Tuesday. They demanded the resignation of President "
     "William Ruto.", "REQUEST", "Kenyans", "Ruto"),
    ("Thousands of Venezuelans marched in Caracas on Saturday. They called on Nicolas Maduro to step down.",
     "REQUEST", "Venezuelans", "Maduro"),
    ("Dozens of Rohingya refugees landed in Aceh on Sunday. They asked Indonesia for shelter.", "REQUEST",
     "Rohingya", "Indonesia"),
    ("Police detained the opposition leader Bobi Wine in Kampala. Thousands of his supporters gathered outside the "
     "station. They demanded his release.", "REQUEST", "supporters", None),
]


@pytest.mark.parametrize("text,kind,source,target", COUNTED_THEY, ids=[r[0][:40] for r in COUNTED_THEY])
def test_they_after_counted_crowd(process, text, kind, source, target) -> None:
    events = coded(process(text, "2025-03-01"))
    assert matches(events, kind, source, target, None), events


# (text, type, a source that must not be given)
NOT_LENT = [
    # the subject of the pronoun's own sentence is nearer: the police arrested, not the marchers
    ("Hundreds of people marched in Tbilisi. Georgian police said they had arrested 20 protesters.", "COERCE",
     "people"),
    # the count is of things: no actor for 'they'
    ("Hundreds of trucks crossed into Gaza on Monday. They were blocked by Israel for weeks.", "ASSAULT", "trucks"),
    # the counted crowd names no actor and the police named before are not 'they'
    ("Police fired tear gas in Dhaka on Friday. Hundreds of bystanders fled the area. They accused the government "
     "of brutality.", "ACCUSE", "Police"),
]


@pytest.mark.parametrize("text,kind,source", NOT_LENT, ids=[r[0][:40] for r in NOT_LENT])
def test_they_not_lent(process, text, kind, source) -> None:
    events = coded(process(text, "2025-03-01"))
    assert not [e for e in events if e[0] == kind and any(source.lower() in s.lower() for s in e[1])], events


def test_counted_subject_is_the_antecedent(process) -> None:
    from eventwire.stages.actors import pronoun_antecedent

    doc = process("Hundreds of Sudanese doctors went on strike in Khartoum. They said the army had raided a "
                  "hospital.", "2025-03-01", until="actors")
    they = next(t for t in doc.nlp if t.lower_ == "they")
    found = doc.actor(pronoun_antecedent(doc, they) or "")
    assert found is not None and "doctors" in found.name.lower()


def test_quantity_without_actor_still_blocks(process) -> None:
    """'Millions of dollars ... they': the count names no actor, so it still stands between the pronoun and an
    actor named before it."""
    from eventwire.stages.actors import pronoun_antecedent

    doc = process("The World Bank approved a loan to Kenya. Millions of dollars were wasted, and they were never "
                  "recovered.", "2025-03-01", until="actors")
    they = next(t for t in doc.nlp if t.lower_ == "they")
    assert pronoun_antecedent(doc, they) is None
