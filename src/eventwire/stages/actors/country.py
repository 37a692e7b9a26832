"""An actor's country from evidence in the text, for actors whose own mention did not give one.

Evidence, strongest first (each only when the actor has no country yet):

- what a person is said to be or do, in an apposition or relative clause after the name: a country or
  demonym ("a Thai rights group"), a place ("... at the Observer Research Foundation in New Delhi"), a
  known institution; an apposition after names joined by 'and' that says the same of each ("X and Y,
  both from Z", "X and Y, two drivers from Z": ``_shared``) is each name's; words after "for", "to", "on", "about", "against" and "with" name a brief, not a
  nationality ("envoy for Syria"), and are left out;
- the organisation a person speaks for, named in the title or apposition ("program director for the
  Peace Rights Foundation") takes its country;
- for people of no office and groups of them, the place their own phrase or clause puts them in
  ('residents of Harar', 'a trader in the city of Kaduna', 'an analyst with a think tank in Lyon',
  'protesters marched in Quito': ``own_place.own_place_country``); the staff of a body serving no
  country ('a Red Cross nurse in Juba') take none;
- the one country named or placed in a sentence that mentions a person or group ("opposition candidate
  Grace Chirwa told supporters in Blantyre"); words in quotation marks and places one moves from or to
  do not count, nor do places in the sentences of analysts and experts, nor a place after 'pro-' or
  'anti-' (a stance); then, for actors named as local ('local residents', 'local media'), the one
  country of the places of the passage around them (``own_place.local_scene_country``);
- the story's setting (``setting.story_setting``: its dateline, else the country its actors and places point
  to most, with a place of it named) gives the country of the actors a reader places by it: local
  people and officials, security forces, armed and criminal groups, state bodies (under a dateline, any
  local body), unnamed local or state media and outlets the knowledge base does not know (a local
  paper), and the staff of those outlets; never international bodies or their staff, international
  NGOs ('rights groups'), commentators ('analysts', a researcher), outlets of a wider region or
  scholarly journals, people living away from home ('migrants', 'refugees'), nor people the knowledge
  base or their own words place elsewhere (they have a country by then). The step runs again once the
  sectors are settled (``place_settled``), for the actors whose sector came late and for the civil
  bodies the knowledge base does not know (a local charity, party or museum; not one named as
  international, regional or of a faith, nor a university), unless a sentence of theirs names another
  country.

Narrow classes of context of round 13 (``national``): an ethnic people's home state, a state body placed by
its own sentence, a national office by a 'from' phrase of its own noun, and, in a story with no setting, the state it leads
with for national offices and state bodies only.

Never the publisher's country (from its outlet or URL): when nothing in the text says, null.
"""
from __future__ import annotations

import re
from functools import lru_cache
from spacy.tokens import Span, Token

from ... import gazetteer
from ...document import Document, children_of, heads_of, read_once, sentence_of, strings_of, subtree_of, tokens_of
from ...ingest.dates import published_day
from ...lexicon import singular_forms, words
from ...lookahead import led
from ...record import Actor
from .knowledge import knowledge
from .mentions import nationality_country
from .national import NATIONAL_SECTORS, is_national_body, lead_state, phrase_elsewhere
from .own_place import local_scene_country, not_a_place, own_place_country
from .peoples import ethnic_home, people_word_home
from .places import _MOTION, _alpha3, quoted_at, where_word
from .sector import STATE_SECTORS, set_sector
from .setting import dateline_country, story_setting
from .works_at import body_named_in_title, clause_employer
from .words import OPEN_QUOTES, ActorWords, Anchor, Known, actor_words, alternation, court_words, norm

_BRIEF = {"for", "to", "on", "about", "against", "with", "toward", "towards", "over"}
_LOCAL_KINDS = ("person", "group", "organization", "media")
_EMPLOYING = {"hire", "employ", "recruit", "appoint", "contract", "engage"}  # 'who was hired by X': X employs


def _description(span: Span) -> list[Token]:
    """``_read_description`` of a name, read once per parse and name: a person's country, employer and
    commentator readers each ask for it."""
    return list(read_once(span.doc, ("description", span.start, span.end), _read_description, span))


def _read_description(span: Span) -> list[Token]:
    """The words that say what a named actor is: its appositions and relative clauses, up to a brief."""
    # (walked over the parse's arrays as token indices, the words found taken from the parse's one list of
    # tokens: this runs several times for every person, and a Token walk made a Token per word of a subtree)
    doc, root = span.doc, span.root.i
    tokens, heads, kids = tokens_of(doc), heads_of(doc), children_of(doc)
    deps, lows = strings_of(doc, "DEP"), strings_of(doc, "LOWER")
    parts = [c for c in kids[root] if deps[c] in ("appos", "relcl", "acl") and c > root]
    if deps[root] == "appos" and heads[root] < span.start:
        parts.append(heads[root])
    if deps[root] == "conj" and heads[root] < span.start:  # 'X and Y, both from Z': said of each name
        parts += [c for c in kids[heads[root]] if deps[c] == "appos" and c > root and _shared(tokens[c])]
    words: list[int] = []
    for part in parts:
        sub = [t for t in subtree_of(doc, part) if not (span.start <= t < span.end)]
        for tok in sub:
            if deps[tok] == "prep" and (lows[tok] in _BRIEF and not _works_with(tokens[tok], tokens[part])
                                        or deps[part] in ("relcl", "acl")) or \
                    deps[tok] == "agent" and deps[part] in ("relcl", "acl") and \
                    strings_of(doc, "LEMMA")[heads[tok]] not in _EMPLOYING:
                # a relative clause says where somebody is or goes ('who remain in Thailand'), not whose;
                # nor does the doer of what befell the person ('whom the European Union had sanctioned', 'who was sanctioned by Canada')
                brief = set(subtree_of(doc, tok))
                sub = [t for t in sub if t not in brief]
        words.extend(sub)
    return [tokens[t] for t in sorted(words)]


def _works_with(prep: Token, part: Token) -> bool:
    """Whether 'with' joins a person's own noun in apposition to the body the person works at ('X, managing
    director with Sunrise Brokerage in Hanoi', 'a senior fellow with the X Institute'): an employer, no brief."""
    return prep.lower_ == "with" and prep.head.i == part.i and part.dep_ == "appos" and part.pos_ == "NOUN" and \
        any(o.dep_ == "pobj" and o.pos_ == "PROPN" for o in prep.children)  # a body's name, not 'with long experience'


def _shared(appos: Token) -> bool:
    """Whether an apposition after names joined by 'and' says the same of each of them: 'both', 'all'
    or 'each', as the word or its determiner (``shared_apposition_words.txt``: 'both natives of Z'), or
    a plural noun ('two drivers from Z')."""
    shared = words("shared_apposition_words.txt")
    return appos.lower_ in shared or appos.tag_ in ("NNS", "NNPS") or \
        any(c.dep_ in ("det", "predet", "quantmod") and c.lower_ in shared for c in appos.children)


def described_country(doc: Document, w: ActorWords, span: Span, employers: list[Known] | None = None) -> str | None:
    """A country the description of a named actor gives: a country word, a place, a known body; last, the
    home state of an ethnic people it says the actor is one of ('an ethnic Uyghur'; ``ethnic_homes.tsv``),
    after any place it says the actor lives in ('an ethnic Uyghur living in Canada'). When the country is
    the known body's ('a fellow at the X Institute'), the body is added to ``employers``."""
    words = _description(span)
    if not words:
        return None
    own = doc.actor_of_token(span.root)
    # the words of a body's name are the body's, whose country is read from the body ('director of the
    # Berlin-based Carnegie Russia Eurasia Center' serves a body in Germany, not Russia)
    titled = work_title_tokens(doc.text, sentence_of(span))
    words = [t for t in words if not _in_body_name(doc, t, own) and t.i not in titled]
    text = "".join(t.text_with_ws for t in words).strip()  # as written: 'Guinea-Bissau' is no 'Guinea -'
    code = nationality_country(w, text)  # 'a senior China analyst at ...' is not Chinese
    if code:
        return code
    for tok in words:
        if tok.ent_type_ in ("GPE", "LOC") and tok.ent_iob_ == "B":
            ent = next((e for e in doc.entities() if e.start == tok.i), None) if doc.nlp is not None else None
            if ent is not None and ent.end < len(ent.doc) and w.country_of(ent.text) and \
                    nationality_country(w, f"{ent.text} {ent.doc[ent.end].text}") is None:
                continue  # 'a senior Iran analyst': the country studied
            if ent is not None:
                code = _alpha3(w, re.sub(r"^[Tt]he\s+", "", ent.text))
                if code:
                    return code
    inst = w.institution_in(text)
    if inst is not None:
        if employers is not None:
            employers.append(inst)
        return inst.country
    orgs = [e for e in doc.entities() if e.label_ == "ORG"
            and any(e.start <= t.i < e.end for t in words)]
    code = next((c for c in (place_in_name(w, e.text) for e in orgs) if c), None)
    if code:
        return code
    homes = {c for c in (people_word_home(t.text) for t in words if t.pos_ in ("PROPN", "NOUN", "ADJ")) if c}
    return homes.pop() if len(homes) == 1 else None  # 'X, an ethnic Uyghur,': the people's home, no place said


