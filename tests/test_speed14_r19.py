"""Round 19, speed14 (issue 16): what ``country.sentence_places._sentence_places`` reads of a sentence whoever
asks (the words that name no home, the country names and tagged places that pass the tests of quotation,
motion and stance, the proper nouns after 'in', 'at', 'near', 'outside') is read once per article and
sentence (``sentence_reading``), and the words of other actors are found from the tokens' offsets. The test
sets the new reading beside the reading it replaced, written out here as it was. Sentences written for these
tests."""
from __future__ import annotations

import re

import pytest

from eventwire.document import sentence_of
from eventwire.stages.actors.country.sentence_places import (_BRIEF, _MOTION, _alpha3, _hyphen_joined, _said_or_done,
                                                              _sentence_places, _stance, not_a_place, quoted_at,
                                                              sentence_countries, sentence_reading, where_word,
                                                              work_title_tokens)
from eventwire.stages.actors.words import actor_words

TEXTS = [
    "Opposition leader Mary Tembo told a rally in Lusaka that Zambia's courts had failed. The U.S. envoy for "
    "Sudan, who flew in from Nairobi, said Ethiopia had offered help, and the pro-Moscow party stayed away.",
    "The mayor of Mombasa, Peter Otieno, said Kenya-Tanzania border talks would open at Namanga. \"We are "
    "ready in Kigali,\" a Rwandan official said, while the University of Oregon sent two researchers.",
    "Farmers near Gulu said rain had ruined the crop, and a trader at Kisumu market said prices rose. The "
    "film Letters from Cairo was shown in Dakar, where Senegal's minister spoke of Mali.",
]


def _places_by_tokens(doc, w, actor):
    """``_sentence_places`` as it was written before speed14: every word of the sentence read as a Token for
    each actor asking."""
    assert doc.nlp is not None
    seen: set[int] = set()
    for m in actor.mentions[:3]:
        span = doc.char_span(m.start, m.end)
        if span is None or not len(span):
            continue
        sent = sentence_of(span)
        if sent.start in seen:
            continue
        seen.add(sent.start)
        tokens = doc.tokens()
        sent_tokens = tokens[sent.start:sent.end]  # the sentence's tokens, made once
        sent_deps = doc.token_strings("DEP")[sent.start:sent.end]  # and their relations, as strings
        found: set[str] = set()
        preps = [tok for tok, dep in zip(sent_tokens, sent_deps) if dep == "prep"]
        moving = {t.i for tok in preps if tok.lower_ in _MOTION for t in tok.subtree}
        # what one works on ('envoy for North Korea') and the words of another actor's name ('the U.S.
        # Congress') do not say where one is from, but a sentence naming them is no longer about one country
        aside = {t.i for tok in preps if tok.lower_ in _BRIEF for t in tok.subtree}
        aside |= work_title_tokens(doc.text, sent)  # the places in a book's or film's title
        others: set[str] = set()
        for t in sent_tokens:
            aid = doc.actor_of_token(t)
            if aid in (None, actor.id):
                continue
            other = doc.actor(aid)
            if other.kind != "country":
                aside.add(t.i)
            if other.kind in ("organization", "group") and other.country:
                others.add(other.country)  # the bodies of another country named here ('the University of Idaho')
        # another actor's title and where it is from ('U.S. Congressman Andy Levin of Michigan')
        aside |= {x.i for t in sent_tokens if t.i in aside for c in t.children
                  if c.i < t.i and c.dep_ in ("compound", "amod", "poss")
                  or c.dep_ == "prep" and c.lower_ in ("of", "from") and c.i > t.i for x in c.subtree}
        said = _said_or_done(span, sent_tokens, sent_deps)
        for name, code, at, i in sentence_countries(doc, w, sent):
            if i >= 0 and doc.actor_of_token(tokens[i]) == actor.id:
                continue  # a word of the actor's own name ('Michael Jordan', 'Chad Smith'), not a place
            if code and not quoted_at(doc, at) and i not in moving and not _stance(doc.text, at):
                party = i in aside or i in said and not where_word(tokens[i]) or \
                    _hyphen_joined(doc.text, at, at + len(name))
                (others if party else found).add(code)
        for ent in doc.entities_in(sent):
            if doc.actor_of_token(ent.root) == actor.id:
                continue  # the actor's own name, tagged as a place ('said Nawa')
            if ent.label_ in ("GPE", "LOC") and not w.country_of(ent.text) and not quoted_at(doc, ent.start_char) \
                    and ent.start not in moving and not _stance(doc.text, ent.start_char):
                code = _alpha3(w, re.sub(r"^[Tt]he\s+", "", ent.text))
                if code:
                    party = ent.root.i in aside or ent.root.i in said and not where_word(ent.root) or \
                        _hyphen_joined(doc.text, ent.start_char, ent.end_char)
                    (others if party else found).add(code)
        for tok, dep in zip(sent_tokens, sent_deps):  # 'a road in Zomba' although the tagger took Zomba for a person
            if dep == "pobj" and tok.pos_ == "PROPN" and tok.head.lower_ in ("in", "at", "near", "outside") \
                    and tok.ent_type_ not in ("GPE", "LOC") and not quoted_at(doc, tok.idx) and not not_a_place(tok):
                name = doc.text[tok.left_edge.idx:tok.idx + len(tok.text)] if tok.left_edge.pos_ == "PROPN" else tok.text
                code = _alpha3(w, name)
                if code:
                    found.add(code)
        yield found, others


