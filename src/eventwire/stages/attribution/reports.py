"""Relays of quoted words, and reported speech without quotation marks: indirect speech, "according to", hedges."""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from spacy.tokens import Token

from ...document import Document, sentence_of
from ..nlp.tree import FINITE_TAGS
from .cues import Clause, CueWords, Speaker, cue_words, lemma, source_phrase
from .speakers import actor_of_phrase, document_author, noun_phrase_after, phrase_of, resolve_speaker, subject_of


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
    phrase = source_phrase(cue) if cue.lower_ != "according" else None
    if cue.lower_ == "according":
        text, cue_end = "according to", cue.doc[cue.i + 1].idx + len(cue.doc[cue.i + 1].text)
    elif phrase is not None:  # 'in the words of X'
        first, last = cue.doc[phrase[0]], cue.doc[phrase[1]]
        text, cue_end = cue.doc.text[first.idx:last.idx + len(last.text)].lower(), last.idx + len(last.text)
    else:
        text, cue_end = cue.text.lower(), cue.idx + len(cue.text)
    if origins and speaker.actor:  # "Yonhap reported, citing an official": the official said it first
        via, speaker = [speaker.actor, *via], Speaker(origins[0])
    return Clause(text, cue.doc[phrase[0]].idx if phrase else cue.idx, cue_end, speaker, via)


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
    """Read off the article's index of its words, made once per article (``Document.token_numbers``: the
    words of a cue list the article holds, in order, met in C; events reads the same index), not a step per
    word of the article for each list. A speech cue's lemma is matched as written (the lists are lower
    case, so its lower-cased lemma finds every candidate and the lemma itself decides)."""
    assert doc.nlp is not None
    cw = cue_words()
    tokens = doc.tokens()
    speech = [tokens[i] for i in doc.token_numbers("LEMMA", cw.speech, lower=True) if tokens[i].lemma_ in cw.speech]
    return Candidates(speech, [tokens[i] for i in doc.token_numbers("LOWER", _ACCORDING)],
                      [tokens[i] for i in doc.token_numbers("LOWER", cw.hedge_words)])


_ACCORDING = frozenset({"according"})


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
        if actor_of_phrase(doc, first, last) is None and pobj.lower_ not in cue_words().speaker_nouns and \
                not (lemma(pobj) in cue_words().document_nouns and document_author(doc, pobj)):
            continue  # "according to the constitution" names no speaker ("according to a statement by X" does)
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
    else:  # the phrase reaches on past its noun ('..., according to X in 2017.'), or a heading the sentence
        toks = doc.nlp  # took in stands before it ('Floods rise According to X, ...'): cut at its comma
        assert toks is not None
        if toks[pp[0] - 1].text == "," and not any(_finite(t) for t in toks[pp[1] + 1:last + 1]):
            last = pp[0] - 2
        elif pp[0] - first <= _HEADING_WORDS and toks[pp[0]].text == "According":
            comma = next((i for i in range(pp[1] + 1, last) if toks[i].text == ","), None)
            if comma is not None and not any(_finite(t) for t in toks[pp[1] + 1:comma]):
                first = comma + 1
    return trim(doc, first, last)


_HEADING_WORDS = 4  # words of a heading a sentence may take in before 'According to X, ...'


def _finite(tok: Token) -> bool:
    return tok.tag_ in FINITE_TAGS


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
