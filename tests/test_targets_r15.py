"""Round 15, targets: one home for the event-target readings (stages/eventcoding/targets/) and one reading of
each idea they shared with other stages: who charged a person (eventcoding.context.charged_before), the body a
definite noun names by the last word of its name (actors.coref.definites.named_with_noun) and the word right
before a quote's opening mark (quotes.context.Context.word_before). Own sentences and made-up events."""
from __future__ import annotations

import importlib
from types import SimpleNamespace

import pytest

from eventwire.stages.actors.coref.definites import named_with_noun
from eventwire.stages.eventcoding.context import charged_before
from eventwire.stages.quotes.context import Context
from eventwire.stages.quotes.marks import find_pieces

from .event_helpers import coded_rule as coded

_READINGS = ("holders", "aided", "asked_acts", "told_owner", "owned_body")


@pytest.mark.parametrize("name", _READINGS)
def test_each_target_reading_lives_in_the_targets_package_only(name):
    module = importlib.import_module(f"eventwire.stages.eventcoding.targets.{name}")
    assert module.__doc__
    with pytest.raises(ModuleNotFoundError):
        importlib.import_module(f"eventwire.stages.eventcoding.{name}")


def _event(kind, source, target, start):
    return SimpleNamespace(type=kind, source=source, target=target, trigger=SimpleNamespace(start=start))


def test_charged_before_gives_the_latest_earlier_charge_against_the_person_first():
    earlier = [_event("COERCE", ["police"], ["ana"], 10), _event("ACCUSE", ["rival"], ["ana"], 20),
               _event("COERCE", ["court"], ["ana"], 30), _event("COERCE", ["army"], ["ben"], 40),
               _event("COERCE", ["judge"], ["ana"], 90)]
    found = [ev.source[0] for ev in charged_before(earlier, 50, {"ana"})]
    assert found == ["court", "police"]  # latest first; not Ben's, not the accusation, not after offset 50
    found = [ev.source[0] for ev in charged_before(earlier, 50, {"ana"}, frozenset({"COERCE", "ACCUSE"}))]
    assert found == ["court", "rival", "police"]


def test_charged_before_takes_a_test_of_the_event_for_whom_it_was_aimed_at():
    earlier = [_event("COERCE", ["police"], ["ana"], 10), _event("COERCE", ["army"], ["town"], 20)]
    people = {"ana"}
    found = [ev.source[0] for ev in charged_before(earlier, 100, lambda ev: bool(set(ev.target) & people))]
    assert found == ["police"]
    assert list(charged_before(earlier, 5, {"ana"})) == []


def _actor(kind, name):
    return SimpleNamespace(kind=kind, name=name)


def test_named_with_noun_finds_the_bodies_whose_name_ends_in_the_noun():
    party = _actor("organization", "Popular Unity Party")
    front = _actor("group", "Liberation Party")
    person = _actor("person", "Maria Party")
    actors = [party, front, person, _actor("organization", "Party Congress"), _actor("organization", "")]
    assert named_with_noun(actors, "party") == [party, front]
    assert named_with_noun(actors, "party", ("organization",)) == [party]
    assert named_with_noun(actors, "congress") == [actors[3]]
    assert named_with_noun(actors, "union") == []


def _context(text):
    pieces = find_pieces(text)
    return Context(SimpleNamespace(text=text), pieces, [], [0], set(), {}), pieces


def test_word_before_a_quote_mark():
    ctx, pieces = _context('Analysts used the term “soft landing” for it. “We will go,” she said.')
    assert [ctx.word_before(p) for p in pieces] == ["term", "it."]
    ctx, pieces = _context('“Nobody,” he said.')
    assert ctx.word_before(pieces[0]) is None
    ctx, pieces = _context('They called it a so-called “reform” again.')
    assert ctx.word_before(pieces[0]) == "so-called"



# ---- the owner of an act or a body, read by participants.owner (asked_acts, owned_body) --------------------

def test_an_acts_doer_told_by_a_by_phrase_is_its_owner(process):
    # participants.owner reads "by" before "of": the doer, not what it withdraws
    found = [r for r in coded(process, "Japan called for the withdrawal by Russia of its troops from the islands.")
             if r[0] == "REQUEST" and r[3].endswith("doer")]
    assert [r[2] for r in found] == [("Russia",)]


def test_a_body_named_by_its_owner_is_the_target(process):
    # the shape the rows below are set against: an owner in the object's "of" phrase is the body coerced
    found = [r for r in coded(process, "Nigerian police banned the youth wing of the Labour Party on Monday.")
             if r[0] == "COERCE"]
    assert [(r[2], r[3]) for r in found] == [(("Labour Party",), "verb:ban/body")], found


@pytest.mark.parametrize("text", [
    "Nigerian police banned the rally from the city of Kano on Monday.",  # a place it is banned from
    "Kenya's government banned its own youth wing.",  # a pronoun owner
])
def test_no_body_reading_from_a_place_or_a_pronoun(process, text):
    # the coercion is coded with no target of its own, so owned_body is tried on the object (checked by tracing
    # it); neither a place nor a pronoun is read as the body's owner
    found = [r for r in coded(process, text) if r[0] == "COERCE"]
    assert found, "the ban is coded"
    assert all(not r[2] and not r[3].endswith("body") for r in found), found
