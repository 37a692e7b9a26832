"""What a person's role word means beside the body the title names, where the role word alone says otherwise.

- ``ranks_of_armed_groups``: a military rank or role ('commander', 'general', 'colonel', 'soldier'; the MIL rows
  of ``roles.tsv`` and ``service_ranks.txt``) held in an armed group that is not a state's ('a Houthi
  commander', 'Hamas commander X', 'a general of the Rapid Support Forces') is the group's, REB (or CRM for a
  criminal one), not the army's MIL. The group must be the rank's own modifier or the object of its own
  'of/in/with/from' phrase: a group named further off in the description ('an army commander fighting the
  rebels', 'the general in charge of the fight against X') is the one fought, not the one served. A rank held
  no more ('a former rebel commander') is left to the readings of former offices.

- ``staff_of_parties``: a person who holds a title any body can give ('spokesman', 'secretary-general',
  'chairman', 'information director', 'official'; ``titles_any_body.txt``) in a political party the list of
  parties knows (``parties.tsv``) or the text names as a party ('the X Party') takes the party's standing on
  the article's day (the ruling party GOV, an opposition party OPP: a party's officers speak for it), and the
  party's country when the person has none ('ANC spokesman X',
  'X, secretary-general of the African National Congress', 'a spokesperson for the opposition Y party'). A
  title held no more is left alone; a lawmaker, a soldier or a judge keeps the chamber's, the army's or the
  court's sector; the head of a party (president, leader, head) named GOV by other words keeps it.

- ``standing_of_described_bodies``: a body whose name gave it no sector, a civilian one or a party's of no known
  standing ('the X Movement',
  'the Y Front') but which the story calls 'opposition' or 'ruling' right before its name or in the description
  set beside it ('Kenya's opposition X Movement', 'the ruling Y', 'Z, the main opposition party') is OPP or GOV
  (``party_standing_words.tsv``); its staff then follow it (``staff_of_parties``).

Run after ``sector_text.sectors_from_text`` (which reads titles any body can give, and ranks outside service)
and before ``sector.settle_sectors``.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span, Token

from ...document import Document
from ...ingest.dates import published_day
from ...lexicon import table, words
from .country import before_name, body_spoken_for
from .organisations import party_facts
from .sector import set_sector, vocabulary
from .words import FORMER_TOKENS

__all__ = ["ranks_of_armed_groups", "standing_of_described_bodies", "staff_of_parties"]

_NON_STATE_ARMED = ("REB", "CRM")
_MODIFIER_DEPS = ("compound", "amod", "nmod", "poss", "flat", "case")
_SERVED_PREPS = frozenset({"of", "in", "with", "from"})


@lru_cache(maxsize=1)
def _military_roles() -> frozenset[str]:
    """One-word military ranks and roles: the MIL rows of ``roles.tsv`` and the ranks of ``service_ranks.txt``."""
    rows = {r["role"] for r in table("roles.tsv") if r["sector"] == "MIL" and " " not in r["role"]}
    return frozenset(rows | set(words("service_ranks.txt")))


def _own_words(span: Span) -> list[Token]:
    """The person's own title words: the title before the name, an apposition after it, and the title the
    name is set in apposition to ('a Houthi commander, X')."""
    root = span.root
    found = list(before_name(span))
    found.extend(t for c in root.children if c.dep_ == "appos" and c.i >= span.end for t in c.subtree)
    if root.dep_ == "appos" and root.head.i < span.start:
        found.extend(t for t in root.head.subtree if t.i < span.start)
    return found


def _held_no_more(words_: list[Token]) -> bool:
    """Whether a person's own title words say the title is held no more ('former', 'ex-commander')."""
    return any(t.lower_ in FORMER_TOKENS or t.lower_.startswith("ex-") for t in words_)


def _served_by_rank(tok: Token, rank: Token) -> bool:
    """``tok`` is the rank's own modifier ('Houthi commander'), or the object (or the object's modifier) of
    a preposition hanging on the rank ('commander of the Rapid Support Forces')."""
    while tok.dep_ in _MODIFIER_DEPS and tok.head.i != tok.i and tok.head.i != rank.i:
        tok = tok.head  # up the name's own words ('Rapid' -> 'Forces')
    if tok.head.i == rank.i:
        return tok.dep_ in _MODIFIER_DEPS
    prep = tok.head
    return tok.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in _SERVED_PREPS and prep.head.i == rank.i


