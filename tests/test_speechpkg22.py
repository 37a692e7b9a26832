"""Round 22, speechpkg22: one definition of a state's own voice (``actors.sector.speaks_for_state``), read by the
speech readers (``speech.side._speaks_for``: whom the speaker's words cannot ask or blame) and by the events'
pronouns (``pronouns._own_state``: a state's voice does not call its own state "they"). Before, the speech readers
counted a government or army person or body and an outlet (kind media) of the country; the pronouns counted any
GOV, MIL or MED actor of the country, a journalist among them. Now: a body or person of the state's government or
forces, or an outlet of the country (not a person of the press: a journalist speaks for an outlet). Sentences
written for these tests."""
from __future__ import annotations

from pathlib import Path

import pytest

import eventwire
from eventwire.record import Actor
from eventwire.stages.actors.sector import speaks_for_state
from eventwire.stages.eventcoding.pronouns import _own_state, pronoun_participant

from .event_helpers import coded

INDIA = Actor(id="c1", name="India", kind="country", country="IND")
PAKISTAN = Actor(id="c2", name="Pakistan", kind="country", country="PAK")


@pytest.mark.parametrize("voice,state,expected", [
    (Actor(id="p1", name="Ravi Menon", kind="person", country="IND", sector="GOV"), INDIA, True),  # a minister
    (Actor(id="o1", name="Indian army", kind="organization", country="IND", sector="MIL"), INDIA, True),
    (Actor(id="m1", name="Doordarshan", kind="media", country="IND", sector="MED"), INDIA, True),  # an outlet
    (Actor(id="g1", name="Indian state media", kind="group", country="IND", sector="MED"), INDIA, True),
    (Actor(id="p2", name="Asha Rao", kind="person", country="IND", sector="MED"), INDIA, False),  # a journalist
    (Actor(id="p3", name="Vikram Das", kind="person", country="IND", sector="OPP"), INDIA, False),  # the opposition
    (Actor(id="p4", name="Meera Iyer", kind="person", country="IND", sector="LEG"), INDIA, False),  # a lawmaker
    (Actor(id="p5", name="Sunil Gupta", kind="person", country="IND", sector="CVL"), INDIA, False),  # a citizen
    (Actor(id="p1", name="Ravi Menon", kind="person", country="IND", sector="GOV"), PAKISTAN, False),  # a rival
    (Actor(id="o2", name="Indian army", kind="organization", country=None, sector="MIL"), INDIA, False),
    (INDIA, INDIA, False),  # a state is itself, not its own voice
    (Actor(id="o1", name="Indian army", kind="organization", country="IND", sector="MIL"),
     Actor(id="o3", name="Indian navy", kind="organization", country="IND", sector="MIL"), False),  # not a state
])
def test_who_speaks_for_a_state(voice, state, expected):
    assert speaks_for_state(voice, state) is expected


def _requests(events, target: str):
    return [e for e in events if e[0] == "REQUEST" and any(target.lower() in t.lower() for t in e[2])]


@pytest.mark.parametrize("text,target,expected", [
    # a state's minister or spokesman telling the state's own course asks nobody
    ('"India must stay calm and patient," Indian Foreign Minister Ravi Menon said.', "India", False),
    ('"Kenya must secure its borders," a Kenyan police spokesman said.', "Kenya", False),
    ('"Our country must defend its borders," Kenyan Interior Minister Joseph Kamau said.', "Kenya", False),
    # a rival state named beside is asked
    ('"Pakistan must stop the shelling now," Indian Foreign Minister Ravi Menon said.', "Pakistan", True),
    ('"Kenya must reopen the border," Ugandan President Yoweri Museveni said, as Kenyan officials stood beside '
     'him.', "Kenya", True),
    # an opposition leader asks his own state
    ('"Ghana must act now," said Kwame Mensah, a Ghanaian opposition leader.', "Ghana", True),
])
def test_a_states_voice_asks_nobody_of_its_own_state(process, text, target, expected):
    assert bool(_requests(coded(process, text), target)) is expected


