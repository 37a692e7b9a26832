"""Organisation entities: the tagger's ORG names read as organisations, outlets, people or countries."""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Span as SpacySpan

from ....document import Document, span_text, strings_of
from ....lexicon import table, words
from ..entity_table import entity_text
from ..knowledge import knowledge, known_companies
from ..peoples import one_of_a_people
from ..repair import (begun_organisation, body_and_person, complete_organisation, initialled_person, initials_run_on, join_demonym_names,
                      split_at_open_bracket, title_and_person)
from ..words import ActorWords, actor_words, norm
from .candidates import Candidate, _ORG, _PERSON, _code, _known_candidate, _name_words, _trim_possessive
from .and_names import joined_by_and
from .titles import _title_context
from .people import _person_candidate
from .media import party_not_outlet


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


def _firm_read_as_a_people(ent, w: ActorWords) -> bool:
    """A firm the lexicons know (``knowledge.known_companies``: firms.tsv and the knowledge base's) that the
    tagger read as a nationality or a people, in one word: 'an Ipsos survey found' (round 17); or as a place,
    in one word that names no place the gazetteer or the country names know ('Ubisoft, Nintendo and Sega
    showed ...': round 27). A word that is also a demonym stays a people ('Dutch', 'Nigerians'), one that is
    also a place stays a place ('Amazon' the river)."""
    if ent.label_ not in _PEOPLE_OR_PLACE or len(ent) != 1:
        return False
    name = norm(entity_text(ent))  # (cut from the article once: ``Span.text`` makes a Token per word)
    if name not in known_companies():
        return False
    if ent.label_ == "NORP":
        return not w.demonym_of.get(name)
    from .... import gazetteer

    text = entity_text(ent)
    return not w.country_of(text) and not gazetteer.load().lookup(text)


_PEOPLE_OR_PLACE = frozenset({"NORP", "GPE"})


def _org_entities(doc: Document) -> list:
    """The entities ``organizations`` reads, in text order: the organisations and the nationalities (a firm
    read as a people, ``_firm_read_as_a_people``), and any other entity on a 'for' or a 'the' (one that stands
    between two organisations keeps ``_joined_by_for`` from joining them, as before). The others (a person, a
    place, a date) are dropped before the four joiners walk the list: each keeps them as they are, and no
    joiner joins across them (``join_demonym_names`` and ``joined_by_and`` join only what touches, and an
    entity between two the joiners look at must stand between them), so the loop skipped them all the same."""
    lows = doc.token_strings("LOWER")
    return [e for e in doc.entities() if e.label_ in _ORG_OR_NORP or e.end - e.start <= 2 and lows[e.start] in _FOR_THE
            or e.label_ == "GPE" and e.end - e.start == 1 and _firm_read_as_a_people(e, actor_words())]


_ORG_OR_NORP = frozenset({_ORG, "NORP"})
_FOR_THE = frozenset({"for", "the"})


def organizations(doc: Document, w: ActorWords) -> list[Candidate]:
    from ..not_bodies import everyday_word_as_name, spelled_out_as_a_thing
    from ..organisations import place_names, thing_names  # here: organisations reads this module
    from ..seats import capital_code, person_words, stands_for_state

    found = []
    assert doc.nlp is not None
    people_words = person_words(doc, w)
    things = thing_names(doc) | thing_names(doc, "PERSON") | place_names(doc, w)  # 'the cargo ship X', 'X, a cross-country train', 'from Quetta'
    for ent in joined_by_and(_joined_by_for(join_demonym_names(split_at_open_bracket(_org_entities(doc)), w)), w):
        if ent.label_ != _ORG and not _firm_read_as_a_people(ent, w):
            continue
        span = _trim_possessive(ent)
        if span is None:
            continue
        span = complete_organisation(span, w, doc.text)  # 'Court of Bosnia and' + 'Herzegovina'
        span = begun_organisation(span, w)  # 'Commission on the' + 'Limits of the Continental Shelf'
        split = body_and_person(span, w) if len(span) >= 4 else None
        if split is not None:  # "a former member of Peru's Congress of the Republic Luis Marin"
            span, person = split
            nationality, title = _title_context(person)
            found.append(_person_candidate(person, _name_words(person.text), w, nationality, title))
        run_on = initials_run_on(span)
        if run_on is not span and initialled_person(run_on, w, doc.text):
            span = run_on  # "Ireland's WB" + 'Yeats'
        text = re.sub(r"^[Tt]he\s+", "", span_text(span))  # (cut from the article: no Token per word)
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
            party = party_not_outlet(doc, start, span.end_char, known, w) if known.kind == "media" else None
            found.append(party or _known_candidate(start, span.end_char, known))  # ('PTI': a party or an outlet)
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
        apposed = _named_as_one_person(doc, text, w) or _given_name_of_one_person(doc, text, w)
        if apposed is not None and apposed.start_char != span.start_char:
            # 'One driver, Mola Bakhsh, ...': 'Bakhsh said'; "Ruiz's son Mateo ...": 'Mateo Ruiz said'
            given = _person_candidate(apposed, _name_words(apposed.text), w, *_title_context(apposed))  # (where given)
            if len(apposed) == 1 and " " in text:  # "Ruiz's son Mateo": the full name's person ('Mateo Ruiz')
                given = replace(given, name=text, tokens=_name_words(text))
            found.append(given)
        if _person_named_as_organisation(text, title, w) or _aged(span, text, w) or _paired_with_person(span, text, w) \
                or initialled_person(span, w, doc.text) or (" " in text and norm(text) in w.people) or apposed is not None:
            # 'Its director, Amelia Nhantumbo,'; "Ireland's WB Yeats"; a whole name people.tsv knows for a person
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


