"""Speakers the text names in other ways (issue 16, round 22): a definite speaker's noun ('the student', 'the
sources') that points back to the one description with the same noun given before ('a university student',
'police sources') speaks as that actor, not as a new nameless one; a word that says it is somebody else
('the other teacher'), another country ('a Kenyan farmer ... the Ugandan farmer') or two such descriptions
in reach keep them apart. Sentences written for these tests."""
from __future__ import annotations

import pytest


def _speakers(doc) -> dict[str, str | None]:
    return {q.text: q.speaker for q in doc.quotes}


def _name(doc, aid: str | None) -> str | None:
    actor = doc.actor(aid) if aid else None
    return actor.name if actor else None


@pytest.mark.parametrize("text, first, second", [
    ('A university student in Lagos, who spoke on condition of anonymity, said she backed the new curfew. '
     '"Nobody stays at home," the student told the radio station.',
     "she backed the new curfew", "Nobody stays at home,"),
    ('According to police sources, 40 people were detained overnight in the northern city. '
     'The sources said several of them had been released by noon.',
     "40 people were detained overnight in the northern city", "several of them had been released by noon"),
    ('An owner of a bakery in the southern district, who requested anonymity, told the newspaper that '
     'inspectors had ordered him to close. "They came with a list of rules nobody had seen before," said the '
     'business owner.',
     "inspectors had ordered him to close", "They came with a list of rules nobody had seen before,"),
    ('A farmer near Gulu said the rains had come late this year. '
     'The farmer said the maize was dying in the fields.',
     "the rains had come late this year", "the maize was dying in the fields"),
])
def test_the_noun_speaks_as_the_description_before(process, text, first, second) -> None:
    doc = process(text, until="quotes")
    said = _speakers(doc)
    assert said.get(first) is not None, said
    assert said.get(second) == said[first], (said, [(a.id, a.name) for a in doc.actors])


@pytest.mark.parametrize("text, first, second", [
    ('A teacher in Mombasa said the school had closed for a week. '
     '"We have no water for the children," the other teacher said.',
     "the school had closed for a week", "We have no water for the children,"),
    ('A Kenyan farmer said the rains had come late this year. '
     '"The maize is dying in the fields," the Ugandan farmer said.',
     "the rains had come late this year", "The maize is dying in the fields,"),
    ('A law student in Kano said the exams had been postponed. Another law student said the hostel had closed. '
     '"We were sent home," the student said.',
     "the exams had been postponed", "We were sent home,"),
])
def test_another_one_is_not_the_description_before(process, text, first, second) -> None:
    doc = process(text, until="quotes")
    said = _speakers(doc)
    assert said.get(first) is not None, said
    assert said.get(second) != said[first], (said, [(a.id, a.name) for a in doc.actors])


@pytest.mark.parametrize("text, words, owner", [
    ('Police raided the offices of Amnesty International in the capital on Tuesday. A statement on the Amnesty '
     'International website said the raid was an attempt to silence critics.',
     "the raid was an attempt to silence critics", "Amnesty International"),
    ('The Red Cross suspended its work in the province last week. A statement posted on the Red Cross website '
     'said two of its drivers had been detained.',
     "two of its drivers had been detained", "Red Cross"),
])
def test_a_statement_on_a_website_is_its_owners(process, text, words, owner) -> None:
    doc = process(text, until="quotes")
    said = _speakers(doc)
    assert _name(doc, said.get(words)) == owner, (said, [(a.id, a.name) for a in doc.actors])


@pytest.mark.parametrize("text, words", [
    ('Amnesty International responded on Sunday. A statement on the new law said officers would be retrained.',
     "officers would be retrained"),
    ('Amnesty International published a report on the prisons in March. A statement on the report said the '
     'findings would be sent to parliament.',
     "the findings would be sent to parliament"),
])
def test_a_statement_on_a_topic_names_no_owner(process, text, words) -> None:
    doc = process(text, until="quotes")
    said = _speakers(doc)
    assert words in said and said[words] is None, said


def test_a_quote_joined_by_and_to_the_next_is_that_speakers(process) -> None:
    doc = process('The World Food Programme cut rations in the north last month. "The roads are washed out," and '
                  '"large sums" have gone to repairs instead of food, spokeswoman Maria Lopez said.', until="quotes")
    said = _speakers(doc)
    assert _name(doc, said.get("large sums")) == "Maria Lopez", said
    assert said.get("The roads are washed out,") == said["large sums"], said


@pytest.mark.parametrize("text, words", [
    ('The World Food Programme cut rations in the north last month. "The roads are washed out," and critics '
     'called the plan "empty words."', "The roads are washed out,"),
    ('The World Food Programme cut rations in the north last month. "The roads are washed out." And "large '
     'sums" went to repairs, spokeswoman Maria Lopez said on Friday in a separate briefing.', "The roads are washed out."),
])
def test_a_quote_not_joined_keeps_no_speaker(process, text, words) -> None:
    doc = process(text, until="quotes")
    said = _speakers(doc)
    assert words in said and said[words] is None, said


@pytest.mark.parametrize("text, words, author", [
    ('According to a statement by Amnesty International, 300 families lost their homes in the floods.',
     "300 families lost their homes in the floods", "Amnesty International"),
    ('Rents in the capital rose by a third last year, according to a report released by the Central Bank of Kenya.',
     "Rents in the capital rose by a third last year", "Central Bank of Kenya"),
])
def test_according_to_a_document_by_a_body(process, text, words, author) -> None:
    doc = process(text, until="quotes")
    said = _speakers(doc)
    assert _name(doc, said.get(words)) == author, (said, [(a.id, a.name) for a in doc.actors])


@pytest.mark.parametrize("text", [
    'According to a statement on the prisons, 300 inmates lost their lives in the fire.',
    'According to the constitution, the president serves two terms.',
])
def test_according_to_a_document_of_nobody_is_no_report(process, text) -> None:
    doc = process(text, until="quotes")
    assert [q.text for q in doc.quotes if q.kind == "indirect"] == []


def test_a_statement_read_is_its_authors(process) -> None:
    doc = process('A statement from the Interior Ministry read: "All crossings will remain closed until further '
                  'notice."', until="quotes")
    said = _speakers(doc)
    assert _name(doc, said.get("All crossings will remain closed until further notice.")) == "Interior Ministry", said


def test_a_person_reading_is_no_cue(process) -> None:
    doc = process('Amina Yusuf read the letter aloud: "We will not leave our land."', until="quotes")
    quote = next(q for q in doc.quotes if q.text.startswith("We will not leave"))
    assert quote.cue is None, (quote.cue, quote.speaker)


@pytest.mark.parametrize("text, name", [
    ('A university student in Lagos, who spoke on condition of anonymity, said she backed the new curfew.',
     "A university student in Lagos"),
    ('A university student in debt said she backed the new curfew.', "A university student"),
])
def test_a_described_speaker_is_named_with_its_place(process, text, name) -> None:
    doc = process(text, until="quotes")
    said = _speakers(doc)
    assert _name(doc, said.get("she backed the new curfew")) == name, said
