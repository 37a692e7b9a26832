"""Political parties: a party is a national body, and one placed by the story is looked up in the
knowledge base under the names that add its country."""
from __future__ import annotations

import re

from ....document import Document
from ....ingest.dates import published_day
from ....record import Actor
from ..knowledge import knowledge
from ..words import ActorWords


def is_party(actor: Actor) -> bool:
    """Whether an actor is a political party: its code says so (PTY, from 'party' in its name or the
    agent dictionary) or its name ends on 'Party'. A party is a national body: one named without a
    country in a story set in one country is that country's ('the Communist Party' in a story set in
    China, 'the National Congress Party' in one set in Sudan)."""
    return actor.kind == "organization" and ("PTY" in (actor.code or "") or actor.name.split()[-1] == "Party")


def parties_known_by_country(doc: Document, w: ActorWords) -> None:
    """A party the text names without its country ('the Communist Party'), once placed, is looked up in
    the knowledge base under the names that add the country: 'Communist Party of China', 'Chinese
    Communist Party'. What the base knows (its role that day) gives the party's sector."""
    day = published_day(doc.article.published)
    for actor in doc.actors:
        if not is_party(actor) or actor.country is None or actor.sector not in (None, "PTY"):
            continue
        country = w.countries.get(actor.country)
        if country is None:
            continue
        bare = re.sub(r"^(?:the\s+)", "", actor.name, flags=re.I)
        demonyms = [d for d, code in w.demonym_of.items() if code == actor.country and not d.endswith("s")]
        names = [f"{bare} of {country.name}"] + [f"{d} {bare}" for d in demonyms]
        facts = next((f for f in (knowledge().facts(n, day) for n in names) if f is not None and f.sector), None)
        if facts is not None and facts.country in (None, actor.country):
            actor.sector = facts.sector
            actor.code = facts.code or f"{actor.country}{facts.sector}"
