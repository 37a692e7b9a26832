"""A person's country from the person's own mention: the description after the name, the country
before the title ('Malaysian Prime Minister X'), a place of birth joined to the name ('the Lagos-born
artist X'), a place said right after the name ('Senator X of Ohio')."""
from __future__ import annotations

import re

from spacy.tokens import Span, Token

from .... import gazetteer
from ....document import Document, sentence_of
from ....record import Actor
from ..mentions import nationality_country
from ..peoples import people_word_home
from ..places import _alpha3
from ..entity_table import GPE_LOC, ORG, entity_at, labelled_entities
from ..words import ActorWords, Known
from .phrase import _description
from .work_titles import work_title_tokens
from .body_home import _joined_place_country, _place_joined, place_in_name
from .outlet_staff import _outlet_of


def described_country(doc: Document, w: ActorWords, span: Span, employers: list[Known] | None = None) -> str | None:
    """A country the description of a named actor gives: a country word, a place, a known body; last, the
    home state of an ethnic people it says the actor is one of ('an ethnic Uyghur'; ``ethnic_homes.tsv``),
    after any place it says the actor lives in ('an ethnic Uyghur living in Canada'). When the country is
    the known body's ('a fellow at the X Institute'), the body is added to ``employers``."""
    words = _description(span)
    if not words:
        return None
    own = doc.actor_of_token(span.root)
    # the words of a body's name are the body's, whose country is read from the body ('director of the
    # Berlin-based Carnegie Russia Eurasia Center' serves a body in Germany, not Russia)
    titled = work_title_tokens(doc.text, sentence_of(span))
    words = [t for t in words if not _in_body_name(doc, t, own) and t.i not in titled]
    text = "".join(t.text_with_ws for t in words).strip()  # as written: 'Guinea-Bissau' is no 'Guinea -'
    code = nationality_country(w, text)  # 'a senior China analyst at ...' is not Chinese
    if code and code in _joined_states(doc, w, words):
        return None  # 'a panel that Japan and Australia set up': a body of both, no one state's
    if code:
        return code
    for tok in words:
        if tok.ent_type_ in ("GPE", "LOC") and tok.ent_iob_ == "B":
            ent = entity_at(doc, tok.i) if doc.nlp is not None else None
            ent = ent if ent is not None and ent.start == tok.i else None
            if ent is not None and ent.end < len(ent.doc) and w.country_of(ent.text) and \
                    nationality_country(w, f"{ent.text} {ent.doc[ent.end].text}") is None:
                continue  # 'a senior Iran analyst': the country studied
            if ent is not None:
                code = _alpha3(w, re.sub(r"^[Tt]he\s+", "", ent.text))
                if code and code in _joined_states(doc, w, words):
                    return None
                if code:
                    return code
    inst = w.institution_in(text)
    if inst is not None:
        if employers is not None:
            employers.append(inst)
        return inst.country
    held = {t.i for t in words}  # (the organisations read off the document's table of them, once: ``labelled_entities``)
    orgs = [e for e in labelled_entities(doc, ORG) if not held.isdisjoint(range(e.start, e.end))]
    code = next((c for c in (place_in_name(w, e.text) for e in orgs) if c), None)
    if code:
        return code
    homes = {c for c in (people_word_home(t.text) for t in words if t.pos_ in ("PROPN", "NOUN", "ADJ")) if c}
    return homes.pop() if len(homes) == 1 else None  # 'X, an ethnic Uyghur,': the people's home, no place said


def _joined_states(doc: Document, w: ActorWords, words: list[Token]) -> set[str]:
    """The states of the places a description names joined by 'and' to a place of another state ('founded
    by Ghana and Togo', 'a body Seoul and Washington run'): such a description speaks of both, not of one
    home. Empty when no two places of different states are joined."""
    found: set[str] = set()
    held = {t.i for t in words}
    ents = [e for e in labelled_entities(doc, GPE_LOC) if not held.isdisjoint(range(e.start, e.end))]
    for ent in ents:
        root = ent.root
        joined = [*root.conjuncts, *([root.head] if root.dep_ == "conj" else [])]
        codes = {_alpha3(w, re.sub(r"^[Tt]he\s+", "", e.text)) for e in ents
                 if e is not ent and any(e.start <= o.i < e.end for o in joined)} - {None}
        mine = _alpha3(w, re.sub(r"^[Tt]he\s+", "", ent.text))
        if mine and codes - {mine}:
            found |= codes | {mine}
    return found


def _in_body_name(doc: Document, tok: Token, own: str | None) -> bool:
    """Whether a word is part of the name of an organisation or outlet other than the actor described."""
    aid = doc.actor_of_token(tok)
    if aid is None or aid == own:
        return False
    other = doc.actor(aid)
    return other is not None and other.kind in ("organization", "media") and len(other.name.split()) >= 2


