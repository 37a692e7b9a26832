"""An actor's sector: what kind of body or person it is (GOV, MIL, REB, CVL, ...).

The lexicons speak CAMEO's finer roles (COP police, REF refugees, LAB workers, SPY intelligence); the
record speaks the gold format's vocabulary (GOV MIL MED IGO OPP REB BUS CVL LEG JUD, or null). Three
steps, in this order:

- while mentions are read, a title's or group's head noun gives the sector (``roles.tsv``,
  ``group_nouns.tsv``; see ``mentions``);
- ``settle_sectors``: an actor still without a sector takes the one its own name's head noun gives,
  from the project's lexicons first, then from PETRARCH2's agent nouns (``agent_sectors.tsv``, converted
  by ``scripts/convert_phoenix_agents.py``): 'the judges' JUD, 'researchers' CVL, 'eight senators' LEG;
- ``record_sector``: the finer role is mapped onto the record's vocabulary by ``sector_vocabulary.tsv``
  (COP -> GOV, REF/LAB/AGR -> CVL, SPY -> GOV, a bare party -> null); the CAMEO ``code`` keeps the finer
  role ('PAKGOVCOP'), which is what the events stage reads (``working_sector``).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ...lexicon import singular_forms, table, words
from ...record import Actor
from .peoples import names_a_people
from .words import ActorWords, former_before


def set_sector(actor: Actor, sector: str | None) -> None:
    """An actor's sector, and with it its code: its country's code, if any, then the sector ('KENCVL',
    'MED'); no code when it has neither."""
    actor.sector = sector
    actor.code = f"{actor.country or ''}{sector or ''}" or None


@lru_cache(maxsize=1)
def vocabulary() -> dict[str, str | None]:
    """Internal sector (CAMEO primary role) -> the record's sector (None: the record has none for it)."""
    return {r["internal"]: r["record"] or None for r in table("sector_vocabulary.tsv")}


@lru_cache(maxsize=None)
def sector_group(name: str) -> frozenset[str | None]:
    """The sectors of a group of ``sector_groups.tsv`` ('none': an actor with no sector)."""
    row = next(r for r in table("sector_groups.tsv") if r["group"] == name)
    return frozenset(None if x == "none" else x for x in row["sectors"].split())


@lru_cache(maxsize=1)
def _head_nouns() -> tuple[dict[str, str | None], dict[str, str | None]]:
    """(the project's nouns, PETRARCH2's agents): noun phrase (lower case) -> internal sector. The project's
    own rows are looked up first: they follow the gold format where CAMEO differs (a spokesman is whoever
    he speaks for, not MED; a protester is a civilian, not OPP; a lawyer is CVL, not JUD). An agent's
    CAMEO code is mapped onto the record's sectors, police (COP) and criminals (CRM) kept apart for the
    events stage."""
    own: dict[str, str | None] = {}
    for r in table("roles.tsv"):
        own.setdefault(r["role"], r["sector"] or None)
    for r in table("group_nouns.tsv"):
        own.setdefault(r["noun"], r["sector"] or None)
    agents: dict[str, str | None] = {}
    for r in table("agent_sectors.tsv"):
        code = r["code"][:3]
        if code in vocabulary():
            agents.setdefault(r["phrase"], code if code in ("COP", "CRM") else vocabulary()[code])
    return own, agents


def head_sector(phrase: str) -> tuple[str | None, bool]:
    """(sector, found) for the head of a noun phrase: the longest run of its last words that the
    lexicons know ('riot police' before 'police'), its last word singular or plural. ``found`` is False
    when no lexicon knows the head at all; a known head may still give no sector ('sources')."""
    toks = [t for t in re.findall(r"[\w'.-]+", phrase.lower()) if t not in words("noun_phrase_determiners.txt")]
    for n in range(min(4, len(toks)), 0, -1):  # the longest known run first ('armed groups' before 'groups')
        *front, last = toks[-n:]
        for nouns in _head_nouns():
            for form in singular_forms(last, irregular=True):
                key = " ".join([*front, form])
                if key in nouns:
                    return nouns[key], True
    return None, False


