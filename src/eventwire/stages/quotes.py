"""quotes stage: who said what, to whom, through whom.

1. Quote marks are paired by what stands on either side of them (straight, curly, single, nested;
   apostrophes are told apart by the letters around them). A quote left open recovers at the end of
   its paragraph, or where a new opening mark starts the next paragraph of the same quote.
2. Each quote gets its reporting clause: a cue ("said", "told", "according to") after it, before it,
   split around it, or in the sentence before; the cue's subject is the speaker, outlets and relays
   in the clause make the chain (``via``, original first).
3. Indirect speech ("X said that ...", "according to X, ..."), denials and hedges ("reportedly")
   become Attributions too, for the events stage.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Token

from ..document import Attribution, Document, sentence_of
from ..record import Quote
from .attribution import (Clause, Report, Speaker, according_reports, candidates, clause_from_cue, cue_words, hedges, is_cue,
                          own_outlets, resolve_speaker, source_hedges, speech_reports, subject_of)

_DOUBLE = '"“”«»„'
_SINGLE = "'‘’"
_MARKS = re.compile(r"[\"“”«»„'‘’\n]")
_OPEN_BEFORE = set("([{—–-/") | set(_DOUBLE) | set(_SINGLE)
_CLOSE_AFTER = set(".,;:!?)]}—–-…") | set(_DOUBLE) | set(_SINGLE)
_MAX_UNCLOSED = 600
_DASHES = "—–-"


@dataclass
class Piece:
    """Words between a pair of quote marks (offsets without the marks)."""

    start: int
    end: int
    open_at: int
    close_at: int | None  # None: never closed (recovered at a paragraph end or a new opening mark)
    outer_open: int | None = None  # nested: the opening mark of the enclosing quote
    nested_in: int | None = None  # nested: index of the enclosing piece in the sorted list
    continues: bool = False  # the same quote goes on in the next piece (next paragraph)
    continued: bool = False  # this piece goes on from the previous one
    kind: str = "direct"
    clause: Clause | None = None


# ---- finding the quote marks ------------------------------------------------------------------

def mark_side(text: str, i: int) -> str | None:
    """'open', 'close' or None (cannot tell), from the characters around the mark at ``i``."""
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    opens = (prev.isspace() or prev in _OPEN_BEFORE) and not nxt.isspace()
    closes = not prev.isspace() and (nxt.isspace() or nxt in _CLOSE_AFTER)
    if opens != closes:
        return "open" if opens else "close"
    if text[i] in "“«„‘":
        return "open"
    if text[i] in "”»’":
        return "close"
    return None


def is_apostrophe(text: str, i: int) -> bool:
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    return (prev.isalnum() and nxt.isalnum()) or (text[i] == "’" and not prev.isalnum() and nxt.isdigit())


def _single_closer(text: str, i: int) -> bool:
    """A matching closing single mark follows within the paragraph, before any double mark."""
    for j in range(i + 1, min(len(text), i + 300)):
        ch = text[j]
        if ch == "\n" or ch in _DOUBLE:
            return False
        if ch in "’'" and not is_apostrophe(text, j) and mark_side(text, j) == "close":
            return True
    return False


@dataclass
class _Open:
    kind: str  # "d" (double) or "s" (single)
    at: int
    outer: int | None = None  # for a single inside a double: the double's opening mark
    continued: bool = False


class MarkScanner:
    """Pairs quote marks in one pass over the text."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.pieces: list[Piece] = []
        self.stack: list[_Open] = []
        self.goes_on = False  # the last piece continues: the next opening mark continues it

    def scan(self) -> list[Piece]:
        for m in _MARKS.finditer(self.text):
            i = m.start()
            ch = self.text[i]
            if ch == "\n":
                self.paragraph_end(i)
            elif ch in _DOUBLE:
                self.double(i)
            elif not is_apostrophe(self.text, i):
                self.single(i)
        self.paragraph_end(len(self.text))
        return self.pieces

    def open_double(self, i: int) -> None:
        self.stack.append(_Open("d", i, continued=self.goes_on))
        self.goes_on = False

    def record(self, o: _Open, end: int, close_at: int | None, continues: bool = False) -> None:
        self.pieces.append(Piece(o.at + 1, end, o.at, close_at, o.outer, continued=o.continued,
                                 continues=continues))
        self.goes_on = continues

    def double(self, i: int) -> None:
        side = mark_side(self.text, i)
        if side is None:
            return
        while self.stack and self.stack[-1].kind == "s":
            self.stack.pop()  # a single quote left open inside: drop it
        if not self.stack:
            if side == "open":
                self.open_double(i)
            return
        if side == "close":
            self.record(self.stack.pop(), i, i)
        else:
            self.reopen(i)

    def reopen(self, i: int) -> None:
        """An opening mark while a quote is open: a new paragraph of the same quote, or a stray mark."""
        o = self.stack.pop()
        before = self.text[o.at + 1:i].rstrip()
        self.goes_on = False
        if before and before[-1] in ".!?…,;:" and len(before) <= _MAX_UNCLOSED:
            self.record(o, o.at + 1 + len(before), None, continues=True)
        self.open_double(i)

    def single(self, i: int) -> None:
        side = mark_side(self.text, i)
        ch = self.text[i]
        if self.stack and self.stack[-1].kind == "s":
            if side == "close" or (ch in "’'" and side != "open"):
                self.record(self.stack.pop(), i, i)
            return
        if side != "open" or ch == "’":
            return
        if self.stack:
            self.stack.append(_Open("s", i, outer=self.stack[-1].at))
        elif _single_closer(self.text, i):
            self.stack.append(_Open("s", i))

    def paragraph_end(self, i: int) -> None:
        while self.stack and self.stack[-1].kind == "s":
            self.stack.pop()
        if not self.stack:
            return  # a blank line keeps what the paragraph before it said about continuing
        o = self.stack.pop()
        body = self.text[o.at + 1:i].rstrip()
        rest = re.match(r"\s*", self.text[i:])
        j = i + (rest.end() if rest else 0)
        goes_on = j < len(self.text) and self.text[j] in _DOUBLE and mark_side(self.text, j) == "open"
        self.goes_on = False
        if body and len(body) <= _MAX_UNCLOSED and (goes_on or body[-1] in ".!?…"):
            self.record(o, o.at + 1 + len(body), None, continues=goes_on)


