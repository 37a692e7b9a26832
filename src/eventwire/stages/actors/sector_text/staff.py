"""People who speak for, advise or write for a body take its sector: 'X spokesman Y', 'senior adviser to the
X Museum' (``staff_of_bodies``), 'Jane Doe of the Transport Agency' (``staff_of_state_bodies``), 'a staff
writer at The Y Post' (``writers_of_outlets``)."""
from __future__ import annotations

import re

from ....document import Document
from ....lexicon import words
from ....record import Actor
from ..country import body_spoken_for, research_body
from ..sector import FORMER_TITLE, descriptor_sector, listed_descriptor, sector_group, set_sector
from ..words import FORMER_WORDS
from .spans import _spans


def staff_of_bodies(doc: Document, bodies: set[str]) -> None:
    """People with a title any body can give (spokesman, chief, president, adviser) or none, who speak for
    a body whose sector ``described_bodies`` found ('X spokesman Y', 'Y, founder of the X
    consultancy'), or who advise or serve a civil or business body named after 'to' ('senior adviser to
    the X Museum'), take that body's sector instead of the civilian or government default; a title held
    no more ('former director of X') keeps the civilian reading."""
    titles = words("titles_any_body.txt")
    for actor in doc.actors:
        if actor.kind != "person" or actor.sector not in (None, "CVL", "GOV", "BUS") or actor.role and actor.role not in titles:
            continue
        if actor.sector == "BUS" and not actor.role:
            continue  # in business by other words ('businessman X')
        if actor.sector == "GOV" and not actor.role:
            continue  # a government office told by other words ('Minister X' read from a lexicon)
        body = body_spoken_for(doc, actor)
        sector = _served_sector(body, bodies, titled=bool(actor.role)) if body is not None else None
        if sector is None and body is not None and actor.sector == "BUS" and body.sector in _NOT_FIRMS:
            sector = body.sector  # 'the CEO of the Red Cross' CVL, 'the chief executive of the Global Fund' IGO
        if sector is None:
            body = _body_served_to(doc, actor)
            sector = body.sector if body is not None else None
        if body is None or sector is None or sector == "IGO" and actor.sector != "BUS" or \
                actor.sector == "GOV" and sector == "GOV":
            continue
        first = actor.mentions[0]
        lo, hi = min(first.start, body.mentions[0].start), max(first.end, body.mentions[0].end)
        between = doc.text[max(0, lo - 40):hi]
        if re.search(rf"\b{FORMER_WORDS}", between, re.I) or FORMER_TITLE.search(
                doc.text[max(0, first.start - 40):first.start]):
            continue
        set_sector(actor, sector)


# the sectors of bodies that are no firm and no state's office, whose head a business title names ('chief
# executive', 'CEO', 'managing director': a title any body can give whose default is BUS): a charity, a
# non-governmental or international body, an outlet. A state's body keeps the title's reading: its firms
# ('the chief executive of the state oil company') are read as GOV by some sources.
_NOT_FIRMS = ("CVL", "IGO", "MED")


def _served_sector(body: Actor, bodies: set[str], titled: bool = False) -> str | None:
    """The sector of a body a person serves, when it is known: told by the story or the knowledge
    (``bodies``), else when the last word of the body's own name says what it is ('the X Foundation',
    'the Y Museum' CVL; ``body_descriptors.tsv``). For a person with a title any body can give
    (``titled``: the body is the one the title is held in) the name's head word is read before a
    'for/of/on ...' tail ('chief financial officer of the Z Foundation for the Arts' CVL); a person with
    no title may have met the body only in a relative clause ('X, who sued the ministry of health')."""
    if body.id in bodies:
        return body.sector
    # 'the X Foundation for the Visual Arts' is a foundation
    head = _NAME_TAIL.sub("", body.name) if titled else body.name
    if body.kind == "organization" and listed_descriptor(head):
        return body.sector or descriptor_sector(head, lexicons=False)
    return None


_NAME_TAIL = re.compile(r"\s(?:for|of|on)\s.*$")  # the part of a body's name after its head word


def _body_served_to(doc: Document, actor: Actor) -> Actor | None:
    """The organisation named after 'to' in a person's apposition: 'X, senior adviser to the Y Museum'."""
    for span in _spans(doc, actor, limit=2):
        for appos in (c for c in span.root.children if c.dep_ == "appos" and c.i >= span.end):
            for prep in (c for c in appos.children if c.dep_ == "prep" and c.lower_ == "to"):
                for tok in prep.subtree:
                    other = doc.actor(doc.actor_of_token(tok))
                    if other is not None and other.id != actor.id and other.kind in ("organization", "media"):
                        return other
    return None


def writers_of_outlets(doc: Document) -> None:
    """'X, a staff writer at The Y Post', 'Z, a writer for W', 'a Reuters photographer': a writer or photographer
    (outlet_trades.txt) is a civilian (books, art) unless
    the person's own phrase names the outlet written for; then a journalist (MED)."""
    for actor in doc.actors:
        if actor.kind != "person" or actor.role not in words("outlet_trades.txt") or actor.sector not in (None, "CVL"):
            continue
        body = body_spoken_for(doc, actor)
        if body is not None and body.kind == "media":
            set_sector(actor, "MED")


def staff_of_state_bodies(doc: Document) -> None:
    """A person named with no title and no other word of what they do, beside a state's body in their own
    phrase ('Jane Doe of the Forest Agency said', 'Jan Berg, of the Transport Administration,', 'Maria Ruiz
    for the Food Safety Authority says'), speaks for it: that body's sector (``sector_groups.tsv``
    state_staff: a ministry or agency GOV, a legislature LEG, a court JUD, an army MIL, the police), not the
    civilian default. A body whose name says it studies or teaches ('X Research Council', 'Y Institute':
    ``research_body_words.txt``) is not read so (its people are researchers, CVL, as the gold codes an
    archaeologist of a state research council), nor a firm or a charity (``staff_of_bodies``), nor one
    served once ('a former official of X')."""
    staff_sectors = sector_group("state_staff")
    # the bodies a person's own phrase may name, by where their mentions start (pre-test: none, nothing read)
    bodies = {m.start: a for a in doc.actors if a.kind == "organization" and a.sector in staff_sectors
              and not research_body(a.name) for m in a.mentions}
    if not bodies:
        return
    for actor in doc.actors:
        if actor.kind != "person" or actor.role or actor.sector not in (None, "CVL") or not actor.mentions:
            continue
        body = None
        for m in actor.mentions[:3]:
            phrase = _OWN_PHRASE.match(doc.text, m.end)
            ends = (phrase.end(), phrase.end(1)) if phrase is not None else ()
            body = next((bodies[e] for e in ends if e in bodies), None)
            if body is not None:
                break
        if body is None:
            continue  # no body in the person's own phrase ('X, who sued the ministry, said': not hers)
        first = actor.mentions[0]
        lo, hi = min(first.start, body.mentions[0].start), max(first.end, body.mentions[0].end)
        if re.search(rf"\b{FORMER_WORDS}", doc.text[max(0, lo - 40):hi], re.I):
            continue  # 'a former official of the ministry': no office now
        set_sector(actor, body.sector)


# between a name and its body's name: 'of the', 'from Jordan's', 'for the'
_OWN_PHRASE = re.compile(r"(,?\s+(?:of|from|at|with|for)\s+)(?:the\s+|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*['’]s\s+)?")

