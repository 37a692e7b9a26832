"""Round 19 (evjudged19): a judgement of a deed is a judgement of its doer, read by class on sentences of our own.

- the deed's doer told by a verb of the deed noun's own (deed_noun_verbs.tsv), where the two do not share a stem
  or the verb is no event of the lexicons: "the cabinet postponed the vote ... critics denounced the delay",
  "Serbia scrapped ... Albania condemned the cancellation", "X decided ... Y criticized the decision"
  (context._earlier_doer, within MAKER_REACH sentences; the verb's subject or "by" agent must be an actor)
- the doer told by an adjective of a kind of body (deed_doer_adjectives.tsv): "the congressional move" is the
  legislature's the article named last before it, never the judging side's own (targets/deed_doers.py)
- shapes that worked before and must keep working: the owner ("Russia's decision"), a "by" phrase ("the ruling
  by the Supreme Court"), a country adjective ("the Chinese ban"), an act of one stem told before ("arrested" ...
  "the arrests")

Each row's event was written down before the code ran; negative rows must give the judgement no target."""
from __future__ import annotations

import pytest

from .event_helpers import coded, has_coded_event as _has


POSITIVE = [
    # earlier deed told by the noun's own verb, one sentence back
    ("The Nigerian government delayed the payment of salaries. Unions denounced the delay on Tuesday.",
     "ACCUSE", "Unions", "Nigeria"),
    ("Hungary suspended the licence of an independent radio station. The European Union criticized the suspension.",
     "ACCUSE", "European Union", "Hungary"),
    ("Serbia scrapped its visa deal with Albania on Monday. Albania condemned the cancellation.",
     "ACCUSE", "Albania", "Serbia"),
    ("Prime Minister Rishi Sunak missed the target date for the rail line. Unions denounced the delay.",
     "ACCUSE", "Unions", "Sunak"),
    # three sentences back
    ("Kenya decided to close its border with Uganda on Monday. Traders said stocks were low. Prices rose in "
     "Nairobi markets. Uganda criticized the decision.", "ACCUSE", "Uganda", "Kenya"),
    # adjective of a body
    ("The U.S. House of Representatives passed a bill on Taiwan arms sales on Tuesday. China criticized the "
     "congressional move on Wednesday.", "ACCUSE", "China", "House of Representatives"),
    ("The U.S. Senate voted to cut aid to Pakistan. Pakistan's National Assembly passed a motion condemning the "
     "congressional vote.", "ACCUSE", "National Assembly", "Senate"),
    # shapes read before this round
    ("Germany condemned Russia's decision to expel two diplomats.", "ACCUSE", "Germany", "Russia"),
    ("Lawmakers criticized the ruling by the Supreme Court.", "ACCUSE", "Lawmakers", "Supreme Court"),
    ("Australia criticized the Chinese ban on its wine.", "ACCUSE", "Australia", "China"),
    ("Police arrested three journalists in Harare on Friday. Rights groups condemned the arrests.",
     "ACCUSE", "Rights groups", "Police"),
    ("Iran released two French nationals on Tuesday. The United Nations welcomed the release.",
     "SUPPORT", "United Nations", "Iran"),
]


@pytest.mark.parametrize("text,kind,source,target", POSITIVE)
def test_judged_deed_falls_on_its_doer(process, text, kind, source, target):
    events = coded(process, text)
    assert _has(events, kind, source, target), events


NO_TARGET = [
    # a deed noun with no doer told
    ("Activists condemned the delay.", "ACCUSE", "Activists"),
    ("The blogger was let out on bail on Monday. Amnesty International welcomed the release.",
     "SUPPORT", "Amnesty International"),
    # a body adjective with no such body named
    ("China criticized the congressional move.", "ACCUSE", "China"),
    # the noun's verb told too far back (more than MAKER_REACH sentences)
    ("Kenya banned sugar imports. Prices rose. Traders protested. Shops closed early. Farmers waited. Buses "
     "stopped. Rain fell. Uganda criticized the ban.", "ACCUSE", "Uganda"),
    # a judged thing that is no deed
    ("Farmers in Kenya criticized the heat.", "ACCUSE", "Farmers"),
]


@pytest.mark.parametrize("text,kind,source", NO_TARGET)
def test_deed_without_told_doer_has_no_target(process, text, kind, source):
    events = coded(process, text)
    judged = [e for e in events if e[0] == kind and any(source.lower() in n.lower() for n in e[1])]
    assert all(not g for _, _, g in judged), events


def test_own_country_legislature_is_not_the_doer(process):
    """Lawmakers of a country decrying "the congressional move" do not decry their own parliament."""
    events = coded(process, "Pakistan's parliament met on Monday. The U.S. Congress passed a resolution on "
                            "Pakistan's election. Pakistani lawmakers condemned the congressional move.")
    judged = [e for e in events if e[0] == "ACCUSE" and any("lawmakers" in n.lower() for n in e[1])]
    assert judged and all(not any("pakistan" in n.lower() for n in g) for _, _, g in judged), events


def test_deed_verb_pairs_are_data():
    from eventwire.stages.eventcoding.words import deed_verbs
    pairs = deed_verbs()
    assert "postpone" in pairs["delay"] and "decide" in pairs["decision"] and "scrap" in pairs["cancellation"]
    assert "detention" not in pairs  # a deed done to someone answers the state holding the person