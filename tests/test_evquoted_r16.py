"""Deeds a speaker tells of its own side inside a quote (round 16, evquoted).

"our forces", "our police", "our government" inside a quote name the speaker's own body (the army or armed
group that speaks, else the state of a state's speaker: participants.speakers_own_body), and "we" as the doer
of a deed (an attack, an arrest, aid sent: participants.DEEDS) told by a state's minister or spokesman is the
state (participants.own_side_doers); such a deed stays according to its speaker (status._own_body_told). The
sentences are our own; what a careful coder records is written in each row.
"""
from __future__ import annotations

import pytest

from .event_helpers import has_name as _has
from .event_helpers import events_with_names as _coded

# (shape, text, type, source, target or None, status, according_to name or None)
ROWS = [
    ("our troops, a ministry speaks", "\"Our troops killed 20 al-Shabab fighters in the raid,\" Somalia's defense ministry "
     "said.", "ASSAULT", "defense ministry", "al-Shabab", "reported", "defense ministry"),
    ("our police, a minister speaks", "\"Our police arrested six suspects linked to the bombing,\" Kenyan Interior "
     "Minister Kithure Kindiki said.", "COERCE", "Kenya", None, "reported", "Kindiki"),
    ("our government sends aid", "\"Our government has sent food and medicine to the flood victims,\" said Malawian "
     "President Lazarus Chakwera.", "AID", "Malawi", None, "reported", "Chakwera"),
    ("our navy, a guard corps speaks", "\"Our navy seized two ships carrying weapons,\" Iran's Revolutionary Guards said "
     "in a statement.", "COERCE", "Revolutionary Guards", None, "reported", "Revolutionary Guards"),
    ("our army negated", "\"Our army did not bomb the market,\" the Sudanese army said.", "ASSAULT", "Sudanese army",
     None, "negated", "Sudanese army"),
    ("we arrest, a minister speaks", "Kenya sent 400 police officers to Haiti last year. \"We have arrested the "
     "leaders of the gang,\" Kenyan Interior Minister Kithure Kindiki said.", "COERCE", "Kenya", None, "reported",
     "Kindiki"),
    ("we deliver, speaker named after", "Egypt opened the Rafah crossing. \"We delivered food to 50,000 families in "
     "Gaza,\" Egyptian Foreign Minister Badr Abdelatty said.", "AID", "Egypt", None, "reported", "Abdelatty"),
    ("we arrest, said before the name", "\"We arrested 12 members of the cartel,\" said Mexican Security Secretary "
     "Omar Garcia Harfuch. Mexico sent troops to the border.", "COERCE", "Mexico", None, "reported", "Harfuch"),
    ("we capture, a group's leader", "\"We captured 40 soldiers,\" the Houthi leader Abdul-Malik al-Houthi said.",
     "COERCE", "al-Houthi", "soldiers", "reported", "al-Houthi"),
    # what the speaker does by speaking stays the speaker's own, asserted
    ("we urge stays the speaker's", "\"We urge Russia to withdraw its troops from Moldova,\" German Foreign Minister "
     "Annalena Baerbock said. Germany backs Moldova.", "REQUEST", "Baerbock", "Russia", "asserted", None),
    ("we call on, a league", "\"We call on Israel to stop its attacks on Gaza,\" the Arab League said.", "REQUEST",
     "Arab League", "Israel", "asserted", None),
    ("we meet stays the speaker's", "\"We met the Iranian delegation in Muscat,\" the U.S. envoy Steve Witkoff said. "
     "The United States wants a deal.", "CONSULT", "Witkoff", "Iran", "asserted", None),
]

# (shape, text, speaker, a source name that no event told by the speaker may have)
NOT_THE_BODY = [
    # a rebel's or a civilian's "our ...": which body is not told, so no state is guessed
    ("a fighter's our forces", "\"Our fighters shot down a government drone,\" an RSF commander told reporters. Sudan "
     "has fought the RSF since 2023.", "RSF commander", "Sudan"),
    ("a party's members", "The opposition party said, \"Our members were arrested by the police in Kampala.\" Uganda's "
     "police denied it.", "", "opposition party"),
    # a person of no state sector: "we" stays the speaker, never a country
    ("an aid worker's we", "\"We delivered tents to 300 families,\" said Amina Yusuf, a Red Crescent volunteer in Sudan.",
     "Amina Yusuf", "Sudan"),
]

