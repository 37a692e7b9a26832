"""A sector for every named body and group of bodies that nothing else gave one, read last in the actors
stage (``body_sectors``): a body with no sector is always wrong in the gold, which gives every
organisation and group one. What the body's own name, the story's words about it, the lists and the
knowledge base say has been read before (``mentions``, ``sector_text``, ``organisations``); this module
reads what is left: a party's standing, a firm named shorter or longer, an outlet's news word, the head
word of the name, a name written as a brand, and a default for capitalised names.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from ...ingest.dates import published_day
from ...lexicon import singular_forms, table, words
from .not_bodies import everyday_word
from .organisations import _HEAD_CUT, party_facts
from .sector import set_sector
from .words import ActorWords, group_head, norm


@lru_cache(maxsize=1)
def _civil_body_groups() -> frozenset[str]:
    """The nouns of groups of bodies (``body_group_nouns.txt``) that are civil society when nothing else
    says: not 'agencies', which are a state's as often ('federal agencies')."""
    return words("body_group_nouns.txt") - {"agency"}


def body_sectors(doc: Document, w: ActorWords) -> set[str]:
    """Give a sector to the named bodies and the groups of bodies that nothing else gave one (a body with
    no sector is always wrong in the gold, which gives every organisation and group one). Read in turn:

    - a party the parties list does not know (its name's head is 'Party', or the mentions read it as one):
      GOV when its own phrase calls it ruling or governing, else OPP. Why OPP by default: the list holds
      the governing parties of the countries the news names most, and one party or coalition governs
      while many do not, so an unlisted party is far more often out of government (CAMEO codes a party
      by its standing, OPP or GOV; the gold does the same);
    - a firm the knowledge base or ``firms.tsv`` names longer ('Lockheed' for 'Lockheed Martin', 'Campbell
      Soup' for 'Campbell Soup Company': the start of one firm's name only) or whose name opens with a
      known firm's ('Tencent Games'): BUS, with the firm's country. A one-word everyday word counts only as
      the start of one firm's name ('Nasdaq'), not as a firm's whole short name ('Citizens');
    - an outlet whose one-word name is built on 'news' ('NewsDay', 'Wikinews'): MED;
    - the head word of its name (``org_head_sectors.tsv``: 'Carnegie Russia Eurasia Center' CVL,
      'Lehman Brothers' BUS, 'Canadian Press' MED); a committee is a legislature's (LEG) when its sentence
      names one ('the Senate Budget Committee'), else the executive's (GOV);
    - a one-word name with a capital inside it, as brands are written ('FilterLabs', 'YChina'): BUS;
    - else a body's own name of two words or more, every word capitalised but its joining words ('Clinical
      Research Unit of X', 'Breakthrough Action Nigeria'): civil society (CVL). Why: a body no word of its
      name, no description, list or knowledge base marks as the state's, a firm, an outlet, a party or an
      armed group is most often an association, institute, programme or charity, which the gold reads CVL;
    - a group of bodies named by a bare body noun ('civil society groups', 'interest groups',
      'organizations like X') that its words gave no sector: civil society (CVL), as the gold reads
      'media groups' and 'rights organizations'.

    Returns the ids of the bodies read here as firms (BUS): the people who head or speak for them were read
    before their sector was known ('X, the marketing director at Solano Foods'), and follow them now
    (``sector_text.staff_of_bodies``, run on these bodies)."""
    firms: set[str] = set()
    for actor in doc.actors:
        if actor.sector is not None or not actor.mentions:
            continue
        if actor.kind == "group":
            head = group_head(actor)
            if any(f in _civil_body_groups() for f in singular_forms(head)):
                set_sector(actor, "CVL")
            continue
        if actor.kind == "media":
            set_sector(actor, "MED")
            continue
        if actor.kind != "organization" or not actor.name[:1].isupper():
            continue
        sector = _unlisted_party(doc, actor, w)
        if sector is None:
            firm = _firm_named(actor.name)
            if firm is not None:
                sector = "BUS"
                actor.country = actor.country or firm or None
        if sector is None and _news_word(actor.name):
            sector = "MED"
            actor.kind = "media"
        if sector is None:
            sector = _head_sector(doc, actor)
        if sector is None and _BRAND.match(actor.name):
            sector = "BUS"
        if sector is None and _body_name(actor.name):
            sector = "CVL"
        if sector == "CVL":
            # coded as CAMEO codes a non-governmental body ('NGO'): an association or institute the story
            # follows, not a party of private dealings (``eventcoding.filters``), like a body of unknown sector
            actor.sector, actor.code = "CVL", "NGO"
        elif sector:
            set_sector(actor, sector)
            if sector == "BUS":
                firms.add(actor.id)
    return firms


