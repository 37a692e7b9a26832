"""Countries and their demonyms named as actors."""
from __future__ import annotations

import re
from functools import lru_cache

from ....document import Document, span_text, strings_of
from ....lexicon import table, words
from ..repair import hyphenated_name
from ..words import ActorWords, norm
from .candidates import Candidate, _GPE, _NORP, _ORG, _PERSON, _known_candidate, _name_words, _trim_possessive


_COUNTRY_LABELS = (_GPE, _NORP, _PERSON, _ORG, "LOC")  # a person or organisation entity may be a country
# name; a place entity may be a people's plural ('the North Koreans will return' tagged a place: ``_people_as_place``)


_THE_START = re.compile(r"^[Tt]he\s+")  # (compiled once: read for every place and people entity)


def _people_as_place(label: str, whole: str, w: ActorWords) -> bool:
    """A place entity ('LOC') that is a country's people named by its demonym's plural ('the North Koreans',
    'Ukrainians' tagged as a place): the country, as the same words tagged NORP are. Not a place's name
    ('the Balkans', 'the Americas': no country's demonym), not a singular ('the Korean Peninsula')."""
    if label != "LOC":
        return True
    text = _THE_START.sub("", whole)
    return text.endswith("s") and bool(w.demonym_of.get(norm(text)))


def countries(doc: Document, w: ActorWords) -> list[Candidate]:
    """Country names and demonyms, and capitals that stand for their state ('Pyongyang said', "Kyiv's
    reply", 'talks with Beijing': ``seats``), whatever the tagger made of the capital: a place, an
    organisation, a person or no entity ('Kyiv said')."""
    from ..seats import capital_code, person_words, seated_body, stands_for_state

    found = []
    assert doc.nlp is not None
    people_words = person_words(doc, w)  # 'Ines Paris ... Paris said': a person, not France
    for ent in doc.entities():
        if ent.label_ not in _COUNTRY_LABELS:
            continue
        span = _trim_possessive(ent)
        whole = span_text(span) if span is not None else ""  # (read once: ``Span.text`` makes its Tokens)
        if span is None or not _people_as_place(ent.label_, whole, w) or \
                ent.label_ not in (_GPE, _NORP) and not w.country_of(whole) and not (
                ent.label_ in (_ORG, _PERSON) and capital_code(whole, w)):
            continue
        text = _THE_START.sub("", whole)
        start = span.end_char - len(text)
        joined = _joined_inside(span, w)
        if joined:  # 'North and South Korea' tagged as one place: two countries
            found.extend(joined)
            continue
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
            partner = _shared_head_partner(doc, span, text, code, w)
            if partner is not None:
                found.append(partner)
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
    return found + untagged_countries(doc, w, people_words)


@lru_cache(maxsize=1)
def _one_word_names() -> tuple[frozenset[str], frozenset[str]]:
    """The countries table's names and other names of one word, as written ('Cyprus', 'U.S.', 'UK'), and
    their lower-cased forms (the keys the article's word index is asked with); no demonym (an untagged
    'Afghan' or 'English' is a word of a thing or a language far more often than a people)."""
    names = {n for r in table("countries.tsv") for n in [r["name"], *r["other names (|)"].split("|")]
             if n and n[:1].isupper() and not re.search(r"[\s-]", n)}
    return frozenset(names), frozenset(n.lower() for n in names)