_TITLE_GLUE = frozenset({"of", "the", "a", "an", "and", "in", "from", "to", "for", "on", "at", "with", "into", ":", "-",
                         "–", "—", "'s", "’s", "&"})


@lru_cache(maxsize=1)
def _work_anchor() -> Anchor:
    return Anchor(alternation(sorted(words("work_nouns.txt"))))


_WORKS_AT: list[tuple[str, list[int]]] = []  # the last text read: where its work nouns start


def _work_nouns_at(text: str) -> list[int]:
    if not _WORKS_AT or _WORKS_AT[0][0] is not text:
        _WORKS_AT[:] = [(text, [start for start, _ in _work_anchor().spans(text)])]
    return _WORKS_AT[0][1]


def work_title_tokens(text: str, tokens: Span) -> set[int]:
    """The indices of the words of a book's, film's or series' title that follow a noun for such a work
    (``work_nouns.txt``) in the sentence ``tokens`` of ``text``: a run of capitalised words and the small
    words between them ('the book Zero Sum:
    The Arc of Business in Russia', 'the film Letters from Iran', 'her memoir “Home in Kabul”'). The
    places in a title are no one's country; 'a book about Iran' names no title."""
    works = words("work_nouns.txt")
    if not any(tokens.start_char <= at < tokens.end_char for at in _work_nouns_at(text)):
        return set()  # (no such noun in the sentence: no word is read)
    tokens = list(tokens)
    found: set[int] = set()
    for k, tok in enumerate(tokens):
        if tok.lower_ not in works or tok.pos_ != "NOUN":
            continue
        j, run, quoted = k + 1, [], False
        if j < len(tokens) and tokens[j].text in OPEN_QUOTES:
            j, quoted = j + 1, True
        while j < len(tokens):
            t = tokens[j]
            if t.text[:1].isupper():
                run.append(t)
            elif t.lower_ in _TITLE_GLUE and run or quoted and not t.is_quote and t.text not in (".", ","):
                run.append(t)
            else:
                break
            j += 1
        while run and not run[-1].text[:1].isupper() and not quoted:
            run.pop()  # a title ends on a word of its own ('the book Zero Sum in 2019': 'in' is not the title's)
        found.update(t.i for t in run)
    return found


def _in_body_name(doc: Document, tok: Token, own: str | None) -> bool:
    """Whether a word is part of the name of an organisation or outlet other than the actor described."""
    aid = doc.actor_of_token(tok)
    if aid is None or aid == own:
        return False
    other = doc.actor(aid)
    return other is not None and other.kind in ("organization", "media") and len(other.name.split()) >= 2


_PLACE_TAIL = re.compile(r"\b(?:of|in)\s+(?:the\s+)?(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s*$")


_BRIEF_IN_NAME = re.compile(r"\s+(?:on|for|against|about|with|to|toward|towards)\s+.*$")


def name_country(w: ActorWords, name: str) -> str | None:
    """The country a body's own name gives ('Malawi Electoral Commission', 'Ethiopian News Agency'); a
    country after 'on', 'for', 'against' is the body's subject, not its home ('Inter-Parliamentary
    Alliance on China', 'Committee to Protect Journalists')."""
    return w.country_in(_BRIEF_IN_NAME.sub("", name))


def research_town_country(w: ActorWords, name: str) -> str | None:
    """The country of the big town or the region a university's or research body's name holds ('Tokyo
    International University', 'Leiden University', 'University of Southern California'): a town of at
    least 100,000 people that no place of the same name in another country rivals (a third of its
    size), or a region after 'of' ('University of Texas'; 'Kent State University' is in Ohio). Other
    bodies ('Jaffar Express', 'Boston Dynamics') say nothing."""
    if not research_body(name):
        return None
    for m in re.finditer(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}", name):
        words_ = [x for x in m.group(0).split() if not research_body(x)]
        for n in range(len(words_), 0, -1):
            for start in range(0, len(words_) - n + 1):
                place = " ".join(words_[start:start + n])
                found = sorted((e for e in gazetteer.load().lookup(place) if e.primary and e.country in w.alpha3_of),
                               key=lambda e: -e.population)
                regions = {e.country for e in found if e.feature in ("admin", "region")}
                if name[:m.start()].endswith("of ") and len(regions) == 1:
                    return w.alpha3_of[regions.pop()]  # 'University of Texas'; 'Kent State University' is in Ohio
                towns = [e for e in found if e.feature not in ("admin", "region", "country")]
                if towns and towns[0].population >= 100_000 and not any(  # a region elsewhere rivals too
                        e.country != towns[0].country and e.population * 3 >= towns[0].population for e in found):
                    return w.alpha3_of[towns[0].country]
    return None


def titled_country(doc: Document, w: ActorWords, actor: Actor) -> str | None:
    """The country written right before a person's title, the title right before the name: 'Malaysian
    Prime Minister X', "Kenya's Interior Minister X" (read from the text, for the titles the parse hangs
    elsewhere: 'the cabinet of Chilean President X')."""
    for m in actor.mentions[:3]:
        before = doc.text[max(0, m.start - 80):m.start]
        found = re.search(rf"(?<![\w-])(?P<who>{w.who})\s+(?P<title>(?:[\w.'’-]+\s+){{1,4}})$", before)
        if found and w.role_in(found.group("title")) == (actor.role or "").lower() and \
                w.role_in(found.group("title")) is not None and found.group("title").split()[-1][:1].isalpha():
            code = w.country_of(re.sub(r"['’]s$", "", found.group("who")))
            if code:
                return code
    return None


def _place_joined(word: str) -> str:
    """A pattern for a place of up to three capitalised words joined by a hyphen to ``word``, then up to
    three common nouns: 'New Zealand-born', 'the Berlin-based trade association'."""
    return rf"(?P<place>(?:[A-Z][\w'’.]*\s+){{0,2}}[A-Z][\w'’.]*)-{word}\s+(?:[a-z][\w-]*\s+){{0,3}}"


def _joined_place_country(pattern: re.Pattern[str], doc: Document, w: ActorWords, start: int,
                          window: int) -> str | None:
    """The country of the place ``pattern`` (``_place_joined``) finds in the ``window`` characters before
    ``start``: its words from the first, then fewer ('New York' before 'York'; 'U.S.' as a country)."""
    m = pattern.search(doc.text[max(0, start - window):start])
    if not m:
        return None
    words_ = m.group("place").split()
    for n in range(len(words_)):
        code = _alpha3(w, " ".join(words_[n:]))
        if code:
            return code
    return None


_BORN = re.compile(_place_joined("born") + r"(?:(?:Mr|Mrs|Ms|Dr|Sir|Dame)\.?\s+)?$")
_PLACE_PREPS = ("from", "of", "in")


def born_in(doc: Document, w: ActorWords, actor: Actor) -> str | None:
    """The country of the place a person is said to be born in, right before a mention of the name: 'New
    Zealand-born Mr X', 'the Lagos-born artist X'."""
    for m in actor.mentions[:4]:
        code = _joined_place_country(_BORN, doc, w, m.start, 60)
        if code:
            return code
    return None


def placed_after_name(doc: Document, w: ActorWords, actor: Actor) -> str | None:
    """The country of a place said right after a person's name with 'from', 'of' or 'in' ('publisher X in
    Hong Kong', 'X, 36, from Lisbon', 'Senator X of Ohio'), or owning the body after 'of' ('X of Italy's daily Y'), or after the last of several names joined with
    'and' ('X and his wife Y, from Perth, Australia'). Not for the staff of an outlet ('VOA's X in Quetta':
    where the reporter files from). A place that is also a region of another country the sentence names
    is that region ('X of Georgia ... later sat in the United States Senate': the state)."""
    assert doc.nlp is not None
    if _outlet_of(doc, actor, w) is not None:
        return None
    for m in actor.mentions[:3]:
        span = doc.char_span(m.start, m.end)
        if span is None or not len(span) or span.root.pos_ != "PROPN":
            continue
        root = span.root
        holders = [root] + [c for c in root.children if c.dep_ == "conj" and c.i > root.i]
        and_ = next((c for c in root.children if c.dep_ == "cc" and c.lower_ == "and"), None)
        if and_ is not None:  # 'X, 40, and his wife Y, ...': the phrase after 'and', however the parse hangs it
            holders += [t for t in root.doc[and_.i + 1:and_.i + 5] if t.pos_ in ("NOUN", "PROPN")
                        and not and_.i < t.head.i < t.i and t.head.i != t.i + 1][:1]
        if root.dep_ == "conj" and root.head.pos_ == "PROPN" and root.head.i < span.start:
            holders.append(root.head)  # (the place may hang on the first of the names)
        for holder in holders:
            for prep in holder.children:
                if prep.dep_ != "prep" or prep.lower_ not in _PLACE_PREPS or prep.i < span.end:
                    continue
                obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if obj is not None and obj.ent_type_ not in ("GPE", "LOC") and prep.lower_ == "of" and holder is root:
                    obj = next((c for c in obj.children if c.dep_ == "poss" and c.ent_type_ == "GPE"), None)
                    # ('X of Italy's daily Y': the state whose body the person is of)
                if obj is None or obj.ent_type_ not in ("GPE", "LOC"):
                    continue
                ent = next((e for e in doc.entities() if e.start <= obj.i < e.end), None)
                code = _alpha3(w, re.sub(r"^[Tt]he\s+", "", ent.text)) if ent is not None else None
                if code is None:
                    continue
                named = {w.country_of(x.group(0)) for x in w.country_re.finditer(doc.text_of(sentence_of(span)))} - {None, code}
                return (_region_of_named(w, ent.text, named) or code) if named else code
    return None


