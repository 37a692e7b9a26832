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


# Class 2 -- the doer of an agentless harm told by a "when"/"as" clause of the same happening
# (eventcoding/happening.py, rule "+when"). (text, type, source, target)
WHEN_CLAUSE = [
    ("Two farmers were killed when Fulani herders attacked their village in Benue state.", "ASSAULT", "Fulani",
     "farmers"),
    ("Five civilians were killed when a Russian missile struck their apartment block in Dnipro.", "ASSAULT", "Russia",
     "civilians"),
    ("Three protesters were wounded as police fired live rounds into the crowd.", "ASSAULT", "police", "protesters"),
    ("Ten soldiers were killed as al-Shabab fighters overran their base.", "ASSAULT", "Shabab", "soldiers"),
    ("Four soldiers were killed when their convoy was ambushed by al-Shabab militants near Kismayo.", "ASSAULT",
     "Shabab", "soldiers"),
]


@pytest.mark.parametrize("text,kind,source,target", WHEN_CLAUSE, ids=[r[0][:40] for r in WHEN_CLAUSE])
def test_when_clause_doer(process, text, kind, source, target) -> None:
    doc = process(text, "2025-03-01")
    assert matches(coded(doc), kind, source, target, None), coded(doc)
    assert any(e.rule.endswith("+when") for e in doc.events if e.type == kind)


# a clause of no violence names no doer; a possessive pronoun is not the weapon's owner; (text, type)
WHEN_NO_DOER = [
    ("Twelve migrants were killed when their boat capsized off Libya.", "ASSAULT"),
    ("Eight soldiers were killed when a bus collided with a truck near Garissa.", "ASSAULT"),
    ("Four soldiers were killed when their convoy hit a roadside bomb in Mali.", "ASSAULT"),
    ("Three miners were killed when the tunnel was flooded by heavy rains.", "ASSAULT"),
    ("Six protesters were arrested when they marched on parliament in Kampala.", "COERCE"),
]


@pytest.mark.parametrize("text,kind", WHEN_NO_DOER, ids=[r[0][:40] for r in WHEN_NO_DOER])
def test_when_clause_no_doer(process, text, kind) -> None:
    doc = process(text, "2025-03-01")
    assert not [e for e in doc.events if e.type == kind and e.rule.endswith("+when")], coded(doc)
