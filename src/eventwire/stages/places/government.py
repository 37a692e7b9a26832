"""Place or government: a toponym used as a party names its government or people, not a location.

A country is a place only where the sentence puts it as a location ("in Russia", "visit Russia",
"Vladivostok, Russia", "the border with Chad"). A city, state, region or continent is a place unless
it acts or is acted on as a party:
- the subject of a verb of saying or doing ("Pyongyang said", "Moscow denied"); for a national
  capital, a state or a region, the subject of any active verb that is not a verb of being somewhere
  or undergoing something ("Beijing hinted", "Paris is stalling the talks"; but "Aleppo fell",
  "Kharkiv saw shelling" stay places);
- the object of a verb aimed at a party ("urged Beijing");
- the other side of a relation noun ("tension with Ankara", "sanctions against Iran", "retaliation
  from Beijing", "support from France", "a trade war between the U.S. and Europe");
- a possessor of something that is not a feature ("Beijing's decision");
- a modifier of a noun ("the Qingdao summit").
Word lists live in lexicons/place_*.txt.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from ...document import Document
from ...lexicon import table
from .detect import Toponym, country_like
from .words import governor, locative, words

GOVERNMENT_KINDS = ("admin1", "continent", "region")  # besides national capitals


def decide(found: list[Toponym], doc: Document) -> list[Toponym]:
    """The toponyms used as places, in text order. A name coordinated with an earlier one shares its
    reading ("in Ghana, the Ivory Coast and Togo": all three, even where the parser hangs
    "Chad" on "Congo")."""
    decided: dict[int, bool] = {}
    kept = []
    for t in found:
        first = _first_conjunct(t.span)
        verdict = decided[first] if first is not None and first in decided else is_place(t, doc)
        decided.update((i, verdict) for i in range(t.span.start, t.span.end))
        if verdict:
            kept.append(t)
    return kept


def _first_conjunct(span: Span) -> int | None:
    tok = span.root
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head
    return tok.i if tok.i < span.start else None


def is_place(t: Toponym, doc: Document) -> bool:
    if t.dateline or t.literal:
        return True
    if _hyphen_adjective(t.span):
        return False
    if t.qualifies:
        return True
    root = t.span.root
    if _never_a_party(t):
        return True  # a sea, a river, an island: named, it is where something is
    if party_of_relation(root):
        return False
    if country_like(t):
        surface = any(e.kind == "island" for e in t.entries[:1])
        return locative(root, surface) and not acts(root, broad=False)
    if not t.entries and not locative(root):
        return False  # an unknown name is kept only where the sentence makes it a location
    return not (acts(root, broad=_can_govern(t)) or _modifier(root))


def _never_a_party(t: Toponym) -> bool:
    """Seas, straits, rivers, lakes and islands govern nobody: whatever their role in the sentence
    ("Diego Garcia has been home to a base", "Indian Ocean waters"), they name a place."""
    from .rank import drop_city_state_country

    best = drop_city_state_country(t.entries)[0] if t.entries else None
    return best is not None and (best.feature == "water" or best.kind == "island")


def _can_govern(t: Toponym) -> bool:
    """A national capital, a state or a region can stand for its government: the top reading says."""
    from .rank import drop_city_state_country

    best = drop_city_state_country(t.entries)[0] if t.entries else None
    return best is not None and (best.capital or best.kind in GOVERNMENT_KINDS)


def acts(tok: Token, broad: bool) -> bool:
    """Is the name a party here ("Pyongyang said", "urged Moscow", "Beijing's decision")? ``broad``:
    the subject of any active verb but a verb of being somewhere or undergoing something acts too."""
    g = governor(tok)
    head = g.head
    if g.dep_ in ("nsubj", "nsubjpass", "agent"):
        if _acting_verb(head):
            return True
        return broad and g.dep_ == "nsubj" and head.pos_ in ("VERB", "AUX") \
            and head.lemma_.lower() not in words("place_subject_verbs.txt")
    if g.dep_ in ("dobj", "dative"):
        return head.lemma_.lower() in words("place_actor_object_verbs.txt")
    if g.dep_ == "poss":
        return head.lower_ not in words("place_feature_words.txt")
    return False


def party_of_relation(tok: Token) -> bool:
    """"tension with Ankara", "sanctions against Iran", "support from France": the name after one of the
    relation prepositions attached to a relation noun is a party, not a location; so is the name after a
    relation word's own preposition ("criticism of Beijing", "aid for Kyiv", "looked to Washington for help":
    place_relation_pairs.tsv), and after a verb that tells what was done with a relation noun ("the sanctions
    Washington imposed on Moscow", "tariffs imposed on Beijing")."""
    g = governor(tok)
    prep = g.head
    if g.dep_ != "pobj":
        return False
    noun = prep.head
    if noun.dep_ == "compound" and noun.head.pos_ == "NOUN":
        noun = noun.head
    if _own_preposition(noun, prep.lower_):
        return True
    if prep.lower_ not in words("place_relation_prepositions.txt"):
        return False
    relation = words("place_relation_nouns.txt")
    if noun.pos_ == "VERB":  # "drew support from France", "faces pressure from Washington"
        if noun.dep_ in ("relcl", "acl") and noun.head.pos_ == "NOUN" and noun.head.lower_ in relation:
            return True  # "the sanctions (that) Washington imposed on Moscow", "tariffs imposed on Beijing"
        return any(c.dep_ == "dobj" and c.lower_ in relation for c in noun.children)
    return noun.pos_ == "NOUN" and noun.lower_ in relation


def _own_preposition(word: Token, prep: str) -> bool:
    """Whether ``prep`` is one of the relation word's own prepositions (place_relation_pairs.tsv)."""
    return prep in _relation_pairs().get(word.lower_, ()) or prep in _relation_pairs().get(word.lemma_.lower(), ())


@lru_cache(maxsize=1)
def _relation_pairs() -> dict[str, frozenset[str]]:
    pairs: dict[str, set[str]] = {}
    for row in table("place_relation_pairs.tsv"):
        pairs.setdefault(row["word"].lower(), set()).add(row["preposition"].lower())
    return {w: frozenset(p) for w, p in pairs.items()}


def _acting_verb(verb: Token) -> bool:
    if verb.lemma_.lower() in words("place_actor_verbs.txt"):
        return True
    if verb.lemma_ != "be":
        return False
    attrs = [c for c in verb.children if c.dep_ in ("attr", "acomp")]
    nouns = attrs + [p for a in attrs for prep in a.children if prep.dep_ == "prep" for p in prep.children
                     if p.dep_ == "pobj"]
    return any(n.lemma_.lower() in words("place_actor_nouns.txt") for n in nouns)


def _modifier(tok: Token) -> bool:
    """A name that only modifies a noun ("the Qingdao summit") names no location of its own."""
    return tok.dep_ in ("compound", "amod") and tok.head.lower_ not in words("place_feature_words.txt")


def _hyphen_adjective(span: Span) -> bool:
    """"Dubai-led", "U.S.-backed": the name is part of an adjective (a literal one, "Dubai-based", was
    kept as a place before this)."""
    doc, end = span.doc, span.end
    return end + 1 < len(doc) and doc[end].text == "-" and not span[-1].whitespace_ \
        and doc[end + 1].text[:1].islower()