def _region_of_named(w: ActorWords, name: str, countries: set[str]) -> str | None:
    """The one country among ``countries`` (alpha-3) that has a region of this name ('Georgia' in a
    sentence naming the United States is the state)."""
    found = {w.alpha3_of.get(e.country) for e in gazetteer.load().lookup(name) if e.feature in ("admin", "region")}
    found &= countries
    return found.pop() if len(found) == 1 else None


def place_in_name(w: ActorWords, name: str) -> str | None:
    """The country of the place a body's name ends on: 'University of Sarajevo', 'Bar Association in Lagos'."""
    code = name_country(w, name)
    if code:
        return code
    m = _PLACE_TAIL.search(name)
    return _alpha3(w, m.group("place")) if m else None


def _span_of(doc: Document, actor: Actor) -> Span | None:
    assert doc.nlp is not None
    for m in actor.mentions:
        span = doc.char_span(m.start, m.end)
        if span is not None and len(span):
            return span
    return None


_CIVIL_SECTORS = (None, "CVL", "BUS", "MED", "LAB", "AGR", "EDU", "REL")  # people of no office (own_place)
_OFFICE_SECTORS = tuple(s for s in NATIONAL_SECTORS if s != "MIL")  # offices placed by a 'from' phrase (not troops:
# 'troops in Syria' are often another state's)


def fill_countries(doc: Document, w: ActorWords, international: set[str]) -> None:
    """Give countries to the actors still without one, from their descriptions, the bodies their people
    speak for, their sentences, then the story's setting (see ``story_setting``) for the kinds a
    reader places by it. ``international``: ids of actors known to serve no country."""
    from .organisations import place_word_country  # (here: organisations imports mentions, which this reads)

    assert doc.nlp is not None
    doc.setting = story_setting(doc, w)  # from what the actors' own mentions and the towns say
    doc.leading_state = lead_state(doc, w) if doc.setting is None else None  # (for national offices only)
    for actor in doc.actors:  # 'the Berlin-based Carnegie Russia Eurasia Center': said outright, beats a name
        if actor.kind in ("organization", "media", "person") and actor.sector != "IGO" and actor.id not in \
                international and actor.mentions:
            code = based_in(doc, w, actor.mentions[0].start)
            if code:
                _set_country(actor, code)
    starts = words("international_name_starts.txt")
    international.update(a.id for a in doc.actors if a.country is None and a.kind == "organization"
                         and a.name.split()[0].lower() in starts)  # 'International Renewable Energy Agency'
    for actor in [a for a in doc.actors if a.kind == "group" and a.country is None]:
        code = _from_one_country(doc, actor)  # 'workers from Nepal in Doha' are Nepal's, wherever they are
        if code:
            _set_country(actor, code)
    open_ = [a for a in doc.actors if a.country is None and a.kind in _LOCAL_KINDS and a.sector != "IGO"
             and a.id not in international and not (a.kind == "group" and (_from_outside(doc, a) or _away_from_home(a)))]
    # ('foreign bloggers who praise China'; 'foreigners seeking homes in Japan' are not placed where they are)
    for actor in open_:
        code = ethnic_home(doc, actor)  # 'Uyghurs held in Thailand': their people's home state, not where they are
        if code:
            _set_country(actor, code)
            continue
        if actor.kind == "organization":
            code = place_in_name(w, actor.name) or _owner_country(doc, w, actor) or _where_based(doc, w, actor) \
                or research_town_country(w, actor.name) or place_word_country(w, actor.name, doc.setting)
            if code:
                _set_country(actor, code)
                continue
        if actor.kind == "person" and _staff_of_no_country(doc, w, actor):
            international.add(actor.id)  # 'an MSF doctor in Gaza': where the body sent her, not whose she is
            continue
        for m in actor.mentions:
            span = doc.char_span(m.start, m.end)
            employers: list[Known] = []
            code = described_country(doc, w, span, employers) if span is not None and len(span) else None
            if code:
                _set_country(actor, code)
                if actor.kind == "person" and employers and employers[0].sector not in STATE_SECTORS | {"IGO"}:
                    employer_placed(doc)[actor.id] = (code, None)  # a known think tank, university, firm
                break
        if actor.country is None and actor.kind == "person" and actor.role:
            code = titled_country(doc, w, actor)
            if code:
                _set_country(actor, code)
        if actor.country is None and actor.kind == "person":
            code = born_in(doc, w, actor) or placed_after_name(doc, w, actor)
            if code:
                _set_country(actor, code)
    for actor in [a for a in doc.actors if a.kind == "person" and a.sector in (None, "CVL", "MED") and a.id not in
                  international]:
        body = _outlet_of(doc, actor, w)
        if body is not None and (actor.sector != "MED" or actor.country is None):  # "VOA's Jane Doe"
            if actor.country is None and body.country:
                employer_placed(doc)[actor.id] = (body.country, body.id)
            actor.country = actor.country or body.country
            set_sector(actor, "MED")
    for actor in [a for a in open_ if a.country is None and a.kind == "person"]:
        body = body_spoken_for(doc, actor)
        if body is not None and body.country:
            _set_country(actor, body.country)
            employer_placed(doc)[actor.id] = (body.country, body.id)
        elif body is not None and (body.id in international or body.sector == "IGO"):
            international.add(actor.id)  # 'Guterres' spokesman', 'a researcher at Human Rights Watch'
            if (actor.sector in (None, "CVL") or actor.sector == "GOV" and (actor.role or "") in
                    words("titles_any_body.txt")) and body.sector == "IGO":
                actor.sector, actor.code = "IGO", "IGO"
    for actor in [a for a in open_ if a.country is None and a.kind == "person" and a.id not in international]:
        span = _span_of(doc, actor)
        body = clause_employer(doc, actor) or (  # 'X works on water projects at Y', 'X is a nurse at Y'
            body_named_in_title(doc, actor, before_name(span)) if span is not None else None)  # 'health ministry spokesperson X'
        if body is not None and body.country and body.sector != "IGO" and body.id not in international:
            _set_country(actor, body.country)
            employer_placed(doc)[actor.id] = (body.country, body.id)
    pleading = [a for a in open_ if a.country is None and a.kind in ("person", "group") and a.id not in international
                and _pleads_in_court(w, a)]
    court = court_country(doc, w) if pleading else None  # (read only when someone pleads)
    for actor in pleading if court else ():
        _set_country(actor, court)
    civil_titles(doc, w)
    members_of_state_bodies(doc)
    commentators_at_institutions(doc, w, international)
    for actor in [a for a in open_ if a.country is None and a.id not in international and a.kind in ("person", "group")
                  and a.sector in _CIVIL_SECTORS and _outlet_of(doc, a, w) is None]:
        code = own_place_country(doc, w, actor)  # 'residents of Harar', 'a trader in the city of Kaduna'
        if code:
            _set_country(actor, code)
    for actor in [a for a in open_ if a.country is None and a.id not in international and a.kind in ("person", "group")
                  and a.sector in _OFFICE_SECTORS and not (a.kind == "group" and _from_outside(doc, a))]:
        code = own_place_country(doc, w, actor, origin_only=True)  # 'a firefighter from Winnipeg', 'MPs from Kenya'
        if code:
            _set_country(actor, code)
    for actor in [a for a in open_ if a.country is None and a.id not in international and (
            a.kind != "organization" or is_national_body(w, a))]:  # ('held in X by the Bureau of Immigration')
        if comments_from_outside(doc, actor):
            continue  # 'analysts', 'Jane Doe, an expert at ..., said North Korea may ...': a place in their
            # sentence is what they talk about, not their home
        if _civil_bodies(actor):
            continue  # 'rights groups said Iran ...': a place in their sentence is what they work on
        code = _sentence_country(doc, w, actor)
        if code:
            _set_country(actor, code)
    for actor in [a for a in open_ if a.country is None and a.id not in international and a.kind != "organization"]:
        code = local_scene_country(doc, w, actor)  # 'local residents' of the town the passage is set in
        if code:
            _set_country(actor, code)
    _place_in_setting(doc, w, international, open_)
    parties_known_by_country(doc, w)


def _place_in_setting(doc: Document, w: ActorWords, international: set[str], open_: list[Actor],
                      settled: bool = False, elsewhere: bool = True) -> None:
    """Give the story's country to the actors of ``open_`` still without one that a reader places by it
    (``_placed_by_setting``), bodies first, so that the people who speak for a local body follow it; once
    ``settled``, not one a sentence of whose names another country, unless ``elsewhere`` is False."""
    if not doc.setting:
        return
    dateline = dateline_country(doc, w) is not None
    for actor in sorted(open_, key=lambda a: a.kind != "organization"):
        if actor.country is None and actor.id not in international and (
                _placed_by_setting(doc, w, actor, dateline, settled) or is_party(actor)) and not (
                settled and elsewhere and _names_elsewhere(doc, w, actor)):
            code = actor.code
            _set_country(actor, doc.setting)
            if settled:  # the code the sector steps gave ('NGO', 'GOVCOP'), now of the country
                actor.code = f"{doc.setting}{code or actor.sector or ''}"
    _staff_follow_outlets(doc, w, international)