@lru_cache(maxsize=1)
def _descriptors() -> dict[str, str]:
    return {r["descriptor"]: r["sector"] or "" for r in table("body_descriptors.tsv")}


def descriptor_sector(phrase: str, lexicons: bool = True) -> str | None:
    """The sector a describing noun phrase gives a body ('political risk consultancy' BUS, 'news
    website' MED, 'think tank' CVL): the longest run of its last words in ``body_descriptors.tsv``,
    singular or plural, else what the head-noun lexicons know of it."""
    toks = re.findall(r"[\w'.-]+", phrase.lower())
    for n in range(min(3, len(toks)), 0, -1):
        *front, last = toks[-n:]
        for form in singular_forms(last):
            sector = _descriptors().get(" ".join([*front, form]))
            if sector is not None:
                return sector or None  # an empty row: a thing, not a body ('cargo ship')
    if not lexicons or not toks or toks[-1] in _person_words():
        return None  # a person noun describes a misread person, not a body ('X, an analyst at Y')
    sector, known = head_sector(phrase)
    return sector if known and sector and sector not in NO_SECTOR else None


@lru_cache(maxsize=1)
def _person_words() -> frozenset[str]:
    """Nouns for people (titles and roles, singular and plural): a body is never described by one."""
    roles = {r["role"].split()[-1] for r in table("roles.tsv")}
    return frozenset(roles | {r + "s" for r in roles} | {"people", "person", "man", "woman", "men", "women",
                                                          "resident", "residents"})


def listed_descriptor(phrase: str) -> bool:
    """The phrase's head (singular or plural) is a row of ``body_descriptors.tsv`` with a sector."""
    last = phrase.lower().split()[-1]
    return any(_descriptors().get(f) for f in singular_forms(last))


def settle_sectors(actors: list[Actor]) -> None:
    """Give the people and groups named by a common noun ('the judges', 'researchers', 'eight Republican
    senators') that still have no sector the one their head noun gives."""
    for actor in actors:
        _settle(actor)


def _settle(actor: Actor) -> None:
    if actor.kind == "group" and _stateless_collective(actor.name):
        set_sector(actor, None)  # 'the international community': all states, no sector (stateless_collectives.txt)
        return
    if actor.sector is None and actor.kind in ("group", "organization"):
        if names_a_people(actor):  # 'Uyghurs', 'people of the Karen ethnic minority': civilians
            set_sector(actor, "CVL")
            return
    if actor.sector is not None or actor.kind not in ("group", "person"):
        return
    first = actor.name.split()[0].lower() if actor.name.split() else ""
    if actor.kind == "person" and actor.name[:1].isupper() and first not in words("noun_phrase_determiners.txt"):
        return  # a named person: the sector comes from a title, not from the name
    name = _TAIL.sub("", actor.name)  # 'leaders of both countries' -> 'leaders'
    sector, known = head_sector(name)
    words_ = name.split()
    if sector is None and known and len(words_) >= 2 and \
            any(f in words("body_group_nouns.txt") for f in singular_forms(words_[-1].lower())):
        sector, _ = head_sector(words_[-2])  # 'militant groups' REB, 'media groups' MED, 'environment groups' CVL
    if sector and sector not in NO_SECTOR:
        set_sector(actor, sector)


def _stateless_collective(name: str) -> bool:
    """Whether a group's name is one of ``stateless_collectives.txt`` ('the international community'), its
    leading determiner left out."""
    low = name.lower()
    if "communit" not in low and "nations" not in low:  # (a pre-test: every row names one of these)
        return False
    toks = [t for t in low.split() if t not in words("noun_phrase_determiners.txt")]
    return " ".join(toks) in words("stateless_collectives.txt")


