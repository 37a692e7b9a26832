"""Organisations: who a named body is, across the mentions of one article.

- ``acronyms``: a body's short form made of its name's initials names the same body, whether or not the
  text announces it ('the Baloch Liberation Army ... the banned BLA', 'the Houston Asian American Archive
  ... HAAA'); ``coref.aliases`` reads the announced forms ('X (ABC)', 'X, or ABC') only;
- ``name_variants``: a body named once in full and once shorter or longer ('Microsoft' and 'Microsoft Corp.',
  'Scientology' and 'the Church of Scientology', 'Homeland Security' and 'the Department of Homeland
  Security') is one body, unless the longer name goes on to a body of its own ('Islamic State in the
  Sahel', "Ohio State's Chemistry Department");
- ``outlet_services``: a language service or desk of an outlet ("VOA's Urdu Service", 'VOA Korean
  Service') is the outlet itself, as the gold names it;
- ``place_not_body``: a town or province the tagger took for an organisation ('Quetta', 'Khyber
  Pakhtunkhwa') is no organisation;
- ``party_names``: the parties ``parties.tsv`` names, found in the text where the tagger misses or
  splits them ('Zanu PF' read as a person, 'Pakistan Tehreek-e-Insaf' as a country and a word);
- ``place_word_country``: the country of a big region or town a body's name holds ('Asia Society Texas',
  'Houston Restaurant Association'), for the bodies the text places nowhere else;
- ``party_standing``: a political party's standing on the article's day, governing (GOV) or in opposition
  (OPP), and its country, from ``parties.tsv`` (world knowledge with dates, written by hand);
- ``written_names``: a known body the article names only by another form is named as written ('NBC',
  not the outlets list's 'NBC News').

A sector for the bodies nothing else gave one is ``body_sectors``; everyday words and spelled-out short
forms the tagger took for bodies are ``not_bodies``.
"""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from ... import gazetteer, settings
from ...document import Document, _sentence_table, span_text
from ...ingest.dates import published_day
from ...lexicon import singular_forms, table, words
from ...lookahead import led
from .coref.aliases import looks_like_acronym
from .entity_table import entity_text, labelled_entities
from .knowledge import knowledge
from .mentions import Candidate, inside_a_longer_name
from .mentions.candidates import whole_word_matches
from .sector import descriptor_sector, listed_descriptor, set_sector
from .sector_text import describer_phrase, describers, known_companies
from .words import ActorWords, actor_words, alternation, norm

_NAMED = ("organization", "media", "group")
_SKIPPED = frozenset({"of", "for", "the", "and", "in", "on", "de", "du", "des", "la", "le", "el", "al", "&", "to"})


@lru_cache(maxsize=4096)
def initials(name: str) -> tuple[str, str]:
    """(initials of the name's words without its joining words, initials of all its words), upper-case:
    'Program for International Student Assessment' -> ('PISA', 'PFISA'). Hyphenated words give each part's
    initial ('Inter-Services' -> 'IS')."""
    parts = [p for p in re.split(r"[\s\-–/]+", re.sub(r"[^\w\s\-–/&']", " ", name)) if p]
    content = "".join(p[0] for p in parts if p.lower() not in _SKIPPED and p[0].isalpha()).upper()
    every = "".join(p[0] for p in parts if p[0].isalpha()).upper()
    return content, every


def acronyms(doc: Document, cands: list) -> list:
    """Give a body's short form the key of the full name it abbreviates, named anywhere in the article:
    the short form is an acronym (``coref.aliases.looks_like_acronym``) of two to seven letters whose letters are the
    initials of the full name's words (with or without its 'of', 'for', 'and'). When several full names
    fit, none is taken. A short form of three letters or more that no mention covers, written after the
    full name, becomes a mention of it. Returns the candidates, added ones included, in text order."""
    text = doc.text
    full = [c for c in cands if c.kind in _NAMED and len(c.name.split()) >= 2 and c.name[:1].isupper()]
    if not full:
        return cands
    cands = cands + _uncovered_short_forms(text, cands, full)
    by_initials: dict[str, set[str]] = {}  # initials -> the names (normalised) they fit
    for c in full:
        for form in set(initials(c.name)):
            if len(form) >= 2:
                by_initials.setdefault(form, set()).add(norm(c.name))
    for c in cands:
        if c.kind not in _NAMED or len(c.name.split()) != 1:
            continue
        written = text[c.start:c.end]
        letters = re.sub(r"[^A-Za-z]", "", written)
        if not (2 <= len(letters) <= 7 and looks_like_acronym(written) and letters.isupper()):
            continue
        names = by_initials.get(letters, set())
        if len(names) != 1:
            continue  # none, or several bodies with these initials
        name = next(iter(names))
        same = [d for d in full if norm(d.name) == name]
        keys = {d.key for d in same} | {c.key}
        if len(keys) == 1:
            continue
        # the lexicons' key when they know either form ('NATO'), else the full name's first
        key = next((k for k in [c.key] + [d.key for d in same] if k.startswith("known:")), same[0].key)
        target = next((d for d in [c] + same if d.key == key))
        for d in cands:
            if d.key in keys:
                d.key = key
                d.country = d.country or target.country
                d.sector = d.sector or target.sector
    return sorted(cands, key=lambda c: c.start)


