"""Finding actor mentions: named entities, and the lexicons' outlets, institutions, countries and
demonyms, generic media ("North Korean state media"), anonymous sources ("an unnamed South Korean
official"), groups ("Syrian rebels"), bodies of a state ("Qatar's foreign ministry"). Each mention is a
``Candidate`` saying what it tells about its actor; the actors stage joins them into actors.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Container

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ... import gazetteer
from ...document import Document, children_of, heads_of, sentence_of, span_text, strings_of, tokens_of
from ...ingest.dates import published_day
from ...lexicon import singular_forms, table
from ...lexicon import words as word_list
from ...lookahead import led
from .broken_names import join_broken_names
from .groups import (acts, describer_sectors, describes, field_words_before, name_sector, name_start, names,
                     generic_subject, officials_sector, quantified, takes_part)
from .knowledge import knowledge, recent
from .peoples import one_of_a_people, people_plurals, people_word_home
from .places import region_country
from .repair import (body_and_person, complete_organisation, hyphenated_name, initialled_person, initials_run_on,
                     join_demonym_names, particles_before, repair_person, split_at_open_bracket, title_and_person)
from .sector import STATE_SECTORS, descriptor_sector, group_sector, head_sector, record_sector, title_sector
from .words import PERSON_NAME_WORD, PERSON_PRONOUNS, ActorWords, Known, near, norm, speech_lemmas, title_kind

# labels whose entities can name an actor
_PERSON, _ORG, _GPE, _NORP = "PERSON", "ORG", "GPE", "NORP"
_STOP_LEFT = {"the", "a", "an", "by", "to", "from", "with", "for", "on", "in", "at", "that", "who", "said",
              "told", "as", "than", "between", "when", "while", "after", "before"}


@dataclass
class Candidate:
    """One mention found, with what it says about its actor; ``key`` joins mentions of one actor."""

    start: int
    end: int
    kind: str
    key: str
    name: str
    country: str | None = None
    sector: str | None = None
    code: str | None = None
    role: str | None = None
    tokens: list[str] = field(default_factory=list)  # name words, for person matching
    # a group named with whom it serves or opposes ('critics of the new law'): the words before that phrase
    # ('critics'), which alone may say its country (``groups``)
    named_by: str | None = None
    # a person's country is only that of the known body named as the person's place of work, a body of no
    # state ('a fellow at the X Institute'): weak evidence the person's name may outweigh (``name_language``)
    employer_country: bool = False


def _known_candidate(start: int, end: int, known: Known) -> Candidate:
    return Candidate(start, end, known.kind, "known:" + known.name, known.name, known.country,
                     known.sector, known.code)


def outlets_and_institutions(doc: Document, w: ActorWords) -> list[Candidate]:
    found = []
    for pattern in (w.outlet_re, w.institution_re):
        for m in pattern.finditer(doc.text):
            known = w.known.get(norm(m.group(0)))
            if pattern is w.institution_re and " " not in m.group(0) and (
                    inside_a_longer_name(doc.text, m.start(), w) or _after_possessive_in_name(doc, m.start(), w)):
                continue  # 'Congress' in 'World Uyghur Congress', "the National People's Congress"
            if known:
                found.append(_known_candidate(m.start(), m.end(), known))
    return found


def _after_possessive_in_name(doc: Document, start: int, w: ActorWords) -> bool:
    """A possessive inside a longer proper name stands right before ``start``: "the National People's
    Congress", "the Korean Workers' Party" (a capitalised word before the possessive one, which names no
    country and no person: not "Peru's Congress", "President Lula's Congress")."""
    m = re.search(r"(?<![\w'’.-])([A-Z][\w-]*)\s+([A-Z][\w-]*)(?:['’]s?)\s+$", doc.text[max(0, start - 40):start])
    if not m or m.group(1) in ("The", "A", "An", "Its", "Their") or w.country_of(m.group(2)):
        return False
    span = doc.nlp.char_span(max(0, start - 40) + m.start(2), max(0, start - 40) + m.end(2))
    return span is not None and span[0].ent_type_ not in ("PERSON", "GPE", "NORP")


def generic_media(doc: Document, w: ActorWords) -> list[Candidate]:
    """'North Korean state media', 'Various South Korean outlets', 'state media', 'local media'."""
    found = []
    for m in near(w.generic_media_re, w.media_head_anchor, doc.text):
        if _modifies_a_group(doc.text, m.end(), w):
            continue  # 'local media rights organizations', 'state media workers': a group named after media
        if m.group("state"):
            head = w.media_heads.get(m.group("state").lower(), "state media")
            start, country = _country_before(doc.text, m.start("state"), w)  # 'C.A.R. state TV'
            written = doc.text[start:m.end()]  # named as the story names it: 'state TV' is not 'state television'
            name = written if start < m.start("state") else written[:1].lower() + written[1:]
            found.append(Candidate(start, m.end(), "media", f"media:{country or '?'}:" + _family(head), name,
                                   country, "MED", f"{country}MED" if country else None))
            continue
        if m.group("local"):  # 'local media': the outlets of where the story is (see setting.story_setting)
            found.append(Candidate(m.start("local"), m.end(), "media", "media:local", m.group("local").lower(),
                                   sector="MED"))
            continue
        if m.group("unnamed"):  # 'a local radio station', 'a private news channel' (unnamed_outlets.tsv)
            if not _describes_outlet(doc, m.end(), w):  # ('the independent newspaper Daily Star' is that paper)
                name = re.sub(r"\s+", " ", m.group("unnamed").lower())
                found.append(Candidate(m.start("unnamed"), m.end(), "media", "media:unnamed:" + norm(name), name,
                                       sector="MED"))
            continue
        if _describes_outlet(doc, m.end(), w):
            continue
        country = w.country_of(re.sub(r"['’]s$", "", m.group("who")))
        head = w.media_heads[m.group("head").lower()]
        who = w.countries[country].name + "'s" if m.group("who").endswith(("'s", "’s")) else m.group("who")
        name = f"{who} {m.group('head')}"  # 'Chinese state TV' as written; the key joins it to 'state television'
        found.append(Candidate(m.start(), m.end(), "media", f"media:{country}:{_family(head)}", name, country,
                               "MED", f"{country or ''}MED"))
    return found + _bare_media(doc, found)


_SOURCE_NOUNS = ("report", "reports")  # 'media reports': the press's reports, the press a source


def _bare_media(doc: Document, found: list[Candidate]) -> list[Candidate]:
    """The press named bare (``bare_media_words.txt``), as a source: 'media reported', 'told media',
    'media reports said', 'Media outlets work under strict rules'. A word before it that says which press
    ('social media', 'foreign media', 'the three news outlets': any article, number, owner or adjective)
    makes it none; so does a role other than a source's or an addressee's ('the role of media'). The
    outlets of the story's own country, as 'local media' (one key with it)."""
    if doc.nlp is None:
        return []
    phrases, last_words, longest = _bare_media_phrases()
    taken = [(c.start, c.end) for c in found]
    out = []
    for i in doc.token_numbers("LOWER", last_words):  # (the few words that may end such a phrase)
        tok = doc.nlp[i]
        first = tok.i
        while first > 0 and tok.i - first + 1 < longest and doc.nlp[first - 1].dep_ == "compound" \
                and doc.nlp[first - 1].head.i == tok.i:
            first -= 1
        words_ = tuple(t.lower_ for t in doc.nlp[first:tok.i + 1])
        if words_ not in phrases or any(c.dep_ in ("det", "poss", "nummod", "amod", "compound") and c.i < first
                                        for c in tok.children):
            continue
        if first > 0 and doc.nlp[first - 1].pos_ in ("ADJ", "NUM", "DET", "PROPN") or doc.nlp[first - 1].tag_ == "POS":
            continue  # 'social media', 'the media', 'Pakistani media' (generic_media), "Kenya's media"
        start, end = doc.nlp[first].idx, tok.idx + len(tok.text)
        if any(s < end and start < e for s, e in taken) or not _as_source(tok, first < tok.i):
            continue
        out.append(Candidate(start, end, "media", "media:local", doc.text[start:end], sector="MED"))
    return out


@lru_cache(maxsize=1)
def _bare_media_phrases() -> tuple[frozenset[tuple[str, ...]], frozenset[str], int]:
    """``bare_media_words.txt`` as word tuples, the words that end them, and the longest one's length."""
    phrases = frozenset(tuple(p.split()) for p in word_list("bare_media_words.txt"))
    return phrases, frozenset(p[-1] for p in phrases), max(map(len, phrases))


def _as_source(tok: Token, outlets: bool) -> bool:
    """The press as a source or an addressee: the subject of a speech verb ('media reported'), or of any
    verb when named as outlets (``outlets``: 'Media outlets work under rules'; 'media have faced threats'
    is the press as a trade), the one told or written to ('told media', 'a statement to media'), or the maker
    of reports ('media reports')."""
    if tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].pos_ in ("NOUN", "PROPN") and tok.dep_ != "compound":
        return False  # 'Media watchdog RSF welcomed ...' misread as a subject and its verb: a describer
    if tok.dep_ in ("nsubj", "nsubjpass"):  # 'media reported'; 'news outlets work under ...' (outlets act)
        return tok.head.lemma_.lower() in speech_lemmas() or outlets
    if tok.dep_ in ("dobj", "dative") and tok.head.lemma_.lower() == "tell":
        return True
    told = tok.head.head.lemma_.lower()
    if tok.dep_ == "pobj" and tok.head.lower_ == "to" and (told in speech_lemmas() or
                                                           told in word_list("quote_document_nouns.txt")):
        return True  # 'said to media', 'in a statement to media' (a statement, a letter: quote_document_nouns.txt)
    return tok.dep_ == "compound" and tok.head.lower_ in _SOURCE_NOUNS


def named_bodies(doc: Document, w: ActorWords) -> list[Candidate]:
    """Outlets, unions, rebel groups and parties the lexicon does not know, named beside a noun that says
    what they are: 'the Dutch broadcaster NOS', 'the union FNV Havens', 'the Nation newspaper'."""
    found = []
    nouns = w.body_noun_anchor.spans(doc.text)
    matches = near(w.named_body_re, nouns, doc.text) + near(w.named_body_before_re, nouns, doc.text)
    for m in matches:
        name = re.sub(r"\s+(?:of|de|al)$", "", m.group("name"))
        if m.re is w.named_body_before_re and m.group("noun")[:1].isupper():
            name = f"{name} {m.group('noun')}"  # 'the Labour Party': the noun is part of the name
        if not name[:1].isupper() or w.known.get(norm(name)) or w.country_of(name) or _day_or_month(name) \
                or name.split()[0].lower().rstrip(".") in w.roles:
            continue  # ('the NGO Tuesday said', 'the NGO Director Ana Silva': a time, a title and its holder)
        kind, sector = w.body_nouns[m.group("noun").lower()]
        who = m.groupdict().get("who")
        country = w.country_of(re.sub(r"['’]s$", "", who)) if who else None
        start = m.start("name")
        found.append(Candidate(start, start + len(name), kind, f"{kind}:" + norm(name), name, country, sector,
                               _code(country, sector)))
    return found


