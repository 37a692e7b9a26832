"""Bodies read from the words around them: an organisation's sector from its description or its owner
(``described_bodies``), a civil body's office or department (``units_of_civil_bodies``), trade and employers'
bodies (``trade_bodies``), councils and committees named for a trade, a people or a cause (``civil_councils``),
and 'people' the parser made of a body ('online retailers X and Y', 'X Trading Company': ``bodies_read_as_people``)."""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span

from ....document import Document
from ....lexicon import singular_forms, table, words
from ....record import Actor
from ..sector import STATE_SECTORS, descriptor_sector, listed_descriptor, set_sector
from ..words import ActorWords, norm
from .describing_nouns import _shared_describers, describer_phrase
from .firms import known_companies
from .spans import _spans


def _possessor(doc: Document, span: Span, actor: Actor) -> Actor | None:
    """The organisation or outlet a body belongs to, named as its possessor ("VOA's Swahili Service")."""
    for child in span.root.children:
        if child.dep_ == "poss" and child.i < span.start + 1:
            other = doc.actor(doc.actor_of_token(child))
            if other is not None and other.id != actor.id and other.kind in ("organization", "media"):
                return other
    first = span[0]
    if first.i >= 2 and first.doc[first.i - 1].tag_ == "POS":  # the parse hung "'s" elsewhere
        other = doc.actor(doc.actor_of_token(first.doc[first.i - 2]))
        if other is not None and other.id != actor.id and other.kind in ("organization", "media"):
            return other
    return None


def described_bodies(doc: Document) -> set[str]:
    """Give organisations without a sector the one the story's words about them give. Returns the ids
    of the bodies given one."""
    given: set[str] = set()
    for actor in doc.actors:
        if actor.kind == "person" and actor.role is None:
            _misread_body(doc, actor, given)  # 'online retailers X and Y' read as people
            continue
        if actor.kind != "organization" or actor.sector is not None:
            continue
        sector = None
        spans = _spans(doc, actor)
        for span in spans:
            sector = next((s for s in map(descriptor_sector, map(describer_phrase, _shared_describers(span))) if s), None)
            if sector:
                break
        if sector is None:
            owner = next((o for o in (_possessor(doc, span, actor) for span in spans) if o is not None), None)
            if owner is not None:
                sector = "MED" if owner.kind == "media" else owner.sector
        if sector is None and norm(actor.name) in known_companies():
            sector = "BUS"  # the base writes firms with their legal form
        if sector:
            set_sector(actor, sector)
            given.add(actor.id)
    return given


def units_of_civil_bodies(doc: Document) -> set[str]:
    """'Texas A&M's Aerospace Engineering Department', 'the charity's Office of Programs': a body whose name ends
    on a state office's head word (``office_name_heads.txt``: department, office, bureau ...) took GOV from that
    word alone; named as a unit of a school, firm, outlet, charity or party (its possessor) it is that body's
    unit and takes its sector. A state's or an international body's unit keeps its own. Returns their ids."""
    found: set[str] = set()
    for actor in doc.actors:
        words_ = actor.name.lower().split()
        if actor.kind != "organization" or actor.sector != "GOV" or not words_ or \
                words_[-1] not in words("office_name_heads.txt"):
            continue
        owner = next((o for o in (_possessor(doc, span, actor) for span in _spans(doc, actor)) if o is not None), None)
        sector = "MED" if owner is not None and owner.kind == "media" else owner.sector if owner is not None else None
        if sector is None or sector in STATE_SECTORS or sector == "IGO":
            continue
        set_sector(actor, sector)
        found.add(actor.id)
    return found


def trade_bodies(doc: Document) -> set[str]:
    """'the Kenya Association of Manufacturers', 'the Exporters Council', 'the Federation of Employers': a body
    whose members join it (``membership_body_heads.txt``) named with the plural of a trade's people is
    that trade's group, a business body (BUS), over the sector its head word alone gives. Returns their ids."""
    found: set[str] = set()
    for actor in doc.actors:
        if actor.kind != "organization" or actor.sector not in (None, "CVL", "GOV"):
            continue
        low = [w.strip(".,'’").lower() for w in actor.name.split()]
        if not any(w in words("membership_body_heads.txt") for w in low):
            continue
        if any(w.endswith("s") and w != form and form in words("trade_people.txt")
               for w in low for form in singular_forms(w)):
            set_sector(actor, "BUS")
            found.add(actor.id)
    return found