def _names_elsewhere(doc: Document, w: ActorWords, actor: Actor) -> bool:
    """Whether a sentence of one of an actor's first mentions names a country, or a well-known place,
    other than the story's: 'keep the smuggling gangs away from Peru and Bolivia' in a story set in the United
    States; 'Tokyo and Washington ... at their joint committee'. Quoted words count: they say where
    the actor is as well as the narrator's."""
    assert doc.nlp is not None
    for m in actor.mentions[:3]:
        span = doc.char_span(m.start, m.end)
        if span is None or not len(span):
            continue
        sent = sentence_of(span)
        if any(w.country_of(c.group(0)) not in (None, doc.setting) for c in w.country_re.finditer(doc.text_of(sent))):
            return True
        for ent in doc.entities_in(sent):
            if ent.label_ in ("GPE", "LOC") and _alpha3(w, re.sub(r"^[Tt]he\s+", "", ent.text)) not in (None, doc.setting):
                return True
    return False


def place_settled(doc: Document, w: ActorWords, international: set[str]) -> None:
    """The setting step again once every actor's sector is settled: the sectors read from the text and
    the bodies' head words come after ``fill_countries`` ('bandits' were crime, then armed; 'the Budget
    Committee' had none, then LEG), and coreference adds actors of its own ('a local official ... the
    official'). The same readers' rule decides (``_placed_by_setting``). Then a private person's origin,
    told in the text, beats where the person is (``people_of_origin``)."""
    if doc.setting:
        open_ = [a for a in doc.actors if a.country is None and a.kind in _LOCAL_KINDS and a.sector != "IGO"
                 and a.id not in international and not (a.kind == "group" and _from_outside(doc, a))]
        _place_in_setting(doc, w, international, open_, settled=True)
    elif doc.leading_state:
        _place_in_lead_state(doc, w, international)
    people_of_origin(doc, w, international)


def _place_in_lead_state(doc: Document, w: ActorWords, international: set[str]) -> None:
    """In a story without a setting, the national offices and bodies still without a country (a lawmaker,
    the opposition, a ministry, the police: ``national.NATIONAL_SECTORS``) that a reader places by the
    setting (``_placed_by_setting``) take the story's leading state (``national.lead_state``); the same
    readers' rule and its exclusions, read as if the story were set there, for these sectors only, and for
    organisations only those named as state bodies (``national.is_national_body``); not judges, prosecutors
    or lawyers, whom only the story's court places (it may be an international one). Not an actor whose own
    phrase names another state or a wider region ('officials of two Western states', 'East
    European leaders': ``national.phrase_elsewhere``), nor one a sentence of whose places somewhere else
    ('met officials in Belgium and Italy'); a state its sentence names only as a party, a brief or what
    is said ('doubt Beijing's pledges') does not stop it: in a story of several states
    most sentences name one."""
    doc.setting = doc.leading_state
    try:
        open_ = [a for a in doc.actors if a.id not in international and _takes_lead(doc, w, a)]
        _place_in_setting(doc, w, international, open_, settled=True, elsewhere=False)
    finally:
        doc.setting = None


def _takes_lead(doc: Document, w: ActorWords, actor: Actor) -> bool:
    """Whether an actor without a country may take the leading state (``_place_in_lead_state``; read with
    ``doc.setting`` set to it): before the readers' rule of the setting, which the caller asks."""
    state = doc.leading_state
    return actor.country is None and actor.kind in _LOCAL_KINDS and actor.sector in NATIONAL_SECTORS \
        and not (actor.kind == "group" and _from_outside(doc, actor)) \
        and (actor.kind != "organization" or is_national_body(w, actor)) \
        and not _pleads_in_court(w, actor) \
        and not phrase_elsewhere(doc, w, actor, state) \
        and not any(found - {state} for found, _ in _sentence_places(doc, w, actor))
    # ('Air Force One' is no state body; 'the judges' of an international court: the court places them)


_ORIGIN_HEADS = frozenset({"born", "hails", "hail", "driven", "fled"})  # verbs whose 'in'/'from' place is where one is from
_ORIGIN_NOUNS = frozenset({"hometown", "homeland"})
# any origin word in the text (a whole word: no order needed), so a story with none is not read
_ORIGIN_RE = led(rf"\b(?:{'|'.join(sorted(_ORIGIN_HEADS | _ORIGIN_NOUNS | {'originally'}))})\b")
_ORIGIN_REACH = 300  # characters: how far from a mention an origin word may stand for the mention's tree to be read


def people_of_origin(doc: Document, w: ActorWords, international: set[str]) -> None:
    """A person of no office (sector none, civil or business) takes the country the text says the person comes from,
    over the country of where the person lives or is ('X, a refugee living in a camp in Kenya, was driven
    from Somalia', 'shop owner X, who is originally from Taiwan', 'X, the daughter of Filipino migrants, was
    born and raised in Ohio'): the person (by name or pronoun) is the subject of 'born', 'hails from', 'driven from',
    'fled', 'is originally from' with a place, or owns a 'hometown' or 'homeland' with a place or demonym
    (``origin_of``). Read only where an origin word is in the text."""
    near = [m.start() for m in _ORIGIN_RE.finditer(doc.text)]
    if not near:
        return  # (no origin word: nothing to read)
    for actor in doc.actors:
        if actor.kind != "person" or actor.sector not in (None, "CVL", "BUS") or actor.id in international:
            continue
        code = origin_of(doc, w, actor, near)
        if code and code != actor.country:
            _set_country(actor, code)


def _place_code(doc: Document, w: ActorWords, tok: Token) -> str | None:
    """The country of the place or demonym a word is, or is part of ('Ohio', 'Ghanaian', 'Kumasi')."""
    ent = next((e for e in doc.entities() if e.start <= tok.i < e.end), None)
    if ent is not None and ent.label_ in ("GPE", "LOC", "NORP"):
        name = re.sub(r"^[Tt]he\s+", "", ent.text)
        return w.country_of(name) or (_alpha3(w, name) if ent.label_ != "NORP" else None)
    return w.country_of(tok.text) if tok.pos_ in ("ADJ", "PROPN") else None


def origin_of(doc: Document, w: ActorWords, actor: Actor, near: list[int]) -> str | None:
    """The country a person is said to come from (see ``people_of_origin``); ``near``: where the text's
    origin words start (a mention with none near it is not read)."""
    assert doc.nlp is not None
    for m in actor.mentions:
        if not any(m.start - _ORIGIN_REACH <= at <= m.end + _ORIGIN_REACH for at in near):
            continue
        span = doc.char_span(m.start, m.end)
        if span is None or not len(span):
            continue
        root = span.root
        subject = root.head if root.dep_ == "appos" and root.head.i < root.i else root  # 'Her aunt, X, ... was born'
        clauses = [subject.head] if subject.dep_ in ("nsubj", "nsubjpass") else []
        clauses += [c for c in root.children if c.dep_ in ("relcl", "acl") and c.i > root.i]
        for _ in range(2):  # 'born and raised in', 'was among the first families to reach ..., driven from X'
            clauses += [c for k in clauses for c in k.children if c.dep_ in ("conj", "xcomp", "advcl") and c not in clauses]
        for clause in clauses:
            originally = any(c.lower_ == "originally" for c in clause.children)
            if clause.lower_ not in _ORIGIN_HEADS and not originally and not (
                    clause.lower_ == "raised" and any(k.lower_ == "born" for k in clauses)):
                continue
            for prep in clause.children:
                if prep.dep_ == "prep" and prep.lower_ in ("in", "from") or prep.dep_ == "dobj" and clause.lower_ == "fled":
                    obj = prep if prep.dep_ == "dobj" else next((c for c in prep.children if c.dep_ == "pobj"), None)
                    code = _place_code(doc, w, obj) if obj is not None else None
                    if code:
                        return code
        if root.dep_ == "poss" and root.head.lower_ in _ORIGIN_NOUNS:  # 'Kumasi, his Ghanaian hometown'
            noun = root.head
            for tok in [c for c in noun.children if c.dep_ in ("amod", "compound")] + (
                    [noun.head] if noun.dep_ == "appos" else []):
                code = _place_code(doc, w, tok)
                if code:
                    return code
    return None


def court_country(doc: Document, w: ActorWords) -> str | None:
    """The one country of the courts and trials a story places: 'a trial in Lisbon', 'a Paris court',
    'the Phnom Penh court'; None when it places none, or courts in two countries. Walked over the story's
    tokens once per document, whoever asks (the actors stage for someone who pleads, the events stage for a
    case faced): kept in the document's cache as a one-element tuple, since None is a finding too."""
    kept = doc.cached("court_country")
    if kept is None:
        kept = doc.cached("court_country", (_court_country(doc, w),))
    return kept[0]