def ranks_of_armed_groups(doc: Document) -> None:
    """A person whose title is a military rank held in a non-state armed group takes the group's sector."""
    if doc.nlp is None:
        return
    ranks = _military_roles()
    for actor in doc.actors:
        if actor.kind != "person" or actor.sector != "MIL":
            continue
        for m in actor.mentions[:3]:
            span = doc.char_span(m.start, m.end)
            if span is None or not len(span):
                continue
            own = _own_words(span)
            if _held_no_more(own):
                break  # a rank held no more
            group = _group_served(doc, actor, own, ranks)
            if group is not None:
                set_sector(actor, group.sector)
                break


def _group_served(doc: Document, actor, own: list[Token], ranks: frozenset[str]):
    for rank in (t for t in own if t.lower_ in ranks):
        for tok in own:
            aid = doc.actor_of_token(tok)
            other = doc.actor(aid) if aid and aid != actor.id else None
            if other is None or other.kind not in ("group", "organization") or \
                    vocabulary().get(other.sector or "", other.sector) not in _NON_STATE_ARMED:
                continue
            if _served_by_rank(tok, rank):
                return other
    return None


_PARTY_HEAD = ("party", "parties")
_HEAD_ROLES = frozenset({"president", "vice president", "leader", "head", "chairman", "chairwoman", "chairperson",
                         "chair", "founder", "co-founder"})
_TAKEN_FROM = (None, "CVL", "IGO", "GOV")  # the defaults a title any body can give leaves (a spokesman GOV, a
# secretary-general IGO) and a civilian's


def _standing(doc: Document, body) -> str | None:
    """GOV or OPP: the party's standing on the article's day, when the body is a party the list knows or the
    text names as one ('the X Party') and the readings of parties gave it a standing."""
    if body.kind not in ("organization", "group") or body.sector not in ("GOV", "OPP"):
        return None
    names = [body.name] + [doc.text[m.start:m.end] for m in body.mentions]
    day = published_day(doc.article.published)
    if any(party_facts(n, day, body.country) is not None for n in dict.fromkeys(names)) or \
            body.name.lower().split()[-1] in _PARTY_HEAD:
        return body.sector
    return None


_BLOC_NOUNS = words("party_nouns.txt") | {"group"}  # (lemmas: the party nouns, and 'group' beside a party's name)
_BEFORE_DEPS = ("amod", "compound", "nmod")


@lru_cache(maxsize=1)
def _standing_words() -> dict[str, str]:
    return {r["word"]: r["sector"] for r in table("party_standing_words.tsv")}


def _told_standing(span: Span) -> str | None:
    """The standing a word right before the name ('the opposition X') or in the bloc noun set beside it ('X, the
    main opposition party') gives."""
    root, standing = span.root, _standing_words()
    for child in root.children:
        if child.i < span.start and child.dep_ in _BEFORE_DEPS and child.lower_ in standing:
            return standing[child.lower_]
        if child.dep_ == "appos" and child.i >= span.end and child.lemma_.lower() in _BLOC_NOUNS:
            for mod in child.children:
                if mod.i < child.i and mod.dep_ in _BEFORE_DEPS and mod.lower_ in standing:
                    return standing[mod.lower_]
    if root.dep_ == "appos" and root.head.i < span.start and root.head.lemma_.lower() in _BLOC_NOUNS:
        for mod in root.head.children:  # 'the main opposition party, X'
            if mod.i < root.head.i and mod.dep_ in _BEFORE_DEPS and mod.lower_ in standing:
                return standing[mod.lower_]
    return None


def standing_of_described_bodies(doc: Document) -> set[str]:
    """Bodies of no sector, or a civilian one, that the story calls opposition or ruling: OPP or GOV. Returns their
    ids."""
    found: set[str] = set()
    if doc.nlp is None:
        return found
    for actor in doc.actors:
        if actor.kind != "organization" or actor.sector not in (None, "CVL", "PTY"):
            continue  # (PTY: a party whose standing no list gave)
        for m in actor.mentions[:3]:
            span = doc.char_span(m.start, m.end)
            standing = _told_standing(span) if span is not None and len(span) else None
            if standing:
                set_sector(actor, standing)
                found.add(actor.id)
                break
    return found