def _uncovered_short_forms(text: str, cands: list, full: list) -> list:
    """Mentions for the short forms (three letters or more, the initials of one full name only) written
    after the full name where no candidate covers them: 'the CRWA' after 'the Council for Rural Water
    Access'."""
    taken = bytearray(len(text) + 1)
    for c in cands:
        taken[c.start:c.end] = b"\x01" * (c.end - c.start)
    owners: dict[str, set[str]] = {}
    for c in full:
        for form in set(initials(c.name)):
            owners.setdefault(form, set()).add(norm(c.name))
    first: dict[str, object] = {}  # a short form of one full name only -> that name's first mention
    for c in sorted(full, key=lambda c: c.start):
        for form in set(initials(c.name)):
            if len(form) >= 3 and len(owners[form]) == 1:
                first.setdefault(form, c)
    if not first:
        return []
    added = []
    for at, end in whole_word_matches(text, first, before=".-"):  # (no pattern made of the story's names)
        form = text[at:end]
        c = first[form]
        if at >= c.end and not any(taken[at:end]):  # written after the full name, where no mention stands
            taken[at:end] = b"\x01" * (end - at)
            added.append(type(c)(at, end, c.kind, c.key, form, c.country, c.sector, c.code, c.role,
                                 [form.lower()]))
    return added


_NAME_WORD = re.compile(r"[\w&.-]+(?:['’](?!s\b)[\w&.-]+)*|['’]s\b")  # "University's" -> 'University', "'s"
_OWNER_WORDS = frozenset({"of", "the"})  # 'Department of' before the short name: the body's own head


def _name_words_of(name: str) -> list[str]:
    """A name's words as written (case kept: 'Media' is no word of 'Cambodian media'), without a final dot."""
    return [x.rstrip(".") for x in _NAME_WORD.findall(name)]


def _inside(short: list[str], long: list[str]) -> int:
    """Where the words of ``short`` stand as a run inside ``long``; -1 when they do not."""
    n = len(short)
    return next((i for i in range(len(long) - n + 1) if long[i:i + n] == short), -1)


def _same_body(short: list[str], long: list[str], at: int, w: ActorWords) -> bool:
    """Whether the words around a short name inside a longer one leave it the same body: after it, none or
    words that head no body of their own and open no place or unit ('Corp.', 'International', 'Brothers',
    'for the Visual Arts'; not 'in the Sahel', 'at Greensboro', "'s Chemistry Department",
    'Human Rights Council'); before it, none, a country or demonym ('Italian', 'U.S.'), or a head and 'of'
    ('Church of', 'Department of')."""
    heads = words("body_head_words.txt")
    after, before = [x.lower() for x in long[at + len(short):]], [x.lower() for x in long[:at]]
    if after and (after[0] in ("in", "at", "'s", "’s", "on") or any(x in heads for x in after)):
        return False
    if not before:
        return True
    if before[-1] == "of":
        return len(before) >= 2 and before[-2] in heads and all(x in _OWNER_WORDS or x in heads for x in before)
    return all(w.country_of(x) or _international_short_name(x, w) for x in before)


def _international_short_name(word: str, w: ActorWords) -> bool:
    """Whether one word before a body's name is an international body's short name ('U.N.', 'EU', 'AU'): the
    'U.N. Commission on X' is the 'Commission on X' the story names again."""
    known = w.known.get(word) or w.known.get(word + ".")
    return known is not None and known.sector == "IGO" and known.kind == "organization"


