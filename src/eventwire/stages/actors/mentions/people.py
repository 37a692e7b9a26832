"""People: person entities, people described after their name ('X, the head of Y'), a person's
candidate with its title, country and place of work."""
from __future__ import annotations

import re

from spacy.tokens import Span as SpacySpan

from .... import gazetteer
from ....document import Document, span_text, strings_of
from ....ingest.dates import published_day
from ....lexicon import singular_forms
from ....lexicon import words as word_list
from ....lookahead import opening
from ..broken_names import join_broken_names
from ..entity_table import PERSON, PLACES, labelled_entities
from ..places import region_country
from ..repair import repair_person
from ..sector import STATE_SECTORS, descriptor_sector, head_sector, title_sector
from ..words import PERSON_NAME_WORD, ActorWords, Known, norm
from .candidates import Candidate, _code, _name_words, _trim_possessive, whole_word_or_plural
from .titles import _title_context, diplomat_noun


def people(doc: Document, w: ActorWords) -> list[Candidate]:
    from ..seats import capital_code, person_words, stands_for_state

    found = []
    assert doc.nlp is not None
    people_words = person_words(doc, w)
    # (the entities of each label read off the document's table of them: ``labelled_entities``)
    places = {span_text(e) for e in labelled_entities(doc, PLACES)}
    persons = join_broken_names(list(labelled_entities(doc, PERSON)), w, published_day(doc.article.published))
    # (each name's text cut once from the article: ``Span.text`` makes a Token per word on every read)
    name_words = {x for e in persons for text in (span_text(e),) if "-" not in text for x in _name_words(text)}
    storms = _storm_names(doc.text)
    # the surnames of the full names the story gives, each word written as a person's name ('Jose Ruben
    # Zamora', not 'IS Sahel'): the surname alone is that person again, not a place of the same name ('Zamora'
    # is also a Spanish city)
    surnames = {_name_words(t)[-1] for e in persons for t in (span_text(e),)
                if len(t.split()) > 1 and all(PERSON_NAME_WORD.fullmatch(x) for x in t.split())}
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
        if not title and _well_known_place(text) and not (len(words) == 1 and words[0] in surnames):
            continue  # 'Bandar Abbas', 'Vladivostok' tagged as a person
        if span[-1].whitespace_ == "" and span.end < len(doc.nlp) and doc.nlp[span.end].text == ",":
            body = _described_as_body(span)  # 'Colegio San Marcos, a private school in Lima,'
            if body is not None:
                found.append(body)
                continue
        firm = _named_as_firm(span, text, words, w, nationality, title)
        if firm is not None:  # 'Kestrel Mines, an Australian miner, said', 'Norvex Pharma said'
            found.append(firm)
            continue
        found.append(_person_candidate(span, words, w, nationality, title))
    return found + described_people(doc, w) + familiar_names(doc, w)


def _named_as_firm(span: SpacySpan, text: str, words: list[str], w: ActorWords, nationality: str,
                   title) -> Candidate | None:
    """A firm's candidate for a name the tagger took for a person's whose last word is a firm's trade word
    (``org_head_sectors.tsv`` BUS: 'Norvex Pharma', 'Harlan Bakeries', 'Kinross Gold Mines'), of two words or
    more, with no person's role before it, no known person's name, and no trade word people are also
    named by last ('Michael Steel': ``firm_heads_also_names.txt``). Its country is its own phrase's ('an
    Australian miner')."""
    from ..sector_text.firms import firm_head

    if len(words) < 2 or not firm_head(words[-1]) or words[-1].lower() in word_list("firm_heads_also_names.txt") \
            or norm(text) in w.people or w.role_in(getattr(title, "before", "") or ""):
        return None  # (a role before the name: 'Trade Minister X Steel'; an apposition after may name a trade)
    country = w.country_in(nationality) if nationality else None
    return Candidate(span.start_char, span.end_char, "organization", "org:" + norm(text), text, country, "BUS",
                     _code(country, "BUS"), tokens=_name_words(text))


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
    return whole_word_or_plural(text, stem)


