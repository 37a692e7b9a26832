"""Events a careful coder would not record, by class (round 21, task evprec21): parties. Sentences written for
these tests.

- A demand told on (speech._relayed): when the "should"/"must" clause inside a quote is what a third party the
  quote names says ("'The minister said the army must leave,' the spokesman said") or the content of an order or
  decree that party gives ("'The president issued a decree that the army should leave,' the agency said"), the
  demand is that party's, not the quote's speaker's: the speaker's words hold no REQUEST of their own. The
  speaker's own "I think ... must", "we made it clear that ... should" and a bare "X must ..." stay.
- The doer of a possessed policy's gerund (tree._noun_controller): "X's policy (practice, campaign) of VERBing"
  names X as the doer, not whoever speaks of it or condemns it. A noun with no possessor ("took the step of
  expelling") leaves the clause's subject as the doer.
- A judged deed does not blame its victim (speech._aimed_at): the words of the target role a deed noun's
  event_nouns.tsv rows read ("attack on X", "shelling of X's cities", "assault on X's soldiers") name whom it was
  done to; a judgement of the deed blames its doer where one is named ("Russia's attack", "the attack by Hamas",
  "the Russian shelling") and nobody where none is.
- A state's voice does not call its own state "they" (pronouns._own_state): inside the words of a government, a
  force or an outlet of a country, a third-person pronoun never stands for that country; a citizen's or an
  opposition figure's "they" may stand for their own government and is left to the coreference.
"""
from __future__ import annotations

import pytest

from eventwire.stages.eventcoding.pronouns import _own_state, pronoun_participant

from .event_helpers import coded_rule


def _requests_by(events, speaker: str):
    return [e for e in events if e[0] == "REQUEST" and any(speaker.lower() in s.lower() for s in e[1])]


@pytest.mark.parametrize("text,speaker", [
    ('"President Putin issued a decree that the army should leave the border zone," the Kremlin said.', "Kremlin"),
    ('"Kim Jong Un issued an order that the front units of the army should enter a state of war," KCNA said.',
     "KCNA"),
    ('"The minister said the army must leave the zone," the spokesman Ivan Petrov said.', "Petrov"),
])
def test_a_demand_told_on_is_not_the_speakers(process, text, speaker):
    assert _requests_by(coded_rule(process, text), speaker) == []


def test_the_teller_of_a_demand_told_on_keeps_it(process):
    found = _requests_by(coded_rule(process, '"The minister said the army must leave the zone," the spokesman '
                                             'Ivan Petrov said.'), "minister")
    assert found, found


@pytest.mark.parametrize("text,speaker,target", [
    ('"I think Israel must halt the strikes," Senator Chris Murphy said.', "Murphy", "Israel"),
    ('"We made it clear that Russia should withdraw its troops," German Foreign Minister Annalena Baerbock said.',
     "Baerbock", "Russia"),
    ('"Russia must withdraw its troops from Ukraine," German Chancellor Olaf Scholz said.', "Scholz", "Russia"),
])
def test_the_speakers_own_demand_stays(process, text, speaker, target):
    found = _requests_by(coded_rule(process, text), speaker)
    assert any(any(target.lower() in g.lower() for g in e[2]) for e in found), found


@pytest.mark.parametrize("text,kind,doer,not_doer", [
    ('"I see this as part of China\'s policy of constantly putting pressure on the Philippines," said analyst '
     'Carl Thayer.', "COERCE", "China", "Thayer"),
    ("Rights groups criticised Iran's practice of detaining dual nationals to win concessions from Western "
     "governments.", "COERCE", "Iran", "Rights groups"),
    ("The senator condemned Russia's campaign of bombing Ukrainian power plants.", "ASSAULT", "Russia", "senator"),
])
def test_a_possessed_policy_names_its_doer(process, text, kind, doer, not_doer):
    found = [e for e in coded_rule(process, text) if e[0] == kind]
    assert found and all(any(doer in s for s in e[1]) for e in found), found
    assert not any(any(not_doer in s for s in e[1]) for e in found), found


def test_a_step_with_no_owner_is_the_subjects(process):
    found = [e for e in coded_rule(process, "The Czech government took the step of expelling three Russian "
                                            "diplomats.") if e[1]]
    assert any(any("Czech" in s for s in e[1]) for e in found), found


def _accusations_by(events, speaker: str):
    return [e for e in events if e[0] == "ACCUSE" and any(speaker.lower() in s.lower() for s in e[1])]


@pytest.mark.parametrize("text,speaker,victim", [
    ('"The brutal attack on Israel is unacceptable," the French minister Jean-Noel Barrot said.', "Barrot", "Israel"),
    ('"Such reckless shelling of Ukrainian cities is a crime," the German minister Annalena Baerbock said.',
     "Baerbock", "Ukrain"),
    ('"It was a cowardly assault on Pakistani soldiers," the Pakistani army spokesman Ahmed Sharif said.',
     "Sharif", "soldiers"),
])
def test_a_judged_deed_does_not_blame_its_victim(process, text, speaker, victim):
    found = _accusations_by(coded_rule(process, text), speaker)
    assert not any(any(victim.lower() in g.lower() for g in e[2]) for e in found), found


@pytest.mark.parametrize("text,speaker,doer", [
    ('"Russia\'s brutal attack on Ukraine is unacceptable," the German minister Annalena Baerbock said.',
     "Baerbock", "Russia"),
    ('"The brutal attack by Hamas on Israel is unacceptable," the French minister Jean-Noel Barrot said.',
     "Barrot", "Hamas"),
    ('"The Russian shelling of Kharkiv is barbaric," Ukrainian President Volodymyr Zelenskyy said.',
     "Zelenskyy", "Russia"),
])
def test_a_judged_deed_blames_its_named_doer(process, text, speaker, doer):
    found = _accusations_by(coded_rule(process, text), speaker)
    assert any(any(doer.lower() in g.lower() for g in e[2]) for e in found), found


def _actor(doc, name: str):
    return next(a for a in doc.actors if a.name == name)


@pytest.mark.parametrize("text,voice,country,expected", [
    ('North Korea fired two missiles on Monday. "They are ready for war," KCNA, the state news agency of North '
     'Korea, said.', "KCNA", "North Korea", True),
    ('Ukraine said it shot down drones. "They attacked our cities all night," the Ukrainian defence ministry said.',
     "Ukrainian defence ministry", "Ukraine", True),
    ('Russia jailed the activist last year. "They silence everyone," said Ilya Yashin, a Russian opposition '
     'politician.', "Ilya Yashin", "Russia", False),
])
def test_a_state_voice_speaks_for_its_own_state(process, text, voice, country, expected):
    doc = process(text, "2024-03-05")
    assert _own_state(doc, frozenset({_actor(doc, voice).id}), _actor(doc, country).id) is expected


def test_a_state_agencys_they_is_not_its_own_state(process):
    doc = process('North Korea fired two missiles on Monday. "They are ready for war," KCNA, the state news agency '
                  'of North Korea, said.', "2024-03-05")
    they = next(t for t in doc.nlp if t.text == "They")
    assert pronoun_participant(doc, they) != _actor(doc, "North Korea").id
