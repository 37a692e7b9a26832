"""Place words and place names the actors' country readers share.

Two classes of preposition tell where something is from where one goes (``_LOCATIVE``: 'in Somalia', 'across
Chile'; ``_MOTION``: 'deported to China', 'fled from Eritrea'; word classes of event_word_classes.tsv); the
one reading of a word named as where something is (``where_object``, ``where_word``) or where one goes
(``goal_object``), and of the places a text names as where (``named_where``, once per document); the country
a place name stands for, by the gazetteer (``place_country``, ``province_of_note``, ``region_country``,
``_alpha3``, and ``named_place_code`` for a name with its kind, 'Zamfara State'); a place named as a
gathering's host ('a summit in Nairobi': ``hosted_place``); and whether a word is inside a quotation,
whose words place nothing (``quoted_at``). The story's setting (``setting``, ``lede_setting``) and an
actor's country (``country``, ``own_place``, ``mentions``, ``national``) read them; this module reads none of
those, so each imports it at the top (the quotations' reader, in the coreference package, on call).
"""
from __future__ import annotations

import re

from spacy.tokens import Token

from ... import gazetteer, settings
from ...lexicon import singular_forms, words
from ...document import Document
from ..eventcoding.words import word_class
from .words import ActorWords, first_word_matches

_LOCATIVE = word_class("located_at")  # where one is ('in', 'across', 'at': event_word_classes.tsv)
_MOTION = word_class("moved_to")  # where one goes, not where one is ('to', 'from', 'into')
_NEAR = word_class("located_near")  # where one is or near it ('near Gonaives', 'outside Kyiv', 'around Goma')


def where_object(tok: Token, near: bool = False) -> bool:
    """Whether a word is the object of a preposition of where something is or happens ('in Somalia', 'across
    Chile', 'at the border': ``_LOCATIVE``); with ``near``, also of one of nearness ('near Gonaives', 'outside
    Kyiv', 'around Goma': ``located_near``). The one reading of a place named as where, for the story's
    setting (``setting``, ``lede_setting``) and an actor's country (``where_word``)."""
    return tok.dep_ == "pobj" and tok.head.lower_ in (_NEAR if near else _LOCATIVE)


def named_where(doc: Document, w: ActorWords, quoted: bool = True) -> tuple[tuple[int, int, str, int], ...]:
    """Each place the text names as where something is or happens (``where_object``: 'in Somalia', 'across
    Chile', 'police in Mombasa'), in text order, as (start, end, how, token): a place the parser tags (``how``
    'GPE' or 'LOC', the entity's root), and a country's name read from the names themselves ('name': 'in
    Guinea-Bissau', which the parser tags 'Guinea' alone or as a body; a proper noun, not a demonym used as a
    noun). Read once per document (``doc.cached``); ``quoted`` False leaves out the places inside a quotation
    (the opening's places, ``setting.opening_places``; the story's countries named as places count them)."""
    assert doc.nlp is not None
    found = doc.cached("places named as where")
    if found is None:
        found = [(ent.start_char, ent.end_char, ent.label_, ent.root.i) for ent in doc.entities()
                 if ent.label_ in ("GPE", "LOC") and where_object(ent.root)]
        for m in first_word_matches(w.country_re, w.country_first_words, doc.text):
            span = doc.char_span(m.start(), m.end())
            if span is not None and len(span) and where_object(span.root) and span.root.pos_ == "PROPN":
                found.append((m.start(), m.end(), "name", span.root.i))
        found = doc.cached("places named as where", tuple(found))
    return found if quoted else tuple(p for p in found if not quoted_at(doc, p[0]))


def goal_object(tok: Token) -> bool:
    """Whether a word is the object of a preposition of where one goes to or comes from ('deported to China',
    'fled from Eritrea': ``_MOTION``): where one is not."""
    return tok.dep_ == "pobj" and tok.head.lower_ in _MOTION


def where_word(tok: Token) -> bool:
    """Whether a country or town says where something is: the object of a preposition of place ('in
    China', 'near Gonaives': ``where_object`` with nearness), or the owner or modifier of a word of place
    ("Haiti's north", 'Pakistan's Balochistan province', 'on Afghan soil')."""
    while tok.dep_ in ("compound", "conj", "appos") and tok.head is not tok and tok.head.pos_ == "PROPN":
        tok = tok.head  # 'Burkina' in 'Burkina Faso'
    if tok.dep_ == "nmod" and any(t.pos_ not in ("PROPN", "CCONJ") and t.text != "," for t in
                                  tok.doc[tok.i + 1:tok.head.i]):
        return False  # a list of names right before the noun ('in Nsanje and Phalombe districts'); not a
        # name the parser broke ('the Croix des Bouquets area')
    if tok.dep_ in ("poss", "compound", "amod", "nmod"):
        return tok.head.lower_ in words("place_feature_words.txt") | words("place_compass_words.txt")
    if tok.dep_ == "pobj" and tok.head.lower_ == "of":  # 'the capital of Zamfara State'
        return tok.head.head.lower_ in words("place_feature_words.txt")
    return where_object(tok, near=True)