def _day_or_month(name: str) -> bool:
    """A name that opens with a weekday's or a month's name ('Tuesday', 'March'): a time, not a body."""
    from ..timex.words import months, weekdays

    first = name.split()[0].lower().rstrip(".,")
    return first in weekdays() or first in months()


def state_bodies(doc: Document, w: ActorWords) -> list[Candidate]:
    """'Qatar's foreign ministry', 'the Sudanese army': an organisation of that country; with a capital
    between, where the body sits ("Peru's Washington embassy")."""
    from .bodies import _also_a_big_province  # (bodies reads this module)

    found = []
    for m in near(w.state_body_re, w.state_body_anchor, doc.text):
        country = w.country_of(re.sub(r"['’]s$", "", m.group("who")))
        if not country or m.group("seat") and norm(m.group("seat")) not in w.capital_of:
            continue  # ("Kenya's Foreign Ministry" is read whole, its 'Foreign' no seat)
        body = m.group("body").lower()
        sector = w.state_bodies[body]
        if sector == "JUD" and not m.group("who").endswith(("'s", "’s")) and _also_a_big_province(m.group("who"), w):
            continue  # 'a Georgia court' may be the US state's (bodies.country_bodies reads it the same way)
        found.append(Candidate(m.start(), m.end(), "organization", f"body:{country}:{body}", m.group(0), country,
                               sector, _code(country, sector)))
    return found


_GROUP_TOPICS = ("rights", "freedom")  # what a group after 'media' works for: 'media rights groups'


def _country_before(text: str, start: int, w: ActorWords) -> tuple[int, str | None]:
    """A country's name or abbreviation standing right before ``start`` ('C.A.R. state TV', 'Kenya state
    media'): (where it begins, its code); else (``start``, None)."""
    m = re.search(r"(?:^|(?<=[\s(\"“]))([A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})\s+$", text[max(0, start - 40):start])
    if m:
        code = w.country_of(m.group(1))
        if code:
            return max(0, start - 40) + m.start(1), code
    return start, None


def _modifies_a_group(text: str, end: int, w: ActorWords) -> bool:
    """The media words end inside the name of a group: the next word is a group noun or what such a group
    works for ('local media rights organizations', 'media freedom groups', 'state media workers')."""
    m = re.match(r" ([a-z]+)", text[end:end + 30])
    if not m:
        return False
    word = m.group(1)
    return word in _GROUP_TOPICS or any(f in w.group_nouns for f in singular_forms(word)) \
        or word in word_list("body_head_words.txt")  # 'Kenyan media association KMA': a body named after the media


def _describes_outlet(doc: Document, end: int, w: ActorWords) -> bool:
    """'South Korean newswire service Yonhap': the generic phrase only describes the outlet after it."""
    return doc.text[end:end + 1] == " " and (bool(w.outlet_re.match(doc.text, end + 1)) or
                                              doc.text[end + 1:end + 2].isupper())


def _family(head: str) -> str:
    return "outlets" if head in ("outlets", "newspapers") else "media"


def anonymous_sources(doc: Document, w: ActorWords) -> list[Candidate]:
    """'an unnamed South Korean official', 'two senior officials' (when no name follows)."""
    found = []
    for m in near(w.anonymous_re, w.role_anchor, doc.text):
        mods = m.group("mods").lower().split()
        if not (any(w.anonymous.get(x) == "anonymous" for x in mods) or m.group("who")):
            continue
        if _names_follow(doc, m.end()):
            continue  # a title before a name: "senior official Kim Yong-chol", "a spokesman, Carlos Sitoe,"
        if m.group("det").lower() == "the" and not m.group("role").lower().endswith("s"):
            continue  # "the Russian leader" is somebody named elsewhere (see _descriptions)
        who = m.group("who")
        country = w.country_of(re.sub(r"['’]s$", "", who.strip())) if who else None
        inst = w.known.get(norm(m.group("inst"))) if m.group("inst") else None
        country = country or (inst.country if inst else None)
        role = m.group("role").lower()
        name = m.group(0)
        sector = w.body_sector_in(name) or w.roles.get(role, (None, False))[0] or (inst.sector if inst else None)
        kind = "group" if role.endswith("s") and role not in ("boss",) else "person"
        found.append(Candidate(m.start(), m.end(), kind, "anon:" + norm(name), name, country, sector,
                               _code(country, sector)))
    return found


def _names_follow(doc: Document, end: int) -> bool:
    """A person's name right after a title, or set off by a comma as its appositive."""
    if re.match(r"\s+[A-Z]", doc.text[end:end + 2]):
        return True
    m = re.match(r",\s+", doc.text[end:end + 3])
    if not m or doc.nlp is None:
        return False
    span = doc.nlp.char_span(end + m.end(), end + m.end() + 1, alignment_mode="expand")
    return bool(span) and span[0].ent_type_ == "PERSON"


def people(doc: Document, w: ActorWords) -> list[Candidate]:
    from .seats import capital_code, person_words, stands_for_state

    found = []
    assert doc.nlp is not None
    people_words = person_words(doc, w)
    ents = doc.entities()  # (spaCy builds the tuple anew on every read)
    places = {span_text(e) for e in ents if e.label_ in (_GPE, "LOC", "FAC")}
    persons = join_broken_names([e for e in ents if e.label_ == _PERSON], w, published_day(doc.article.published))
    name_words = {x for e in persons for x in _name_words(e.text) if "-" not in e.text}
    storms = _storm_names(doc.text)
    not_people = _places_and_things(doc, w, persons)
    for ent in persons:
        span = _trim_possessive(ent)
        if span is None:
            continue
        span = repair_person(span, w)
        text = span_text(span)  # (read once: ``Span.text`` makes a Token per word each time)
        if _weather_system(span) or text in storms:
            continue  # 'Cyclone Jude', 'Hurricane Maria', and 'Jude' later on
        words = _name_words(text)
        if w.country_of(text) or (len(words) == 1 and text in places):
            continue  # a place name the tagger also took for a person somewhere
        if capital_code(text, w) and text not in people_words and stands_for_state(span):
            continue  # 'Kyiv called it a lie' tagged as a person: the state (countries())
        pair = _hyphenated_pair(span, name_words)
        if pair:  # "a potential Putin-Kim meeting"
            found.extend(_person_candidate(part, _name_words(part.text), w) for part in pair)
            continue
        nationality, title = _title_context(span)
        if not_people and norm(text) in not_people and not w.role_in(title):
            continue  # 'in Looe, Cornwall,', 'the port of Bandar Abbas', 'Space Shuttle Columbia'
        if len(span) == 1 and _written_in_lower_case(doc.text, text) and not w.role_in(title) \
                and not any(text in e.text.split() for e in persons if " " in e.text) \
                and norm(text) not in w.people:
            continue  # 'Iodine', 'Math', 'Photographs' opening a sentence: the story writes them as words
        if not title and _well_known_place(text):
            continue  # 'Bandar Abbas', 'Vladivostok' tagged as a person
        if span[-1].whitespace_ == "" and span.end < len(doc.nlp) and doc.nlp[span.end].text == ",":
            body = _described_as_body(span)  # 'Colegio San Marcos, a private school in Lima,'
            if body is not None:
                found.append(body)
                continue
        found.append(_person_candidate(span, words, w, nationality, title))
    return found + described_people(doc, w)


def _written_in_lower_case(text: str, word: str) -> bool:
    """The story writes a one-word name elsewhere as an everyday word, all in lower case, as it stands or
    singular or plural ('iodine' beside 'Iodine', 'schools' beside 'Schools'): the capital came from where
    a sentence or a title begins, not from a person's name."""
    if not word.isalpha() or not word[:1].isupper() or not word[1:].islower():
        return False
    low = word.lower()
    stem = low[:-1] if low.endswith("s") else low
    if stem not in text:  # (most names never stand in lower case: no pattern needed)
        return False
    return re.search(rf"(?<![\w-]){re.escape(stem)}s?(?![\w-])", text) is not None


def _places_and_things(doc: Document, w: ActorWords, persons: list) -> set[str]:
    """The names (normalised) the tagger took for people's that the story says as a place or as a thing
    (``organisations.place_names``, ``organisations.thing_names`` read for person entities): 'her home in
    Looe, Cornwall', 'near the port of Bandar Abbas', 'Nsanje and Phalombe districts', 'the Turkish aid
    ship, Mavi Marmara', 'Space Shuttle Columbia'. A name that ends a longer person's name in the story
    ('Zamora' after 'Jose Ruben Zamora', 'Warhol' after 'Andy Warhol') stays that person's."""
    from .organisations import place_names, thing_names  # here: organisations reads this module

    found = thing_names(doc, "PERSON") | place_names(doc, w, "PERSON")
    if not found:
        return found
    names = {norm(e.text) for e in persons}
    return {n for n in found if not any(m != n and m.endswith(" " + n) for m in names)}


_DESCRIBED = led(r"(?<![\w’'.-])([A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2}), ((?P<det>(?:the|a|an|[A-Z][\w.]*[’']s) )?[^,.;:“”\"]{2,60})")
_SAID_BEFORE = re.compile(r"\b(?:said|says|told|added|wrote)\s+$")
_PHRASE_END = re.compile(r"\s(?:at|in|of|from|for|with|on|who|whose|and)\s")


