"""Politicians, parties' members and a legislature's officers as wire copy names them (round 25).

Read after the parties' standing is settled (``organisations.party_standing``, ``roles.politicians_of_parties``):

- ``chamber_officers``: a person titled as an officer of a legislature ('Senate Majority Leader X', 'House
  Minority Whip X', 'X, the Senate majority leader', 'Senate Democratic leader X': a chamber word and 'leader'
  in one title) is LEG (``legislative_leader_titles.txt``); so is a person tagged with a US party and state
  after the name ('X, R-Texas,', 'X (D-Calif.)'), who is a member of Congress (country USA when none).
- ``party_people``: a person titled by a party's adjective or name and a party office or standing word ('the
  Democratic leader X', 'Conservative leader X', 'AfD leader X') takes the party's standing on the article's
  day (GOV, OPP) when nothing else gave an office; a person or group named by a party's adjective and any title
  ('Labour MP X', 'Tory lawmakers') takes the party's country when the story gave none. An apposition after
  the name tells the party as well ('X, leader of the Liberal Democrats,', 'X, a Democrat,').
- ``party_members``: the party's members as a group ('Republicans', 'the Tories', 'Senate Democrats',
  'Republicans in Congress'): one group actor per party, of the party's country; LEG when the words set them
  in a chamber, else the party's standing that day (none when the day or the standing is unknown).
- ``the_house``: 'the House' of a story the United States is a state of is its House of Representatives (LEG);
  ``chambers``: a legislature named in full ('the House of Commons', 'the Bundestag': legislature_names.txt) LEG.
- ``party_bodies``: a party's organs named by its adjective ('the Republican National Committee') and a party
  name several states' parties bear ('Social Democrats', "Workers' Party", 'the Congress party') in the story's
  state take the party's standing.
- ``speakers_at_events``: 'a speaker at the conference' holds no chair of a house: a person whose only title
  is a lower-case 'speaker', with no word of a legislature in the sentence, is a civilian.

World knowledge is data: ``party_member_words.tsv`` (members' nouns and adjectives, with the party and its
country), ``parties.tsv`` (standing by date), ``legislative_leader_titles.txt``, ``legislature_words.txt``.
A party word shared by several countries' parties is read in the country the story names as a state (an
actor of that country of a state's sector, the country itself, the dateline's or the setting's) and only there;
a word of one state's party alone also where the story names no state.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from ...ingest.dates import published_day
from ...lexicon import table, words
from ...lookahead import THE
from .knowledge import knowledge
from .organisations import party_facts
from .sector import set_sector
from .setting import dateline_country, story_setting
from .words import actor_words, alternation, first_word_matches, first_words

# a party's officers and figures a party word before them names ('the Democratic leader', 'Tory chairman')
_PARTY_HEADS = ("leader", "leaders", "chief", "chairman", "chairwoman", "chair", "head", "boss", "politician",
                "candidate", "nominee", "spokesman", "spokeswoman", "spokesperson")
# the titles and nouns of a party's members in a legislature or a race, which a party adjective may stand before
# ('Labour MP X', 'Tory lawmakers', 'Republican Sen. X'): they take the party's country
_MEMBER_TITLES = ("mp", "mps", "sen.", "sen", "senator", "senators", "rep.", "rep", "representative", "lawmaker",
                  "lawmakers", "legislator", "legislators", "congressman", "congresswoman", "congressmen",
                  "member", "members", "parliamentarian", "parliamentarians", "councillor", "councilor",
                  "supporters", "voters", "activists", "delegates", "rebels", "backbenchers", "whip")
# the titles of a seat in a state's legislature: a party's member so titled sits in the party's state
_SEATED = ("mp", "mps", "sen.", "senator", "senators", "rep.", "lawmaker", "lawmakers", "legislator", "legislators",
           "congressman", "congresswoman", "congressmen", "parliamentarian", "parliamentarians")
# more of a party's offices, read after the party's own name only ('BJP president X' heads the party; 'Republican
# President X' the state)
_PARTY_NAME_HEADS = ("president", "secretary-general", "member", "members", "activist", "activists")
_STATE_TAG = re.compile(r"\s*[,(]\s*[RDI]-[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?\s*[,)]")
_CLAUSE_BREAK = re.compile(r"[.;:!?\"“”()]|,\s")
_COMMA_END = re.compile(r",\s*$")
_APPOSITION = re.compile(r",\s+((?:the\s+)?[^,.;:()\"“”]{1,60})")  # (compiled once: read for every person)
_CHAMBER_AFTER = re.compile(r"\s+in\s+(?:the\s+)?(?:U\.S\.\s+|US\s+)?(?:Congress|Senate|House|[Pp]arliament|"
                            r"[Ll]egislature|Bundestag|Commons|Diet|Knesset|Duma|State Duma|Rada|Lok Sabha|[Nn]ational [Aa]ssembly)\b")
_STATE_SECTORS = ("GOV", "LEG", "JUD", "MIL", "COP", "OPP")


@lru_cache(maxsize=1)
def _member_words() -> tuple[dict[str, list[tuple[str, str]]], dict[str, list[tuple[str, str]]]]:
    """(members' noun -> [(party, country)], adjective -> [(party, country)])."""
    members: dict[str, list[tuple[str, str]]] = {}
    adjectives: dict[str, list[tuple[str, str]]] = {}
    for r in table("party_member_words.tsv"):
        (members if r["use"] == "members" else adjectives).setdefault(r["word"], []).append((r["party"], r["country"]))
    return members, adjectives


def _chamber_words() -> list[str]:
    """The one-word chambers of ``legislature_words.txt``, capitalised ('Senate Democrats')."""
    return sorted(w.capitalize() for w in words("legislature_words.txt") if " " not in w)


@lru_cache(maxsize=1)
def _members_re() -> re.Pattern[str]:
    chambers = alternation(_chamber_words())
    return re.compile(rf"(?:\b(?:{chambers}|[Cc]ongressional)\s+)?(?<![\w-])({alternation(list(_member_words()[0]))})(?![\w-])")


@lru_cache(maxsize=1)
def _members_first_words() -> frozenset[str] | None:
    """The words a match of ``_members_re`` opens with: a chamber's, 'congressional' or a members' noun's first
    (``first_word_matches``)."""
    return first_words([*_chamber_words(), "congressional", *_member_words()[0]])


@lru_cache(maxsize=1)
def _adjective_re() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])({alternation(list(_member_words()[1]))})(?![\w-])")


