"""Round 14, speed (issues 15, 16, 21): the faster readings of the events and actors stages give what the
readings they replace gave. Each fast reading is compared with the plain walk it stands for, on sentences
written for these tests."""
from __future__ import annotations

import pytest

from eventwire.stages.actors.mentions import Title
from eventwire.stages.actors.sector import _title_sector, title_sector
from eventwire.stages.actors.words import actor_words
from eventwire.stages.eventcoding import claims, pronouns, setting
from eventwire.stages.eventcoding.words import cues, nouns

TEXTS = [
    "Officials in Lima said on Friday that gunmen attacked a police post near the border, and the army "
    "denied claims of abuse by its soldiers.",
    "\"They must withdraw the lawsuit,\" a spokeswoman for the Chilean foreign ministry told reporters in "
    "Santiago. The ministry accused Bolivia of aggression and of harassment of its fishermen.",
    "The Kenyan president, William Ruto, met his Ugandan counterpart in Kampala on Tuesday.  Both leaders "
    "condemned the bombing of a market by rebels.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_token_at_an_offset_is_the_token_holding_it(process, text):
    """setting._tok_at (halving among the parse's tokens) finds, for every character of every sentence,
    the token a walk of the sentence finds: none on a space between words."""
    doc = process(text, until="events")
    for sent in doc.sentences():
        for offset in range(sent.start_char, sent.end_char + 1):
            walked = next((t for t in sent if t.idx <= offset < t.idx + len(t)), None)
            found = setting._tok_at(sent, offset)
            assert (found.i if found is not None else None) == (walked.i if walked is not None else None), offset


@pytest.mark.parametrize("text", TEXTS)
def test_wrong_nouns_are_the_nouns_of_a_wrong(process, text):
    """claims._wrong_nouns (the parse's arrays against one set of words) lists the nouns that event_status
    wrongdoing or an ASSAULT row of the noun lexicon names, as reading every noun's Token does."""
    doc = process(text, until="events")
    wrongs = cues("wrongdoing")

    def wrong(t) -> bool:
        if t.lemma_.lower() in wrongs or t.lower_ in wrongs:
            return True
        return any(e.type == "ASSAULT" and not {"sym", "enforce"} & e.flags
                   for w in (t.lower_, t.lemma_.lower()) for e in nouns().get(w, ()))

    expected = [t.i for t in doc.tokens() if t.pos_ == "NOUN" and wrong(t)]
    assert claims._wrong_nouns(doc) == expected


def test_some_text_has_wrong_nouns(process):
    """(the comparison above is not empty: 'aggression' and 'harassment' are wrongs, 'bombing' an attack)"""
    doc = process(TEXTS[1], until="events")
    assert {doc.tokens()[i].lower_ for i in claims._wrong_nouns(doc)} >= {"aggression", "harassment"}


@pytest.mark.parametrize("text", TEXTS)
def test_named_tokens_are_every_token_given_to_the_actor(process, text):
    """pronouns._named_tokens (the tokens of an actor's mentions) holds every token the Document gives to
    that actor, as a walk of the whole parse finds them."""
    doc = process(text, until="events")
    assert doc.actors
    for actor in doc.actors:
        walked = {t.i for t in doc.tokens() if doc.actor_of_token(t) == actor.id}
        near = {t.i for t in pronouns._named_tokens(doc, actor.mentions) if doc.actor_of_token(t) == actor.id}
        assert near == walked, actor.name


@pytest.mark.parametrize("title", [
    Title("Chilean Foreign Minister", "Chilean Foreign Minister", [], ""),
    Title("a senior analyst at a bank", "", ["a senior analyst at a bank"], ""),
    Title("", "", [], ""),
    "police spokesman",
    "former prime minister",
])
def test_title_read_once_reads_as_fresh(title):
    """title_sector's reading kept per wording (``_title_sector``) is what a fresh reading gives, for a
    title's parts and for a plain title alike."""
    w = actor_words()
    _title_sector.cache_clear()
    fresh = title_sector(w, title)
    again = title_sector(w, title)
    assert again == fresh
    assert _title_sector.cache_info().hits >= 1


def test_title_parts_and_plain_title_are_kept_apart():
    """A title's parts and a plain title of the same words are two readings (the parts say which words are an
    apposition and which the title before the name), kept apart; a title's role is its head."""
    w = actor_words()
    _title_sector.cache_clear()
    title_sector(w, Title("a lawyer", "", ["a lawyer"], ""))
    title_sector(w, "a lawyer")
    assert _title_sector.cache_info().currsize == 2
    assert title_sector(w, "Chilean Foreign Minister")[0].endswith("minister")
