"""Coreference of the twelfth round (issues 15 and 16): the gender a given name says, 'I' inside a quotation
as its speaker, the owner of a subject as the object pronoun, a possessive pointing ahead to its clause's
subject, reflexives, 'it' before an extraposed clause, 'they' and outlets, thing nouns with a demonym, and
definite body nouns by a word of the name. Sentences written for these tests."""
from __future__ import annotations

import pytest

from eventwire.stages.actors import pronoun_antecedent
from eventwire.stages.actors.coref.pronouns import name_gender

from .actor_helpers import holder


def _token(doc, word: str, nth: int = 0):
    return [t for t in doc.tokens() if t.text == word][nth]


@pytest.mark.parametrize("name, gender", [("Kathryn Lopez", "f"), ("Omar Diaz", "m"), ("María Ruiz", "f"),
                                          ("Li Wei", None), ("Kim Lee", None), ("Lopez", None)])
def test_a_given_name_says_a_gender_unless_it_is_a_family_name_first_or_shared(name, gender) -> None:
    assert name_gender(name) == gender


def test_he_skips_a_woman_known_by_her_given_name(process) -> None:
    doc = process("Omar Diaz hired Kathryn Lopez last year. Lopez said he had doubled the budget.", until="actors")
    assert holder(doc, "he") == "Omar Diaz"


def test_she_skips_a_man_known_by_his_given_name(process) -> None:
    doc = process("Sarah Mendes sued Thomas Okafor in March. Okafor denied that she had been paid late.",
                  until="actors")
    assert holder(doc, "she") == "Sarah Mendes"


def test_a_title_beside_the_name_wins_over_the_given_name(process) -> None:
    doc = process("Ms. Jordan Hale met Tom Rivers. Rivers said she was right.", until="actors")
    assert holder(doc, "she") == "Jordan Hale"


def test_first_person_in_a_quotation_is_its_speaker(process) -> None:
    doc = process('"I will not resign, and nobody can force me," said Omar Diaz, the mayor of Lima.', until="actors")
    assert holder(doc, "I") == "Omar Diaz"
    assert holder(doc, "me") == "Omar Diaz"


def test_a_possessive_my_is_not_recorded_as_the_speaker(process) -> None:
    doc = process('"They will free my client," said Ana Ruiz, a lawyer in Quito.', until="actors")
    assert holder(doc, "my") is None


def test_a_quotation_told_by_somebody_unnamed_does_not_take_the_speaker_before(process) -> None:
    doc = process('"We agree with the court," Omar Diaz said. "I saw the fire start," one neighbour wrote online.',
                  until="actors")
    assert holder(doc, "I") is None


def test_the_owner_of_the_subject_may_be_the_object_pronoun(process) -> None:
    doc = process("Thomas Okafor lost his job in May. Okafor's sister urged him to move to Lagos.", until="actors")
    assert holder(doc, "him") == "Thomas Okafor"


def test_an_object_pronoun_is_never_the_subject_itself(process) -> None:
    doc = process("Thomas Okafor met Omar Diaz in May. Okafor urged him to move to Lagos.", until="actors")
    assert holder(doc, "him") == "Omar Diaz"


@pytest.mark.parametrize("text, word, name", [
    ("Omar Diaz spoke first. In her reply on Tuesday, Kathryn Lopez said the plan had failed.", "her",
     "Kathryn Lopez"),
    ("Kathryn Lopez spoke first. After his release from jail, Omar Diaz thanked his lawyers.", "his", "Omar Diaz"),
])
def test_a_possessive_before_the_subject_points_ahead_to_it(process, text, word, name) -> None:
    doc = process(text, until="actors")
    assert holder(doc, word) == name


def test_a_reflexive_is_the_subject_of_its_own_clause(process) -> None:
    doc = process("Kathryn Lopez hired Maria Santos in May. Santos says she taught herself to write code.",
                  until="actors")
    assert holder(doc, "herself") == "Maria Santos"


@pytest.mark.parametrize("text, nobody", [
    ("The Health Ministry said it is crucial that children eat well.", True),
    ("The Health Ministry said it was reasonable to expect delays.", True),
    ("The Health Ministry said it is ready to talk to the nurses.", False),
    ("The Health Ministry said it was confident that the vaccine works.", False),
])
def test_it_before_an_extraposed_clause_names_nothing(process, text, nobody) -> None:
    doc = process(text, until="actors")
    found = pronoun_antecedent(doc, _token(doc, "it"))
    assert (found is None) == nobody
    if not nobody:
        assert doc.actor(found).name == "Health Ministry"


def test_their_is_never_a_news_outlet(process) -> None:
    doc = process("Many of those on the bus told VOA about their ordeal.", until="actors")
    found = pronoun_antecedent(doc, _token(doc, "their"))
    assert found is None or doc.actor(found).kind != "media"


def test_a_thing_with_a_demonym_takes_it_before_the_country(process) -> None:
    doc = process("Iran sent a tanker to China in May. The Iranian vessel later reported that it had taken on "
                  "fuel.", until="actors")
    assert pronoun_antecedent(doc, _token(doc, "it")) is None


def test_it_said_still_goes_to_the_body(process) -> None:
    doc = process("The Kenyan army attacked the camp on Monday. It said ten fighters were killed.", until="actors")
    found = pronoun_antecedent(doc, _token(doc, "It"))
    assert found is not None and "army" in doc.actor(found).name.lower()


@pytest.mark.parametrize("text, noun, name", [
    ("The Ford Foundation gave $5 million to a clinic in Accra. The foundation said the money would pay nurses.",
     "The foundation", "Ford Foundation"),
    ("Pope Leo praised the Anglican Church of Kenya on Sunday. The church runs 300 schools.", "The church",
     "Anglican Church of Kenya"),
])
def test_a_definite_body_noun_is_the_body_whose_name_has_it(process, text, noun, name) -> None:
    doc = process(text, until="actors")
    assert holder(doc, noun) == name


def test_members_named_by_their_body_are_people_not_the_body(process) -> None:
    doc = process("The African Union met in Addis Ababa. AU member states rejected the plan, which they called "
                  "unfair.", until="actors")
    found = pronoun_antecedent(doc, _token(doc, "they"))
    assert found is None or doc.actor(found).name != "African Union"


def test_officials_named_by_their_body_still_speak_for_it(process) -> None:
    doc = process("The Kenyan army shelled the camp. Army officials said they had warned the residents.",
                  until="actors")
    found = pronoun_antecedent(doc, _token(doc, "they"))
    assert found is not None


def test_a_pronoun_in_a_relative_clause_is_the_person_the_clause_is_about(process) -> None:
    doc = process("Omar Diaz flew to Lima to meet Thomas Okafor, who had told Diaz he would help him find work.",
                  until="actors")
    assert holder(doc, "he") == "Thomas Okafor"
    assert holder(doc, "him") == "Omar Diaz"


def test_a_definite_speaker_noun_continues_the_quotation_before(process) -> None:
    doc = process('"We will appeal," Omar Diaz told reporters in Lima. "I expect to win," the mayor added.',
                  until="actors")
    assert holder(doc, "I") == "Omar Diaz"


def test_i_is_not_a_speaker_the_quotation_names(process) -> None:
    doc = process('Omar Diaz spoke for an hour in Lima. "Moved, I think, by what Diaz said, the crowd cheered," '
                  'Diaz said later.', until="actors")
    assert holder(doc, "I") is None