def record_sector(actor: Actor) -> None:
    """Map the actor's sector onto the record's vocabulary (``sector_vocabulary.tsv``); police stay
    recognisable in the CAMEO code ('MMRGOVCOP', as the knowledge base codes police chiefs)."""
    _settle(actor)
    if actor.sector is None:
        return
    if actor.sector == "COP":
        actor.sector = "GOV"
        actor.code = f"{actor.country or ''}GOVCOP"
        return
    table_ = vocabulary()
    if actor.sector in table_:
        actor.sector = table_[actor.sector]


@lru_cache(maxsize=1)
def leader_roles() -> frozenset[str]:
    return frozenset(r["role"] for r in table("roles.tsv") if r["leader"] == "y")


def former_office_sector(w: ActorWords, name: str, day) -> str | None:
    """The sector a well-known person's office held no more gives when the text names none: a head of state
    or government is still named for his rule (GOV, as ``title_sector`` reads 'former President X'), any
    other former office is no office now (CVL). None when the person held no dated office before ``day``."""
    office = w.former_office(name, day)
    if office is None:
        return None
    return office.sector if (office.role or "").lower() in leader_roles() else "CVL"


def titles_any_body() -> frozenset[str]:
    return words("titles_any_body.txt")


_TAIL = re.compile(r"\s(?:of|on|at|for|in|with|from|to|about)\s.*$", re.I)
_CONJUNCTS = re.compile(r"\s+and\s+|,\s*|;\s*")  # between the parts of a description ('a lawyer and activist')
_RELATIVE_CLAUSE = re.compile(r",?\s(?:who|whom|whose|which|that)\s.*$", re.I)
FORMER_TITLE = former_before(r"(?:\S+\s+){0,3}")
# 'a former journalist turned minister', 'an ex-general-turned-president': what comes after 'turned' is what the
# person is now, and a 'former' before it tells of the work left, not of the office now held
_TURNED = re.compile(r"^.*\bturned[\s-]+", re.I)


def title_sector(w: ActorWords, title: str) -> tuple[str | None, str | None]:
    """(role, sector) a person's title gives ('Russian Foreign Minister', 'a senior analyst at X').

    - The role is the head of the title, read before any 'of/at/on ...' tail ('an opposition lawmaker on
      the Committee on Legal Affairs, Justice ...' is a lawmaker, not a justice); the whole title only
      when the head names no role ('member of parliament').
    - A title held no more ('former French ambassador', 'ex-minister') gives no office: a civilian,
      unless it is a head of state or government's (a former president is still named for his rule),
      and a present title elsewhere in the title wins ('Prime Minister X, a former lawyer').
    - A body word beside a title any body can give sets the sector ('police spokesman' COP, 'army
      commander' MIL); it does not turn a minister of defence or of homeland security into a soldier.
    - With no role word at all, the title's head noun as the lexicons and PETRARCH2's agents know it
      ('security guard' CVL, 'farmer' CVL, 'prosecutor' JUD).

    Read once per wording and process (``_title_sector``): the reading is of the words alone, and the same
    titles come back within and across articles (over the 61 VOA stories of the 69 outside E, half the asks
    repeat a wording already read, and nearly half are of a name with no title at all)."""
    before = getattr(title, "before", None)
    if before is None:
        return _title_sector(w, str(title), None, (), "")
    return _title_sector(w, "", before, tuple(title.appositives), title.governor)