def described_people(doc: Document, w: ActorWords) -> list[Candidate]:
    """People the tagger did not see, named by an apposition that says what they are: 'Imran Ali, the
    railway superintendent, said', 'Nop Sok, a senior firefighter from Kandal, flew in', '..., said Oh Lin,
    senior fellow at X' (without an article only after a speech verb). The name is two
    or three capitalised proper nouns no entity covers, none a title, role, country or place; the
    apposition's head is a role or agent noun (roles.tsv, PETRARCH2's agents)."""
    assert doc.nlp is not None
    found = []
    for m in _DESCRIBED.finditer(doc.text):
        if m.group("det") is None and not _SAID_BEFORE.search(doc.text, max(0, m.start() - 12), m.start()):
            continue  # without an article only right after a speech verb: '..., said Ana Lee, senior fellow at X'
        span = doc.nlp.char_span(m.start(1), m.end(1))
        if span is None or any(t.ent_type_ or t.pos_ not in ("PROPN", "INTJ" if t.i == span.start else "PROPN")
                               for t in span):
            continue  # ('Oh' of a name may be read as an interjection)
        if any(t.lower_ in w.roles or w.country_of(t.text) for t in span) or _well_known_place(span.text):
            continue
        phrase = _PHRASE_END.split(m.group(2), maxsplit=1)[0]
        if not head_sector(phrase)[1] or w.country_of(phrase) or _names_a_body(phrase):
            continue
        found.append(_person_candidate(span, _name_words(span.text), w))
    return found


def _described_as_body(span: SpacySpan) -> Candidate | None:
    """An organisation candidate for a name the tagger took for a person's when the apposition right after
    it says it is a body: 'X, a private school in Lima', 'X, a small aid agency' (``_names_a_body``), read
    on the noun phrase's own words ('Y, a student attending college' is a person). A school is EDU, another
    body takes the sector its describing words give."""
    doc = span.doc
    i = span.end + 1  # (the comma is at span.end)
    if i >= len(doc) or doc[i].lower_ not in ("a", "an", "the"):
        return None
    words_ = []
    for tok in doc[i + 1:i + 8]:
        if tok.pos_ not in ("ADJ", "NOUN", "PROPN", "ADV", "NUM") and tok.text != "-":
            break
        words_.append(tok.text)
    phrase = " ".join(words_)
    if not words_ or not _names_a_body(phrase):
        return None
    teaching = any(f in word_list("teaching_bodies.txt") for f in singular_forms(words_[-1].lower()))
    sector = "EDU" if teaching else descriptor_sector(phrase)
    return Candidate(span.start_char, span.end_char, "organization", "org:" + norm(span.text), span.text, None,
                     sector, _code(None, sector), tokens=_name_words(span.text))


def _names_a_body(phrase: str) -> bool:
    """An apposition whose head noun names a body, not a person: 'X, a catholic school in Milan', 'X, an aid
    agency' (``teaching_bodies.txt``, ``body_group_nouns.txt``)."""
    last = phrase.lower().split()[-1] if phrase.split() else ""
    forms = singular_forms(last)
    return any(f in word_list("teaching_bodies.txt") or f in word_list("body_group_nouns.txt") for f in forms)


def _weather_system(span: SpacySpan) -> bool:
    """A given name that belongs to a storm: the word before it, or its own first word, names one."""
    before = span.doc[span.start - 1].lower_ if span.start > 0 else ""
    return before in _weather_words() or span[0].lower_ in _weather_words()


def _storm_names(text: str) -> set[str]:
    """The given names of the storms an article names ('Cyclone Jude' -> 'Jude')."""
    found = set()
    for word in _weather_words():
        if word[:1].upper() + word[1:] in text:
            found.update(re.findall(rf"\b{word[:1].upper()}{word[1:]} ([A-Z][a-z]+)\b", text))
    return found


def _weather_words() -> frozenset[str]:
    return word_list("weather_system_words.txt")


def _well_known_place(name: str) -> bool:
    """A name that is first of all a city or country of 100,000 people or more."""
    return any(e.primary and e.population >= 100_000 for e in gazetteer.load().lookup(name))


def _hyphenated_pair(span: SpacySpan, known_words: set[str]) -> list[SpacySpan] | None:
    """Two surnames joined by a hyphen, each known from elsewhere in the article."""
    parts = span.text.split("-")
    if len(parts) != 2 or not all(p[:1].isupper() and norm(p) in known_words for p in parts):
        return None
    first = span.doc.char_span(span.start_char, span.start_char + len(parts[0]))
    second = span.doc.char_span(span.end_char - len(parts[1]), span.end_char)
    return [first, second] if first is not None and second is not None else None


def repeated_surnames(doc: Document, persons: list[Candidate], w: ActorWords,
                      read_from_bodies: list[Candidate] = ()) -> list[Candidate]:
    """Later names of a person the tagger missed, whatever it made of them (no entity, a people, a place, a
    facility, a product): each whole, capitalised occurrence of a named person's full name ('Ana Ruiz'
    said again) or surname ('Sato later thanked Costa') that is not part of a longer name
    ('the Ana Ruiz Foundation', 'Ruiz & Partners'). ``read_from_bodies`` are the people the tagger took for
    an organisation that ``organizations`` read as people (by a title, an age, a coordination with a
    person): their later names are theirs too when their name reads as a person's (``_named_like_a_person``:
    'Maxwell Evenor', not 'UNHCR Kenya' nor 'Republika Srpska')."""
    found = []
    full = [c for c in persons if len(c.tokens) >= 2] + [c for c in read_from_bodies if _named_like_a_person(c, w)]
    surnames = {c.name.split()[-1] for c in full if len(c.name.split()[-1]) > 2}
    surnames |= {c.name.split()[0] for c in full if "-" in c.name}  # Kim Jong-un
    surnames |= {c.name for c in full if " " in c.name and c.name[:1].isupper()}  # the full name said again
    words = "|".join(re.escape(x) for x in sorted(surnames, key=len, reverse=True))
    named = {(c.start, c.end): c for c in full}  # a name where it was first read keeps that reading (its title)
    for m in re.finditer(rf"(?<![\w-])(?:{words})(?![\w-])", doc.text) if surnames else ():
        start = particles_before(doc.text, m.start())  # 'Van der Berg' after 'Maria van der Berg'
        if (start, m.end()) in named:
            first = named[start, m.end()]
            if any(first is c for c in read_from_bodies):  # (joined here with those read from PERSON entities)
                found.append(replace(first, tokens=list(first.tokens)))
            continue
        if _inside_longer_name(doc.text, start, m.end()) or _FIRM_JOINER.match(doc.text, m.end()):
            continue
        name = doc.text[start:m.end()]
        found.append(Candidate(start, m.end(), "person", "person", name, tokens=_name_words(name)))
    return found + well_known_surnames(doc, w)


def missed_full_names(doc: Document, persons: list[Candidate], w: ActorWords) -> list[Candidate]:
    """The full name of a person the tagger read only by the surname ('Kehr said' read, 'Dana Kehr, a
    nurse from Perth,' not): each capitalised word right before an occurrence of a surname-alone person's
    name, when the two read as a person's name (``_named_like_a_person``: no title, role, country or
    place), the word is a proper noun in its sentence and no common word of English
    (``english_function_words.txt``: 'When Kehr arrived'), title ('Mr', 'Sheikh', 'Coach': ``_title_words``),
    month or weekday, no part of an entity the tagger read as a body or a product ('Mozilla
    Firefox') and not the end of a longer capitalised run. The full name then
    gathers the surname's mentions (``_join_people``)."""
    alone = {c.name for c in persons if len(c.tokens) == 1 and len(c.name) > 2 and c.name[:1].isupper()}
    alone -= {c.name.split()[-1] for c in persons if len(c.tokens) >= 2}  # (its full name is read already)
    if not alone:
        return []
    common = word_list("english_function_words.txt") | _time_words() | _title_words()
    ents = list(doc.entities())
    found = []
    pattern = "|".join(re.escape(x) for x in sorted(alone, key=len, reverse=True))
    for m in re.finditer(rf"(?<![\w-])([A-Z][a-z]+) ({pattern})(?![\w-])", doc.text):
        given = m.group(1)
        tok = doc.nlp.char_span(m.start(1), m.end(1)) if doc.nlp is not None else None
        if given.lower() in common or tok is None or tok[0].pos_ != "PROPN" or \
                _inside_longer_name(doc.text, m.start(), m.end()) or \
                any(e.label_ in ("ORG", "PRODUCT") and e.start_char < m.end(1) and m.start() < e.end_char for e in ents):
            continue  # ('Mozilla Firefox' the tagger took for a body or a product)
        cand = Candidate(m.start(), m.end(), "person", "person", m.group(0), tokens=_name_words(m.group(0)))
        if _named_like_a_person(cand, w):
            found.append(cand)
    return found


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    """Words that stand before a name as a title or a word for a person, not a given name ('Mr', 'Sheikh',
    'Coach', 'Captain', 'Sister'): ``title_abbreviations.txt``, ``title_kind_heads.txt``, ``service_ranks.txt``
    and the words of ``gendered_words.tsv``."""
    return frozenset(word_list("title_abbreviations.txt") | word_list("title_kind_heads.txt")
                     | word_list("service_ranks.txt") | {r["word"].lower() for r in table("gendered_words.tsv")})


@lru_cache(maxsize=1)
def _time_words() -> frozenset[str]:
    """The names of the months and weekdays, as the time stage reads them."""
    from ..timex.words import months, weekdays

    return frozenset(months()) | frozenset(weekdays())


_FIRM_JOINER = re.compile(r"\s*&")  # 'Ruiz & Partners'


def _named_like_a_person(c: Candidate, w: ActorWords) -> bool:
    """A name of two or three words, each a capitalised word of letters ('Maxwell Evenor', not 'UNHCR
    Kenya' nor 'U.S. Indo-Pacific Command'), none a title, role, country or demonym, the whole no place
    of the gazetteer ('Republika Srpska') and its last word no body's head word ('Bosnian Service')."""
    parts = c.name.split()
    if not 2 <= len(parts) <= 3 or not all(PERSON_NAME_WORD.fullmatch(p) for p in parts):
        return False
    if any(p.lower() in w.roles or w.country_of(p) for p in parts) or parts[-1].lower() in w.not_actor_heads:
        return False
    return not gazetteer.load().lookup(c.name) and w.org_kind(c.name)[1] is None


_CAPITALISED_NEXT = re.compile(r" [A-Z]")
_CAPITALISED_BEFORE = re.compile(r"[A-Z][a-z]* $")


def _inside_longer_name(text: str, start: int, end: int) -> bool:
    return bool(_CAPITALISED_NEXT.match(text, end) or _CAPITALISED_BEFORE.search(text[max(0, start - 20):start]))