def find_pieces(text: str) -> list[Piece]:
    """Every quoted span in text order; nested ones point at their enclosing piece."""
    pieces = sorted((p for p in MarkScanner(text).scan() if text[p.start:p.end].strip()), key=lambda p: p.start)
    where = {p.open_at: n for n, p in enumerate(pieces) if p.outer_open is None}
    for p in pieces:
        if p.outer_open is not None:
            p.nested_in = where.get(p.outer_open)
            if p.nested_in is None:
                p.outer_open = None  # its enclosing quote was not kept: stands alone
    return pieces


# ---- sentences outside the quotes -------------------------------------------------------------

def boundaries(text: str, pieces: list[Piece]) -> list[int]:
    """Offsets where sentences begin, ignoring full stops inside quoted words (but not at their end)."""
    masked = list(text)
    for p in pieces:
        if p.nested_in is None:
            for k in range(p.start, max(p.start, p.end - 1)):
                if masked[k] in ".!?":
                    masked[k] = "x"
    flat = "".join(masked)
    abbrevs = cue_words().abbreviations
    starts = [0]
    for m in re.finditer(r"[.!?…]+[\"“”’'»)]*(\s+)(?=[\"“‘'«(]?[A-Z0-9])|\n\s*", flat):
        w = flat[max(flat.rfind(" ", 0, m.start()), flat.rfind("\n", 0, m.start())) + 1:m.start() + 1]
        w = w.rstrip(".").lower()
        if "\n" not in m.group(0) and (w in abbrevs or re.fullmatch(r"(?:[a-z]\.)*[a-z]", w)):
            continue
        starts.append(m.end())
    return sorted(set(starts))