def titled_country(doc: Document, w: ActorWords, actor: Actor) -> str | None:
    """The country written right before a person's title, the title right before the name: 'Malaysian
    Prime Minister X', "Kenya's Interior Minister X" (read from the text, for the titles the parse hangs
    elsewhere: 'the cabinet of Chilean President X')."""
    for m in actor.mentions[:3]:
        before = doc.text[max(0, m.start - 80):m.start]
        found = re.search(rf"(?<![\w-])(?P<who>{w.who})\s+(?P<title>(?:[\w.'’-]+\s+){{1,4}})$", before)
        if found and w.role_in(found.group("title")) == (actor.role or "").lower() and \
                w.role_in(found.group("title")) is not None and found.group("title").split()[-1][:1].isalpha():
            code = w.country_of(re.sub(r"['’]s$", "", found.group("who")))
            if code:
                return code
    return None


_BORN = re.compile(_place_joined("born") + r"(?:(?:Mr|Mrs|Ms|Dr|Sir|Dame)\.?\s+)?$")
_PLACE_PREPS = ("from", "of", "in")


def born_in(doc: Document, w: ActorWords, actor: Actor) -> str | None:
    """The country of the place a person is said to be born in, right before a mention of the name: 'New
    Zealand-born Mr X', 'the Lagos-born artist X'."""
    for m in actor.mentions[:4]:
        code = _joined_place_country(_BORN, doc, w, m.start, 60)
        if code:
            return code
    return None


def placed_after_name(doc: Document, w: ActorWords, actor: Actor) -> str | None:
    """The country of a place said right after a person's name with 'from', 'of' or 'in' ('publisher X in
    Hong Kong', 'X, 36, from Lisbon', 'Senator X of Ohio'), or owning the body after 'of' ('X of Italy's daily Y'), or after the last of several names joined with
    'and' ('X and his wife Y, from Perth, Australia'). Not for the staff of an outlet ('VOA's X in Quetta':
    where the reporter files from). A place that is also a region of another country the sentence names
    is that region ('X of Georgia ... later sat in the United States Senate': the state)."""
    assert doc.nlp is not None
    if _outlet_of(doc, actor, w) is not None:
        return None
    for m in actor.mentions[:3]:
        span = doc.char_span(m.start, m.end)
        if span is None or not len(span) or span.root.pos_ != "PROPN":
            continue
        root = span.root
        holders = [root] + [c for c in root.children if c.dep_ == "conj" and c.i > root.i]
        and_ = next((c for c in root.children if c.dep_ == "cc" and c.lower_ == "and"), None)
        if and_ is not None:  # 'X, 40, and his wife Y, ...': the phrase after 'and', however the parse hangs it
            holders += [t for t in root.doc[and_.i + 1:and_.i + 5] if t.pos_ in ("NOUN", "PROPN")
                        and not and_.i < t.head.i < t.i and t.head.i != t.i + 1][:1]
        if root.dep_ == "conj" and root.head.pos_ == "PROPN" and root.head.i < span.start:
            holders.append(root.head)  # (the place may hang on the first of the names)
        for holder in holders:
            for prep in holder.children:
                if prep.dep_ != "prep" or prep.lower_ not in _PLACE_PREPS or prep.i < span.end:
                    continue
                obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if obj is not None and obj.ent_type_ not in ("GPE", "LOC") and prep.lower_ == "of" and holder is root:
                    obj = next((c for c in obj.children if c.dep_ == "poss" and c.ent_type_ == "GPE"), None)
                    # ('X of Italy's daily Y': the state whose body the person is of)
                if obj is None or obj.ent_type_ not in ("GPE", "LOC"):
                    continue
                ent = entity_at(doc, obj.i)
                code = _alpha3(w, re.sub(r"^[Tt]he\s+", "", ent.text)) if ent is not None else None
                if code is None:
                    continue
                named = {w.country_of(x.group(0)) for x in w.country_re.finditer(doc.text_of(sentence_of(span)))} - {None, code}
                return (_region_of_named(w, ent.text, named) or code) if named else code
    return None


def _region_of_named(w: ActorWords, name: str, countries: set[str]) -> str | None:
    """The one country among ``countries`` (alpha-3) that has a region of this name ('Georgia' in a
    sentence naming the United States is the state)."""
    found = {w.alpha3_of.get(e.country) for e in gazetteer.load().lookup(name) if e.feature in ("admin", "region")}
    found &= countries
    return found.pop() if len(found) == 1 else None