# (shape, text, type that must not be coded)
NO_EVENT = [
    ("our people tired", "\"Our people are tired of war,\" a Yemeni teacher said.", None),
    ("our economy suffered", "\"Our economy suffered because of the sanctions,\" an Iranian trader said.", None),
    ("our government will build", "\"Our government will build new schools,\" Ethiopian Prime Minister Abiy Ahmed "
     "said.", None),
    ("our party won", "\"Our party won the election fairly,\" the ruling party's spokesman said.", None),
]


@pytest.mark.parametrize("shape,text,kind,source,target,status,according", ROWS, ids=[r[0] for r in ROWS])
def test_deed_told_of_own_side(process, shape, text, kind, source, target, status, according) -> None:
    events = _coded(process(text, "2025-03-01"))
    assert any(t == kind and _has(s, source) and (target is None or _has(g, target)) and st == status
               and (_has(a, according) if according else not a) for t, s, g, st, a in events), (shape, events)


@pytest.mark.parametrize("shape,text,speaker,source", NOT_THE_BODY, ids=[r[0] for r in NOT_THE_BODY])
def test_no_body_guessed(process, shape, text, speaker, source) -> None:
    events = _coded(process(text, "2025-03-01"))
    assert not any(_has(s, source) and (_has(a, speaker) or _has(s, speaker)) for _, s, _, _, a in events), \
        (shape, events)


@pytest.mark.parametrize("shape,text,kind", NO_EVENT, ids=[r[0] for r in NO_EVENT])
def test_no_event_of_opinion(process, shape, text, kind) -> None:
    events = _coded(process(text, "2025-03-01"))
    assert not events, (shape, events)


def test_own_body_needs_a_state_or_armed_head(process) -> None:
    """speakers_own_body reads the head's sector: a state's or an armed body's noun only."""
    from eventwire.stages.eventcoding.participants import speakers_own_body

    doc = process("\"Our troops and our doctors reached the town,\" the Nigerian army said.", "2025-03-01")
    toks = {t.lower_: t for t in doc.nlp}
    assert speakers_own_body(doc, toks["troops"]) is not None
    assert speakers_own_body(doc, toks["doctors"]) is None



# (shape, text, the armed party a witness's subject "they" stands for, or None for nobody)
WITNESS_THEY = [
    ("one armed party before", "Two of the travellers told reporters about their hours with the Arakan Army. \"They "
     "shot two passengers near the bridge,\" said Min Thu.", "Arakan Army"),
    ("two armed parties before", "Both the Sudanese army and the RSF militia were in the town that week. \"They shot "
     "at the traders,\" said a shopkeeper, Moussa Adam.", None),
    ("an armed speaker", "Soldiers guarded the road near the camp of the Arakan Army. \"They shot at our trucks,\" a "
     "soldier, Min Thu, said.", None),
    ("no armed party", "The teachers met the mayor of Kisumu on Monday. \"They asked for more buses,\" said Jane "
     "Ochieng, a parent.", None),
]


@pytest.mark.parametrize("shape,text,party", WITNESS_THEY, ids=[r[0] for r in WITNESS_THEY])
def test_witness_they(process, shape, text, party) -> None:
    """pronouns.armed_party_told: a witness's "they" is the one armed party named just before, else nobody."""
    from eventwire.stages.eventcoding.pronouns import armed_party_told

    doc = process(text, "2025-03-01")
    they = next(t for t in doc.nlp if t.lower_ == "they")
    found = armed_party_told(doc, they)
    if party is None:
        assert found is None, (shape, doc.actor(found))
    else:
        assert found is not None and party in doc.actor(found).name, (shape, found)


def test_witness_they_codes_the_deed(process) -> None:
    """The deed a witness tells of "them" is coded of the armed party, according to the witness."""
    text = WITNESS_THEY[0][1]
    events = _coded(process(text, "2025-03-01"))
    assert any(t == "ASSAULT" and _has(s, "Arakan Army") and st == "reported" and _has(a, "Min Thu")
               for t, s, _, st, a in events), events
