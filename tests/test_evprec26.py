"""Round 26 (evprec26): events' precision on unseen news, classes narrowed after an audit by reading.

Own sentences (new names), each with what a careful coder records written before the code was run.

Class 1, mood, was tried and not kept by the lead: the development gold records deeds told under a condition or a
modal of possibility as events with status hypothetical (67 of its events), so they stay coded, with that status; the
rows below show the deeds told as done, as planned, as a threat and as an appeal, and conditional deeds keeping their
hypothetical reading.
"""
from __future__ import annotations

import pytest

from .event_helpers import probe_coded as coded
from .event_helpers import probe_matches as matches

DAY = "2025-03-10"

# (text, type, a part of the source's name, a part of the target's name)
KEPT = [
    # the deed told as done
    ("Brazil imposed sanctions on two Venezuelan officials on Monday.", "COERCE", "Brazil", "officials"),
    ("Kenya deployed 400 troops to Haiti last week.", "MOBILIZE", "Kenya", None),
    ("Rwanda agreed to a ceasefire with the rebels on Sunday.", "AGREE", "Rwanda", None),
    ("Egypt asked Qatar to mediate between the two factions.", "REQUEST", "Egypt", "Qatar"),
    # told as planned, not as possible
    ("Kenya will deploy more troops to Haiti next month.", "MOBILIZE", "Kenya", None),
    # a threat by the deed's own doer is a threat
    ("Hungary warned that it could impose sanctions on Serbia.", "THREATEN", "Hungary", "Serbia"),
    # a bare "would" of a past expectation leaves the deed open
    ("Few analysts expected that the army would withdraw from the city, but it did.", "RETREAT", "army", None),
    # the appeal that asks for the deed is made now
    ("Ghana's president said Togo must free the detained journalists.", "REQUEST", "Ghana", "Togo"),
    ("Norway's foreign minister urged Ethiopia to withdraw its troops from the border.", "REQUEST", "Norway",
     "Ethiopia"),
]

# (text, type): a deed told under a condition or a modal of possibility is coded with status hypothetical
POSSIBLE = [
    ("The army could deploy troops to the border if the protests spread.", "MOBILIZE"),
    ("Analysts said Brazil may sanction the firms later this year.", "COERCE"),
    ("Diplomats said Egypt might ask Qatar to mediate between the factions.", "REQUEST"),
]


@pytest.mark.parametrize("text,kind,source,target", KEPT, ids=[r[0][:50] for r in KEPT])
def test_kept_shapes_are_coded(process, text, kind, source, target) -> None:
    events = coded(process(text, DAY))
    assert matches(events, kind, source, target, None), events


@pytest.mark.parametrize("text,kind", POSSIBLE, ids=[r[0][:50] for r in POSSIBLE])
def test_possible_deeds_keep_their_hypothetical_status(process, text, kind) -> None:
    events = coded(process(text, DAY))
    assert [e[3] for e in events if e[0] == kind] == ["hypothetical"], events


# Class 2, subject kind: a deed of force or coercion named in a phrase of what came before ("after the bombing") is
# not the deed of the clause's subject, who answers it (nominal._adjunct_verb; event_word_classes.tsv
# aftermath_prepositions, answered_deed_types). Kept: "during" an attack the subject makes, talks "following" which
# the subject speaks, and the attack "by" its named doers.
AFTERMATH_KEPT = [
    ("Russia struck Kyiv overnight during a massive drone attack.", "ASSAULT", "Russia", None),
    ("After talks with Kenyan President William Ruto in Nairobi, Somali President Hassan Sheikh Mohamud announced a "
     "new trade pact.", "CONSULT", "Mohamud", "Ruto"),
    ("Following a meeting with Chinese Foreign Minister Wang Yi, Brazil's foreign minister said trade would grow.",
     "CONSULT", "Brazil", "Wang Yi"),
    ("The army closed the road after an attack by rebels.", "ASSAULT", "rebels", None),
]
AFTERMATH_DROPPED = [
    # (text, type, the subject who must not be read as the doer)
    ("Police sealed off the area after the bomb attack.", "ASSAULT", "Police"),
    ("Officials closed the beach after a shark attack.", "ASSAULT", "Officials"),
    ("Police arrested 40 people after the bombing in the market.", "ASSAULT", "Police"),
    ("Soldiers searched the village following the ambush.", "ASSAULT", "Soldiers"),
]


