"""Round 16 (evparties): a place name compounded on a deed tells where it happened, not who did it or to whom.

participants.place_on_deed: on a noun of violence (an ASSAULT reading of event_nouns.tsv), of fighting
(event_fighting_nouns.txt) or of a happening named for its place (place_happening_nouns.txt), a town or region
the gazetteer never reads as a country is where ("the Gaza strikes", "condemned the Kabul jailbreak"), and so is a
country whose name stands before some other thing struck ("the Pakistan train attack"); a country's name on the
deed itself or on its forces or weapons names the doer ("U.S. strikes", "a U.S. drone strike"). Sentences written
for these tests, none taken from any story; what a careful coder records was written down before the code ran.
"""
from __future__ import annotations

import pytest

from .event_helpers import coded


def _has(events, kind, name, role):
    """Whether an event of ``kind`` ("*": any) has a party whose name contains ``name`` as source or target."""
    index = 1 if role == "source" else 2
    return any((kind == "*" or e[0] == kind) and any(name.lower() in n.lower() for n in e[index]) for e in events)


# (text, type, a name that must not be its source or target, the role). Only shapes where the place is an actor
# and the deed is coded, so that the row fails with the reading off; the rows of towns the actors stage names no
# actor ("the Kabul jailbreak", "the Kharkiv shelling") and of sentences that code no event ("the siege left 20
# people dead") held whatever place_on_deed does: the reading itself is tested on them below (PLACE_COMPOUNDS)
WHERE_NOT_WHO = [
    ("The Pakistan train attack killed 26 people.", "ASSAULT", "Pakistan", "source"),
    ("The Gaza strikes killed dozens of people on Tuesday.", "ASSAULT", "Palestin", "source"),
]

# (text, the deed noun, its place compound, whether the compound tells where): place_on_deed read directly
PLACE_COMPOUNDS = [
    ("The Pakistan train attack killed 26 people.", "attack", "Pakistan", True),
    ("The Gaza strikes killed dozens of people on Tuesday.", "strikes", "Gaza", True),
    ("The president condemned the Kabul jailbreak.", "jailbreak", "Kabul", True),
    ("Ghana's president condemned the Kumasi market blast.", "blast", "Kumasi", True),
    ("The Moscow concert hall attack left 140 people dead.", "attack", "Moscow", True),
    ("The Somalia hotel siege left 20 people dead.", "siege", "Somalia", True),  # a happening since probes17
    ("U.S. strikes killed ten militants in Somalia.", "strikes", "U.S.", False),
    ("A U.S. drone strike killed a militant commander.", "strike", "U.S.", False),
]

# (text, type, the doer a country's own name on the deed or its forces names)
WHO = [
    ("U.S. strikes killed ten militants in Somalia.", "ASSAULT", "United States"),
    ("A U.S. drone strike killed a militant commander.", "ASSAULT", "United States"),
    ("A Russian strike killed four people in Kharkiv.", "ASSAULT", "Russia"),
    ("The Hamas attack on Israel killed 1,200 people.", "ASSAULT", "Hamas"),
    ("The Moscow government condemned the attack.", "ACCUSE", "Russia"),
]


@pytest.mark.parametrize("text,kind,name,role", WHERE_NOT_WHO, ids=[r[0][:40] for r in WHERE_NOT_WHO])
def test_place_on_a_deed_is_no_party(process, text, kind, name, role) -> None:
    events = coded(process, text)
    assert not _has(events, kind, name, role), events


@pytest.mark.parametrize("text,noun,place,where", PLACE_COMPOUNDS)
def test_place_on_deed_reads_the_compound(process, text, noun, place, where) -> None:
    from eventwire.stages.eventcoding import participants

    doc = process(text, "2025-03-01")
    tok = next(t for t in doc.nlp if t.text == noun)
    mod = next(t for t in tok.children if t.text == place and t.dep_ == "compound")
    assert participants.place_on_deed(doc, tok, mod) is where


@pytest.mark.parametrize("text,kind,name", WHO, ids=[r[0][:40] for r in WHO])
def test_country_on_a_deed_or_its_forces_is_the_doer(process, text, kind, name) -> None:
    events = coded(process, text)
    assert _has(events, kind, name, "source"), events


def test_place_on_deed_reads_the_whole_name(process) -> None:
    """A name of several words ("Croix des Bouquets") is looked up whole, whichever of its words the noun's
    compound is, and the judgement stays with no target."""
    events = coded(process, "President Ariel Henry condemned the Croix des Bouquets jailbreak on Friday.")
    assert [e for e in events if e[0] == "ACCUSE"], events
    assert not _has(events, "*", "Croix", "target") and not _has(events, "*", "Bouquets", "target"), events
    # (the actors stage names no actor there, so the lines above hold whatever place_on_deed does: the reading)
    from eventwire.stages.eventcoding import participants

    doc = process("President Ariel Henry condemned the Croix des Bouquets jailbreak on Friday.", "2025-03-01")
    tok = next(t for t in doc.nlp if t.text == "jailbreak")
    assert participants.place_on_deed(doc, tok, next(t for t in tok.children if t.dep_ == "compound"))


def test_named_person_on_a_deed_is_not_taken_for_a_town(process) -> None:
    """A person's name the gazetteer also knows as a town of some size (Bello, Colombia) stays the person."""
    from eventwire.stages.eventcoding import participants

    doc = process("Opposition leader Ahmed Bello was murdered last week, and police said the Bello assassination "
                  "was planned.", "2025-03-01")
    tok = next(t for t in doc.nlp if t.text == "assassination")
    mod = next(t for t in tok.children if t.dep_ == "compound")
    actor = doc.actor_of_token(mod)
    assert actor is not None and doc.actor(actor).kind == "person"
    assert not participants.place_on_deed(doc, tok, mod)
    assert participants.actor(doc, tok) == actor


def test_people_held_are_no_deed(process) -> None:
    """"hostage" has a reading of violence, but "U.S. citizen hostages" are people, not a deed done in the U.S.:
    the country stays the party of the release (word class `captives`)."""
    from eventwire.stages.eventcoding import participants

    doc = process("The militia freed three U.S. citizen hostages on Sunday.", "2025-03-01")
    tok = next(t for t in doc.nlp if t.text == "hostages")
    mod = next(t for t in tok.children if t.text == "U.S.")
    assert not participants.place_on_deed(doc, tok, mod)


# a relative a quoted speaker names through "my" (word class `kin`, participants.owner): the deed falls on that
# relative, never on the speaker ("our sons" never named the speaker: no row for it, it cannot fail); "me" is the
# speaker, and a thing of the speaker's stays the speaker's
KIN = [
    ("Militants killed my brother, said Fatima Musa.", "ASSAULT", "Fatima"),
    ('"Soldiers arrested my son last week," said Amina Yusuf, a teacher in Kano.', "COERCE", "Amina"),
    ('"Police shot my husband at the market," said Halima Sani, a trader in Zamfara.', "ASSAULT", "Halima"),
]


@pytest.mark.parametrize("text,kind,speaker", KIN, ids=[r[0][:40] for r in KIN])
def test_speakers_kin_is_not_the_speaker(process, text, kind, speaker) -> None:
    events = coded(process, text)
    assert [e for e in events if e[0] == kind], events
    assert not _has(events, "*", speaker, "target"), events


def test_speaker_named_by_me_stays_the_target(process) -> None:
    events = coded(process, '"The army arrested me in March," said Yusuf Bello.')
    assert _has(events, "COERCE", "Yusuf", "target"), events
