"""Round 17 (evtypes): the PLOVER type an event gets when its trigger and parties are found.

Classes (rows of event_verbs.tsv / event_nouns.tsv and their word classes, the enact cue kind, vows.promised):
- the object of a verb decides its sense: what a party withdraws from (a treaty, bloc or body: SANCTION 161; talks:
  SANCTION 164; a town or a region: RETREAT 0872), whom it expels (envoys: SANCTION 166; journalists, migrants and
  other people: COERCE 174), what it freezes (ties, contacts, projects: SANCTION 160; aid: 162; assets: COERCE 163),
  calls off (talks, visits: SANCTION 164), cuts (aid 162, ties 161);
- a standing measure brought in by a verb that enacts it ("adopted", "approved", "will vote on") is coded as when a
  light verb takes it; unspecified punitive measures against a named state, people or body reduce relations with
  it (SANCTION 160), against a class of people they stay a restriction (COERCE 172);
- a deed of yielding, giving or helping that is the "to" infinitive of a word of promising is the promise (AGREE),
  not the deed done; coercive deeds vowed stay threats (round 15).
Sentences written for these tests, none taken from any story; the type a careful coder records was written down
before the code ran.
"""
from __future__ import annotations

import pytest

from .event_helpers import coded_cameo


def _types(events, source: str) -> list[str]:
    """The types of the events whose source name holds ``source``."""
    return [t for t, _, sources, _ in events if any(source.lower() in s.lower() for s in sources)]


# (text, source, the type a careful coder records, a type it must not get)
SENSES = [
    # what is left decides the withdrawal
    ("Sweden withdrew from the talks with Iran on Monday.", "Sweden", "SANCTION", "RETREAT"),
    ("The United States withdrew from the nuclear agreement with Iran.", "United States", "SANCTION", "RETREAT"),
    ("Burundi withdrew from the International Criminal Court in 2017.", "Burundi", "SANCTION", "RETREAT"),
    ("Russian troops withdrew from Kherson last week.", "Russian troops", "RETREAT", "SANCTION"),
    ("The rebels withdrew from the town of Goma.", "rebels", "RETREAT", "SANCTION"),
    ("France withdrew its ambassador from Niger.", "France", "SANCTION", "RETREAT"),
    # whom a state expels
    ("Russia expelled two American journalists.", "Russia", "COERCE", "SANCTION"),
    ("Thailand expelled hundreds of Myanmar migrants.", "Thailand", "COERCE", "SANCTION"),
    ("Poland expelled 45 Russian diplomats.", "Poland", "SANCTION", "COERCE"),
    ("Niger expelled the French ambassador.", "Niger", "SANCTION", "COERCE"),
    # what is frozen, called off, put off or broken off
    ("Turkey froze its relations with the Netherlands.", "Turkey", "SANCTION", "COERCE"),
    ("Israel froze contacts with the Palestinian Authority.", "Israel", "SANCTION", "COERCE"),
    ("Washington froze military aid to Egypt.", "United States", "SANCTION", "COERCE"),
    ("Britain froze the assets of Rosneft.", "United Kingdom", "COERCE", "SANCTION"),
    ("Ukraine canceled its contract with a Chinese arms maker.", "Ukraine", "SANCTION", "REJECT"),
    ("The African Union suspended Niger's membership.", "African Union", "SANCTION", "COERCE"),
    # measures against a named party, against a class of people
    ("The European Union adopted new measures against Belarus on Monday.", "European Union", "SANCTION", "COERCE"),
    ("Canada announced punitive measures against Moscow.", "Canada", "SANCTION", "COERCE"),
    ("The junta adopted harsh measures against the protesters.", "junta", "COERCE", "SANCTION"),
    ("The Taliban imposed new measures against female aid workers last year.", "Taliban", "COERCE", "SANCTION"),
    # sanctions and tariffs keep the one table's type (CAMEO 163 is COERCE)
    ("The Senate approved sanctions on three Iranian oil firms.", "Senate", "COERCE", "SANCTION"),
    ("Lawmakers voted on Thursday for sanctions against Nicaragua.", "Lawmakers", "COERCE", "SANCTION"),
    # promised deeds are promises; vowed attacks stay threats
    ("The rebels promised to free the hostages.", "rebels", "AGREE", "RETREAT"),
    ("The rebels vowed to free the hostages.", "rebels", "AGREE", "RETREAT"),
    ("Japan promised to help Ukraine rebuild its power grid.", "Japan", "AGREE", "AID"),
    ("Israel vowed to release Palestinian prisoners under the deal.", "Israel", "AGREE", "RETREAT"),
    ("Militants vowed to attack the capital.", "Militants", "THREATEN", "ASSAULT"),
    # rows that keep today's type
    ("Germany suspended development aid to Mali after the coup.", "Germany", "SANCTION", "RETREAT"),
    ("Iran released two French citizens on Friday.", "Iran", "RETREAT", "AGREE"),
    ("Morocco cut ties with Iran in 2018.", "Morocco", "SANCTION", "COERCE"),
    ("China threatened to impose tariffs on Australian wine.", "China", "THREATEN", "COERCE"),
    ("Iran agreed to release the detained sailors.", "Iran", "AGREE", "RETREAT"),
]


