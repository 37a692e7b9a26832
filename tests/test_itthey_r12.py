"""The events stage's own reading of it/its/they/them/their (eventcoding.pronouns): the coreference's on-demand
guess is kept only when nothing in the text speaks against it. Sentences are the tests' own."""
from __future__ import annotations

import pytest

from eventwire.stages.actors import pronoun_antecedent
from eventwire.stages.eventcoding.participants import actor
from eventwire.stages.eventcoding.pronouns import people_nouns, pronoun_participant


def _read(process, text: str, word: str, nth: int = 0):
    doc = process(text, until="actors")
    tok = [t for t in doc.nlp if t.text == word][nth]
    return doc, tok


def _name(doc, actor_id):
    found = doc.actor(actor_id) if actor_id else None
    return found.name if found else None


@pytest.mark.parametrize("text, word, guessed", [
    # a collective of people as the subject before the actor's object mention
    ("A band of armed inmates exchanged shots with guards on Sunday. They fled through a drain.", "They", "guards"),
    # another actor that fits is named in the pronoun's own sentence, the guess a sentence before
    ("The United Nations met in Geneva on Monday. No government has recognised the rebels since they took the capital.",
     "they", "United Nations"),
    # 'its' never stands for a body named in the plural
    ("Several rights groups called the decree unjust. Officials later raided its headquarters in Minsk.", "its",
     "Officials"),
    # the body was named only as the modifier of a singular thing
    ("Minister Hadi Rahimi stressed the value of the World Bank grant, saying it would fund new clinics.", "it",
     "World Bank"),
    # a quotation's 'they' is not the body its speaker speaks for
    ("The Interior Ministry rejected the union's charges. \"They must withdraw the complaint,\" Interior Ministry "
     "spokesman Ivan Petrov said.", "They", "Interior Ministry"),
    # a possessive in a fronted phrase points ahead to its clause's subject
    ("The European Union welcomed the plan. At their meeting on Monday, the two neighbours agreed to share data.",
     "their", "European Union"),
])
def test_doubtful_guess_names_nobody(process, text, word, guessed):
    doc, tok = _read(process, text, word)
    assert guessed in (_name(doc, pronoun_antecedent(doc, tok)) or "")  # the guess the rule turns down
    assert pronoun_participant(doc, tok) is None
    assert actor(doc, tok) is None


@pytest.mark.parametrize("text, word, nth, wanted", [
    ("The Taliban condemned the delay, and they warned that the fighting would go on.", "they", 0, "Taliban"),
    ("Hamas rejected the proposal on Sunday. Its leaders said it offered nothing new.", "Its", 0, "Hamas"),
    # the subject of the pronoun's own clause is no rival and no plural between ('troops drove them out')
    ("The rebels seized the town on Friday. Government troops later drove them out.", "them", 0, "rebels"),
    ("Microsoft announced the cuts on Tuesday. The company said it would close two offices.", "it", 0, "Microsoft"),
])
def test_plain_guess_kept(process, text, word, nth, wanted):
    doc, tok = _read(process, text, word, nth)
    assert wanted in (_name(doc, actor(doc, tok)) or "")


def test_people_nouns_read_both_lists():
    nouns = people_nouns()
    assert {"inmate", "detainee", "guard"} <= nouns  # group_nouns.tsv
    assert "schoolgirl" in nouns  # coref_person_nouns.tsv
    assert "loan" not in nouns