def name_variants(doc: Document, cands: list, w: ActorWords) -> None:
    """Join the mentions of a body named once shorter, once longer: a name whose words stand as a run inside
    one other organisation's or outlet's name (and no other's) takes that name's key, when the short name
    holds a word that no body head or country is ('Supreme Court' is not 'Court') and the words around it
    leave it the same body (``_same_body``). A known body's key wins ('Microsoft' for 'Microsoft Corp.');
    two known bodies stay apart. What the knowledge base knows of the short name (its country, its sector)
    goes to the joined mentions that say nothing of their own: the body is named by its fullest name."""
    heads = words("body_head_words.txt")
    named = [c for c in cands if c.kind in ("organization", "media") and c.name[:1].isupper()]
    forms: dict[str, tuple[list[str], str]] = {}  # key -> (words of its longest name, that name)
    for c in named:
        ws = _name_words_of(c.name)
        if ws and len(ws) > len(forms.get(c.key, ([], ""))[0]):
            forms[c.key] = (ws, c.name)
    joins: dict[str, str] = {}
    for key, (short, _) in forms.items():
        if not any(x.lower() not in heads and x.lower() not in _SKIPPED and not w.country_of(x) for x in short):
            continue
        fits = set()
        for other, (long, _) in forms.items():
            if other == key or len(long) <= len(short):
                continue
            at = _inside(short, long)
            if at >= 0 and _same_body(short, long, at, w):
                fits.add(other)
        if len(fits) != 1:
            continue
        other = fits.pop()
        if key.startswith("known:") and other.startswith("known:"):
            continue
        joins[key] = other
    for key, other in joins.items():
        while other in joins and joins[other] != key:
            other = joins[other]
        target = key if key.startswith("known:") and not other.startswith("known:") else other
        joined = [c for c in cands if c.key in (key, other)]
        facts = None
        if not any(c.country for c in joined):
            facts = knowledge().facts(forms[key][1], published_day(doc.article.published))
        for c in joined:
            c.key = target
            if facts is not None:
                c.country = c.country or facts.country
                c.sector = c.sector or facts.sector


_SERVICE = re.compile(r"^(?P<lang>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?) (?:Service|[Ss]ervice|Desk|[Dd]esk)$")


def outlet_services(doc: Document, cands: list) -> None:
    """A language service or desk named after an outlet's possessive or name ("VOA's Urdu Service", 'the
    VOA Korean Service') joins the outlet: the gold names the outlet, the service is how it worked."""
    text = doc.text
    outlets = [c for c in cands if c.kind == "media" and c.key.startswith("known:")]
    for c in cands:
        if c.kind not in ("organization", "media") or c.key.startswith("known:"):
            continue
        outlet = next((o for o in outlets if 0 <= c.start - o.end <= 3 and text[o.end:c.start] in ("'s ", "’s ", " ")),
                      None)
        name = c.name
        if outlet is None:
            inside = [o for o in outlets if c.start <= o.start and o.end < c.end]
            if not inside:
                continue
            outlet = inside[0]
            name = text[outlet.end:c.end].lstrip("'’s ").strip()
        if not _SERVICE.match(name):
            continue
        old = c.key
        for d in cands:
            if d.key == old:
                d.key, d.kind, d.name = outlet.key, outlet.kind, outlet.name
                d.country, d.sector, d.code = outlet.country, outlet.sector, outlet.code


Spell = tuple[str, "date | None", "date | None"]


@lru_cache(maxsize=1)
def _parties() -> dict[str, list[tuple[str, str, list[Spell], bool]]]:
    """norm(name or alias) -> [(name, country, [(standing, from, until)], shared)], one row per country a
    name is used in; ``shared``: a name written '~Labour Party', which many countries' parties bear."""
    out: dict[str, list[tuple[str, str, list[Spell], bool]]] = {}
    for r in table("parties.tsv"):
        spells = []
        for part in r["standing"].split("|"):
            standing, start, end = (part.split(":") + ["", ""])[:3]
            spells.append((standing, date.fromisoformat(start) if start else None,
                           date.fromisoformat(end) if end else None))
        for x in [r["name"], *r["aliases"].split("|")]:
            if x and not any(row[:2] == (r["name"].lstrip("~"), r["country"]) for row in out.get(norm(x.lstrip("~")), [])):
                out.setdefault(norm(x.lstrip("~")), []).append((r["name"].lstrip("~"), r["country"], spells,
                                                                 x.startswith("~")))
    return out


def party_facts(name: str, day: date | None, country: str | None = None) -> tuple[str, str | None] | None:
    """(country, standing that day: GOV, OPP, or None when the day is unknown or no spell covers it) of a
    party ``parties.tsv`` knows by this name, in ``country`` when given; None for a name it does not know
    or one several countries' parties share when no country is given."""
    rows = [r for r in _parties().get(norm(name), []) if r[1] == country or country is None and not r[3]]
    if len(rows) != 1:
        return None
    _, home, spells, _ = rows[0]
    if day is None:
        return home, None
    for standing, start, end in spells:
        if (start is None or start <= day) and (end is None or day <= end):
            return home, standing
    last = max(spells, key=lambda s: s[2] or date.max)
    if last[0] == "GOV" and last[2] is not None and last[2] < day:
        return home, "OPP"  # a ruling party put out of power and not back (ousted, banned): out of government
    return home, None


# (compiled once: read for every mention of every body)
_PARTY_WORD_END = re.compile(r"\s[Pp]arty$")
_PARTY_END = re.compile(r"\s+[Pp]arty$")


