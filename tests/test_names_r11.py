"""A person named again, whatever the tagger made of the later name (issue 16, round 11): the full name said
a second time and tagged an organisation, a product or nothing; the surname of a person the tagger first
took for an organisation (read as a person by ``organizations``: a coordination with a person, an age, a
title). Sentences written for these tests, in several shapes."""
from __future__ import annotations

import pytest

from eventwire.stages.actors.mentions import Candidate, repeated_surnames
from eventwire.stages.actors.words import actor_words


def _mentions(process, text: str) -> dict[str, list[str]]:
    doc = process(text, published="2025-03-12T10:00:00Z", until="actors")
    return {a.name: [text[m.start:m.end] for m in a.mentions] for a in doc.actors if a.kind == "person"}


@pytest.mark.parametrize("text, name, said", [
    # the full name said again, tagged an organisation the second time
    ("Amani Okello scored twice for the visitors. The coach praised Okello after the match, and Amani Okello said "
     "the team deserved the win.", "Amani Okello", 3),
    # the surname of a person the tagger took for an organisation (joined to a person by 'and')
    ("Grace Wambui and Maxwell Odhiambo are third-generation fishermen on the lake. “The water is dying,” "
     "Odhiambo told VOA.", "Maxwell Odhiambo", 2),
])
def test_a_person_named_again_is_that_person(process, text, name, said) -> None:
    found = _mentions(process, text)
    assert name in found and len(found[name]) == said


@pytest.mark.parametrize("text, absent", [
    # a full name inside a longer name is no mention of the person
    ("Kwame Mensah Foundation director Ama Serwaa said the Kwame Mensah Foundation would close.", "Kwame Mensah"),
])
def test_a_name_inside_a_longer_name_stays_apart(process, text, absent) -> None:
    found = _mentions(process, text)
    assert absent not in found and not any(absent in m for ms in found.values() for m in ms)


def _candidate(text: str, name: str) -> Candidate:
    start = text.index(name)
    return Candidate(start, start + len(name), "person", "person", name, tokens=name.lower().split())


@pytest.mark.parametrize("text, name, later", [
    ("Fisherman Wilmer Balanta, 52, lost his boat. The coast guard found Balanta on Sunday.", "Wilmer Balanta",
     ["Balanta"]),
    ("Wilmer Balanta sued the port. A week later Wilmer Balanta lost the case.", "Wilmer Balanta", ["Wilmer Balanta"]),
    # a title before the name, or a capitalised word after it, makes it part of something longer
    ("Wilmer Balanta sued the port. The Wilmer Balanta Trust paid the fees.", "Wilmer Balanta", []),
    ("Wilmer Balanta founded a law firm. Wilmer Balanta & Partners won the contract.", "Wilmer Balanta", []),
])
def test_later_names_of_a_person_named_in_full(nlp, text, name, later) -> None:
    from eventwire.document import Document
    from eventwire.record import Article
    from eventwire.stages.nlp import parse

    doc = next(parse([Document(Article(text=text, published="2025-03-12T10:00:00Z"))], nlp))
    first = _candidate(text, name)
    found = [c for c in repeated_surnames(doc, [first], actor_words()) if c.start > first.start]
    assert [text[c.start:c.end] for c in found] == later


@pytest.mark.parametrize("name, person", [
    ("Maxwell Evander", True), ("Rosa Quispe Mamani", True),
    ("UNHCR Kenya", False), ("U.S. Indo-Pacific Command", False), ("Bosnian Service", False),
    ("Republika Srpska", False), ("Zambia Sugar", False),
])
def test_a_body_read_as_a_person_lends_its_surname_only_when_named_like_one(nlp, name, person) -> None:
    """Only a name read from an organisation entity that reads as a person's gives its later surnames."""
    from eventwire.document import Document
    from eventwire.record import Article
    from eventwire.stages.nlp import parse

    text = f"{name} and Ana Ruiz spoke on Monday. Reporters saw {name.split()[-1]} leave."
    doc = next(parse([Document(Article(text=text, published="2025-03-12T10:00:00Z"))], nlp))
    later = text.rindex(name.split()[-1])
    found = repeated_surnames(doc, [], actor_words(), [_candidate(text, name)])
    assert any(c.start == later for c in found) is person


# A name the tagger broke in two (``broken_names``)

@pytest.mark.parametrize("text, whole, parts", [
    ("Tanzanian President Samia Suluhu Hassan thanked Kenyan President William Ruto on Monday.",
     "Samia Suluhu Hassan", ("Samia Suluhu", "Hassan")),
    ("Ethiopian Prime Minister Abiy Ahmed Ali met Somali President Hassan Sheikh Mohamud in Addis Ababa.",
     "Hassan Sheikh Mohamud", ("Hassan Sheikh", "Mohamud")),
])
def test_a_known_name_the_tagger_broke_is_one_person(process, text, whole, parts) -> None:
    found = _mentions(process, text)
    assert whole in found and not any(p in found for p in parts)


def _broken(nlp, text: str, parts: list[str]):
    """The parse of ``text`` with its PERSON entities set to ``parts``, as the tagger may break a name."""
    from spacy.tokens import Span

    doc = nlp(text)
    spans = []
    for part in parts:
        start = text.index(part)
        span = doc.char_span(start, start + len(part))
        spans.append(Span(doc, span.start, span.end, label="PERSON"))
    doc.set_ents(spans, default="outside")
    return doc, spans


@pytest.mark.parametrize("text, parts, joined", [
    # an unknown name in two parts with one space between: one name
    ("Opposition figure Wanjiru Atieno Barasa was freed on bail.", ["Wanjiru Atieno", "Barasa"],
     ["Wanjiru Atieno Barasa"]),
    ("The court heard Ikenna Obiora Nwachukwu on Thursday.", ["Ikenna Obiora", "Nwachukwu"],
     ["Ikenna Obiora Nwachukwu"]),
    # two names side by side stay two: a possessive after the second, a known figure first, a comma between
    ("The aide gave Joe Biden Putin's letter.", ["Joe Biden", "Putin"], ["Joe Biden", "Putin"]),
    ("Wanjiru Atieno, Barasa and others signed.", ["Wanjiru Atieno", "Barasa"], ["Wanjiru Atieno", "Barasa"]),
    ("The caption read: pan-African Wanjiru Atieno.", ["pan-African", "Wanjiru Atieno"],
     ["pan-African", "Wanjiru Atieno"]),
])
def test_a_broken_name_is_joined_only_when_it_reads_as_one(nlp, text, parts, joined) -> None:
    from eventwire.stages.actors.broken_names import join_broken_names

    _, spans = _broken(nlp, text, parts)
    assert [s.text for s in join_broken_names(spans, actor_words())] == joined
