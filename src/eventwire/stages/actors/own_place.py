"""The country of a civil person or group from the place its own phrase or clause puts it in.

News places unnamed or little-known people by where they are: 'residents of Harar', 'witnesses in the
town of Kindia', 'farmers near Bouake', 'Lena Okafor, a trader in the northern city of Kaduna', 'an
economist with a bank in Lyon', 'protesters gathered in Quito'. The place is read from the words that
hang on the actor's own noun (its head word, an apposition after a name, the count noun before it:
'hundreds of students in Sfax'), one step further through a place noun ('the town of X', 'the X
district of Y') or a body ('a think tank in X', 'a clinic near Y'), and from the place where the
actor's own verb happens ('marched in X') when that verb is not one of speech, and from the place of
the actor's own relative or participial clause when it says where the actor lives, works, died or was
jailed ('X, who lives in Y', 'a reporter killed in Y'; ``own_place_clause_verbs.txt``). The place must be a
country or a place the gazetteer knows (``places.place_country``), whatever the tagger called it
(it often takes a town for a person or a body).

Not read for: people away from home ('refugees in Chad', ``displaced_group_words.txt``), for whom only
'from' tells their country ('migrants from Haiti'); staff of an outlet, who file from where they
are; actors serving no country (the caller leaves them out: international bodies' staff). Places one
goes to or comes from in a clause ('fled to X', 'returned from Y') are not where one is.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span, Token

from ...document import Document, sentence_of
from ...lexicon import words
from ...record import Actor
from .places import _alpha3, hosted_place, quoted_at, where_word
from .words import ActorWords, speech_lemmas

_NOUN_PREPS = ("in", "of", "near", "outside", "around", "across", "at", "from", "inside", "throughout", "with", "for")
_VERB_PREPS = ("in", "near", "outside", "around", "across", "at", "inside", "throughout")
_THROUGH_PREPS = ("with", "at", "for", "of")  # 'an analyst with a think tank in X', 'a nurse at a clinic near Y'


def own_place_country(doc: Document, w: ActorWords, actor: Actor, origin_only: bool = False) -> str | None:
    """The country of the place an actor's own phrase or clause puts it in (see the module), read from
    its first three mentions in order; None when they name none, or two countries. A place after 'from'
    says whose the actor is and goes first ('workers from Nepal in Doha'). With ``origin_only`` (an office
    holder: firefighters, police, lawmakers) only a 'from' phrase of its own noun counts ('a firefighter
    from Winnipeg'): where an office is ('police in Moscow') may be a town of another state of that name."""
    assert doc.nlp is not None
    away = _country._away_from_home(actor)
    commenting = _country.comments_from_outside(doc, actor)  # ('critics of China gathered in Geneva')
    for m in actor.mentions[:3]:
        span = doc.char_span(m.start, m.end)
        if span is None or not len(span):
            continue
        titled = _country.work_title_tokens(doc.text, sentence_of(span))  # 'the book Letters from Kabul' places no one
        places = [t for t in _own_places(span, away, acts=not commenting and not origin_only,
                                         clauses=actor.kind == "person" and not origin_only,
                                         preps=("from",) if origin_only else _NOUN_PREPS) if t.i not in titled]
        places += [c for t in places for c in t.conjuncts if c.i not in titled]  # 'in Accra, Lome and Cotonou'
        origins = [t for t in places if _after_from(t)]  # 'workers from Nepal in Doha': whose, then where
        found = {c for c in (_named_place_country(doc, w, tok) for tok in origins or places) if c}
        if len(found) == 1:
            return found.pop()
        if found:
            return None
    return None


def _after_from(tok: Token) -> bool:
    """Whether a place word is the object of 'from' (itself or the first of the places it is joined to)."""
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head
    return tok.dep_ == "pobj" and tok.head.lower_ == "from"


def _own_nouns(span: Span) -> list[Token]:
    """The nouns that are the actor in its phrase: its head word, the appositions after a name, and the
    count noun before a group ('thousands of residents')."""
    root = span.root
    nouns = [root]
    nouns += [c for c in root.children if c.dep_ == "appos" and c.i >= span.end]
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.i < span.start and \
            root.head.head.pos_ in ("NOUN", "NUM") and (root.head.head.like_num or
                                                        root.head.head.lower_ in words("group_describers.txt")):
        nouns.append(root.head.head)
    return nouns


def _own_places(span: Span, away: bool, acts: bool = True, clauses: bool = False,
                preps: tuple[str, ...] = _NOUN_PREPS) -> list[Token]:
    """The words naming the places the actor's own phrase or, when ``acts``, its own verb puts it in
    (not for commentators: 'experts met in Vienna' is where they met, not where they are from), and, for
    a person (``clauses``), its own clause of living, working, dying or jailing ('X, who lived in Y'; not
    for groups: 'charities working in Sudan' work there, they are not of it)."""
    places: list[Token] = []
    nouns = _own_nouns(span)
    for noun in nouns:
        for prep in noun.children:
            if prep.dep_ != "prep" or prep.i < noun.i:
                continue  # (the words after the noun, in the mention or not: 'a resident of Kano' as a speaker)
            if prep.lower_ not in preps or away and prep.lower_ != "from":
                continue
            if prep.lower_ in ("of", "from") and noun.lemma_.lower() in words("place_actor_nouns.txt"):
                continue  # 'critics of Beijing', 'supporters from Accra': a party or a side, not a home
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                places.extend(_through(obj, prep.lower_))
    if away or not acts:
        return places
    for noun in nouns if clauses else ():  # 'X, who lived in Y', 'a reporter killed in Y': where the person lives
        for clause in noun.children:
            if clause.dep_ in ("relcl", "acl") and clause.i > noun.i and \
                    clause.lemma_.lower() in words("own_place_clause_verbs.txt"):
                places.extend(t for prep in clause.children if prep.dep_ == "prep" and prep.lower_ in _VERB_PREPS
                              for o in prep.children if o.dep_ == "pobj" for t in _through(o, prep.lower_))
    head = nouns[-1] if len(nouns) > 1 and nouns[-1].i < span.start else span.root  # (the count noun)
    if head.dep_ in ("nsubj",) and head.head.pos_ == "VERB" and head.head.lemma_ not in speech_lemmas():
        verb = head.head
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ in _VERB_PREPS:
                places.extend(o for o in prep.children if o.dep_ == "pobj" and o.pos_ == "PROPN")
    return places


def _through(obj: Token, prep: str) -> list[Token]:
    """The place a preposition's object names: the object itself when it is a name ('in Kano'); the place
    after a place noun ('the town of X', 'the northern city of Y'); the place of a body named by a
    common noun ('a think tank in X'), after 'with', 'at', 'for' or 'of'."""
    if obj.pos_ == "PROPN":  # (after 'at', only a name the tagger took for a place: 'a fellow at Brookings')
        return [obj] if prep not in _THROUGH_PREPS or prep == "of" or prep == "at" and obj.ent_type_ in ("GPE", "LOC") \
            else []
    if obj.pos_ != "NOUN" or obj.lower_ in words("work_nouns.txt"):
        return []  # ('the author of a book about life in X': a work's subject)
    found: list[Token] = []
    place_nouns = words("place_feature_words.txt")
    workplace = _workplace(obj)
    for inner in obj.children:
        if inner.dep_ != "prep":
            continue
        if obj.lower_ in place_nouns and inner.lower_ in ("of", "in") or \
                workplace and prep in _THROUGH_PREPS + ("in", "near") and inner.lower_ in ("in", "near", "outside"):
            found.extend(o for o in inner.children if o.dep_ == "pobj" and o.pos_ == "PROPN")
    if obj.lower_ in place_nouns:  # 'the Nangarhar village of X' names a place before its noun too
        found.extend(c for c in obj.children if c.dep_ == "compound" and c.pos_ == "PROPN")
    return found


def _workplace(noun: Token) -> bool:
    """Whether a common noun names a body or a workplace ('a bank', 'a think tank', 'a clinic', 'a
    firm': the body lexicons and ``workplace_nouns.txt``), not an event ('a forum', 'a summit')."""
    from .country import research_body

    lower = noun.lower_
    if lower in words("body_head_words.txt") | words("coref_body_nouns.txt") | words("body_group_nouns.txt") | \
            words("workplace_nouns.txt"):
        return True
    return research_body(" ".join(t.lower_ for t in noun.subtree if t.dep_ == "compound" or t is noun))


_NOT_PLACES = ("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "NORP", "EVENT", "LAW",
               "WORK_OF_ART", "PRODUCT", "LANGUAGE")


@lru_cache(maxsize=1)
def _month_names() -> frozenset[str]:
    """The names of the months, as the time stage reads them."""
    from ..timex.words import months

    return frozenset(months())


def not_a_place(tok: Token) -> bool:
    """Whether a proper noun is a time, a number, a people or a work by the tagger's label, or a month's
    name ('in March', 'by May'), whatever town of the gazetteer bears the name."""
    return tok.ent_type_ in _NOT_PLACES or tok.lower_ in _month_names()


def _named_place_country(doc: Document, w: ActorWords, tok: Token) -> str | None:
    """The country of the place a name is (with the proper nouns before it: 'New Delhi'), a country's
    own name included; None for a name the gazetteer does not know as a place of note, or the name of a
    body. Unlike ``country.person_origin._place_code`` it does not ask the tagger's entity, which often takes a town
    for a person or a body ('Gao', 'Kano')."""
    first = tok
    while first.i > 0 and tok.doc[first.i - 1].pos_ == "PROPN" and tok.doc[first.i - 1].head.i in (tok.i, first.i):
        first = tok.doc[first.i - 1]
    last = tok
    while last.i + 1 < len(tok.doc) and tok.doc[last.i + 1].pos_ == "PROPN" and tok.doc[last.i + 1].dep_ in (
            "compound", "flat") and tok.doc[last.i + 1].head.i == tok.i:
        last = tok.doc[last.i + 1]
    if not_a_place(tok):
        return None  # 'reopen in March': a time, whatever town bears the name
    name = re.sub(r"^[Tt]he\s+", "", doc.text[first.idx:last.idx + len(last.text)])
    other = doc.actor(doc.actor_of_token(tok))
    if other is not None and other.kind in ("organization", "media"):
        return None  # a body's name ('of the Kabul Traders Union') is not a place
    return w.country_of(name) or _alpha3(w, name)


def local_scene_country(doc: Document, w: ActorWords, actor: Actor) -> str | None:
    """The country of the scene a 'local' person or group belongs to ('local residents', 'a local
    trader', 'local media'; ``local_words.txt``): the places where things are or happen
    (``places.where_word``: 'near the town of X', 'in the Y district') named in the sentence of its first
    mention, else in the nearest of the two sentences before it in the same paragraph that names any.
    None when that sentence places things in two countries, or none is named. Quoted words count for
    nothing (they are somebody's speech)."""
    assert doc.nlp is not None
    if not _is_local(doc, actor):
        return None
    return scene_country(doc, w, actor)


def scene_country(doc: Document, w: ActorWords, actor: Actor) -> str | None:
    """The country of the scene of an actor's first mention, whatever the actor is called
    (``scene_of``)."""
    return scene_of(doc, w, actor)[0]


def scene_of(doc: Document, w: ActorWords, actor: Actor, hosts: bool = True) -> tuple[str | None, Span | None]:
    """The country of the scene of an actor's first mention, and the sentence that sets it: the places
    where things are or happen named in its sentence, else in the nearest of the two sentences before it
    in the same paragraph that names any (``local_scene_country``'s passage; ``setting_steps`` reads it
    for the local groups of a story with no one setting: 'In Zambia, floods cut the road ... Rescuers
    were searching ...'). None when that sentence places things in two countries, or none is
    named; quoted words place nothing. ``hosts`` False: the host of a gathering ('a summit in Nairobi':
    ``places.hosted_place``) sets no scene."""
    assert doc.nlp is not None
    for m in actor.mentions[:1]:
        span = doc.char_span(m.start, m.end)
        if span is None or not len(span):
            return None, None
        sent = sentence_of(span)
        pos, sdoc = doc.token_strings("POS"), doc.nlp  # (a Token made only for a proper noun, read off the array)
        for _ in range(3):
            found = {c for c in (_named_place_country(doc, w, tok) for tok in (
                sdoc[i] for i in range(sent.start, sent.end) if pos[i] == "PROPN")
                                 if where_word(tok) and (hosts or not hosted_place(tok))
                                 and not quoted_at(doc, tok.idx)) if c}
            if len(found) == 1:
                return found.pop(), sent
            if found or sent.start == 0:
                return None, None
            before = sentence_of(span.doc[sent.start - 1])
            if "\n" in doc.text[before.end_char:sent.start_char]:
                return None, None  # (a new paragraph: another scene)
            sent = before
    return None, None


def _is_local(doc: Document, actor: Actor) -> bool:
    """Whether an actor is named as local: a word of ``local_words.txt`` in its name, or in the words
    that describe it right before or after its first mention ('a local farmer, Ana Diaz')."""
    assert doc.nlp is not None
    local = words("local_words.txt")
    if any(x.strip(".,") in local for x in actor.name.lower().split()):
        return True
    for m in actor.mentions[:1]:
        span = doc.char_span(m.start, m.end)
        if span is None or not len(span):
            continue
        root = span.root
        near = [t for c in root.children if c.dep_ == "appos" for t in c.subtree]
        near += [t for c in root.children if c.i < span.start for t in c.subtree]
        if root.dep_ == "appos" and root.head.i < span.start:
            near += [t for t in root.head.subtree if t.i < span.start]
        if any(t.lower_ in local for t in near):
            return True
    return False


# (at the end, as a module: country imports this module; read by own_place_country on call)
from . import country as _country  # noqa: E402
