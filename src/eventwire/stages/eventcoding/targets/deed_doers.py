"""The doer of a judged deed told by an adjective of the body that did it (round 19, evjudged19): "lawmakers
passed a motion decrying the congressional move" judges the legislature the article named just before (the U.S.
House), as "Russia's move" judges Russia. The adjective (deed_doer_adjectives.tsv) names a sector of bodies;
the doer is the actor of that sector mentioned last before the deed word within MAKER_REACH sentences, never the
judging side nor its compatriots (participants.own_side: a country's own parliament is not the foreign one its
lawmakers decry). No such body named: none (no guess). Read by ``context.maker`` before the earlier-act
readings: the adjective says whose deed it is."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ....document import Document
from ....lexicon import table
from ...actors.mentions import working_sector
from .. import participants as who


@lru_cache(maxsize=None)
def _adjectives() -> dict[str, str]:
    return {row["adjective"].lower(): row["sector"] for row in table("deed_doer_adjectives.tsv")}


def adjective_body(doc: Document, obj: Token, judges: set[str], reach: int) -> list[str]:
    """The body of the sector an adjective on the deed word names, mentioned last before it (module doc)."""
    sectors = {_adjectives()[c.lower_] for c in obj.children if c.dep_ == "amod" and c.lower_ in _adjectives()}
    if not sectors:
        return []
    sents = doc.sentences()
    here = doc.sentence_number(obj.i)
    lo = sents[max(0, here - reach)].start_char
    best: tuple[int, str] | None = None
    for found in doc.actors:
        if working_sector(found) not in sectors or who.own_side(doc, found.id, judges, compatriots=True):
            continue
        for m in found.mentions:
            if lo <= m.start < obj.idx and (best is None or m.start > best[0]):
                best = (m.start, found.id)
    return [best[1]] if best else []
