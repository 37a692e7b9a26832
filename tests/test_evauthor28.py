"""Round 28, evauthor28: the target of a judgement that acts on a thing (a constitution, a law, a plan, a report,
"the moves against" someone) is whoever made that thing. Sentences written for these tests; what a careful coder
records was written down before the runs.

- A thing told earlier as standing for the judged one ("signed a charter that will serve as the constitution ...
  rejected the constitution"), up to two sentences back: the subject of the verb that put it forward; two bodies of
  one state may judge each other's acts (a regional council, an interim president).
- A relative clause on the judged thing whose verb makes such things and has the thing as its object ("the law
  (that) parliament passed", "the plan the ministry unveiled"): its subject.
- A "by" phrase naming an actor on the thing, or on the active judging verb after it (the parser's attachment):
  "rejected the decree by the junta".
- "The moves against X": the doer of the latest coercion, sanction or attack aimed at someone told before.
- Shapes the stage read before this round, pinned: a "by" phrase, the maker told in the sentence before, in a quote.
Negative rows: a thing nobody in the article made, the speaker's own plan, a thing the judge made itself, an earlier
verb that made some other thing, a negated or non-making relative clause, moves against with nothing done before.
"""
from __future__ import annotations

import pytest

from .event_helpers import coded_rule


def _targets(process, text, kind, source):
    return [tgt for k, src, tgt, _ in coded_rule(process, text) if k == kind and source in " ".join(src)]


@pytest.mark.parametrize("text, kind, source, target", [
    # a thing told as standing for the judged one, the maker two sentences back
    ("Interim President Omar Haddad signed a charter on Tuesday that will serve as the country's constitution. "
     "He said the text marks a new start. The Kurdish National Council rejected the constitution on Friday.",
     "REJECT", "Kurdish National Council", "Omar Haddad"),
    ("Interim leader Omar Haddad signed a charter on Tuesday that will serve as the country's constitution. "
     "Opposition parties rejected the constitution.", "REJECT", "Opposition parties", "Omar Haddad"),
    # a relative clause on the thing
    ("Rights groups condemned the law the Hungarian parliament passed last week.", "ACCUSE", "Rights groups",
     "Hungarian parliament"),
    ("Rights groups condemned the law that the Hungarian parliament passed last week.", "ACCUSE", "Rights groups",
     "Hungarian parliament"),
    ("Teachers' unions rejected the plan the Education Ministry of Peru unveiled on Monday.", "REJECT",
     "Teachers' unions", "Education Ministry of Peru"),
    # a "by" phrase on the thing, which the parser hangs on the judging verb
    ("Rebel groups rejected the decree by the military junta in Mali.", "REJECT", "Rebel groups",
     "military junta"),
    ("Opposition parties criticized the report by the election commission of Malawi.", "ACCUSE",
     "Opposition parties", "election commission"),
    # the moves against someone: the latest coercion told before, however much comment came between
    ("Police in Kenya arrested the opposition leader Raila Mwangi on Monday. A court in Nairobi charged Mwangi "
     "with treason. His lawyers said the charges were weak. The Orange Party denounced the moves against its "
     "leader.", "ACCUSE", "Orange Party", "court"),
    ("Police arrested the rebel commander on Monday. The rebels condemned the moves against their commander.",
     "ACCUSE", "rebels", "Police"),
    ("Police arrested the rebel commander on Monday. Markets were calm on Tuesday. Traders said prices rose. "
     "The Orange Party condemned the moves against the rebels.", "ACCUSE", "Orange Party", "Police"),
    # shapes read before, pinned: a "by" phrase, the maker the sentence before, in a quote
    ("Farmers' unions denounced the plan proposed by the agriculture ministry of Peru.", "ACCUSE",
     "Farmers' unions", "agriculture ministry of Peru"),
    ("The election commission announced the results on Sunday. Opposition leader Ana Ruiz rejected the results.",
     "REJECT", "Ana Ruiz", "election commission"),
    ("The Finance Ministry of Chile published a report on pensions on Monday. \"We reject the report,\" the union "
     "said on Tuesday.", "REJECT", "union", "Finance Ministry of Chile"),
])
def test_judged_thing_answers_its_maker(process, text, kind, source, target) -> None:
    found = _targets(process, text, kind, source)
    assert any(target in " ".join(t) for t in found), (found, coded_rule(process, text))


@pytest.mark.parametrize("text, kind, source", [
    # a thing nobody in the article made
    ("Fishermen in Chile rejected the plan.", "REJECT", "Fishermen"),
    # the speaker's own plan
    ("The mayor of Lagos rejected calls to drop his own plan.", "REJECT", "mayor"),
    # an earlier verb that made another thing (a trade deal is no constitution)
    ("Interim President Omar Haddad signed a trade deal on Tuesday. The Kurdish National Council rejected the "
     "constitution on Friday.", "REJECT", "Kurdish National Council"),
    # a stand-in told three sentences back is out of reach
    ("Interim President Omar Haddad signed a charter on Tuesday that will serve as the country's constitution. "
     "He said the text marks a new start. Crowds gathered in the capital. Markets were calm. The Kurdish "
     "National Council rejected the constitution on Friday.", "REJECT", "Kurdish National Council"),
    # a relative clause that makes no thing, or says it was not made
    ("Rights groups condemned the law that gave the Hungarian parliament new powers.", "ACCUSE", "Rights groups"),
    ("Rights groups condemned the deal the Hungarian parliament did not sign.", "ACCUSE", "Rights groups"),
    # a "by" phrase that names no actor: a margin, a vote
    ("The Orange Party rejected the proposal by a wide margin.", "REJECT", "Orange Party"),
    ("Lawmakers rejected the budget by a vote of 40 to 3.", "REJECT", "Lawmakers"),
    # moves against a state of things, not a party
    ("Police arrested the rebel commander on Monday. Markets were calm on Tuesday. Traders said prices rose. "
     "The Orange Party condemned the moves against corruption.", "ACCUSE", "Orange Party"),
    # moves against someone with nothing done before
    ("The Orange Party denounced the moves against its leader.", "ACCUSE", "Orange Party"),
])
def test_thing_with_no_maker_stays_targetless(process, text, kind, source) -> None:
    found = _targets(process, text, kind, source)
    assert found and not any(found), (found, coded_rule(process, text))


def test_own_thing_is_no_target(process) -> None:
    """A maker who is the judge itself: the parliament defending its own law codes no judgement of itself."""
    text = "The Hungarian parliament passed a media law on Monday. The Hungarian parliament defended the law."
    found = [t for k, s, t, _ in coded_rule(process, text) if "parliament" in " ".join(s) and k != "AGREE"]
    assert not any("parliament" in " ".join(t) for t in found), coded_rule(process, text)