def party_standing(doc: Document) -> None:
    """Give each party the article names its country and its standing on the article's day (the ruling
    party GOV, an opposition party OPP), from ``parties.tsv``; a party the list does not know keeps what
    the text gave it. A name several countries' parties share is read in the actor's own country only."""
    day = published_day(doc.article.published)
    for actor in doc.actors:
        if actor.kind not in ("organization", "group") or actor.sector in ("IGO", "MIL", "JUD", "LEG", "MED"):
            continue
        names = [actor.name] + [doc.text[m.start:m.end] for m in actor.mentions]
        names += [_PARTY_END.sub("", n) for n in names if _PARTY_WORD_END.search(n)]  # 'Zanu PF party'
        facts = next((f for f in (party_facts(n, day, actor.country) for n in dict.fromkeys(names)) if f is not None),
                     None)
        if facts is None:
            continue
        country, standing = facts
        actor.kind = "organization"
        actor.country = country
        if standing:
            actor.sector = standing
        actor.code = f"{country}{actor.sector or ''}"


_COMMON_WORDS = frozenset({"labour", "labor", "conservatives", "tories", "jubilee", "sandinistas", "morena"})


@lru_cache(maxsize=1)
def _party_re() -> re.Pattern[str]:
    """The parties' names to look for in a text: every name and alias of two words or more, and the
    one-word names that are no everyday word or short capitals ('Likud', 'Frelimo'; not 'Labour', 'DA')."""
    names = []
    for r in table("parties.tsv"):
        for n in [x.lstrip("~") for x in [r["name"], *r["aliases"].split("|")]]:
            one_word = len(re.split(r"[\s-]+", n)) == 1
            if n and not (one_word and (n.lower() in _COMMON_WORDS or n.isupper() and len(n) <= 4)):
                names.append(n)
    return led(rf"(?<![\w-])(?:{alternation(names)})(?![\w-])")


def party_names(doc: Document, w: ActorWords) -> list[Candidate]:
    """Candidates for the parties named in the text (the kind the tagger often misreads): an
    organisation keyed by the party's name as written, its country and standing given later
    (``party_standing``); a name inside a longer capitalised name ('Free Democratic Party') is left to
    that name."""
    found = []
    for m in _party_re().finditer(doc.text):
        if inside_a_longer_name(doc.text, m.start(), w):
            continue
        found.append(Candidate(m.start(), m.end(), "organization", "org:" + norm(m.group(0)), m.group(0),
                               None, "PTY", None))
    return found


def place_not_body(name: str, w: ActorWords, span=None, anywhere: bool = False) -> bool:
    """Whether a name the tagger gave as an organisation's is first of all a place, said as a place: the
    gazetteer's own name of a town of note (``settings.PLACE_OF_NOTE_PEOPLE``) or of a province or district, no word of it
    saying what body it would be (``org_words.tsv``: 'Gaza Health Ministry', 'Punjab Police' stay
    bodies), no list knowing a body of that name (the firms: 'Meta' is also a Colombian province), and,
    when ``span`` is given, the name standing where a place stands: after 'in', 'from', 'to', 'near' ...,
    after 'the capital of', or before 'province'; with ``anywhere`` (an organisation entity), a name of one
    word the gazetteer knows first as a province, a region of one country or a city of 100,000
    (``not_bodies.province_or_city``), or a name ending in a word for a natural feature ('X Shoal', 'X Reef':
    ``natural_feature_heads.txt``), wherever it stands but as an owner ('an X native', 'left X', 'a X nursing
    home', 'the islands, X Shoal and Y Reef'). A place struck or named as a party ('strikes on Erbil') is
    left to the events stage. Capitals stay: they stand for their government ('Moscow said')."""
    features = words("place_feature_words.txt")
    natural = len(name.split()) > 1 and name.split()[-1].lower() in words("natural_feature_heads.txt")
    if span is not None and not _not_bodies.said_as_place(span, of_after=features, before=features) and not (
            anywhere and span.root.dep_ != "poss" and (len(span) == 1 and _not_bodies.province_or_city(name) or natural)):
        return False  # (read first: the cheapest test; with ``anywhere``, a province or a big city the tagger took
        # for a body is a place wherever it stands but as an owner: 'an X native', 'a X nursing home')
    if w.org_kind(name) != ("organization", None) or name.isupper() or norm(name) in known_companies() \
            or knowledge().facts(name, None) is not None:
        return False
    if span is not None and (_named_by_feature(span, features) or natural):
        return True  # 'the town of Yeoncheon', 'Ghazni province', 'from Boni Forest': the text says what it is
    for e in gazetteer.load().lookup(name):
        if not e.primary:
            continue  # another place's alternate name ('Quetta' for its district): its own entry decides
        # a capital said only as a place ('headquartered in Copenhagen') is the place; said as a doer it is
        # its government, and ``place_names`` leaves it alone
        return (not e.capital or span is not None) and (
            e.feature == "admin" or e.feature == "city" and e.population >= settings.PLACE_OF_NOTE_PEOPLE)
    return False


