"""One definition of each idea (round 16, task mend2): readings that two stages wrote each for itself, now read
once. Sentences written for these tests."""
from __future__ import annotations

import pytest

from .event_helpers import coded_rule


def _actor(doc, name):
    return next(a for a in doc.actors if a.name == name)


# ---- a body led by someone: nlp.tree.leaders with leading_verbs.txt (actors and events) -------------------------

@pytest.mark.parametrize("text,body,leader", [
    ("The cabinet headed by Prime Minister Jan Novak approved the budget on Monday.", "cabinet", ["Novak"]),
    ("Fighters commanded by Ali Hassan and Yusuf Omar seized the town.", "Fighters", ["Hassan"]),  # the first
    ("The party, which is chaired by Rosa Lind, won the vote.", "party", ["Lind"]),  # a relative clause
    ("The charity run by Maria Costa feeds children in the capital.", "charity", ["Costa"]),
    ("The plan praised by Rosa Lind failed.", "plan", []),  # no verb of leading
    ("The cabinet met by the river on Monday.", "cabinet", []),  # no leader: a place
])
def test_leaders_of_a_noun(nlp, text, body, leader):
    from eventwire.stages.nlp.tree import leaders

    doc = nlp(text)
    noun = next(t for t in doc if t.text == body)
    assert [t.text for t in leaders(noun)] == leader


@pytest.mark.parametrize("text,name,sector", [
    ("Gunmen led by Karim Aziz attacked a police post on Sunday.", "Karim Aziz", "REB"),
    ("The firm Grainco, run by Maria Costa, sells rice to Ghana.", "Maria Costa", "BUS"),
    ("Troops commanded by Ali Hassan seized the town.", "Ali Hassan", "MIL"),
])
def test_a_leader_named_by_the_body_takes_its_sector(process, text, name, sector):
    assert _actor(process(text, until="actors"), name).sector == sector


def test_a_person_beside_a_body_not_led_by_them_takes_no_sector_from_it(process):
    doc = process("The firm Grainco, praised by Maria Costa, sells rice to Ghana.", until="actors")
    assert _actor(doc, "Maria Costa").sector != "BUS"


# ---- the doer of a move of forces in its "of" phrase: eventcoding.forces.forces_named (forces_of, asked_acts) -----

@pytest.mark.parametrize("text,kind,rule,doer", [
    # a deed noun: the forces moved do it
    ("Protesters in Bamako cheered the withdrawal of French soldiers from Mali.", "RETREAT", "of_forces",
     "French soldiers"),
    # an act a demand asks for: the forces' side is asked
    ("Germany called for the withdrawal of Russian troops from Moldova.", "REQUEST", "doer", "Russian troops"),
    ("Kenya demanded the pullout of Ugandan and Rwandan soldiers from the border zone.", "REQUEST", "doer", "Uganda"),
    # an "of" phrase that names no forces is still the asked act's owner
    ("Japan called for the withdrawal of Russia from the fishing treaty.", "REQUEST", "doer", "Russia"),
])
def test_forces_in_the_of_phrase_do_the_move(process, text, kind, rule, doer):
    found = [(src, tgt) for k, src, tgt, r in coded_rule(process, text) if k == kind and r.endswith(rule)]
    side = [src if kind != "REQUEST" else tgt for src, tgt in found]
    assert side and all(s == (doer,) for s in side), found


def test_forces_named_reads_only_forces(process):
    from eventwire.stages.eventcoding.forces import forces_named

    doc = process("Kenya called for the withdrawal of sanctions on Uganda.", until="actors")
    noun = next(t for t in doc.nlp if t.lower_ == "withdrawal")
    assert forces_named(doc, noun) == []
    doc = process("Kenya called for the withdrawal of Ugandan troops.", until="actors")
    noun = next(t for t in doc.nlp if t.lower_ == "withdrawal")
    assert [doc.actor(a).name for a in forces_named(doc, noun)] == ["Ugandan troops"]


# ---- two-word titles of a kind: one table, title_kinds.tsv with title_kind_heads.txt (persons and groups) ---------

@pytest.mark.parametrize("text,name,sector", [
    ("Tribal leader Musa Kante said the road was closed.", "Musa Kante", "CVL"),
    ("Ali Farah, a clan leader in the north, rejected the deal.", "Ali Farah", "CVL"),
    ("Student leaders marched to the ministry on Friday.", "Student leaders", "CVL"),
    ("Protest leaders rejected the offer of talks.", "Protest leaders", "CVL"),
    ("Tribal chiefs met the governor on Monday.", "Tribal chiefs", "CVL"),  # another head of the same table
    ("Gang leaders were arrested in the port.", "Gang leaders", "CRM"),  # another kind of the same table
    ("Opposition leaders rejected the offer of talks.", "Opposition leaders", "OPP"),  # roles.tsv's own row
])
def test_a_kind_word_before_a_title_gives_its_sector(process, text, name, sector):
    assert _actor(process(text, until="actors"), name).sector == sector


def test_title_kind_reads_a_title_head_only():
    from eventwire.stages.actors.words import title_kind

    assert title_kind("tribal", "leader") == "CVL" and title_kind("gang", "boss") == "CRM"
    assert title_kind("tribal", "land") is None  # no title
    assert title_kind("senior", "leader") is None  # no kind
