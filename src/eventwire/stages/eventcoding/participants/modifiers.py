"""A name on a head noun that makes no party of itself: the country a civil group or a firm is from ("Afghan
women"), the body a founder or owner is of ("the Telegram founder"), a person a thing is of or by ("the Cruise
video"), a place where a deed was done ("the Gaza strikes"), a country its rivals oppose ("Chinese rivals")."""
from __future__ import annotations

from spacy.tokens import Token

from ....document import Document
from ....lexicon import words
from ...actors.sector import head_sector, vocabulary
from ..tree import child
from ..words import cues, noun_entries, nouns, word_class
from .common import _CIVIL_SECTORS, _is_country


def civil_group_of(doc: Document, head: Token, aid: str) -> bool:
    """Whether a country named by a modifier is only the origin of a civil group or a firm the head noun
    names ("Afghan women", "the Spanish company", "U.S. journalists", "Kenyan students"): the group, not
    the state, is the party, and the country is no participant. The head's sector comes from the agent
    nouns the actors stage reads (``actors.sector.head_sector``: women CVL, company BUS, journalists
    MED); a head that names the state ("Chinese officials", "U.S. troops", "the Iranian government"), an
    unknown or a thing ("Chinese investment", "a U.S. base") keeps the country, and so does the whole
    people of a country ("the Turkish people")."""
    if head.pos_ != "NOUN" or not _is_country(doc, aid):
        return False
    det = child(head, "det")
    if head.lower_ in words("whole_people_nouns.txt") and det is not None and det.lower_ == "the":
        return False
    sector, known = head_sector(head.lower_)
    return known and sector is not None and vocabulary().get(sector, sector) in _CIVIL_SECTORS


def founder_of_body(doc: Document, head: Token, aid: str) -> bool:
    """Whether a body named on a noun of its founders or owners ("the Telegram founder", "the club's owner" told
    as "the Chelsea owner") only tells whose founder the person is: a founder or owner is a person of his own,
    never the body acting or acted on (word class founders; round 20, evstate20), unlike a spokesman or a chief,
    who speak and act for it."""
    found = doc.actor(aid)
    return found is not None and found.kind != "person" and (
        head.lemma_.lower() in word_class("founders") or head.lower_ in word_class("founders"))


def rival_of_country(doc: Document, head: Token, aid: str) -> bool:
    """Whether a country named by a modifier of a noun of rivalry (word class rivalry_nouns: "Chinese rivals",
    "its Iranian foes", "Russian adversaries") names no party: the head may be those the country opposes ("China's
    expansion ... gives support to Chinese rivals in Asia") or people or firms of it ("Apple's Chinese rivals"),
    never the state itself (round 21, evaid21)."""
    lemma = head.lemma_.lower()
    return head.pos_ == "NOUN" and (lemma in word_class("rivalry_nouns") or head.lower_ in word_class("rivalry_nouns")) \
        and _is_country(doc, aid)


def person_on_thing(doc: Document, head: Token, modifier: Token, aid: str) -> bool:
    """Whether a person's name compounded on a noun only tells what the thing is of or by ("the Cruise video",
    "the Warhol Polaroids", "a Mandela biography"): the thing is no party and neither is the person. A
    person's name on a deed, a plan or a claim ("the Trump tariffs", "the Biden plan"), on a body or its
    people ("the Bashir regime", "the Trump administration", "Trump aides": an agent noun the actors stage
    knows, ``head_sector``) names its doer or owner, and stays."""
    if modifier.dep_ not in ("compound", "flat") or modifier.pos_ != "PROPN" or head.pos_ not in ("NOUN", "PROPN"):
        return False
    person = doc.actor(aid)
    if person is None or person.kind != "person" or doc.actor_of_token(head) == aid:
        return False
    low, lemma = head.lower_, head.lemma_.lower()
    if lemma in word_class("proxy_heads") or low in word_class("proxy_heads") or low in nouns() or lemma in nouns() \
            or lemma in cues("deed_noun") or lemma in cues("claim_noun") or lemma in cues("asked_noun"):
        return False
    return not head_sector(low)[1]


def place_on_deed(doc: Document, head: Token, modifier: Token) -> bool:
    """Whether a place name compounded on a noun of violence or of a happening (an ASSAULT reading of
    event_nouns.tsv, event_fighting_nouns.txt, place_happening_nouns.txt) tells where the deed was done, not
    who did it nor whom it was done to: a name the gazetteer reads as a town or a region and never as a
    country ("the Gaza strikes", "the Moscow concert hall attack", "condemned the Kabul jailbreak"), or a
    country whose name stands before some other thing the deed was done to ("the Pakistan train attack"). A
    country's name on the deed itself or on its forces or weapons ("U.S. strikes", "the U.S. drone strike",
    word class `forces`) names its doer, and an adjective ("a Russian strike") is no compound; nor is a noun of
    people held (word class `captives`: "U.S. citizen hostages" are Americans) a deed. A name the
    parser tags as no place (capitals, a mis-tagged "ORG") counts only when it names no person and the
    gazetteer knows it as a town or district of some size (SCAN_LOCAL_POPULATION)."""
    from .... import gazetteer
    from ...places.detect import SCAN_LOCAL_POPULATION

    if modifier.dep_ != "compound" or modifier.pos_ != "PROPN" or head.pos_ != "NOUN":
        return False
    lemma = head.lemma_.lower()
    if lemma in word_class("captives") or head.lower_ in word_class("captives"):
        return False  # people held, not a deed: "U.S. citizen hostages" are Americans
    if not (any(e.type == "ASSAULT" for e in noun_entries(head)) or lemma in words("event_fighting_nouns.txt")
            or head.lower_ in words("place_happening_nouns.txt") or lemma in words("place_happening_nouns.txt")):
        return False
    first, last = modifier.left_edge.i, modifier.right_edge.i  # the whole name: "Croix des Bouquets", "West Bank"
    while first > 0 and head.doc[first - 1].pos_ == "PROPN":
        first -= 1
    while last + 1 < head.i and head.doc[last + 1].pos_ == "PROPN":
        last += 1
    name = head.doc[first:last + 1]
    readings = gazetteer.load().lookup(" ".join(t.text for t in name))
    if not readings:
        return False
    if modifier.ent_type_ not in ("GPE", "LOC", "FAC"):
        aid = doc.actor_of_token(modifier)
        person = aid is not None and doc.actor(aid) is not None and doc.actor(aid).kind == "person"
        if person or not any(r.primary and r.feature in ("city", "admin") and r.population >= SCAN_LOCAL_POPULATION
                             for r in readings):
            return False
    if not any(r.feature == "country" for r in readings):
        return True  # a town, a province, a region: where
    between = [t for t in head.doc[last + 1:head.i] if t.dep_ == "compound" and t.pos_ == "NOUN"]
    forces = word_class("forces")
    return any(t.lower_ not in forces and t.lemma_.lower() not in forces for t in between)