def staff_of_parties(doc: Document, described: set[str] = frozenset()) -> None:
    """People who hold a title in a party take its standing (GOV, OPP) and, when they have none, its country."""
    if doc.nlp is None:
        return
    titles = words("titles_any_body.txt")
    for actor in doc.actors:
        if actor.kind != "person" or actor.sector not in _TAKEN_FROM or (actor.role or "") not in titles:
            continue
        body = body_spoken_for(doc, actor)
        standing = body.sector if body is not None and body.id in described else \
            _standing(doc, body) if body is not None else None
        if standing is None:
            continue
        if actor.sector == "GOV" and actor.role in _HEAD_ROLES and not (
                actor.role == "leader" and standing == "OPP" and not _title_before(doc, actor)):
            continue  # a head of a party named to a state office by other words ('President X, leader of Y'); not
            # a leader of a party in opposition, whom only the word 'leader' after the name made GOV ('X, a leader
            # of the Y Party'; 'Communist Party leader X' before the name may be a state's ruler the knowledge gives)
        spans = [doc.char_span(m.start, m.end) for m in actor.mentions[:3]]
        if any(_held_no_more(_own_words(span)) for span in spans if span is not None and len(span)):
            continue  # a title held no more
        if actor.country is None:
            actor.country = body.country
        set_sector(actor, standing)


def _title_before(doc: Document, actor) -> bool:
    """The person's role word stands right before one of the first mentions ('Party leader X')."""
    role = (actor.role or "").lower()
    return any(role in doc.text[max(0, m.start - len(role) - 2):m.start].lower() for m in actor.mentions[:3])


def politicians_of_parties(doc: Document) -> set[str]:
    """People with no title at all named with a party right beside their name ('X of the Y Party', 'X from
    the Y Party', "the Y Party's X"; 'Y Party member X' is a title, read by ``staff_of_parties``) are the
    party's politicians: they take its standing (GOV, OPP) and, when they have none, its country. Only the
    party's own mention next to the name counts: in a list of several ('A of the Y Party and B of Z') each
    person has their own. Run after ``body_sectors``, which gives a party no list knows its standing (OPP
    unless called ruling). A civilian only: a title, a known office or another sector read before is kept.
    Returns their ids."""
    found: set[str] = set()
    parties = [a for a in doc.actors if a.kind == "organization" and _standing(doc, a) is not None]
    if not parties:
        return found  # (most stories name no party: no person is read)
    after_name = {m.start: a for a in parties for m in a.mentions}  # 'X of the Y Party'
    before_name = {m.end: a for a in parties for m in a.mentions}  # "the Y Party's X"
    text = doc.text
    for actor in doc.actors:
        if actor.kind != "person" or actor.role is not None or actor.sector not in (None, "CVL"):
            continue
        body = None
        for m in actor.mentions:
            joint = _party_after().match(text, m.end)
            body = after_name.get(joint.end()) if joint else None
            owner = _PARTY_BEFORE.search(text, max(0, m.start - 4), m.start)
            body = body or (before_name.get(owner.start()) if owner else None)
            if body is not None:
                break
        if body is None:
            continue
        if actor.country is None:
            actor.country = body.country
        set_sector(actor, body.sector)
        found.add(actor.id)
    return found


@lru_cache(maxsize=1)
def _party_after() -> re.Pattern[str]:
    """What joins a name to the party after it: a preposition of ``party_member_prepositions.txt`` ('of',
    'from'), an optional 'the', and an optional word of the party's standing (``party_standing_words.tsv``:
    'X of the opposition Y Party', 'X of the main opposition Y')."""
    joints = "|".join(sorted(re.escape(w) for w in words("party_member_prepositions.txt")))
    standing = "|".join(sorted(re.escape(w) for w in _standing_words()))
    return re.compile(rf"\s+(?:{joints})\s+(?:the\s+)?(?:(?:main\s+)?(?:{standing})\s+)?")


_PARTY_BEFORE = re.compile(r"['’]s?\s+$")