def _named_by_feature(span, features: frozenset[str]) -> bool:
    """A word for a kind of place names the name: 'the town of X', 'X province'."""
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in features:
        return True
    return span.end < len(span.doc) and span.doc[span.end].lower_ in features


_THE_START = re.compile(r"^[Tt]he\s+")  # (compiled once: read for every name entity)
_HEAD_CUT = re.compile(r"\s+(?:of|for|in|at|on)\s+.*$", re.I)


def teaching_bodies(doc: Document) -> None:
    """A named school, college or university whose sector is still civil society's takes the education
    sector (EDU): 'Blantyre Girls Primary School', 'University of Sarajevo', 'Leiden University'. Read on
    the head of the name (``teaching_bodies.txt``): "Cornell University's Emerging Markets Institute" is an
    institute. A group of them ('public schools', 'universities') is EDU too, and so is a group of their people,
    students or teachers ('Chilean students', 'student groups'; ``teaching_people_nouns.txt``). Run last: the
    record's sector vocabulary would fold EDU into CVL."""
    heads = words("teaching_bodies.txt")
    for actor in doc.actors:
        if actor.kind not in ("organization", "group") or actor.sector not in (None, "CVL"):
            continue
        name = re.split(r"['’]s\s+", actor.name)[-1]
        name = _HEAD_CUT.sub("", name).strip()
        if actor.kind == "group":  # 'public schools', 'universities': a group of teaching bodies
            head = name.split()[-1].lower() if name else ""
            if any(f in heads for f in singular_forms(head)[1:]) or _teaching_people(name):  # a plural of one
                set_sector(actor, "EDU")
            continue
        if name and name.split()[-1].lower() in heads and name[:1].isupper():
            set_sector(actor, "EDU")
        elif actor.kind == "organization" and actor.name.split()[-1].lower() in words("teaching_bodies_last.txt"):
            set_sector(actor, "EDU")  # 'the Kenya Coding Academy'; not 'the Academy of Sciences'
        elif actor.kind == "organization" and _names_teaching(actor.name):
            set_sector(actor, "EDU")  # 'the Georgia Institute of Technology', 'the Austin School District'


def _teaching_people(name: str) -> bool:
    """A group's name whose head is a plural noun for students or teachers ('Indonesian teachers', 'pupils'), or a
    word for a body of people after such a noun ('student groups'; body_group_nouns.txt)."""
    toks = name.lower().split()
    if not toks:
        return False
    people = words("teaching_people_nouns.txt")
    if len(toks) >= 2 and any(f in words("body_group_nouns.txt") for f in singular_forms(toks[-1])):
        return toks[-2] in people  # 'student groups'
    return any(f in people for f in singular_forms(toks[-1])[1:])  # a plural: one person stays a civilian


def _names_teaching(name: str) -> bool:
    """A run of words that names a teaching body anywhere in the name (``teaching_body_phrases.txt``)."""
    low = " " + " ".join(re.findall(r"[\w'’-]+", name.lower())) + " "
    return any(f" {phrase} " in low for phrase in words("teaching_body_phrases.txt"))



_THING_HEADS = frozenset({"ship", "vessel", "tanker", "plane", "aircraft", "train", "plan", "app", "model", "product",
                          "brand", "platform", "shuttle", "spacecraft", "orbiter", "ferry", "submarine", "yacht",
                          "rocket", "satellite", "freighter"})  # a name ending on one of these names a thing, not a body


def thing_not_body(span, describable: bool = True) -> bool:
    """Whether a name the tagger gave as an organisation's names a thing: its own head word is a thing's
    ('Next Generation AI Development Plan'), or the story describes it with a noun for a thing
    (``body_descriptors.tsv`` rows without a sector: 'the Iranian cargo ship X', 'X, a cross-country
    train'). ``describable`` False: the caller knows no word near the name can end such a noun
    (``_thing_word_sentences``), and the describing nouns are not read."""
    text = _THE_START.sub("", span_text(span))
    head = _HEAD_CUT.sub("", text).split()
    if head and any(f in _THING_HEADS for f in singular_forms(head[-1].lower())) and head[-1][:1].isupper():
        return True
    if not describable:
        return False
    for tok in describers(span):
        phrase = describer_phrase(tok)
        if descriptor_sector(phrase, lexicons=False) is None and _thing_described(phrase):
            return True
    return False