@lru_cache(maxsize=4096)  # (``w`` is one object per process)
def _title_sector(w: ActorWords, title: str, before: str | None, appositives: tuple[str, ...],
                  governor: str) -> tuple[str | None, str | None]:
    """``title_sector`` of a plain title (``before`` None) or of a title's parts (``mentions.Title``)."""
    parts = [(title, False)] if before is None else [(governor, True), (before, False)] + [
        (a, True) for a in appositives]  # 'Its chairperson, Justice X' is a chairperson
    found: list[tuple[str, str, int]] = []  # (role, the words before it in its part, which part)
    heads = []
    for i, (text, appositive) in enumerate(parts):
        text = _EX.sub("former ", _THEN.sub("", text))  # 'then-President X' held the office at the time told
        if appositive:  # 'a politician who has criticized the president' is a politician: the clause tells of others
            text = _RELATIVE_CLAUSE.sub("", text)
        head = _TAIL.sub("", text) if appositive else text  # an apposition is read up to its 'of/at ...' tail
        matches = list(w.role_re.finditer(head))
        if not matches and appositive:  # 'member of parliament': a role with a preposition inside
            matches = [m for m in w.role_re.finditer(text) if not _TAIL.search(text[:m.start()] + " ")]
            head = text if matches else head
        heads.append(head)
        # the head of a title or description is its last role word ('shadow justice secretary'); a description
        # of several ('a lawmaker and former journalist') has one head in each of its parts
        last = matches[-1:] if not appositive else [
            m for k, m in enumerate(matches) if k + 1 == len(matches) or _CONJUNCTS.search(head, m.end(), matches[k + 1].start())]
        if not appositive and len(matches) >= 2 and re.search(r"\bof\s+(?:the\s+)?$", head[:matches[-1].start()], re.I):
            last = matches[-2:-1]  # 'Minister of Justice X' is a minister, 'Chief of Staff X' a chief of staff
        found.extend((m.group(0).lower(), head[:m.start()], i) for m in last)
    if not found:  # no role word: the head noun ('security guard'), else a body word in it ('police')
        if any(_HELD_NO_MORE.search(head) for head in heads):
            return None, "CVL"  # 'a former White House coordinator': a body served once gives no office now
        for (text, appositive), head in zip(parts, heads):
            member_of = _member_of_body(w, text, head) if appositive else None
            if member_of:
                return None, member_of  # 'a member of the National Assembly' LEG
        for head in heads:
            sector, known = head_sector(head) if head else (None, False)
            if known and sector and sector not in NO_SECTOR:
                return None, sector
        head_words = " ".join(heads)
        body = w.body_sector_in(head_words)
        if body is None:  # 'Senate head Hun Sen': the state body named in the title
            _, body = w.org_kind(head_words)
            body = body if body in _STATE_BODY_SECTORS else None
        return None, body
    current = [(r, words_before, i) for r, words_before, i in found
               if not FORMER_TITLE.search(_TURNED.sub("", words_before))]
    if current:
        # the title before the name, else the first description; of several present parts of one description
        # the last, the phrase's head ('founder and chief executive of X' is a chief executive)
        role, words_before, i = [c for c in current if c[2] == current[0][2]][-1]
        sector = w.roles.get(role, (None, False))[0]
        if role in words("body_agent_titles.txt"):
            agent_of = _agent_body_sector(w, words_before, parts[i][0], role)
            if agent_of is not None:
                return role, agent_of  # 'a representative for the sheriff's office' speaks for it, sits in no house
        served = _state_body_served(w, words_before, parts[i][0], role) if role in titles_any_body() else None
        if served:
            return role, served  # 'the court's president' JUD, 'president of the national assembly' LEG
        body = w.body_sector_in(_outside_body_names(w, parts[i][0]))  # a body word in the same title as the role
        if body and (sector is None or sector == "GOV" and (role in titles_any_body() or body in ("OPP", "REB"))
                     or sector == "MIL" and body == "COP"):
            sector = body  # 'police spokesman', 'opposition spokesman', 'police commander'; not a defence minister
            if sector == "OPP" and any(is_legislator(x) for x in re.findall(r"[\w-]+", parts[i][0])):
                sector = "LEG"  # 'an opposition legislator and vice-chair of a panel' sits in the legislature
        return role, sector
    role = found[-1][0]
    if role in leader_roles():
        return role, w.roles.get(role, (None, False))[0]
    return role, "CVL"


_NAME_RUN = re.compile(r"(?<![\w'’.-])[A-Z][\w'’.-]*(?:\s+(?:(?:of|and|for|the)\s+)*[A-Z][\w'’.-]*)+")
_NAME_GLUE = {"of", "and", "for", "the"}
_RANK_WORDS = {"national", "federal", "royal", "armed", "air", "border", "coast", "special", "state", "defense",
               "defence", "force", "forces", "guard", "guards", "revolutionary", "people's", "presidential", "riot"}


