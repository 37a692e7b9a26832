"""A province's, state's or city's name as the body that acts: 'Kerala banned the sale of fireworks', 'Ontario
ordered the schools closed'. Where the name is the subject of a deed only a government does by its authority
over a territory (``governing_deed_verbs.txt``: ban, impose, order, approve ...), the name stands for the
unit's government: an organisation of the unit's country, GOV, named as the text writes the place. Only the
acting mention is taken (the place stays a place elsewhere: 'protests in Kerala').

The name must be, first, a first-level administrative unit in the gazetteer (a province or state, also by
another of its names: 'Bavaria') or a town by its own name, and no country, capital (a capital stands for its state: 'Beijing imposed
tariffs' is China, read elsewhere), known body or place the gazetteer also holds as a capital.
"""
from __future__ import annotations

from functools import lru_cache

from ... import gazetteer
from ...document import Document
from ...lexicon import words
from .mentions import Candidate
from .words import ActorWords, norm


@lru_cache(maxsize=1)
def governing_verbs() -> frozenset[str]:
    return words("governing_deed_verbs.txt")


def acting_places(doc: Document, w: ActorWords) -> list[Candidate]:
    """The candidates of units named as the subject of a governing deed (module docstring)."""
    verbs = governing_verbs()
    lemmas, poses = doc.token_strings("LEMMA", lower=True), doc.token_strings("POS")
    at = [i for i, lemma in enumerate(lemmas) if lemma in verbs and poses[i] == "VERB"]
    if not at:  # cheap test first: no governing verb, nothing to read
        return []
    tokens = doc.tokens()
    found = []
    for i in at:
        verb = tokens[i]
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.pos_ != "PROPN" or not subj.text[:1].isupper():
            continue
        parts = [c for c in subj.children if c.dep_ == "compound"]
        if any(c.dep_ not in ("compound", "punct") for c in subj.children) \
                or any(not (p.pos_ == "PROPN" and p.text[:1].isupper()) for p in parts):
            continue  # 'the province of X', "X's government", 'residents of X': not the bare name
        first = min([subj] + parts, key=lambda t: t.i)
        start, end = first.idx, subj.idx + len(subj.text)
        name = doc.text[start:end]
        country = _unit_country(name, w)
        if country is None:
            continue
        found.append(Candidate(start, end, "organization", "acting_place:" + norm(name), name, country, "GOV"))
    return found


def _unit_country(name: str, w: ActorWords) -> str | None:
    """The alpha-3 code of the country a name's unit lies in, when the name is first a province, state or
    town and nothing that stands for a state or a known body (module docstring); else None."""
    key = norm(name)
    if key in w.country_by_name or key in w.capital_of or key in w.demonym_of or key in w.known:
        return None
    entries = gazetteer.load().lookup(name)
    if not entries or any(e.capital or e.feature == "country" for e in entries):
        return None
    top = entries[0]
    if not (top.feature == "admin" and top.kind == "admin1" or top.primary and top.kind == "city"):
        return None
    return w.alpha3_of.get(top.country or "")