# 'FilterLabs', 'YChina'; not a surname written so ('McDonald', 'DeSantis', 'LeBlanc', 'VanDyke')
_BRAND = re.compile(r"^(?!(?:Mc|Mac|De|Di|Da|Du|Le|La|Van|Von|St)[A-Z])(?:[A-Z]*[a-z]+[A-Z][A-Za-z]*|[A-Z]{2}[a-z]{2,}[A-Za-z]*)$")
_JOINING = frozenset({"of", "for", "and", "the", "on", "in", "at", "to", "&", "de", "du", "des", "la", "le"})


def _body_name(name: str) -> bool:
    """Two words or more, each capitalised (letters, hyphens, dots, apostrophes) or a joining word."""
    parts = name.split()
    return len(parts) >= 2 and all(p in _JOINING or p[:1].isupper() and re.fullmatch(r"[\w.'’&-]+", p) is not None
                                   and not any(ch.isdigit() for ch in p) for p in parts)


def _unlisted_party(doc: Document, actor, w: ActorWords) -> str | None:
    """GOV or OPP for a party ``parties.tsv`` does not know (None for any other body)."""
    named_party = (actor.code or "").endswith("PTY") or w.org_kind(actor.name) == ("organization", "PTY")
    if not named_party:
        return None
    day = published_day(doc.article.published)
    if any(party_facts(n, day, c) is not None for n in {actor.name, *(m.text for m in actor.mentions)}
           for c in (actor.country, None)):
        return None  # the list knows it: its standing that day, or none said (``party_standing``)
    governing = words("governing_words.txt")
    for m in actor.mentions:
        before = re.findall(r"[\w-]+", doc.text[max(0, m.start - 40):m.start].lower())[-3:]
        if any(x in governing for x in before):
            return "GOV"
    return "OPP"


@lru_cache(maxsize=1)
def _firm_names() -> tuple[dict[str, str], dict[str, set[str]]]:
    """(every firm name the lists know, normalised -> its country or ''; every start of one of several
    words -> the firm names it starts), from ``firms.tsv`` and the knowledge base's firms (BUS)."""
    from .knowledge import base_firms, known_companies

    names = dict(known_companies())
    for r in base_firms():
        for n in [r["name"], *(r.get("aliases") or "").split("|")]:
            if n:
                names.setdefault(norm(n), r.get("country") or "")
    starts: dict[str, set[str]] = {}
    for n in names:
        parts = n.split()
        for k in range(1, len(parts)):
            starts.setdefault(" ".join(parts[:k]), set()).add(n)
    return names, starts


def _firm_named(name: str) -> str | None:
    """The country ('' when unknown) of the firm a body's name names, whole, shorter or longer: the start of
    one known firm's name only ('Lockheed'), or a known firm's name and more ('Tencent Games'). A one-word
    everyday word is a firm's only as the start of one firm's name ('Nasdaq'; not 'Citizens', the short
    name of one firm and the start of several). None when it names no firm."""
    names, starts = _firm_names()
    key = norm(name)
    if not key:
        return None
    everyday = len(key.split()) == 1 and everyday_word(key)
    if key in names and not everyday:  # ('Citizens': a firm's one-word name that is an everyday word needs more)
        return names[key]
    fits = starts.get(key, set())
    if len(fits) == 1:
        return names[next(iter(fits))]
    if everyday:
        return None
    parts = key.split()
    for k in range(len(parts) - 1, 0, -1):
        front = " ".join(parts[:k])
        if front in names and not (k == 1 and everyday_word(front)):
            return names[front]
    return None


_NEWS_WORD = re.compile(r"^(?:[A-Z][a-z]+news|News(?:[A-Z]\w*|day|week|wire|room|max))$")


def _news_word(name: str) -> bool:
    """A one-word name built on 'news': 'Wikinews', 'NewsDay', 'Newsweek' (not a person's 'Newsom')."""
    return bool(_NEWS_WORD.match(name))


@lru_cache(maxsize=1)
def _head_sectors() -> dict[str, str]:
    return {r["head"]: r["sector"] for r in table("org_head_sectors.tsv")}


def _head_sector(doc: Document, actor) -> str | None:
    """The sector the head word of a body's name gives (``org_head_sectors.tsv``; committees apart)."""
    name = re.split(r"['’]s\s+", actor.name)[-1]
    head = _HEAD_CUT.sub("", name).split()
    if not head:
        return None
    last = head[-1].lower()
    if len(actor.name.split()) < 2:
        return None  # a head word alone is no name ('AI', 'Press')
    if last in ("committee", "committees"):
        m = actor.mentions[0]
        sent = next((s for s in doc.sentences() if s.start_char <= m.start < s.end_char), None)
        around = doc.text_of(sent).lower() if sent is not None else actor.name.lower()
        legislature = words("legislature_words.txt")
        return "LEG" if any(x in legislature for x in re.findall(r"[\w-]+", around)) else "GOV"
    return _head_sectors().get(last)
