"""Events round 2 (issue 15, second pass), on sentences written for these tests: a judgement told as
"called X <evaluative complement>" whose complement the parser hung on a "to" clause inside or after the
object ("called the Thai plan to curb rice sales 'unfair'")."""
from __future__ import annotations

import pytest


def coded(process, text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...], str]]:
    doc = process(text, "2024-03-05")
    name = {a.id: a.name for a in doc.actors}
    return [(e.type, tuple(name[i] for i in e.source), tuple(name[i] for i in e.target), e.rule) for e in doc.events]


CALLED = [
    # the object labelled a complement, the "to" clause hung on the verb, the adjective under that clause
    ('Somchai Wong, head of the Rice Exporters Association, called the Thai plan to curb rice sales '
     '"deeply unfair and will hurt thousands of farmers."', "Somchai Wong", "Thailand"),
    # the "to" clause as the object's own modifier
    ('Maria Lopez, head of the Mexican Avocado Growers Association, called the U.S. decision to tax Mexican '
     'avocados "deeply unfair and will hurt thousands of small farmers."', "Maria Lopez", "United States"),
    # a plain complement right after the object
    ('The minister called the Polish decision to close the border "unacceptable."', "The minister", "Poland"),
]


@pytest.mark.parametrize("text,source,target", CALLED)
def test_a_disparaging_complement_after_a_to_clause_is_an_accusation(process, text, source, target):
    rows = [r for r in coded(process, text) if r[0] == "ACCUSE"]
    assert rows, coded(process, text)
    assert rows[0][1] == (source,) and rows[0][2] == (target,)
    assert rows[0][3] == "verb:call/disparage"


def test_a_complement_of_a_verb_that_takes_its_own_is_not_the_call_s(process):
    """"named him 'a traitor'" inside the object: the complement belongs to "name", not to "called"."""
    rows = coded(process, 'The editor called the Kenyan decision to name Otieno "a traitor" last week.')
    assert not [r for r in rows if r[0] == "ACCUSE" and r[3] == "verb:call/disparage"], rows


def test_no_judged_maker_no_accusation(process):
    """A complement of disparagement about a thing nobody is named as making gives no accusation."""
    rows = coded(process, 'Rights groups called the decision to appoint the judge "outrageous."')
    assert not [r for r in rows if r[0] == "ACCUSE"], rows


def test_praise_is_not_an_accusation(process):
    rows = coded(process, 'The union called the Kenyan offer to raise wages "a good start."')
    assert not [r for r in rows if r[0] == "ACCUSE"], rows
