"""Bodies named after a place: 'the Republika Srpska national assembly', 'Punjab police', 'the Tigray
regional government', and a country's named without a possessive ('the Pakistan army', 'the Gaza health
ministry'; "Qatar's foreign ministry" and 'the Sudanese army' are ``mentions.state_bodies``). The body is
an organisation of its own, of the place's country when the gazetteer knows only one such place, else of
no country said.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ... import gazetteer
from ...document import Document, sentence_of
from ...lexicon import table, words
from .groups import describes
from .mentions import Candidate, _code, tokens_with_lemma
from .sector import descriptor_sector
from .words import ActorWords, norm

_PLACE_BEFORE = re.compile(r"(?:^|(?<=[\s(\"“]))(?P<place>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})(?:['’]s)?\s+$")
_PLACE_FEATURES = ("admin", "region", "city")
_WHERE_IT_STANDS = ("embassy",)  # 'the Washington embassy' is named after where it stands, not whose it is


def regional_bodies(doc: Document, w: ActorWords) -> list[Candidate]:
    found = []
    for a_start, a_end in w.state_body_anchor.spans(doc.text):
        body = doc.text[a_start:a_end]
        if body != body.lower() or body in _WHERE_IT_STANDS:
            continue  # 'the Punjab Police' is a name the tagger gives whole
        m = _PLACE_BEFORE.search(doc.text, max(0, a_start - 60), a_start)
        if not m:
            continue
        place = _without_function_words(m.group("place"))
        if not place or w.known.get(norm(place)):
            continue  # a known body's: see institutions
        if w.country_of(place):
            if m.group(0).rstrip().endswith(("'s", "’s")) or w.demonym_of.get(norm(place)):
                continue  # "Qatar's foreign ministry", 'the Sudanese army': see state_bodies
            if w.state_bodies[body] == "JUD" and _also_a_big_province(place, w):
                continue  # 'a Georgia court' may be the US state's
            country = w.country_of(place)  # 'the Pakistan army', 'the Gaza health ministry'
        else:
            countries = _place_countries(place)
            if countries is None:
                continue
            country = w.alpha3_of.get(countries.pop()) if len(countries) == 1 else None
        start = m.start("place") + m.group("place").index(place)
        sector = w.state_bodies[body]
        name = doc.text[start:a_end]
        key = "org:" + norm(f"{place} {body}")  # 'Republika Srpska's national assembly' is the same body
        found.append(Candidate(start, a_end, "organization", key, f"{place} {body}", country, sector,
                               _code(country, sector)))
    return found


def _without_function_words(phrase: str) -> str:
    """'A United States' -> 'United States': capitalised articles and the like open sentences, not names."""
    parts = phrase.split()
    while parts and parts[0].lower() in words("english_function_words.txt"):
        parts.pop(0)
    return " ".join(parts)


def _place_countries(place: str) -> set[str] | None:
    """The countries (alpha-2) of the places below country level called ``place``; None when it names none."""
    found = [e for e in gazetteer.load().lookup(place) if e.primary]
    if any(e.feature == "country" for e in found):
        return None  # a country's name first of all ('Congo'), not a town of that name abroad (Brazil's Congo)
    entries = [e for e in found if e.feature in _PLACE_FEATURES]
    return {e.country for e in entries if e.country} if entries else None


_MODIFIERS = ("amod", "compound", "nmod", "poss", "case")
_BODY_ROLES = ("nsubj", "nsubjpass", "dobj", "pobj", "conj", "agent")  # (not an apposition: 'X, a British charity')


def country_bodies(doc: Document, w: ActorWords) -> list[Candidate]:
    """A body named by a common noun after its country or demonym, when no list names it: 'the Moroccan
    counterterror agency', 'a Greek court', "Sudan's sovereign council", 'a British charity' (the bodies
    ``state_body_re`` lists, 'the Sudanese army', are ``mentions.state_bodies``). The reader names it with
    its country word and the words that say what it does, leaving out the words that only describe
    ('main', 'top'); an organisation of that country, its sector from those words (``descriptor_sector``)
    or the noun's (``country_body_heads.tsv``). Read on the parse: the noun heads its phrase, lower case and
    singular, and every word from the country word to it hangs inside the phrase."""
    heads = _country_body_heads()
    found = []
    for tok in tokens_with_lemma(doc, heads):
        if tok.tag_ != "NN" or tok.pos_ != "NOUN" or tok.dep_ not in _BODY_ROLES or tok.ent_type_ \
                or not tok.text.islower():
            continue
        after = doc.nlp[tok.i + 1] if tok.i + 1 < len(doc.nlp) else None
        if after is not None and (after.pos_ == "PROPN" or after.ent_iob_ == "B"):
            continue  # "North Korea's news agency KCNA": the noun says what the name after it is
        start = tok.i
        sent_start = sentence_of(tok).start
        while start > sent_start:
            prev = doc.nlp[start - 1]
            if prev.dep_ not in _MODIFIERS or not start - 1 < prev.head.i <= tok.i and prev.dep_ != "case":
                break
            start -= 1
        if start == tok.i:
            continue
        m = w.country_re.match(doc.text, doc.nlp[start].idx)
        if not (m and w.country_of(m.group(0)) and m.end() < tok.idx):
            continue  # ('a Phnom Penh court': a body named after a town is ``regional_bodies``')
        who_start, who_end, who, country = m.start(), m.end(), m.group(0), w.country_of(m.group(0))
        rest = [t for t in doc.nlp[start:tok.i] if t.idx >= who_end and t.dep_ != "case"]
        if any(t.lower_ in w.roles or t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or t.like_num for t in rest):
            continue  # "the Russian president's office", 'the U.S. Kremlin desk': a person's or another body's
        if _also_a_big_province(who, w):
            continue  # 'a Georgia court' may be the US state's
        kept = [t.text for t in rest if not describes(t, w)]
        # the name as the text writes it ('Peru's new ruling council'); the key leaves the describers out, so
        # 'the ruling council' later is the same body
        name = re.sub(r"\s+", " ", doc.text[who_start:tok.idx + len(tok.text)])
        sector = descriptor_sector(" ".join(kept + [tok.text])) or heads[tok.lemma_.lower()] or None
        if sector == "MED":
            continue  # an outlet ('the Ethiopian state news agency'): ``mentions.generic_media`` names it
        found.append(Candidate(who_start, tok.idx + len(tok.text), "organization",
                               f"body:{country}:" + norm(" ".join(kept + [tok.text])), name, country, sector,
                               _code(country, sector)))
    return found


_NEW_BODY_DETERMINERS = ("a", "an", "another")  # 'a court', 'another court': a body the story brings in


def unnamed_courts(doc: Document, w: ActorWords) -> list[Candidate]:
    """A court the story names by no name, brought in with 'a', 'an' or 'another' as a party to what happens:
    'a court sentenced him', 'told a court', 'an appeals court overturned the ruling', 'a court in Minsk'. It is
    an organisation of the court's kind ('court', 'appeals court': the lower-case words that say which court),
    of the country of a place said after it ('in Minsk'), else of the place the story gives its courts and
    trials ('a trial in Lisbon': ``country.court_country``), else of none here (``country.fill_countries``
    gives it the story's setting: a court sits where the case is). The heads are the JUD rows of
    country_body_heads.tsv; a court named after a place or its country is ``regional_bodies``' or
    ``country_bodies``', and 'the court' after any court is the coreference's (coref/definites.py)."""
    from .country import court_country, court_places

    heads = {noun for noun, sector in _country_body_heads().items() if sector == "JUD"}
    found = []
    for tok in tokens_with_lemma(doc, heads):
        if tok.tag_ != "NN" or tok.dep_ not in _BODY_ROLES + ("dative",) or not tok.text.islower():
            continue
        det = next((c for c in tok.lefts if c.dep_ == "det"), None)
        if det is None or det.lower_ not in _NEW_BODY_DETERMINERS:
            continue
        kept = [t for t in doc.nlp[det.i + 1:tok.i]]
        if any(not (t.is_lower and t.is_alpha and t.dep_ in ("amod", "compound")) for t in kept):
            continue  # 'a Moscow court', 'a Bosnian court', 'a 2019 court': named by what stands there
        kept = [t for t in kept if not describes(t, w)]  # 'a new court' is a court
        places = court_places(doc, tok, w)
        country = places.pop() if len(places) == 1 else court_country(doc, w)
        kind = " ".join([t.lower_ for t in kept] + [tok.lower_])
        start = kept[0].idx if kept else tok.idx
        found.append(Candidate(start, tok.idx + len(tok.text), "organization",
                               f"body:{country or '?'}:{kind}", kind, country, "JUD", _code(country, "JUD")))
    return found


@lru_cache(maxsize=1)
def _country_body_heads() -> dict[str, str]:
    return {r["noun"]: r["sector"] for r in table("country_body_heads.tsv")}


@lru_cache(maxsize=256)
def _also_a_big_province(word: str, w: ActorWords) -> bool:
    """A country's name that also names a province or state of a million people in another country: 'Georgia'
    (the US state). A body named after it may be either's."""
    country = w.country_of(word)
    return any(e.primary and e.feature == "admin" and e.population >= 1_000_000
               and w.alpha3_of.get(e.country or "") != country for e in gazetteer.load().lookup(word))
