"""Round 20 (evinquote20): events told inside a speaker's words, coded with the speaker's view.

- a word of blame on a copula (event_status.tsv blame: responsible, behind, guilty, complicit, culpable; "is to
  blame") that lays a named wrong on a named party inside a speaker's words ("the army was behind the rigging",
  "Iran is responsible for the attacks"): the speaker accuses that party (claims._blamed, rule claim:blame/<cue>);
  not the speaker's own side, not a thing that is no wrong ("responsible for the security"), not negated nor asked
- mercy refused in a state's or an armed side's words ("the attackers will not be spared"): a threat of that party
  (speech_threats.tsv shape notpassive, which evconflict20 added the same round, rule speech:threat/spare); not "no expense will be spared", not a forecast
  by someone who cannot carry it out
- a wrong someone is asked to stop (word class ceasing_verbs under a demand: "Russia must stop its attacks", "it is
  time to end X's shelling", "X must stop killing civilians"): told as going on, so the speaker, besides the demand,
  accuses its doer ("its" = the one asked to stop); rule claim:stop/<cue>; not the speaker's own side, not under a
  condition

Each row's event was written down before the code ran; negative rows must code no event of that type and party."""
from __future__ import annotations

import pytest

from .event_helpers import coded_rule


def _find(events, kind: str, source: str, target: str):
    def holds(names, want):
        return any(want.lower() in (n or "").lower() for n in names)
    return [r for t, s, g, r in events if t == kind and holds(s, source) and holds(g, target)]


POSITIVE = [
    ('"The army was behind the rigging of the vote," Kenyan opposition leader Raila Odinga said.',
     "ACCUSE", "Raila Odinga", "army", "claim:blame/"),
    ('"Iran is responsible for the attacks on our ships," Israeli Foreign Minister Gideon Saar said.',
     "ACCUSE", "Gideon Saar", "Iran", "claim:blame/"),
    ('"Hamas is to blame for the killings at the festival," Israeli Foreign Minister Israel Katz said.',
     "ACCUSE", "Israel Katz", "Hamas", "claim:blame/"),
    ('"The attackers of the Baloch Liberation Army will not be spared," Pakistani army spokesman Ahmed Sharif '
     'Chaudhry said.', "THREATEN", "Ahmed Sharif Chaudhry", "", "speech:threat/spare"),
    ('"It is time to stop Israel\'s attacks on Gaza," Turkish President Recep Tayyip Erdogan said.',
     "ACCUSE", "Recep Tayyip Erdogan", "Israel", "claim:stop/"),
    ('"Venezuela should stop its harassment of Guyana\'s oil ships," Guyanese President Irfaan Ali said.',
     "ACCUSE", "Irfaan Ali", "Venezuela", "claim:stop/"),
    ('"Russia must stop killing civilians in Ukraine," Polish Prime Minister Donald Tusk said.',
     "ACCUSE", "Donald Tusk", "Russia", "claim:stop/"),
    ('The Kremlin said Kyiv must end its shelling of Donetsk.', "ACCUSE", "Kremlin", "Ukraine", "claim:stop/"),
    ('"The Houthis will not be spared if they attack our ships again," Israeli Prime Minister Benjamin Netanyahu '
     'said.', "THREATEN", "Benjamin Netanyahu", "Houthi", "speech:threat/spare"),
    # the blame words' own prepositions (word class blame_prepositions: for, of, in)
    ('"Serbia is guilty of the massacre in the village," Bosnian Foreign Minister Elmedin Konakovic said.',
     "ACCUSE", "Elmedin Konakovic", "Serbia", "claim:blame/"),
    ('"Russia is complicit in the killings of civilians in Sudan," Ukrainian Foreign Minister Andrii Sybiha said.',
     "ACCUSE", "Andrii Sybiha", "Russia", "claim:blame/"),
]

NEGATIVE = [
    # the speaker's own side owns up to a deed
    ('"Our forces were behind the operation against the smugglers," Nigerian army spokesman Onyema Nwachukwu said.',
     "ACCUSE", "Onyema Nwachukwu"),
    # the speaker's own government owns up (a guard: its own-side reading holds with or without the possessive class)
    ('"My government is responsible for the killings at the border," Eritrean Information Minister Yemane Gebremeskel '
     'said.', "ACCUSE", "Yemane Gebremeskel"),
    # what one is answerable for is no wrong
    ('"The contractor is responsible for the maintenance of the road," Kenyan roads official Peter Mwangi said.',
     "ACCUSE", "Peter Mwangi"),
    ('"Tesla was behind the project from the start," analyst Dan Ives said.', "ACCUSE", "Dan Ives"),
    # denied, asked
    ('"The Taliban were not behind the attack on the convoy," Pakistani Interior Minister Mohsin Naqvi said.',
     "ACCUSE", "Mohsin Naqvi"),
    ('"Who was behind the attack on the convoy?" Pakistani Interior Minister Mohsin Naqvi asked.',
     "ACCUSE", "Mohsin Naqvi"),
    # a wrong asked to stop by its own doer, or a stop under a condition
    ('"We must stop our attacks if the talks resume," Houthi spokesman Mohammed Abdulsalam said.',
     "ACCUSE", "Mohammed Abdulsalam"),
    ('"If Russia stops its attacks, we will talk," Ukrainian President Volodymyr Zelenskyy said.',
     "ACCUSE", "Zelenskyy"),
    ('"The United States should stop arming Taiwan," Chinese Foreign Ministry spokesman Lin Jian said.',
     "ACCUSE", "Lin Jian"),
    # nothing spared of a party, or a forecast by someone who cannot carry it out
    ('"No expense will be spared to rebuild the bridge," Kenyan President William Ruto said.', "THREATEN", "William Ruto"),
    ('"The farmers will not be spared the drought this year," analyst John Muchiri of Nairobi University said.',
     "THREATEN", "John Muchiri"),
]


@pytest.mark.parametrize("text,kind,source,target,rule", POSITIVE)
def test_speakers_view_coded(process, text, kind, source, target, rule):
    found = _find(coded_rule(process, text), kind, source, target)
    assert found, f"expected {kind} {source} -> {target}"
    assert any(r.startswith(rule) for r in found), found


@pytest.mark.parametrize("text,kind,source", NEGATIVE)
def test_no_event_of_the_speaker(process, text, kind, source):
    events = coded_rule(process, text)
    assert not [e for e in events if e[0] == kind and any(source.lower() in (n or "").lower() for n in e[1])], events
