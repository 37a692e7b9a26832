"""The body a person works at, told by a clause of the person's own or by a title naming a body again.

``country.body_spoken_for`` reads the title before a name and the apposition after it ('Jane Doe, a nurse
at X'); a story often says it in a sentence of its own instead: 'Jane Doe works at X', 'Jane Doe works
on water projects at X', 'Jane Doe, who works for X, said ...', 'Jane Doe is a nurse at X'. The clause
is the person's (the name, a pronoun of theirs, or the noun a 'who' clause hangs on is its subject) and
in the present: 'worked at X' tells a past job, not whose the person is now. The body is an actor of
the story (an organisation or an outlet), named after 'at', 'for' or 'with' on the verb, on what the
verb is about ('works on X at Y'), or on the noun of a copula ('is a nurse at Y', 'is director of Y').
A title may also name, in lower case and by the words of its name, a body the story named before
('health ministry spokesperson X' after "Kenya's Ministry of Health": ``body_named_in_title``).
``country.fill_countries`` gives the person that body's country where nothing nearer placed them.
"""
from __future__ import annotations

from spacy.tokens import Token

from ...document import Document
from ...lexicon import singular_forms, words
from ...record import Actor

_WORK_PREPS = frozenset({"at", "for", "with"})  # 'works at X', 'works for X', 'works with X'
_ROLE_PREPS = _WORK_PREPS | {"of"}  # 'is a nurse at X', 'is director of X'
_ABOUT_PREPS = frozenset({"on", "in", "as"})  # what or where one works: 'works on water at X', 'works as a nurse for X'


def clause_employer(doc: Document, actor: Actor) -> Actor | None:
    """The organisation or outlet a person's own present clause says the person works at (module doc)."""
    from .sector_text import not_told_as_fact, present_tense  # (here: sector_text imports country, which reads this)

    for m in actor.mentions:
        span = doc.char_span(m.start, m.end)
        if span is None or not len(span):
            continue
        for verb in _own_verbs(span.root):
            if not_told_as_fact(verb) or not present_tense(verb):
                continue
            for body in _bodies(verb):
                aid = doc.actor_of_token(body)
                other = doc.actor(aid) if aid else None
                if other is not None and other.id != actor.id and other.kind in ("organization", "media"):
                    return other
    return None


def _own_verbs(tok: Token) -> list[Token]:
    """The verbs whose subject the mention is ('X works ...') or that a 'who' clause on it heads."""
    verbs = [tok.head] if tok.dep_ == "nsubj" and tok.head is not tok else []
    verbs += [c for c in tok.children if c.dep_ == "relcl" and any(
        s.dep_ == "nsubj" and s.lower_ in ("who", "that") for s in c.children)]
    return [v for v in verbs if v.lemma_.lower() in ("work", "be")]


def _bodies(verb: Token) -> list[Token]:
    """The nouns named after a work preposition: on the verb ('works at X'), on what it is about ('works
    on water at X'), or on a copula's noun ('is a nurse at X')."""
    if verb.lemma_.lower() == "be":
        heads = [c for c in verb.children if c.dep_ == "attr" and c.pos_ == "NOUN"]
        preps = _ROLE_PREPS
    else:
        heads = [verb] + [o for p in verb.children if p.dep_ == "prep" and p.lower_ in _ABOUT_PREPS
                          for o in p.children if o.dep_ == "pobj"]
        preps = _WORK_PREPS
    return [o for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in preps
            for o in p.children if o.dep_ == "pobj"]


def body_named_in_title(doc: Document, actor: Actor, before: list[Token]) -> Actor | None:
    """The story's one named body that a title before a person's name names again in lower case, by the
    words of its name ('health ministry spokesperson X' after "Kenya's Ministry of Health", 'disaster
    management department spokesperson X' after 'the Department of Disaster Management Affairs'): the
    title's words up to a body's head word (``body_head_words.txt``) are all words of that body's name,
    and no other body of the story has them all. ``before``: the words before the name
    (``country.before_name``)."""
    heads = words("body_head_words.txt")
    run: list[str] = []
    for tok in before:
        if tok.pos_ not in ("NOUN", "ADJ", "PROPN") or not (tok.text.islower() or tok.is_sent_start):
            run = []  # (a name's capitals are another's: 'Kenya health ministry' keeps 'health ministry')
            continue
        run.append(tok.lower_)
        if tok.lower_ in heads and len(run) >= 2:
            break
    else:
        return None
    wanted = {singular_forms(x)[-1] for x in run}
    found = [a for a in doc.actors if a.kind == "organization" and a.id != actor.id and wanted <= {
        singular_forms(x)[-1] for x in a.name.lower().split()}]
    return found[0] if len(found) == 1 else None
