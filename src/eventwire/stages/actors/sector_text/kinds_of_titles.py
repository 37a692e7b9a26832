"""A kind word before a title's head ('gang leader', 'shadow home secretary', 'club president';
``title_kinds.tsv``) and a rank outside an armed service ('England captain X' CVL)."""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span, Token

from ....document import Document
from ....lexicon import table, words
from ..sector import FORMER_TITLE, NO_SECTOR, _names_followers, head_sector, set_sector
from ..words import Anchor, alternation, title_kinds
from .opposition import _own_phrase
from .spans import _spans


@lru_cache(maxsize=1)
def _title_kind_anchor() -> Anchor:
    return Anchor(alternation(list(title_kinds())), title_kinds())


@lru_cache(maxsize=1)
def _plural_owner_re() -> re.Pattern[str]:
    """A plural owning a title's head ('farmers' leader', "fishermen's chairman"): the text's pre-test. (The
    word is taken whole, then its end tested behind the apostrophe: what '\\w+(?:s['’]|(?:men|people)['’]s)'
    matches, without giving the word back a letter at a time at every word of the text.)"""
    heads = alternation(sorted(words('title_kind_heads.txt')), ignore_case=True)
    return re.compile(rf"(?i)\b\w++(?:(?<=\ws)['’]|(?:(?<=\wmen)|(?<=\wpeople))['’]s)\s+(?:{heads})\b")


# the possessive every match of ``_plural_owner_re`` holds, read from its apostrophe: a scan that runs from one
# apostrophe of the text to the next (in C), where the pattern above is tried at every word; a text without one
# is not scanned by the pattern
_PLURAL_POSSESSIVE = re.compile(r"(?i)['’](?:(?<=\ws['’])|(?<=\wmen['’])s|(?<=\wpeople['’])s)")


def _plural_owners(text: str) -> list[int]:
    """Where ``_plural_owner_re`` matches in ``text``."""
    if _PLURAL_POSSESSIVE.search(text) is None:
        return []
    return [m.start() for m in _plural_owner_re().finditer(text)]


_MODIFIER_DEPS = ("compound", "amod", "nmod")
_NEAR_BEFORE, _NEAR_AFTER = 160, 240  # characters around a name within which its own phrase lies


def _kind_of_title(tokens: list[Token]) -> tuple[Token, str] | None:
    """(word, sector) of a kind word that modifies the head of a person's title among ``tokens``: 'gang'
    in 'gang leader', 'shadow' in 'Labour's shadow home secretary' (climbing other modifiers to the
    head), 'club' in 'club president'. The head must be a title word (``title_kind_heads.txt``)."""
    heads = words("title_kind_heads.txt")
    blockers = words("title_kind_blockers.txt")
    for tok in tokens:
        owners = _owners_sector(tok, heads)
        if owners is not None:
            return tok, owners  # 'the farmers' leader' CVL, 'the rebels' commander' REB
        sector = title_kinds().get(tok.lower_)
        if sector is None or _against(tok):
            continue  # ('anti-drug chief', 'counter-gang unit': what the person fights)
        if tok.dep_ == "pobj" and tok.text.islower() and tok.head.lower_ in _SERVED_PREPS \
                and tok.head.head.lower_ in heads and tok.head.head.i < tok.i \
                and not (sector == "CVL" and tok.head.head.lower_ in _OFFICES):  # ('minister of sports')
            if any(c.lower_ in _body_modifiers() for c in tok.children if c.dep_ in _MODIFIER_DEPS):
                continue  # 'the leader of the government team': the word before the body says whose it is
            return tok, sector  # 'the leader of the gang', 'director of the film', 'leader of his legal team'
        if tok.dep_ not in _MODIFIER_DEPS or tok.pos_ == "PROPN" and tok.lower_ != "shadow" and not _opens_title(tok, heads):
            continue  # ('Paris Club chairman': a body's own name; 'Shadow Home Secretary' is still a title)
        head, path = tok.head, []
        while head.lower_ not in heads and head.dep_ in _MODIFIER_DEPS and head.head.i > head.i:
            path.append(head)
            head = head.head  # 'shadow home secretary', 'drug cartel boss'
        if head.lower_ not in heads or head.i < tok.i:
            continue
        if sector == "CVL" and head.lower_ in _OFFICES:
            continue  # 'sports minister', 'film secretary': a government's office for that field
        beside = [c for c in head.children if c.dep_ in _MODIFIER_DEPS and c.i < head.i]
        if any(t.lower_ in blockers for t in path + beside):
            continue  # 'drug squad chief', 'anti-gang police commander': a state unit's officer
        return tok, sector
    return None


def _opens_title(tok: Token, heads: frozenset[str]) -> bool:
    """A kind word that opens its sentence right before a title's head ('Clan leader X said ...', 'Gang leader Y
    was arrested'): capitalised for the sentence, which the tagger takes for a name; not a word of a body's
    name before the head ('Youth Affairs Minister X': the head is not the next word)."""
    return tok.is_sent_start and tok.head.i == tok.i + 1 and tok.head.lower_ in heads


