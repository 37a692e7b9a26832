"""Round 19, speed15 (issue 16): two readers of the country and coreference steps walk the parse's arrays by
token index instead of making a Token per word: ``country.employers.body_spoken_for`` (the body named in a
person's own phrase) and ``coref.pronouns._gender_said`` (the gender a title or noun of a name's phrase
says); the table of gendered words is read once. The tests set each new reading beside the Token walk it
replaced, written out here as it was. Sentences written for these tests."""
from __future__ import annotations

import pytest

from eventwire.stages.actors.coref.common import sentence_finder
from eventwire.stages.actors.coref.pronouns import _gender_said, _gender_words
from eventwire.stages.actors.country.employers import _AFFILIATION, body_spoken_for
from eventwire.stages.actors.country.phrase import _description, _span_of, before_name

TEXTS = [
    "Ms. Alma Reyes, a mother of two, runs a bakery in Quito. Finance ministry spokesman Tomas Vega said on "
    "Friday that the budget would pass, and Dr. Ines Lutz of the Baltic Health Institute agreed.",
    "The lawyer Karel Novak, program director for the Danube Rights Foundation, met his sister Petra Novak "
    "in Brno. Reuters: Mr. Omar Haddad, a father of three, said he would appeal.",
    "Kenya Airways chief executive Allan Kilavuka told reporters that flights would resume. A researcher at "
    "the Sahel Policy Centre, Fatou Diallo, said the plan was late, and her husband Moussa agreed.",
]


def _body_by_tokens(doc, actor):
    """``body_spoken_for`` as it was written before speed15: the phrase's words walked as Tokens."""
    span = _span_of(doc, actor)
    if span is None:
        return None
    root = span.root
    found = _description(span)
    found.extend(before_name(span))
    for child in root.children:
        if child.i >= span.end and child.dep_ == "prep" and child.lower_ in _AFFILIATION:
            found.extend(child.subtree)
        elif child.i >= span.end and child.dep_ == "appos":
            found.extend(t for prep in child.children if prep.dep_ == "prep" and prep.lower_ == "for"
                         for t in prep.subtree)
    for tok in sorted(found, key=lambda t: t.i):
        aid = doc.actor_of_token(tok)
        other = doc.actor(aid) if aid and aid != actor.id else None
        if other is not None and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text == ":":
            continue
        if other is not None and (other.kind in ("organization", "media") or other.sector in ("IGO", "REB", "OPP")):
            return other
    return None


def _gender_by_tokens(doc, span, words_g, sentence, here):
    """``_gender_said`` as it was written before speed15: the words before the name and the name's
    appositions read as Tokens."""
    inside_span = range(span.start, span.end)
    for tok in doc.tokens()[max(0, span.start - 3):span.start]:
        g = words_g.get(tok.lower_.rstrip("."))
        if g and sentence(tok.idx) == here and tok.pos_ != "VERB" and (tok.pos_ == "NOUN" or tok.text[:1].isupper()) \
                and (tok.head.i in inside_span or any(t.head.i == tok.i for t in span)):
            return g
    for tok in span:
        for appos in tok.children:
            if appos.dep_ == "appos" and appos.i >= span.end and appos.pos_ == "NOUN":
                g = words_g.get(appos.lower_)
                if g:
                    return g
    return None


@pytest.mark.parametrize("text", TEXTS)
def test_body_spoken_for_reads_as_the_token_walk(process, text):
    doc = process(text, until="actors")
    people = [a for a in doc.actors if a.kind == "person"]
    assert len(people) >= 2  # (the comparison is not empty)
    for actor in people:
        assert body_spoken_for(doc, actor) is _body_by_tokens(doc, actor)


def test_body_spoken_for_finds_the_body_of_the_phrase(process):
    # (the comparison above passes if both readings find nothing: these people name their bodies)
    doc = process(TEXTS[0] + " " + TEXTS[1], until="actors")
    bodies = {a.name: body_spoken_for(doc, a) for a in doc.actors if a.kind == "person"}
    named = {name: body.name for name, body in bodies.items() if body is not None}
    assert any("Baltic Health Institute" in body for body in named.values())  # 'Dr. Ines Lutz of the ...'
    assert any("Danube Rights Foundation" in body for body in named.values())  # '..., program director for the ...'


@pytest.mark.parametrize("text", TEXTS)
def test_gender_said_reads_as_the_token_walk(process, text):
    doc = process(text, until="actors")
    words_g, sentence = _gender_words(), sentence_finder(doc)
    asked = 0
    for actor in doc.actors:
        for m in actor.mentions:
            span = doc.char_span(m.start, m.end)
            if span is None or not len(span):
                continue
            here = sentence(m.start)
            assert _gender_said(doc, span, words_g, sentence, here) == \
                _gender_by_tokens(doc, span, words_g, sentence, here)
            asked += 1
    assert asked >= 3


def test_gender_said_reads_titles_nouns_and_appositions(process):
    doc = process(TEXTS[0] + " " + TEXTS[1], until="actors")
    words_g, sentence = _gender_words(), sentence_finder(doc)
    said = {}
    for actor in doc.actors:
        if actor.kind != "person":
            continue
        for m in actor.mentions:
            span = doc.char_span(m.start, m.end)
            if span is not None and len(span):
                g = _gender_said(doc, span, words_g, sentence, sentence(m.start))
                if g:
                    said[actor.name] = g
    assert "f" in said.values() and "m" in said.values()  # 'Ms. Alma Reyes', 'Mr. Omar Haddad', 'his sister ...'
    assert _gender_words() is words_g  # the table is read once


# The sector readers' pre-test: 'opposition' looked for once in the text (``opposition_named``); a story
# without the word reads only the politicians who criticise the government.

def test_opposition_named_is_the_word_in_any_case(process):
    from eventwire.stages.actors.sector_text.opposition import opposition_named
    assert opposition_named(process("The OPPOSITION walked out of the chamber in Lusaka.", until="actors"))
    assert opposition_named(process("Opposition lawmaker Ruth Banda said the vote was rigged.", until="actors"))
    assert not opposition_named(process("Ruth Banda, a farmer, said the rains came late.", until="actors"))


def test_opposition_people_without_the_word_still_reads_critics(process):
    # (the pre-test leaves the reading of a politician who criticises the government to every story)
    from eventwire.stages.actors.sector_text.opposition import opposition_named, opposition_people
    doc = process("Ruth Banda, a politician who has criticized the president, spoke in Lusaka on Monday. Banda "
                  "said the budget was late.", until="actors")
    assert not opposition_named(doc)
    banda = next(a for a in doc.actors if a.kind == "person" and "Banda" in a.name)
    banda.sector = None
    opposition_people(doc)
    assert banda.sector == "OPP"
    doc = process("Opposition lawmaker Ruth Banda said the budget was late.", until="actors")
    banda = next(a for a in doc.actors if a.kind == "person" and "Banda" in a.name)
    banda.sector = None
    opposition_people(doc)
    assert banda.sector in ("LEG", "OPP")