def _outside_body_names(w: ActorWords, title: str) -> str:
    """A title without the proper names of other bodies in it, whose words say what those bodies are
    about, not what the person serves: 'Environment Canada spokesperson' (a state's department named by
    its field and country, not an environmental group), 'director for Global Health Security' (a health
    programme, not the army). An armed body's word stays when the run names such a body by its kind: its
    last word (before any title word) a body word and every other word a country, a body word or a rank
    word ('Pakistan Army', 'National Police Chief'); a civil body's word stays in any name ('president of
    the Committee for Press Freedom in Macau' serves a civil body)."""
    if not any(ch.isupper() for ch in title[1:]):
        return title

    def keep(m: re.Match) -> str:
        words_ = [x for x in m.group(0).split() if x.lower() not in _NAME_GLUE]
        lower = [x.lower() for x in words_]
        if not any(x in w.group_modifiers for x in lower):
            return m.group(0)
        while len(lower) > 1 and (lower[-1] in w.roles or lower[-1] in _TITLE_WORDS):
            lower.pop()  # 'Police Chief', 'Army Spokesman'
        if w.country_of(words_[-1]) and len(lower) >= 2 and not w.country_of(words_[0]):
            return " "  # a state's department named by its field and country: 'Environment Canada'
        if not any(w.group_modifiers.get(x) in ARMED_SECTORS for x in lower) or lower[-1] in w.group_modifiers and all(
                x in w.group_modifiers or x in _RANK_WORDS or w.country_of(x) for x in lower):
            return m.group(0)  # a civil body's name says what it is ('Committee for Freedom in Hong Kong')
        return " "
    return _NAME_RUN.sub(keep, title)


# the sectors of a body that bears arms for a side: forces, police, fighters (read here and by the events
# stage's participants.speakers_own_body)
ARMED_SECTORS = ("MIL", "COP", "REB")
_TITLE_WORDS = {"chief", "deputy", "spokesman", "spokeswoman", "spokesperson", "commander", "head", "director",
                "general", "officer", "official", "chairman", "president", "secretary", "minister"}


# the sectors of a state's own bodies and officials (government, army, police, legislature, courts): read by
# the national bodies' reading, the officials' coreference and the actors stage's known-body check
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "LEG", "JUD"})
# the sectors of a state's national offices and bodies, its opposition among them: a state's own that a reader
# places in the story's state (national.lead_state, the country package's offices)
NATIONAL_SECTORS = ("GOV", "LEG", "OPP", "COP", "JUD", "MIL")


def speaks_for_state(voice: Actor, state: Actor) -> bool:
    """Whether ``voice`` speaks for the country ``state`` (one definition, round 22: the speaker's own state in the
    events stage's speech readers and pronouns): a body or person of that country's government or forces, or an
    outlet of that country (``sector_groups.tsv`` state_voices: GOV MIL MED, read in the record's vocabulary). Such a
    voice calls its state "we", not "they", and its "China must stay calm" states its own course, asking nobody. A
    journalist (a person of the press) speaks for an outlet, not a state; a citizen, an opposition figure, a
    lawmaker or a court is no voice of the state, and may ask it or blame it."""
    if state.kind != "country" or not state.country or voice.kind == "country" or voice.country != state.country:
        return False
    sector = vocabulary().get(voice.sector or "", voice.sector)
    if voice.kind == "media":
        return True
    return sector in sector_group("state_voices") and not (sector == "MED" and voice.kind == "person")


def is_legislator(word: str) -> bool:
    """A noun for a member of a legislature ('lawmaker', 'MPs', 'senator'; ``legislator_nouns.txt``)."""
    return word.lower() in words("legislator_nouns.txt")


