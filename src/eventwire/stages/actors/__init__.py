"""actors stage: who takes part in the story, one actor per real entity, with every mention.

Mentions come from ``mentions`` (named entities and the lexicons). Titles and roles around a name
("Russian President", "Kremlin spokesman") give a person's country and sector. Mentions of one entity
are joined here: "Putin" and "the Russian leader" join "Vladimir Putin"; "Kim" joins "Kim Jong-un" but
"Kim Yong-chol" stays apart; "the commission" joins the commission named before.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right

from spacy.tokens import Token

from ...document import Document
from ...ingest.dates import published_day
from ...lexicon import words as word_list  # (the name "words" is the words submodule here)
from .bodies import country_bodies, regional_bodies, unnamed_courts
from .coref.names import family_name_first, first_name_owner, longer_name_ending
from .coref.officials import counterparts
from .coref.role_holders import body_heads, role_holders, spokespersons, titled_heads
from .coref.title_only import title_only_persons
from .coref.owned_kin import owned_kin
from .coref import (aliases, bare_groups, definite_references, department_heads, described_bodies, described_companies, descriptions, epithets, introduced_bodies, own_states, person_nouns, plural_references,
                    relation_nouns,
                    pronoun_antecedent,
                    resolve_person_pronouns)
from .country import employer_placed, fill_countries, name_country, place_settled
from .name_language import countries_from_names
from .groups import group_word_read_as_person, widening
from .knowledge import Facts, knowledge, recent
from .body_sectors import body_sectors
from .organisations import (acronyms, leader_parties, name_variants, outlet_services, party_names, party_standing, teaching_bodies,
                            units_of_bodies, written_names)
from .sector import STATE_SECTORS, former_office_sector, head_sector, settle_sectors
from .roles import politicians_of_parties, ranks_of_armed_groups, staff_of_parties, standing_of_described_bodies
from .sector_text import sectors_from_text, units_of_civil_bodies
from .sector_text.clauses import founders_of_firms
from .sector_text.staff import staff_of_bodies
from .setting import towns_countries
from .not_people import drop_things
from .documents import cited_documents
from .titled_names import titled_names
from .kin_names import kin_names
from .title_offices import title_offices
from .mentions.leader_teams import leader_teams
from .mentions.known_names import untagged_people
from .mentions import (Candidate, _code, blocs, bracketed_names, self_named_bodies, anonymous_sources, unnamed_parties, collectives, counted_nationals, heritage_peoples, countries, generic_media, groups,
                       ethnic_peoples,
                       missed_full_names, named_bodies, organizations, outlets_and_institutions, people,
                       police_as_government,
                       repeated_names, repeated_surnames, portfolio_bodies, single_state_bodies, state_bodies,
                       tokens_with_lemma)
from .acting_places import acting_places
from .politics import politics
from .craft_bodies import craft_bodies
from .national_teams import national_teams
from .untagged_bodies import country_named_bodies, described_firms, shared_head_bodies, titled_firms, untagged_bodies
from .phrase_groups import phrase_groups
from .untagged_outlets import untagged_outlets
from .monarchs import monarchs
from .named_next import named_next
from .seats import capital_people
from .repair import dateline_heads, long_country_names, longer_names, mend_datelines, state_named_bodies
from .words import ActorWords, actor_words, former_members, norm



def _claim(cands: list[Candidate]) -> list[Candidate]:
    """Keep candidates in priority order, dropping any that overlaps one already kept."""
    taken = bytearray(max((c.end for c in cands), default=0))
    kept = []
    for c in cands:  # (a mark inside the candidate's range looked for in C: ``find``, not ``any`` over a slice)
        if c.end <= c.start or taken.find(1, c.start, c.end) >= 0:
            continue
        taken[c.start:c.end] = b"\x01" * (c.end - c.start)
        kept.append(c)
    return sorted(kept, key=lambda c: c.start)


# (compiled once: the keys and surname forms are read for every person candidate)
_SPACE_OR_HYPHEN = re.compile(r"[\s-]")
_ARTICLE_PREFIX = re.compile(r"^(?:al|el|ad|as|ash|at|ar|an|az)-")


def _person_key(tokens: list[str]) -> str:
    """'Kim Jong-un', 'Kim Jong Un' and 'KIM JONG-UN' share one key."""
    key = _SPACE_OR_HYPHEN.sub("", "".join(tokens))
    if not key.isascii():  # 'Jovenel Moïse' and 'Jovenel Moise', 'François Bozizé' and 'Francois Bozize'
        key = "".join(ch for ch in unicodedata.normalize("NFKD", key) if not unicodedata.combining(ch))
    return "person:" + key


def _surname_forms(tokens: list[str]) -> set[str]:
    """The words a full name is shortened to: the last one, and the first of hyphenated East Asian names."""
    forms = {tokens[-1], _ARTICLE_PREFIX.sub("", tokens[-1])}
    if any("-" in t for t in tokens[1:]) or len(tokens) == 3 and len(tokens[0]) <= 4 or family_name_first(tokens):
        forms.add(tokens[0])  # 'Kim' of 'Kim Jong-un', 'Xi' of 'Xi Jinping'

    return forms


_PARTICLES = word_list("name_particles.txt")


# sentences back (0: its own) over which a surname two people share, as a subject, goes to the one named in
# full as a subject
SHARED_SURNAME_REACH = 1


def _join_people(cands: list[Candidate], w: ActorWords, doc: Document | None = None) -> None:
    """Give every person mention the key of its fullest name: 'Kim' -> Kim Jong-un. When several full
    names share the word ('Ana Ruiz' and her son 'Luis Ruiz'), a surname as a subject goes on with the one
    of them named in full as a subject in its sentence or the SHARED_SURNAME_REACH before it, when only one
    was ('Luis Ruiz arrived in 1990. Ruiz was 17': the son; ``_named_near``); else the one with more
    mentions so far."""
    seen: dict[str, int] = {}  # key -> mentions so far
    firsts = doc.sentence_starts() if doc is not None else None
    full_names = [c for c in cands if c.kind == "person" and c.key == "person" and len(c.tokens) >= 2]
    # (each full name's short forms made once, not once per one-word mention: the names' words do not change here)
    short_forms = [(d, _surname_forms(d.tokens)) for d in full_names]
    for c in cands:
        if c.kind != "person" or c.key != "person":
            continue
        longer = [d for d in full_names if len(d.tokens) > len(c.tokens) >= 2 and d.tokens[-len(c.tokens):] == c.tokens
                  and d.tokens[-len(c.tokens)] in _PARTICLES]
        if longer:  # 'von der Leyen' after 'Ursula von der Leyen'
            c.key = _person_key(longer[0].tokens)
        elif len(c.tokens) >= 2:
            ending = longer_name_ending(c.tokens, [d.tokens for d in full_names], w.roles)  # 'Abdel Bari'
            c.key = _person_key(ending or c.tokens)
        else:
            word = c.tokens[0] if c.tokens else norm(c.name)
            fits = [d for d, forms in short_forms if word in forms]
            earlier = [d for d in fits if d.start < c.start] or fits
            keys = [_person_key(d.tokens) for d in earlier]
            owner = None if keys else first_name_owner(
                word, [d.tokens for d in full_names])  # 'Ahmed' after 'Ahmed Mohamed'
            near = _named_near(doc, earlier, c, firsts) if firsts is not None and len(set(keys)) > 1 else None
            c.key = near or (max(keys, key=lambda k: seen.get(k, 0)) if keys else _person_key(owner or [word]))
        seen[c.key] = seen.get(c.key, 0) + 1


def _named_near(doc: Document, names: list[Candidate], cand: Candidate, firsts: list[int]) -> str | None:
    """The key of the one full name among ``names`` (mentions before ``cand``) that was the subject of a
    clause in ``cand``'s sentence or the SHARED_SURNAME_REACH before it, when ``cand`` is a subject itself: a
    subject goes on with the subject just before ('Daniel Lopez moved to Texas. Lopez was 17'). None when
    ``cand`` is no subject, or none or several full names were subjects there ('sent her support to Lopez'
    is read by the number of mentions)."""
    if not _subject_at(doc, cand.start, cand.end):
        return None
    here = bisect_right(firsts, cand.start) - 1
    start = firsts[max(0, here - SHARED_SURNAME_REACH)]
    keys = {_person_key(d.tokens) for d in names if start <= d.start < cand.start and _subject_at(doc, d.start, d.end)}
    return keys.pop() if len(keys) == 1 else None


def _subject_at(doc: Document, start: int, end: int) -> bool:
    """Whether the name at ``start``-``end`` is (in) the subject of a clause: the subject itself, or a word of
    its name or apposition ('Her son Daniel Lopez moved')."""
    span = doc.char_span(start, end)
    if span is None or not len(span):
        return False
    tok = span.root
    while tok.dep_ in ("compound", "appos", "flat", "conj") and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ in ("nsubj", "nsubjpass")


def _organisations_named_like_people(cands: list[Candidate]) -> None:
    """An 'organisation' whose name is a known person's surname ('Trump said') is that person."""
    full = [c for c in cands if c.kind == "person" and len(c.tokens) >= 2]
    surnames = {form: c.key for c in full for form in _surname_forms(c.tokens)}
    for c in cands:
        if c.kind != "organization" or not c.key.startswith("org:") or len(c.tokens) != 1:
            continue
        owner = None if c.tokens[0] in surnames else first_name_owner(c.tokens[0], [d.tokens for d in full])
        if c.tokens[0] in surnames or owner:  # ('Makeda' alone after 'Makeda Mbewe': her first name)
            key = surnames.get(c.tokens[0]) or next(d.key for d in full if d.tokens == owner)
            c.kind, c.key, c.sector, c.country, c.code = "person", key, None, None, None