def _actor(doc, name: str):
    return next(a for a in doc.actors if a.name == name)


@pytest.mark.parametrize("text,voice,country,expected", [
    ('India and Pakistan exchanged fire on Monday. "They fired shells at our border posts," the Indian army said.',
     "Indian army", "India", True),
    ('Iran shot down a drone on Monday. "They violated our airspace," Iranian state media said.',
     "Iranian state media", "Iran", True),
    ('Kenya arrested the blogger last week. "They detained him without charge," said Kenyan journalist Amos '
     'Njoroge.', "Amos Njoroge", "Kenya", False),
    ('Kenya arrested the blogger last week. "They detained him without charge," said Kenyan opposition leader '
     'Amos Njoroge.', "Amos Njoroge", "Kenya", False),
])
def test_the_pronouns_read_the_one_definition(process, text, voice, country, expected):
    doc = process(text, "2024-03-05")
    assert _own_state(doc, frozenset({_actor(doc, voice).id}), _actor(doc, country).id) is expected
    if expected:  # the state's voice's "they" is not its own state
        they = next(t for t in doc.nlp if t.text == "They")
        assert pronoun_participant(doc, they) != _actor(doc, country).id


def test_one_place_reads_who_speaks_for_a_state():
    """The sector group of a state's voices is read where the one definition lives, and nowhere else."""
    root = Path(eventwire.__file__).parent
    readers = sorted(str(p.relative_to(root)) for p in root.rglob("*.py") if '"state_voices"' in p.read_text())
    assert readers == ["stages/actors/sector.py"], readers


@pytest.mark.parametrize("text,word,expected", [
    ("Our troops crossed the river at dawn.", "troops", True),
    ("My government will not bow to threats.", "government", True),
    ("Their troops crossed the river at dawn.", "troops", False),
    ("The government will not bow to threats.", "government", False),
    ("His government will not bow to threats.", "government", False),  # the speaker's side only in a quote's
    # own words, which ``_own_side`` reads beside this
])
def test_a_noun_the_speaker_owns(nlp, text, word, expected):
    """One reader of a noun the speaker owns ("my", "our": word class speaker_possessives), for the speech
    readers' own side and the claims rule's owning up ("our forces were behind the raid")."""
    from eventwire.stages.eventcoding.speech import owned_by_speaker
    tok = next(t for t in nlp(text) if t.text == word)
    assert owned_by_speaker(tok) is expected


@pytest.mark.parametrize("text,blamed", [
    ('"Our forces were behind the bombing of the market," said Omar Haddad, a Syrian army colonel.', None),
    ('"Our army is responsible for the killings," said Omar Haddad, a Syrian army colonel.', None),
    ('"Hezbollah was behind the bombing of the market," said Omar Haddad, a Syrian army colonel.', "Hezbollah"),
    ('"Iran is responsible for the killings," said Omar Haddad, a Syrian army colonel.', "Iran"),
])
def test_the_speakers_own_side_is_not_blamed(process, text, blamed):
    found = [e for e in coded(process, text) if e[0] == "ACCUSE" and e[2]]
    if blamed is None:
        assert found == [], found
    else:
        assert any(blamed.lower() in t.lower() for e in found for t in e[2]), found


@pytest.mark.parametrize("text,word,expected", [
    ("The ministry denied the allegations on Friday.", "allegations", True),
    ("Prosecutors dropped the charges against him.", "charges", True),
    ("The ministry denied the visa on Friday.", "visa", False),
    ("Prosecutors dropped the case files in a box.", "files", False),
])
def test_one_reader_of_a_claim_noun(nlp, text, word, expected):
    """One reader of a noun naming a claim or a charge (words.claim_noun), for the rejections that take it as object
    (context.rejects_claim), the judgements that leave a dismissed claim to them and the rebuttals."""
    from eventwire.stages.eventcoding.words import claim_noun
    tok = next(t for t in nlp(text) if t.text == word)
    assert claim_noun(tok) is expected
