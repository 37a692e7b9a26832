"""Parties a reader finds that the trigger's own phrase does not name (round 20, evparty20).

Two classes of the events' argument readers, each tested with our own sentences; what a careful coder records
was written in each row before it was run.

- A reciprocal object ("accused each other", "blamed one another", "threatened each other"): each of the
  joined subjects does the deed to the others, so one event per ordered pair (participants.reciprocal,
  events.pairs; rule suffix /each). A symmetric verb keeps one event per pair. Before, the object named nobody
  and each side's event had no target.
- Whose thing a deed is done to, told by "its"/"their" inside what someone says ("Ukraine said Russian troops
  shelled its positions"): the teller, the subject of the clause that tells of the deed, not the doer the
  coreference's nearest guess gives (targets.told_possessor; rule suffix /possessor). Never a person, never
  commentators, never the doer's own means ("fired its missiles"), and only for assaults, coercions and threats.
"""
from __future__ import annotations

import pytest

from .event_helpers import coded_rule

# (shape, text, type, source, target)
RECIPROCAL = [
    ("two countries accuse each other", "Ethiopia and Eritrea accused each other of violating the truce.",
     "ACCUSE", "Ethiopia", "Eritrea"),
    ("the other direction", "Ethiopia and Eritrea accused each other of violating the truce.",
     "ACCUSE", "Eritrea", "Ethiopia"),
    ("one another, a group and an army", "The Sudanese army and the Rapid Support Forces blamed one another for "
     "the collapse of the ceasefire.", "ACCUSE", "Rapid Support Forces", "Sudan"),
    ("a plural description standing for the pair", "Ethiopia and Eritrea have long disputed their border. Both "
     "countries accused each other of violating the ceasefire.", "ACCUSE", "Eritrea", "Ethiopia"),
    ("threats", "Pakistan and India threatened each other with retaliation.", "THREATEN", "India", "Pakistan"),
    ("a phrase between verb and object", "Israel and Hamas accused each other on Monday of breaking the truce.",
     "ACCUSE", "Hamas", "Israel"),
]


def _has(events, kind, source, target):
    return any(t == kind and any(source.lower() in s.lower() for s in src)
               and any(target.lower() in g.lower() for g in tgt) for t, src, tgt, _ in events)


@pytest.mark.parametrize("shape,text,kind,source,target", RECIPROCAL, ids=[r[0] for r in RECIPROCAL])
def test_reciprocal_object_names_the_other_side(process, shape, text, kind, source, target):
    events = coded_rule(process, text)
    assert _has(events, kind, source, target), events
    assert any(rule.endswith("/each") for t, _, _, rule in events if t == kind), events


def test_reciprocal_symmetric_verb_keeps_one_event_per_pair(process):
    # meeting is one event of the pair, not two
    events = [e for e in coded_rule(process, "Kenya and Uganda met each other in Nairobi on Monday.")
              if e[0] == "CONSULT"]
    assert len(events) == 1, events


def test_no_reciprocal_for_a_single_side(process):
    # one side and a named target: the reciprocal reading does not touch it
    events = coded_rule(process, "Ethiopia accused Eritrea of violating the truce.")
    assert _has(events, "ACCUSE", "Ethiopia", "Eritrea")
    assert not _has(events, "ACCUSE", "Eritrea", "Ethiopia"), events


TOLD_POSSESSOR = [
    ("a country's positions shelled", "Ukraine said Russian troops shelled its positions overnight.", "ASSAULT",
     "Russian", "Ukraine"),
    ("boats fired at", "The Philippines said Chinese vessels fired water cannon at its boats.", "ASSAULT",
     "China", "Philippines"),
    ("the guess is the doer", "Poland said Russia had attacked its railways.", "ASSAULT", "Russia", "Poland"),
    ("'their' of a group", "Hamas said Israeli forces raided their offices in Gaza.", "ASSAULT", "Israel", "Hamas"),
    ("an agency's convoy", "The World Health Organization said gunmen attacked its convoy in Sudan.", "ASSAULT",
     "gunmen", "World Health Organization"),
    ("a seizure", "Lithuania said Belarusian guards seized its trucks at the border.", "COERCE", "Belarus",
     "Lithuania"),
]


@pytest.mark.parametrize("shape,text,kind,source,target", TOLD_POSSESSOR, ids=[r[0] for r in TOLD_POSSESSOR])
def test_possessive_in_a_told_deed_names_the_teller(process, shape, text, kind, source, target):
    events = coded_rule(process, text)
    assert _has(events, kind, source, target), events


# (shape, text, a target that must not be coded)
NOT_TELLER = [
    ("a person tells: the state is not guessed", "Zelensky said Russian troops shelled its positions.", "Zelensky"),
    ("commentators own nothing hit", "Analysts said Russian troops attacked their positions.", "Analysts"),
    ("the doer's own weapons", "Ukraine said Russia fired its missiles overnight.", "Ukraine"),
]


@pytest.mark.parametrize("shape,text,wrong", NOT_TELLER, ids=[r[0] for r in NOT_TELLER])
def test_possessive_not_read_as_the_teller(process, shape, text, wrong):
    events = coded_rule(process, text)
    assert not any(wrong.lower() in g.lower() for _, _, tgt, _ in events for g in tgt), events


def test_people_in_general_name_nobody(process):
    # "they" for people in general: no actor, no event with them as a party
    events = coded_rule(process, "They said the soldiers burned their homes.")
    assert not any("they" in " ".join(src + tgt).lower() for _, src, tgt, _ in events), events


# A pronoun standing for a body told as an owner's ("its soldiers", "their fighters") stands for the owner, as the
# noun itself does (participants.owner_of_body_told over owned_by_possessor). (shape, text, type, source, target)
OWNED_BODY_PRONOUN = [
    ("them for a country's soldiers", "Israel said its soldiers fired because protesters had attacked them.",
     "ASSAULT", "protesters", "Israel"),
    ("them for a group's fighters", "The rebels said their fighters withdrew after the army shelled them.",
     "ASSAULT", "army", "rebels"),
]


@pytest.mark.parametrize("shape,text,kind,source,target", OWNED_BODY_PRONOUN, ids=[r[0] for r in OWNED_BODY_PRONOUN])
def test_pronoun_for_an_owned_body_names_the_owner(process, shape, text, kind, source, target):
    events = coded_rule(process, text)
    assert _has(events, kind, source, target), events


def test_pronoun_for_an_unowned_body_or_the_police_stays(process):
    # no owner told: the soldiers themselves; "its police" are a party of their own (owned_by_possessor)
    events = coded_rule(process, "The soldiers fired because protesters had attacked them.")
    assert _has(events, "ASSAULT", "protesters", "soldiers"), events
    events = coded_rule(process, "Nigeria said its police arrested the suspects after gunmen attacked them.")
    assert _has(events, "ASSAULT", "gunmen", "police"), events
    assert not _has(events, "ASSAULT", "gunmen", "Nigeria"), events
