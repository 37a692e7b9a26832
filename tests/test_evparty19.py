"""Right happening, wrong or missing party (round 19, evparty19).

Two classes of the events' argument readers, each tested with our own sentences; what a careful coder records
was written in each row before it was run.

- A passive's patient names its owner as the active's object does (triggers._passive): "the ministry's website
  was attacked by hackers" is aimed at the ministry, as "hackers attacked the ministry's website" is. Before, only
  rows flagged `owned` read the patient's owner.
- An object pronoun counted by a part or a quantity ("dozens of them", "some of them", "three of them") is an
  object of the verb that takes the part (actors.coref.pronouns.object_clause): it never stands for that verb's
  own subject, and the part stands for the people the pronoun names (participants.quantity_member reads
  partitives and numbers as well as quantities: participants.counts_part).
"""
from __future__ import annotations

import pytest

from eventwire.stages.actors.coref.pronouns import object_clause

from .event_helpers import events_with_names as _coded
from .event_helpers import has_name as _has

# (shape, text, type, source, target)
PASSIVE_OWNER = [
    ("an organization's website attacked", "The Red Cross's website was attacked by hackers on Sunday.", "ASSAULT",
     "hackers", "Red Cross"),
    ("a group's tunnels bombed", "Hezbollah's tunnels were bombed by the Israeli army.", "ASSAULT", "Israeli army",
     "Hezbollah"),
    ("a leader's budget rejected", "William Ruto's budget was rejected by the Senate.", "REJECT", "Senate",
     "William Ruto"),
    ("a country's plan welcomed", "Egypt's peace plan was welcomed by the African Union.", "SUPPORT",
     "African Union", "Egypt"),
    ("an owner by 'of'", "The budget of William Ruto was rejected by the Senate.", "REJECT", "Senate",
     "William Ruto"),
    # the same sentences told in the active voice read the owner already: the two voices agree
    ("active: an organization's website attacked", "Hackers attacked the Red Cross's website on Sunday.",
     "ASSAULT", "Hackers", "Red Cross"),
    ("active: a leader's budget rejected", "The Senate rejected William Ruto's budget.", "REJECT", "Senate",
     "William Ruto"),
]

# (shape, text, type, source, a target no event of the type may have, or None for: no target at all)
PASSIVE_KEPT = [
    # the possessor of a deed done to someone is whom it was done to (words.patient_noun), no owner
    ("a person's arrest condemned", "Alexei Navalny's arrest was condemned by France.", "ACCUSE", "France",
     "Alexei Navalny"),
    # the doing side's own thing is no target
    ("the doers' own base", "The army said its own base was shelled by the army by mistake.", "ASSAULT", "army",
     "army"),
]

# (shape, text, type, source, target)
PART_OF_THEM = [
    ("dozens of them, a sentence on", "Hundreds of students marched in Nairobi on Tuesday. Police later detained "
     "dozens of them.", "COERCE", "Police", "students"),
    ("some of them", "Farmers blocked a highway near Lyon. Police arrested some of them.", "COERCE", "Police",
     "Farmers"),
    ("a number of them", "Protesters gathered outside the parliament in Accra. Soldiers shot three of them.",
     "ASSAULT", "Soldiers", "Protesters"),
    ("the plain object pronoun agrees", "Hundreds of nurses marched in Harare. Police detained them.", "COERCE",
     "Police", "nurses"),
    ("part of the people named", "Miners rallied in Johannesburg. Police arrested several of the miners.", "COERCE",
     "Police", "Miners"),
]


@pytest.mark.parametrize("shape,text,kind,source,target", PASSIVE_OWNER, ids=[r[0] for r in PASSIVE_OWNER])
def test_passive_patient_names_its_owner(process, shape, text, kind, source, target) -> None:
    events = _coded(process(text, "2025-03-01"))
    assert any(t == kind and _has(s, source) and _has(g, target) for t, s, g, _, _ in events), (shape, events)


@pytest.mark.parametrize("shape,text,kind,source,absent", PASSIVE_KEPT, ids=[r[0] for r in PASSIVE_KEPT])
def test_passive_owner_not_read_where_it_is_no_party(process, shape, text, kind, source, absent) -> None:
    events = [e for e in _coded(process(text, "2025-03-01")) if e[0] == kind and _has(e[1], source)]
    assert not any(_has(g, absent) for _, _, g, _, _ in events), (shape, events)


@pytest.mark.parametrize("shape,text,kind,source,target", PART_OF_THEM, ids=[r[0] for r in PART_OF_THEM])
def test_part_of_them_is_the_people_before(process, shape, text, kind, source, target) -> None:
    events = _coded(process(text, "2025-03-01"))
    assert any(t == kind and _has(s, source) and _has(g, target) for t, s, g, _, _ in events), (shape, events)
    # the pronoun never stands for the subject of the verb taking the part
    assert not any(t == kind and _has(g, source) for t, s, g, _, _ in events), (shape, events)


def test_object_clause_climbs_through_a_part(process) -> None:
    """The helper itself: "detained dozens of them" -> detained; "fired at them" -> fired; a part that is the
    subject ("dozens of them were held") keeps its preposition's head."""
    doc = process("Police detained dozens of them. Troops fired at them. Dozens of them were held.", "2025-03-01")
    thems = [t for t in doc.nlp if t.lower_ == "them"]
    assert object_clause(thems[0]).lemma_ == "detain"
    assert object_clause(thems[1]).lemma_ == "fire"
    assert object_clause(thems[2]).lower_ == "dozens"
