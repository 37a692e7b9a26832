"""What a demand, a pledge, a threat or a purpose aims at: the subject of a "that" clause or of a "for X to" phrase
asked, the parties of what is sought or asked removed, the objects of an open complement or of an errand
("threatened to shell the towns", "dispatched envoys to attend the swearing-in"), whom a pledged deed is for, and
the infinitives of purpose a deed is done for ("fired tear gas to disperse the protesters")."""
from __future__ import annotations

from spacy.tokens import Token

from ....document import Document
from ..tree import child, children, conjuncts, prep_objects
from ..words import cues, word_class


def split_asked(tok: Token) -> list[Token]:
    """The party of a "for X to ..." phrase the parser split into a "for" phrase and an infinitive hung on the
    word beside it: "a plan [for the Council] [to end the embargo]acl" -> the Council (the infinitive's
    "to" right after the "for" phrase)."""
    out = []
    for obj in prep_objects(tok, "for"):
        after = obj.right_edge.i + 1
        if any(a.i == after and a.lower_ == "to" for c in children(tok, "acl", "advcl", "xcomp") for a in children(c, "aux")):
            out.append(obj)
    return out


# prepositions of what a request asks for that name the party it is asked of: "asked for talks with Chad",
# "called for sanctions against Iran", "called for elections in Togo" (the "in" object only where it is a country,
# see triggers._targets)
SOUGHT_PREPOSITIONS = ("with", "against", "in")


def sought_parties(tok: Token) -> list[Token]:
    """The parties named in the phrases of what a "for" phrase asks for: "called for a truce with the rebels",
    "asked for a unity cabinet in Libya" (the objects of with/against/in under the "for" object); and of a
    direct object that is a thing sought (word class sought): "requested consultations with Morocco", "sought
    talks with Chile" (evsrc22)."""
    asked = prep_objects(tok, "for")
    if tok.pos_ in ("VERB", "AUX"):
        sought = word_class("sought")
        asked += [o for o in children(tok, "dobj") if o.lemma_.lower() in sought or o.lower_ in sought]
    return [o for f in asked for word in SOUGHT_PREPOSITIONS for o in prep_objects(f, word)]


def removed_parties(tok: Token) -> list[Token]:
    """Whom a demand for a removal or punishment is against (word class removal_nouns): the "of" object or the
    owner of the noun asked for, also in a list of things asked ("demanded reforms and the premier's
    resignation", "called for the impeachment of the president")."""
    if tok.pos_ not in ("VERB", "AUX"):
        return []
    asked = [c for o in children(tok, "dobj") + prep_objects(tok, "for") for c in conjuncts(o)]
    nouns = [n for n in asked if n.lemma_.lower() in word_class("removal_nouns")]
    return [p for n in nouns for p in prep_objects(n, "of") + children(n, "poss")]


def sought_found(doc: Document, obj: Token, found: list[str]) -> list[str]:
    """The actors a sought party's phrase names that may be the target: of an "in" phrase only a country
    ("called for elections in Togo"; not the city or body the thing asked for is in)."""
    if obj.head.lower_ != "in":
        return found
    return [a for a in found if (c := doc.actor(a)) is not None and c.kind == "country"]


# prepositions whose object an open complement aims at: "threatened to break relations with Russia"
AIM_PREPOSITIONS = ("against", "with", "to", "on", "at")


def clause_subjects(tok: Token) -> list[Token]:
    """Whom a demand is made of: the subject of its "that" clause ("demanded that the US cancel the sale"
    -> US), or whom it is against: the passive subject of an act against a party ("demanded that the party be
    dissolved", word class removal_verbs, in the mandative "be"); a clause without "that" or with another passive subject ("that
    the prisoners be freed") names nobody."""
    if tok.pos_ not in ("VERB", "AUX"):
        return []
    out = []
    for c in children(tok, "ccomp"):
        if any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children):
            out += children(c, "nsubj")
            if c.lemma_.lower() in word_class("removal_verbs") and any(a.lower_ == "be" for a in children(c, "auxpass")):
                out += children(c, "nsubjpass")  # a mandative "be dissolved", not a fact told ("was arrested")
    return out


def aim_objects(tok: Token) -> list[Token]:
    """What an open complement acts on: "threatened to shell Iraqi towns" -> towns, "refused to meet King
    Abdullah" -> Abdullah, "threatened to cut off electricity to Nakhichevan" -> electricity, Nakhichevan; the
    errand of a party sent -> "dispatched envoys to attend X's swearing-in" -> the swearing-in."""
    if tok.pos_ not in ("VERB", "AUX"):
        return []
    out: list[Token] = []
    # the errand of a party sent: "dispatched envoys to attend X's swearing-in" (the parser makes the
    # infinitive after an object a clause of the verb, advcl; one without a subject of its own; evcoop20)
    errands = [c for c in children(tok, "advcl") if child(c, "nsubj") is None] if children(tok, "dobj") else []
    for c in children(tok, "xcomp") + errands:
        if c.pos_ != "VERB" or not any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            continue
        objs = children(c, "dobj")
        out += objs
        for holder in [c] + objs:
            for word in AIM_PREPOSITIONS:
                out += prep_objects(holder, word)
    return out


def pledged_parties(tok: Token) -> list[Token]:
    """Whom a deed pledged or promised is for (evrows): the "to" phrase or indirect object of the "to" complement
    before its object ("pledged to send 200 police to Haiti" -> Haiti, not the police), else the "to" phrase of
    that object ("agreed to pay compensation to Namibia"), else its object ("promised to help Moldova" -> Moldova)."""
    if tok.pos_ not in ("VERB", "AUX"):
        return []
    deeds = [c for c in children(tok, "xcomp")
             if c.pos_ == "VERB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    given = [o for c in deeds for o in prep_objects(c, "to") + [d for d in children(c, "dative") if d.pos_ != "ADP"]]
    # the "to" phrase the parser hung on the complement's object: "agreed to pay compensation [to Namibia]"
    given = given or [t for c in deeds for o in children(c, "dobj") for t in prep_objects(o, "to")]
    return given or [o for c in deeds for o in children(c, "dobj")]


def purpose_infinitives(tok: Token) -> list[Token]:
    """The "to" infinitives of purpose a deed is done for, in order (evtype20): "sent troops to the camps to guard
    the refugees" -> guard; the parser hangs them as an adverbial clause or an open complement of the verb."""
    if tok.pos_ not in ("VERB", "AUX"):
        return []
    return [c for c in children(tok, "advcl", "xcomp")
            if c.pos_ == "VERB" and c.i > tok.i and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]


def purpose_objects(tok: Token) -> list[Token]:
    """Whom a use of force aims at: "fired tear gas to disperse the protesters" -> protesters."""
    aims = [c for c in children(tok, "advcl", "xcomp") if c.lemma_.lower() in cues("purpose")]
    return [o for c in aims for o in children(c, "dobj")]