def _folded(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", norm(text)) if not unicodedata.combining(ch))


def _as_written(doc: Document, members: list[Candidate], name: str) -> str:
    """A name with accents ('elPeriódico', a known outlet's listed form) as the story writes it when the story
    writes it only without them ('elPeriodico'): the record names an actor by the story's own words."""
    text = doc.article.text
    written = [re.sub(r"^[Tt]he\s+", "", text[m.start:m.end]) for m in members]
    if any(norm(t) == norm(name) for t in written):
        return name
    folded = _folded(name)
    return next((t for t in written if t.isascii() and _folded(t) == folded), name)


_EDITORS_BRACKET = re.compile(r"\s*\]\s*")  # ('[Prime Minister Keir] Starmer')


def _fullest(cands: list[Candidate]) -> Candidate:
    return max(cands, key=lambda c: (len(c.name.split()), len(c.name), -c.start))


def _build(doc: Document, cands: list[Candidate], w: ActorWords) -> set[str]:
    """One actor per key. Its country comes only from evidence: its own mentions (a demonym, "X's",
    "of X", a title, an apposition, the body it speaks for) or the lexicons' knowledge; never from the
    story's or the publisher's country. Left null when nothing says. Returns the ids of the actors
    known to serve no country (international bodies, their staff, international NGOs)."""
    international: set[str] = set()
    groups: dict[str, list[Candidate]] = {}
    for c in cands:
        groups.setdefault(c.key, []).append(c)
    day = published_day(doc.article.published)
    for key, members in sorted(groups.items(), key=lambda kv: kv[1][0].start):
        best = _fullest(members)
        country = next((m.country for m in members if m.country), None)
        sector = next((m.sector for m in members if m.sector), None)
        role = next((m.role for m in members if m.role), None)
        name = best.name if best.name.isascii() else _as_written(doc, members, best.name)
        if "]" in name:  # 'Keir] Starmer', 'Labour] Party': a name an editor's bracket runs through
            name = _EDITORS_BRACKET.sub(" ", name).strip()
        known = None
        stateless = False  # an office of no country held that day: a judge of an international court
        if best.kind == "person":
            full = w.person_by_surname.get(name) if len(name.split()) == 1 else None  # 'Merkel' alone
            known = w.person_on(full.name if full else name, day) or (
                w.person_on(" ".join(best.tokens), day) if best.tokens else None)
            # whose national a known person is beats a title read off a coordination ('Russian President
            # Putin and Chinese President Xi Jinping' must not make Xi Russian)
            if known is not None and full is None:  # known by the whole name, not a bare surname
                country = known.country or country
            else:
                country = country or (known.country if known else None)
            # an office held that day is surer than a title word, but not than the text's word that the person
            # holds no office (a former title, or a namesake described as a civilian): the base may be stale
            sector = sector if sector == "CVL" else (known.sector if known else None) or sector
            role = role or (known.role.lower() if known and known.role else None)
            stateless = known is not None and bool(known.sector) and known.country is None
        elif best.kind in ("organization", "media", "group") and not country:
            # 'Malawi Electoral Commission', 'Ethiopian News Agency'; a group by the words it is named by, before
            # whom it serves or opposes ('critics of China' are no Chinese: ``Candidate.named_by``)
            country = name_country(w, best.named_by or name)
        common = best.key.startswith("group:") and best.name.islower()  # 'citizens' is no firm 'Citizens'
        facts = _knowledge_of(members, best, day) if best.kind != "country" and not best.key.startswith("known:") \
            and not common else None
        if facts is not None:
            whole = best.kind == "person" and len(facts.name.split()) >= 2 and len(name.split()) >= 2
            whole = whole and known is None  # the hand-written base (people.tsv), newer, wins over the converted one
            country = (facts.country or country) if whole else (country or facts.country)
            # for a body, what the base knows beats a guess from the words of its name ('Baloch Liberation Army')
            sector = (facts.sector or sector) if best.kind != "person" else (sector or facts.sector)
            if facts.sector == "IGO" and (best.kind != "person" or role is None):
                country = None
        if best.kind == "person" and sector is None and known is not None:
            sector = former_office_sector(w, known.name, day)  # 'Joe Biden' in 2025: a former president
        unplaced = known is None or not any(o.sector for o, _, _ in w.offices.get(norm(known.name), ()))  # no office known
        if best.kind == "person" and sector is None and role is None and (
                unplaced and facts is None or known is None and knowledge().held_office_before(facts.name, day)):
            # a person the text gives no office, rank or affiliation, and nobody knows, is a civilian; so is
            # one whose offices in the base all ended before the day (a minister who resigned years before):
            # any former office but a head's is no office now (``former_office_sector``)
            sector = "CVL"
        if sector == "IGO" or stateless:
            country = None  # staff of an international body speak for no country
        code = best.code if best.key.startswith("known:") else _code(country, sector)
        if best.key.startswith("known:"):  # a known body whose role changed: the Taliban governs from 2021
            update = recent().facts(name, day)
            if update is not None and update.sector:
                sector, code = update.sector, update.code
        actor = doc.new_actor(name, best.kind, country, sector, code)
        actor.role = role
        given = next((m for m in members if m.country), None)  # the mention whose words gave the country
        if best.kind == "person" and given is not None and given.employer_country and country == given.country \
                and known is None and facts is None:
            employer_placed(doc)[actor.id] = (country, None)  # only a known think tank's or firm's country
        for m in members:
            doc.add_mention(actor, m.start, m.end)
        if country is None and (best.key.startswith(("known:", "bloc:")) or facts is not None and facts.country is None
                                or best.kind == "person" and known is not None and (sector == "IGO" or stateless)):
            international.add(actor.id)
    return international


def _knowledge_of(members: list[Candidate], best: Candidate, day) -> Facts | None:
    """What the knowledge base says of an actor, by its fullest name or another name of two words or more."""
    kb = knowledge()
    names = [best.name] + [m.name for m in members if m is not best and len(m.name.split()) >= 2]
    return next((f for f in map(lambda n: kb.facts(n, day), dict.fromkeys(names)) if f is not None), None)


def home_country(doc: Document, cands: list[Candidate], w: ActorWords) -> str | None:
    """The country a story is about, when one clearly leads: at least three mentions that point to it
    (the country itself, its demonym, its bodies and people, its towns) and half of all such mentions.
    Media do not count: an outlet's country is where it publishes, not where the story is."""
    counts: dict[str, int] = {}
    for country in [c.country for c in cands if c.kind != "media"] + towns_countries(doc, w):
        if country:
            counts[country] = counts.get(country, 0) + 1
    if not counts:
        return None
    top = max(counts, key=lambda k: counts[k])
    return top if counts[top] >= 3 and counts[top] * 2 >= sum(counts.values()) else None


def _media_without_country(cands: list[Candidate]) -> None:
    """'state media' alone joins the media actor of that family named before it, when there is one."""
    for i, c in enumerate(cands):
        if c.key.startswith("media:?:"):
            family = c.key.rsplit(":", 1)[1]
            earlier = [d for d in cands[:i] if d.key.startswith("media:") and d.key.endswith(":" + family)
                       and not d.key.startswith("media:?:")]
            if earlier:
                c.key = earlier[-1].key


def run(doc: Document) -> None:
    """Fill ``doc.actors`` with one actor per entity, each with every mention's offsets."""
    if doc.nlp is None:
        return
    w = actor_words()
    lines = dateline_heads(doc, w)  # 'KABUL, Afghanistan (AP) —': no actor's words but the credit's
    persons = mend_datelines(doc, people(doc, w) + capital_people(doc, w) + untagged_people(doc, w), w, lines)  # (+ 'Ines Paris')
    persons = [c for c in persons if c.kind != "person" or not group_word_read_as_person(doc, c.start, c.end, w)]
    group_nouns = tokens_with_lemma(doc, w.group_nouns)
    institutions_groups, other_groups = groups(doc, w, nouns=group_nouns)  # (one reading of the group nouns)
    organisations = mend_datelines(doc, organizations(doc, w), w, lines)
    institutions = mend_datelines(doc, outlets_and_institutions(doc, w), w, lines)
    bodies_of_states = state_bodies(doc, w)
    # ('U.S. military officials', 'Sudanese army officers': the group takes in the state's body and goes on, as
    # 'United Nations experts' takes in the institution)
    bodies_of_states = widening(other_groups, bodies_of_states) + bodies_of_states
    # cited documents first ('the CIA World Factbook' is no CIA); 'ethnic Uyghurs' before persons: the tagger
    # may take the people's name for a person's
    first = _claim(mend_datelines(doc, cited_documents(doc, w) + ethnic_peoples(doc, w) + self_named_bodies(doc, w)
                   + institutions_groups + longer_names(organisations, institutions, w)
                   + bodies_of_states + institutions + party_names(doc, w) + leader_parties(doc, w) + named_bodies(doc, w)  # "China's U.N. mission" is China's
                   + regional_bodies(doc, w) + country_bodies(doc, w) + unnamed_courts(doc, w) + generic_media(doc, w) + anonymous_sources(doc, w) + unnamed_parties(doc, w)
                   + [Candidate(s, e, "country", "country:" + c, w.countries[c].name, c, None, c)
                      for s, e, c in long_country_names(doc, w)] + state_named_bodies(doc, w) + monarchs(doc, w)
                   + bracketed_names(doc, persons, w) + persons  # ('[his predecessor Ana] Ruiz': the whole before 'Ruiz')
                   + repeated_surnames(doc, persons, w, [c for c in organisations if c.kind == "person"])
                   + missed_full_names(doc, persons, w) + titled_names(doc, persons, w) + kin_names(doc, persons, w), w, lines, add=True))
    _join_people(first, w, doc)
    first = named_next(doc, first, w)  # 'A Peruvian judge ordered ... Judge Carlos Ruiz said': one person
    person_country = {form: c.country for c in first if c.kind == "person" and c.country and len(c.tokens) >= 2
                      for form in _surname_forms(c.tokens)}
    person_country.update(w.country_by_surname)  # 'the Trump administration', 'the Sharif government'
    collective = collectives(doc, w, person_country)
    headed = [c for c in collective if c.kind == "organization"]  # 'the Trump administration' outranks 'Trump'
    headed += leader_teams(doc, w, first)  # 'the Trump team', "Modi's camp": the leader's following, one body
    grouped = other_groups + counted_nationals(doc, w) + heritage_peoples(doc, w) + blocs(doc) + craft_bodies(doc, w)  # ('U.S. warships')
    unnamed = single_state_bodies(doc, w) + portfolio_bodies(doc, w)  # 'the electoral commission', 'the tourism ministry' before an organisation's repeat of its
    # noun; 'Parliament' after the organisations the tagger names ('the Independent Electoral Commission')
    unnamed_lower = [c for c in unnamed if c.name.islower()]
    unnamed_named = [c for c in unnamed if not c.name.islower()]
    cands = _claim(mend_datelines(doc, headed + first + widening(grouped, collective) + [
        c for c in collective if c.kind != "organization"] + unnamed_lower + shared_head_bodies(doc, w) + organisations + repeated_names(doc, first + organisations)
        + unnamed_named + grouped + country_named_bodies(doc, w) + titled_firms(doc, w) + countries(doc, w) + acting_places(doc, w) + untagged_bodies(doc, w) + phrase_groups(doc, w) + described_firms(doc, w)  # (titled_firms before countries: 'Environment Canada spokesperson X'); (a body named for its country before the country: "Seed Banks Chile New Zealand")
        + untagged_outlets(doc, w), w, lines, add=True))  # ('Kerala banned')
    _organisations_named_like_people(cands)
    cands = drop_things(doc, cands, w)  # 'Patriot missiles', 'JFK airport', the book "X"
    _media_without_country(cands)
    bare_groups(cands)
    cands = aliases(doc, cands, w)
    cands = acronyms(doc, cands)  # 'the Baloch Liberation Army ... the banned BLA'
    name_variants(doc, cands, w)  # 'Microsoft' and 'Microsoft Corp.', 'Scientology' and 'the Church of Scientology'
    outlet_services(doc, cands)  # "VOA's Urdu Service" is VOA
    home = home_country(doc, cands, w)
    international = _build(doc, cands, w)
    fill_countries(doc, w, international)
    party_standing(doc)  # the ruling party GOV, the opposition OPP, on the article's day
    units_of_bodies(doc, w)  # "NASA's Johnson Space Center"
    descriptions(doc, w)
    led = role_holders(doc, w)  # 'A spokesman for X said ... . "...," Y told VOA': Y
    department_heads(doc, w, led)  # 'the Commerce chief' after 'Commerce Secretary X'
    body_heads(doc, w)  # 'the Nigerian army chief said': a person of the army, not the army
    epithets(doc, w)
    definite_references(doc, w, home)
    described_bodies(doc)
    introduced_bodies(doc)  # 'the consultancy' after 'business consultancy X'
    _members_of_bodies(doc, w)
    resolve_person_pronouns(doc)
    counterparts(doc, w)  # 'his Tanzanian counterpart, Y' holds his office in Tanzania (reads 'his')
    person_nouns(doc)  # 'the student' after 'student Ana Ruiz' (reads the genders pronouns gave)
    relation_nouns(doc)  # 'his client' after "Ana Ruiz's lawyer, Li Wei" (reads the pronouns resolved)
    own_states(doc, w)  # 'his country', 'her government': the pronoun's person's state
    plural_references(doc)
    spokespersons(doc, w)  # 'a DHS spokesperson told VOA': a person of DHS (after the pronouns)
    title_only_persons(doc, w)  # 'the train driver was hurt': a person named by his trade alone (after the joins)
    owned_kin(doc, w)  # "Ochieng's mother said": a relative named through a named person
    title_offices(doc, w)  # "the prime minister's office said", nobody of the story holding the office
    sectors_from_text(doc, w)
    ranks_of_armed_groups(doc)  # 'a Houthi commander': the group's REB, not the army's MIL
    described = standing_of_described_bodies(doc)  # 'the opposition X Movement' OPP, 'the ruling Y' GOV
    staff_of_parties(doc, described)  # 'ANC spokesman X': the ruling party's GOV, its country
    settle_sectors(doc.actors)
    described_companies(doc, w)  # 'the oil giant' after 'BP' (reads the sectors just settled)
    for actor in doc.actors:
        police_as_government(actor)
    teaching_bodies(doc)  # 'Blantyre Girls Primary School' EDU
    national_teams(doc)  # 'Norway beat Chile 2-1 in the match': the team, CVL, not the state
    firms = body_sectors(doc, w)  # a sector for the bodies nothing else gave one: parties, firms, outlets, head words
    if firms:
        staff_of_bodies(doc, firms)  # 'X, the marketing director at Solano Foods': the firm's people, now it is read
        founders_of_firms(doc, firms)  # 'YChina, founded by X and his partner, Z'
    politicians_of_parties(doc)  # "X of the Y Party", "the Y Party's X": the party's standing (reads it just settled)
    politics(doc)  # 'Senate Majority Leader X' LEG, 'the Democratic leader X', 'Republicans' (reads the parties' standing)
    units_of_civil_bodies(doc)  # "Texas A&M's Aerospace Engineering Department": its owner's unit, not GOV (reads the owners' sectors)
    titled_heads(doc)  # 'Ghana CDC lead Dr. X': the body's sector, now settled
    place_settled(doc, w, international)  # the story's country, by the sectors now settled
    countries_from_names(doc, w, international)  # last and weakest: the language of a person's name
    written_names(doc)  # a known body named as the article writes it ('NBC', not the lexicon's 'NBC News')


def _members_of_bodies(doc: Document, w: ActorWords) -> None:
    """'Election observers from the Southern African Development Community urged ...': people named
    only as members of a body, with no actor of their own, act as that body. Former ones do not ('former
    members of the church', 'ex-officials of the ministry': words.former_members): they left it."""
    assert doc.nlp is not None
    for tok in tokens_with_lemma(doc, w.member_nouns):
        if doc.actor_of_token(tok) or tok.pos_ != "NOUN" or tok.lemma_.lower() == "leader" and tok.tag_ != "NNS":
            continue  # ('the leader of the Taliban' is a person, named in the story or not)
        if former_members(tok):
            continue
        body = _body_after(doc, tok, owned=_owner_before(doc, tok))
        if body is not None:
            start = next((t.idx for t in tok.lefts if t.dep_ not in ("det", "predet", "nummod", "quantmod")), tok.idx)
            doc.add_mention(body, start, tok.idx + len(tok.text))


def _owner_before(doc: Document, tok: Token) -> bool:
    """Whether a state's or a body's name stands right before a member noun as its modifier ('the U.S. envoy',
    'the U.N. envoy'): the noun's owner, so a 'for' phrase after it names the brief ('for Sudan'), not the body."""
    return tok.i > 0 and any(c.i == tok.i - 1 and c.dep_ in ("compound", "nmod", "amod") for c in tok.lefts) \
        and doc.actor_of_token(doc.nlp[tok.i - 1]) is not None


def _body_after(doc: Document, tok: Token, owned: bool = False):
    """The organisation, group or country named in a 'from/of/for' phrase right after a member noun ('for'
    not after an ``owned`` one: 'the U.S. envoy for Sudan' is no member of Sudan)."""
    for prep in tok.rights:
        if prep.dep_ != "prep" or prep.lower_ not in ("from", "of", "for") or owned and prep.lower_ == "for":
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj":
                actor = doc.actor(doc.actor_of_token(obj) or next(
                    (doc.actor_of_token(t) for t in obj.subtree if doc.actor_of_token(t)), None))
                if actor is not None and actor.kind == "country" and not doc.actor_of_token(obj) and \
                        not _state_head(obj):
                    return None  # 'a member of a Georgian smuggling ring' is no member of Georgia's state
                if actor is not None and actor.kind in ("organization", "group", "country", "media"):
                    return actor
    return None


def _state_head(obj: Token) -> bool:
    """Whether a noun that a country only modifies may be that country's state: a state head ('the Iranian
    army': a state sector), or a definite one the agent lists do not know ('the Chinese delegation'); not a
    body or people of another kind ('a Russian crime group', 'an Afghan family', 'the Kenyan party'), nor
    one of many ('a Georgian smuggling ring': an indefinite article)."""
    if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in obj.children):
        return False
    sector, known = head_sector(obj.lower_)
    return not known or sector in STATE_SECTORS


__all__ = ["run", "pronoun_antecedent"]