def well_known_surnames(doc: Document, w: ActorWords) -> list[Candidate]:
    """'Merkel described the meeting': the surname of a well-known figure, standing alone as a proper noun."""
    assert doc.nlp is not None
    found = []
    for m in w.surname_re.finditer(doc.text):
        span = doc.nlp.char_span(m.start(), m.end())
        if span is None or span[0].pos_ != "PROPN" or span[0].ent_type_ not in ("", "PERSON", "ORG"):
            continue
        if span[0].ent_iob_ == "I" and span[0].ent_type_ == "PERSON":
            continue  # the end of a longer name the tagger saw whole ('Abbas' in 'the port of Bandar Abbas')
        known = w.person_on(w.person_by_surname[m.group(0)].name, published_day(doc.article.published))
        assert known is not None
        found.append(Candidate(m.start(), m.end(), "person", "person", m.group(0), known.country, known.sector,
                               role=known.role.lower() if known.role else None, tokens=_name_words(known.name)))
    return found


_FIELD_WORDS = {"studies", "affairs", "desk", "program", "programme", "policy"}


def nationality_country(w: ActorWords, phrase: str) -> str | None:
    """The first country a person's title gives as a nationality, leaving out a country that is the
    subject of the person's work: a country name right before a commentator noun ('a senior Iran
    analyst', 'a China expert'; a demonym there stays a nationality: 'a Nigerian economist') and any
    country word right before a field ('professor in Modern Chinese Studies', 'the Korea desk')."""
    commentators = word_list("commentator_nouns.txt")
    for m in w.country_re.finditer(phrase):
        code = w.country_of(m.group(0))
        if not code:
            continue
        following = phrase[m.end():].split()
        nxt = re.sub(r"\W+$", "", following[0]).lower() if following else ""
        if nxt in _FIELD_WORDS \
                or any(f in commentators for f in singular_forms(nxt)) and norm(m.group(0)) in w.country_by_name:
            continue
        return code
    return None


def _person_candidate(span: SpacySpan, words: list[str], w: ActorWords, nationality: str = "",
                      title: str = "") -> Candidate:
    inst = _institution_named(w, title)
    role, sector = title_sector(w, title)  # the office held now, from the title's head

    country = nationality_country(w, nationality) if sector or not role else None
    if country is None and sector in ("GOV", "LEG", "JUD", "MIL", "COP") and nationality:
        country = region_country(w, nationality)  # 'Balochistan Chief Minister', 'Texas Governor'
    employer = country is None and inst is not None and bool(inst.country) and inst.sector not in STATE_SECTORS
    from .coref.common import role_family  # here: coref reads this module

    # a state's diplomat at an international body ('the U.S. ambassador to the United Nations', 'China's envoy
    # to the U.N.') serves the state that sends them, not the body
    sent = inst is not None and country is not None and role is not None and role_family(role.lower()) == "diplomat"
    country = country or (inst.country if inst else None)
    sector = inst.sector if inst and inst.sector == "IGO" and not sent else sector or (inst.sector if inst else None)
    return Candidate(span.start_char, span.end_char, "person", "person", span.text, country, sector,
                     role=role, tokens=words, employer_country=employer)


def inside_a_longer_name(text: str, start: int, w: ActorWords) -> bool:
    """Whether the words right before ``start`` are the front of a longer proper name: a capitalised word
    that is not a country, a demonym, a possessive or a sentence's first 'The'."""
    m = re.search(r"(?<![\w'’.-])([A-Z][\w'’-]*)\s+$", text[max(0, start - 40):start])
    if not m or m.group(1) in ("The", "A", "An", "Its", "Their") or re.search(r"['’]s?$", m.group(1)):
        return False
    return not w.country_of(m.group(1))


def _institution_named(w: ActorWords, title: str) -> Known | None:
    """The known institution a title names, not the last word of a longer name: 'Congress' in 'a member
    of Congress', not in 'vice chair of the World Uyghur Congress'."""
    for m in w.institution_re.finditer(title):
        if not re.search(r"(?<![\w'’-])(?!The\s|An?\s|Its\s|Their\s)[A-Z][\w'’-]*\s+$", title[:m.start()]):
            return w.known.get(norm(m.group(0)))
    return None


def _trim_possessive(span: SpacySpan) -> SpacySpan | None:
    """The entity without a leading preposition or article ('Beyond Ukraine') or a trailing possessive."""
    # (spans made with Span() on indices known to lie inside the parse: ``doc[a:b]`` checks its bounds in
    # Python first and costs about three times as much, and this runs for every entity)
    # (and the words' strings read off the parse's arrays: no Token is made)
    doc, start, end = span.doc, span.start, span.end
    tags, words = strings_of(doc, "POS"), strings_of(doc, "ORTH")
    while end - start > 1 and tags[start] in ("ADP", "DET", "CCONJ", "SCONJ", "ADV"):
        start += 1
    while end > start and words[end - 1] in ("'s", "’s", "'", "’", "-", "."):
        end -= 1
    return SpacySpan(doc, start, end) if end > start else None


def _name_words(text: str) -> list[str]:
    """The words of a name, case-folded, hyphenated parts kept together ('al-sharaa', 'jong-un')."""
    text = _POSSESSIVE_END.sub("", text.casefold().replace("’", "'"))
    return [t for t in _NOT_NAME_CHARS.sub("", text).split() if t.strip("-")]


_POSSESSIVE_END = re.compile(r"'s$")  # (compiled once: the name finders read thousands of names an article set)
_NOT_NAME_CHARS = re.compile(r"[^\w\s-]")


_JURISDICTION = {"for", "of", "to"}


def _title_context(span: SpacySpan) -> tuple[str, str]:
    """(words that can give the nationality, words that can give the role) around a name: the title
    before it ('Russian Foreign Minister'), across 'for'/'of' ('U.N. envoy for Syria' - Syria is the
    brief, not the nationality), plus any appositive after it."""
    doc, sent = span.doc, sentence_of(span)
    i, cut = span.start - 1, span.start
    # (the words before the name read off the parse's arrays, a punctuation test off its one list of tokens)
    tags, lows, words = strings_of(doc, "POS"), strings_of(doc, "LOWER"), strings_of(doc, "ORTH")
    tokens = tokens_of(doc)
    while i >= sent.start and span.start - i <= 9:
        tag, low = tags[i], lows[i]
        if tag == "ADP" and low in _JURISDICTION and i > sent.start and tags[i - 1] in ("NOUN", "PROPN"):
            cut = i
        elif low in _STOP_LEFT or tag in ("VERB", "AUX", "PRON", "NUM", "ADV", "ADP") or (
                words[i] not in ("-", "–", "'s", "’s", ".") and tokens[i].is_punct):
            break
        i -= 1
    # (the name's root's relatives as token indices off the parse's arrays, Tokens from its one list of them)
    root = span.root.i
    heads, kids, deps = heads_of(doc), children_of(doc), strings_of(doc, "DEP")
    head = heads[root]
    appositives = [doc[tokens[c].left_edge.i:tokens[c].right_edge.i + 1] for c in kids[root] if deps[c] == "appos"]
    predicates = []  # 'Li is a Chinese trader in Lisbon': a role, and a nationality only from its adjectives
    if deps[root] == "nsubj" and strings_of(doc, "LEMMA")[head] == "be":
        predicates = [tokens[c] for c in kids[head]
                      if deps[c] == "attr" and c > root and tags[c] == "NOUN" and head_sector(words[c])[1]]
    if deps[root] == "appos" and head < span.start:
        appositives.append(doc[tokens[head].left_edge.i:head + 1])
    after = " ".join(span_text(a) for a in appositives + [doc[c.left_edge.i:c.right_edge.i + 1] for c in predicates])
    after_nationality = " ".join([_before_jurisdiction(a) for a in appositives]
                                 + [words[t] for c in predicates for t in kids[c.i] if t < c.i and deps[t] == "amod"])
    # (sent.start - 1 <= i < cut <= span.start: Span() directly, see _trim_possessive; the title read once)
    nationality = f"{span_text(SpacySpan(doc, i + 1, cut))} {after_nationality}".strip()
    before = span_text(SpacySpan(doc, i + 1, span.start))
    governor = span_text(appositives[-1]) if deps[root] == "appos" and head < span.start else ""
    return nationality, Title(f"{before} {after}".strip(), before,
                              [a for a in map(span_text, appositives) if a != governor]
                              + [span_text(doc[c.left_edge.i:c.right_edge.i + 1]) for c in predicates], governor)


class Title(str):
    """The words around a name that can give a role, as one string; ``before`` is the title before the
    name ('Russian Foreign Minister'), ``appositives`` the descriptions after it, one by one, and
    ``governor`` the noun the name is set beside ('Its chairperson, Justice Jane Doe')."""

    def __new__(cls, text: str, before: str = "", appositives: list[str] | None = None,
                governor: str = "") -> "Title":
        obj = super().__new__(cls, text)
        obj.before, obj.appositives, obj.governor = before, list(appositives or []), governor
        return obj


def _before_jurisdiction(phrase: SpacySpan) -> str:
    """'the U.N. special envoy for Syria' -> 'the U.N. special envoy'; a clause inside the description
    tells what the person did, not whose national they are: 'a former State Department official who
    negotiated with Iran' -> 'a former State Department official'."""
    doc = phrase.doc  # (the words read off the parse's arrays: no Token is made but for a clause's left edge)
    pos, lows, deps, heads = strings_of(doc, "POS"), strings_of(doc, "LOWER"), strings_of(doc, "DEP"), heads_of(doc)
    for tok in range(phrase.start, phrase.end):
        if pos[tok] == "ADP" and lows[tok] in _JURISDICTION or deps[tok] in _CLAUSES and tok > phrase.start and (
                phrase.start <= heads[tok] < phrase.end):
            end = tok if pos[tok] == "ADP" else tokens_of(doc)[tok].left_edge.i
            return span_text(doc[phrase.start:max(end, phrase.start)])
    return span_text(phrase)


_CLAUSES = ("relcl", "acl", "advcl")


def _joined_by_for(ents: list) -> list:
    """Two organisation entities the tagger split at 'for (the)' are one name: 'The Office' + 'for the' +
    'Coordination of Humanitarian Affairs', 'League' + 'for the' + 'Defense of Human Rights'."""
    out, skip = [], set()
    for i, ent in enumerate(ents):
        if i in skip:
            continue
        nxt = ents[i + 1] if i + 1 < len(ents) else None
        doc = ent.doc
        if ent.label_ == _ORG and nxt is not None and nxt.label_ == _ORG and ent.end < len(doc) \
                and doc[ent.end].lower_ == "for" and nxt.start in (ent.end + 1, ent.end + 2) \
                and (nxt.start == ent.end + 1 or doc[ent.end + 1].lower_ == "the") \
                and ent[-1].text[:1].isupper() and doc[nxt.start if nxt[0].lower_ != "the" else nxt.start + 1].is_title:
            out.append(SpacySpan(doc, ent.start, nxt.end, label=ent.label_))
            skip.add(i + 1)
            continue
        out.append(ent)
    return out