def civil_councils(doc: Document) -> set[str]:
    """'the Refugee Council', 'the Committee for Freedom in Hong Kong', 'the Distilled Spirits Council': a
    council or committee (``civil_body_heads.txt``, its name's head before an 'of/for ...' tail) is a state's
    when nothing else is said (the gold's councils and committees are almost all states'), but one whose name
    holds the people it is made of or serves, the cause it is for (CVL) or the trade its members are in (BUS;
    ``body_name_cues.tsv``) is that people's, cause's or trade's body. A word of a state, a town, a
    legislature or an intergovernmental body in the name (``state_name_words.txt``, ``legislature_words.txt``:
    'National Refugee Council', 'City Council', 'International Grains Council') keeps the state's reading, but
    for the members' plural after 'Council of' ('National Council of Churches'). Read for bodies with no
    sector or GOV; returns their ids."""
    found: set[str] = set()
    cues = _council_cues()
    state = words("state_name_words.txt") | words("legislature_words.txt")
    for actor in doc.actors:
        if actor.kind != "organization" or actor.sector not in (None, "GOV"):
            continue
        low = [x.strip(".,'’()").lower() for x in actor.name.split()]
        low = [x[:-2] if x.endswith(("'s", "’s")) else x for x in low]
        head = next((i for i, x in enumerate(low) if x in words("body_name_prepositions.txt")), len(low))
        if head < 1 or low[head - 1] not in words("civil_body_heads.txt"):
            continue
        members = [cues[x] for x in low[head + 1:head + 3] if x in cues and x.endswith("s")] \
            if head < len(low) and low[head] == "of" else []
        found_cues = [cues[x] for x in low if x in cues]
        if not found_cues or any(x in state for x in low) and not members:
            continue
        set_sector(actor, (members or found_cues)[0])
        found.add(actor.id)
    return found


@lru_cache(maxsize=1)
def _council_cues() -> dict[str, str]:
    return {r["word"]: r["sector"] for r in table("body_name_cues.tsv")}


def _misread_body(doc: Document, actor: Actor, given: set[str]) -> None:
    """A 'person' the story describes with a noun for a body ('engineering giant X', 'X, a consultancy',
    'online retailers X and Y') is a body the parser took for a person: it becomes an organisation with
    the description's sector. Only the nouns of ``body_descriptors.tsv`` count here, not role words. A person
    with a sector keeps it unless it is CVL or the description's own (a group noun of the same trade may have
    given it first: 'retailers' is also a group of firms)."""
    for span in _spans(doc, actor):
        for tok in _shared_describers(span):
            phrase = describer_phrase(tok)
            sector = descriptor_sector(phrase)
            if sector and actor.sector not in (None, "CVL", sector):
                continue
            if sector and listed_descriptor(phrase):
                actor.kind = "organization"
                set_sector(actor, descriptor_sector(phrase))
                given.add(actor.id)
                return


_BODY_HEADS = frozenset({"company", "corporation", "corp", "inc", "ltd", "holdings", "group", "institute", "university",
                         "association", "foundation", "agency", "ministry", "council", "bank", "society", "fund",
                         "commission", "committee", "authority", "organization", "organisation"})


_HEAD_OF = re.compile(r"(?:[Tt]he\s+)?(?:[\w-]+\s+)?(\w+)\s+of\s")  # 'the (deputy) head of ...': a title's noun, then 'of'


def bodies_read_as_people(doc: Document, w: ActorWords) -> set[str]:
    """'president of Wan Hai Trading Company', 'analyst of X Risk Group': a 'person' whose name ends in a
    word only a body's name ends in is that body; its sector is what the words of its name say. The title
    read with it belongs to the person who holds it. Returns the ids of the bodies so repaired."""
    repaired: set[str] = set()
    for actor in doc.actors:
        words_ = actor.name.split()
        if actor.kind != "person" or actor.role and actor.name.lower().startswith(actor.role + " "):
            continue  # 'head of the World Health Organization': the holder a body's name describes
        head_of = _HEAD_OF.match(actor.name)
        if head_of and head_of.group(1).lower() in words("title_of_body_nouns.txt"):
            continue  # 'the head of the U.N. refugee agency' (coref.title_only): the holder too
        if not actor.role and norm(actor.name) in known_companies():  # 'SpaceX said ...' read as a person
            kind, sector = "organization", "BUS"
        elif len(words_) >= 2 and words_[-1].lower().strip(".,") in _BODY_HEADS:
            kind, sector = w.org_kind(actor.name)
        else:
            continue
        actor.kind, actor.role = kind, None
        set_sector(actor, sector)
        repaired.add(actor.id)
    return repaired