@lru_cache(maxsize=1)
def _officer_re() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(sorted(words('legislative_leader_titles.txt')))})$", re.I)


def _states(doc: Document) -> set[str]:
    """The states a story names as states (a country, or an actor of a state's sector) and the one it is set
    in (its dateline's, else the one its places and actors point to: ``setting.story_setting``)."""
    found = doc.cached("politics: states")
    if found is None:
        found = {a.country for a in doc.actors if a.country and (a.kind == "country" or a.sector in _STATE_SECTORS)}
        setting = _setting(doc)
        if setting:
            found.add(setting)
        doc.cached("politics: states", found)
    return found


def _setting(doc: Document) -> str | None:
    found = doc.cached("politics: setting")
    if found is None:
        w = actor_words()
        found = doc.cached("politics: setting", dateline_country(doc, w) or story_setting(doc, w) or "")
    return found or None


def _cued(doc: Document, rows: list[tuple[str, str]]) -> tuple[str, str] | None:
    """The one (party, country) of ``rows`` whose country the story names as a state, else None; a word of one
    state's party only ('Republicans') also in a story that names no state at all, not in one that names others."""
    states = _states(doc)
    if len(rows) == 1 and not states:
        return rows[0]
    found = [r for r in rows if r[1] in states]
    return found[0] if len(found) == 1 else None


