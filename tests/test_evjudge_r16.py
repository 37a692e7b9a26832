"""Judgements said in frames the judging word does not stand beside (round 16, evjudge).

- an act named by a deed word hung on its own clause: "in a move (that) X called 'cruel'", ", a move X called
  unacceptable" -> X accuses the doer of that clause (eventcoding/judged_frames.move_doers, read by
  speech.judged and context.maker);
- a report or claim said to rest on prejudice or lies: "the reports are based on prejudice" -> an accusation
  of the report's maker; "built on lies" -> a rebuttal (judged_frames.grounded, read by speech.judged and
  speech._said_of);
- a party said to care more for one thing than another: "X appears more interested in A than in B" -> an
  accusation of X (judged_frames.priorities, read by speech.readings; a crowd's tastes are not judged);
- speech_judgements.tsv rows overstep, prejudice, sham.
Verbs of regard and relative clauses on a deed word (round 16, evjudge2: REGARD_ROWS, REGARD_NONE):
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
    ("in a move, partial quote", "A Moscow court sent the journalist back to prison on Monday, in a move that his "
     "lawyer Anna Petrova called \"cruel.\"", "ACCUSE", "Petrova", "Moscow court"),
    ("in a move, the clause read as the noun's", "A Peruvian judge revoked the bail of the activist Luis Ortega "
     "on Tuesday in a move that the head of his defense team called \"cruel.\" Ortega was arrested in 2022.", "ACCUSE",
     "defense team", "Peruvian judge"),
    ("in a step, no quote marks", "Hungary's parliament passed the law on Tuesday, in a step that Amnesty "
     "International called discriminatory.", "ACCUSE", "Amnesty", "Hungary"),
    ("a move, apposition to the object", "Nicaragua's government expelled the bishop, a move Pope Francis called "
     "\"unacceptable.\"", "ACCUSE", "Francis", "Nicaragua"),
    ("based on prejudice", "Myanmar's military spokesman Zaw Min Tun said the U.N. monitors' findings are based "
     "on prejudice.", "ACCUSE", "Zaw Min Tun", "U.N."),
    ("based on prejudices, a by phrase", "The minister said the report by Human Rights Watch is based on "
     "prejudices.", "ACCUSE", "minister", "Human Rights Watch"),
    ("based on lies", "Russia's foreign ministry said the British report was based on lies.", "REJECT", "ministry",
     "United Kingdom"),
    ("overstepped, indirect", "Senator Ted Cruz said the Federal Reserve had overstepped its authority.", "ACCUSE",
     "Cruz", "Federal Reserve"),
    ("overstepped, a senator", "The senator said the Supreme Court had overstepped its role.", "ACCUSE", "senator",
     "Supreme Court"),
    ("more interested in A than B, a quote", "\"The Kremlin is plainly more interested in grabbing territory than in "
     "ending the war,\" a State Department spokesman said.", "ACCUSE", "spokesman", "Kremlin"),
    ("more interested, indirect", "Ukrainian President Volodymyr Zelenskyy said Russia seems more interested in war "
     "than in talks.", "ACCUSE", "Zelenskyy", "Russia"),
    ("a sham", "Russian opposition leader Yulia Navalnaya said the vote held by the Kremlin was a sham.", "ACCUSE",
     "Navalnaya", "Kremlin"),
]

# (shape, text): no ACCUSE or REJECT at all
NONE = [
    ("a blow of nature", "The storm hit the coast on Friday, in a blow that farmers called devastating."),
    ("based on research", "The minister said the new plan is based on research by Harvard economists."),
    ("based on images", "Officials said the estimate was based on satellite images."),
    ("own side not overstepped", "\"We have not overstepped our role,\" the Federal Reserve chairman Jerome Powell "
     "said."),
    ("a river overstepped", "The river overstepped its banks after the storm, the governor said."),
    ("praise of a deal", "The French president called the deal historic."),
    ("a storm called dangerous", "Forecasters called the storm dangerous."),
    ("a market called catastrophic", "Analysts described the market crash as catastrophic."),
    ("a crowd's tastes", "Analysts said investors are more interested in bonds than in stocks this year."),
    ("own side's priorities", "\"We are more interested in peace than in revenge,\" Ethiopian Prime Minister Abiy "
     "Ahmed said."),
    ("interested, no comparison", "Zelenskyy said Ukraine is interested in talks with Russia."),
    ("a negated comparison", "\"China is not more interested in trade than in security,\" the Chinese ambassador "
     "Xie Feng said."),
    ("a negated call", "The spokesman did not call the decision illegal."),
]


# (shape, text, type, source, target)
REGARD_ROWS = [
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
REGARD_NONE = [
    ("praise in a view", "Many people viewed the eclipse as spectacular."),
    ("a storm judged", "Residents viewed the storm as catastrophic."),
    ("no judging word", "She considers the job important."),
    ("consider an appeal", "The court will consider the appeal next week."),
    ("a negated view", "China does not consider the U.S. tariffs illegal."),
    ("a relative on a flood", "The storm caused a flood, which the mayor called a disaster."),
    ("a market seen", "Analysts see the market slump as brutal."),
    ("a question", "Does Moscow consider the sanctions illegal?"),
]


@pytest.mark.parametrize("shape,text,kind,source,target", ROWS + REGARD_ROWS,
                         ids=[r[0] for r in ROWS + REGARD_ROWS])
def test_judged_frame(process, shape, text, kind, source, target) -> None:
    events = named_events(process, text, "2025-03-01")
    assert has_named_event(events, kind, source, target), (shape, events)


@pytest.mark.parametrize("shape,text", NONE + REGARD_NONE, ids=[r[0] for r in NONE + REGARD_NONE])
def test_no_judgement(process, shape, text) -> None:
    events = named_events(process, text, "2025-03-01")
    assert not [e for e in events if e[0] in ("ACCUSE", "REJECT")], (shape, events)


def test_grounded_reads_the_subject(process) -> None:
    from eventwire.stages.eventcoding.judged_frames import grounded
    doc = process("Officials said the reports are based on prejudice.", "2025-03-01")
    tok = next(t for t in doc.nlp if t.lower_ == "prejudice")
    assert grounded(tok) is not None and grounded(tok).lower_ == "reports"
    doc = process("They built on the gains of last year.", "2025-03-01")
    tok = next(t for t in doc.nlp if t.lower_ == "gains")
    assert grounded(tok) is None


def test_small_clause_subjects(process) -> None:
    from eventwire.stages.eventcoding.judged_frames import small_clause_subjects
    doc = process("Moscow considers the sanctions illegal.", "2025-03-01")
    verb = next(t for t in doc.nlp if t.lower_ == "considers")
    assert [t.lower_ for t in small_clause_subjects(verb)] == ["sanctions"]
    doc = process("Moscow considers that the sanctions are illegal.", "2025-03-01")
    verb = next(t for t in doc.nlp if t.lower_ == "considers")
    assert small_clause_subjects(verb) == []
