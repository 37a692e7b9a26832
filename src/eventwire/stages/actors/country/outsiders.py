"""Groups named as coming from outside the story's country ('foreign troops', 'envoys from 20
countries'), from one named country ('workers from Nepal'), or living away from home ('migrants')."""
from __future__ import annotations

from ....document import Document, children_of, strings_of
from ....lexicon import words
from ....record import Actor
from .phrase import _span_of


def _away_from_home(actor: Actor) -> bool:
    """Whether a group's name says its people live away from home ('migrants', 'refugees':
    ``displaced_group_words.txt``)."""
    return any(x in words("displaced_group_words.txt") for x in actor.name.lower().split())


def _from_outside(doc: Document, actor: Actor) -> bool:
    """Whether a group is named as coming from outside the story's country: a word of its name or of its
    first mention's phrase says so ('international forces', 'foreign troops', 'Western companies';
    ``foreign_group_words.txt``), or another country or an international body is joined to its noun
    ('U.S. and NATO troops': the group took only 'troops')."""
    outside = words("foreign_group_words.txt")
    if any(x in outside or x in words("region_and_world_words.txt") for x in actor.name.lower().split()):
        return True  # (a group named by a region wider than one country, 'African women', is of no one country)
    if actor.name.lower().split()[-1:] and actor.name.lower().split()[-1] in words("several_states_nouns.txt"):
        return True  # 'democratic nations', 'other countries': several states, none of them the setting
    span = _span_of(doc, actor)
    if span is None:
        return False
    if span.root.dep_ == "conj" and any(c.dep_ in ("amod", "compound") and c.lower_ in outside and c.i < span.root.head.i
                                        for c in span.root.head.lefts):
        return True  # 'foreign investors and workers', 'overseas capital and people': the word before the first
        # noun of a pair names both
    prep = _from_phrase(span)
    if prep is not None and _from_countries(doc, prep):
        return True
    if _in_several_states(span):
        return True  # 'officials in the two countries', 'leaders of both nations': of no one state
    for child in span.root.children:
        if child.i >= span.start or child.dep_ not in ("compound", "amod", "nmod", "poss"):
            continue
        for tok in child.subtree:
            if tok.lower_ in outside:
                return True
            other = doc.actor(doc.actor_of_token(tok))
            if other is not None and other.id != actor.id and (
                    other.sector == "IGO" or other.kind == "country" and other.country != doc.setting):
                return True
    return False


def _from_one_country(doc: Document, actor: Actor) -> str | None:
    """The one country a group's 'from' phrase, right after its noun, names ('workers from Nepal', 'troops
    from Kenya'); None for several ('from 20 countries', 'from Nepal and India') or a body ('from the AU')."""
    span = _span_of(doc, actor)
    prep = _from_phrase(span) if span is not None else None
    if prep is None:
        return None
    objs = [o for c in prep.children if c.dep_ == "pobj" for o in [c, *(x for x in c.conjuncts)]]
    found = {a.country for o in objs if (a := doc.actor(doc.actor_of_token(o))) is not None and a.kind == "country"}
    return found.pop() if len(objs) == 1 and len(found) == 1 else None


def _examples_country(doc: Document, actor: Actor) -> str | None:
    """The one country of the bodies a group of bodies is shown by ('civil liberties groups, including the
    ACLU', 'companies like Microsoft, IBM and HP'): each example an organisation with a
    country, all of one country. None when an example is a person ('critics, including X': a critic speaks
    for no one else), a country, has no country, or the examples differ ('firms such as Toyota and Ford')."""
    span = _span_of(doc, actor)
    if span is None:
        return None
    examples = words("example_list_words.txt")  # 'groups, including X', 'companies like X', 'groups such as X'
    prep = next((c for c in span.root.children if c.dep_ == "prep" and c.lower_ in examples and c.i >= span.end
                 and (c.lower_ != "as" or c.i > 0 and c.doc[c.i - 1].lower_ == "such")), None)
    if prep is None:
        return None
    objs = [o for c in prep.children if c.dep_ == "pobj" for o in [c, *c.conjuncts]]
    found = set()
    for obj in objs:
        other = doc.actor(doc.actor_of_token(obj))
        if other is None or other.id == actor.id or other.kind != "organization" or not other.country:
            return None
        found.add(other.country)
    return found.pop() if len(found) == 1 else None


