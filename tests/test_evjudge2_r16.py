"""Judgements told by verbs of regard and in relative clauses on a word for a deed (round 16, evjudge2).

- "consider"/"deem" with a judging complement, "view"/"regard"/"see" with a judging "as" phrase (event_verbs.tsv
  rows after "evjudge2"): the holder of the view accuses whoever the judged thing is or belongs to, or rejects a
  claim; the parser's verbless clause "considers [the sanctions illegal]" is read through the target role small
  (judged_frames.small_clause_subjects);
- a judgement told in a relative clause on a word for a deed ("a law that X called discriminatory", "an order,
  which X denounced") targets whoever did the act the clause hangs on (context.relative_maker, which skipped
  deed words before); the thing a verbless clause judges is read by context.maker too ("considers the sanctions
  imposed by the EU illegal" -> the EU);
- judged_frames.move_doers names any doer of the move again (the crowd test of ``priorities`` had been added to
  it by slip): "police arrested them, a move which X condemned" -> police.
The sentences are our own; what a careful coder records is written in each row before it was run.
"""
from __future__ import annotations

import pytest

from .event_helpers import has_named_event, named_events

# (shape, text, type, source, target)
ROWS = [
    ("consider, small clause", "Moscow considers the U.S. sanctions illegal.", "ACCUSE", "Russia", "United States"),
    ("consider, a noun of wrongdoing", "Moscow considers the European Union's sanctions a form of economic "
     "aggression.", "ACCUSE", "Russia", "European Union"),
    ("consider, a maker in the clause", "Moscow considers the sanctions imposed by the European Union illegal.",
     "ACCUSE", "Russia", "European Union"),
    ("view as", "France views the annexation by Russia as illegal.", "ACCUSE", "France", "Russia"),
    ("regard as", "Beijing regards the U.S. sanctions as unlawful.", "ACCUSE", "China", "United States"),
    ("deem, a claim dismissed", "Russia deemed the British report baseless.", "REJECT", "Russia", "United Kingdom"),
    ("see as part of a crackdown", "The novelist Ahmad Karimi sees the Taliban's ban on books as part of a wider "
     "crackdown on women.", "ACCUSE", "Karimi", "Taliban"),
    ("relative on a law", "Hungary passed a law that Amnesty International called discriminatory.", "ACCUSE",
     "Amnesty", "Hungary"),
    ("relative on an order, a comma", "Trump signed an order, which Amnesty International has called "
     "unconstitutional.", "ACCUSE", "Amnesty", "Trump"),
    ("relative on a bill, a judging verb", "The Kenyan parliament approved a tax bill, which opposition leader Raila "
     "Odinga denounced.", "ACCUSE", "Odinga", "Kenyan parliament"),
    ("a move of police judged", "Police arrested the protesters, a move which Amnesty International condemned.",
     "ACCUSE", "Amnesty", "Police"),
]

# (shape, text): no ACCUSE or REJECT at all
NONE = [
    ("praise in a view", "Many people viewed the eclipse as spectacular."),
    ("a storm judged", "Residents viewed the storm as catastrophic."),
    ("no judging word", "She considers the job important."),
    ("consider an appeal", "The court will consider the appeal next week."),
    ("a negated view", "China does not consider the U.S. tariffs illegal."),
    ("a relative on a flood", "The storm caused a flood, which the mayor called a disaster."),
    ("a market seen", "Analysts see the market slump as brutal."),
    ("a question", "Does Moscow consider the sanctions illegal?"),
]


@pytest.mark.parametrize("shape,text,kind,source,target", ROWS, ids=[r[0] for r in ROWS])
def test_regard_and_relative(process, shape, text, kind, source, target) -> None:
    events = named_events(process, text, "2025-03-01")
    assert has_named_event(events, kind, source, target), (shape, events)


@pytest.mark.parametrize("shape,text", NONE, ids=[r[0] for r in NONE])
def test_no_judgement(process, shape, text) -> None:
    events = named_events(process, text, "2025-03-01")
    assert not [e for e in events if e[0] in ("ACCUSE", "REJECT")], (shape, events)


def test_small_clause_subjects(process) -> None:
    from eventwire.stages.eventcoding.judged_frames import small_clause_subjects
    doc = process("Moscow considers the sanctions illegal.", "2025-03-01")
    verb = next(t for t in doc.nlp if t.lower_ == "considers")
    assert [t.lower_ for t in small_clause_subjects(verb)] == ["sanctions"]
    doc = process("Moscow considers that the sanctions are illegal.", "2025-03-01")
    verb = next(t for t in doc.nlp if t.lower_ == "considers")
    assert small_clause_subjects(verb) == []
