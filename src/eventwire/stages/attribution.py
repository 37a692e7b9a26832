"""Reporting clauses for the quotes stage: cue words, speakers, relays, indirect speech and hedges.

A *cue* is the verb or phrase that says somebody speaks ("said", "told", "according to"); its
*speaker* is the subject of that verb, resolved to an actor; *relays* are the outlets or people that
pass the words on ("according to TASS", "told Joongang Ilbo"), original first. The word lists live in
``eventwire/lexicons/`` (speech_cues.tsv, hedges.txt, quote_*.tsv|txt).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from urllib.parse import urlparse

from spacy.tokens import Token

from ..document import Document, sentence_of
from ..lexicon import table, words
from .actors.words import actor_words, norm
from .actors import pronoun_antecedent
from .actors.country import place_by_setting
from .actors.mentions import police_as_government

_FIRST_PERSON = {"i", "me", "we", "us", "you", "my", "our"}
_THIRD_PERSON = {"he", "she", "they", "it", "him", "her", "them"}
_RELATIVE = {"who", "which", "that"}
_CLIMB = {"advcl", "xcomp", "conj"}
_NP_INNER = {"det", "amod", "compound", "poss", "case", "nummod", "nmod", "punct", "quantmod", "predet"}


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
    speaker_nouns: frozenset[str]
    claims: frozenset[str]
    person_nouns: frozenset[str]  # singular nouns that stand for one person ('the official', 'the veteran')


def _spaced(phrase: str) -> str:
    return re.escape(phrase).replace("\\ ", r"\s+")


@lru_cache(maxsize=1)
def cue_words() -> CueWords:
    rows = table("speech_cues.tsv")
    hedges = words("hedges.txt")
    phrases = [h for h in hedges if " " in h]
    be_rest = [_spaced(p[3:]) for p in phrases if p.startswith("be ")]
    others = [_spaced(p) for p in phrases if not p.startswith("be ")]
    hedge_re = re.compile(r"\b(?:(?:is|are|was|were|be|been|being|am)\s+(?:" + "|".join(be_rest) + ")|"
                          + "|".join(others) + r")\b", re.I)
    relays = table("quote_relays.tsv")
    relay_re = re.compile(r"\b(?P<phrase>" + "|".join(
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
        speaker_nouns=frozenset(words("quote_speaker_nouns.txt") | roles | {r + "s" for r in roles}),
        claims=words("quote_claim_nouns.txt"),
        person_nouns=frozenset(words("quote_speaker_nouns.txt") | roles | words("coref_epithet_nouns.txt")),
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


def is_cue(tok: Token, cw: CueWords, labels: bool = False) -> bool:
    if tok.lower_ == "according":  # 'according to X', whatever part of speech the tagger gave it
        return tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to"
    if tok.pos_ not in ("VERB", "AUX") and not (tok.pos_ == "NOUN" and tok.tag_ in ("VBD", "VBZ")):
        return False
    return lemma(tok) in cw.speech or (labels and lemma(tok) in cw.label)


def subject_of(cue: Token) -> Token | None:
    """The subject of a cue verb, climbing over 'adding', 'saying' and conjoined verbs."""
    if cue.lower_ == "according":
        to = cue.doc[cue.i + 1]
        return next((c for c in to.children if c.dep_ == "pobj"), None)
    tok = cue
    for _ in range(4):
        tok = _host_of_adjunct(tok)
        subjects = [c for c in tok.children
                    if c.dep_ == "nsubj" or (c.dep_ == "nsubjpass" and lemma(tok) in ("quote", "cite"))]
        if subjects:  # several when the parse joins a quote or an aside to the cue: the nearest not set off
            c = min(subjects, key=lambda x: (_set_off(x, tok), x.lower_ in _FIRST_PERSON, abs(x.i - tok.i)))
            return tok.head if c.lower_ in _RELATIVE and tok.dep_ == "relcl" else c
        if tok.dep_ == "relcl":
            return tok.head
        if tok.dep_ not in _CLIMB or tok.head.i == tok.i:
            return _subject_in_fronted_phrase(tok)
        tok = _reporter_of_content(tok) or tok.head
    return None


def _subject_in_fronted_phrase(verb: Token) -> Token | None:
    """The subject the parse hung on a phrase fronted before a verb that has none: 'In an interview with
    reporters, the minister's spokesman, Ana Ruiz, said ...' (the spokesman taken for an apposition of
    'reporters'). An apposition inside a fronted prepositional phrase whose words end right before the
    comma before the verb."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.i < verb.i):
        for tok in prep.subtree:
            if tok.dep_ == "appos" and tok.right_edge.i + 2 == verb.i and tok.doc[verb.i - 1].text == "," \
                    and tok.head.dep_ == "pobj":
                return tok
    return None