@pytest.mark.parametrize("text,source,kind,never", SENSES)
def test_type_follows_the_sense(process, text, source, kind, never):
    types = _types(coded_cameo(process, text), source)
    assert kind in types, (text, types)
    assert never not in types, (text, types)


# (text, source, target, CAMEO code): the code within the type follows the object's class as well
CODES = [
    ("Germany cut aid to Niger after the coup.", "Germany", "SANCTION", "162"),
    ("Morocco cut ties with Iran in 2018.", "Morocco", "SANCTION", "161"),
    ("Sweden withdrew from the talks with Iran on Monday.", "Sweden", "SANCTION", "164"),
    ("The United States withdrew from the nuclear agreement with Iran.", "United States", "SANCTION", "161"),
    ("Russia expelled two American journalists.", "Russia", "COERCE", "174"),
]


@pytest.mark.parametrize("text,source,kind,cameo", CODES)
def test_code_follows_the_object(process, text, source, kind, cameo):
    found = [(t, c) for t, c, sources, _ in coded_cameo(process, text) if any(source in s for s in sources)]
    assert (kind, cameo) in found, (text, found)


# (text, source, target): the parties of a measure brought in by a verb that enacts it
ENACTED = [
    ("The European Parliament is preparing to vote on measures against Turkey over its gas drilling.",
     "European Parliament", "Turkey"),
    ("The European Union adopted new measures against Belarus on Monday.", "European Union", "Belarus"),
    ("Lawmakers voted on Thursday for sanctions against Nicaragua.", "Lawmakers", "Nicaragua"),
]


@pytest.mark.parametrize("text,source,target", ENACTED)
def test_enacted_measure_parties(process, text, source, target):
    events = coded_cameo(process, text)
    assert any(any(source in s for s in sources) and any(target in t for t in targets)
               for _, _, sources, targets in events), (text, events)


# no standing measure, no event: what an enacting verb takes must be a measure
NOTHING = [
    "The council adopted a plan to build new schools.",
    "The parliament voted on the budget on Friday.",
    "Its tariffs on copper remain in place.",
    "The company released a new phone.",
]


@pytest.mark.parametrize("text", NOTHING)
def test_no_event(process, text):
    assert coded_cameo(process, text) == []


# releases of people named by their nation: the actors stage reads "six Americans" as a group of the country
# counted by its number (round 23, actleft23: mentions.nationals.counted_nationals), a release of people
# (RETREAT 0841); a statement or report released stays no event
NATIONALS = [
    ("Venezuela released six Americans held in its prisons.", "Venezuela", "six Americans"),
    ("Belarus released 18 Lithuanians.", "Belarus", "18 Lithuanians"),
    ("Six Americans were released by Venezuela on Friday.", "Venezuela", "Six Americans"),
]


@pytest.mark.parametrize("text,source,target", NATIONALS)
def test_release_of_nationals(process, text, source, target):
    events = coded_cameo(process, text)
    assert any(t == "RETREAT" and source in sources and target in targets
               for t, _, sources, targets in events), (text, events)


@pytest.mark.parametrize("text", ["Venezuela released a statement on Americans held abroad.",
                                  "The Americans released a new report."])
def test_no_release_of_things(process, text):
    assert [e for e in coded_cameo(process, text) if e[0] == "RETREAT"] == []