@lru_cache(maxsize=1)
def _things() -> frozenset[str]:
    """The describing nouns that name things, not bodies: the rows of ``body_descriptors.tsv`` without a
    sector."""
    return frozenset(r["descriptor"] for r in table("body_descriptors.tsv") if not r["sector"])


@lru_cache(maxsize=1)
def _thing_words() -> frozenset[str]:
    """The lower-cased words a phrase ``_thing_described`` reads as a thing's can end on: the last word of each
    of ``_things``, that word with an "s", and one in "-y" with "-ies" instead (``singular_forms`` read
    backwards: 'ships', 'industries')."""
    lasts = {thing.split()[-1] for thing in _things()}
    return frozenset(lasts | {x + "s" for x in lasts} | {x[:-1] + "ies" for x in lasts if x.endswith("y")})


def _thing_word_sentences(doc: Document) -> set[int]:
    """The numbers of the sentences holding a word of ``_thing_words``, and of the sentence right after one
    that ends on such a word: a name's describing nouns (``describers``) lie in its own sentence, or are the
    word right before it ('commandos of ...' read before a sentence's first 'of'). A name in none of these
    sentences is described by no noun for a thing, and its describing nouns need not be read. Pre-test: no
    name in an article without such a word (most of them) asks for them."""
    numbers = doc.token_numbers("LOWER", _thing_words())
    if not numbers:
        return set()
    _, sentences, sentence_of_token = _sentence_table(doc.nlp)
    found = set()
    for i in numbers:
        k = sentence_of_token[i]
        found.add(k)
        if i == sentences[k].end - 1:
            found.add(k + 1)
    return found


def _thing_described(phrase: str) -> bool:
    toks = phrase.lower().split()
    for n in range(min(3, len(toks)), 0, -1):
        key = " ".join(toks[-n:])
        if any(f in _things() for f in singular_forms(key)):
            return True
    return False


def thing_names(doc: Document, label: str = "ORG") -> set[str]:
    """The names (normalised) of the organisation entities (or of another ``label``: 'PERSON') that name
    things (``thing_not_body``) at one of their mentions: every mention of such a name is the thing ('the
    Jaffar Express' after 'the Jaffar Express, a cross-country train'). A name the tagger took for a
    person's is a thing also when a word inside it is a thing's ('Space Shuttle Columbia'). Read once per
    article and label (the entities do not change after the parse)."""
    assert doc.nlp is not None
    key = f"thing_names:{label}"
    known = doc.cached(key)
    if known is not None:
        return set(known)
    found = set()
    near = _thing_word_sentences(doc)  # (the sentences where a noun for a thing may describe a name)
    sentence_of_token = _sentence_table(doc.nlp)[2] if near else []
    for e in labelled_entities(doc, frozenset({label})):  # (the document's table of the entities by label)
        inside = [t.i for t in e[:-1] if t.lower_ in _THING_HEADS] if label == "PERSON" else []
        if inside:  # and the name after the thing's word, said alone elsewhere: 'Columbia lifted off'
            found.add(norm(e.doc[inside[-1] + 1:e.end].text))
        describable = bool(near) and not near.isdisjoint(range(sentence_of_token[e.start],
                                                               sentence_of_token[e.end - 1] + 1))
        if inside or thing_not_body(e, describable):
            found.add(norm(_THE_START.sub("", entity_text(e))))
    doc.cached(key, frozenset(found))
    return found


_OWNER_BEFORE = re.compile(r"['’]s\s+$")


def units_of_bodies(doc: Document, w: ActorWords) -> None:
    """A body named as a unit of another ("NASA's Johnson Space Center", "the Atlantic Council's X
    Initiative", "Cornell University's Emerging Markets Institute") and given no country takes its owner's:
    the actor named right before it with a possessive, else the owner's name inside its own name, as the
    lexicons or the knowledge base know it. An owner of no country (an international body) gives none."""
    for actor in doc.actors:
        if actor.kind not in ("organization", "media") or actor.country is not None or actor.sector == "IGO" \
                or not actor.mentions:
            continue
        code = None
        m = actor.mentions[0]
        before = doc.text[max(0, m.start - 4):m.start]
        if _OWNER_BEFORE.search(before):
            owner = doc.actor(doc.actor_in(m.start - len(_OWNER_BEFORE.search(before).group(0)) - 1,
                                           m.start - len(_OWNER_BEFORE.search(before).group(0))))
            if owner is not None and owner.id != actor.id and owner.kind in ("organization", "media"):
                code = owner.country
        if code is None and re.search(r"['’]s\s", actor.name):
            owner_name = re.split(r"['’]s\s", actor.name)[0]
            known = w.known.get(norm(owner_name))
            facts = knowledge().facts(owner_name, None) if known is None else None
            code = known.country if known is not None else (facts.country if facts is not None else None)
            if code is None:
                from .country import research_town_country

                code = research_town_country(w, owner_name)
        if code:
            actor.country = code
            actor.code = f"{code}{actor.sector or ''}"