def organizations(doc: Document, w: ActorWords) -> list[Candidate]:
    from .not_bodies import everyday_word_as_name, spelled_out_as_a_thing
    from .organisations import place_names, thing_names  # here: organisations reads this module
    from .seats import capital_code, person_words, stands_for_state

    found = []
    assert doc.nlp is not None
    people_words = person_words(doc, w)
    things = thing_names(doc) | thing_names(doc, "PERSON") | place_names(doc, w)  # 'the cargo ship X', 'X, a cross-country train', 'from Quetta'
    for ent in _joined_by_for(join_demonym_names(split_at_open_bracket(list(doc.entities())), w)):
        if ent.label_ != _ORG:
            continue
        span = _trim_possessive(ent)
        if span is None:
            continue
        span = complete_organisation(span, w, doc.text)  # 'Court of Bosnia and' + 'Herzegovina'
        split = body_and_person(span, w) if len(span) >= 4 else None
        if split is not None:  # "a former member of Peru's Congress of the Republic Luis Marin"
            span, person = split
            nationality, title = _title_context(person)
            found.append(_person_candidate(person, _name_words(person.text), w, nationality, title))
        run_on = initials_run_on(span)
        if run_on is not span and initialled_person(run_on, w, doc.text):
            span = run_on  # "Ireland's WB" + 'Yeats'
        text = re.sub(r"^[Tt]he\s+", "", span.text)
        start = span.end_char - len(text)
        last = norm(text).split()[-1] if norm(text) else ""
        if not last or last in w.not_actor_heads or norm(text) in w.not_actor_names or _is_title_part(span, w):
            continue
        if _ends_on_a_demonym(span, w):
            continue  # 'Independent Cambodian' + 'media association X': the words describe the body named after
        if _before_a_peoples_noun(span):
            continue  # 'of Punjabi and Sindhi ethnicity': peoples that say which people a group is, no body
        if capital_code(text, w) and text not in people_words and stands_for_state(span):
            continue  # 'Mogadishu insists' tagged as an organisation: the state (countries())
        known = w.known.get(norm(text))
        if known:
            found.append(_known_candidate(start, span.end_char, known))
            continue
        person = title_and_person(span, w)
        if person is not None:  # 'former DP Rigathi Gachagua'
            nationality, title = _title_context(person)
            found.append(_person_candidate(person, _name_words(person.text), w, nationality, title))
            continue
        if w.country_of(text):
            continue  # a country the tagger took for an organisation: see countries()
        if not any(ch.isalpha() for ch in text) or text.startswith("@") or _country_pair(text, w):
            continue  # '104 passengers'; an account ('@POTUS'); two countries' relation ('a joint U.S.-U.K. base')
        listed = _list_of_names(text, w) if ("," in text or " and " in text) else None
        if listed is not None:  # 'Twitter, Instagram and Facebook': one body each; 'Punjabi and Saraiki': none
            found.extend(Candidate(start + at, start + at + len(part), "organization", "org:" + norm(part), part,
                                   country or None, "BUS", _code(country or None, "BUS"), tokens=_name_words(part))
                         for part, at, country in listed)
            continue
        if norm(text) in things:
            continue  # 'Quetta' tagged as an organisation; 'the cargo ship X'; 'X, a cross-country train'
        if " " not in text and (everyday_word_as_name(doc, span[-1:]) or spelled_out_as_a_thing(doc, text)
                                or one_of_a_people(doc, span.start_char, span.end_char)):
            continue  # 'Wreckage lay ...', 'the arrival of Keep', 'Citizens said'; 'AI' of 'artificial intelligence';
            # 'X, an ethnic Uyghur,': the person's description
        nationality, title = _title_context(span)
        if _person_named_as_organisation(text, title, w) or _aged(span, text, w) or _paired_with_person(span, text, w) \
                or initialled_person(span, w, doc.text):  # 'Its director, Amelia Nhantumbo,'; "Ireland's WB Yeats"
            found.append(_person_candidate(span, _name_words(text), w, nationality, title))
            continue
        country = w.country_in(nationality)
        kind, sector = w.org_kind(text)
        found.append(Candidate(start, span.end_char, kind, "org:" + norm(text), text, country, sector,
                               _code(country, sector), tokens=_name_words(text)))
    return found


def _ends_on_a_demonym(span: SpacySpan, w: ActorWords) -> bool:
    """An organisation entity of two or more words whose last is a demonym and that goes on with a lower-case
    word: the tagger took the front of a description for a name ('Independent Cambodian' + 'media
    association', 'Leading Nigerian' + 'rights group')."""
    doc, last = span.doc, span[-1]
    return (len(span) >= 2 and span.end < len(doc) and doc[span.end].is_lower and doc[span.end].is_alpha
            and bool(w.demonym_of.get(norm(last.text))) and norm(last.text) not in w.country_by_name)


def _list_of_names(text: str, w: ActorWords) -> list[tuple[str, int, str]] | None:
    """An organisation entity that is a list of names ('X, Y and Z', 'X and Y'), not one body's name: the
    firms the lists know, each with its offset in ``text`` and its country, when every part is one
    ('Twitter, Instagram and Facebook'); an empty list for a list with a comma whose parts are one or two
    capitalised words that no list, the knowledge base or a body word of its own marks as a body
    ('Druze, Ismaili'); None when it may be one body's name ('Bosnia and Herzegovina', 'Union of X and Y',
    'Marks and Spencer': two names joined by 'and' alone may be a firm's)."""
    from .sector_text import known_companies

    parts = [p for p in re.split(r",\s*(?:and\s+)?|\s+and\s+", text) if p]
    if len(parts) < 2 or knowledge().facts(text, None) is not None or norm(text) in known_companies() \
            or norm(text.replace(" and ", " & ")) in known_companies() or w.country_of(text):
        return None
    firms = known_companies()
    if all(norm(p) in firms for p in parts):
        out, at = [], 0
        for p in parts:
            at = text.index(p, at)
            out.append((p, at, firms[norm(p)]))
            at += len(p)
        return out
    if "," in text and all(1 <= len(p.split()) <= 2 and all(x[:1].isupper() for x in p.split()) for p in parts) and not any(
            w.org_kind(p)[1] or w.known.get(norm(p)) or norm(p) in firms or knowledge().facts(p, None) is not None
            or w.country_of(p) for p in parts):
        return []
    return None


def _country_pair(text: str, w: ActorWords) -> bool:
    """Two country names joined by a hyphen or a dash ('U.S.-U.K.', 'China-Russia', 'U.S.–South Korea'):
    a relation between two states, not a body."""
    parts = re.split(r"[-–—/]", text)
    return len(parts) == 2 and all(p.strip() and w.country_of(p.strip()) for p in parts)


def _person_named_as_organisation(text: str, title: str, w: ActorWords) -> bool:
    """A name the tagger took for an organisation but that carries a person's title and looks like a
    person's name: two to four capitalised words, none of them an organisation word."""
    words = text.split()
    return (bool(w.role_in(title)) and 2 <= len(words) <= 4 and all(x[:1].isupper() for x in words)
            and w.org_kind(text) == ("organization", None))


def _aged(span: SpacySpan, text: str, w: ActorWords) -> bool:
    """A name followed by an age in commas ('Mary Otieno, 34, runs ...') is a person's, whatever the tagger
    said: two or three capitalised words, none of them an organisation word."""
    words = text.split()
    return (2 <= len(words) <= 3 and all(x[:1].isupper() and x.isalpha() for x in words)
            and w.org_kind(text) == ("organization", None)
            and re.match(r",\s+\d{1,3},", _text_after(span, 7)) is not None)


def _text_after(span: SpacySpan, n: int) -> str:
    """The n characters of the text right after a span, from its tokens (``Doc.text`` would join the whole
    article anew): the span's trailing space, then each next token with its own, n tokens being enough."""
    doc = span.doc
    return (span[-1].whitespace_ + "".join(t.text_with_ws for t in doc[span.end:span.end + n]))[:n]


def _paired_with_person(span: SpacySpan, text: str, w: ActorWords) -> bool:
    """A name joined by 'and' to a person's ('Ana Lopes and Maria Costa are nurses') is a person's too,
    whatever the tagger said: two or three capitalised words, none of them an organisation word."""
    words = text.split()
    if not (2 <= len(words) <= 3 and all(x[:1].isupper() and x.isalpha() for x in words)
            and w.org_kind(text) == ("organization", None) and not w.country_of(text)):
        return False
    root = span.root
    partners = [root.head] if root.dep_ == "conj" else []
    partners += [c for c in root.children if c.dep_ == "conj"]
    return any(p.ent_type_ == _PERSON for p in partners)


def _is_title_part(span: SpacySpan, w: ActorWords) -> bool:
    """'National Security' in 'National Security Advisor John Bolton' is part of a title, not an actor; so is
    a department's word alone before a role or a head noun ('Commerce Secretary', 'the Energy chief')."""
    from .coref.heads import department_word, head_nouns

    after = SpacySpan(span.doc, span.end, min(len(span.doc), span.end + 4))  # (doc[a:b] without its bounds helper)
    after_text = span_text(after)
    if department_word(re.sub(r"^[Tt]he\s+", "", span_text(span))) and (
            w.role_re.match(after_text) or len(after) and after[0].lower_ in head_nouns()):
        return True  # 'Commerce' of 'Commerce Secretary', 'the Commerce chief': a department's word titles a person
    return bool(w.role_re.match(after_text)) and any(t.ent_type_ == _PERSON for t in after)


_COUNTRY_LABELS = (_GPE, _NORP, _PERSON, _ORG)  # a person or organisation entity may be a country name


