"""A person left a civilian with no title, described by another mention or a shared title ('Journalists X
and Y', 'X and Y, both journalists with the Star')."""
from __future__ import annotations

from spacy.tokens import Span

from ....document import Document
from ....lexicon import words
from ..sector import FORMER_TITLE, NO_SECTOR, set_sector, title_sector
from ..words import ActorWords
from .opposition import _OPPOSITION, _opposition_member, opposition_sector
from .spans import _spans


def descriptions_elsewhere(doc: Document, w: ActorWords) -> None:
    """A person the first mention left a civilian with no title, whom another mention or a shared title
    describes: a later mention's apposition ('Police held Li Wei on Monday. Li, a reporter for the Star, ...'),
    a plural title before names joined by 'and' ('Journalists X and Y', 'Opposition lawmakers X and Y'), or a
    plural apposition after them ('X and Y, both journalists with the Star'). The description is read as a
    title is (``title_sector``: its head, a former office no office now); the opposition named in it gives
    OPP as in a person's own phrase."""
    from ..mentions import Title

    for actor in doc.actors:
        if actor.kind != "person" or actor.role or actor.sector not in (None, "CVL"):
            continue
        for span in _spans(doc, actor, limit=3):
            for phrase in _descriptions(span):
                role, sector = title_sector(w, Title(phrase.text, "", [phrase.text], ""))
                if role is None and sector is None or role in words("titles_any_body.txt") and sector == "GOV":
                    continue  # ('the association's executive director': the body served decides, staff_of_bodies)
                side = next((t for t in phrase if _OPPOSITION.match(t.text) and _opposition_member(t)), None)
                if side is not None:
                    sector = opposition_sector(side) if not FORMER_TITLE.search(phrase.text) else sector
                if sector and sector not in NO_SECTOR and sector != "CVL":
                    set_sector(actor, sector)
                    break
            else:
                continue
            break


def _descriptions(span: Span) -> list[Span]:
    """Descriptions of the person named by ``span`` other than the first mention's own title: its own
    appositions (read here for any mention), and, for a name joined to others by 'and', a plural title before
    the first name or a plural apposition after any of them."""
    doc, root = span.doc, span.root
    found = [doc[c.left_edge.i:c.right_edge.i + 1] for c in root.children if c.dep_ == "appos" and c.i >= span.end]
    first = root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    if first.i == root.i and not any(c.dep_ == "conj" for c in root.children):
        return found
    names = [first, *(t for t in first.subtree if t.dep_ == "conj" and t.pos_ == "PROPN")]
    for name in names:
        for c in name.children:
            if c.dep_ == "appos" and c.tag_ == "NNS" and c.i > name.i:
                found.append(doc[c.left_edge.i:c.right_edge.i + 1])  # 'X and Y, both journalists'
    title = [c for c in first.children if c.dep_ in ("compound", "amod", "nmod") and c.i < first.i
             and c.tag_ == "NNS" and c.pos_ == "NOUN"]
    if first.dep_ == "appos" and first.head.i < first.i and first.head.tag_ == "NNS":
        title.append(first.head)  # (the parse sets the first name beside the plural title)
    if title and first.i != root.i:
        found.append(doc[title[0].left_edge.i:title[0].i + 1])  # 'Journalists X and Y'
    return found
