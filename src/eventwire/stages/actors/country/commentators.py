"""Commentators (analysts, experts, professors) and the institutions they work at: they comment
from outside the story, and take the country of their institution, not of what they study."""
from __future__ import annotations

import re

from ....document import Document
from ....lexicon import singular_forms, words
from ....record import Actor
from ..words import ActorWords
from .phrase import _BRIEF, _description, _set_country, _span_of, before_name
from .body_home import research_body, research_town_country
from .employers import _AFFILIATION, employer_placed


def is_commentator(doc: Document, actor: Actor) -> bool:
    """Whether a person comments on events from outside them: a commentator noun ('analyst', 'expert',
    'professor') in the person's role, the title before the name or the description after it, or a
    post at a university or research body ('director of Cornell University's Emerging Markets
    Institute', 'a fellow at the Brookings Institution')."""
    commentators = words("commentator_nouns.txt")
    said = (actor.role or "").lower().split()
    span = _span_of(doc, actor)
    if span is not None:  # 'a senior fellow at X', but not 'his fellow activist X'
        said += [t.lower_ for t in _description(span) + before_name(span)
                 if not (t.lower_ == "fellow" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].pos_ in ("NOUN", "PROPN"))]
    if any(f in commentators for t in said for f in singular_forms(t)):
        return True
    body = institution_of(doc, actor)
    return body is not None and research_body(body.name)


def comments_from_outside(doc: Document, actor: Actor) -> bool:
    """Whether an actor comments on events from outside them: a group whose head noun is a commentator noun
    ('analysts', 'critics of the plan', 'legal experts'; not 'fellow lawmakers') or a person
    ``is_commentator`` reads as one."""
    if actor.kind == "group":
        named = actor.name.lower().split(" of ")[0].split()
        return bool(named) and any(f in words("commentator_nouns.txt") for f in singular_forms(named[-1]))
    return actor.kind == "person" and is_commentator(doc, actor)


def institution_of(doc: Document, actor: Actor) -> Actor | None:
    """The organisation a person works at, named in the person's own phrase (see ``body_spoken_for``),
    leaving out one named after 'in' or a brief ('assistant professor in Modern Chinese Studies at
    Leiden University': the field, then the employer). The whole apposition is read, briefs included:
    'a lecturer focusing on Japanese policy at Stanford University'."""
    span = _span_of(doc, actor)
    if span is None:
        return None
    root = span.root
    words_ = before_name(span) + [t for c in root.children if c.i >= span.end and (
        c.dep_ in ("appos", "relcl", "acl") or c.dep_ == "prep" and c.lower_ in _AFFILIATION) for t in c.subtree]
    if root.dep_ == "appos" and root.head.i < span.start:
        words_ += [t for t in root.head.subtree if not span.start <= t.i < span.end]
    for tok in sorted(words_, key=lambda t: t.i):
        aid = doc.actor_of_token(tok)
        other = doc.actor(aid) if aid and aid != actor.id else None
        if other is None or other.kind != "organization":
            continue
        prep = next((a for a in tok.ancestors if a.dep_ == "prep"), None)
        if prep is not None and (prep.lower_ == "in" or prep.lower_ in _BRIEF - {"for", "with"}):
            continue
        return other
    return None


def commentators_at_institutions(doc: Document, w: ActorWords, international: set[str]) -> None:
    """An analyst, expert or professor takes the country of the institution named in the person's own
    phrase ('an Iran specialist at a Texas university', 'professor at the
    University of Melbourne'): where the person works, not the country the person studies, which a
    demonym before the noun often names ('a North Korean expert'). An institution of no country
    (an international NGO, a UN body) leaves the person's country as it was."""
    for actor in doc.actors:
        if actor.kind != "person" or actor.sector not in (None, "CVL", "BUS") or actor.id in international:
            continue
        if not is_commentator(doc, actor):
            continue
        body = institution_of(doc, actor)
        code = body.country if body is not None and body.sector != "IGO" else None
        if body is None:
            named = research_body_named(doc, actor)  # 'University of Melbourne professor X': no actor of its own
            code = research_town_country(w, named) if named else None
        if code and code != actor.country:
            if actor.country is None or actor.id in employer_placed(doc):
                employer_placed(doc)[actor.id] = (code, body.id if body is not None else None)
            _set_country(actor, code)


def research_body_named(doc: Document, actor: Actor) -> str | None:
    """The name of a university or research body written in a person's own phrase (title before the name,
    apposition after it), whether or not it became an actor: 'University of Melbourne professor X'."""
    span = _span_of(doc, actor)
    if span is None:
        return None
    phrase = " ".join(t.text for t in sorted(before_name(span) + _description(span), key=lambda t: t.i))
    for m in re.finditer(r"[A-Z][\w'’.-]*(?:\s+(?:of|for|and|de|the)?\s*[A-Z][\w'’.-]*)*", phrase):
        if research_body(m.group(0)):
            return m.group(0)
    return None
