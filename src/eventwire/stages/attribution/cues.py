"""Cue words of reported speech and the records a reporting clause is read into (Speaker, Clause)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Token

from ...lexicon import table, words
from ...lookahead import led


FIRST_PERSON = {"i", "me", "we", "us", "you", "my", "our"}
THIRD_PERSON = {"he", "she", "they", "it", "him", "her", "them"}
RELATIVE = {"who", "which", "that"}
CLIMB = {"advcl", "xcomp", "conj"}
NP_INNER = {"det", "amod", "compound", "poss", "case", "nummod", "nmod", "punct", "quantmod", "predet"}


@dataclass(frozen=True)
class CueWords:
    speech: frozenset[str]  # lemmas that report speech (incl. report-type)
    report: frozenset[str]  # may take a noun object as the content
    label: frozenset[str]  # only name quoted words ("described it as")
    denies: frozenset[str]
    hedge_words: frozenset[str]
    hedge_re: re.Pattern[str]
    false_words: frozenset[str]
    abbreviations: frozenset[str]
    relay_re: re.Pattern[str]
    origin_phrases: frozenset[str]
    no_speaker: frozenset[str]
    mention_nouns: frozenset[str]  # 'the term', 'the word' right before quoted words: words mentioned, not said
    document_nouns: frozenset[str]  # 'a report by X', 'the study': a document whose author speaks through it
    document_verbs: frozenset[str]  # 'a report issued by X': X made the document
    channel_nouns: frozenset[str]  # 'a statement on the X website': X's own place for its words
    document_cues: frozenset[str]  # 'the statement read': a cue only with a document noun for its subject
    speaker_nouns: frozenset[str]
    claims: frozenset[str]
    person_nouns: frozenset[str]  # singular nouns that stand for one person ('the official', 'the veteran')
    other_words: frozenset[str]  # 'the other teacher', 'a second witness': not the one named before
    source_phrases: tuple[tuple[str, ...], ...] = ()  # 'in the words of X': X speaks (quote_source_phrases.txt)


def _spaced(phrase: str) -> str:
    return re.escape(phrase).replace("\\ ", r"\s+")


@lru_cache(maxsize=1)
def cue_words() -> CueWords:
    rows = table("speech_cues.tsv")
    hedges = words("hedges.txt")
    phrases = [h for h in hedges if " " in h]
    be_rest = [_spaced(p[3:]) for p in phrases if p.startswith("be ")]
    others = [_spaced(p) for p in phrases if not p.startswith("be ")]
    # compiled behind the look-ahead for the characters a match can begin with (``led``: the same matches),
    # not with '\b' tested first at every position: hedge_re is scanned over every article's whole text,
    # relay_re over every reporting clause (about 40% and 45% off those scans over the VOA stories)
    hedge_re = led(r"\b(?:(?:is|are|was|were|be|been|being|am)\s+(?:" + "|".join(be_rest) + ")|"
                   + "|".join(others) + r")\b", re.I)
    relays = table("quote_relays.tsv")
    relay_re = led(r"\b(?P<phrase>" + "|".join(
        re.escape(r["phrase"]).replace("\\ ", r"\s+") for r in relays) + r")\s+", re.I)
    roles = {r["role"] for r in table("roles.tsv")}
    return CueWords(
        speech=frozenset(r["cue"] for r in rows if r["use"] in ("speech", "report")),
        report=frozenset(r["cue"] for r in rows if r["use"] == "report"),
        label=frozenset(r["cue"] for r in rows if r["use"] == "label"),
        denies=frozenset(r["cue"] for r in rows if r["denies"] == "y"),
        hedge_words=frozenset(h for h in hedges if " " not in h),
        hedge_re=hedge_re,
        false_words=words("quote_false_words.txt"),
        abbreviations=words("quote_abbreviations.txt"),
        relay_re=relay_re,
        origin_phrases=frozenset(r["phrase"] for r in relays if r["role"] == "origin"),
        no_speaker=words("quote_no_speaker.txt"),
        mention_nouns=words("quote_mention_nouns.txt"),
        document_nouns=words("quote_document_nouns.txt"),
        document_verbs=words("quote_document_verbs.txt"),
        channel_nouns=words("quote_channel_nouns.txt"),
        document_cues=words("quote_document_cues.txt"),
        speaker_nouns=frozenset(words("quote_speaker_nouns.txt") | roles | {r + "s" for r in roles}),
        claims=words("quote_claim_nouns.txt"),
        person_nouns=frozenset(words("quote_speaker_nouns.txt") | roles | words("coref_epithet_nouns.txt")),
        other_words=words("quote_other_speaker_words.txt"),
        source_phrases=tuple(tuple(p.split()) for p in sorted(words("quote_source_phrases.txt"))),
    )


@dataclass
class Speaker:
    actor: str | None
    start: int | None = None
    end: int | None = None
    text: str | None = None


@dataclass
class Clause:
    """One reporting clause: the cue, who speaks, and who relays, original first."""

    cue: str | None
    cue_start: int | None
    cue_end: int | None
    speaker: Speaker
    via: list[str] = field(default_factory=list)


def lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def source_phrase(tok: Token, cw: CueWords | None = None) -> tuple[int, int] | None:
    """(first, last) token of a phrase that names its speaker as the object of its last word ('in the
    words of X', quote_source_phrases.txt) when ``tok`` is the word before that last word."""
    doc = tok.doc
    for phrase in (cw or cue_words()).source_phrases:
        k = len(phrase) - 2  # the cue token's place in the phrase
        first, last = tok.i - k, tok.i + 1
        if first < 0 or last >= len(doc) or tok.lower_ != phrase[k]:
            continue
        if all(doc[first + n].lower_ == w for n, w in enumerate(phrase)):
            return first, last
    return None


def verb_read_as_noun(tok: Token, cw: CueWords | None = None) -> Token | None:
    """'The Department of Agriculture notes, "..."': a cue verb the tagger took for a plural noun; the
    parse still gives it what only a verb has: a subject, or a clause it reports ('ccomp') with the name
    before it hung on it. That name (its subject), else None."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NNS" or lemma(tok) not in (cw or cue_words()).speech:
        return None
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None and any(c.dep_ == "ccomp" for c in tok.children):
        subj = next((c for c in tok.children if c.dep_ in ("nmod", "compound") and c.pos_ == "PROPN"
                     and c.i < tok.i), None)
    return subj


def is_cue(tok: Token, cw: CueWords, labels: bool = False) -> bool:
    if tok.lower_ == "according":  # 'according to X', whatever part of speech the tagger gave it
        return tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to"
    if cw.source_phrases and source_phrase(tok, cw) is not None:
        return True
    if tok.pos_ not in ("VERB", "AUX") and not (tok.pos_ == "NOUN" and tok.tag_ in ("VBD", "VBZ")) \
            and verb_read_as_noun(tok, cw) is None:
        return False
    low = lemma(tok)
    if low in cw.document_cues:  # 'a statement from the ministry read: ...'
        return any(c.dep_ == "nsubj" and lemma(c) in cw.document_nouns for c in tok.children)
    return low in cw.speech or (labels and low in cw.label)