@pytest.mark.parametrize("text", TEXTS)
def test_sentence_places_read_as_the_token_walk(process, text):
    w = actor_words()
    doc = process(text, until="actors")
    asked = 0
    for actor in doc.actors:
        new = [(set(found), set(others)) for found, others in _sentence_places(doc, w, actor)]
        assert new == [(set(found), set(others)) for found, others in _places_by_tokens(doc, w, actor)]
        asked += len(new)
    assert asked >= 3  # (actors are asked about: the comparison is not empty)


def test_sentence_places_find_places_and_parties(process):
    # (the comparison above passes if both readings find nothing: these sentences hold places of both kinds)
    w = actor_words()
    doc = process(TEXTS[0], until="actors")
    seen_found, seen_others = set(), set()
    for actor in doc.actors:
        for found, others in _sentence_places(doc, w, actor):
            seen_found |= found
            seen_others |= others
    assert "ZMB" in seen_found  # 'a rally in Lusaka', 'Zambia's courts'
    assert seen_others  # 'envoy for Sudan', 'said Ethiopia had offered'


def test_sentence_reading_is_read_once_and_holds_the_sentence(process):
    w = actor_words()
    doc = process(TEXTS[2], until="actors")
    for sent in doc.sentences():
        reading = sentence_reading(doc, w, sent)
        assert sentence_reading(doc, w, sent) is reading  # once per article and sentence
        sent_tokens, sent_deps, offsets, aside, places, tagged, in_pobj = reading
        assert [t.i for t in sent_tokens] == list(range(sent.start, sent.end))
        assert sent_deps == [t.dep_ for t in sent_tokens] and offsets == [t.idx for t in sent_tokens]
        assert all(sent.start <= i < sent.end for i in aside)
        for code, i, _ in places:
            assert len(code) == 3 and (i == -1 or sent.start <= i < sent.end)
    first, second = doc.sentences()[:2]
    assert "UGA" in sentence_reading(doc, w, first)[-1] or any(
        code == "UGA" for code, _, _ in sentence_reading(doc, w, first)[4])  # 'Farmers near Gulu'
    aside = sentence_reading(doc, w, second)[3]
    cairo = doc.text.index("Cairo")
    assert any(doc.nlp[i].idx == cairo for i in aside)  # a place in a film's title names no home