def _title_before(doc: Document, start: int) -> str:
    """The words of the clause right before a mention (at most 60 characters), where a title stands."""
    window = doc.text[max(0, start - 60):start]
    window = _COMMA_END.sub("", window)  # 'A former Tory minister, X': the title before an apposed name
    breaks = list(_CLAUSE_BREAK.finditer(window))
    return window[breaks[-1].end():] if breaks else window


def _apposition_after(doc: Document, end: int) -> str:
    """', the Senate majority leader,' after a name: the words of the apposition (at most 60 characters)."""
    m = _APPOSITION.match(doc.text[end:end + 70])
    return m.group(1) if m else ""


# the chambers whose word makes a leader a legislature's: 'congress' is left out, for it is also India's
# Congress party ('Congress leader X' leads the party)
_CHAMBER_WORDS = frozenset({"senate", "house", "parliament", "parliamentary", "assembly", "congressional",
                            "senate's", "house's"})


def _is_officer(title: str) -> bool:
    title = " ".join(title.split())
    if not title:
        return False
    if _officer_re().search(title):
        return True
    low = title.lower().split()
    return bool(low) and low[-1] in ("leader", "leaders") and any(x in _CHAMBER_WORDS for x in low[:-1])


# title words the tagger may take into a person's name ('House Majority Whip Kevin X' -> 'Whip Kevin X')
_TITLE_IN_NAME = re.compile(r"(?:Whip|Leader|Speaker)\s+")


def chamber_officers(doc: Document) -> int:
    """LEG for a legislature's officers and members of Congress tagged 'R-Texas'. Returns how many were read."""
    n = 0
    for actor in doc.actors:
        if actor.kind != "person" or actor.sector == "LEG":
            continue
        for m in actor.mentions[:4]:
            inside = _TITLE_IN_NAME.match(doc.text, m.start, m.end)
            title = _title_before(doc, m.start) + (" " + inside.group(0) if inside else "")
            officer = _is_officer(title) or _is_officer(_apposition_after(doc, m.end))
            tagged = _STATE_TAG.match(doc.text, m.end) is not None and actor.sector in (None, "CVL")
            if officer or tagged:
                if actor.country is None:  # a member of Congress; an officer of the story's own legislature
                    actor.country = "USA" if tagged else _setting(doc)
                set_sector(actor, "LEG")
                n += 1
                break
    return n


_NAME_THEN_HEAD = re.compile(r"((?:[A-Z][\w'’-]*\s+){0,4}[A-Z][\w'’-]*)\s+(?:[Pp]arty\s+)?([a-z]+)\s*$")


def _foreign_party(doc: Document, word: str, rows: list[tuple[str, str]], day) -> tuple[str, str] | None:
    """The one state's party a party word names in a story of other states, when none of them has a party of
    that name ('Labour MP X' in a story of the United States is Britain's; in one of New Zealand, New
    Zealand's, read by ``_cued``)."""
    if len(rows) != 1 or not _states(doc):
        return None
    if any(party_facts(name, day, state) is not None for state in _states(doc) for name in (word, f"{word} Party")):
        return None
    return rows[0]


