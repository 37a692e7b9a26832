"""Round 22, speedact22: cheaper actor readers, each giving what the reading before it gave.

- ``entity_table``: the parse's entities by label and the entity holding a token, made once per document.
  Checked against the walks over every entity they replace, on sentences of our own.
- ``org_entities._org_entities``: the organisation reader walks only the entities it can read; the
  organisations it finds are those found over every entity (checked with the joiners that join across
  neighbours: 'for the', a demonym before a name, an 'and' inside a name).
- ``mentions.countries._joined_inside``, ``coref.plurals._they_antecedent``, ``repair.complete_organisation``:
  read off the parse's arrays; checked on sentences where they fire and where they must not.
Nothing here is timed.
"""
from __future__ import annotations

import pytest

from eventwire.document import Document
from eventwire.record import Article
from eventwire.stages import actors
from eventwire.stages.actors import entity_table
from eventwire.stages.actors.mentions import org_entities
from eventwire.stages.actors.words import actor_words
from eventwire.stages.nlp import parse


@pytest.fixture(scope="module")
def parsed(nlp):
    def read(text: str) -> Document:
        return next(parse([Document(Article(text=text, published="2024-05-06"))], nlp))
    return read


TEXTS = [
    "On Monday the Office for the Coordination of Humanitarian Affairs reported that aid reached Tripoli and Benghazi.",
    "Finance Minister Carla Mendes of Portugal met officials of the World Bank in Lisbon on Tuesday.",
    "The Spanish National Research Council and the Kenya Red Cross sent teams to Mombasa, Reuters reported.",
    "Rain fell all day. Nobody was hurt.",  # no entity at all
    "Hope and Light Radio, a station in Blantyre, said North and South Korea held talks in Geneva.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_labelled_entities_are_the_entities_of_those_labels(parsed, text) -> None:
    doc = parsed(text)
    for labels in (entity_table.ORG, entity_table.PERSON, entity_table.GPE, entity_table.GPE_LOC,
                   entity_table.PLACES, frozenset({"DATE", "ORG"}), frozenset({"NO_SUCH_LABEL"})):
        assert list(entity_table.labelled_entities(doc, labels)) == [e for e in doc.nlp.ents if e.label_ in labels]
    assert entity_table.entity_labels(doc) == [e.label_ for e in doc.nlp.ents]


@pytest.mark.parametrize("text", TEXTS)
def test_entity_at_is_the_entity_holding_the_token(parsed, text) -> None:
    doc = parsed(text)
    ents = list(doc.nlp.ents)
    for tok in doc.nlp:
        walked = next((e for e in ents if e.start <= tok.i < e.end), None)
        assert entity_table.entity_at(doc, tok.i) == walked
    assert entity_table.entity_at(doc, len(doc.nlp) + 5) is None  # (past the text: none, no error)


def test_entity_at_finds_words_inside_and_none_outside(parsed) -> None:
    doc = parsed(TEXTS[1])
    lisbon = next(t for t in doc.nlp if t.text == "Lisbon")
    met = next(t for t in doc.nlp if t.text == "met")
    assert entity_table.entity_at(doc, lisbon.i) is not None and entity_table.entity_at(doc, lisbon.i).text == "Lisbon"
    assert entity_table.entity_at(doc, met.i) is None  # a verb in no entity


@pytest.mark.parametrize("text", TEXTS)
def test_organisation_reader_finds_what_it_found_over_every_entity(parsed, text, monkeypatch) -> None:
    w = actor_words()
    doc = parsed(text)
    fewer = [(c.start, c.end, c.kind, c.key, c.country, c.sector) for c in org_entities.organizations(doc, w)]
    every = parsed(text)  # (a new Document: the readers keep their answers per Document)
    monkeypatch.setattr(org_entities, "_org_entities", lambda d: list(d.entities()))
    walked = [(c.start, c.end, c.kind, c.key, c.country, c.sector) for c in org_entities.organizations(every, w)]
    assert fewer == walked


def test_org_entities_keeps_organisations_and_drops_places_and_dates(parsed) -> None:
    doc = parsed(TEXTS[1])
    kept = org_entities._org_entities(doc)
    assert all(e.label_ in ("ORG", "NORP") or doc.nlp[e.start].lower_ in ("for", "the") for e in kept)
    assert not any(e.label_ in ("GPE", "DATE", "PERSON") and doc.nlp[e.start].lower_ not in ("for", "the")
                   for e in kept)
    assert [e for e in doc.nlp.ents if e.label_ == "ORG"] == [e for e in kept if e.label_ == "ORG"]


def _actors(parsed, text: str) -> list[tuple]:
    doc = parsed(text)
    actors.run(doc)
    return [(a.name, a.kind, a.country, a.sector, [(m.start, m.end) for m in a.mentions]) for a in doc.actors]


@pytest.mark.parametrize("text, name, country", [
    ("Police said North and South Korea exchanged fire near the border on Sunday.", "North Korea", "PRK"),
    ("The judge told the Court of Bosnia and Herzegovina that the trial would resume.", None, "BIH"),
])
def test_array_readers_still_fire(parsed, text, name, country) -> None:
    found = _actors(parsed, text)
    assert any(c == country and (name is None or n == name) for n, _, c, _, _ in found), found


@pytest.mark.parametrize("text, absent", [
    ("Police said Northern Ireland and the Republic held talks on Sunday.", "North Korea"),  # no 'North and South'
    ("Rain fell all day in the hills. Nobody was hurt.", None),  # no actor at all
])
def test_array_readers_do_not_fire_on_near_misses(parsed, text, absent) -> None:
    found = _actors(parsed, text)
    if absent is None:
        assert found == []
    else:
        assert all(n != absent for n, *_ in found), found


def test_they_reads_the_subjects_before_it(parsed) -> None:
    doc = parsed("The protesters and the police clashed in Quito on Monday. They said it was calm later.")
    actors.run(doc)
    they = next(t for t in doc.nlp if t.text == "They")
    assert sorted(doc.actor(a).name for a in doc.referents(they)) == ["police", "protesters"]
    lone = parsed("Rain fell in Quito on Monday. They met the mayor.")  # no subject to take up: no referent
    actors.run(lone)
    assert doc is not lone and lone.referents(next(t for t in lone.nlp if t.text == "They")) == []
