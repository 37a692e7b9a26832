"""Round 19, speed13: cheaper mention readers, each giving what the reading before it gave.

- ``known_names._whole_name_matches``: the known whole names searched without their leading look-behind
  (the engine then runs to the names' first letters in C), the look-behind tested on each match. Checked
  against ``finditer`` of the look-behind and the pattern, on texts of our own where the look-behind matters.
- ``organisations.thing_names``: a name's describing nouns are read only in a sentence holding a word a noun
  for a thing can end on (``_thing_words``, ``_thing_word_sentences``). Checked against the reading that
  asks for every name's describing nouns, on sentences of our own.
- ``people``: a name's text cut once from the article (``span_text``) for its words and the hyphen test.
Nothing here is timed.
"""
from __future__ import annotations

import re

import pytest

from eventwire.document import Document
from eventwire.record import Article
from eventwire.stages.actors import organisations
from eventwire.stages.actors.mentions import known_names
from eventwire.stages.actors.mentions.people import _hyphenated_pair
from eventwire.stages.nlp import parse


def _plain_matches(text: str) -> list[tuple[tuple[int, int], str]]:
    """The scan as it was: the look-behind in front of the names' pattern, ``finditer``."""
    plain = re.compile(r"(?<![\w'’.-])" + known_names._whole_names().pattern)
    return [(m.span(), m.group(0)) for m in plain.finditer(text)]


NAME_TEXTS = [
    "Florence Parly met Regina Ip in Paris on Monday.",  # two known names, one at the text's start
    "McFlorence Parly is no minister, but Florence Parly is.",  # after a letter: passed, the next one found
    "O'Florence Parly, x-Florence Parly and .Florence Parly were typed by mistake; Regina Ip was not.",
    "Florence Parlys and Florence Parly-Smith are other names.",  # the name runs on: no match
    "the lawmaker regina ip spoke",  # case counts
    "",
    "A_Florence Parly; 2Regina Ip; (Regina Ip)",
]


@pytest.mark.parametrize("text", NAME_TEXTS)
def test_known_name_scan_finds_what_the_look_behind_scan_finds(text) -> None:
    assert [(m.span(), m.group(0)) for m in known_names._whole_name_matches(text)] == _plain_matches(text)


def test_known_name_scan_finds_names_and_passes_names_inside_words() -> None:
    found = [m.group(0) for m in known_names._whole_name_matches(NAME_TEXTS[1])]
    assert found == ["Florence Parly"] and NAME_TEXTS[1].index("Florence Parly") > 0
    assert [m.start() for m in known_names._whole_name_matches(NAME_TEXTS[1])] == [NAME_TEXTS[1].rindex("Florence Parly")]


def test_thing_words_are_the_thing_nouns_and_their_plurals() -> None:
    words = organisations._thing_words()
    assert {"ship", "ships", "tanker", "tankers", "industry", "industries", "train", "trains"} <= words
    assert "cargo" not in words and "company" not in words  # (a phrase's last word only; a body's noun is none)
    for thing in organisations._things():  # each thing noun's phrase ends on one of the words
        assert thing.split()[-1] in words and organisations._thing_described(thing)


@pytest.fixture(scope="module")
def parsed(nlp):
    def read(text: str) -> Document:
        return next(parse([Document(Article(text=text))], nlp))
    return read


THING_TEXTS = [
    # a thing described by a noun for it: the describing nouns are read in that sentence
    "The Harbour Queen, a cargo ship, sank off the coast. The Harbour Queen was carrying grain.",
    "Officials said the tanker Blue Marlin was seized. Greenpeace protested.",
    # no word for a thing anywhere: no name's describing nouns are read, nothing is a thing
    "Greenpeace and the Red Cross said on Monday that the United Nations must act.",
    # the word in another sentence than the name
    "Greenpeace spoke first. Trains were late across the region.",
    "Acme Rail, a train operator, cut fares. The Northern Star, a train, left Leeds.",
]


@pytest.mark.parametrize("text", THING_TEXTS)
def test_thing_names_are_those_read_with_every_name_described(parsed, text, monkeypatch) -> None:
    doc = parsed(text)
    found = {label: organisations.thing_names(doc, label) for label in ("ORG", "PERSON")}
    every = parsed(text)  # (a new Document: thing_names keeps its answer per Document)
    monkeypatch.setattr(organisations, "_thing_word_sentences",
                        lambda d: set(range(len(d.sentences()) + 1)))  # every sentence may describe
    assert {label: organisations.thing_names(every, label) for label in ("ORG", "PERSON")} == found


def test_thing_word_sentences(parsed) -> None:
    doc = parsed(THING_TEXTS[3])  # 'Trains' in the second sentence only
    assert organisations._thing_word_sentences(doc) == {1}
    assert organisations._thing_word_sentences(parsed(THING_TEXTS[2])) == set()
    doc = parsed("Greenpeace chartered a ship. Crews of the Rainbow Warrior sailed.")
    assert organisations._thing_word_sentences(doc) == {0}  # (the sentence ends on its full stop, not on 'ship')


def test_hyphenated_pair_reads_the_name_text(parsed) -> None:
    doc = parsed("A Lula-Macron meeting is planned. Lula and Macron spoke by phone.")
    doc.tokens()  # (as the actors stage does: the parse's text is then what span_text cuts from)
    ents = [e for e in doc.entities() if "-" in e.text]
    if ents:  # (the tagger may give the pair as one name)
        pair = _hyphenated_pair(ents[0], {"lula", "macron"})
        assert pair is not None and [p.text for p in pair] == ["Lula", "Macron"]
    name = doc.nlp[doc.text.index("Lula and") and 7:8]  # 'Lula' alone: no hyphen, no pair
    assert _hyphenated_pair(name, {"lula", "macron"}) is None


def test_things_are_found_where_a_thing_word_describes_a_name(parsed) -> None:
    """The pre-test passes the sentences that hold a thing's noun: a name described by one is still a thing."""
    found = set()
    for text in THING_TEXTS:
        doc = parsed(text)
        found |= organisations.thing_names(doc) | organisations.thing_names(doc, "PERSON")
    assert found  # (the texts give the readers a thing to find)


def test_trim_possessive_gives_the_name_itself_when_nothing_is_trimmed(parsed) -> None:
    from spacy.tokens import Span

    from eventwire.stages.actors.mentions.candidates import _trim_possessive

    doc = parsed("Greenpeace's ship left. In Kenya the Red Cross and Oxfam helped. Officials from Oxfam- spoke.")
    for ent in doc.entities():
        got = _trim_possessive(ent)
        # what the reading before gave: a new span of the words left after the trims
        start, end = ent.start, ent.end
        while end - start > 1 and doc.nlp[start].pos_ in ("ADP", "DET", "CCONJ", "SCONJ", "ADV"):
            start += 1
        while end > start and doc.nlp[end - 1].text in ("'s", "’s", "'", "’", "-", "."):
            end -= 1
        if end <= start:
            assert got is None
            continue
        assert (got.start, got.end, got.text) == (start, end, Span(doc.nlp, start, end).text)
        assert (got is ent) == ((start, end) == (ent.start, ent.end))
