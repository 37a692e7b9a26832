"""Round 21 (evaccuse21): accusations and rejections whose target the judging word's own phrase does not name, and
accusations carried by a work, read by class on sentences of our own.

- the maker of a thing put forward just before (context.put_forward_maker): a judgement of a plan, law, rule or
  proposal with no owner named answers whoever the same or the previous sentence tells putting that thing forward
  (the object of a verb of word class putting_forward_verbs: "unveiled a plan", "passed a law", "issued a
  directive"); its subject or passive "by" agent, never the judge's own side, never through a negated verb
- the same maker for the object of an adjective row ("is concerned about the plan", "critical of the law")
- a judgement told as received by a thing ("the move drew a rebuke from X", "the law met with opposition from X";
  context.received_maker): aimed at the thing's maker, read as above (context.doer_of), never at a thing's patient
  ("his arrest drew criticism" does not blame him)
- a work said to be critical of someone ("released a report critical of X", "posted a series of videos critical of
  X"; triggers._critical_work): the work's maker (possessor, "by" agent, or the subject of the verb whose object the
  work is) accuses X
- a dismissing noun as the predicate of a demonstrative ("This is a lie," "That is propaganda"): the verdict on the
  claim just made, a rejection of its maker (speech._said_of); "this is a baseless case" still judges the case

Each row's event was written down before the code ran; negative rows must code nothing of the kind."""
from __future__ import annotations

import pytest

from .event_helpers import coded, has_coded_event as _has


POSITIVE = [
    # the maker of a thing put forward in the same or the previous sentence
    ("Ethiopia unveiled a plan to build a second dam on the Nile. Egypt rejected the plan.", "REJECT", "Egypt", "Ethiopia"),
    ("The Kenyan government issued a directive on refugee camps. The UNHCR condemned the directive.",
     "ACCUSE", "UNHCR", "Kenya"),
    ("Georgia's parliament adopted a law on foreign agents last week. The European Union criticized the law on Monday.",
     "ACCUSE", "European Union", "Georgia"),
    ("A curfew was imposed by the Malian military on Friday. Amnesty International denounced the curfew.",
     "ACCUSE", "Amnesty International", "Mali"),
    # an adjective row's object with no owner: the same maker (context.judged_objects reads the row's own phrase)
    ("Ethiopia unveiled a plan to build a second dam on the Nile. Egypt is deeply concerned about the plan.",
     "ACCUSE", "Egypt", "Ethiopia"),
    # a judgement received by a thing: aimed at its maker
    ("Uganda expelled two foreign reporters. The move drew a rebuke from Kenya.", "ACCUSE", "Kenya", "Uganda"),
    ("Colombia submitted a proposal to the council on Monday. The proposal met with opposition from Venezuela.",
     "REJECT", "Venezuela", "Colombia"),
    # a work critical of someone: its maker accuses
    ("Amnesty International released a report critical of the Egyptian government.", "ACCUSE",
     "Amnesty International", "Egypt"),
    ("The activist Ana Gomez posted a series of videos critical of the Mexican army's conduct in Sinaloa.",
     "ACCUSE", "Ana Gomez", "Mexican army"),
    # a dismissing noun said of what was just claimed
    ("Serbia accused Kosovo of provoking the clashes. \"That is pure propaganda,\" Kosovo Prime Minister Albin Kurti "
     "said.", "REJECT", "Albin Kurti", "Serbia"),
    ("Russia accused Ukraine of shelling the plant. \"This is a lie,\" Ukrainian Foreign Minister Dmytro Kuleba said.",
     "REJECT", "Dmytro Kuleba", "Russia"),
]


@pytest.mark.parametrize("text,kind,source,target", POSITIVE)
def test_accusation_is_coded(process, text, kind, source, target) -> None:
    events = coded(process, text)
    assert _has(events, kind, source, target), events


def _aimed_at(events, kinds, name) -> bool:
    return any(t in kinds and any(name.lower() in x.lower() for x in tgt) for t, _, tgt in events)


NEGATIVE_TARGETS = [
    # a thing received or handled, not put forward: no maker
    ("The ministry received a report from the auditors. Parliament criticized the report.", ("ACCUSE",), "ministry"),
    # a verb negated: nobody put the thing forward
    ("Peru did not sign the treaty. Chile rejected the treaty.", ("REJECT",), "Peru"),
    # too far back: only the same or the previous sentence
    ("Israel unveiled a plan for the border. Markets fell on Tuesday. Oil prices rose sharply. Egypt rejected the plan.",
     ("REJECT",), "Israel"),
    # a cause that is no party: nobody is blamed (the verb's own targetless ACCUSE is older behaviour)
    ("The Kenyan government blamed the weather for the poor harvest.", ("ACCUSE",), "weather"),
    ("The Kenyan government blamed the weather for the poor harvest.", ("ACCUSE",), "Kenya"),
    # a deed done to someone does not blame them
    ("Police arrested Pedro Alvarez on Monday. His arrest drew criticism from Amnesty International.",
     ("ACCUSE",), "Alvarez"),
]


@pytest.mark.parametrize("text,kinds,name", NEGATIVE_TARGETS)
def test_no_target_from_far_or_handled_things(process, text, kinds, name) -> None:
    events = coded(process, text)
    assert not _aimed_at(events, kinds, name), events


NEGATIVE = [
    # blame on no party, an accusation of nothing, praise, a work that judges nothing
    ("The report accused nobody of anything.", ("ACCUSE",)),
    ("The blogger Tom Reyes posted videos of the flood.", ("ACCUSE",)),
    ("The blogger Tom Reyes posted videos that were not critical of the police.", ("ACCUSE",)),
    ("Critical supplies reached the city of Goma on Monday.", ("ACCUSE",)),
    ("The weather drew criticism from tourists.", ("ACCUSE",)),
    ("Amnesty International released a report praising the Ghanaian government.", ("ACCUSE",)),
    # held responsible for no wrong, not held responsible, held talks (no hold row reads the verbless clause yet:
    # tests/test_evaccuse_r17.py HOLD; these keep any later reading from over-reaching)
    ("The board held the airline responsible for the safety of its passengers.", ("ACCUSE",)),
    ("Kenya did not hold Somalia responsible for the ambush.", ("ACCUSE",)),
    ("Kenya held talks with Somalia on the border dispute.", ("ACCUSE",)),
    # a dismissing word naming a thing, not a verdict; a demonstrative judged well
    ("\"This is a lie detector,\" the engineer Tom Banks said.", ("REJECT",)),
    ("Russia accused Ukraine of shelling the plant. \"This is a good day,\" Ukrainian Foreign Minister Dmytro Kuleba "
     "said.", ("REJECT",)),
]


@pytest.mark.parametrize("text,kinds", NEGATIVE)
def test_no_accusation(process, text, kinds) -> None:
    events = coded(process, text)
    assert not any(t in kinds for t, _, _ in events), events


def test_the_judges_own_side_is_not_the_maker(process) -> None:
    """A thing put forward by the judge's own side is no target: "Germany proposed a budget. Germany rejected the
    budget's critics' demands" aside, "the EU proposed a plan ... the EU's own envoy criticized the plan" is not
    the envoy accusing the EU."""
    events = coded(process, "The European Union proposed a plan on migration. The European Union later criticized "
                              "the plan.")
    assert not any(t == "ACCUSE" and any("European Union" in s for s in src) and any("European Union" in x for x in tgt)
                   for t, src, tgt in events), events