def _places_and_things(doc: Document, w: ActorWords, persons: list) -> set[str]:
    """The names (normalised) the tagger took for people's that the story says as a place or as a thing
    (``organisations.place_names``, ``organisations.thing_names`` read for person entities): 'her home in
    Looe, Cornwall', 'near the port of Bandar Abbas', 'Nsanje and Phalombe districts', 'the Turkish aid
    ship, Mavi Marmara', 'Space Shuttle Columbia'. A name that ends a longer person's name in the story
    ('Zamora' after 'Jose Ruben Zamora', 'Warhol' after 'Andy Warhol') stays that person's."""
    from ..organisations import place_names, thing_names  # here: organisations reads this module

    found = thing_names(doc, "PERSON") | place_names(doc, w, "PERSON")
    if not found:
        return found
    names = {norm(span_text(e)) for e in persons}
    return {n for n in found if not any(m != n and m.endswith(" " + n) for m in names)}


_DESCRIBED = re.compile("(" + opening("[A-Z]", r"[\w’'.-]") + r"[a-z]+(?:[ -][A-Z][a-z]+){1,2}), ((?P<det>(?:the|a|an|[A-Z][\w.]*[’']s) )?[^,.;:“”\"]{2,60})")
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


def familiar_names(doc: Document, w: ActorWords) -> list[Candidate]:
    """People named by the familiar form of a given name, a prefix word of ``familiar_name_prefixes.txt`` and one
    capitalised word ('A Wei, who once ran a shop', 'Ah Keong, a taxi driver,', 'A Wei said'), which the tagger
    reads as an article and a place or a body or as nothing: the pair is a name where it stands as a person (an
    apposition or a 'who' clause after it, or a speech verb) and its word is no country, demonym, role, title,
    common word or well-known place ('A Chinese official, who', 'A Reuters reporter said' are not).
    Pre-test on the text: a prefix word, capitalised, then a capitalised word."""
    if not _FAMILIAR.search(doc.text):
        return []
    prefixes = word_list("familiar_name_prefixes.txt")
    common = word_list("english_function_words.txt")
    found = []
    for m in _FAMILIAR.finditer(doc.text):
        prefix, given = m.group(1), m.group(2)
        if prefix.lower() not in prefixes or given.lower() in common or given.lower() in w.roles \
                or w.country_of(given) or _well_known_place(given) or w.org_kind(given)[1] is not None:
            continue
        span = doc.nlp.char_span(m.start(1), m.end(2)) if doc.nlp is not None else None
        if span is None or len(span) != 2 or span[1].pos_ != "PROPN" or span[1].ent_type_ == "PERSON":
            continue
        found.append(_person_candidate(span, _name_words(span.text), w))
    return found


# (opened on its capital with ``opening``: what the look-behind before it matched, searched from capitals alone)
_FAMILIAR = re.compile("(" + opening("[A-Z]", r"[\w.'’-]") + r"[a-z]?) ([A-Z][a-z]{1,8})(?=,\s(?:who|a|an)\s|\s(?:said|says|told|thinks|believes)\b)")


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
    lows = strings_of(span.doc, "LOWER")  # (off the parse's array: no Token made)
    before = lows[span.start - 1] if span.start > 0 else ""
    return before in _weather_words() or lows[span.start] in _weather_words()


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
    if "-" not in span_text(span):
        return None  # (most names: no Token made for the test)
    parts = span_text(span).split("-")
    if len(parts) != 2 or not all(p[:1].isupper() and norm(p) in known_words for p in parts):
        return None
    first = span.doc.char_span(span.start_char, span.start_char + len(parts[0]))
    second = span.doc.char_span(span.end_char - len(parts[1]), span.end_char)
    return [first, second] if first is not None and second is not None else None


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
    # a state's diplomat at an international body ('the U.S. ambassador to the United Nations', 'China's envoy
    # to the U.N.') serves the state that sends them, not the body
    sent = inst is not None and country is not None and role is not None and diplomat_noun(role.lower())
    country = country or (inst.country if inst else None)
    sector = inst.sector if inst and inst.sector == "IGO" and not sent else sector or (inst.sector if inst else None)
    return Candidate(span.start_char, span.end_char, "person", "person", span_text(span), country, sector,
                     role=role, tokens=words, employer_country=employer)


def _institution_named(w: ActorWords, title: str) -> Known | None:
    """The known institution a title names, not the last word of a longer name: 'Congress' in 'a member
    of Congress', not in 'vice chair of the World Uyghur Congress'."""
    for m in w.institution_re.finditer(title):
        if not re.search(r"(?<![\w'’-])(?!The\s|An?\s|Its\s|Their\s)[A-Z][\w'’-]*\s+$", title[:m.start()]):
            return w.known.get(norm(m.group(0)))
    return None