@dataclass
class Frame:
    """What surrounds a piece in its sentence: the words before it and after it, outside quotes."""

    prefix: tuple[int, int]
    tail: tuple[int, int]
    sentence: int


def frames(text: str, pieces: list[Piece], starts: list[int]) -> list[Frame]:
    tops = [p for p in pieces if p.nested_in is None]
    out = []
    for p in pieces:
        n = bisect_right(starts, p.open_at) - 1
        if p.nested_in is not None or p.close_at is None:
            out.append(Frame((starts[n], p.open_at), (p.end, p.end), n))
            continue
        n_end = bisect_right(starts, p.close_at) - 1
        s_end = starts[n_end + 1] if n_end + 1 < len(starts) else len(text)
        closes = [q.close_at + 1 for q in tops if q.close_at is not None and starts[n] <= q.close_at < p.open_at]
        opens = [q.open_at for q in tops if p.close_at < q.open_at < s_end]
        out.append(Frame((max([starts[n], *closes]), p.open_at), (p.close_at + 1, min([s_end, *opens])), n))
    return out


# ---- speakers of quoted words -----------------------------------------------------------------

@dataclass
class Context:
    """What the resolving functions share for one article."""

    doc: Document
    pieces: list[Piece]
    frames: list[Frame]
    starts: list[int]
    own: set[str]
    kinds: dict[str, str]
    token_starts: list[int] = field(default_factory=list)
    used: set[int] = field(default_factory=set)  # tokens a quote took as its cue or relay

    def tokens(self, span: tuple[int, int]) -> list[Token]:
        assert self.doc.nlp is not None
        lo = bisect_right(self.token_starts, span[0] - 1)
        hi = bisect_right(self.token_starts, span[1] - 1)
        return [t for t in self.doc.tokens()[lo:hi] if not t.is_space and not self.quoted(t.idx)]  # (made once)

    def quoted(self, offset: int) -> bool:
        n = bisect_right(self.top_starts, offset) - 1
        return n >= 0 and offset < self.top_ends[n]

    def __post_init__(self) -> None:
        tops = [p for p in self.pieces if p.nested_in is None]
        self.top_starts = [p.start for p in tops]
        self.top_ends = [p.end for p in tops]

    def sentence(self, offset: int) -> int:
        return bisect_right(self.starts, offset) - 1


def kind_of(ctx: Context, p: Piece, f: Frame) -> str:
    """'direct' when the quoted words stand as a sentence (alone, after a colon or a cue), else 'partial'."""
    if p.nested_in is not None:
        return "partial"
    if p.continued:
        return "direct"
    words = ctx.doc.text[p.start:p.end].lstrip("…. ")
    upper = bool(words) and (words[0].isupper() or words[0].isdigit())
    prefix = ctx.doc.text[f.prefix[0]:f.prefix[1]].strip()
    if not prefix or prefix.endswith(":"):
        return "direct" if upper or prefix.endswith(":") else "partial"
    toks = ctx.tokens(f.prefix)
    cw = cue_words()
    cues = [t for t in toks if is_cue(t, cw)]
    if not cues or toks[-1].lower_ in cw.no_speaker:
        return "partial"
    last = toks[-1]
    if not (prefix.endswith(",") or is_cue(last, cw) or any(subject_of(c) is last for c in cues)):
        return "partial"  # '..., claiming Kim “did everything”': the quote continues the clause
    split = any(q.close_at is not None and q.close_at + 1 == f.prefix[0] for q in ctx.pieces)
    return "direct" if upper or split else "partial"


def quote_root(ctx: Context, p: Piece) -> Token | None:
    """The quoted word whose head lies outside the quote (where the quote hangs in its sentence)."""
    assert ctx.doc.nlp is not None
    span = ctx.doc.nlp.char_span(p.start, p.end, alignment_mode="expand")
    if span is None:
        return None
    for tok in span:
        if not tok.is_punct and not (p.start <= tok.head.idx < p.end):
            return tok
    return None


