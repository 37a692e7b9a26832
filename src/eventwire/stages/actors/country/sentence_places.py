"""The countries named or placed in the sentences of an actor's mentions, as where things are
or as parties, briefs and what is said; the one country of such sentences."""
from __future__ import annotations

import re

from spacy.tokens import Span, Token

from ....document import Document, heads_of, sentence_of
from ....lexicon import words
from ....record import Actor
from ..entity_table import entity_text
from ..own_place import not_a_place
from ..places import _MOTION, _NEAR, _alpha3, quoted_at, where_word
from ..words import ActorWords
from .phrase import _BRIEF
from .work_titles import work_title_tokens


def _sentence_country(doc: Document, w: ActorWords, actor: Actor) -> str | None:
    """The one country named or placed in a sentence that mentions the actor (its first three mentions,
    in order): 'opposition candidate Grace Chirwa told supporters in Blantyre' -> Malawi. A sentence
    naming two countries or none says nothing."""
    for found, others in _sentence_places(doc, w, actor):
        if len(found) == 1 and others <= found:
            return found.pop()
        if found or others:
            return None
    return None


def _sentence_places(doc: Document, w: ActorWords, actor: Actor):
    """For each sentence of the actor's first three mentions, in order: the countries it names or places
    as where things are (``found``: 'told supporters in Blantyre') and those it names as parties, briefs or
    what is said (``others``: another body's country, 'envoy for Syria', 'said Tehran offered'); quoted
    words, places one moves from or to, and stances ('pro-Beijing') are in neither."""
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
        # what the sentence says whoever asks (read once per article and sentence: ``sentence_reading``)
        sent_tokens, sent_deps, offsets, aside, places, tagged, in_pobj = sentence_reading(doc, w, sent)
        aside = set(aside)
        found: set[str] = set()
        # what one works on ('envoy for North Korea') and the words of another actor's name ('the U.S.
        # Congress') do not say where one is from, but a sentence naming them is no longer about one country
        others: set[str] = set()
        # (the tokens' offsets looked up in C, ``map``: no Token, no Python step for a word of no actor)
        for i, aid in enumerate(map(doc._actor_at.get, offsets), sent.start):
            if aid is None or aid == actor.id:
                continue
            other = doc.actor(aid)
            if other.kind != "country":
                aside.add(i)
            if other.kind in ("organization", "group") and other.country:
                others.add(other.country)  # the bodies of another country named here ('the University of Idaho')
        if not places and not tagged:  # (no place whose part to tell: the words aside and said are not read)
            found |= in_pobj
            yield found, others
            continue
        # another actor's title and where it is from ('U.S. Congressman Andy Levin of Michigan')
        aside |= {x.i for i in aside if sent.start <= i < sent.end for c in tokens[i].children
                  if c.i < i and c.dep_ in ("compound", "amod", "poss")
                  or c.dep_ == "prep" and c.lower_ in ("of", "from") and c.i > i for x in c.subtree}
        said = _said_or_done(span, sent_tokens, sent_deps)
        for code, i, hyphened in places:
            if i >= 0 and doc.actor_of_token(tokens[i]) == actor.id:
                continue  # a word of the actor's own name ('Michael Jordan', 'Chad Smith'), not a place
            party = i in aside or i in said and not where_word(tokens[i]) or hyphened
            (others if party else found).add(code)
        for root, code, hyphened in tagged:
            if doc.actor_of_token(tokens[root]) == actor.id:
                continue  # the actor's own name, tagged as a place ('said Nawa')
            party = root in aside or root in said and not where_word(tokens[root]) or hyphened
            (others if party else found).add(code)
        found |= in_pobj
        yield found, others