def group_sector(noun: str | None, modifier: str | None) -> str | None:
    """The sector of a group named by a noun and a word before it: the word sets it ('opposition
    supporters' OPP, 'army officers' MIL, 'rebel soldiers' REB), except that 'government' before an armed
    noun says whose side they are on, not what they are ('government soldiers' MIL, 'government police'),
    and so does 'opposition' before members of a legislature ('opposition lawmakers' LEG)."""
    if modifier is None:
        return noun
    if modifier == "GOV" and noun in ("MIL", "COP") or modifier == "OPP" and noun == "LEG":
        return noun
    return modifier


_STATE_BODY_SECTORS = ("LEG", "JUD", "MIL", "COP")
_OF_TAIL = re.compile(r"\bof\s+(?P<body>[^,;:()]+?)(?=\s(?:of|on|at|for|in|with|from|to|about)\s|[,;:()]|$)", re.I)


def _state_body_served(w: ActorWords, words_before: str, part: str, role: str) -> str | None:
    """The sector of a parliament, court, army or police named as what a title any body can give is held
    in: its possessor ('the court's president') or its 'of' phrase ('president of the national
    assembly', 'head of the army'). Other bodies (a ministry, a charity) are read later, from the actors."""
    owner = re.search(r"([\w-]+)['’]s?\s+(?:\w+\s+)?$", words_before)
    if owner and owner.group(1).islower():  # a common noun: a named body is read from the actors
        sector, _ = head_sector(owner.group(1))
        if sector in _STATE_BODY_SECTORS:
            return sector
        described = descriptor_sector(owner.group(1), lexicons=False)
        if described and described != "GOV":
            return described  # 'the bank's chairman' BUS, 'the charity's director' CVL
    kind = re.search(r"([a-z][\w-]*)\s+$", words_before.lower())
    if kind is not None and role == "manager":
        described = descriptor_sector(kind.group(1), lexicons=False)
        if described and described not in ("GOV", "MIL", "COP"):
            return described  # 'a hotel manager' BUS, 'a factory manager' BUS
    after = part[part.lower().find(role) + len(role):] if role in part.lower() else ""
    after = _ABBREVIATION.sub("", after).strip()  # 'of the Save Our Rivers (SOR) movement'
    followers = _FOR_PEOPLE.match(after)
    if followers and _names_followers(followers.group("people")):
        return "CVL"  # 'chairman for Hindus in the north', 'leader of the Rastafarians': a faith's community
    whole = re.match(r"of\s+([^,;:()]+)", after, re.I)
    described = descriptor_sector(whole.group(1), lexicons=False) if whole else None
    if described and described != "GOV" and whole.group(1).split()[-1].islower():
        return described  # 'president of the national chamber of commerce' BUS, not a chamber (LEG)
    m = _OF_TAIL.match(after)
    if m and m.group("body").split()[-1].islower():  # 'leader of the ... movement', 'head of the army'
        kind, sector = w.org_kind(m.group("body"))
        if sector is None:
            sector, _ = head_sector(m.group("body"))
        if sector is None:  # 'leader of the X movement', 'the head of her defence team'
            sector = descriptor_sector(m.group("body"))
        if sector and sector != "GOV" and sector not in NO_SECTOR:
            return sector
    return None


# 'for/of (the) X' after a title any body can give, X a plural noun in '-s' or '-men' ('farmers', 'fishermen';
# its 'in/across ...' tail left off)
_FOR_PEOPLE = re.compile(r"(?:of|for)\s+(?:the\s+)?(?:[\w-]+\s+)?(?P<people>[\w-]+(?:s|men))(?=\s+(?:in|across|of|from)\s|[,;:()]|$)",
                         re.I)


def _names_followers(word: str) -> bool:
    """A plural noun for the followers of a faith ('Hindus', 'Rastafarians', 'Catholics'; ``faith_words.txt``)
    or for people of a trade or kind the lexicons give a civil sector ('farmers', 'fishermen'): the people a
    'chairman for X' speaks for are a community, no body of the state's. Not a people of a state ('leader of
    the Palestinians' may lead a government), nor a body's members ('chairman of the governors')."""
    forms = singular_forms(word.lower(), irregular=True)[1:]
    if any(f in words("faith_words.txt") for f in forms):
        return True
    sector, known = head_sector(word)
    return known and sector in sector_group("civil_followers")