def governing_cue(ctx: Context, p: Piece, outer: tuple[int, int] | None = None) -> tuple[Token | None, Token | None]:
    """(cue verb, nearest verb with a subject) above the quote in the parse, outside the quoted words.

    The climb goes up through complements ('told reporters that he was “totally over”') and complements
    joined to them ('said the plan was “dead” and that talks were “over”') but stops at a clause of its own ('..., while Kim thanked Lavrov for “opposition”' is Kim's, not Lavrov's)."""
    root = quote_root(ctx, p)
    if root is None:
        return None, None
    cw = cue_words()
    tok, fallback = root, None
    for _ in range(8):
        if tok.head is tok:
            break
        below, tok = tok, tok.head
        if outer is not None and not (outer[0] <= tok.idx < outer[1]):
            break
        if not (tok.pos_ in ("VERB", "AUX") and subject_of(tok) is not None) or _infinitive(tok):
            continue  # 'sought to engage with X to offer an “assessment”': a 'to' verb has no subject of its own
        if below.dep_ in ("nsubj", "nsubjpass"):
            continue  # 'several police “technical services” had confirmed': the quote is in the subject
        if is_cue(tok, cw, labels=True):
            return tok, fallback
        if tok.dep_ == "relcl" and ctx.doc.actor_of_token(tok.head) is None:
            continue  # 'described the plan as “a disaster” that represented “a betrayal”': the clause of the noun
        fallback = fallback or tok
        if tok.dep_ not in ("ccomp", "xcomp", "pcomp") and not (tok.dep_ == "conj" and tok.head.dep_ in ("ccomp", "xcomp")):
            break  # (a complement joined to a complement is reported too: 'says X is “a” and that Y is “b”')
    return None, fallback


def _infinitive(verb: Token) -> bool:
    """A 'to' verb, or one joined to a 'to' verb ('to lift the ban and establish a dialogue')."""
    for v in (verb, verb.head if verb.dep_ == "conj" else verb):
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
            return True
    return False


def scare_quote(ctx: Context, p: Piece) -> bool:
    before = ctx.doc.text[max(0, p.open_at - 20):p.open_at].lower().split()
    return bool(before) and before[-1] in cue_words().no_speaker


def region_cue(ctx: Context, f: Frame) -> tuple[Token | None, list[Token]]:
    """The cue of a quote's own reporting clause: after it first ('..., X said'), else before it."""
    cw = cue_words()
    tail = ctx.tokens(f.tail)
    prefix = ctx.tokens(f.prefix)
    region = prefix + tail
    cue = next((t for t in tail if is_cue(t, cw)), None)
    if cue is None:
        cue = next((t for t in reversed(prefix) if is_cue(t, cw)), None)
    return cue, region


def dash_speaker(ctx: Context, f: Frame) -> Clause | None:
    """'"..." — Kim Jong-un': a name right after a dash that follows the quote."""
    tail = ctx.doc.text[f.tail[0]:f.tail[1]]
    m = re.match(r"\s*[—–-]{1,2}\s*", tail)
    if not m:
        return None
    at = f.tail[0] + m.end()
    aid = ctx.doc.actor_in(at, at + 2)
    if not aid:
        return None
    actor = ctx.doc.actor(aid)
    mention = next((x for x in actor.mentions if x.start <= at < x.end), None) if actor else None
    if mention is None:
        return None
    return Clause(None, None, None, Speaker(aid, mention.start, mention.end, mention.text))


def clause_for(ctx: Context, p: Piece, f: Frame) -> Clause | None:
    """The reporting clause of a top-level quote, or None when its own sentence names nobody."""
    doc = ctx.doc
    if p.kind == "partial":
        if scare_quote(ctx, p):
            return Clause(None, None, None, Speaker(None))
        cue, fallback = governing_cue(ctx, p)
        if cue is not None:
            sent = sentence_of(cue)
            region = ctx.tokens((sent.start_char, sent.end_char))
            return clause_from_cue(doc, cue, region, ctx.own, ctx.kinds)
        subj = subject_of(fallback) if fallback is not None else None
        speaker = resolve_speaker(doc, subj) if subj is not None and subj.lower_ not in ("it", "there") else None
        if speaker is not None and speaker.actor is not None:
            return Clause(None, None, None, speaker)
    cue, region = region_cue(ctx, f)
    if cue is not None:
        ctx.used.update(t.i for t in region if t.lower_ in ("according", "to"))
        return clause_from_cue(doc, cue, region, ctx.own, ctx.kinds)
    found = dash_speaker(ctx, f)
    if found is None and p.kind == "partial" and said_by_other(ctx, p):
        return Clause(None, None, None, Speaker(None))  # not the last speaker's words: nobody named
    return found


