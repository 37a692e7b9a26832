"""Speakers and participants named by a description (round 12, issue 16): a department's or body's word
before chief/head/boss as the person titled with it before ('the Commerce chief'), a department's word
alone before a title as no body, a body named again by the noun it was introduced with ('the consultancy'
after 'consultancy X'), and a capital's government as its state. Sentences written for these tests."""
from __future__ import annotations

import pytest

from eventwire.stages.actors.coref.heads import department_word

from .actor_helpers import holder


def _names(doc) -> set[str]:
    return {a.name for a in doc.actors}


@pytest.mark.parametrize("word, expected", [("Commerce", True), ("Energy", True), ("Defense", True),
                                            ("Hamas", False), ("Microsoft", False)])
def test_department_words_come_from_the_agent_nouns(word, expected) -> None:
    assert department_word(word) is expected


@pytest.mark.parametrize("text, phrase, person", [
    ("Commerce Secretary Maria Alvarez met Canadian officials on Monday. The Commerce chief later said the "
     "duties would stay.", "The Commerce chief", "Maria Alvarez"),
    ("Defense Secretary Tom Rigby visited Kyiv on Tuesday. The Defense chief promised more aid to Ukraine.",
     "The Defense chief", "Tom Rigby"),
    ("Hamas leader Yahya Nour rejected the offer on Sunday. The Hamas chief said the fighting would go on.",
     "The Hamas chief", "Yahya Nour"),
    ("Interior Minister Paulo Mbeki of Angola toured the border. Police arrested 40 people, the Interior boss "
     "told reporters.", "the Interior boss", "Paulo Mbeki"),
])
def test_a_body_word_and_a_head_noun_is_the_person_titled_with_the_word(process, text, phrase, person) -> None:
    doc = process(text, until="actors")
    assert holder(doc, phrase, covering=True) == person


def test_a_department_word_titling_a_person_is_no_body(process) -> None:
    doc = process("Commerce Secretary Maria Alvarez met Canadian officials on Monday. The Commerce chief later "
                  "said the duties would stay.", until="actors")
    assert "Commerce" not in _names(doc)


def test_two_holders_titled_with_the_word_leave_the_head_unlinked(process) -> None:
    doc = process("Energy Minister Ana Costa of Brazil met Energy Minister Raj Patel of India in Delhi. The Energy "
                  "chief said the talks went well.", until="actors")
    assert holder(doc, "The Energy chief", covering=True) not in ("Ana Costa", "Raj Patel")


def test_the_head_pronoun_after_it_follows_the_person(pipeline) -> None:
    from eventwire.record import Article

    rec = pipeline.extract(Article(
        text="Commerce Secretary Maria Alvarez spoke to NBC on Sunday. President Omar Bello had imposed the duties "
             "a week before. The Commerce chief dismissed fears of a slump. \"Not at all,\" she said.",
        published="2025-03-12")).to_dict()
    names = {a["id"]: a["name"] for a in rec["actors"]}
    assert [names.get(q["speaker"]) for q in rec["quotes"] if q["text"].startswith("Not at all")] == ["Maria Alvarez"]


@pytest.mark.parametrize("text, phrase, body", [
    ("Business consultancy Harlow Partners put growth at 5% this year. \"The market will keep expanding,\" the "
     "consultancy says.", "the consultancy", "Harlow Partners"),
    ("Rights group Freedom Watch criticized the arrests in Minsk. The group said the detainees were held "
     "without charge.", "The group", "Freedom Watch"),
    ("The fund was set up by Corvane Capital, a lender based in Oslo. The lender said it had lost money.",
     "The lender", "Corvane Capital"),
])
def test_a_body_is_named_again_by_the_noun_that_introduced_it(process, text, phrase, body) -> None:
    doc = process(text, until="actors")
    assert holder(doc, phrase, covering=True) == body


def test_two_bodies_introduced_with_one_noun_leave_it_unlinked(process) -> None:
    doc = process("Harlow Partners, a consultancy in London, and Kestrel Advisory, another consultancy in Paris, "
                  "disagree on the outlook. The consultancy said growth would slow.", until="actors")
    assert holder(doc, "The consultancy", covering=True) is None


def test_a_noun_said_of_another_body_before_leaves_it_unlinked(process) -> None:
    doc = process("Oil firm Petrovia and oil firm Zentra signed a deal with Ghana. The firm said output would rise.",
                  until="actors")
    assert holder(doc, "The firm", covering=True) is None


def test_another_noun_before_the_noun_is_not_the_introduced_body(process) -> None:
    doc = process("Business consultancy Harlow Partners put growth at 5% this year. The engineering consultancy "
                  "that built the port said costs had doubled.", until="actors")
    assert holder(doc, "The engineering consultancy", covering=True) != "Harlow Partners"


@pytest.mark.parametrize("text, phrase, country", [
    ("The Nairobi government ordered the camp closed on Monday.", "The Nairobi government", "Kenya"),
    ("Rebels said the Kabul administration had broken the deal.", "the Kabul administration", "Afghanistan"),
])
def test_a_capital_government_is_its_state(process, text, phrase, country) -> None:
    doc = process(text, until="actors")
    assert holder(doc, phrase, covering=True) == country


def test_a_leader_named_administration_stays_a_government_body(process) -> None:
    doc = process("The Trump administration sanctioned Iran on Friday.", until="actors")
    assert holder(doc, "Trump administration", covering=True) == "Trump administration"


@pytest.mark.parametrize("text, phrase, actor", [
    ("Finance Minister Elena Petrova of Bulgaria said on Monday that her country could not pay the debt.",
     "her country", "Bulgaria"),
    ("Prime Minister Kofi Mensah of Ghana said his government would not bow to the strikers.",
     "his government", "Ghana"),
])
def test_a_state_person_country_and_government_are_the_state(process, text, phrase, actor) -> None:
    doc = process(text, until="actors")
    assert holder(doc, phrase, covering=True) == actor


def test_his_administration_is_the_body_named_after_him_when_there_is_one(process) -> None:
    doc = process("The Trump administration cut the aid in May. President Donald Trump said his administration "
                  "would not restore it.", until="actors")
    assert holder(doc, "his administration", covering=True) == "Trump administration"


def test_a_private_person_administration_is_no_state(process) -> None:
    doc = process("Rector Paulo Mendes of the University of Lisbon said his administration would cut fees.",
                  until="actors")
    assert holder(doc, "his administration", covering=True) != "Portugal"
