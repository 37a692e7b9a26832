"""Outlets and institutions the lexicons name, and generic media ('North Korean state media', 'media
reports')."""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Token

from ....document import Document
from ....lexicon import singular_forms
from ....lexicon import words as word_list
from ..knowledge import knowledge
from ..words import ActorWords, near, norm, speech_lemmas
from .candidates import Candidate, _known_candidate, inside_a_longer_name


def outlets_and_institutions(doc: Document, w: ActorWords) -> list[Candidate]:
    found = []
    for pattern in (w.outlet_re, w.institution_re):
        for m in _longest_names(pattern, doc.text):
            known = w.known.get(norm(m.group(0)))
            if pattern is w.institution_re and " " not in m.group(0) and (
                    inside_a_longer_name(doc.text, m.start(), w) or _after_possessive_in_name(doc, m.start(), w)):
                continue  # 'Congress' in 'World Uyghur Congress', "the National People's Congress"
            if pattern is w.institution_re and " " in m.group(0) and _tagged_inside_longer_name(doc, m.start(), w, m.group(0)):
                continue  # 'Security Council' in 'the National Security Council': another body (organizations())
            if known:
                party = party_not_outlet(doc, m.start(), m.end(), known, w) if known.kind == "media" else None
                found.append(party or _known_candidate(m.start(), m.end(), known))
    return found


def _tagged_inside_longer_name(doc: Document, start: int, w: ActorWords, name: str) -> bool:
    """A known name of several words is the tail of a longer known one: the word before it is the front of a
    proper name (``inside_a_longer_name``), the tagger's organisation runs on through the known name's first
    word, and the two together are a name the knowledge base holds ('the National Security Council';
    not 'the Islamist Hayat Tahrir al-Sham', where the front word describes the known body)."""
    if not inside_a_longer_name(doc.text, start, w):
        return False
    span = doc.nlp.char_span(start, start + 1, alignment_mode="expand")
    if span is None or span[0].ent_iob_ != "I" or span[0].ent_type_ != "ORG":
        return False
    front = doc.text[doc.text.rindex(" ", 0, start - 1) + 1 if " " in doc.text[:start - 1] else 0:start].strip()
    longer = f"{front} {name}"
    return bool(w.known.get(norm(longer))) or knowledge().facts(longer, None) is not None


def party_not_outlet(doc: Document, start: int, end: int, known, w: ActorWords) -> Candidate | None:
    """An abbreviation that names both an outlet (outlets.tsv) and one country's party (parties.tsv: 'PTI',
    the Press Trust of India and Pakistan's Tehreek-e-Insaf) is the party in a story that names the party's
    country and never the outlet's: a party's candidate, its standing given later (``party_standing``)."""
    name = doc.text[start:end]
    if not name.isupper():
        return None
    from ..organisations import _parties  # (organisations reads this package)

    rows = [r for r in _parties().get(norm(name), []) if not r[3]]
    if len(rows) != 1 or rows[0][1] == known.country:
        return None
    named = {w.country_of(m.group(0)) for m in w.country_re.finditer(doc.text)}
    if rows[0][1] not in named or known.country in named:
        return None
    return Candidate(start, end, "organization", "org:" + norm(name), name, rows[0][1], "PTY", None)


_ARTICLE = re.compile(r"[Tt]he\s+")


def _longest_names(pattern: re.Pattern[str], text: str):
    """The matches of a list's names in ``text``, left to right; a name listed with its article ('the
    U.N.', 'the EU') gives way to a longer listed name that begins after the article ('the U.N. Security
    Council', 'the EU Commission' when listed): the article is no part of either, and the leftmost match
    alone would cut the longer name in two ('the U.N.' + 'Security Council')."""
    at = 0
    while (m := pattern.search(text, at)) is not None:
        lead = _ARTICLE.match(text, m.start())
        if lead is not None:
            longer = pattern.match(text, lead.end())
            if longer is not None and longer.end() > m.end():
                m = longer
        yield m
        at = max(m.end(), at + 1)


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
            if country is None and not m.group("state").lower().startswith("state"):
                continue  # 'official media', 'semi-official media' name an outlet only after a country's name
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


_GROUP_TOPICS = ("rights", "freedom")  # what a group after 'media' works for: 'media rights groups'


def _country_before(text: str, start: int, w: ActorWords) -> tuple[int, str | None]:
    """A country's name or abbreviation standing right before ``start`` ('C.A.R. state TV', 'Kenya state
    media'): (where it begins, its code); else (``start``, None). The capitalised words on the line before
    are read from the longest: 'Tuesday. North Korea state media' is North Korea's (a word ending a sentence
    before the name is no part of it); 'Voice Kenya state media' is no country's."""
    base = max(0, start - 40)
    m = re.search(r"(?:^|(?<=[\s(\"“]))([A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*){0,2})[ \t]+$", text[base:start])
    if m:
        run = list(re.finditer(r"\S+", m.group(1)))
        for k in range(len(run)):
            if k and not run[k - 1].group(0).endswith("."):
                break  # a capitalised word before that does not end a sentence: a longer name
            code = w.country_of(m.group(1)[run[k].start():])
            if code:
                return base + m.start(1) + run[k].start(), code
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
