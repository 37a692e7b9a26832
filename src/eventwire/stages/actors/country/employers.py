"""The body a person speaks for or works at, named in the person's own phrase, and what it gives the
person: its sector for titles any body gives ('president of the national assembly'), a state body's sector
for its members, no country for the staff of a body serving none; the people placed only by their employer."""
from __future__ import annotations

from ....document import Document, children_of, strings_of, subtree_of, tokens_of
from ....lexicon import words
from ....record import Actor
from ..knowledge import knowledge
from ..sector import set_sector
from ..words import ActorWords, norm
from .phrase import _dateline_end, _description, _span_of, before_name


def employer_placed(doc: Document) -> dict[str, tuple[str, str | None]]:
    """The people whose only country is the one of the body they work at (an analyst at a think tank, a
    charity's director, an outlet's reporter, a ministry's spokesman), as actor id -> (that country, the
    body's id, if it is an actor): read by ``name_language.countries_from_names``, whose weak evidence may
    stand against a place of work that is not a state's own body."""
    kept = doc.cached("employer-placed people")
    if kept is None:
        kept = doc.cached("employer-placed people", {})
    return kept


def _staff_of_no_country(doc: Document, w: ActorWords, actor: Actor) -> bool:
    """Whether a person speaks for an organisation that serves no country (an international body or
    NGO: ``_serves_no_country``), named in the person's own phrase ('a Red Cross nurse in Juba', 'a
    researcher at Amnesty International'): the places of the person's phrase and sentence are where the
    body works, and the person stays without a country."""
    body = body_spoken_for(doc, actor)
    return body is not None and body.kind == "organization" and not body.country and _serves_no_country(w, body)


def _serves_no_country(w: ActorWords, body: Actor) -> bool:
    """Whether a body without a country is known to serve none: an international body, an international
    NGO the knowledge base or the lexicons list without a country. A local body the text places nowhere
    ('the Elephant Protection Society') is not: its people are the story's own."""
    if body.sector == "IGO" or body.kind == "media":
        return True
    known = w.known.get(norm(body.name))
    if known is not None and not known.country:
        return True
    facts = knowledge().facts(body.name, None)
    return facts is not None and facts.country is None


def civil_titles(doc: Document, w: ActorWords) -> None:
    """'president of the Committee for Freedom in Hong Kong', 'president of the national assembly': a
    title any body can give (president, chair, director) takes the sector of the body named with it (LEG,
    JUD, IGO, ...; civil society when the body's sector is unknown) instead of the GOV the bare title
    suggests."""
    titles = words("titles_any_body.txt")
    for actor in doc.actors:
        if actor.kind != "person" or actor.sector not in ("GOV", "IGO") or (actor.role or "") not in titles:
            continue
        body = body_spoken_for(doc, actor)
        if body is None or body.kind == "country" or body.sector == actor.sector or body.sector == "PTY":
            continue  # a party's officer: GOV or OPP only when the text says which
        if actor.sector == "IGO":  # 'director general' of a national body is not an international official
            actor.country = actor.country or body.country
        sector = body.sector or "CVL"  # president of a parliament LEG, of a court JUD, of a charity CVL
        if sector == "IGO":
            actor.country = None
        set_sector(actor, sector)


_STATE_BODY_SECTORS = ("LEG", "JUD", "MIL", "GOV")


def members_of_state_bodies(doc: Document) -> None:
    """'three members of the Senate — A, B and C', 'two judges of the Supreme Court, A and B': people
    given no office of their own, named in apposition to members of a parliament, court, army or
    ministry, take that body's sector (and its country when they have none)."""
    assert doc.nlp is not None
    for actor in doc.actors:
        if actor.kind != "person" or actor.sector != "CVL" or actor.role:
            continue
        span = _span_of(doc, actor)
        if span is None:
            continue
        root = span.root
        while root.dep_ == "conj" and root.head.i < root.i:
            root = root.head  # 'A, B and C': B and C hang on A
        if root.dep_ != "appos" or root.head.i >= span.start:
            continue
        body = None
        for tok in root.head.subtree:
            aid = doc.actor_of_token(tok) if tok.i < span.start else None
            other = doc.actor(aid) if aid and aid != actor.id else None
            if other is not None and other.kind == "organization" and other.sector in _STATE_BODY_SECTORS:
                body = other
                break
        if body is not None:  # (a state body's sector: never None)
            actor.country = actor.country or body.country
            set_sector(actor, body.sector)


_AFFILIATION = {"of", "at", "from", "with"}  # 'Jane Doe of the X Foundation', 'a researcher at Y'


def body_spoken_for(doc: Document, actor: Actor) -> Actor | None:
    """The organisation a person serves, named in the person's own noun phrase: the title before the
    name ('Chinese Foreign Ministry spokesperson Mao Ning', "Reuters' Jane Doe"), an apposition
    ('director of the X Foundation') or an affiliation after it ('Jane Doe of the Y Institute'). Words
    of the sentence outside that phrase ('in an interview with VOA, lawmaker Jane Doe') say nothing."""
    span = _span_of(doc, actor)
    if span is None:
        return None
    # (the phrase's words walked as token indices over the parse's arrays, each word read by its offset: no
    # Token is made)
    sdoc = span.doc
    kids, deps, lows = children_of(sdoc), strings_of(sdoc, "DEP"), strings_of(sdoc, "LOWER")
    root = span.root.i
    found = [t.i for t in _description(span)]
    found.extend(t.i for t in before_name(span))  # the title and possessor before the name
    for child in kids[root]:
        if child >= span.end and deps[child] == "prep" and lows[child] in _AFFILIATION:
            found.extend(subtree_of(sdoc, child))
        elif child >= span.end and deps[child] == "appos":  # 'program director for the X Foundation'
            found.extend(t for prep in kids[child] if deps[prep] == "prep" and lows[prep] == "for"
                         for t in subtree_of(sdoc, prep))
    tokens, texts = tokens_of(sdoc), strings_of(sdoc, "ORTH")
    head_end = _dateline_end(sdoc)
    for i in sorted(found):
        if tokens[i].idx < head_end:
            continue  # the credit of a dateline the parse set in the name's phrase ('LONDON (AP) _ X, leader of Y,')
        aid = doc.actor_of_token(tokens[i])
        other = doc.actor(aid) if aid and aid != actor.id else None
        if other is not None and i + 1 < len(texts) and texts[i + 1] == ":":
            continue  # a speaker's label in an interview ('VOA: Russia's President X visited ...')
        if other is not None and (other.kind in ("organization", "media") or other.sector in ("IGO", "REB", "OPP")):
            return other  # an organisation, an outlet, an international body, or an armed or opposition group
    return None
