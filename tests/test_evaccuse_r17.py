"""Judgements carried by a frame and rebuttals (round 17, evaccuse).

- "hold X responsible/guilty/complicit (for ...)": the holder accuses X. Round 17's hand row was taken back at the
  merge, as "hold" was a verb of the PETRARCH dictionary list (whose "hold" + "responsible" row reads a direct
  object, not the parser's verbless clause "held [X responsible]") and the two lists share no verb; since evmiss22
  (r22) "hold" is a hand verb (calls:blame / calls:answerable, role small), the dictionary regenerated without it,
  and its readings of people held kept as hand rows;
- the free relative after a verb of naming: "..., in what X called a war crime" -> X accuses the doer of the act
  the "in" phrase hangs on; "Y is what X calls a terrorist group" -> X accuses Y (judged_frames.free_relative_judged,
  read by triggers._active; the naming verb's own subject is the judge, not the main clause's);
- "had nothing to do with ..." said of the speaker's own side: a rebuttal by the speaker, of the accuser just
  before, else of nobody named (speech_rebuttals.tsv disown, speech._disowned).
The sentences are our own; what a careful coder records is written in each row before it was run.
"""
from __future__ import annotations

import pytest

from .event_helpers import has_named_event, named_events

# (shape, text, type, source, target)
ROWS = [
    ("held responsible, verbless clause", "The Lebanese minister held Hezbollah responsible for the bombing.",
     "ACCUSE", "minister", "Hezbollah"),
    ("holds responsible, present", "The United States holds Iran responsible for the attacks on its bases.",
     "ACCUSE", "United States", "Iran"),
    ("in what X called, a deed of force", "The army shelled the town in what rights groups called a war crime.",
     "ACCUSE", "rights groups", "army"),
    ("in what X called, after a comma", "Police detained the reporter, in what Reporters Without Borders called an "
     "act of intimidation.", "ACCUSE", "Reporters Without Borders", "Police"),
    ("is what X has called", "Hezbollah is what Washington has long called a terrorist group.",
     "ACCUSE", "United States", "Hezbollah"),
    ("nothing to do with, after an accusation", "Israel accused Hezbollah of firing the rockets. Hezbollah said it "
     "had nothing to do with the attack.", "REJECT", "Hezbollah", "Israel"),
]

# (shape, text, type, source): an event with no target
UNTARGETED = [
    ("nothing to do with, a state named for its ministry", "The Iranian foreign ministry said Tehran had nothing "
     "to do with the bombing.", "REJECT", "ministry"),
    ("nothing to do with, quoted we", "\"We have nothing to do with these killings,\" a spokesman for the rebels "
     "told reporters.", "REJECT", "spokesman"),
]

# (shape, text, type): no event of that type at all
NONE = [
    ("in what X called, praise of own side's act", "Ukraine's army struck the depot, in what Kyiv called a "
     "legitimate strike.", "ACCUSE"),
    ("in what X called, a neutral label", "The Israeli army demolished the homes, in what the army called a "
     "security measure.", "ACCUSE"),
    ("asked what, no free relative judged", "Reporters asked what the minister called a crime.", "ACCUSE"),
    ("held talks, no blame", "The president held talks with the opposition on Monday.", "ACCUSE"),
    ("nothing to do with, a thing's cause", "The minister said the dispute had nothing to do with religion.",
     "REJECT"),
    ("nothing to do with, a price", "Officials said the price rise had nothing to do with the new tax.", "REJECT"),
    ("nothing to do with, in a question under a condition", "\"If we had nothing to do with it, why would we "
     "hide?\" the general asked.", "REJECT"),
    ("a neutral fact said", "The Kenyan president said the talks had ended.", "ACCUSE"),
    ("a deed of the speaker's own side", "The Israeli army said its troops had killed three militants in Gaza.",
     "ACCUSE"),
    ("a deed in a question", "The senator asked whether the army had shelled the village.", "ACCUSE"),
]


# "hold X responsible": read since evmiss22 (event_verbs.tsv hold calls:blame, role small); xfail until then
@pytest.mark.parametrize("shape,text,kind,source,target", ROWS, ids=[r[0] for r in ROWS])
def test_judgement_or_rebuttal_coded(process, shape, text, kind, source, target):
    events = named_events(process, text)
    assert has_named_event(events, kind, source, target), events


@pytest.mark.parametrize("shape,text,kind,source", UNTARGETED, ids=[r[0] for r in UNTARGETED])
def test_rebuttal_of_nobody_named(process, shape, text, kind, source):
    events = named_events(process, text)
    assert any(t == kind and any(source.lower() in (s or "").lower() for s in src) and not tgt
               for t, src, tgt in events), events


@pytest.mark.parametrize("shape,text,kind", NONE, ids=[r[0] for r in NONE])
def test_no_judgement(process, shape, text, kind):
    events = named_events(process, text)
    assert not any(t == kind for t, _, _ in events), events
