"""The countries a deed is said to be done in, as its target (target role `located`: "bombings in Somalia"), never
the doer's own state acting at home."""
from __future__ import annotations

from spacy.tokens import Token

from ....document import Document
from ...actors.sector import STATE_SECTORS
from ..tree import conjuncts, prep_objects
from ..words import word_class
from .common import _is_country
from .names import country_actor
from .resolve import actor


def located_countries(doc: Document, tok: Token, anchor: Token | None, sources: list[str]) -> list[str]:
    """The countries a deed is said to be done in, as its target (target role `located` of event_nouns.tsv):
    the place objects of a locating preposition (word class `located_in`: "carried out bombings in Somalia",
    "drone strikes across Ukraine", "raids inside the Gulf state") under the noun or the light verb
    that takes it, each as the actor of its country (a country the story names as an actor only). Not the
    doer's own state when the doer is that state or one of its bodies, or a state body of no known country
    ("troops launched an offensive in Darfur" is no attack on Sudan); rebels and foreign states keep it."""
    out: list[str] = []
    for holder in (tok, anchor):
        if holder is None:
            continue
        for prep in sorted(word_class("located_in")):
            for obj in prep_objects(holder, prep):
                for t in conjuncts(obj):
                    found = actor(doc, t)
                    country = found if found and _is_country(doc, found) else country_actor(doc, t)
                    if country and country not in out and country not in sources \
                            and not _state_at_home(doc, country, sources):
                        out.append(country)
    return out


def _state_at_home(doc: Document, country: str, sources: list[str]) -> bool:
    """Whether a doer is the state or one of its own bodies (``actors.sector.STATE_SECTORS``) acting at home:
    an attack a state's forces make at home is no attack on that state."""
    place = doc.actor(country)
    for s in sources:
        doer = doc.actor(s)
        if doer is None:
            continue
        if (doer.kind == "country" or doer.sector in STATE_SECTORS) and doer.country in (None, place.country):
            return True
    return False