def _given_name_of_one_person(doc: Document, text: str, w: ActorWords) -> SpacySpan | None:
    """A name of two or three capitalised words the tagger took for an organisation whose first or last word
    the text gives alone as one person's name (``_named_as_one_person``: "Ruiz's son Mateo ... Mateo Ruiz
    said", "said Bakhsh, a farmer ... Mola Bakhsh lost"), and no organisation word: where the text gives it, as ``_named_as_one_person``; else None."""
    parts = text.split()
    if 2 <= len(parts) <= 3 and all(x.istitle() and x.isalpha() for x in parts) \
            and w.org_kind(text) == ("organization", None):
        return _named_as_one_person(doc, parts[0], w) or _named_as_one_person(doc, parts[-1], w)
    return None


@lru_cache(maxsize=1)
def _speaker_nouns() -> frozenset[str]:
    return words("quote_speaker_nouns.txt")


def _named_as_one_person(doc: Document, text: str, w: ActorWords) -> SpacySpan | None:
    """A name of one to three capitalised words the tagger took for an organisation that the text itself gives as one person's
    name somewhere: in apposition to a singular noun that names one person who may be quoted
    (quote_speaker_nouns.txt: 'One driver, Mola Bakhsh, told ...', 'Bakhsh, a farmer, said') or an
    office (roles.tsv: 'the spokesman, Bakhsh,'), either way round. A capitalised word with no capital inside and
    no organisation word ('FAA', 'CamboJA', 'Microsoft Corp' stay bodies; 'a company, Zorbit,' names no
    person: 'company' is no person's noun). Returns the name where the text gives it so, with the capitalised
    words the parse joins to it ('Mola Bakhsh'); else None."""
    parts = text.split()
    if not 1 <= len(parts) <= 3 or not all(x.istitle() and x.isalpha() for x in parts) \
            or w.org_kind(text) != ("organization", None):
        return None
    n = len(parts) - 1
    at = [i for i in doc.token_numbers("LOWER", (parts[-1].lower(),)) if i >= n]  # (the article's word index)
    if not at:
        return None
    tokens = doc.tokens()
    for i in at:
        tok = tokens[i]
        if [t.text for t in tokens[i - n:i + 1]] != parts:
            continue
        nouns = [tok.head] if tok.dep_ == "appos" else []
        nouns += [c for c in tok.children if c.dep_ == "appos"]
        if any(n.tag_ == "NN" and (n.lemma_.lower() in _speaker_nouns() or n.lemma_.lower() in w.roles) for n in nouns):
            words_before = [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i and c.pos_ == "PROPN"
                            and c.text.istitle()]
            return tok.doc[min([tok.i - n] + [c.i for c in words_before]):tok.i + 1]
    return None


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
    if not _HEAD_READERS:  # (imported on the first call, kept after: hundreds of calls an article set)
        from ..coref.heads import department_word, head_nouns

        _HEAD_READERS.append((department_word, head_nouns))
    department_word, head_nouns = _HEAD_READERS[0]
    after = SpacySpan(span.doc, span.end, min(len(span.doc), span.end + 4))  # (doc[a:b] without its bounds helper)
    after_text = span_text(after)
    if department_word(re.sub(r"^[Tt]he\s+", "", span_text(span))) and (
            w.role_re.match(after_text) or len(after) and after[0].lower_ in head_nouns()):
        return True  # 'Commerce' of 'Commerce Secretary', 'the Commerce chief': a department's word titles a person
    # (the entity types of the words after off the parse's array: no Token made)
    return bool(w.role_re.match(after_text)) and _PERSON in strings_of(span.doc, "ENT_TYPE")[after.start:after.end]


_HEAD_READERS: list = []


def _before_a_peoples_noun(span: SpacySpan) -> bool:
    """Whether a name stands right before the noun of a phrase of ``group_defining_phrases.tsv`` that has
    peoples' names inside it ('of Punjabi and Sindhi ethnicity', 'of Turkish descent'): the peoples, not a body."""
    doc = span.doc
    if span.end >= len(doc) or span.start == 0:
        return False
    rows = [r for r in table("group_defining_phrases.tsv") if r["people_between"] == "yes"]
    lows = strings_of(doc, "LOWER")  # (the words on either side read once, off the parse's array: no Token per row)
    after, before = lows[span.end], lows[span.start - 1]
    return any(after == r["noun"] and before == r["preposition"] for r in rows)