def countries(doc: Document, w: ActorWords) -> list[Candidate]:
    """Country names and demonyms, and capitals that stand for their state ('Pyongyang said', "Kyiv's
    reply", 'talks with Beijing': ``seats``), whatever the tagger made of the capital: a place, an
    organisation, a person or no entity ('Kyiv said')."""
    from .seats import capital_code, person_words, seated_body, stands_for_state

    found = []
    assert doc.nlp is not None
    people_words = person_words(doc, w)  # 'Ines Paris ... Paris said': a person, not France
    for ent in doc.entities():
        if ent.label_ not in _COUNTRY_LABELS:
            continue
        span = _trim_possessive(ent)
        whole = span_text(span) if span is not None else ""  # (read once: ``Span.text`` makes its Tokens)
        if span is None or ent.label_ not in (_GPE, _NORP) and not w.country_of(whole) and not (
                ent.label_ in (_ORG, _PERSON) and capital_code(whole, w)):
            continue
        text = re.sub(r"^[Tt]he\s+", "", whole)
        start = span.end_char - len(text)
        code = w.country_of(text)
        if code is None and ent.label_ != _NORP and capital_code(text, w) and text not in people_words \
                and stands_for_state(span):
            body = seated_body(text, w)
            if body is not None:  # 'Brussels insists': the European Union
                found.append(_known_candidate(start, span.end_char, body))
                continue
            code = capital_code(text, w)
        named = hyphenated_name(doc.nlp, span, w) if code or ent.label_ == _GPE and "-" in text else None
        if named is not None:  # 'Guinea-Lanta, a charity': a body named after the country, not the country
            name = doc.text[start:named.end_char]
            kind, sector = w.org_kind(name)
            found.append(Candidate(start, named.end_char, kind, "org:" + norm(name), name, None, sector,
                                   sector, tokens=_name_words(name)))
            continue
        if code:
            found.append(Candidate(start, span.end_char, "country", "country:" + code, w.countries[code].name,
                                   code, None, code))
    tokens, tags = doc.tokens(), doc.token_strings("POS")
    for i in doc.token_numbers("LOWER", w.capital_of):  # (the arrays first: a Token per word is slow)
        if tags[i] != "PROPN":
            continue  # (a one-word capital's key is its lower-cased word)
        tok = tokens[i]  # a capital the tagger gave no entity: 'Kyiv said it had shot down the drones'
        code = capital_code(tok.text, w) if not tok.ent_type_ else None
        if code and tok.text not in people_words and stands_for_state(doc.nlp[tok.i:tok.i + 1]):
            body, end = seated_body(tok.text, w), tok.idx + len(tok.text)
            found.append(_known_candidate(tok.idx, end, body) if body is not None else
                         Candidate(tok.idx, end, "country", "country:" + code, w.countries[code].name, code, None, code))
    return found


def collectives(doc: Document, w: ActorWords, persons: dict[str, str]) -> list[Candidate]:
    """'the Russian side', 'North Korea's government', 'the Kim regime', 'the Nairobi government' (a capital
    for its state, as ``seats`` reads a capital that acts) -> the country actor."""
    found = []
    for m in near(w.collective_re, w.collective_anchor, doc.text):
        who = re.sub(r"['’]s$", "", m.group("who"))
        code = w.country_of(who) or persons.get(norm(who))
        capital = w.capital_of.get(norm(who)) if code is None and who == m.group("who") else None
        if capital in w.countries:  # 'the Kabul administration': a capital's government is its state's
            found.append(Candidate(m.start(), m.end(), "country", "country:" + capital, w.countries[capital].name,
                                   capital, None, capital))
        elif code and not w.country_of(who) and who == m.group("who") and m.group("noun") == "administration":
            name = f"{who} administration"  # 'the Trump administration': a government named after its head
            found.append(Candidate(m.start("who"), m.end(), "organization", "org:" + norm(name), name, code, "GOV",
                                   _code(code, "GOV")))
        elif code and code in w.countries:
            found.append(Candidate(m.start(), m.end(), "country", "country:" + code, w.countries[code].name, code,
                                   None, code))
    return found