_AGENT_TAIL = re.compile(r"(?:of|for|at)\s+(?P<body>[^,;:()]+?)(?=\s(?:in|on|at|from|to|about|who|which)\s|[,;:()]|$)",
                         re.I)


def _agent_body_sector(w: ActorWords, words_before: str, part: str, role: str) -> str | None:
    """The sector of a person a word for a legislator names only as someone who acts for a body
    (``body_agent_titles.txt``: 'a representative for the sheriff's office', 'a representative of the U.N.
    refugee agency', 'company representative X'): the body's when its words say it (GOV, IGO, BUS, CVL), else
    CVL (the body is read later, ``sector_text.staff``); None when nothing names a body, and the title stays
    a legislator's ('Representative X', 'a Republican representative from Ohio')."""
    after = part[part.lower().find(role) + len(role):] if role in part.lower() else ""
    after = _ABBREVIATION.sub("", after).strip()
    m = _AGENT_TAIL.match(after)
    if m:
        body = m.group("body").strip()
        kind, sector = w.org_kind(body)
        if sector is None:
            found, known = head_sector(body)
            sector = found if known else descriptor_sector(body)
        if sector == "LEG" or sector in NO_SECTOR:
            return None  # 'representative of the district in parliament', 'a representative of the party'
        return sector
    before = words_before.strip().split()
    if not before:
        return None
    sector = descriptor_sector(before[-1].strip(".,").lower(), lexicons=False)
    if sector:
        return sector  # 'company representative', 'a union representative'
    _, sector = w.org_kind(" ".join(before))
    return sector if sector == "IGO" else None  # 'a U.N. representative'; not 'Republican representative'


_MEMBER = re.compile(r"\bmembers?$", re.I)
_MEMBER_OF = re.compile(r"\bmembers?\s+of\s+(?P<body>[^,;:()]+)", re.I)


def _member_of_body(w: ActorWords, text: str, head: str) -> str | None:
    """'a member of the National Assembly' LEG, 'a member of the Senate Foreign Relations Committee' LEG, 'a
    member of the country's upper house' LEG, 'a member of the rebel movement' REB, 'a member of a crime group'
    CRM: an apposition whose head is 'member' and whose 'of' names a legislature, a court, an army, the police,
    an armed group or a criminal one gives its sector; a party, a club or a ministry gives none here (the
    opposition is read by ``sector_text.opposition_people``)."""
    if not _MEMBER.search(head.strip()):
        return None
    m = _MEMBER_OF.search(_RELATIVE_CLAUSE.sub("", text))
    if m is None:
        return None
    body = re.sub(r"^(?:the\s+)?(?:[\w-]+['’]s?\s+)?", "", m.group("body").strip(), flags=re.I)  # 'the country's'
    if any(word in words("legislature_words.txt") for word in body.lower().split()):
        return "LEG"  # (a committee of a chamber: 'the Senate Foreign Relations Committee')
    _, sector = w.org_kind(body)
    if sector is None:
        sector, known = head_sector(body)
        sector = sector if known and sector else descriptor_sector(body)  # 'the rebel movement', 'a crime group'
    return sector if sector in _STATE_BODY_SECTORS + ("REB", "CRM") else None


_ABBREVIATION = re.compile(r"\s*\([A-Z][A-Za-z.&-]*\)")
_HELD_NO_MORE = re.compile(r"\b(?:former|erstwhile|retired|onetime|one-time)\b", re.I)
_EX = re.compile(r"\bex-(?=[A-Za-z])", re.I)
_THEN = re.compile(r"\bthen[-\s](?=[A-Za-z])|^[-–]\s*", re.I)  # a title cut after 'then-' starts with '-'
NO_SECTOR = {"PTY", "ELI", "RAD"}  # a politician, a notable: no sector from the word alone