def _party_of_adjective(doc: Document, title: str, day) -> tuple[str, str, str] | None:
    """(party, country, the head after it) of the last party adjective in a title ('the Democratic leader'),
    else of a party's own name right before a head word ('AfD leader', 'ODM chairman')."""
    found = list(_adjective_re().finditer(title))
    if found:
        last = found[-1]
        rows = _member_words()[1][last.group(1)]
        party = _cued(doc, rows) or (None if re.search(r"[A-Z][\w'’-]*\s+$", title[:last.start()]) else
                                     _foreign_party(doc, last.group(1), rows, day))  # (not 'New Democratic')
        head = re.sub(r"^(?:[Pp]arty\s+)?", "", title[last.end():].strip())
        allowed = _MEMBER_TITLES + _PARTY_HEADS
        if last.group(1).lower() not in words("state_portfolio_words.txt"):  # 'Labour Minister X' holds a portfolio
            allowed += ("minister", "ministers", "secretary")  # 'a former Tory minister'
        if party is not None and head and head.split()[-1].lower() in allowed and all(
                x[0].islower() or x.lower() in allowed for x in head.split()):
            return party[0], party[1], head.split()[-1].lower()
        # ('Labor Secretary X' holds a portfolio; 'Democratic Unionist X' is of another party; 'Democratic Party
        # leader X' in Italy leads Italy's party: read by its name below)
    named = _NAME_THEN_HEAD.search(title)
    if named is None or named.group(2) not in _PARTY_HEADS + _PARTY_NAME_HEADS:
        return None
    names = named.group(1).split()
    party_word = re.search(r"[Pp]arty\s+[a-z]+\s*$", title) is not None
    if party_word and names[-1].lower() == "party":
        names = names[:-1]
    for k in range(len(names)):  # the longest run of the last words that names a party
        name = " ".join(names[k:]) + (" Party" if party_word else "")
        for country in (None, *sorted(_states(doc))):  # (a name several states' parties bear: the story's state)
            facts = party_facts(name, day, country)
            if facts is not None:
                return name, facts[0], named.group(2)
    return None


_OFFICE_OF = re.compile(r"((?:deputy\s+|former\s+)?[a-z]+)\s+of\s+(?:the\s+)?(.+)$")


def _party_in_apposition(doc: Document, end: int, day) -> tuple[str, str, str] | None:
    """The party an apposition after a name tells: 'X, the Labour leader,', 'X, leader of the Liberal
    Democrats,', 'X, the Republican candidate for governor,', 'X, a Democrat,' (a member)."""
    app = re.sub(r"^(?:the|a|an)\s+", "", _apposition_after(doc, end).strip())
    if not app:
        return None
    rows = _member_words()[1].get(app)
    if rows:  # 'a Democrat', 'a Tory': a member of the party
        party = _cued(doc, rows)
        return (party[0], party[1], "member") if party else None
    office = _OFFICE_OF.match(app)
    if office and office.group(1).split()[-1] in _PARTY_HEADS + _PARTY_NAME_HEADS:
        app = f"{office.group(2)} {office.group(1).split()[-1]}"  # 'leader of the Liberal Democrats'
    else:
        app = re.sub(r"\s+(?:for|in|from|to|at)\s.*$", "", app)  # 'the Republican candidate for governor'
    return _party_of_adjective(doc, app, day)


def party_people(doc: Document) -> int:
    """A party's standing for its leaders and figures named by its adjective, its country for anyone so named."""
    day = published_day(doc.article.published)
    n = 0
    for actor in doc.actors:
        if actor.kind not in ("person", "group") or not actor.mentions:
            continue
        m = actor.mentions[0]
        title = _title_before(doc, m.start)
        if actor.kind == "group":  # 'Tory lawmakers': the adjective inside the group's own words
            title = doc.text[m.start:m.end]
        found = _party_of_adjective(doc, title, day)
        if found is None and actor.kind == "person":
            found = _party_in_apposition(doc, m.end, day)
        if found is None:
            continue
        party, country, head = found
        facts = party_facts(party, day, country)
        if facts is None:
            continue
        head_word = head.split()[-1] if head.split() else ""
        if actor.country is None or actor.country != country and head_word in _SEATED and \
                actor.kind == "person" and knowledge().facts(actor.name, day) is None:
            actor.country = country  # ('Labour MP X' sits in Britain's parliament, wherever the story is set)
            set_sector(actor, actor.sector)
        if head_word not in _PARTY_HEADS + _PARTY_NAME_HEADS or not facts[1]:
            continue
        if actor.kind == "group":  # 'Republican leaders': the party's, or the chamber's when set in one
            sector = "LEG" if _CHAMBER_AFTER.match(doc.text, m.end) else facts[1]
            if actor.sector in (None, "CVL", "GOV") and actor.sector != sector:
                set_sector(actor, sector)
                n += 1
        elif actor.sector in (None, "CVL") or actor.sector == "GOV" and (actor.role in (None, *_PARTY_HEADS, *_PARTY_NAME_HEADS)) \
                and not _holds_office(actor.name, day):
            set_sector(actor, facts[1])
            n += 1
    return n


