"""Names a story repeats: surnames of people named in full before, full names the tagger missed, well-known
surnames."""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .... import gazetteer
from ....document import Document
from ....ingest.dates import published_day
from ....lexicon import table
from ....lexicon import words as word_list
from ....lookahead import opening
from ..repair import particles_before
from ..words import PERSON_NAME_WORD, ActorWords, family_name_first, first_word_matches
from .candidates import Candidate, _name_words, whole_word_matches


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
    # a family name said first ('Oh' of 'Oh Kah Leng', 'Wu' of 'Wu Lihua': family_name_first.txt), also of two letters
    said_first = {c.name.split()[0] for c in full if family_name_first(c.tokens) and c.name[:1].isupper()}
    surnames |= said_first
    surnames |= {c.name for c in full if " " in c.name and c.name[:1].isupper()}  # the full name said again
    named = {(c.start, c.end): c for c in full}  # a name where it was first read keeps that reading (its title)
    for at, end in whole_word_matches(doc.text, surnames):  # (no pattern made of the story's names)
        start = particles_before(doc.text, at)  # 'Van der Berg' after 'Maria van der Berg'
        if (start, end) in named:
            first = named[start, end]
            if any(first is c for c in read_from_bodies):  # (joined here with those read from PERSON entities)
                found.append(replace(first, tokens=list(first.tokens)))
            continue
        if _inside_longer_name(doc.text, start, end) or _FIRM_JOINER.match(doc.text, end):
            continue
        if doc.text[at:end] in said_first and not _NAME_GOES_ON.match(doc.text, end):
            continue  # ('Oh, we never knew': the word, not the name; 'Oh said', "Oh's view" the name)
        name = doc.text[start:end]
        found.append(Candidate(start, end, "person", "person", name, tokens=_name_words(name)))
    return found + well_known_surnames(doc, w)


# what follows a family name said first where it is the name, not a word of the same spelling ('Oh said',
# "Oh's", 'Oh told', 'Oh, who'), read before a short family name is taken for the person
_NAME_GOES_ON = re.compile(r"(?:['’]s\b|\s+[a-z]|,\s+(?:who|a|an|the)\b|\)|\.)")


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
    common = word_list("english_function_words.txt") | _time_words() | _title_words() \
        | word_list("weather_system_words.txt")  # ('Cyclone Idai': a storm, not a person)
    if not alone:
        return _kin_by_surname(doc, persons, w, common)
    ents = list(doc.entities())
    found = []
    longest_first = sorted(alone, key=len, reverse=True)
    text, pos = doc.text, 0
    while (g := _GIVEN_AND_SPACE.search(text, pos)) is not None:  # a capitalised word, then one of the names
        pos = g.end()
        surname = next((x for x in longest_first if text.startswith(x, pos) and not (
            pos + len(x) < len(text) and (text[pos + len(x)].isalnum() or text[pos + len(x)] in "_-"))), None)
        if surname is None:
            continue
        start, end, given = g.start(), pos + len(surname), g.group(1)
        pos = end
        tok = doc.nlp.char_span(g.start(1), g.end(1)) if doc.nlp is not None else None
        if given.lower() in common or tok is None or tok[0].pos_ != "PROPN" or \
                _inside_longer_name(text, start, end) or \
                any(e.label_ in ("ORG", "PRODUCT") and e.start_char < g.end(1) and start < e.end_char for e in ents):
            continue  # ('Mozilla Firefox' the tagger took for a body or a product)
        cand = Candidate(start, end, "person", "person", text[start:end], tokens=_name_words(text[start:end]))
        if _named_like_a_person(cand, w):
            found.append(cand)
    return found + _kin_by_surname(doc, persons, w, common)


# a capitalised word and a space, where a name said alone may follow ('Dana ' before 'Kehr'): the names are then
# tested by plain string comparison, not by a pattern made of them
# (both opened on their capital with ``opening``: the look-behind read after it, the engine skipping to capitals in C)
_GIVEN_AND_SPACE = re.compile("(" + opening("[A-Z]", r"[\w-]") + r"[a-z]+) ")

# a capitalised word, a space, and (looked at, not taken, so that the next match may begin there) a capitalised
# word that ends a word: 'Tiyamike Banda'; in 'Anna Maria Banda' both 'Anna Maria' and 'Maria Banda'
_GIVEN_THEN_NAME = re.compile("(" + opening("[A-Z]", r"[\w-]") + r"[a-z]+) (?=([A-Z][a-z]+)(?![\w-]))")