def place_country(name: str) -> str | None:
    """The alpha-2 code of the well-known place a name stands for: a country, a province, a region that
    one country holds ('Tigray', 'Darfur', 'Donbas'; not 'Kashmir', 'the Sahel'), or a town of note
    (``settings.PLACE_OF_NOTE_PEOPLE``), taken by its own name."""
    entries = gazetteer.load().lookup(name)
    province = province_of_note(entries)
    if province:
        return province
    for e in entries:
        if not e.primary:
            continue  # another place's alternate name ('Delhi' for 'New Delhi'): the place's own entry decides
        if e.feature in ("country", "admin") or e.feature == "region" and e.country or \
                e.population >= settings.PLACE_OF_NOTE_PEOPLE:
            return e.country or None
        break
    return None


def province_of_note(entries) -> str | None:
    """The country of a province known in English by a name not its own ('Henan' for Henan Sheng, 'Bavaria'
    for Bayern, 'Catalonia', 'Amhara'): the largest place of the name is a first-level subdivision of
    at least ``settings.NAME_REGION_PEOPLE`` people matched by an alternate name, and no region of that
    name spans other countries ('Kashmir', 'Kurdistan' say nothing). An abbreviation ('QC', 'Ont.') is none."""
    if not entries or entries[0].primary or entries[0].abbrev or entries[0].kind != "admin1" or \
            entries[0].population < settings.NAME_REGION_PEOPLE or not entries[0].country:
        return None
    country = entries[0].country
    if any(e.primary and e.feature not in ("city", "admin") and e.country != country for e in entries):
        return None
    return country


def region_country(w: ActorWords, phrase: str) -> str | None:
    """The country of a province or region named in a title ('Balochistan Chief Minister', 'Texas
    Governor'): a run of capitalised words that the gazetteer knows first of all as a region of one
    country only ('Punjab', a province of both Pakistan and India, says nothing). A place inside a
    hyphenated word names a stance or a link, not where the office is ('pro-Beijing', 'anti-Kyiv')."""
    for m in re.finditer(r"(?<![\w'’-])[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}", phrase):
        words_ = m.group(0).split()
        for n in range(len(words_), 0, -1):
            for start in range(0, len(words_) - n + 1):
                name = " ".join(words_[start:start + n])
                entries = gazetteer.load().lookup(name)
                province = province_of_note(entries)
                regions = {province} if province else \
                    {e.country for e in entries if e.primary and e.feature in ("admin", "region")}
                if len(regions) == 1:
                    code = w.alpha3_of.get(regions.pop())
                    if code:
                        return code
    return None


_REGION_WORD = re.compile(r"\s+(?:[Ss]tate|[Pp]rovince|[Rr]egion|[Dd]istrict|[Cc]ounty|[Gg]overnorate|[Oo]blast)$")


def named_place_code(w: ActorWords, name: str) -> str | None:
    """The alpha-3 code of the country a place's name stands for: a country, a province or region one
    country holds, a town of note (``_alpha3``), or a region named with its kind ('Zamfara State',
    'Balochistan province'; ``region_country``); a leading 'the' aside."""
    name = re.sub(r"^[Tt]he\s+", "", name)
    region = _REGION_WORD.sub("", name)
    return _alpha3(w, name) or (region_country(w, region) if region != name else None)


def hosted_place(tok: Token) -> bool:
    """Whether a place is named as the host of a gathering ('a summit in Nairobi', 'talks in Doha', 'the
    marathon in Berlin'; ``gathering_nouns.txt``): where the gathering is, not the story's own place."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.dep_ != "prep" or prep.head is prep:
        return False
    host = prep.head
    return host.pos_ in ("NOUN", "PROPN") and any(f in words("gathering_nouns.txt")
                                                 for f in singular_forms(host.lower_))


def _alpha3(w: ActorWords, name: str) -> str | None:
    code = w.country_of(name)
    if code:
        return code
    two = place_country(name)
    return w.alpha3_of.get(two) if two else None


def quoted_at(doc: Document, offset: int) -> bool:
    """Whether an offset lies inside a quotation of the text, whose words place nothing: the one reading of
    ``coref.common`` (``quoted_spans``, kept once per document, and ``inside``)."""
    if not _QUOTE_READERS:  # (imported on the first call: the coreference package imports country; kept after, as
        from .coref.common import inside, quoted_spans  # an import run on each of the hundreds of calls costs more)

        _QUOTE_READERS.append((inside, quoted_spans))
    inside, quoted_spans = _QUOTE_READERS[0]
    return inside(quoted_spans(doc), offset)


_QUOTE_READERS: list = []