def _court_country(doc: Document, w: ActorWords) -> str | None:
    assert doc.nlp is not None
    nouns = court_words("place")
    found: set[str] = set()
    for tok in doc.tokens():
        if tok.lower_ not in nouns or tok.pos_ != "NOUN":
            continue
        found |= court_places(doc, tok, w)
    return found.pop() if len(found) == 1 else None


def court_places(doc: Document, tok: Token, w: ActorWords) -> set[str]:
    """The countries of the places a court or trial noun says it sits in: 'a Paris court', 'a trial in Lisbon'
    (read by ``court_country`` for the story and by ``bodies.unnamed_courts`` for one court)."""
    places = [c for c in tok.children if c.dep_ in ("compound", "nmod", "amod") and c.i < tok.i
              and c.ent_type_ in ("GPE", "LOC")]
    places += [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "in"  # ('a court in Lyon', though
               for o in p.children if o.dep_ == "pobj" and o.pos_ == "PROPN"]  # the tagger took Lyon for a body)
    found = set()
    for place in places:
        ent = next((e for e in doc.entities() if e.start <= place.i < e.end), None)
        code = _alpha3(w, re.sub(r"^[Tt]he\s+", "", ent.text)) if ent is not None else None
        if code:
            found.add(code)
    return found


def _pleads_in_court(w: ActorWords, actor: Actor) -> bool:
    """A judge, prosecutor or other officer of a court (the JUD titles of roles.tsv), or an advocate
    ('lawyer', 'attorney', 'counsel': court_words.tsv); or a group named by one of those titles
    ('prosecutors', 'judges')."""
    if actor.kind == "group":  # 'prosecutors', 'defense lawyers': a group named by such a title
        return any(_court_title(w, f) for f in singular_forms(actor.name.lower().split()[-1]))
    return _court_title(w, (actor.role or "").lower())


def _court_title(w: ActorWords, role: str) -> bool:
    return bool(role) and (w.roles.get(role, (None, False))[0] == "JUD" or role in court_words("person"))


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


_SETTING_SECTORS = {  # the sectors of the actors of each kind a reader places in the story's country
    "person": (None, "CVL", "GOV", "MIL", "COP", "LEG", "JUD", "OPP", "REB", "BUS", "LAB", "AGR"),
    "group": (None, "CVL", "GOV", "MIL", "COP", "LEG", "JUD", "OPP", "REB", "BUS", "LAB", "AGR", "EDU"),  # (EDU: schools)
    "organization": ("GOV", "MIL", "COP", "LEG", "JUD", "REB"),  # a state body or an armed group; never a charity, firm or league
    "media": ("MED",),
}


def _civil_bodies(actor: Actor) -> bool:
    """'rights groups', 'aid agencies', 'charities' named by what they are, not whose: bodies that may
    work from anywhere (``body_group_nouns.txt``)."""
    head = actor.name.lower().split()[-1] if actor.name else ""
    return actor.kind == "group" and actor.sector in (None, "CVL") and re.sub(r"(?:ie)?s$", "", head) in \
        {re.sub(r"y$", "", n) for n in words("body_group_nouns.txt")}


_NAME_FUNCTION_WORDS = frozenset({"the", "a", "an", "some", "other", "several", "many", "most", "all", "two", "three",
                                  "few", "various", "both", "these", "those", "such", "and", "of"})


def _cause_groups(actor: Actor) -> bool:
    """Whether a group named by a body noun (``_civil_bodies``) is named by a cause that crosses borders
    ('rights groups', 'aid agencies', 'press freedom organizations': ``cause_group_words.txt``) or by
    the noun alone ('groups'); 'political groups', 'student groups', 'local fan organizations' are the
    people of the place."""
    if not _civil_bodies(actor):
        return False
    words_ = [x.strip(".,'’\"") for x in actor.name.lower().split()[:-1]]
    words_ = [x for x in words_ if x and x not in _NAME_FUNCTION_WORDS]
    return not words_ or any(x in words("cause_group_words.txt") for x in words_)


def _placed_by_setting(doc: Document, w: ActorWords, actor: Actor, dateline: bool = False,
                       settled: bool = False) -> bool:
    """Whether a reader takes an actor the story leaves without a country for one of the country the
    story is set in: local people (residents, witnesses, officials), security forces, state bodies,
    local outlets (``_local_outlet``); never commentators ('analysts', a researcher), people living away
    from home ('migrants', ``displaced_group_words.txt``), international bodies, staff of an outlet (they
    follow their outlet: ``_staff_follow_outlets``), or people who speak for a body whose country is
    unknown.
    Under a dateline ('KABUL —') the bodies of any sector named without a country are the place's too;
    once sectors are ``settled``, so are the civil, teaching and unsorted bodies the knowledge base does
    not know (``_local_body``). Criminals (CRM) are placed like armed groups once sectors are settled (as they
    were when recorded REB), not before."""
    sector = "REB" if actor.sector == "CRM" and settled else actor.sector
    if sector not in _SETTING_SECTORS.get(actor.kind, ()) and not (
            dateline and actor.kind == "organization" and actor.sector != "IGO") and not (
            actor.kind == "organization" and actor.sector == "MED") and not (
            settled and actor.kind == "organization" and actor.sector in _LOCAL_BODY_SECTORS):
        return False
    if actor.kind == "media" or actor.sector == "MED" and actor.kind == "organization":
        return _local_outlet(doc, actor)
    if actor.kind == "organization" and actor.sector in _LOCAL_BODY_SECTORS and not dateline:
        return _local_body(doc, actor)
    if actor.kind == "group" and comments_from_outside(doc, actor):
        return False
    if actor.kind == "group" and _away_from_home(actor):
        return False  # 'migrants', 'refugees': where they are, not whose they are
    if (_cause_groups(actor) if settled else _civil_bodies(actor)) or actor.kind == "group" and _from_outside(doc, actor):
        return False  # 'rights groups', 'aid agencies', 'charities' may come from anywhere; 'foreign
        # bloggers', 'international forces' come from outside the setting
    if actor.kind == "person":
        if is_commentator(doc, actor) and (institution_of(doc, actor) is not None or research_body_named(doc, actor)):
            return False  # 'Jane Doe, a researcher at ...': her institution, not the story, places her
        span = _span_of(doc, actor)
        body = body_spoken_for(doc, actor)
        if body is not None and (not body.country and _serves_no_country(w, body) or body.kind == "media"):
            return False  # staff of an international body, or of an outlet (which may be foreign)
        if span is not None and _own_phrase_country(doc, w, span) not in (None, doc.setting):
            return False  # 'commander for U.S. Indo-Pacific Command' in a story set in North Korea
    return True


def _away_from_home(actor: Actor) -> bool:
    """Whether a group's name says its people live away from home ('migrants', 'refugees':
    ``displaced_group_words.txt``)."""
    return any(x in words("displaced_group_words.txt") for x in actor.name.lower().split())


def _local_outlet(doc: Document, actor: Actor) -> bool:
    """Whether a reader takes an outlet named without a country for one of the story's country: one
    named by what it is ('local media', 'state television'), or one named by its own name that the
    knowledge base does not know (the well-known outlets of every country and the international ones
    are there, with their countries or none): a local paper or station ('a journalist with NewsDay').
    Not one whose name says it covers a wider region or the world ('Healthcare Asia',
    ``region_and_world_words.txt``), nor a scholarly journal ('the journal X', ``scholarly_outlet_nouns.txt``)."""
    lowered = actor.name.lower().split()
    if actor.name[:1].islower() or lowered[0] in ("local", "state"):
        return True
    if any(x.strip(".,'’") in words("region_and_world_words.txt") for x in lowered):
        return False
    return not _named_as_scholarly(doc, actor)


_LOCAL_BODY_SECTORS = (None, "CVL", "EDU")


@lru_cache(maxsize=1)
def _wide_or_faith_words() -> frozenset[str]:
    """The words that say a body is wider than one country or of a faith, read once (not per body)."""
    return words("region_and_world_words.txt") | words("faith_words.txt")


def _local_body(doc: Document, actor: Actor) -> bool:
    """Whether a reader takes a civil, teaching or unsorted body named without a country, and unknown to
    the knowledge base (which holds the international NGOs, with no country), for one of the country the
    story is set in: a local association, charity, party or museum ('the Elephant Protection Society' in
    a story set in Botswana). Not a body whose name says it is wider than one country ('International
    ...', 'Asian ...': ``region_and_world_words.txt``) or names a faith ('the Catholic Church': ``faith_words.txt``), a university or research body (where the commentators
    of a story work, often abroad), nor a scholarly journal. Read once sectors are settled: before, firms
    have no sector yet."""
    wide = _wide_or_faith_words()
    if any(x.strip(".,'’") in wide for x in actor.name.lower().split()):
        return False
    return not research_body(actor.name) and not _named_as_scholarly(doc, actor)


def _named_as_scholarly(doc: Document, actor: Actor) -> bool:
    """Whether a noun for a scholarly periodical comes right before a mention ('the journal X')."""
    scholarly = words("scholarly_outlet_nouns.txt")
    for m in actor.mentions[:3]:
        before = doc.text[max(0, m.start - 40):m.start].lower().split()[-3:]
        if any(x.strip(",:") in scholarly for x in before):
            return True
    return False