def _reporter_of_content(verb: Token) -> Token | None:
    """'She said the floods had left her shaken and vowed to rebuild': a speech verb the parse joined to the
    reported clause, whose subject is a thing (things do not vow or warn), belongs to the verb that has
    that clause as its complement ('said', 'rejected the idea ...'), whose subject it shares."""
    content = verb.head
    if verb.dep_ != "conj" or not is_cue(verb, cue_words()):
        return None
    if content.dep_ == "ccomp":
        reporter = content.head
    elif content.dep_ == "acl" and content.head.lemma_.lower() in cue_words().claims:
        reporter = content.head.head  # 'dismissed the claim that tourism can ... and warned'
    else:
        return None
    thing = next((c for c in content.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if thing is None or reporter.pos_ not in ("VERB", "AUX"):
        return None  # (the verb above may report or judge: 'said the floods ...', 'rejected the idea migration ...')
    doc = thing.doc
    if thing.lower_ in ("it", "there") or (thing.pos_ == "NOUN" and thing.tag_ in ("NN", "NNS")
                                           and thing.lower_ not in cue_words().person_nouns
                                           and not any(t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
                                                       for t in doc[thing.left_edge.i:thing.i + 1])):
        return reporter
    return None


def _set_off(a: Token, b: Token) -> bool:
    """Whether one of two tokens stands inside quotation marks, dashes or brackets the other is outside
    of: an odd number of quotation marks or dashes between them, or brackets that do not pair up."""
    lo, hi = sorted((a.i, b.i))
    between = [a.doc[i] for i in range(lo + 1, hi)]  # (a list: each token made once for the three counts)
    quotes = sum(t.is_quote for t in between)
    dashes = sum(t.text in ("—", "–", "--") for t in between)
    brackets = sum(t.text == "(" for t in between) != sum(t.text == ")" for t in between)
    return quotes % 2 == 1 or dashes % 2 == 1 or brackets


def _host_of_adjunct(tok: Token) -> Token:
    """'Modi announced that India will help, calling it a gift': a participle set off by a comma after
    reported content belongs to the reporting verb, whose subject it shares, though the parse hangs it on
    the reported clause."""
    if tok.dep_ != "advcl" or tok.tag_ != "VBG" or tok.i == 0 or tok.doc[tok.i - 1].text != ",":
        return tok
    host = tok.head
    while host.dep_ == "conj" and host.head.i != host.i:
        host = host.head
    if host.dep_ == "ccomp" and host.head.pos_ in ("VERB", "AUX") and host.head.i < tok.i:
        return host.head
    return tok


def phrase_of(subj: Token) -> tuple[int, int]:
    """The token range [first, last] naming a noun phrase's referent: its modifiers up to the head."""
    doc = subj.doc
    first = subj
    while first.i > subj.left_edge.i:
        prev = doc[first.i - 1]
        hyphened = not prev.whitespace_ and prev.nbor().text == "-"  # 'self' of 'a self-described member'
        if prev.dep_ not in _NP_INNER and prev.dep_ not in ("flat", "appos") and not hyphened or not _under(prev, subj):
            break
        first = prev
    while first.i < subj.i and (first.is_punct or first.dep_ == "cc"):
        first = doc[first.i + 1]
    last = subj
    while last.i + 1 < len(doc) and doc[last.i + 1].head.i == subj.i and \
            doc[last.i + 1].dep_ in ("compound", "flat", "appos") and doc[last.i + 1].pos_ == "PROPN":
        last = doc[last.i + 1]
    return first.i, last.i


def _under(tok: Token, head: Token) -> bool:
    for _ in range(6):
        if tok.i == head.i:
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return tok.i == head.i


def actor_of_phrase(doc: Document, first: int, last: int) -> str | None:
    """The actor named nearest the head of tokens first..last (the rightmost one)."""
    assert doc.nlp is not None
    for i in range(last, first - 1, -1):
        aid = doc.actor_of_token(doc.nlp[i])
        if aid:
            return aid
    return None


def resolve_speaker(doc: Document, subj: Token, outer: str | None = None) -> Speaker:
    """The actor a subject token stands for; pronouns go to their antecedent ('I'/'we' to ``outer``); a
    plural reference coreference resolved ('both leaders', 'they') to the first actor of it the text named."""
    end = subj.idx + len(subj.text)
    if subj.lower_ in _FIRST_PERSON:
        return Speaker(outer, subj.idx, end, subj.text)
    several = doc.referents(subj)
    if len(several) >= 2:  # 'both leaders said', 'they said': the first the text named speaks for them
        first, last = phrase_of(subj)
        start = subj.doc[first].idx
        return Speaker(several[0], start, end, doc.text[start:end])
    if subj.lower_ in _THIRD_PERSON:
        return Speaker(pronoun_antecedent(doc, subj), subj.idx, end, subj.text)
    named = _described_name(doc, subj)
    if named is not None:
        subj = named
    first, last = phrase_of(subj)
    assert doc.nlp is not None
    of = _of_phrase(subj) if doc.actor_of_token(doc.nlp[last]) is None else None
    if of is not None:  # "the head of UNICEF" (its object's own words: not "an assessment of attitudes on Chinese media")
        obj = next(g for g in of.children if g.dep_ == "pobj")
        last = max(phrase_of(obj)[1], obj.i)
    start, end = doc.nlp[first].idx, doc.nlp[last].idx + len(doc.nlp[last].text)
    if subj.pos_ == "NOUN" and doc.actor_of_token(subj) is None:
        # 'Guterres' spokesman, Stephane Dujarric, told ...': the apposition names the speaker, and a
        # person named as the owner of a role ('Guterres' spokesman') is not the one who speaks
        aid = _appositive_actor(doc, subj) or _not_owner(doc, subj, first, last)
    else:
        aid = actor_of_phrase(doc, first, last) or _appositive_actor(doc, subj)
    if of is None and _definite_person(doc, subj, first, last, aid):
        aid = _same_country(doc, pronoun_antecedent(doc, subj, person=True), first, last) or aid
    kind = doc.actor(aid).kind if aid else None
    if aid is None or (doc.actor_of_token(subj) is None and kind == "country" and
                       subj.lower_ in cue_words().speaker_nouns):
        aid = _describe(doc, subj, start, end) or aid  # "Eight Republican U.S. senators" are not the U.S.
    return Speaker(aid, start, end, doc.text[start:end])


def _described_name(doc: Document, subj: Token) -> Token | None:
    """'Family friend and historian Dr Ann Roe', 'said Lagos-based lawyer and activist Tunde Bello': singular
    nouns with no article, joined by 'and' to a person's name, are that one person's descriptions (a
    bare singular noun stands before a name only as its title); the name is the speaker."""
    if subj.pos_ != "NOUN" or subj.tag_ != "NN" or doc.actor_of_token(subj) is not None:
        return None
    if any(c.dep_ in ("det", "poss", "nummod") for c in subj.children):
        return None
    if not any(c.dep_ == "cc" and c.lower_ == "and" for c in subj.children):
        return None
    for c in subj.children:
        if c.dep_ == "conj" and c.pos_ == "PROPN" and c.i > subj.i:
            actor = doc.actor(doc.actor_of_token(c) or "")
            if actor is not None and actor.kind in ("person", "media") and not _set_off(subj, c) and \
                    not any(t.text == "," for t in subj.doc[subj.i + 1:c.i]):
                return c
    return None


def _definite_person(doc: Document, subj: Token, first: int, last: int, aid: str | None) -> bool:
    """'the railway official said', 'said the retired engineer from Tunis': a definite singular noun
    for a person, naming nobody itself, that coreference left alone or made into an actor of its own
    (``aid``, named by these very words); it stands for the person the text has just been talking
    about, as 'he' would."""
    assert doc.nlp is not None
    if subj.pos_ != "NOUN" or subj.tag_ != "NN" or subj.lower_ not in cue_words().person_nouns:
        return False
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children):
        return False
    actor = doc.actor(aid) if aid else None
    if actor is not None and actor.kind != "country" and (
            actor.kind != "person" or len(actor.mentions) > 1 or
            norm(actor.name) != norm(doc.text[doc.nlp[first].idx:subj.idx + len(subj.text)])):
        return False  # coreference linked it to somebody
    for t in doc.nlp[first:last + 1]:
        other = doc.actor(doc.actor_of_token(t) or "")
        if t.pos_ == "PROPN" or (other is not None and other.id != aid and other.kind != "country"):
            return False  # 'the Kremlin spokesman', 'the Hamas official': somebody else's
    return True


def _same_country(doc: Document, aid: str | None, first: int, last: int) -> str | None:
    """``aid`` unless its country contradicts a demonym among tokens first..last ('the French minister')."""
    assert doc.nlp is not None
    actor = doc.actor(aid)
    if actor is None:
        return None
    for t in doc.nlp[first:last + 1]:
        place = doc.actor(doc.actor_of_token(t) or "")
        if place is not None and place.kind == "country" and actor.country and place.country != actor.country:
            return None
    return aid


def _not_owner(doc: Document, subj: Token, first: int, last: int) -> str | None:
    """The actor a role noun's phrase names, unless it is a person owning the role ("Putin's aide")."""
    aid = actor_of_phrase(doc, first, last)
    actor = doc.actor(aid)
    if actor is None or actor.kind != "person" or subj.lower_ not in cue_words().speaker_nouns:
        return aid
    assert doc.nlp is not None
    owners = [t for t in doc.nlp[first:last + 1] if doc.actor_of_token(t) == aid and t.dep_ in ("poss", "nmod")]
    return None if owners else aid


def _appositive_actor(doc: Document, subj: Token) -> str | None:
    """'A government spokesman, Carlos Sitoe, rejected ...': the person the appositive names."""
    for c in subj.children:
        if c.dep_ == "appos":  # its own words, not a place it hangs on ('Imran Hayat, the superintendent in Quetta')
            first, last = phrase_of(c)
            aid = actor_of_phrase(doc, first, max(last, c.i))
            if aid:
                return aid
    return None


def _of_phrase(subj: Token) -> Token | None:
    """'of UNICEF' in 'the head of UNICEF': the prepositional phrase that says whose the head is."""
    for c in subj.rights:
        if c.dep_ == "prep" and c.lower_ in ("of", "at", "for") and any(g.dep_ == "pobj" for g in c.children):
            return c
    return None


def _describe(doc: Document, subj: Token, start: int, end: int) -> str | None:
    """A new actor for a speaker named only by a description ('a local resident', 'analysts')."""
    cw = cue_words()
    if subj.pos_ == "PROPN" and subj.ent_type_ not in ("PERSON", "ORG"):
        return None
    if subj.pos_ != "PROPN" and subj.lower_ not in cw.speaker_nouns:
        return None
    w = actor_words()
    words_all = doc.text[subj.left_edge.idx:subj.right_edge.idx + len(subj.right_edge.text)]
    inst = w.institution_in(words_all)
    country = w.country_in(words_all) or (inst.country if inst else None)
    if subj.pos_ == "PROPN":
        kind = "organization" if subj.ent_type_ == "ORG" else "person"
    else:
        kind = "group" if subj.tag_ == "NNS" else "person"
    name = doc.text[start:end]
    for a in doc.actors:
        if norm(a.name) == norm(name) and a.kind == kind:
            doc.add_mention(a, start, end)
            return a.id
    role = w.role_in(words_all)
    sector = w.body_sector_in(words_all) or (w.roles.get(role, (None, False))[0] if role else None)
    if sector is None:
        sector = _described_sector(w, words_all)
    actor = doc.new_actor(name, kind, country=country, sector=sector,
                          code=f"{country or ''}{sector or ''}" or None)
    doc.add_mention(actor, start, end)
    place_by_setting(doc, actor)  # 'security sources', 'a local resident': the story's country
    police_as_government(actor)
    return actor.id


def _described_sector(w, words_all: str) -> str | None:
    """The sector a speaker's description gives when read as a person's title is ('a member of a crime group'
    CRM, 'a member of the upper house' LEG; ``sector.title_sector``): filled only where the role and body
    words above gave none, and never the civilian default (a former office, a head noun of no sector)."""
    from .actors.mentions import Title
    from .actors.sector import NO_SECTOR, title_sector

    _, sector = title_sector(w, Title(words_all, "", [words_all], ""))
    return sector if sector and sector not in NO_SECTOR and sector != "CVL" else None


def noun_phrase_after(doc: Document, offset: int) -> Token | None:
    """The head noun of the noun phrase starting at or after ``offset``."""
    assert doc.nlp is not None
    span = doc.nlp.char_span(offset, min(len(doc.text), offset + 1), alignment_mode="expand")
    if span is None or not len(span):
        return None
    tok = span[0]
    for _ in range(6):
        if tok.dep_ in _NP_INNER and tok.head.i > tok.i:
            tok = tok.head
        else:
            break
    return tok


# ---- the article's own outlet -----------------------------------------------------------------

@lru_cache(maxsize=1)
def _flat_outlet_names() -> tuple[tuple[str, str], ...]:
    """Each outlet name with its letters only, lower-cased ("Al Jazeera" -> "aljazeera"), as a web host's
    name may write it; names of fewer than three letters are left out."""
    out = []
    for alias in actor_words().outlet_names:
        flat = re.sub(r"[^a-z]", "", alias.lower())
        if len(flat) >= 3:
            out.append((flat, alias))
    return tuple(out)


@lru_cache(maxsize=256)  # a run's articles come from a few sites: the outlet list is searched once per site
def _site_outlet_names(site: str) -> frozenset[str]:
    """The outlet names (as ``norm`` writes them) a web host's name starts with, and the known names they stand for."""
    w = actor_words()
    names: set[str] = set()
    for flat, alias in _flat_outlet_names():
        if site.startswith(flat):
            names.add(norm(alias))
            names.add(norm(w.known[norm(alias)].name))
    return frozenset(names)


def own_outlets(doc: Document) -> set[str]:
    """Ids of the actors that are the outlet publishing the article (never part of a chain)."""
    w = actor_words()
    names: set[str] = set()
    if doc.article.outlet:
        names.add(norm(doc.article.outlet))
        known = w.known.get(norm(doc.article.outlet))
        if known:
            names.add(norm(known.name))
    host = urlparse(doc.article.url or "").hostname or ""
    labels = [x for x in host.split(".") if x not in ("www", "com", "org", "net", "co", "uk", "news")]
    if labels:
        names |= _site_outlet_names(labels[-1])
    if not names:
        return _outlet_by_text(doc)
    return {a.id for a in doc.actors if a.kind == "media" and (
        norm(a.name) in names or any(norm(m.text) in names for m in a.mentions))}


@lru_cache(maxsize=1)
def _outlet_cues() -> tuple[re.Pattern[str], list[tuple[re.Pattern[str], int]]]:
    rows = table("own_outlet_cues.tsv")
    before = re.compile(r"\b(?:" + "|".join(
        re.escape(r["phrase"]).replace("\\ ", r"\s+") for r in rows if r["side"] == "before") + r")\s+(?:the\s+|an?\s+)?$", re.I)
    after = [(re.compile(r"^(?:['’]s\s+)?(?:" + re.escape(r["phrase"]).replace(re.escape("... "), r"(?:[^.!?]*?\s)?")
                         .replace("\\ ", r"\s+") + r")\b", re.I), int(r["weight"]))
             for r in rows if r["side"] == "after"]
    return before, after


# "As the author told <outlet>, ..." cites an interview another outlet made: that outlet is a relay
_CITED_INTERVIEW = re.compile(r"(?:^|[.;:!?][\"”’']?\s+|,\s+)As\s+[^.;:!?]{1,80}?\btold\s+(?:[Tt]he\s+)?$")


def _outlet_by_text(doc: Document) -> set[str]:
    """The publisher told by the text alone, for a story that comes without outlet or address: the one
    media actor its cues name (own_outlet_cues.tsv) with weight 2 or more, more than any other outlet.
    "As X told <outlet>" does not count: it cites an interview that outlet made."""
    before, after = _outlet_cues()
    weights: dict[str, int] = {}
    for a in doc.actors:
        if a.kind != "media":
            continue
        for m in a.mentions:
            w = 1 if before.search(doc.text, max(0, m.start - 40), m.start) \
                and not _CITED_INTERVIEW.search(doc.text, max(0, m.start - 120), m.start) else 0
            rest = doc.text[m.end:m.end + 160].lstrip()
            w += max((weight for pattern, weight in after if pattern.match(rest)), default=0)
            weights[a.id] = weights.get(a.id, 0) + w
    ranked = sorted(weights.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < 2 or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return set()
    return {ranked[0][0]}


# ---- relays -----------------------------------------------------------------------------------

def relays(doc: Document, tokens: list[Token], speaker: str | None, own: set[str],
           kinds: dict[str, str]) -> tuple[list[str], list[str]]:
    """(relays, origins) named among ``tokens`` (a reporting clause outside the quoted words).

    Relays: media actors in the clause ("told Joongang Ilbo") then those after a relay phrase
    ("according to TASS"), in text order. Origins: those the speaker cites ("citing an official").
    """
    if not tokens:
        return [], []
    cw = cue_words()
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    direct: list[str] = []
    phrased: list[str] = []
    origins: list[str] = []
    taken: set[int] = set()
    for m in cw.relay_re.finditer(doc.text, start, end):
        head = noun_phrase_after(doc, m.end())
        if head is None or head.idx >= end:
            continue
        first, last = phrase_of(head)
        aid = actor_of_phrase(doc, first, last)
        taken.update(range(first, last + 1))
        if not aid or aid == speaker or aid in own:
            continue
        bucket = origins if re.sub(r"\s+", " ", m.group("phrase").lower()) in cw.origin_phrases else phrased
        if aid not in bucket:
            bucket.append(aid)
    for tok in tokens:
        aid = doc.actor_of_token(tok)
        if tok.i in taken or not aid or aid == speaker or kinds.get(aid) != "media" or aid in own:
            continue
        if aid not in direct and aid not in phrased:
            direct.append(aid)
    return direct + [a for a in phrased if a not in direct], origins


def clause_from_cue(doc: Document, cue: Token, region: list[Token], own: set[str], kinds: dict[str, str],
                    outer: str | None = None) -> Clause:
    """Speaker and relays of a reporting clause whose cue is ``cue``; ``region`` is the clause's words."""
    subj = subject_of(cue)
    speaker = resolve_speaker(doc, subj, outer) if subj is not None else Speaker(None)
    if subj is None and cue.lower_ != "according":
        speaker = inverted_speaker(doc, cue, region, outer)
    via, origins = relays(doc, region, speaker.actor, own, kinds)
    if cue.lower_ == "according":
        text, cue_end = "according to", cue.doc[cue.i + 1].idx + len(cue.doc[cue.i + 1].text)
    else:
        text, cue_end = cue.text.lower(), cue.idx + len(cue.text)
    if origins and speaker.actor:  # "Yonhap reported, citing an official": the official said it first
        via, speaker = [speaker.actor, *via], Speaker(origins[0])
    return Clause(text, cue.idx, cue_end, speaker, via)


def inverted_speaker(doc: Document, cue: Token, region: list[Token], outer: str | None) -> Speaker:
    """'..., said Kim': the first person-like noun after the cue in its clause, when the parse gave no subject."""
    for tok in region:
        if tok.i <= cue.i or tok.is_punct:
            continue
        if tok.pos_ in ("PROPN", "NOUN", "PRON") and tok.dep_ not in ("dobj", "pobj", "dative", "npadvmod"):
            return resolve_speaker(doc, tok.head if tok.dep_ == "compound" else tok, outer)
        if tok.pos_ in ("VERB", "ADP", "SCONJ"):
            break
    return Speaker(None)


# ---- indirect speech, "according to", hedges ---------------------------------------------------

@dataclass
class Candidates:
    """Tokens worth a look, picked in one pass over the word strings: cue verbs, 'according', hedge words."""

    cues: list[Token]
    according: list[Token]
    hedges: list[Token]


def candidates(doc: Document) -> Candidates:
    """Read off the article's word strings, made once per article (``Document.token_strings``; events reads
    the same lists), with set lookups: two ``numpy.isin`` calls over the parse's arrays cost more on an
    article's few hundred words. A speech cue's lemma is matched as written (the lists are lower case, so
    its lower-cased lemma finds every candidate and the lemma itself decides)."""
    assert doc.nlp is not None
    cw = cue_words()
    tokens = doc.tokens()
    lowers = doc.token_strings("LOWER")
    speech = [tokens[i] for i, lemma in enumerate(doc.token_strings("LEMMA", lower=True))
              if lemma in cw.speech and tokens[i].lemma_ in cw.speech]
    return Candidates(speech, [tokens[i] for i, low in enumerate(lowers) if low == "according"],
                      [tokens[i] for i, low in enumerate(lowers) if low in cw.hedge_words])


@dataclass
class Report:
    """Reported speech found outside quote marks: content span, its clause, and how it was found."""

    start: int
    end: int
    clause: Clause
    kind: str  # "indirect" or "hedge"
    negated: bool = False
    nominal: bool = False  # the content is a noun phrase ("reported the news of the invite")
    inside_quote: bool = False  # the cue lies inside somebody's quoted words


def trim(doc: Document, first: int, last: int) -> tuple[int, int] | None:
    """Character span of tokens first..last without leading 'that'/punctuation and trailing punctuation."""
    assert doc.nlp is not None
    while first <= last and (doc.nlp[first].is_punct or doc.nlp[first].is_space or
                             (doc.nlp[first].dep_ in ("mark", "advmod") and doc.nlp[first].lower_ in ("that", "whether", "if"))):
        first += 1
    while last >= first and (doc.nlp[last].is_punct or doc.nlp[last].is_space):
        last -= 1
    if last < first:
        return None
    return doc.nlp[first].idx, doc.nlp[last].idx + len(doc.nlp[last].text)


def content_of(cue: Token, cw: CueWords) -> tuple[Token, bool] | None:
    """The complement that holds what was said: a clause, or for report-type cues a noun object."""
    for c in cue.children:
        if c.dep_ == "ccomp" and c.i > cue.i - 40:
            return c, False
    if lemma(cue) in cw.report or lemma(cue) in cw.denies:
        for c in cue.children:
            if c.dep_ in ("dobj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN", "PRON") and c.i > cue.i:
                if lemma(cue) in cw.denies and lemma(c) not in cw.claims:
                    return None  # "denied entry", "dismissed the minister": a refusal, not a denial
                return c, True
    return None


def has_negation(tok: Token) -> bool:
    return any(c.dep_ == "neg" for c in tok.children)


def calls_false(content: Token, cw: CueWords) -> bool:
    """'rumors about X were unfounded': the complement says the claim is untrue."""
    if content.lower_ in cw.false_words:
        return True
    return any(c.dep_ in ("acomp", "attr") and c.lower_ in cw.false_words for c in content.children)


def region_without(doc: Document, sent_first: int, sent_last: int, skip: list[tuple[int, int]]) -> list[Token]:
    assert doc.nlp is not None
    tokens = doc.tokens()[sent_first:sent_last + 1]
    if not skip:
        return [t for t in tokens if not t.is_space]
    out = []
    for t in tokens:  # each token's offset read once, not once per skipped span
        if t.is_space:
            continue
        at = t.idx
        for s, e in skip:
            if s <= at < e:
                break
        else:
            out.append(t)
    return out


def speech_reports(doc: Document, cands: Candidates, quoted: list[tuple[int, int]], own: set[str],
                   kinds: dict[str, str], used: set[int]) -> list[Report]:
    """'X said (that) ...', 'X told reporters ...', 'X denied that ...', 'X reported the news ...'."""
    cw = cue_words()
    found: list[Report] = []
    assert doc.nlp is not None
    for tok in cands.cues:
        if tok.i in used or tok.pos_ != "VERB" or lemma(tok) not in cw.speech:
            continue
        got = content_of(tok, cw)
        if got is None:
            continue
        content, nominal = got
        span = trim(doc, content.left_edge.i, content.right_edge.i)
        inside = any(s <= tok.idx < e for s, e in quoted)
        others = [q for q in quoted if not q[0] <= tok.idx < q[1]]
        if span is None or _mostly_quoted(span, others) or (inside and not _within(span, quoted)):
            continue
        denies = lemma(tok) in cw.denies
        if has_negation(tok) and not denies:
            continue
        sent = sentence_of(tok)
        region = region_without(doc, sent.start, sent.end - 1, [span, *quoted])
        clause = clause_from_cue(doc, tok, region, own, kinds)
        if clause.speaker.actor is None and clause.speaker.text is None:
            continue  # "it was reported that": left to the hedge finder
        negated = (denies and not has_negation(tok)) or calls_false(content, cw)
        found.append(Report(*span, clause, "indirect", negated, nominal, inside))
    return found


def _within(span: tuple[int, int], quoted: list[tuple[int, int]]) -> bool:
    return any(s <= span[0] and span[1] <= e for s, e in quoted)


def _mostly_quoted(span: tuple[int, int], quoted: list[tuple[int, int]]) -> bool:
    """Most of the span is quoted words, or the span cuts through a quote (one mark in, one out)."""
    if any((span[0] <= s - 1 < span[1]) != (span[0] <= e < span[1]) for s, e in quoted):
        return True
    size = span[1] - span[0]
    covered = sum(max(0, min(e, span[1]) - max(s, span[0])) for s, e in quoted)
    return size > 0 and covered * 2 > size


def according_reports(doc: Document, cands: Candidates, quoted: list[tuple[int, int]], own: set[str],
                      kinds: dict[str, str], used: set[int]) -> list[Report]:
    """'According to X, ...': X says the rest of the clause."""
    found: list[Report] = []
    assert doc.nlp is not None
    for tok in cands.according:
        if tok.lower_ != "according" or tok.i in used or tok.i + 1 >= len(doc.nlp) or doc.nlp[tok.i + 1].lower_ != "to":
            continue
        if any(s <= tok.idx < e for s, e in quoted):
            continue
        head = tok.head
        if head.pos_ in ("VERB", "AUX") and head.i != tok.i and lemma(head) in cue_words().speech and subject_of(head):
            continue  # "RIA reported ..., according to Yonhap": a relay of that clause
        pobj = subject_of(tok)
        if pobj is None:
            continue
        first, last = phrase_of(pobj)
        if actor_of_phrase(doc, first, last) is None and pobj.lower_ not in cue_words().speaker_nouns:
            continue  # "according to the constitution" names no speaker
        pp = (tok.i, pobj.right_edge.i)
        span = _clause_without(doc, head if head.i != tok.i else tok, pp)
        if span is None or _mostly_quoted(span, quoted):
            continue
        sent = sentence_of(tok)
        region = region_without(doc, sent.start, sent.end - 1, [span, *quoted])
        clause = clause_from_cue(doc, tok, region, own, kinds)
        found.append(Report(*span, clause, "indirect"))
    return found


def _clause_without(doc: Document, head: Token, pp: tuple[int, int]) -> tuple[int, int] | None:
    """The clause of ``head`` without the 'according to X' phrase at its start or end."""
    sent = sentence_of(head)
    first, last = sent.start, sent.end - 1
    if pp[0] <= first + 1:
        first = pp[1] + 1
    elif pp[1] >= last - 1:
        last = pp[0] - 1
    return trim(doc, first, last)


def hedges(doc: Document, cands: Candidates, quoted: list[tuple[int, int]]) -> list[Report]:
    """'reportedly', 'allegedly', 'is said to', 'reports say': hearsay with no speaker named."""
    cw = cue_words()
    found: list[Report] = []
    assert doc.nlp is not None
    for tok in cands.hedges:
        if not any(s <= tok.idx < e for s, e in quoted):
            head = tok.head if tok.head.pos_ in ("VERB", "AUX") else tok
            span = trim(doc, head.left_edge.i, head.right_edge.i)
            if span:
                found.append(Report(*span, Clause(tok.lower_, tok.idx, tok.idx + len(tok.text), Speaker(None)), "hedge"))
    for m in cw.hedge_re.finditer(doc.text):
        if any(s <= m.start() < e for s, e in quoted):
            continue
        span = doc.nlp.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None:
            continue
        sent = sentence_of(span)
        whole = trim(doc, sent.start, sent.end - 1)
        if whole:
            cue = re.sub(r"\s+", " ", m.group(0).lower())
            found.append(Report(*whole, Clause(cue, m.start(), m.end(), Speaker(None)), "hedge"))
    return found


def source_hedges(doc: Document, reports: list[Report]) -> None:
    """A hedged lead ('X reportedly did Y') takes its source from a following report of the news
    ('RIA Novosti reported the news of the invite'): a nominal report within the next two sentences."""
    assert doc.nlp is not None
    sent_starts = doc.sentence_starts()

    def index(offset: int) -> int:
        return max(0, bisect_right(sent_starts, offset) - 1)

    for hedge in (r for r in reports if r.kind == "hedge" and r.clause.speaker.actor is None):
        here = index(hedge.clause.cue_start or hedge.start)
        for rep in reports:
            if rep.kind != "indirect" or not rep.nominal or rep.clause.speaker.actor is None or rep.clause.cue_start is None:
                continue
            if 0 < index(rep.clause.cue_start) - here <= 2 and _anaphoric(doc, rep):
                hedge.clause.speaker = Speaker(rep.clause.speaker.actor)
                hedge.clause.via = list(rep.clause.via)
                break


def _anaphoric(doc: Document, rep: Report) -> bool:
    """The reported noun phrase points back: 'the news', 'the invite', 'it', 'this'."""
    span = doc.nlp.char_span(rep.start, rep.end, alignment_mode="expand") if doc.nlp is not None else None
    return bool(span) and span[0].lower_ in ("the", "this", "that", "these", "those", "it", "such")