def said_by_other(ctx: Context, p: Piece) -> bool:
    """A partial quote in a clause of its own that is no speech: under a verb whose subject is a thing
    named by a noun ('The constitution justifies the clause “to ensure ...”', 'Other titles include
    “...”'), or under a passive verb with no agent ('He was accused of “incitement”', 'the clause that
    has been summed up as “...”'). Its words are that thing's, or an unnamed accuser's, not those of
    whoever spoke last."""
    root = quote_root(ctx, p)
    tok = root
    for _ in range(8):
        if tok is None or tok.head is tok:
            return False
        tok = tok.head
        if tok.pos_ not in ("VERB", "AUX"):
            continue
        if any(c.dep_ == "nsubjpass" for c in tok.children) and not any(c.dep_ == "agent" for c in tok.children):
            return True
        subj = subject_of(tok)
        if subj is not None:
            return subj.pos_ in ("NOUN", "PROPN") and ctx.doc.actor_of_token(subj) is None
    return False


def nested_clause(ctx: Context, p: Piece, outer: Piece) -> Clause:
    """A quote inside a quote: said by the subject of its verb inside the outer quote, relayed by the
    outer speaker ('"... the Russian leader expressed ‘best wishes’ ...," Yonhap reported')."""
    outer_clause = outer.clause or Clause(None, None, None, Speaker(None))
    cue, fallback = governing_cue(ctx, p, (outer.start, outer.end))
    verb = cue or fallback
    subj = subject_of(verb) if verb is not None else None
    if subj is None:
        return Clause(None, None, None, Speaker(None), [])
    speaker = resolve_speaker(ctx.doc, subj, outer_clause.speaker.actor)
    via = list(outer_clause.via)
    if speaker.actor and outer_clause.speaker.actor and speaker.actor != outer_clause.speaker.actor:
        via = [outer_clause.speaker.actor, *via]
    cue_text = verb.text.lower() if cue is not None else None
    return Clause(cue_text, verb.idx if cue is not None else None,
                  verb.idx + len(verb.text) if cue is not None else None, speaker, via)


def carry_over(ctx: Context, p: Piece, f: Frame, reports: list[Report]) -> Clause | None:
    """A quote with no clause of its own: the speaker of the quote or report just before it."""
    best: tuple[int, Clause] | None = None
    for q, g in zip(ctx.pieces, ctx.frames):
        if q is p or q.nested_in is not None or q.clause is None or q.start >= p.start:
            continue
        if q.clause.speaker.actor and (f.sentence - g.sentence <= 2 or p.continued):
            best = max(best, (q.end, q.clause), key=lambda b: b[0] if b else -1)
    for r in reports:
        if r.kind == "indirect" and not r.inside_quote and r.clause.speaker.actor and r.end <= p.open_at \
                and f.sentence - ctx.sentence(r.start) <= 1:
            best = max(best, (r.end, r.clause), key=lambda b: b[0] if b else -1)
    colon = colon_clause(ctx, f)
    if colon is not None and (best is None or (colon.cue_start or 0) > best[0]):
        return colon
    if best is None:
        return None
    c = best[1]
    return Clause(None, None, None, Speaker(c.speaker.actor), list(c.via))


def colon_clause(ctx: Context, f: Frame) -> Clause | None:
    """'Peskov said on Friday:' ending the sentence before the quote."""
    if f.sentence == 0:
        return None
    start, end = ctx.starts[f.sentence - 1], ctx.starts[f.sentence]
    if not ctx.doc.text[start:end].rstrip().endswith(":"):
        return None
    toks = ctx.tokens((start, end))
    cue = next((t for t in reversed(toks) if is_cue(t, cue_words())), None)
    return clause_from_cue(ctx.doc, cue, toks, ctx.own, ctx.kinds) if cue is not None else None