def _kin_by_surname(doc: Document, persons: list[Candidate], w: ActorWords, common: frozenset[str]) -> list[Candidate]:
    """A second person of a named person's family the tagger did not read, named by another given name and
    the same surname ('Rastafarian Tiyamike Banda' beside 'Jabari Banda', her son): a capitalised proper noun
    no entity holds, then the surname, where the pair reads as a person's name (``_named_like_a_person``), the
    given word is no common word, title, month, weekday or word of a storm ('Cyclone Idai') and no given name of the named person, the surname
    stands where a person speaks, acts or is acted on (a subject, an object, an apposition), and the word
    before the pair, when capitalised, says what the person is (a faith, camp or party: ``_affiliation_word``;
    a demonym), not a longer name ('the Tendai Banda Trust', 'Hotel Banda Grand')."""
    from ..repair import _affiliation_word

    full = [c for c in persons if c.kind == "person" and len(c.tokens) >= 2]
    surnames = {c.name.split()[-1] for c in full if re.fullmatch(r"[A-Z][a-z]{2,}", c.name.split()[-1])}
    if not surnames or doc.nlp is None:
        return []
    givens = {p for c in full for p in c.name.split()[:-1]}
    taken = [(c.start, c.end) for c in persons]
    found = []
    for m in _GIVEN_THEN_NAME.finditer(doc.text):  # (one pattern for every story: a pattern made per story's
        if m.group(2) not in surnames:  # surnames would fill the ``re`` module's cache of compiled patterns)
            continue
        given, end = m.group(1), m.end(2)
        name = doc.text[m.start():end]
        if given in givens or given.lower() in common or any(a < end and m.start() < b for a, b in taken) \
                or _CAPITALISED_NEXT.match(doc.text, end) or _FIRM_JOINER.match(doc.text, end):
            continue
        before = _CAPITALISED_BEFORE.search(doc.text[max(0, m.start() - 20):m.start()])
        if before is not None and not (_affiliation_word(before.group(1)) or w.country_of(before.group(1))):
            continue
        span = doc.nlp.char_span(m.start(), end)
        if span is None or len(span) != 2 or any(t.pos_ != "PROPN" or t.ent_type_ not in ("", "PERSON", "NORP")
                                                 for t in span) or span[1].dep_ not in _ACTING_DEPS \
                or _thing_noun_before(span, w):
            continue
        cand = Candidate(m.start(), end, "person", "person", name, tokens=_name_words(name))
        if _named_like_a_person(cand, w):
            found.append(cand)
    return found


def _thing_noun_before(span, w: ActorWords) -> bool:
    """A common noun right before the name that says it names a thing, not a person: 'the tanker Ocean Banda',
    'the hotel Casa Banda' (a noun that is no role, title or kin word: 'his sister Ama Banda', 'farmer Kofi
    Banda' are people)."""
    from ...eventcoding.words import word_class

    if span.start == 0:
        return False
    prev = span.doc[span.start - 1]
    return prev.pos_ == "NOUN" and prev.is_lower and not (
        prev.lower_ in w.roles or prev.lemma_.lower() in w.roles or prev.lower_ in _title_words()
        or prev.lower_ in word_class("kin"))


_ACTING_DEPS = ("nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj", "agent", "dative")


def bracketed_names(doc: Document, persons: list[Candidate], w: ActorWords) -> list[Candidate]:
    """A person's name an editor's bracket splits, which the tagger reads as two names or none ('of [his
    predecessor Ana] Ruiz'): the last word inside a bracket opened in the same sentence and the capitalised
    word right after it are one name, where the lexicons know the whole name as a person's or the story
    names the person by that surname elsewhere. The mention runs over the bracket; the name is the two words."""
    if "] " not in doc.text:
        return []
    alone = {c.name for c in persons if c.kind == "person" and len(c.tokens) == 1}
    day = published_day(doc.article.published)
    found = []
    for m in _BRACKETED_NAME.finditer(doc.text):
        given, surname = m.group(1), m.group(2)
        whole = f"{given} {surname}"
        if w.person_on(whole, day) is None and surname not in alone and surname not in w.person_by_surname:
            continue
        cand = Candidate(m.start(1), m.end(2), "person", "person", whole, tokens=_name_words(whole))
        if _named_like_a_person(cand, w):
            found.append(cand)
    return found


_BRACKETED_NAME = re.compile(r"\[[^\[\]\n]{0,60}?(?<![\w-])([A-Z][a-z]+)\] ([A-Z][a-z]+(?:-[A-Za-z]+)?)(?![\w-])")


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
    from ...timex.words import months, weekdays

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
_CAPITALISED_BEFORE = re.compile(r"([A-Z][a-z]*) $")


def _inside_longer_name(text: str, start: int, end: int) -> bool:
    """A capitalised word right after the name, or right before it, makes it part of a longer name; an
    abbreviated title written without its full stop before it does not ('Mr Ruiz', 'Dr Okafor', British
    style: ``title_abbreviations.txt``)."""
    if _CAPITALISED_NEXT.match(text, end):
        return True
    before = _CAPITALISED_BEFORE.search(text[max(0, start - 20):start])
    return before is not None and before.group(1).lower() not in word_list("title_abbreviations.txt")


def well_known_surnames(doc: Document, w: ActorWords) -> list[Candidate]:
    """'Merkel described the meeting': the surname of a well-known figure, standing alone as a proper noun."""
    assert doc.nlp is not None
    found = []
    for m in first_word_matches(w.surname_re, w.surname_first_words, doc.text):
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