def _holds_office(name: str, day) -> bool:
    facts = knowledge().facts(name, day)
    return facts is not None and facts.sector is not None


def party_members(doc: Document) -> int:
    """Group actors for a party's members named as such ('Republicans', 'Senate Democrats'). Returns how many
    mentions were added."""
    if doc.nlp is None:
        return 0
    text = doc.text
    hits = first_word_matches(_members_re(), _members_first_words(), text)
    if not hits:
        return 0
    day = published_day(doc.article.published)
    made: dict[tuple[str, bool], object] = {}
    n = 0
    for hit in hits:
        start, end = hit.start(), hit.end()
        if doc.actor_in(hit.start(1), end):
            continue
        if doc.actor_in(start, hit.start(1)):  # 'Senate Democrats', the chamber's word already the chamber's
            start = hit.start(1)
        before = text[max(0, hit.start(1) - 30):hit.start(1)]
        if hit.start(1) == hit.start() and re.search(r"[A-Z][\w'’-]*\s+$", before) and not re.search(
                r"(?:^|[.!?\"“”_—–-]\s+|\n\s*)[A-Z][\w'’-]*\s+$", before):
            continue  # inside a longer name ('Young Republicans'); a word capitalised as a sentence's first is none
        if re.match(r"\s+[A-Z]", text[end:end + 2]) and not re.match(r"\s+(?:Sen|Rep|Gov)\b", text[end:end + 5]):
            continue  # 'Democrats Abroad'
        if re.search(r"\b(?:former|ex-)\s*$", before):
            continue
        rows = _member_words()[0][hit.group(1)]
        party = _cued(doc, rows)
        if party is None:
            continue
        facts = party_facts(party[0], day, party[1])
        if facts is None:
            continue
        in_chamber = hit.start(1) != hit.start() or _CHAMBER_AFTER.match(text, end) is not None
        sector = "LEG" if in_chamber else facts[1]
        key = (party[0], in_chamber)
        actor = made.get(key)
        if actor is None:
            actor = made[key] = doc.new_actor(hit.group(0), "group", party[1], sector,
                                              f"{party[1]}{sector or ''}")
        doc.add_mention(actor, start, end)
        n += 1
    return n


_PARTY_ORGAN = re.compile(r"\s+(?:National\s+Committee|Caucus|[Cc]onference|[Ll]eadership|[Pp]arty)$")


def party_bodies(doc: Document) -> int:
    """A party's own organs named by its adjective ('the Republican National Committee', 'the Democratic
    Caucus') take the party's standing and country; 'the House' of a story set in the United States is its
    House of Representatives (LEG)."""
    day = published_day(doc.article.published)
    n = 0
    for actor in doc.actors:
        if actor.kind != "organization":
            continue
        if actor.sector is None and actor.country in (None, "USA") and re.sub(r"^[Tt]he\s+", "", actor.name) == "House" \
                and _cued(doc, [("", "USA")]):
            actor.country = "USA"
            set_sector(actor, "LEG")
            n += 1
            continue
        if actor.country is None or actor.name == "Congress":  # a name several states' parties bear, or 'the Congress party'
            party = _shared_party(doc, actor, day)
            if party is not None:
                actor.kind = "organization"
                actor.country = party[0]
                set_sector(actor, party[1] or actor.sector)
                n += 1
                continue
        m = _adjective_re().match(actor.name)
        if m is None or not _PARTY_ORGAN.fullmatch(actor.name, m.end()) or actor.sector not in (None, "CVL", "GOV"):
            continue
        party = _cued(doc, _member_words()[1][m.group(1)])
        facts = party_facts(party[0], day, party[1]) if party else None
        if facts is None or not facts[1]:
            continue
        actor.country = facts[0]
        set_sector(actor, facts[1])
        n += 1
    return n