_GROUP_ROLES = ("nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "agent")


def tokens_with_lemma(doc: Document, lemmas: Container[str]) -> list[Token]:
    """The tokens whose lower-cased lemma is in ``lemmas``, in text order: what testing every token's
    ``lemma_.lower()`` finds, read from the parse's arrays (``Document.token_strings``)."""
    assert doc.nlp is not None
    tokens = doc.tokens()
    return [tokens[i] for i in doc.token_numbers("LEMMA", lemmas, lower=True)]


def groups(doc: Document, w: ActorWords,
           nouns: list[Token] | None = None) -> tuple[list[Candidate], list[Candidate]]:
    """'Syrian rebels', 'police', 'protesters' as actors: a group noun standing as subject or object.
    Two lists from one reading of the nouns: the groups named after an institution ('United Nations
    experts'), which the stage claims early, and the others, claimed later.
    ``nouns``: ``tokens_with_lemma(doc, w.group_nouns)``, when the caller has it already."""
    assert doc.nlp is not None
    of_institutions: list[Candidate] = []
    others: list[Candidate] = []
    owners: dict[str, set[str]] = {}  # a group noun -> the last words of the names owning it ("Ortega's team")
    by_pronoun: list[tuple[Candidate, str]] = []
    nouns = tokens_with_lemma(doc, w.group_nouns) if nouns is None else nouns
    opening = opening_plurals(doc, w)  # 'Rebels in X said ...' tagged as a proper noun
    if opening:
        nouns = sorted([t for t in nouns if t.i not in opening] + [doc.nlp[i] for i in opening], key=lambda t: t.i)
    for tok in nouns:
        lemma = opening.get(tok.i, tok.lemma_.lower())
        sector = w.group_nouns[lemma]
        if tok.dep_ not in _GROUP_ROLES or tok.ent_type_ or tok.pos_ != "NOUN" and tok.i not in opening:
            continue
        owner = _name_owner(tok, w) if lemma in w.owned_only_groups or lemma in relational_group_nouns(
            "named with whom") else None  # "Ortega's legal team", "Ruiz's relatives": the name's, not the name
        pronoun = owned_by_pronoun(tok) if owner is None and lemma in w.owned_only_groups else None
        one_owned = (owner is not None or pronoun) and lemma in w.owned_only_groups  # a team, owned, is a group
        # in the singular
        if tok.tag_ != "NNS" and (tok.lower_ not in w.group_modifiers or lemma in w.party_only_groups) \
                and tok.i not in opening and not one_owned and (lemma not in w.collective_groups or tok.tag_ != "NN") or (
                lemma in w.subject_only_groups and tok.dep_ not in ("nsubj", "nsubjpass")):
            continue  # 'a local resident' is one person; 'Russia's opposition to' is no group
        if lemma in w.acting_only_groups and not acts(tok):
            continue  # 'jurors were told', 'curbs against women'; not 'the rights of women', 'a city of tourists'
        of_country = _people_of_a_country(tok, w) if lemma in w.party_only_groups else None
        if of_country is not None:  # 'the people of Malawi will decide': that country's people, as a group
            if acts(tok) and not any(c.dep_ == "nummod" or c.like_num for c in tok.lefts):
                name = doc.text[tok.idx:of_country[0]]
                for found in (of_institutions, others):  # (offered to both claims: one candidate each)
                    found.append(Candidate(tok.idx, of_country[0], "group", f"group:{norm(name)}", name,
                                           of_country[1], "CVL", _code(of_country[1], "CVL")))
            continue
        if lemma in w.party_only_groups and not (takes_part(tok) and _unnamed_party(tok)):
            continue  # 'urged people to', 'called on democratic nations to'; not 'people say', 'nations face'
        mods = [c for c in tok.lefts if c.dep_ in ("amod", "compound", "nmod") and c.i == tok.i - 1]
        armed = mods[0].lower_ if mods and lemma in w.party_only_groups and sector == "CVL" else None
        if armed in describer_sectors():
            sector = describer_sectors()[armed]  # 'armed men', 'masked men': gunmen; the word stays in the name
        elif mods and describes(mods[0], w):
            mods = []  # 'remaining migrants', 'injured civilians': the group is the migrants, the civilians
        # members of a group a group noun of its own sector names ('militia members', 'family members'); a
        # party's or a staff's members act as the body named (no sector of their own: 'senior party members')
        of_group = bool(mods) and lemma in w.member_nouns and bool(w.group_nouns.get(mods[0].lemma_.lower()))
        if lemma in w.named_only_groups and not (mods and names(mods[0], w)) and not of_group:
            continue  # 'opposition parties' are a group; 'third parties', 'warring parties', 'the parties' no one
        if of_group and not sector:
            sector = w.group_nouns[mods[0].lemma_.lower()]  # 'militia members' REB, 'family members' CVL
        if (lemma == "leader" or lemma in w.acting_only_groups and lemma in w.member_nouns) and _of_a_body(tok):
            continue  # 'leaders of the Popular Labour Front', 'observers from the African Union' act as the
            # front, the union (actors._members_of_bodies)
        if not mods and tok.lower_ in _PAIRED_PLURALS and _pairing_determiner(tok):
            continue  # 'the two leaders', 'both organizations': the actors just named (coref.plurals)
        first = mods[0] if mods else tok
        if mods and first.pos_ == "PROPN" and first.left_edge.i < first.i and all(
                t.pos_ in ("PROPN", "ADJ") for t in doc.nlp[first.left_edge.i:first.i + 1]):
            whole = doc.nlp[first.left_edge.i:first.i + 1]  # 'Hong Kong officials', 'South Sudanese troops'
            if w.country_of(whole.text):
                first = whole
        inst = _institution_before(doc, tok, w) if mods else None
        found = of_institutions if inst is not None else others
        if mods and not inst:  # 'Bosnian state prosecutors', 'Hong Kong officials'
            first = name_start(tok, first if isinstance(first, Token) else first[0], w, doc.text)
        start = inst[0] if inst else first.idx
        country = inst[1].country if inst else (w.country_in(doc.text[first.idx:tok.idx]) if mods else None)
        if country is None and not inst:
            country = _possessor_country(tok, w)  # "China's leaders", "Cameroon's chicken sellers"
        sector = (officials_sector(doc.text[inst[0]:tok.idx], sector) or _sector_on_day(doc, inst[1])) if inst else (
            group_sector(sector, name_sector(list(doc.nlp[first.i:tok.i]), sector, w)) if mods else sector)
        compound = (w.roles.get(f"{mods[0].lower_} {lemma}", (None, False))[0] or title_kind(mods[0].lower_, lemma)
                    ) if mods and not inst else None
        if compound:  # a title of two words says what its people are: 'traditional leaders', 'student leaders' CVL
            sector = compound
        name = doc.text[start:tok.idx + len(tok.text)]
        key = f"group:{norm(name)}"
        whom = _whose_group(tok) if not inst else None
        which = _defining_phrase(tok) if not inst and whom is None else None
        named_by = None
        pronoun = pronoun if whom is None else None
        if whom is None and owner is None and lemma in w.owned_only_groups and pronoun is None:
            continue  # a bare 'team', 'relatives': whose is not said
        if whom is not None:  # 'lawyers for the journalist', 'critics of the reform': the group is named with whom
            key = f"group:{norm(doc.text[tok.idx + len(tok.text):whom])} {norm(name)}"  # (the head noun last)
            named_by, name = name, doc.text[start:whom]
        elif which is not None:  # 'passengers of Hazara ethnicity': some of the passengers, so the bare noun
            # met again ('the passengers') is not read as this group
            name = doc.text[start:which]
            key = f"group:{norm(name)}"
        elif owner is not None:  # "Ortega's legal team": named with its owner, keyed by the owner's last word
            key = f"group:{norm(owner[1])} {norm(name)}"
            named_by, name = name, doc.text[owner[0]:tok.idx + len(tok.text)]
            if sector in ("MIL", "COP") and lemma in w.owned_only_groups:
                sector = w.group_nouns.get(lemma)  # "Ortega's defense team" defends him in court: no army
            owners.setdefault(lemma, set()).add(norm(owner[1]))
        elif pronoun and sector in ("MIL", "COP"):
            sector = w.group_nouns.get(lemma)  # 'his defense team' too
        if inst and (inst[1].sector in ("REB", "MIL") and w.group_nouns.get(lemma) in ("REB", "MIL")
                     or lemma == "leader"):
            # 'BLA insurgents' are the BLA; 'G7 leaders' speak and act as the G7
            found.append(_known_candidate(start, tok.idx + len(tok.text), inst[1]))
            continue
        found.append(Candidate(start, tok.idx + len(tok.text), "group", key, name, country, sector,
                               _code(country, sector), named_by=named_by))
        if pronoun is not None:
            by_pronoun.append((found[-1], lemma))
    for cand, lemma in by_pronoun:  # "his legal team": the team of the one owner the story names ('Ruiz's
        # legal team'), else a team of its own, named without the pronoun
        if len(owners.get(lemma, ())) == 1:
            cand.key = f"group:{next(iter(owners[lemma]))} {norm(cand.name)}"
    return of_institutions, others


def owned_by_pronoun(tok: Token) -> bool | None:
    """True where a possessive personal pronoun owns a noun of a trade ('his legal team said', 'their defense
    team asked', 'Ruiz and her legal team met'), which speaks or acts as the subject or its conjunct. Not a
    kin word nor a bare noun ('her parents', 'his teams': whose people, no body of their own), not an object
    ('name his defense team': one yet to be), nor the body a title is held in ('the head of his legal team':
    the person)."""
    from .coref.pronouns import PLURAL_PRONOUNS  # here: coref reads this module

    if tok.dep_ not in _SUBJECT_ROLES or not any(c.dep_ in ("amod", "compound") for c in tok.lefts):
        return None
    return True if any(c.dep_ == "poss" and (c.lower_ in PERSON_PRONOUNS or c.lower_ in PLURAL_PRONOUNS)
                       for c in tok.lefts) else None


_SUBJECT_ROLES = ("nsubj", "nsubjpass", "agent", "conj")


def counted_nationals(doc: Document, w: ActorWords) -> list[Candidate]:
    """A country's people named by the plural of its demonym and measured, where they act or are acted on
    (``acts``): 'many Nigerians are expressing relief', 'thousands of Sudanese began protesting' are a group
    of civilians of that country (CVL), not the state; a bare plural ('Nigerians voted', 'the Afghans') stays
    a naming of the country, and so do the dead counted by a number ('three Americans were killed')."""
    assert doc.nlp is not None
    found = []
    lows = doc.token_strings("LOWER")
    for i in doc.token_numbers("LOWER", w.demonym_of):  # (the parse's arrays first: the demonyms, in order)
        low = lows[i]
        if not low.endswith(("s", "ese")):
            continue
        tok = doc.tokens()[i]
        if tok.tag_ not in ("NNS", "NNPS") or not quantified(tok) or not acts(tok) or tok.dep_ == "nsubj" and (
                tok.head.lemma_.lower() in speech_lemmas() or any(c.dep_ == "ccomp" for c in tok.head.children)):
            continue  # 'many Kenyans say life is hard', 'most Americans believe that ...': what many say or
            # think is an opinion told, no one's claim
        country = w.demonym_of[low]
        found.append(Candidate(tok.idx, tok.idx + len(tok.text), "group", f"group:{norm(tok.text)}", tok.text,
                               country, "CVL", _code(country, "CVL")))
    return found


def _people_of_a_country(tok: Token, w: ActorWords) -> tuple[int, str] | None:
    """Where 'people of <country>' ends and the country's code: 'the people of Uganda', 'people of
    Afghanistan' name that country's people as a group of civilians (CVL), kept apart from the state, with
    or without 'the'. Only 'people' itself ('the population of the city' counts inhabitants), and only a
    country's name right after 'of' ('people of Punjabi descent', 'people of the village' are no country's)."""
    if tok.lower_ != "people" or tok.i + 2 >= len(tok.doc) or tok.nbor().lower_ != "of":
        return None
    obj = next((c for c in tok.nbor().children if c.dep_ == "pobj"), None)
    if obj is None or obj.pos_ != "PROPN":
        return None
    words_ = [t for t in tok.doc[tok.i + 2:obj.i + 1] if t.lower_ != "the"]
    if not words_ or words_[0].i != obj.left_edge.i + (obj.left_edge.lower_ == "the"):
        return None
    span = tok.doc[words_[0].i:obj.i + 1]
    code = w.country_by_name.get(norm(span.text))
    return (obj.idx + len(obj.text), code) if code else None


def ethnic_peoples(doc: Document, w: ActorWords) -> list[Candidate]:
    """A people named by its name after 'ethnic', where its members act or are acted on (``acts``): 'militants
    attacked ethnic Hazaras', 'the dam deprived ethnic Uzbeks of land', 'Ethnic Tajiks protested' are a group
    of civilians (CVL) of the people's home state when it has one (``ethnic_homes.tsv``) or of the state its
    name is a demonym of, else placed as the story's other groups are. Not one person ('an ethnic Uyghur'),
    not a count of the dead ('killed six ethnic Pashtuns'), not a people's word before a noun it
    describes ('ethnic Baloch separatists': the separatists are the group). A people's plural alone
    (``peoples.people_plurals``: 'Kurds protested', 'attacks on Hazaras') is such a group too
    (``_a_people_named_alone``)."""
    assert doc.nlp is not None
    found = []
    for i in doc.token_numbers("LOWER", ("ethnic",), lower=True):
        tok = doc.tokens()[i]
        head = tok.head
        if tok.dep_ != "amod" or head.i != tok.i + 1 or not head.text[:1].isupper() or not head.is_alpha \
                or head.pos_ not in ("PROPN", "NOUN") or _ONE_OF_A_PEOPLE.search(doc.text[max(0, tok.idx - 8):tok.idx]):
            continue
        if any(c.dep_ == "nummod" or c.like_num for c in head.lefts) or not acts(head):
            continue
        end = head.idx + len(head.text)
        name = doc.text[tok.idx:end]
        country = people_word_home(head.text) or w.demonym_of.get(norm(head.text))
        found.append(Candidate(tok.idx, end, "group", f"group:{norm(name)}", name, country, "CVL",
                               _code(country, "CVL")))
    taken = {c.end for c in found}
    for i in doc.token_numbers("LOWER", people_plurals(), lower=True):
        tok = doc.tokens()[i]
        end = tok.idx + len(tok.text)
        if end in taken or not _a_people_named_alone(tok):
            continue
        country = people_word_home(tok.text)
        found.append(Candidate(tok.idx, end, "group", f"group:{norm(tok.text)}", tok.text, country, "CVL",
                               _code(country, "CVL")))
    return found


def _a_people_named_alone(tok: Token) -> bool:
    """A people named by its plural alone, capitalised, where its members act or are acted on (``acts``):
    'Kurds in northern Syria protested', 'gunmen attacked Hazaras', 'thousands of Rohingya fled'; not a
    people's word before a noun it describes ('Tuareg rebels', 'the Kurds' leaders': the group is the noun's),
    nor the dead counted by a number ('killed six Pashtuns'). A word the tagger made part of another entity (a
    person, an organisation) is read as that entity's mention: the organisation stage names it."""
    if not tok.text[:1].isupper() or tok.ent_type_ not in ("", "NORP") or tok.dep_ in ("amod", "compound", "nmod", "poss") or \
            tok.i + 1 < len(tok.doc) and tok.nbor().tag_ == "POS":
        return False
    return not any(c.dep_ == "nummod" or c.like_num for c in tok.lefts) and acts(tok)


_ONE_OF_A_PEOPLE = re.compile(r"\b(?:an?|one)\s+$", re.I)


def opening_plurals(doc: Document, w: ActorWords):
    """{token index: singular} of the capitalised plurals of group nouns that open a sentence, a quotation or
    a line and that the tagger took for proper nouns of no entity ('Rebels in X said', 'Protesters blocked',
    'Militants attacked'): the capital comes from where the word stands, and the word is the group noun."""
    assert doc.nlp is not None
    kept = doc.cached("mentions.opening_plurals")  # (read by each pass of the group finder)
    if kept is not None:
        return kept
    found = {}
    tokens = doc.tokens()
    lowers = doc.token_strings("LOWER")
    for i, pos in enumerate(doc.token_strings("POS")):
        if pos != "PROPN" or not lowers[i].endswith("s"):
            continue  # (the cheap tests on the parse's arrays first: a Token per word is slow)
        tok = tokens[i]
        if tok.ent_type_ or not tok.is_title or not tok.is_alpha:
            continue
        prev = doc.nlp[tok.i - 1] if tok.i > 0 else None
        if not (tok.is_sent_start or prev is None or prev.is_quote or prev.is_space or prev.text in ("—", "(", ":")):
            continue
        nxt = doc.nlp[tok.i + 1] if tok.i + 1 < len(doc.nlp) else None
        if nxt is not None and nxt.pos_ == "PROPN" and nxt.is_title:
            continue  # 'Reporters Without Borders', 'Doctors Without Borders': a body's name
        singular = next((x for x in sorted(singular_forms(tok.lower_)) if x != tok.lower_ and x in w.group_nouns), None)
        if singular is not None:
            found[tok.i] = singular
    return doc.cached("mentions.opening_plurals", found)


@lru_cache(maxsize=2)
def relational_group_nouns(use: str) -> frozenset[str]:
    """The nouns of relational_group_nouns.tsv marked 'yes' in the column of ``use``: 'named with whom'
    ('lawyers for the journalist') or 'possessor is whom' ("China's critics")."""
    return frozenset(r["noun"] for r in table("relational_group_nouns.tsv") if r[use] == "yes")


_WHOSE_PREPS = ("for", "of")
_CLAUSE_DEPS = ("relcl", "acl", "advcl", "prep", "appos", "punct", "cc", "conj")


def _whose_group(tok: Token) -> int | None:
    """Where the name of a group ends that is named by whom its members work for, stand by or oppose:
    'lawyers for the journalist', 'critics of the new law', 'families of the miners' (relational_group_nouns.tsv;
    the phrase ends before a clause, another phrase or a comma: 'families of the miners who died'). The
    text offset after the phrase's last word, or None."""
    if tok.lemma_.lower() not in relational_group_nouns("named with whom"):
        return None
    prep = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ in _WHOSE_PREPS), None)
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if obj is None or prep.i != tok.i + 1:
        return None
    end = min([c.left_edge.i for c in obj.rights if c.dep_ in _CLAUSE_DEPS] + [obj.right_edge.i + 1])
    end = next((t.i for t in tok.doc[obj.i:end] if t.is_punct), end)
    last = tok.doc[end - 1]
    if last.i - tok.i > 8 or last.i < obj.i:
        return None
    return last.idx + len(last.text)