# ---- the stage --------------------------------------------------------------------------------

def _outer_of(ctx: Context, offset: int) -> Piece | None:
    return next((p for p in ctx.pieces if p.nested_in is None and p.start <= offset < p.end), None)


def _relay_inside(ctx: Context, r: Report) -> None:
    """Reported speech inside somebody's quote reaches us through that quote's speaker and relays."""
    outer = _outer_of(ctx, r.clause.cue_start or r.start)
    if outer is None or outer.clause is None:
        return
    oc = outer.clause
    chain = ([oc.speaker.actor] if oc.speaker.actor else []) + oc.via
    r.clause.via = [a for a in r.clause.via + chain if a != r.clause.speaker.actor]


def _quote(n: int, doc: Document, start: int, end: int, kind: str, c: Clause | None) -> Quote:
    c = c or Clause(None, None, None, Speaker(None))
    s = c.speaker
    return Quote(f"q{n}", doc.text[start:end], start, end, kind, s.actor, s.text, c.cue, list(c.via),
                 s.start, s.end, c.cue_start, c.cue_end)


def _attribution(start: int, end: int, kind: str, c: Clause | None, negated: bool = False) -> Attribution:
    c = c or Clause(None, None, None, Speaker(None))
    return Attribution(start, end, c.speaker.actor, c.cue, kind, list(c.via), c.cue_start, c.cue_end, negated)


def run(doc: Document) -> None:
    """Fill ``doc.quotes`` (direct, partial, indirect) and ``doc.attributions`` (also hedges, denials)."""
    if doc.nlp is None:
        return
    pieces = find_pieces(doc.text)
    starts = boundaries(doc.text, pieces)
    ctx = Context(doc, pieces, frames(doc.text, pieces, starts), starts, own_outlets(doc),
                  {a.id: a.kind for a in doc.actors}, doc.nlp.to_array("IDX").tolist())
    for p, f in zip(pieces, ctx.frames):
        p.kind = kind_of(ctx, p, f)
    for p, f in zip(pieces, ctx.frames):
        if p.nested_in is None:
            p.clause = clause_for(ctx, p, f)
    share_within_runs(pieces)
    quoted = [(p.start, p.end) for p in pieces if p.nested_in is None]
    cands = candidates(doc)
    reports = speech_reports(doc, cands, quoted, ctx.own, ctx.kinds, ctx.used)
    reports += according_reports(doc, cands, quoted, ctx.own, ctx.kinds, ctx.used)
    pronouns_to_last_speaker(ctx, reports)  # '"...," he added. "..."': the second quote takes who 'he' is
    for p, f in zip(pieces, ctx.frames):  # in text order, so a run of quotes passes its speaker on
        if p.nested_in is None and (p.clause is None or (p.clause.speaker.actor is None and p.clause.cue is None
                                                         and p.clause.speaker.text is None and p.kind == "direct")):
            p.clause = carry_over(ctx, p, f, reports) or p.clause
    for p in pieces:
        if p.nested_in is not None:
            p.clause = nested_clause(ctx, p, pieces[p.nested_in])
    for r in reports:
        if r.inside_quote:
            _relay_inside(ctx, r)
    pronouns_to_last_speaker(ctx, reports)
    reports += hedges(doc, cands, quoted)
    source_hedges(doc, reports)
    emit(ctx, pieces, reports)


def share_within_runs(pieces: list[Piece]) -> None:
    """The paragraphs of one multi-paragraph quote share the clause found for any of them."""
    runs: list[list[Piece]] = []
    for p in (q for q in pieces if q.nested_in is None):
        if p.continued and runs:
            runs[-1].append(p)
        else:
            runs.append([p])
    for run_ in runs:
        found = next((p.clause for p in run_ if p.clause is not None and p.clause.speaker.actor), None)
        for p in run_:
            if found is not None and (p.clause is None or p.clause.speaker.actor is None):
                p.clause = Clause(None, None, None, Speaker(found.speaker.actor), list(found.via))


