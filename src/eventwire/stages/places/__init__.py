"""places stage: toponyms in the text, resolved to GeoNames offline (see ``eventwire.gazetteer``).

1. Find (``detect``): spaCy GPE/LOC/FAC entities; capitalised names the gazetteer knows well that spaCy
   tagged otherwise ("Vladivostok" as PERSON); any-size names a cue noun makes places ("the town of
   Sake", "Borno state"); datelines ("CAIRO —", "NEW DELHI:", "SAN DIEGO (AP) -"); literal places
   inside adjectives ("Mogadishu-based"). "City, Country", "Town, Ky." and "Washington, D.C." pair a
   name with the region that narrows it. Nothing inside a person's or an outlet's mention is a place.
2. Place or government (``government``): a country is a place only where the sentence puts it as a
   location; a capital, state or region used as a party is its government, not a place ("Pyongyang
   said", "Beijing hinted", "tension with Ankara", "sanctions against Iran", "Beijing's decision").
3. Rank (``rank``): every candidate reading gets a score from its prominence (population, feature
   kind, capital), the article's other places (their countries, states and distance), cue nouns and
   "X, Y" parents; the best convincing reading wins, one reading per name per article.
"""
from __future__ import annotations

from ... import gazetteer
from ...document import Document
from ...record import Place
from .detect import Toponym, find, link_qualifiers
from .government import decide
from .rank import article_evidence, resolve

__all__ = ["run"]


def run(doc: Document) -> None:
    """Fill ``doc.places`` with the article's toponyms, in text order."""
    if doc.nlp is None:
        return
    gaz = gazetteer.load()
    evidence = article_evidence(doc, gaz)
    found = find(doc, gaz, set(evidence.countries))
    link_qualifiers(found)
    kept = decide(found, doc)
    resolve(kept, evidence)
    kept = [t for t in kept if t.reading is not None or not doc.actor_in(t.span.start_char, t.span.end_char)]
    doc.places = [_place(i, t) for i, t in enumerate(kept, 1)]


def _place(i: int, t: Toponym) -> Place:
    span, e = t.span, t.reading
    if e is None:
        country = t.qualifier.reading.country if t.qualifier and t.qualifier.reading else None
        return Place(id=f"p{i}", text=span.text, start=span.start_char, end=span.end_char, name=span.text,
                     country=country)
    return Place(id=f"p{i}", text=span.text, start=span.start_char, end=span.end_char, name=e.name,
                 geonameid=e.public_id, country=e.country, lat=e.lat, lon=e.lon, feature=e.feature)
