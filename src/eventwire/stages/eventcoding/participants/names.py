"""Names standing for actors: a one-word name resolved elsewhere in the article ("Beijing" -> China), one part of a
person's full name, a name in apposition to a common noun, a place as the actor of its country, a national
capital as its state."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ....document import Document
from ....lexicon import table
from ...actors.words import actor_words, norm
from ..tree import children


@lru_cache(maxsize=None)
def alpha3_of() -> dict[str, str]:
    return {row["alpha2"].upper(): row["alpha3"].upper() for row in table("countries.tsv") if row["alpha2"]}


def full_name(doc: Document, actor_id: str | None) -> str | None:
    """A person named by one part of a name stands for the one person of the article whose full name holds
    it ("Zhao would hold talks" after "Premier Zhao Lin"); an unclear one is left as it is."""
    if actor_id is None:
        return None
    fuller = doc.cached("event_full_names")
    if fuller is None:
        people = [a for a in doc.actors if a.kind == "person"]
        fuller = {}
        for short in (a for a in people if len(a.name.split()) == 1):
            longer = [a.id for a in people if len(a.name.split()) > 1 and short.name in a.name.split()]
            if len(longer) == 1:
                fuller[short.id] = longer[0]
        doc.cached("event_full_names", fuller)
    return fuller.get(actor_id, actor_id)


def named_apposition(doc: Document, tok: Token) -> str | None:
    """A common noun named by its apposition: "Iran's religious leader, Ayatollah Khomeini" -> Khomeini."""
    if tok.pos_ != "NOUN":
        return None
    for c in children(tok, "appos"):
        found = doc.actor_of_token(c)
        if found:
            return found
    return None


def same_name(doc: Document, tok: Token) -> str | None:
    """A one-word name the actors stage resolved elsewhere in the article: "accused Beijing" where
    "Beijing denies" names China."""
    if tok.pos_ != "PROPN" or any(c.dep_ in ("compound", "flat") for c in tok.children) or tok.dep_ == "compound":
        return None
    return one_word_names(doc).get(tok.text)


def one_word_names(doc: Document) -> dict[str, str]:
    """The one-word names the actors stage resolved in the article ("Beijing" -> China), built once."""
    named = doc.cached("event_names")
    if named is None:
        assert doc.nlp is not None
        named = {}
        tokens = doc.tokens()
        for i in doc.token_numbers("POS", {"PROPN"}):  # (the parse's arrays: no Token string read per word)
            t = tokens[i]
            found = doc.actor_of_token(t)
            if found and not any(c.dep_ in ("compound", "flat") for c in t.children) and t.dep_ != "compound":
                named.setdefault(t.text, found)
        doc.cached("event_names", named)
    return named


def country_actor(doc: Document, tok: Token) -> str | None:
    """A place named by the token, as the actor of its country: "to Beijing" -> China; "Qingdao, China" ->
    China through the apposition."""
    for c in children(tok, "appos", "conj"):
        found = doc.actor_of_token(c)
        if found:
            return found
    for p in doc.places:
        if p.start <= tok.idx < p.end and p.country:
            alpha3 = alpha3_of().get(p.country.upper())
            return next((a.id for a in doc.actors if a.kind == "country" and a.country == alpha3), None)
    return None


def capital_actor(doc: Document, tok: Token) -> str | None:
    """A national capital named as a party stands for its country's government when the article has that
    country as an actor: "sanctions on Moscow", "talks with Tehran", "pressure on Beijing" (the actors stage
    takes a capital for its country only where it acts as a subject)."""
    if tok.ent_type_ != "GPE" or tok.pos_ != "PROPN":
        return None
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    code = actor_words().capital_of.get(norm(ent.text)) if ent is not None else None
    if code is None:
        return None
    return next((a.id for a in doc.actors if a.kind == "country" and a.country == code), None)