@pytest.mark.parametrize("text,kind,source,target", AFTERMATH_KEPT, ids=[r[0][:50] for r in AFTERMATH_KEPT])
def test_deeds_in_time_phrases_kept(process, text, kind, source, target) -> None:
    events = coded(process(text, DAY))
    assert matches(events, kind, source, target, None), events


@pytest.mark.parametrize("text,kind,subject", AFTERMATH_DROPPED, ids=[r[0][:50] for r in AFTERMATH_DROPPED])
def test_the_answering_subject_is_no_doer(process, text, kind, subject) -> None:
    events = coded(process(text, DAY))
    assert not matches(events, kind, subject, None, None), events


# Class 3, object kind: a verb of asking with only the matter asked about ("asked the minister about the budget")
# puts a question, not a request (filters.inquiry; question_topic_prepositions). Kept: asking for a deed or a thing.
ASK_KEPT = [
    ("Kenya asked Uganda to free the detained traders.", "REQUEST", "Kenya", "Uganda"),
    ("Kenya asked Uganda for the release of the detained traders.", "REQUEST", "Kenya", "Uganda"),
    ("Egypt asked Israel whether it would allow aid into Gaza.", "REQUEST", "Egypt", "Israel"),
]
ASK_DROPPED = [
    "Reporters asked the minister about the budget.",
    "Lawmakers asked the defense minister about the missing weapons.",
    "Senators asked the general regarding the delays in the withdrawal.",
]


@pytest.mark.parametrize("text,kind,source,target", ASK_KEPT, ids=[r[0][:50] for r in ASK_KEPT])
def test_asking_for_something_is_a_request(process, text, kind, source, target) -> None:
    events = coded(process(text, DAY))
    assert matches(events, kind, source, target, None), events


@pytest.mark.parametrize("text", ASK_DROPPED, ids=[r[:50] for r in ASK_DROPPED])
def test_asking_about_a_matter_is_no_request(process, text) -> None:
    events = coded(process(text, DAY))
    assert not [e for e in events if e[0] == "REQUEST"], events


# (the bare seize row comes after "seize control", so a town's control seized stays COERCE 192: test_event_triggers)
# Class 4, object kind: leaving a contest ("withdrew from the presidential race") is no retreat (filters.left_contest,
# contest_exit_verbs and the contest cues); a haul of drugs or contraband seized from no named party is no coercion
# (the seize and confiscate rows' notobj:@seized_goods). Kept: forces leaving a place, seizures of a town, a vessel,
# or goods "from" a party.
OBJECT_KEPT = [
    ("Russian troops withdrew from Kherson.", "RETREAT", "Russia", None),
    ("The army pulled out of the town after heavy fighting.", "RETREAT", "army", None),
    ("The army seized weapons and ammunition from the rebels.", "COERCE", "army", "rebels"),
    ("Rebels seized the town of Goma on Sunday.", "COERCE", "Rebels", None),
    ("Iran seized a British oil tanker in the Strait of Hormuz.", "COERCE", "Iran", None),
]
OBJECT_DROPPED = [
    ("The senator withdrew from the presidential race.", "RETREAT"),
    ("The team pulled out of the tournament after the scandal.", "RETREAT"),
    ("Nigeria withdrew from the championship.", "RETREAT"),
    ("Police seized 200 kilograms of cocaine at the port.", "COERCE"),
    ("Coast guards seized two tons of cocaine off the coast.", "COERCE"),
]


@pytest.mark.parametrize("text,kind,source,target", OBJECT_KEPT, ids=[r[0][:50] for r in OBJECT_KEPT])
def test_retreats_and_seizures_kept(process, text, kind, source, target) -> None:
    events = coded(process(text, DAY))
    assert matches(events, kind, source, target, None), events


@pytest.mark.parametrize("text,kind", OBJECT_DROPPED, ids=[r[0][:50] for r in OBJECT_DROPPED])
def test_contests_left_and_hauls_seized_are_no_events(process, text, kind) -> None:
    events = coded(process(text, DAY))
    assert not [e for e in events if e[0] == kind], events