_AIMED = frozenset({"on", "against"})


def place_names(doc: Document, w: ActorWords, label: str = "ORG") -> set[str]:
    """The names (normalised) of the organisation entities (or of another ``label``: 'PERSON', 'Looe,
    Cornwall', 'the port of Bandar Abbas') that are places (``place_not_body``) said as a place at one of
    their mentions and as a doer or a target at none ('strikes on Erbil', 'Quetta said'): every mention of
    such a name is the place."""
    assert doc.nlp is not None
    said_as_place: set[str] = set()
    acting: set[str] = set()
    for e in labelled_entities(doc, frozenset({label})):  # (the document's table of the entities by label)
        bare = _THE_START.sub("", entity_text(e))  # (cut from the article: no Token per word)
        name = norm(bare)
        root = e.root
        if root.dep_ in ("nsubj", "nsubjpass") or root.dep_ == "pobj" and root.head.lower_ in _AIMED:
            acting.add(name)
        elif name not in said_as_place and place_not_body(bare, w, e, label == "ORG"):
            said_as_place.add(name)
    return said_as_place - acting


@lru_cache(maxsize=4096)  # (names come back within and across articles; ``w`` is one object per process)
def place_word_country(w: ActorWords, name: str, setting: str | None = None) -> str | None:
    """The country (alpha-3) of a region, province or town below country level that a body's name holds:
    'Asia Society Texas', 'Colorado State University', 'Houston Restaurant Association'. The place must be
    the gazetteer's biggest entry of that name, a region of ``settings.NAME_REGION_PEOPLE`` people or a town
    of ``settings.NAME_TOWN_PEOPLE`` (smaller ones are often people's names too: 'Mary', 'Irving'), and no
    entry of another country may be a third as big or big itself ('Punjab' is Pakistan's and India's). In a story set in
    one country (``setting``, alpha-3), a place of that name there (a province, district or town of 10,000
    people) is the one meant: 'Mwanza District Hospital' in a story set in Malawi. Each run of capitalised
    words is tried whole, then by its parts, longest first. (Known miss: 'Kent State University' is in Ohio,
    not in the English county.)"""
    for m in re.finditer(r"(?<![\w-])[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}", name):  # (not 'pro-Beijing')
        words_ = m.group(0).split()
        for n in range(len(words_), 0, -1):
            for start in range(0, len(words_) - n + 1):
                place = " ".join(words_[start:start + n])
                if w.country_of(place):
                    continue
                found = sorted((e for e in gazetteer.load().lookup(place) if e.primary and e.feature != "country"),
                               key=lambda e: -e.population)
                if setting and any(w.alpha3_of.get(e.country or "") == setting and (
                        e.feature in ("admin", "region") or e.population >= settings.PLACE_OF_NOTE_PEOPLE) for e in found):
                    return setting
                if not found or found[0].country not in w.alpha3_of:
                    continue
                top = found[0]

                def big(e) -> bool:
                    return e.population >= (settings.NAME_REGION_PEOPLE if e.feature in ("admin", "region")
                                            else settings.NAME_TOWN_PEOPLE)

                if big(top) and not any(e.country != top.country and (e.population * 3 >= top.population or big(e))
                                        for e in found):
                    return w.alpha3_of[top.country]
    return None


_WRITTEN_NAME = re.compile(r"^(?:[A-Z][\w.'’&-]*)(?:\s+(?:(?:of|for|and|the|on|in|de|du|des|la|le|al|el)\s+)*"
                           r"[A-Z][\w.'’&-]*)*$")


def written_names(doc: Document) -> None:
    """Name a known organisation or outlet as the article writes it when the lexicons' own name of it is
    written nowhere in the article: 'NBC' read as the outlet the lexicon calls 'NBC News', 'Israeli Defense
    Forces' as the base's 'Israel Defense Forces'. The name taken is the fullest form seen (the record
    format's canonical name) among the mentions that are names (capitalised words and their joining words,
    no leading article or possessive) of this body (``_related``: 'VOA', not its 'Bosnian Service'); the
    gold lists every way the article names an actor, the lexicons' name only when written. A written form
    the lexicons give as another name of the same body counts too, whatever its letters ('UNODC' of 'UN
    Office on Drugs and Crime', 'TTP' of 'Tehrik-e-Taliban Pakistan'), and it alone names a known armed
    group so. An actor with no such mention keeps the lexicons' name."""
    known = actor_words().known
    for actor in doc.actors:
        if actor.kind not in ("organization", "media", "group") or not actor.mentions:
            continue
        written = [_bare(m.text) for m in actor.mentions]
        if _bare(actor.name).casefold() in {x.casefold() for x in written}:
            continue
        body = known.get(norm(actor.name))
        names = [x for x in written if _WRITTEN_NAME.match(x) and (
            body is not None and known.get(norm(x)) is body or actor.kind != "group" and _related(x, actor.name))]
        if names:  # the fullest form seen, as the record format names an actor
            actor.name = max(dict.fromkeys(names), key=lambda x: (len(x.split()), len(x)))