def _owners_sector(tok: Token, heads: frozenset[str]) -> str | None:
    """The sector of people named by a plural that owns a title's head ('the farmers' leader', "the fishermen's
    chairman", 'the rebels' commander'): a civil people (a trade or a faith: ``sector._names_followers``) CVL,
    else the sector the head-noun lexicons give the plural (REB, CRM, LEG, ...); None for a singular owner ('the
    country's leader', 'the party's chairman') or a plural of no known sector."""
    if tok.dep_ != "poss" or tok.head.lower_ not in heads or tok.head.i <= tok.i or tok.i + 1 >= len(tok.doc):
        return None
    marker = tok.doc[tok.i + 1].text
    plural = marker in ("'", "’") or marker.lower() in ("'s", "’s") and tok.lower_.endswith(("men", "people"))
    if not plural:
        return None
    if _names_followers(tok.text):
        return "CVL"
    sector, known = head_sector(tok.lower_)
    return sector if known and sector and sector not in NO_SECTOR else None


def _against(tok: Token) -> bool:
    """'anti-drug', 'counter-gang', 'antidrug': the word names what is fought (``opposing_prefixes.txt``,
    the list groups.name_sector reads too)."""
    doc = tok.doc
    prefixes = words("opposing_prefixes.txt")
    if tok.lower_.startswith(tuple(prefixes)):
        return True
    return tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ in prefixes


_SERVED_PREPS = frozenset({"of", "for", "at"})
_OFFICES = frozenset({"minister", "secretary", "chancellor", "commissioner"})


@lru_cache(maxsize=1)
def _body_modifiers() -> frozenset[str]:
    return frozenset(r["word"] for r in table("group_modifiers.tsv"))


def _title_tokens(span: Span) -> list[Token]:
    """The person's own phrase (``_own_phrase``) and, when the name is set in apposition to a title
    before it ('cartel boss X', 'the ship's captain, X'), that title's words."""
    found = _own_phrase(span)
    root = span.root
    if root.dep_ == "appos" and root.head.i < span.start:
        found.extend(t for t in root.head.subtree if t.i < span.start)
    return found


def titles_of_kinds(doc: Document) -> None:
    """'gang leader X', 'cartel boss Y', 'Z, the shadow foreign secretary', 'club president W': a word
    before the head of the person's own title says what the person leads or serves (a criminal group REB,
    the opposition's shadow cabinet LEG, whose members sit in parliament, a sports team CVL;
    ``title_kinds.tsv``), over the sector the head word alone gives (a leader GOV, a boss BUS, a secretary GOV). A title held no more ('former gang
    leader') is no office now (CVL). Unnamed people ('the gang leader') are read from
    their own words."""
    assert doc.nlp is not None
    found_at = [start for start, _ in _title_kind_anchor().spans(doc.text)] + _plural_owners(doc.text)
    if not found_at:
        return  # (one scan of the text; a tree is walked only in a sentence that has such a word)
    for actor in doc.actors:
        if actor.kind != "person" or not any(m.start - _NEAR_BEFORE <= i < m.end + _NEAR_AFTER
                                             for m in actor.mentions[:3] for i in found_at):
            continue  # no such word near the name: its own phrase has none
        for span in _spans(doc, actor, limit=3):
            tokens = _title_tokens(span) + (list(span) if actor.name[:1].islower() else [])
            found = _kind_of_title(tokens)
            if found is None:
                continue
            tok, sector = found
            if FORMER_TITLE.search(doc.text[max(0, tok.idx - 30):tok.idx]):
                sector = "CVL"  # 'a former gang leader', 'a former shadow minister': no such office now
            set_sector(actor, sector)
            break


def ranks_outside_service(doc: Document) -> None:
    """'England captain X', 'Swedish captain Y', 'the ship's captain, Z': a rank that names an armed
    service's officer only beside the service's name (``service_ranks.txt``), written in lower case with
    no armed body's word (``armed_body_words.txt``) in the person's own phrase, names the captain of a
    team or a ship: a civilian, not MIL. 'Army captain X', 'a captain in the navy' and the honorific
    'Captain X' stay MIL."""
    ranks, armed = words("service_ranks.txt"), words("armed_body_words.txt")
    for actor in doc.actors:
        if actor.kind != "person" or actor.sector != "MIL":
            continue
        spans = _spans(doc, actor, limit=3)
        own = [t for span in spans for t in _title_tokens(span)]
        said = [t for t in own if t.lower_ in ranks]
        if not said or any(t.text != t.lower_ for t in said):
            continue  # no rank, or the honorific 'Captain X'
        if any(t.lower_ in armed or t.lower_ not in ranks and head_sector(t.lower_)[0] in ("MIL", "COP", "REB")
               for t in own if t.pos_ in ("NOUN", "PROPN", "ADJ")):
            continue  # 'army captain', 'a captain in the navy', 'a retired general and captain'
        set_sector(actor, "CVL")
