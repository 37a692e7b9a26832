"""The opposition named in a person's own phrase ('opposition politician X', 'X, an opposition lawmaker', 'the
opposition party of X') or a politician's clause against the government: OPP, or LEG for a member of a
legislature; the person's own phrase (``_own_phrase``) other readers share."""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span, Token

from ....document import Document
from ....lexicon import singular_forms, table, words
from ..country import before_name
from ..sector import FORMER_TITLE, head_sector, is_legislator, leader_roles, set_sector
from ..words import LEAD_VERBS
from .clauses import present_tense
from .spans import _spans


_OPPOSITION = re.compile(r"^opposition$", re.I)
_PARTY_NOUNS = words("party_nouns.txt") | {"parties"}  # (the party nouns, as the text's own words: the plural too)
_CLAUSE_DEPS = ("relcl", "acl", "advcl", "ccomp")


def _own_phrase(span: Span) -> list[Token]:
    """The words that say what a named person is, read from the name's own phrase: the title and
    modifiers before it, its appositions (without their relative clauses and 'for/to/with/against ...'
    briefs: 'X, who met opposition leaders', 'X, envoy to the opposition'), and the noun the name
    belongs to as its owner or 'of' object when that noun is a party ('the opposition party of X')."""
    root = span.root
    found = [t for t in before_name(span)]
    for appos in (c for c in root.children if c.dep_ == "appos" and c.i >= span.end):
        skip = {t.i for c in appos.subtree if c.dep_ in _CLAUSE_DEPS or c.dep_ == "prep" and c.lower_ in _BRIEF
                and not _for_party(c) for t in c.subtree}
        found.extend(t for t in appos.subtree if t.i not in skip)
    owner = root.head if root.dep_ == "poss" else root.head.head if root.dep_ == "pobj" and root.head.lower_ == "of" \
        else None
    if owner is not None and owner.lower_ in _PARTY_NOUNS:
        found.extend(t for t in owner.lefts)
    return found


def _title_set_beside(span: Span) -> list[Token]:
    """The words of a title the name is set beside, before it ('Opposition lawmakers X and Y', 'the
    opposition leader, X')."""
    root = span.root
    while root.dep_ == "conj" and root.head.i < root.i:  # 'Opposition lawmakers X and Y': Y hangs on X
        root = root.head
    if root.dep_ == "appos" and root.head.i < root.i:
        return [t for t in root.head.subtree if t.i < root.left_edge.i or t.i < root.i and t.dep_ != "compound"
                and t.head.i != root.i]
    return []


def _led_now(span: Span) -> list[Token]:
    """The words of what a person's own 'who' clause says they lead now: 'X, who leads the opposition Unity
    Party', 'X, who heads the main opposition coalition' (present tense; 'who led ...' tells of the past)."""
    return [t for c in span.root.children if c.dep_ == "relcl" and c.lemma_.lower() in LEAD_VERBS and present_tense(c)
            for o in c.children if o.dep_ == "dobj" for t in o.subtree]


def _for_party(prep: Token) -> bool:
    """'a lawmaker for the opposition party', 'an MP for the opposition Democratic Alliance': a 'for' whose
    object is a party names the side the person sits for, not a brief ('envoy for the opposition')."""
    return prep.lower_ == "for" and any(o.dep_ == "pobj" and o.lower_ in _PARTY_NOUNS for o in prep.children)


_MEMBER_NOUNS = frozenset({"politician", "figure", "member", "candidate", "activist", "supporter", "lawmaker", "mp",
                           "legislator", "senator", "deputy", "leader", "chief", "head", "spokesman", "spokeswoman",
                           "spokesperson", "chairman", "chairperson", "chair", "president", "secretary", "official"})


def _opposition_member(tok: Token) -> bool:
    """'opposition' names the side the person is on: it modifies the person's own noun or party
    ('opposition lawmaker', 'the opposition's candidate', 'the opposition party of X'), or follows 'of'
    after such a noun ('leader of the opposition'); not 'a critic of the opposition', nor 'a critic of the
    opposition X Party' (``opponent_nouns.txt``)."""
    return _opposition_head(tok) is not None


def _opposition_head(tok: Token) -> Token | None:
    """The person's or party's noun that 'opposition' modifies (``_opposition_member``), or None."""
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "of":
        head = head.head
    elif tok.dep_ not in ("compound", "amod", "nmod", "poss"):
        return None
    while head.dep_ == "compound" and head.head.i > head.i:  # 'opposition-MP-turned-presidential candidate'
        if head.lower_ in _MEMBER_NOUNS:
            break
        head = head.head
    member = any(f in _MEMBER_NOUNS | _PARTY_NOUNS for f in singular_forms(head.lower_)) or head.text.upper() in ("MP", "MPS")
    if member and head.dep_ == "pobj" and head.head.head.lemma_.lower() in words("opponent_nouns.txt"):
        return None  # what a critic or rival stands against: 'a critic of the opposition X Party' is not of it
    return head if member else None