def _staff_follow_outlets(doc: Document, w: ActorWords, international: set[str]) -> None:
    """A person without a country who works for an outlet that has one takes it: named before the
    name ("NewsDay's Jane Doe"), after it with 'of' ('Jane Doe of NewsDay') or in an apposition ('Jane
    Doe, a journalist with NewsDay', 'a reporter for Y'), once the outlet is placed."""
    for actor in doc.actors:
        if actor.kind != "person" or actor.country is not None or actor.id in international or \
                actor.sector not in (None, "CVL", "MED"):
            continue
        outlet = _outlet_of(doc, actor, w) or _outlet_in_apposition(doc, actor)
        if outlet is not None and outlet.country:
            actor.sector = "MED"
            _set_country(actor, outlet.country)


def _outlet_in_apposition(doc: Document, actor: Actor) -> Actor | None:
    """The outlet named in an apposition to a person's name after 'with', 'at', 'for' or 'of' ('Jane
    Doe, a journalist with NewsDay')."""
    span = _span_of(doc, actor)
    if span is None:
        return None
    for part in span.root.children:
        if part.dep_ != "appos" or part.i < span.end:
            continue
        for prep in part.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("with", "at", "for", "of"):
                continue
            for tok in prep.subtree:
                other = doc.actor(doc.actor_of_token(tok))
                if other is not None and other.id != actor.id and other.kind == "media":
                    return other
    return None


def is_commentator(doc: Document, actor: Actor) -> bool:
    """Whether a person comments on events from outside them: a commentator noun ('analyst', 'expert',
    'professor') in the person's role, the title before the name or the description after it, or a
    post at a university or research body ('director of Cornell University's Emerging Markets
    Institute', 'a fellow at the Brookings Institution')."""
    commentators = words("commentator_nouns.txt")
    said = (actor.role or "").lower().split()
    span = _span_of(doc, actor)
    if span is not None:  # 'a senior fellow at X', but not 'his fellow activist X'
        said += [t.lower_ for t in _description(span) + before_name(span)
                 if not (t.lower_ == "fellow" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].pos_ in ("NOUN", "PROPN"))]
    if any(f in commentators for t in said for f in singular_forms(t)):
        return True
    body = institution_of(doc, actor)
    return body is not None and research_body(body.name)


def comments_from_outside(doc: Document, actor: Actor) -> bool:
    """Whether an actor comments on events from outside them: a group whose head noun is a commentator noun
    ('analysts', 'critics of the plan', 'legal experts'; not 'fellow lawmakers') or a person
    ``is_commentator`` reads as one."""
    if actor.kind == "group":
        named = actor.name.lower().split(" of ")[0].split()
        return bool(named) and any(f in words("commentator_nouns.txt") for f in singular_forms(named[-1]))
    return actor.kind == "person" and is_commentator(doc, actor)


def research_body(name: str) -> bool:
    """Whether a body's name says it studies or teaches: 'University of X', 'X Institute', 'Center for
    Strategic Studies', 'X Endowment' (``research_body_words.txt``)."""
    low = f" {name.lower()} "
    return any(f" {word} " in low for word in words("research_body_words.txt"))


def institution_of(doc: Document, actor: Actor) -> Actor | None:
    """The organisation a person works at, named in the person's own phrase (see ``body_spoken_for``),
    leaving out one named after 'in' or a brief ('assistant professor in Modern Chinese Studies at
    Leiden University': the field, then the employer). The whole apposition is read, briefs included:
    'a lecturer focusing on Japanese policy at Stanford University'."""
    span = _span_of(doc, actor)
    if span is None:
        return None
    root = span.root
    words_ = before_name(span) + [t for c in root.children if c.i >= span.end and (
        c.dep_ in ("appos", "relcl", "acl") or c.dep_ == "prep" and c.lower_ in _AFFILIATION) for t in c.subtree]
    if root.dep_ == "appos" and root.head.i < span.start:
        words_ += [t for t in root.head.subtree if not span.start <= t.i < span.end]
    for tok in sorted(words_, key=lambda t: t.i):
        aid = doc.actor_of_token(tok)
        other = doc.actor(aid) if aid and aid != actor.id else None
        if other is None or other.kind != "organization":
            continue
        prep = next((a for a in tok.ancestors if a.dep_ == "prep"), None)
        if prep is not None and (prep.lower_ == "in" or prep.lower_ in _BRIEF - {"for", "with"}):
            continue
        return other
    return None


def commentators_at_institutions(doc: Document, w: ActorWords, international: set[str]) -> None:
    """An analyst, expert or professor takes the country of the institution named in the person's own
    phrase ('an Iran specialist at a Texas university', 'professor at the
    University of Melbourne'): where the person works, not the country the person studies, which a
    demonym before the noun often names ('a North Korean expert'). An institution of no country
    (an international NGO, a UN body) leaves the person's country as it was."""
    for actor in doc.actors:
        if actor.kind != "person" or actor.sector not in (None, "CVL", "BUS") or actor.id in international:
            continue
        if not is_commentator(doc, actor):
            continue
        body = institution_of(doc, actor)
        code = body.country if body is not None and body.sector != "IGO" else None
        if body is None:
            named = research_body_named(doc, actor)  # 'University of Melbourne professor X': no actor of its own
            code = research_town_country(w, named) if named else None
        if code and code != actor.country:
            if actor.country is None or actor.id in employer_placed(doc):
                employer_placed(doc)[actor.id] = (code, body.id if body is not None else None)
            _set_country(actor, code)


def employer_placed(doc: Document) -> dict[str, tuple[str, str | None]]:
    """The people whose only country is the one of the body they work at (an analyst at a think tank, a
    charity's director, an outlet's reporter, a ministry's spokesman), as actor id -> (that country, the
    body's id, if it is an actor): read by ``name_language.countries_from_names``, whose weak evidence may
    stand against a place of work that is not a state's own body."""
    kept = doc.cached("employer-placed people")
    if kept is None:
        kept = doc.cached("employer-placed people", {})
    return kept


def research_body_named(doc: Document, actor: Actor) -> str | None:
    """The name of a university or research body written in a person's own phrase (title before the name,
    apposition after it), whether or not it became an actor: 'University of Melbourne professor X'."""
    span = _span_of(doc, actor)
    if span is None:
        return None
    phrase = " ".join(t.text for t in sorted(before_name(span) + _description(span), key=lambda t: t.i))
    for m in re.finditer(r"[A-Z][\w'’.-]*(?:\s+(?:of|for|and|de|the)?\s*[A-Z][\w'’.-]*)*", phrase):
        if research_body(m.group(0)):
            return m.group(0)
    return None


def _from_outside(doc: Document, actor: Actor) -> bool:
    """Whether a group is named as coming from outside the story's country: a word of its name or of its
    first mention's phrase says so ('international forces', 'foreign troops', 'Western companies';
    ``foreign_group_words.txt``), or another country or an international body is joined to its noun
    ('U.S. and NATO troops': the group took only 'troops')."""
    outside = words("foreign_group_words.txt")
    if any(x in outside or x in words("region_and_world_words.txt") for x in actor.name.lower().split()):
        return True  # (a group named by a region wider than one country, 'African women', is of no one country)
    if actor.name.lower().split()[-1:] and actor.name.lower().split()[-1] in words("several_states_nouns.txt"):
        return True  # 'democratic nations', 'other countries': several states, none of them the setting
    span = _span_of(doc, actor)
    if span is None:
        return False
    prep = _from_phrase(span)
    if prep is not None and _from_countries(doc, prep):
        return True
    for child in span.root.children:
        if child.i >= span.start or child.dep_ not in ("compound", "amod", "nmod", "poss"):
            continue
        for tok in child.subtree:
            if tok.lower_ in outside:
                return True
            other = doc.actor(doc.actor_of_token(tok))
            if other is not None and other.id != actor.id and (
                    other.sector == "IGO" or other.kind == "country" and other.country != doc.setting):
                return True
    return False


def _from_one_country(doc: Document, actor: Actor) -> str | None:
    """The one country a group's 'from' phrase, right after its noun, names ('workers from Nepal', 'troops
    from Kenya'); None for several ('from 20 countries', 'from Nepal and India') or a body ('from the AU')."""
    span = _span_of(doc, actor)
    prep = _from_phrase(span) if span is not None else None
    if prep is None:
        return None
    objs = [o for c in prep.children if c.dep_ == "pobj" for o in [c, *(x for x in c.conjuncts)]]
    found = {a.country for o in objs if (a := doc.actor(doc.actor_of_token(o))) is not None and a.kind == "country"}
    return found.pop() if len(objs) == 1 and len(found) == 1 else None


def _from_phrase(span):
    """The 'from' right after a group's noun, wherever the parser hangs it (on the noun or on the verb)."""
    after = span.doc[span.end] if span.end < len(span.doc) else None
    return next((p for p in [*span.root.children, *([after] if after is not None else [])]
                 if p.dep_ == "prep" and p.lower_ == "from" and p.i == span.end), None)