def _defining_phrase(tok: Token) -> int | None:
    """Where the name of a group ends that a phrase right after its noun says which people it is
    (``group_defining_phrases.tsv``): 'dissidents in exile', 'travellers of Hazara ethnicity', 'workers of
    Turkish and Kurdish descent'. The text offset after the phrase's last word, or None."""
    if tok.i + 2 >= len(tok.doc):
        return None
    prep = tok.nbor()
    rows = [r for r in table("group_defining_phrases.tsv") if r["preposition"] == prep.lower_]
    inside = [t for t in prep.subtree if t.i > prep.i][:6] if rows and prep.head.i == tok.i else []
    # (the phrase's noun is the preposition's object or, where the tagger joined it to a people's name by
    # 'and', that name's conjunct: 'of Punjabi and Sindhi ethnicity')
    obj = next((t for t in inside if any(t.lower_ == r["noun"] for r in rows)), None)
    row = next((r for r in rows if obj is not None and obj.lower_ == r["noun"]), None)
    if row is None:
        return None
    between = list(tok.doc[prep.i + 1:obj.i])
    if row["people_between"] == "no" and between:
        return None
    if row["people_between"] == "yes" and not (
            between and all(t.lower_ in ("and", ",") or t.text[:1].isupper() and t.is_alpha for t in between)
            and between[0].text[:1].isupper() and between[-1].text[:1].isupper()):
        return None  # ('people of mixed origin', 'workers of the same descent': no people named)
    return obj.idx + len(obj.text)


def _before_a_peoples_noun(span: SpacySpan) -> bool:
    """Whether a name stands right before the noun of a phrase of ``group_defining_phrases.tsv`` that has
    peoples' names inside it ('of Punjabi and Sindhi ethnicity', 'of Turkish descent'): the peoples, not a body."""
    doc = span.doc
    if span.end >= len(doc) or span.start == 0:
        return False
    rows = [r for r in table("group_defining_phrases.tsv") if r["people_between"] == "yes"]
    return any(doc[span.end].lower_ == r["noun"] and doc[span.start - 1].lower_ == r["preposition"] for r in rows)


def _name_owner(tok: Token, w: ActorWords) -> tuple[int, str] | None:
    """Where the name that owns a group noun by a possessive starts, and its last word: ('Ortega') in
    "Ortega's legal team", "President Ana Ruiz's relatives". A proper name that names no country (a
    country's people are its own: "China's lawyers", ``_possessor_country``); a pronoun or a common noun
    ("his team", "the minister's relatives") owns nothing this reads."""
    for child in tok.lefts:
        if child.dep_ == "poss" and child.pos_ == "PROPN":
            first = child.left_edge
            if w.country_of(tok.doc[first.i:child.i + 1].text) or w.country_of(child.text):
                return None
            return first.idx, child.text
    return None


def _possessor_country(tok: Token, w: ActorWords) -> str | None:
    """The country a group noun's possessor names: 'China' in "China's leaders" (not in "China's critics",
    who are China's opponents: relational_group_nouns.tsv)."""
    if tok.lemma_.lower() in relational_group_nouns("possessor is whom"):
        return None
    for child in tok.lefts:
        if child.dep_ == "poss":
            words_ = child.doc[child.left_edge.i:child.i + 1].text
            return w.country_of(re.sub(r"['’]s?$", "", words_))
    return None


def _of_a_body(tok: Token) -> bool:
    """A noun followed by 'of', 'from' or 'for' and a name: 'leaders of the Front'. Whose they are is said
    by the name, which becomes the actor."""
    for prep in tok.rights:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "from", "for"):
            return any(c.dep_ == "pobj" and (c.ent_type_ or c.pos_ == "PROPN") for c in prep.children)
    return False


def _unnamed_party(tok: Token) -> bool:
    """Whether a noun of the public or of states (``group_nouns.tsv`` marked 'party') names a group of its own:
    not a number of people counted ('killed 15 people', 'three men were held': the dead and the held are
    counted, not named), not a kind of people a clause right after it defines ('people fleeing the war',
    'people who buy papers'), and not the people or states just named ('these people', 'both men', 'the two
    countries'), nor people or states at large (``generic_subject``)."""
    if any(c.dep_ == "nummod" or c.like_num for c in tok.lefts):
        return False
    if any(c.dep_ == "acl" or c.dep_ == "relcl" and tok.nbor().text != "," for c in tok.rights):
        return False  # (a clause set off by a comma only adds: 'armed men, who had cars, waited')
    if any(c.lower_ in ("these", "those") for c in tok.lefts) or generic_subject(tok):
        return False  # ('People are discussing it': people at large)
    if tok.lower_ in word_list("whole_people_nouns.txt") and any(c.lower_ == "the" for c in tok.lefts) and \
            any(c.dep_ in ("amod", "compound") and c.ent_type_ == "NORP" for c in tok.lefts):
        return False  # 'apologized to the Turkish people': a country's whole people is the country
    return bool([c for c in tok.lefts if c.dep_ in ("amod", "compound", "nmod")]) or not _pairing_determiner(tok) \
        or tok.tag_ == "NN"  # ('the population', 'the public': a collective named with 'the')


_PAIRED_PLURALS = ("leaders", "organizations", "organisations")  # read by coref.plurals after 'the', 'both', 'the two'


def _pairing_determiner(tok: Token) -> bool:
    """'the leaders', 'both leaders', 'the two leaders': a bare plural that refers back to actors named."""
    before = [t.lower_ for t in tok.doc[max(sentence_of(tok).start, tok.i - 2):tok.i]]
    return bool(before) and (before[-1] in ("the", "both") or before[-2:] == ["the", "two"])


def _sector_on_day(doc: Document, known: Known) -> str | None:
    """The sector of the people of a known body on the article's day: 'Taliban officials' are insurgents
    before August 2021 and the government after (``knowledge_recent.tsv``, as for the body itself)."""
    update = recent().facts(known.name, published_day(doc.article.published))
    return update.sector if update is not None and update.sector else known.sector


def _institution_before(doc: Document, tok: Token, w: ActorWords) -> tuple[int, Known] | None:
    """The known institution named right before a group noun: 'United Nations' in 'United Nations experts',
    also across the words that say which field of it the members work in: 'White House economic officials',
    'EU trade officials' (``groups.field_words_before``)."""
    first = field_words_before(tok, w)
    left = doc.text[max(0, tok.idx - 60):first.idx].rstrip()
    for m in w.institution_re.finditer(left):
        if m.end() == len(left):
            known = w.known.get(norm(m.group(0)))
            if known:
                return max(0, tok.idx - 60) + m.start(), known
    return None


def _code(country: str | None, sector: str | None) -> str | None:
    return f"{country or ''}{sector or ''}" or None


def police_as_government(actor) -> None:
    """The record's sector for the actor (``sector.record_sector``): police GOV, coded ...GOVCOP; refugees,
    workers, farmers CVL; a bare party null (``sector_vocabulary.tsv``)."""
    record_sector(actor)


def working_sector(actor) -> str | None:
    """The sector that says what an actor does: COP for police (recorded as GOV, coded ...GOVCOP), CRM
    for criminal gangs (recorded as CRM, coded ...CRM)."""
    code = actor.code or ""
    if code.endswith("GOVCOP"):
        return "COP"
    return "CRM" if code.endswith("CRM") else actor.sector


_NAMED_KEYS = ("known:", "organization:", "media:", "group:", "outlet:", "org:")


def repeated_names(doc: Document, cands: list[Candidate]) -> list[Candidate]:
    """Later mentions of a named organisation, outlet or group that the first pass missed: 'the rebel
    group M23 ... M23 fighters', an outlet named twice."""
    found = []
    seen: dict[str, list[int]] = {}
    for c in cands:
        name = doc.text[c.start:c.end]
        if not c.key.startswith(_NAMED_KEYS) or not name[:1].isupper() or not c.name[:1].isupper() or len(name) < 2:
            # ('local media' is a description, not a name: capitalised only where it opens a sentence)
            continue
        if name not in seen:
            seen[name] = whole_word_occurrences(doc.text, name)
        for start in seen[name]:
            if start != c.start and doc.text[start - 1:start] != "#":  # ('#Ghazni' is a hashtag, no mention)
                found.append(Candidate(start, start + len(name), c.kind, c.key, c.name, c.country, c.sector, c.code,
                                       c.role, c.tokens))
    return found


def _wordish(ch: str) -> bool:
    return ch.isalnum() or ch in "_-"  # what (?<![\w-]) and (?![\w-]) exclude


def whole_word_occurrences(text: str, name: str) -> list[int]:
    r"""Where ``name`` stands as a whole word in ``text`` (no word character or hyphen on either side), in
    text order and not overlapping: what ``re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)``
    finds, by plain string search."""
    starts: list[int] = []
    n, i = len(name), text.find(name)
    while i >= 0:
        if (i == 0 or not _wordish(text[i - 1])) and (i + n == len(text) or not _wordish(text[i + n])):
            starts.append(i)
            i = text.find(name, i + n)
        else:
            i = text.find(name, i + 1)
    return starts