_THE_HOUSE = re.compile(THE + r" (House)\b(?! of (?!Representatives))(?!\s+[A-Z])")


def the_house(doc: Document) -> int:
    """'the House' of a story the United States is a state of, and no other chamber called so ('House of
    Commons', 'House of Lords'): the US House of Representatives, LEG; one actor with any 'House' named before."""
    if "House" not in doc.text:
        return 0  # (the word every match holds: the text is not scanned)
    hits = [m for m in _THE_HOUSE.finditer(doc.text) if not doc.actor_in(m.start(1), m.end(1))]
    if not hits or "USA" not in _states(doc) or re.search(r"\bHouse of (?:Commons|Lords|Councillors|Assembly|Keys)\b",
                                                           doc.text):
        return 0
    actor = next((a for a in doc.actors if a.kind == "organization" and a.name in ("House", "House of Representatives")
                  and a.country in (None, "USA")), None)
    if actor is None:
        actor = doc.new_actor("House", "organization", "USA", "LEG", "USALEG")
    for m in hits:
        doc.add_mention(actor, m.start(1), m.end(1))
    return len(hits)


def chambers(doc: Document) -> int:
    """LEG for an organisation named as a legislature or a chamber of one ('the House of Commons', 'the
    Bundestag') that nothing gave a state's sector; the story's state when it has no country."""
    n = 0
    for actor in doc.actors:
        if actor.kind != "organization" or actor.sector not in (None, "CVL"):
            continue
        name = re.sub(r"^the\s+", "", actor.name.lower())
        if name in words("legislature_names.txt"):  # (not any name headed 'congress': 'World Uyghur Congress')
            if actor.country is None:
                actor.country = _setting(doc)
            set_sector(actor, "LEG")
            n += 1
    return n


def _shared_party(doc: Document, actor, day) -> tuple[str, str | None] | None:
    """(country, standing) of a party whose name several states' parties bear ('Social Democrats', "Workers'
    Party"), in the one state the story names that has a party of the name; 'Congress' followed by 'party' is
    a party of that name ('the ruling Congress party')."""
    names = [actor.name]
    if actor.name == "Congress":
        if not any(re.match(r"\s+[Pp]arty\b", doc.text[m.end:m.end + 7]) for m in actor.mentions):
            return None
        names = ["Congress Party"]
    states = _states(doc)
    found = {f for c in states for f in [party_facts(names[0], day, c)] if f is not None}
    return found.pop() if len(found) == 1 else None


def speakers_at_events(doc: Document) -> int:
    """CVL for a person whose title is a lower-case 'speaker' in a sentence with no word of a legislature."""
    n = 0
    for actor in doc.actors:
        if actor.kind != "person" or actor.role != "speaker" or actor.sector != "LEG":
            continue
        if "Speaker" in doc.text[max(0, actor.mentions[0].start - 60):actor.mentions[0].end + 60]:
            continue
        span = doc.char_span(actor.mentions[0].start, actor.mentions[0].end)
        if span is None:
            continue
        sentence = doc.text_of(span.sent).lower()
        if any(re.search(rf"\b{re.escape(x)}\b", sentence) for x in words("legislature_words.txt")) or re.search(
                r"\b(?:assembly|chamber|legislat\w*|speaker of)\b", sentence):
            continue
        set_sector(actor, "CVL")
        n += 1
    return n


def politics(doc: Document) -> None:
    """The readings, in order: officers, party people, party members, the House, chambers, party bodies,
    speakers at events."""
    chamber_officers(doc)
    party_people(doc)
    party_members(doc)
    the_house(doc)
    chambers(doc)
    party_bodies(doc)
    speakers_at_events(doc)