def opposition_sector(tok: Token) -> str:
    """The sector an opposition word gives the person it describes: a member of a legislature is LEG on
    whichever side of it he sits ('an opposition lawmaker', 'opposition MPs'; the maintainers' gold codes
    them so), any other opposition figure, leader, candidate or party OPP."""
    head = _opposition_head(tok)
    return "LEG" if head is not None and is_legislator(head.lower_) else "OPP"


_BRIEF = frozenset({"for", "to", "on", "about", "against", "with", "toward", "towards", "over", "by"})


def opposition_named(doc: Document) -> bool:
    """Whether the word 'opposition' stands anywhere in the text, whatever its case: a word ``_OPPOSITION``
    matches is there only if it is."""
    return "opposition" in doc.text.lower()


def opposition_people(doc: Document) -> None:
    """'South African opposition politician X', 'X, a singer-turned-opposition-MP', 'X, an opposition
    lawmaker', 'the opposition party of the imprisoned ex-premier X': a person whose own phrase names
    the opposition is OPP (the gold's sector for opposition politicians), or LEG when the phrase makes the
    person a member of a legislature (``opposition_sector``: the maintainers' gold codes an opposition
    lawmaker LEG). A present office told by a title before the name keeps its sector ('Prime Minister X, a former
    opposition leader'), and so does an opposition held no more ('former opposition leader X')."""
    named = opposition_named(doc)  # (a story without the word has no phrase naming the opposition)
    for actor in doc.actors:
        if actor.kind != "person" or actor.sector not in ((None, "CVL", "LEG", "GOV") if named else (None, "CVL")):
            continue  # (without the word, only a politician against the government is read)
        for span in _spans(doc, actor, limit=3):
            words_ = _own_phrase(span) + _led_now(span) + _title_set_beside(span) if named else ()
            hit = next((t for t in words_ if _OPPOSITION.match(t.text) and _opposition_member(t)), None)
            if hit is None and actor.sector in (None, "CVL") and _politician_against_government(span):
                set_sector(actor, "OPP")
                break
            if hit is None:
                continue
            if FORMER_TITLE.search(doc.text[max(0, hit.idx - 30):hit.idx]):
                continue  # 'former opposition leader X'
            if actor.sector == "GOV" and not FORMER_TITLE.search(doc.text[max(0, span.start_char - 60):span.start_char]):
                continue  # a government office now, named before the name
            set_sector(actor, opposition_sector(hit))
            break


@lru_cache(maxsize=1)
def _party_people() -> frozenset[str]:
    """Nouns for a party's people (PETRARCH2's agents coded PTY: 'politician', 'party member')."""
    return frozenset(r["phrase"].split()[-1] for r in table("agent_sectors.tsv") if r["code"].startswith("PTY")
                     and r["phrase"].split()[-1] not in ("party", "parties", "alliance", "leader", "president"))


@lru_cache(maxsize=1)
def _disapproving_verbs() -> frozenset[str]:
    """Verbs of criticising (the event lexicon's CAMEO 111 rows that need no object of their own:
    criticize, condemn, denounce, slam ...)."""
    return frozenset(r["lemma"] for r in table("event_verbs.tsv") if r["cameo"] == "111" and not r["requires"]
                     and r["type"] == "ACCUSE")


def _politician_against_government(span: Span) -> bool:
    """'X, a politician who has criticized the president', 'X, a veteran-turned-politician who denounced the
    government': a party's person whose own apposition says they criticise the head of state or
    government, or the government itself, is in the opposition; a title of theirs is read by
    ``title_sector`` (a lawmaker stays LEG, a minister GOV: only a person left a civilian is read here)."""
    for appos in (c for c in span.root.children if c.dep_ == "appos" and c.i >= span.end):
        nouns = [appos, *(c for c in appos.children if c.dep_ == "appos")]  # 'a veteran-turned-politician'
        if not any(n.lower_ in _party_people() or n.lemma_.lower() in _party_people() for n in nouns):
            continue
        for verb in (c for n in nouns for c in n.children
                     if c.dep_ == "relcl" and c.lemma_.lower() in _disapproving_verbs()):
            for obj in (c for c in verb.children if c.dep_ == "dobj"):
                if obj.lower_ in leader_roles() or obj.pos_ == "NOUN" and head_sector(obj.lower_)[0] == "GOV":
                    return True
    return False
