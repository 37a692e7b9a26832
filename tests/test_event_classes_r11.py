"""Word classes of the event lexicons (round 11): a list used in several rows is defined once in
lexicons/event_word_classes.tsv, named in a row's requires ("obj:@forces"), expanded when the rows are read,
and named in the event's rule ("verb:deploy/@forces"). Sentences written for these tests."""
from __future__ import annotations

import re
from dataclasses import replace

import pytest

from eventwire.lexicon import table
from eventwire.stages.eventcoding.words import expand, nouns, verbs, word_classes

from .event_helpers import coded_rule as coded


def test_the_class_file_is_read_and_a_class_expands():
    classes = word_classes()
    assert {"forces", "troops", "readiness"} <= set(classes)
    forces = classes["forces"].split("|")
    assert "frigate" in forces and "drone" in forces and "personnel" in forces
    # a class naming one above it holds that one's words, not its name
    assert set(classes["troops"].split("|")) <= set(forces) and not any(w.startswith("@") for w in forces)
    assert expand("obj:@forces") == "obj:" + classes["forces"]
    assert expand("obj:@sanctions|blockade") == "obj:" + classes["sanctions"] + "|blockade"
    assert expand("pobj:on:@readiness") == "pobj:on:" + classes["readiness"]
    assert expand("prep:with") == "prep:with"


def test_an_undefined_class_is_an_error():
    with pytest.raises(ValueError):
        expand("obj:@no_such_class")


def test_every_class_a_row_names_is_defined_and_expanded():
    written = {m for name in ("event_verbs.tsv", "event_nouns.tsv") for row in table(name)
               for m in re.findall(r"@([a-z_]+)", row["requires"])}
    assert written and written <= set(word_classes())
    for rows in (verbs(), nouns()):
        for entries in rows.values():
            assert not any("@" in r for e in entries for r in e.requires)


def test_the_rule_names_the_class_not_its_words():
    deploy = next(e for e in verbs()["deploy"] if e.requires and e.type == "MOBILIZE")
    assert deploy.rule == "verb:deploy/@forces"
    guard = next(e for e in verbs()["deploy"] if e.type == "AID")  # round 20: forces sent to guard people
    assert guard.rule == "verb:deploy/@forces+@protecting:@guarded_people"
    put = next(e for e in verbs()["put"] if e.type == "MOBILIZE")
    assert put.rule == "verb:put/@forces+on:@readiness"
    crackdown = [e.rule for e in nouns()["crackdown"]]
    assert "noun:crackdown/on:@protests" in crackdown
    # an entry read without its requirements (a learned trigger's) names none
    assert replace(deploy, requires=()).rule == "verb:deploy"


@pytest.mark.parametrize("text,rule", [
    ("The Lithuanian government deployed two frigates to the Baltic coast on Monday.", "verb:deploy/@forces"),
    ("Pakistan put its drones and artillery on high alert after the border clash.", "verb:put/@forces"),
    ("India dispatched paratroopers to the disputed valley.", "verb:dispatch/@forces"),
])
def test_a_member_of_the_class_in_the_sentence_codes_the_event(process, text, rule):
    rows = [r for r in coded(process, text) if r[0] == "MOBILIZE"]
    assert rows and rows[0][3].startswith(rule), coded(process, text)


def test_a_word_outside_the_class_keeps_the_plain_sense(process):
    """Software deployed is no mobilisation: the object is none of the armed forces."""
    rows = coded(process, "The Kenyan bank deployed new software to its branches in Nairobi.")
    assert not [r for r in rows if r[0] == "MOBILIZE"], rows
