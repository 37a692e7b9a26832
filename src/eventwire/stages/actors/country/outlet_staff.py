"""The staff of outlets: the outlet a person works for, named before or after the name or in an
apposition ("VOA's Jane Doe", 'Jane Doe, a journalist with NewsDay'), and its country for its people."""
from __future__ import annotations

from ....document import Document
from ....record import Actor
from ..words import ActorWords, Known, norm
from .phrase import _set_country, _span_of, before_name


def _staff_follow_outlets(doc: Document, w: ActorWords, international: set[str]) -> None:
    """A person without a country who works for an outlet that has one takes it: named before the
    name ("NewsDay's Jane Doe"), after it with 'of' ('Jane Doe of NewsDay') or in an apposition ('Jane
    Doe, a journalist with NewsDay', 'a reporter for Y'), once the outlet is placed."""
    for actor in doc.actors:
        if actor.kind != "person" or actor.country is not None or actor.id in international or \
                actor.sector not in (None, "CVL", "MED"):
            continue
        outlet = _outlet_of(doc, actor, w) or _outlet_in_apposition(doc, actor)
        if outlet is not None and outlet.country:
            actor.sector = "MED"
            _set_country(actor, outlet.country)


_APPOSED = frozenset({"appos", "amod"})  # the apposition, or its words the tagger hung on the name ('at large')


def _outlet_in_apposition(doc: Document, actor: Actor) -> Actor | None:
    """The outlet named in an apposition to a person's name after 'with', 'at', 'for' or 'of' ('Jane
    Doe, a journalist with NewsDay', 'Jane Doe, editor at large at the X Gazette')."""
    span = _span_of(doc, actor)
    if span is None:
        return None
    for part in span.root.children:
        if part.dep_ not in _APPOSED or part.i < span.end:
            continue
        for prep in part.subtree:  # (the 'at' of 'editor at large at the X' hangs under 'large')
            if prep.dep_ != "prep" or prep.lower_ not in ("with", "at", "for", "of"):
                continue
            for tok in prep.subtree:
                other = doc.actor(doc.actor_of_token(tok))
                if other is not None and other.id != actor.id and other.kind == "media":
                    return other
    return None


def _outlet_of(doc: Document, actor: Actor, w: ActorWords) -> Actor | Known | None:
    """The outlet a person works for, named in the person's own noun phrase before the name ("VOA's Jane
    Doe", 'Reuters correspondent Jane Doe'), right after it with 'of' ('Jane Doe of VOA's Urdu Service'),
    or in the words that name an unnamed one ('a VOA reporter')."""
    if not actor.name[:1].isupper() or actor.name.split()[0].lower() in ("a", "an", "the") or \
            actor.name.split()[-1].islower():  # 'VOA reporter', 'Reuters correspondent': no name of its own
        known = outlet_in(w, actor.name)
        if known is not None:
            return known
    for m in actor.mentions[:2]:
        span = doc.char_span(m.start, m.end) if doc.nlp is not None else None
        if span is None or not len(span):
            continue
        words = before_name(span)
        words += [t for c in span.root.children if c.i >= span.end and c.dep_ == "prep" and c.lower_ == "of"
                  for t in c.subtree]
        for tok in words:
            other = doc.actor(doc.actor_of_token(tok))
            if other is not None and other.id != actor.id and other.kind == "media":
                return other
    return None


def outlet_in(w: ActorWords, words_: str) -> Known | None:
    """The known outlet named in the words that describe an unnamed person ('a VOA reporter')."""
    m = w.outlet_re.search(words_)
    known = w.known.get(norm(m.group(0))) if m else None
    return known if known is not None and known.kind == "media" else None
