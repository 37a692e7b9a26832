"""Anonymous sources: 'an unnamed South Korean official'."""
from __future__ import annotations

import re
from functools import lru_cache

from ....document import Document
from ....lexicon import table, words
from ....lookahead import led
from ..words import ActorWords, alternation, first_word_matches, first_words, near, norm
from .candidates import Candidate, _code


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


def unnamed_parties(doc: Document, w: ActorWords) -> list[Candidate]:
    """Unnamed plural parties with no determiner: 'unnamed Western intelligence sources', 'threatened by
    unidentified individuals' (an anonymity word of anonymous_sources.tsv first, then words of a sector, rank
    or country of that table or of the countries'), 'quoting sources familiar with the negotiations' (a
    phrase of unnamed_party_phrases.txt that says what they know). Nouns of unnamed_party_nouns.txt. Not
    'independent sources', 'sources of income' (no anonymity word, no phrase), nor 'the sources', 'their
    sources' (``anonymous_sources`` and the group readers have those)."""
    found = []
    for m in first_word_matches(_unnamed_re(), _unnamed_nouns(), doc.text):
        before = re.findall(r"[\w'’-]+", doc.text[max(0, m.start() - 80):m.start()])
        mods: list[str] = []
        for word in reversed(before[-4:]):
            if word.lower() in w.anonymous or w.country_of(word):
                mods.insert(0, word)
            else:
                break
        if before[len(before) - len(mods) - 1:][:1] and \
                before[len(before) - len(mods) - 1].lower() in words("noun_phrase_determiners.txt"):
            continue  # 'the sources', 'two unidentified individuals': read elsewhere, or counted
        while mods and w.anonymous.get(mods[0].lower()) != "anonymous" and any(
                w.anonymous.get(x.lower()) == "anonymous" for x in mods[1:]):
            mods.pop(0)  # (the party begins at its anonymity word)
        anonymous = bool(mods) and w.anonymous.get(mods[0].lower()) == "anonymous"
        end = _phrase_end(doc, m.end("noun"), m.group("phrase")) if m.group("phrase") else None
        if not anonymous and end is None:
            continue
        start = m.start("noun")
        for word in reversed(mods):
            start = doc.text.rindex(word, 0, start)
        end = end or m.end("noun")
        name = doc.text[start:end]
        who = next((w.country_of(x) for x in mods if w.country_of(x)), None)
        sector = w.body_sector_in(name) or next((_party_sectors()[x.lower()] for x in mods
                                                  if _party_sectors().get(x.lower())), None)
        found.append(Candidate(start, end, "group", "anon:" + norm(name), name, who, sector, _code(who, sector)))
    return found


@lru_cache(maxsize=1)
def _party_sectors() -> dict[str, str]:
    """A sector word of anonymous_sources.tsv -> the sector it gives an unnamed party ('intelligence' GOV)."""
    return {r["word"]: r["sector"] for r in table("anonymous_sources.tsv") if r["sector"]}


@lru_cache(maxsize=1)
def _unnamed_re() -> re.Pattern[str]:
    nouns = alternation(sorted(words("unnamed_party_nouns.txt")))
    phrases = alternation(sorted(words("unnamed_party_phrases.txt")))
    # (every word of the pattern is under (?i): compiled under re.I it matches the same, and its look-ahead for
    # the first letters of the nouns, ``led``, then takes both cases of each)
    return led(rf"\b(?P<noun>(?i:{nouns}))\b(?:\s+(?P<phrase>(?i:{phrases}))\b)?", re.I)


@lru_cache(maxsize=1)
def _unnamed_nouns() -> frozenset[str] | None:
    return first_words(words("unnamed_party_nouns.txt"))  # (``_unnamed_re`` tried only where one stands)


def _phrase_end(doc: Document, start: int, phrase: str) -> int | None:
    """Where the object of a naming phrase ends: after the noun that heads it ('the negotiations',
    'the prime minister'), at most five words on; None when the parse gives no such noun."""
    assert doc.nlp is not None
    after = doc.nlp.char_span(start, min(len(doc.text), start + 120), alignment_mode="expand")
    if after is None:
        return None
    words_ = [t for t in after if not t.is_space][:len(phrase.split()) + 6]
    for t in words_[len(phrase.split()):]:
        if t.is_punct or t.pos_ in ("VERB", "AUX", "SCONJ", "CCONJ", "PRON") or t.pos_ == "ADP" and t.lower_ != "of":
            break
        if t.pos_ in ("NOUN", "PROPN") and t.dep_ != "compound":
            return t.idx + len(t.text)
    return None