def _from_phrase(span):
    """The 'from' right after a group's noun, wherever the parser hangs it (on the noun or on the verb). (Only the
    word right after the noun can be it, a child of the noun's or not: read off the parse's arrays, a Token made
    only for a 'from' there.)"""
    doc, at = span.doc, span.end
    if at >= len(doc) or strings_of(doc, "LOWER")[at] != "from" or strings_of(doc, "DEP")[at] != "prep":
        return None
    return doc[at]


def _in_several_states(span) -> bool:
    """Whether an 'in', 'of' or 'across' phrase right after a group's noun names several states by a plural
    noun ('officials in the two countries', 'leaders of both nations', 'police across several states'). (The
    preposition is the word right after the noun, a child of the noun's or not: read off the parse's arrays.)"""
    doc, at = span.doc, span.end
    if at >= len(doc) or strings_of(doc, "LOWER")[at] not in ("in", "of", "across") \
            or strings_of(doc, "DEP")[at] != "prep":
        return False
    deps, lemmas, tags = strings_of(doc, "DEP"), strings_of(doc, "LEMMA", True), strings_of(doc, "TAG")
    nouns = words("state_nouns.txt")
    return any(deps[o] == "pobj" and lemmas[o] in nouns and tags[o] == "NNS" for o in children_of(doc)[at])


def _from_countries(doc: Document, prep) -> bool:
    """A 'from' phrase naming where a group comes from as several countries or another one than the
    story's: 'envoys from more than 20 countries', 'troops from neighbouring states', 'observers from the
    African Union'."""
    for obj in (c for c in prep.children if c.dep_ == "pobj"):
        if obj.lemma_.lower() in words("state_nouns.txt") and obj.tag_ == "NNS":
            return True
        other = doc.actor(doc.actor_of_token(obj))
        if other is not None and (other.sector == "IGO" or other.kind == "country" and other.country != doc.setting):
            return True
    return False


def _coming_into(doc: Document, actor: Actor) -> bool:
    """Whether a group's sentence says its people come into the story's country (``arrival_verbs.txt``): the
    group is the subject of such a verb, or the object of a verb whose clause has them do so ('assist people in
    entering Japan', 'help investors enter Japan'), and the verb's object or 'to', 'into' or 'in' phrase is the
    country the setting would give them (any country when the story has no one setting). They are who come
    there, not its people: 'families moving to Japan', 'workers arriving in Qatar'."""
    arriving = words("arrival_verbs.txt")
    toward = words("arrival_prepositions.txt")  # 'to', 'into', 'in'
    for m in actor.mentions[:3]:
        span = doc.char_span(m.start, m.end)
        if span is None or not len(span):
            continue
        tok = span.root
        while tok.dep_ in ("conj", "appos") or tok.dep_ == "pobj" and tok.head.lower_ == "of":
            tok = tok.head if tok.dep_ != "pobj" else tok.head.head  # ('thousands of workers', 'capital and people')
        if tok.dep_ in ("nsubj", "nsubjpass"):
            verbs = [tok.head]
        elif tok.dep_ == "dobj":  # 'help people enter', 'assist people in entering'
            verbs = [c for c in tok.head.children if c.dep_ in ("xcomp", "ccomp")] + [
                g for c in tok.head.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pcomp"]
        else:
            continue
        for verb in verbs:
            if verb.lemma_.lower() not in arriving:
                continue
            goals = [c for c in verb.children if c.dep_ == "dobj"] + [
                g for c in verb.children if c.dep_ == "prep" and c.lower_ in toward for g in c.children
                if g.dep_ == "pobj"]
            for goal in goals:
                other = doc.actor(doc.actor_of_token(goal))
                if other is not None and other.kind == "country" and (doc.setting is None or other.country == doc.setting):
                    return True
    return False