def _from_countries(doc: Document, prep) -> bool:
    """A 'from' phrase naming where a group comes from as several countries or another one than the
    story's: 'envoys from more than 20 countries', 'troops from neighbouring states', 'observers from the
    African Union'."""
    for obj in (c for c in prep.children if c.dep_ == "pobj"):
        if obj.lemma_.lower() in ("country", "nation", "state") and obj.tag_ == "NNS":
            return True
        other = doc.actor(doc.actor_of_token(obj))
        if other is not None and (other.sector == "IGO" or other.kind == "country" and other.country != doc.setting):
            return True
    return False


def _staff_of_no_country(doc: Document, w: ActorWords, actor: Actor) -> bool:
    """Whether a person speaks for an organisation that serves no country (an international body or
    NGO: ``_serves_no_country``), named in the person's own phrase ('a Red Cross nurse in Juba', 'a
    researcher at Amnesty International'): the places of the person's phrase and sentence are where the
    body works, and the person stays without a country."""
    body = body_spoken_for(doc, actor)
    return body is not None and body.kind == "organization" and not body.country and _serves_no_country(w, body)


def _serves_no_country(w: ActorWords, body: Actor) -> bool:
    """Whether a body without a country is known to serve none: an international body, an international
    NGO the knowledge base or the lexicons list without a country. A local body the text places nowhere
    ('the Elephant Protection Society') is not: its people are the story's own."""
    if body.sector == "IGO" or body.kind == "media":
        return True
    known = w.known.get(norm(body.name))
    if known is not None and not known.country:
        return True
    facts = knowledge().facts(body.name, None)
    return facts is not None and facts.country is None


def _own_phrase_country(doc: Document, w: ActorWords, span: Span) -> str | None:
    """A country named in a person's own phrase: the title before the name and the whole of the
    appositions after it, briefs included."""
    words = before_name(span) + [t for c in span.root.children if c.dep_ in ("appos", "prep") and c.i >= span.end
                                  for t in c.subtree]
    return w.country_in(" ".join(t.text for t in sorted(words, key=lambda t: t.i)))


def place_by_setting(doc: Document, actor: Actor) -> None:
    """Give an actor added after the actors stage (a speaker named only by a description: 'security
    sources', 'a local resident') the country of the outlet it works for ('a VOA reporter'), else the
    story's country when it has none and a reader would place it so."""
    w = actor_words()
    if actor.kind in ("person", "group") and actor.country is None and actor.sector in (None, "CVL", "MED"):
        outlet = _outlet_of(doc, actor, w)  # 'a VOA reporter', 'Reuters correspondents': the outlet's staff
        if outlet is not None and outlet.country:
            actor.sector = "MED"
            _set_country(actor, outlet.country)
            return
    if actor.kind in ("person", "group") and actor.country is None and actor.sector in _CIVIL_SECTORS:
        code = own_place_country(doc, w, actor) or local_scene_country(doc, w, actor)  # 'a resident of X'
        if code:
            _set_country(actor, code)
            return
    if doc.setting and actor.country is None and _placed_by_setting(doc, w, actor):
        _set_country(actor, doc.setting)


def _sentence_country(doc: Document, w: ActorWords, actor: Actor) -> str | None:
    """The one country named or placed in a sentence that mentions the actor (its first three mentions,
    in order): 'opposition candidate Grace Chirwa told supporters in Blantyre' -> Malawi. A sentence
    naming two countries or none says nothing."""
    for found, others in _sentence_places(doc, w, actor):
        if len(found) == 1 and others <= found:
            return found.pop()
        if found or others:
            return None
    return None


def _sentence_places(doc: Document, w: ActorWords, actor: Actor):
    """For each sentence of the actor's first three mentions, in order: the countries it names or places
    as where things are (``found``: 'told supporters in Blantyre') and those it names as parties, briefs or
    what is said (``others``: another body's country, 'envoy for Syria', 'said Tehran offered'); quoted
    words, places one moves from or to, and stances ('pro-Beijing') are in neither."""
    assert doc.nlp is not None
    seen: set[int] = set()
    for m in actor.mentions[:3]:
        span = doc.char_span(m.start, m.end)
        if span is None or not len(span):
            continue
        sent = sentence_of(span)
        if sent.start in seen:
            continue
        seen.add(sent.start)
        tokens = doc.tokens()
        sent_tokens = tokens[sent.start:sent.end]  # the sentence's tokens, made once
        sent_deps = doc.token_strings("DEP")[sent.start:sent.end]  # and their relations, as strings
        found: set[str] = set()
        preps = [tok for tok, dep in zip(sent_tokens, sent_deps) if dep == "prep"]
        moving = {t.i for tok in preps if tok.lower_ in _MOTION for t in tok.subtree}
        # what one works on ('envoy for North Korea') and the words of another actor's name ('the U.S.
        # Congress') do not say where one is from, but a sentence naming them is no longer about one country
        aside = {t.i for tok in preps if tok.lower_ in _BRIEF for t in tok.subtree}
        aside |= work_title_tokens(doc.text, sent)  # the places in a book's or film's title
        others: set[str] = set()
        for t in sent_tokens:
            aid = doc.actor_of_token(t)
            if aid in (None, actor.id):
                continue
            other = doc.actor(aid)
            if other.kind != "country":
                aside.add(t.i)
            if other.kind in ("organization", "group") and other.country:
                others.add(other.country)  # the bodies of another country named here ('the University of Idaho')
        # another actor's title and where it is from ('U.S. Congressman Andy Levin of Michigan')
        aside |= {x.i for t in sent_tokens if t.i in aside for c in t.children
                  if c.i < t.i and c.dep_ in ("compound", "amod", "poss")
                  or c.dep_ == "prep" and c.lower_ in ("of", "from") and c.i > t.i for x in c.subtree}
        said = _said_or_done(span, sent_tokens, sent_deps)
        for cm in w.country_re.finditer(doc.text_of(sent)):
            code = w.country_of(cm.group(0))
            at = sent.start_char + cm.start()
            tok = doc.nlp.char_span(at, at + 1, alignment_mode="expand")
            i = tok[0].i if tok is not None and len(tok) else -1
            if i >= 0 and doc.actor_of_token(tokens[i]) == actor.id:
                continue  # a word of the actor's own name ('Michael Jordan', 'Chad Smith'), not a place
            if code and not quoted_at(doc, at) and i not in moving and not _stance(doc.text, at):
                party = i in aside or i in said and not where_word(tokens[i]) or \
                    _hyphen_joined(doc.text, at, at + len(cm.group(0)))
                (others if party else found).add(code)
        for ent in doc.entities_in(sent):
            if doc.actor_of_token(ent.root) == actor.id:
                continue  # the actor's own name, tagged as a place ('said Nawa')
            if ent.label_ in ("GPE", "LOC") and not w.country_of(ent.text) and not quoted_at(doc, ent.start_char) \
                    and ent.start not in moving and not _stance(doc.text, ent.start_char):
                code = _alpha3(w, re.sub(r"^[Tt]he\s+", "", ent.text))
                if code:
                    party = ent.root.i in aside or ent.root.i in said and not where_word(ent.root) or \
                        _hyphen_joined(doc.text, ent.start_char, ent.end_char)
                    (others if party else found).add(code)
        for tok, dep in zip(sent_tokens, sent_deps):  # 'a road in Zomba' although the tagger took Zomba for a person
            if dep == "pobj" and tok.pos_ == "PROPN" and tok.head.lower_ in ("in", "at", "near", "outside") \
                    and tok.ent_type_ not in ("GPE", "LOC") and not quoted_at(doc, tok.idx) and not not_a_place(tok):
                name = doc.text[tok.left_edge.idx:tok.idx + len(tok.text)] if tok.left_edge.pos_ == "PROPN" else tok.text
                code = _alpha3(w, name)
                if code:
                    found.add(code)
        yield found, others


def _stance(text: str, start: int) -> bool:
    """Whether a place's name follows a word and a hyphen ('pro-Beijing councillors', 'anti-Kyiv
    protesters'): a stance, neither where anyone is nor a party to what is told."""
    return start > 1 and text[start - 1] == "-" and text[start - 2].islower()


def _hyphen_joined(text: str, start: int, end: int) -> bool:
    """Whether a place's name is glued by a hyphen to the word after it, which makes it a party ('U.S.-led
    forces', 'Russia-backed rebels', 'the Kenya-Somalia border talks'), unless that word keeps it a place
    ('Kyiv-based', 'London-born': ``place_literal_suffixes.txt``)."""
    after = re.match(r"-(\w+)", text[end:end + 30])
    return bool(after) and after.group(1).lower() not in words("place_literal_suffixes.txt")


def _said_or_done(span: Span, sent_tokens: list[Token], sent_deps: list[str]) -> set[int]:
    """The words of a sentence that tell what an actor says or does to others rather than where it is:
    the clauses reported ('the judges added that Britain must ...', 'X said Tehran offered ...') and
    the objects of the actor's own verb ("rejected Kenya's request", 'consider France a partner'). A
    country named there is a party to the story, not the actor's home. ``sent_tokens`` and ``sent_deps``:
    the tokens of the span's sentence and their relations."""
    root = span.root
    while root.dep_ in ("conj", "appos", "compound") and root.head is not root:
        root = root.head
    found: set[int] = set()
    for tok, dep in zip(sent_tokens, sent_deps):
        if dep == "ccomp" and not tok.left_edge.i <= span.start <= tok.right_edge.i:
            found.update(t.i for t in tok.subtree)  # not 'X was killed in Haiti, officials said' for X
    if root.dep_ in ("nsubj", "nsubjpass"):
        for child in root.head.children:
            if child.dep_ in ("dobj", "oprd", "dative"):  # the object and its owner, not all it says
                found.add(child.i)
                found.update(t.i for t in child.children if t.dep_ in ("poss", "compound", "amod"))
    return found