def sentence_reading(doc: Document, w: ActorWords, sent: Span) -> tuple:
    """What ``_sentence_places`` reads of a sentence whoever the actor asking is, read once per article and
    sentence (the text and the parse alone; several actors share a sentence, and an actor asks again):
    the sentence's tokens and relations; the words that name no home (``aside``: the objects of a preposition of
    a brief, 'envoy for North Korea', and a work's title); the country names of ``country_re`` and the places
    the tagger names (GPE, LOC), each not quoted, moved from or to or a stance, as (code, token, glued by a
    hyphen to the next word); and the countries of proper nouns after a preposition of where or near
    (``located_near`` of event_word_classes.tsv, as ``places.where_object`` reads it: 'in', 'at', 'near',
    'outside', 'around' ...) that the tagger took for no place ('a road in Zomba')."""
    table = doc._cache.get("sentence reading")
    if table is None:
        table = doc._cache["sentence reading"] = {}
    found = table.get(sent.start)
    if found is not None:
        return found
    tokens = doc.tokens()
    sent_tokens = tokens[sent.start:sent.end]  # the sentence's tokens, made once
    sent_deps = doc.token_strings("DEP")[sent.start:sent.end]  # and their relations, as strings
    preps = [tok for tok, dep in zip(sent_tokens, sent_deps) if dep == "prep"]
    moving = {t.i for tok in preps if tok.lower_ in _MOTION for t in tok.subtree}
    aside = {t.i for tok in preps if tok.lower_ in _BRIEF for t in tok.subtree}
    aside |= work_title_tokens(doc.text, sent)  # the places in a book's or film's title
    places = []
    for name, code, at, i in sentence_countries(doc, w, sent):
        if code and not quoted_at(doc, at) and i not in moving and not _stance(doc.text, at):
            places.append((code, i, _hyphen_joined(doc.text, at, at + len(name))))
    tagged = []
    for ent in doc.entities_in(sent):
        if ent.label_ in ("GPE", "LOC") and not w.country_of(entity_text(ent)) and not quoted_at(doc, ent.start_char) \
                and ent.start not in moving and not _stance(doc.text, ent.start_char):
            code = _alpha3(w, re.sub(r"^[Tt]he\s+", "", entity_text(ent)))
            if code:
                tagged.append((ent.root.i, code, _hyphen_joined(doc.text, ent.start_char, ent.end_char)))
    in_pobj = set()
    pos, lows, heads = doc.token_strings("POS"), doc.token_strings("LOWER"), heads_of(doc.nlp)
    for i in range(sent.start, sent.end):  # 'a road in Zomba' although the tagger took Zomba for a person
        if sent_deps[i - sent.start] != "pobj" or pos[i] != "PROPN" or lows[heads[i]] not in _NEAR:
            continue  # (read off the parse's arrays: a Token is made only for a proper noun after such a word)
        tok = tokens[i]
        if tok.ent_type_ not in ("GPE", "LOC") and not quoted_at(doc, tok.idx) and not not_a_place(tok):
            name = doc.text[tok.left_edge.idx:tok.idx + len(tok.text)] if tok.left_edge.pos_ == "PROPN" else tok.text
            code = _alpha3(w, name)
            if code:
                in_pobj.add(code)
    offsets = [t.idx for t in sent_tokens]
    found = table[sent.start] = (sent_tokens, sent_deps, offsets, frozenset(aside), tuple(places), tuple(tagged),
                                 frozenset(in_pobj))
    return found


def sentence_countries(doc: Document, w: ActorWords, sent: Span) -> list[tuple[str, str | None, int, int]]:
    """The country names ``w.country_re`` finds in a sentence, each as (the words, their country, where
    they start in the text, the number of the token they start in or -1), read once per article and
    sentence: they hang on the text and the parse alone, and ``_sentence_places`` asks about the same
    sentence for every actor mentioned in it."""
    assert doc.nlp is not None
    table = doc._cache.get("sentence countries")
    if table is None:
        table = doc._cache["sentence countries"] = {}
    found = table.get(sent.start)
    if found is None:
        found = []
        for cm in w.country_re.finditer(doc.text_of(sent)):
            at = sent.start_char + cm.start()
            tok = doc.nlp.char_span(at, at + 1, alignment_mode="expand")
            found.append((cm.group(0), w.country_of(cm.group(0)), at, tok[0].i if tok is not None and len(tok) else -1))
        table[sent.start] = found
    return found


def _stance(text: str, start: int) -> bool:
    """Whether a place's name follows a word and a hyphen ('pro-Beijing councillors', 'anti-Kyiv
    protesters'): a stance, neither where anyone is nor a party to what is told."""
    return start > 1 and text[start - 1] == "-" and text[start - 2].islower()


def _hyphen_joined(text: str, start: int, end: int) -> bool:
    """Whether a place's name is glued by a hyphen to the word after it, which makes it a party ('U.S.-led
    forces', 'Russia-backed rebels', 'the Kenya-Somalia border talks'), unless that word keeps it a place
    ('Kyiv-based', 'London-born': ``place_literal_suffixes.txt``)."""
    after = re.match(r"-(\w+)", text[end:end + 30])
    return bool(after) and after.group(1).lower() not in words("place_literal_suffixes.txt")


def _said_or_done(span: Span, sent_tokens: list[Token], sent_deps: list[str]) -> set[int]:
    """The words of a sentence that tell what an actor says or does to others rather than where it is:
    the clauses reported ('the judges added that Britain must ...', 'X said Tehran offered ...') and
    the objects of the actor's own verb ("rejected Kenya's request", 'consider France a partner'). A
    country named there is a party to the story, not the actor's home. ``sent_tokens`` and ``sent_deps``:
    the tokens of the span's sentence and their relations."""
    root = span.root
    while root.dep_ in ("conj", "appos", "compound") and root.head is not root:
        root = root.head
    found: set[int] = set()
    for tok, dep in zip(sent_tokens, sent_deps):
        if dep == "ccomp" and not tok.left_edge.i <= span.start <= tok.right_edge.i:
            found.update(t.i for t in tok.subtree)  # not 'X was killed in Haiti, officials said' for X
    if root.dep_ in ("nsubj", "nsubjpass"):
        for child in root.head.children:
            if child.dep_ in ("dobj", "oprd", "dative"):  # the object and its owner, not all it says
                found.add(child.i)
                found.update(t.i for t in child.children if t.dep_ in ("poss", "compound", "amod"))
    return found
