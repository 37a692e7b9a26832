"""Events we should not record, by class (round 19, task evprec19): a subheading run into the next sentence.

Stories given as id, text and date only carry their subheadings run into the paragraph after them, with no stop
("... in 2023. EU backing vital Amina Bello, speaking Friday, said ..."). The parser makes one sentence of both,
and a word of the heading read as a deed ("support", "rejects") is coded with whatever parties it finds: an event
of no one's deed (filters.in_subheading). Each shape is shown with its heading word found and the event gone, and
beside it sentences whose own opening looks alike (a title run into a name, a day after an object, a verb before
a people's adjective) whose events must stay. Sentences written for these tests."""
from __future__ import annotations

import pytest

from eventwire.stages.eventcoding import filters

from .event_helpers import coded


def _token(process, text: str, word: str):
    doc = process(text, "2024-03-05")  # the parse the stages read (its sentences as the pipeline splits them)
    return next(t for t in doc.nlp if t.text == word)


@pytest.mark.parametrize("text,word", [
    ("Ghana needs a new loan this year. EU backing vital Amina Bello, speaking Friday, said the talks "
     "were on track.", "backing"),
    ("Ethiopia opened the dam in 2023. Egypt rejects dam deal Egyptian officials said on Sunday that talks had "
     "failed.", "rejects"),
    ("Nigeria's army lost ground last year. Rebel attacks Since January, gunmen have kidnapped dozens of villagers "
     "in Zamfara.", "attacks"),
    ("The port reopened last week. International reaction A spokesperson for the European Union condemned the "
     "strike.", "reaction"),
])
def test_a_heading_word_is_found(process, text, word):
    assert filters.in_subheading(_token(process, text, word))


@pytest.mark.parametrize("text,word", [
    # the clause after the heading is no heading
    ("Nigeria's army lost ground last year. Rebel attacks Since January, gunmen have kidnapped dozens of villagers "
     "in Zamfara.", "kidnapped"),
    # a title run into a name, a day after the object, a verb before a people's adjective, an auxiliary
    ("The vote was held in May. Political analyst Ahmed Salah criticized the army for the arrests.", "criticized"),
    ("The vote was held in May. Russian troops attacked Kharkiv Monday.", "attacked"),
    ("The vote was held in May. The movement also opposes Turkish investment in the region.", "opposes"),
    ("The vote was held in May. Kenyan police have arrested the opposition leader Raila Odinga.", "arrested"),
    ("The vote was held in May. Police arrested protesters Tuesday in Nairobi.", "arrested"),
    # the story's first sentence (a headline given with the text is another reading)
    ("Egypt rejects dam deal Egyptian officials said on Sunday that talks had failed.", "rejects"),
])
def test_a_sentence_opening_is_no_heading(process, text, word):
    assert not filters.in_subheading(_token(process, text, word))


def _types(process, text):
    return [(kind, src, tgt) for kind, src, tgt in coded(process, text)]


@pytest.mark.parametrize("text,kind", [
    ("Ghana needs a new loan this year. EU backing vital Amina Bello, speaking Friday, dismissed "
     "fears that a vote in Brussels would hold up the loan.", "SUPPORT"),
    ("Ethiopia opened the dam in 2023. Egypt rejects dam deal Egyptian officials said on Sunday that talks had "
     "failed.", "REJECT"),
])
def test_a_heading_codes_no_event(process, text, kind):
    assert [e for e in _types(process, text) if e[0] == kind] == []


@pytest.mark.parametrize("text,kind,source", [
    ("The vote was held in May. The Taliban also oppose Pakistani investment in the province.", "REJECT", "Taliban"),
    ("The vote was held in May. Political analyst Ahmed Salah criticized the army for the arrests.", "ACCUSE",
     "Ahmed Salah"),
    ("The vote was held in May. Kenyan police have arrested the opposition leader Raila Odinga.", "COERCE", "police"),
    ("Nigeria's army lost ground last year. Rebel attacks Since January, gunmen have kidnapped dozens of villagers "
     "in Zamfara.", "ASSAULT", "gunmen"),
    ("Moscow denied the charges. Western sanctions The European Union imposed sanctions on Russia on Monday.",
     "COERCE", "European Union"),
])
def test_the_sentence_after_a_heading_or_like_one_keeps_its_event(process, text, kind, source):
    found = _types(process, text)
    assert any(k == kind and any(source.lower() in s.lower() for s in src) for k, src, _ in found), found