def civil_titles(doc: Document, w: ActorWords) -> None:
    """'president of the Committee for Freedom in Hong Kong', 'president of the national assembly': a
    title any body can give (president, chair, director) takes the sector of the body named with it (LEG,
    JUD, IGO, ...; civil society when the body's sector is unknown) instead of the GOV the bare title
    suggests."""
    titles = words("titles_any_body.txt")
    for actor in doc.actors:
        if actor.kind != "person" or actor.sector not in ("GOV", "IGO") or (actor.role or "") not in titles:
            continue
        body = body_spoken_for(doc, actor)
        if body is None or body.kind == "country" or body.sector == actor.sector or body.sector == "PTY":
            continue  # a party's officer: GOV or OPP only when the text says which
        if actor.sector == "IGO":  # 'director general' of a national body is not an international official
            actor.country = actor.country or body.country
        sector = body.sector or "CVL"  # president of a parliament LEG, of a court JUD, of a charity CVL
        if sector == "IGO":
            actor.country = None
        set_sector(actor, sector)


_STATE_BODY_SECTORS = ("LEG", "JUD", "MIL", "GOV")


def members_of_state_bodies(doc: Document) -> None:
    """'three members of the Senate — A, B and C', 'two judges of the Supreme Court, A and B': people
    given no office of their own, named in apposition to members of a parliament, court, army or
    ministry, take that body's sector (and its country when they have none)."""
    assert doc.nlp is not None
    for actor in doc.actors:
        if actor.kind != "person" or actor.sector != "CVL" or actor.role:
            continue
        span = _span_of(doc, actor)
        if span is None:
            continue
        root = span.root
        while root.dep_ == "conj" and root.head.i < root.i:
            root = root.head  # 'A, B and C': B and C hang on A
        if root.dep_ != "appos" or root.head.i >= span.start:
            continue
        body = None
        for tok in root.head.subtree:
            aid = doc.actor_of_token(tok) if tok.i < span.start else None
            other = doc.actor(aid) if aid and aid != actor.id else None
            if other is not None and other.kind == "organization" and other.sector in _STATE_BODY_SECTORS:
                body = other
                break
        if body is not None:  # (a state body's sector: never None)
            actor.country = actor.country or body.country
            set_sector(actor, body.sector)


_AFFILIATION = {"of", "at", "from", "with"}  # 'Jane Doe of the X Foundation', 'a researcher at Y'


def body_spoken_for(doc: Document, actor: Actor) -> Actor | None:
    """The organisation a person serves, named in the person's own noun phrase: the title before the
    name ('Chinese Foreign Ministry spokesperson Mao Ning', "VOA's Sahra Abdi Ahmed"), an apposition
    ('director of the X Foundation') or an affiliation after it ('Jane Doe of the Y Institute'). Words
    of the sentence outside that phrase ('in an interview with VOA, lawmaker Jane Doe') say nothing."""
    span = _span_of(doc, actor)
    if span is None:
        return None
    root = span.root
    words = _description(span)
    words.extend(before_name(span))  # the title and possessor before the name
    for child in root.children:
        if child.i >= span.end and child.dep_ == "prep" and child.lower_ in _AFFILIATION:
            words.extend(child.subtree)
        elif child.i >= span.end and child.dep_ == "appos":  # 'program director for the X Foundation'
            words.extend(t for prep in child.children if prep.dep_ == "prep" and prep.lower_ == "for"
                         for t in prep.subtree)
    for tok in sorted(words, key=lambda t: t.i):
        aid = doc.actor_of_token(tok)
        other = doc.actor(aid) if aid and aid != actor.id else None
        if other is not None and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text == ":":
            continue  # a speaker's label in an interview ('VOA: Russia's President X visited ...')
        if other is not None and (other.kind in ("organization", "media") or other.sector in ("IGO", "REB", "OPP")):
            return other  # an organisation, an outlet, an international body, or an armed or opposition group
    return None


_SEATED = {"headquartered", "based", "located"}


def _where_based(doc: Document, w: ActorWords, actor: Actor) -> str | None:
    """Where a body is, said right beside its name: 'the Montaigne Institute in Paris', 'the Cato Institute
    think tank in Washington', 'the Germany-based Kurdish Center for Studies', 'the X Alliance,
    headquartered in Oslo'."""
    assert doc.nlp is not None
    for m in actor.mentions[:2]:
        span = doc.char_span(m.start, m.end)
        if span is None or not len(span):
            continue
        code = based_in(doc, w, m.start)
        if code:
            return code
        head = span.root
        while head.head.i != head.i and head.head.dep_ in ("compound", "appos") and head.dep_ == "compound":
            head = head.head
        holders = [head, head.head] if head.dep_ == "compound" else [head]
        seated = [c for c in head.children if c.dep_ == "acl" and c.lower_ in _SEATED]  # ', headquartered in X'
        for prep in (p for c in seated for p in c.children if p.dep_ == "prep" and p.lower_ == "in"):
            place = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"), None)
            code = _alpha3(w, doc.text[place.left_edge.idx:place.idx + len(place.text)]) if place is not None else None
            if code:  # (the tagger often takes the town for a body: 'headquartered in Copenhagen')
                return code
        for tok in holders:
            for prep in tok.children:
                if prep.dep_ == "prep" and prep.lower_ in ("in", "based"):
                    place = next((c for c in prep.children if c.dep_ == "pobj" and c.ent_type_ in ("GPE", "LOC")), None)
                    if place is not None:
                        ent = next((e for e in doc.entities() if e.start <= place.i < e.end), None)
                        code = _alpha3(w, re.sub(r"^[Tt]he\s+", "", ent.text)) if ent is not None else None
                        if code:
                            return code
    return None


_BASED = re.compile(_place_joined("based") + "$")


def based_in(doc: Document, w: ActorWords, start: int) -> str | None:
    """The country of the place a body or person is said to be based in, right before its name, a few
    common nouns allowed between: 'the Berlin-based X', 'Brussels-based trade association X', 'Dubai-based
    intelligence analyst X'."""
    return _joined_place_country(_BASED, doc, w, start, 70)


def _owner_country(doc: Document, w: ActorWords, actor: Actor) -> str | None:
    """The country a body's name is owned by, right before it: "Cameroon's Interprofessional Association
    of Poultry Farmers", "Ghana's Electoral Commission" (the country's own body)."""
    for m in actor.mentions[:2]:
        own = re.search(r"(?:^|[^\w-])(?:the\s+)?(?P<owner>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})['’]s\s+$",
                        doc.text[max(0, m.start - 50):m.start])
        if own:
            code = w.country_of(own.group("owner"))
            if code:
                return code
    return None


def before_name(span: Span) -> list[Token]:
    """The words hanging before a name from the name's own words: its title and possessor (each child
    before the name with its subtree, in the order ``Token.subtree`` walks them; read off the parse's
    arrays, the words taken from the parse's one list of tokens)."""
    doc = span.doc
    tokens, kids = tokens_of(doc), children_of(doc)
    return [tokens[t] for k in range(span.start, span.end) for c in kids[k] if c < span.start
            for t in subtree_of(doc, c)]


def _outlet_of(doc: Document, actor: Actor, w: ActorWords) -> Actor | Known | None:
    """The outlet a person works for, named in the person's own noun phrase before the name ("VOA's Jane
    Doe", 'Reuters correspondent Jane Doe'), right after it with 'of' ('Jane Doe of VOA's Urdu Service'),
    or in the words that name an unnamed one ('a VOA reporter')."""
    if not actor.name[:1].isupper() or actor.name.split()[0].lower() in ("a", "an", "the") or \
            actor.name.split()[-1].islower():  # 'VOA reporter', 'Reuters correspondent': no name of its own
        known = outlet_in(w, actor.name)
        if known is not None:
            return known
    for m in actor.mentions[:2]:
        span = doc.char_span(m.start, m.end) if doc.nlp is not None else None
        if span is None or not len(span):
            continue
        words = before_name(span)
        words += [t for c in span.root.children if c.i >= span.end and c.dep_ == "prep" and c.lower_ == "of"
                  for t in c.subtree]
        for tok in words:
            other = doc.actor(doc.actor_of_token(tok))
            if other is not None and other.id != actor.id and other.kind == "media":
                return other
    return None


def outlet_in(w: ActorWords, words_: str) -> Known | None:
    """The known outlet named in the words that describe an unnamed person ('a VOA reporter')."""
    m = w.outlet_re.search(words_)
    known = w.known.get(norm(m.group(0))) if m else None
    return known if known is not None and known.kind == "media" else None


def _set_country(actor: Actor, code: str) -> None:
    actor.country = code
    actor.code = f"{code}{actor.sector or ''}"
