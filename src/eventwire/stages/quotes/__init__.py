"""quotes stage: who said what, to whom, through whom.

1. Quote marks are paired by what stands on either side of them (straight, curly, single, nested;
   apostrophes are told apart by the letters around them). A quote left open recovers at the end of
   its paragraph, or where a new opening mark starts the next paragraph of the same quote.
2. Each quote gets its reporting clause: a cue ("said", "told", "according to") after it, before it,
   split around it, or in the sentence before; the cue's subject is the speaker, outlets and relays
   in the clause make the chain (``via``, original first).
3. Indirect speech ("X said that ...", "according to X, ..."), denials and hedges ("reportedly")
   become Attributions too, for the events stage; reported words begin after a dateline their sentence
   opens with, and leave out an "according to X" phrase that opens or closes the sentence.
4. A quote inside a quote with no cue of its own that nobody says (a term the outer speaker marks, a
   thought under a verb of thinking: ``quote_thought_verbs.txt``) is the outer quote's words, no quote
   of its own (``speakers.unspoken_nested``).

Modules: ``marks`` (pairing quote marks), ``context`` (sentences outside the quotes), ``speakers`` (reporting
clauses of quotes), ``terms`` (quoted titles and terms); ``..attribution`` holds cue words, speakers, relays,
indirect speech and hedges.
"""
from __future__ import annotations

from ... import datelines
from ...document import Attribution, Document, starts_of
from ...record import Quote
from ..attribution import Clause, Report, Speaker, according_reports, candidates, hedges, own_outlets, source_hedges, speech_reports
from .context import Context, Frame, boundaries, frames
from .marks import MarkScanner, Piece, find_pieces, is_apostrophe, mark_side
from .speakers import (carry_over, clause_for, heading_speakers, joined_quotes, kind_of, nested_clause,
                       pronouns_to_last_speaker, share_within_runs, unspoken_nested)
from .terms import is_term, is_title

__all__ = ["Context", "Frame", "MarkScanner", "Piece", "boundaries", "find_pieces", "frames", "is_apostrophe", "is_term",
           "is_title", "mark_side", "run"]


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
                  {a.id: a.kind for a in doc.actors}, starts_of(doc.nlp))
    for p, f in zip(pieces, ctx.frames):
        p.kind = kind_of(ctx, p, f)
    for p, f in zip(pieces, ctx.frames):
        if p.nested_in is None:
            p.clause = clause_for(ctx, p, f)
    share_within_runs(pieces)
    joined_quotes(ctx)  # '"...," and "..." went to repairs, X said': the first quote is X's too
    quoted = [(p.start, p.end) for p in pieces if p.nested_in is None]
    cands = candidates(doc)
    reports = speech_reports(doc, cands, quoted, ctx.own, ctx.kinds, ctx.used)
    reports += according_reports(doc, cands, quoted, ctx.own, ctx.kinds, ctx.used)
    pronouns_to_last_speaker(ctx, reports)  # '"...," he added. "..."': the second quote takes who 'he' is
    for p, f in zip(pieces, ctx.frames):  # in text order, so a run of quotes passes its speaker on
        if p.nested_in is None and (p.clause is None or (p.clause.speaker.actor is None and p.clause.cue is None
                                                         and p.clause.speaker.text is None and p.kind == "direct")):
            p.clause = carry_over(ctx, p, f, reports) or p.clause
    unspoken: set[int] = set()
    for n, p in enumerate(pieces):
        if p.nested_in is not None:
            p.clause = nested_clause(ctx, p, pieces[p.nested_in])
            if unspoken_nested(ctx, p, pieces[p.nested_in]):
                unspoken.add(n)
    for r in reports:
        if r.inside_quote:
            _relay_inside(ctx, r)
    pronouns_to_last_speaker(ctx, reports)
    heading_speakers(ctx)  # '“Nobody listens” Ama Owusu runs ...': said further on by a speaker
    reports += hedges(doc, cands, quoted)
    source_hedges(doc, reports)
    emit(ctx, [p for n, p in enumerate(pieces) if n not in unspoken], reports)


def _after_dateline(lines: list[datelines.Dateline], start: int, end: int) -> int:
    """Where reported words begin: after the dateline a report's sentence opens with ('KABUL —
    Officials said ...' holds no words of the officials in 'KABUL —')."""
    return next((d.end for d in lines if d.start <= start < d.end and d.end < end), start)


def emit(ctx: Context, pieces: list[Piece], reports: list[Report]) -> None:
    doc = ctx.doc
    items = [(p.start, p.end, p.kind, p.clause, False) for p in pieces
             if not (p.kind == "partial" and is_title(doc.text[p.start:p.end])) and not is_term(ctx, p)]
    lines = datelines.in_text(doc.text)
    items += [(_after_dateline(lines, r.start, r.end), r.end, "indirect", r.clause, r.negated) for r in reports
              if r.kind == "indirect" and not r.inside_quote]
    items.sort(key=lambda x: (x[0], x[1]))
    for n, (start, end, kind, clause, negated) in enumerate(items, 1):
        doc.quotes.append(_quote(n, doc, start, end, kind, clause))
        doc.attributions.append(_attribution(start, end, kind, clause, negated))
    for r in reports:
        if r.kind == "hedge" or r.inside_quote:
            doc.attributions.append(_attribution(r.start, r.end, r.kind, r.clause, r.negated))