def pronouns_to_last_speaker(ctx: Context, reports: list[Report]) -> None:
    """'he said' whose antecedent was not found: the last speaker of that kind before it."""
    clauses = [(p.start, p.clause) for p in ctx.pieces if p.nested_in is None and p.clause is not None]
    clauses += [(r.start, r.clause) for r in reports if not r.inside_quote]
    last: dict[str, str] = {}
    for _, c in sorted(clauses, key=lambda x: x[0]):
        s = c.speaker
        word = (s.text or "").lower()
        group = "person" if word in ("he", "she") else "other"
        if s.actor is None and word in ("he", "she", "they", "it"):
            s.actor = last.get(group)
        if s.actor:
            actor = ctx.doc.actor(s.actor)
            last["person" if actor and actor.kind == "person" else "other"] = s.actor


_TITLE_SMALL = frozenset({"the", "of", "on", "and", "for", "in", "to", "a", "an", "at", "by", "with", "from", "de", "&"})


def is_title(text: str) -> bool:
    """Quoted words that are a title or a name, not speech: two or more words, every one but the short
    function words capitalised (a book, a show, a law, a report, a territory: 'Meet the Press',
    'Law on the Protection of Minors', 'The Last Stand')."""
    words = re.findall(r"[\w’'&-]+", text)
    if len(words) < 2 or not words[0][:1].isupper():
        return False
    return all(w[:1].isupper() or w[:1].isdigit() for w in words if w.lower() not in _TITLE_SMALL)


@lru_cache(maxsize=1)
def _label_forms() -> frozenset[str]:
    """Cues that only name words ('call', 'dub', 'term') in the forms a text writes them."""
    forms = set()
    for cue in cue_words().label:
        forms |= {cue, cue + "s", cue + "ed", cue + "d", cue + "ing", cue[:-1] + "ing" if cue.endswith("e") else cue}
    return frozenset(forms)


TERM_WORDS = 3  # at most this many words, no verb and nobody found to say them: a term, not a quote


def is_term(ctx: Context, p: Piece) -> bool:
    """'blazes combined into a “mega fire”', 'the term ‘Arab’', 'the “souk” opens at dawn': a short
    partial quote with no verb that no speaker was found for names a thing; it reports nobody's words.
    (A scare quote marked as one, 'the so-called “peace plan”', stays a quote with nobody named.)"""
    doc = ctx.doc
    if p.kind != "partial" or (p.clause is not None and p.clause.speaker.actor is not None) or scare_quote(ctx, p):
        return False
    if p.clause is not None and p.clause.cue is not None and p.clause.cue.split()[0] not in _label_forms():
        return False  # 'warned the plan means “serious budget trouble”': somebody's words, speaker unknown
    if len(re.findall(r"[\w’'-]+", doc.text[p.start:p.end])) > TERM_WORDS or doc.nlp is None:
        return False
    span = doc.nlp.char_span(p.start, p.end, alignment_mode="expand")
    return span is not None and not any(t.pos_ in ("VERB", "AUX") for t in span)


def emit(ctx: Context, pieces: list[Piece], reports: list[Report]) -> None:
    doc = ctx.doc
    items = [(p.start, p.end, p.kind, p.clause, False) for p in pieces
             if not (p.kind == "partial" and is_title(doc.text[p.start:p.end])) and not is_term(ctx, p)]
    items += [(r.start, r.end, "indirect", r.clause, r.negated) for r in reports
              if r.kind == "indirect" and not r.inside_quote]
    items.sort(key=lambda x: (x[0], x[1]))
    for n, (start, end, kind, clause, negated) in enumerate(items, 1):
        doc.quotes.append(_quote(n, doc, start, end, kind, clause))
        doc.attributions.append(_attribution(start, end, kind, clause, negated))
    for r in reports:
        if r.kind == "hedge" or r.inside_quote:
            doc.attributions.append(_attribution(r.start, r.end, r.kind, r.clause, r.negated))