def _related(written: str, name: str) -> bool:
    """A written name shares a word with the lexicons' name ('Chinese Communist Party', 'TOLOnews') or is its
    initials ('VOA', 'ICE'); not a unit named with it ('Korean Service' of VOA)."""
    joined = re.sub(r"[^a-z]", "", name.lower())
    letters = re.sub(r"[^A-Za-z]", "", written)
    if letters.isupper() and letters in initials(name):
        return True
    return any(len(x) >= 3 and x in joined for x in re.findall(r"[a-z]+", written.lower()))


def _bare(text: str) -> str:
    """A mention without a leading article and a trailing possessive: "the U.N.'s" -> 'U.N.'."""
    return _POSSESSIVE_END.sub("", _ARTICLE_START.sub("", text.strip()))


# (compiled once: read for every mention of every body)
_POSSESSIVE_END = re.compile(r"['’]s?$")
_ARTICLE_START = re.compile(r"^(?:[Tt]he|[Aa]n?)\s+")


# (at the end, as a module: not_bodies reads this module; read by place_not_body, once per name, on call)
from . import not_bodies as _not_bodies  # noqa: E402


_PARTY_HEAD = r"(?P<head>(?:(?:opposition|ruling|governing|main|banned|outlawed|former|jailed|exiled)\s+)*[Pp]arty)"


def _before_known_spells(name: str, country: str, day: date) -> bool:
    """Whether ``day`` falls before every spell ``parties.tsv`` gives the party (a leader who led other parties
    before this one: 'the party of X' in a story of those years is not this party)."""
    rows = [r for r in _parties().get(norm(name), []) if r[1] == country]
    starts = [start for row in rows for _, start, _ in row[2]]
    return bool(starts) and None not in starts and day < min(starts)


@lru_cache(maxsize=1)
def _leader_parties() -> tuple[re.Pattern[str] | None, dict[str, tuple[str, str]]]:
    """The pattern of 'party of (titles) LEADER' over ``parties.tsv``'s leaders, and each leader's party
    (its name and country); a leader two parties name is left out."""
    by_leader: dict[str, list[tuple[str, str]]] = {}
    for r in table("parties.tsv"):
        for leader in (r.get("leaders") or "").split("|"):
            if leader:
                by_leader.setdefault(leader, []).append((r["name"].lstrip("~"), r["country"]))
    leaders = {k: v[0] for k, v in by_leader.items() if len(v) == 1}
    if not leaders:
        return None, {}
    pattern = re.compile(rf"{_PARTY_HEAD}\s+(?:of|led\s+by|founded\s+by)\s+(?P<between>(?:[\w.'’-]+\s+){{0,5}}?)"
                         rf"(?P<leader>{alternation(sorted(leaders))})(?![\w-])")
    return pattern, leaders


def leader_parties(doc: Document, w: ActorWords) -> list[Candidate]:
    """A party named by its leader ('the opposition party of jailed former Prime Minister X', 'the party of
    former President Y'): the party ``parties.tsv`` gives that leader, its mention the words 'party' ends.
    Between 'of' and the name only lower-case words and title words ('former', 'Prime Minister')."""
    pattern, leaders = _leader_parties()
    if pattern is None or "arty " not in doc.text:
        return []
    found = []
    day = published_day(doc.article.published)
    for m in pattern.finditer(doc.text):
        between = m.group("between").split()
        if any(x[:1].isupper() and x.lower() not in _role_words(w) for x in between):
            continue  # ('the party of Ana Ruiz Leader X': another name between)
        name, country = leaders[m.group("leader")]
        if day is not None and _before_known_spells(name, country, day):
            continue  # a story older than the party the list knows: the leader's earlier party, not this one
        found.append(Candidate(m.start("head"), m.end("head"), "organization", "org:" + norm(name), name,
                               country or None, "PTY", None))
    return found


@lru_cache(maxsize=1)
def _role_words_cached(roles: frozenset[str]) -> frozenset[str]:
    return frozenset(x for role in roles for x in role.lower().split())


def _role_words(w: ActorWords) -> frozenset[str]:
    """The words of the roles' names ('prime', 'minister', 'president')."""
    return _role_words_cached(frozenset(w.roles))