_TAGGED_ELSE = frozenset({"PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "FAC", "LOC", "LANGUAGE", ""})
_PAIR_MARKS = "-–—/"  # 'U.S.-China', 'Russia–Ukraine', 'Israel/Gaza': two names joined, one word


def untagged_countries(doc: Document, w: ActorWords, people_words=frozenset()) -> list[Candidate]:
    """A country's name of one word (or a short form: 'U.S.', 'UK') standing as a noun phrase of its own that
    the tagger left untagged, or tagged alone as a thing ('pressure on Cyprus' a product): a mention of the
    country ('We support Mauritius', 'Bhutan accused ...', "Cyprus's banks"). Not a word of a longer name: a
    capitalised word right before it (not the sentence's first word) or after it ('UNHCR Kenya', 'the
    Vietnam War', 'the Singapore Strait'), a word after it that makes it a thing's (``country_name_things``:
    'Singapore dollars'), a name that modifies a noun ('the Cyprus debacle'); not one of a hyphen pair
    ('U.S.-China talks'), nor a team's in a score line ('Belgium 3 - 0 Panama'); not a word of a person's
    name in the story; not a land with no seat of government ('crossing Antarctica'). The article's word index is asked first: most articles hold no such word untagged."""
    written, lowered = _one_word_names()
    hits = doc.token_numbers("LOWER", lowered)  # (the parse's arrays first: no Token for a word that can not fire)
    if not hits:
        return []
    orth, ents = doc.token_strings("ORTH"), doc.token_strings("ENT_TYPE")
    found = []
    for i in hits:
        if orth[i] not in written or ents[i] not in _TAGGED_ELSE or orth[i] in people_words:
            continue
        tok = doc.nlp[i]
        if ents[i] and not (tok.ent_iob_ == "B" and (i + 1 >= len(orth) or doc.nlp[i + 1].ent_iob_ != "I")):
            continue  # a thing's name the country's is one word of ('the Vietnam War' an event)
        dated = _day_after(tok)  # 'pressed Cyprus Tuesday': the parser may make the name the day's compound
        if _inside_a_name(tok, dated) or tok.dep_ in ("compound", "amod", "nmod") and not dated \
                or _paired(doc.text, tok) or _score_line(tok):
            continue
        code = w.country_of(tok.text)
        if code is None or not w.countries[code].capital:
            continue  # (a land with no seat of government, 'Antarctica', is a place and never a party)
        found.append(Candidate(tok.idx, tok.idx + len(tok.text), "country", "country:" + code,
                               w.countries[code].name, code, None, code))
    return found


def _day_after(tok) -> bool:
    """The word right after the name opens a date the tagger found ('pressed Cyprus Tuesday'): the news's 'X
    Tuesday' tells the day of what X did or underwent, not a longer name."""
    doc = tok.doc
    return tok.i + 1 < len(doc) and doc[tok.i + 1].ent_type_ == "DATE" and doc[tok.i + 1].ent_iob_ == "B"


def _inside_a_name(tok, dated: bool = False) -> bool:
    """A capitalised word stands right before the name (and is not the sentence's first word, or is a proper
    noun there) or right after it, a day aside (``dated``) ('Free Indonesia', 'Singapore Strait'), or the word
    after it makes the name a thing's ('Singapore dollars')."""
    doc = tok.doc
    if tok.i > 0 and not tok.is_sent_start:
        prev = doc[tok.i - 1]
        if prev.text[:1].isupper() and (not prev.is_sent_start or prev.pos_ == "PROPN"):
            return True
    if tok.i + 1 < len(doc):
        nxt = doc[tok.i + 1]
        if nxt.text[:1].isupper() and not nxt.is_sent_start and nxt.is_alpha and not dated:
            return True
        if nxt.lower_ in words("country_name_things.txt"):
            return True
    return False


def _paired(text: str, tok) -> bool:
    """Joined to another word by a hyphen, dash or slash with no space: 'U.S.-China', 'Russia-Ukraine'."""
    start, end = tok.idx, tok.idx + len(tok.text)
    return start > 0 and text[start - 1] in _PAIR_MARKS or end < len(text) and text[end] in _PAIR_MARKS


def _score_line(tok) -> bool:
    """A number right before or after the name, past a dash at most: a result's line ('Belgium 3 - 0
    Panama', 'Chile 2, Peru 1')."""
    doc = tok.doc
    for j in (tok.i - 1, tok.i + 1, tok.i - 2, tok.i + 2):
        if 0 <= j < len(doc) and doc[j].like_num and doc[j].is_digit:
            if abs(j - tok.i) == 1 or doc[(j + tok.i) // 2].text in ("-", "–", "—", ","):
                return True
    return False


_JOINERS = ("and", "or", "&")
_JOINER_SET = frozenset(_JOINERS)


def _joined_inside(span, w: ActorWords) -> list[Candidate]:
    """Both countries of 'North and South Korea' where the tagger made the phrase one entity: the word before
    the joiner with the words after the joiner's next word, and the words after the joiner, each a known
    country (two different ones)."""
    lows = strings_of(span.doc, "LOWER")
    if _JOINER_SET.isdisjoint(lows[span.start:span.end]):
        return []  # (the parse's word array first: most names hold no joiner)
    joiners = [t.i for t in span if t.lower_ in _JOINERS]
    if len(joiners) != 1 or joiners[0] - span.start < 1 or span.end - joiners[0] < 3:
        return []
    j = joiners[0]
    qualifier, second = span.doc[j - 1], span.doc[j + 1:span.end]
    code2 = w.country_of(second.text)
    code1 = w.country_of(" ".join([qualifier.text] + [t.text for t in second[1:]]))
    if not code1 or not code2 or code1 == code2 or not qualifier.is_alpha:
        return []
    return [Candidate(qualifier.idx, qualifier.idx + len(qualifier.text), "country", "country:" + code1,
                      w.countries[code1].name, code1, None, code1),
            Candidate(second.start_char, second.end_char, "country", "country:" + code2, w.countries[code2].name,
                      code2, None, code2)]


def _shared_head_partner(doc: Document, span, text: str, code: str, w: ActorWords) -> Candidate | None:
    """The first of two countries that share the last words of their names, joined before them: 'North and
    South Korea' names North Korea and South Korea, 'North or South Korean' both demonyms. The word before
    the joiner is a country of its own only with the shared words after it (a known country other than the
    one named), so 'Japan and South Korea' and 'Seoul and South Korea' are left alone."""
    if span.start < 1 or strings_of(doc.nlp, "LOWER")[span.start - 1] not in _JOINERS:
        return None  # (no joiner right before the name; one after 'the' is not before the name's first word)
    first = next(t.i for t in span if t.idx >= span.end_char - len(text))  # (the name's first word, past 'the')
    words = [t.text for t in span[first - span.start:]]
    if len(words) < 2 or first < 2 or doc.nlp[first - 1].lower_ not in _JOINERS:
        return None
    qualifier = doc.nlp[first - 2]
    if not qualifier.text[:1].isupper() or not qualifier.is_alpha or qualifier.text == words[0]:
        return None
    other = w.country_of(" ".join([qualifier.text] + words[1:]))
    if other is None or other == code:
        return None
    return Candidate(qualifier.idx, qualifier.idx + len(qualifier.text), "country", "country:" + other,
                     w.countries[other].name, other, None, other)
