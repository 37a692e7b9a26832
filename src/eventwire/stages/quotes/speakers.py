"""Speakers of quoted words: each quote's reporting clause (a cue after it, before it, split around it, or in
the sentence before; a dash and a name; the verb a partial quote hangs on), quotes inside quotes, and
quotes with no clause of their own that go on from the speaker before them."""
from __future__ import annotations

import re

from spacy.tokens import Token

from ...document import sentence_of
from ...lexicon import words
from ..actors import _surname_forms, pronoun_antecedent
from ..actors.words import norm
from ..attribution import Clause, Report, Speaker, clause_from_cue, cue_words, is_cue, resolve_speaker, subject_of
from .context import Context, Frame
from .marks import Piece


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
    doers_of: set[int] = set()
    for _ in range(8):
        below, tok = tok, tok.head  # the root is its own head: it is read once more as the verb above
        # the quote when the climb came to it through its subject ('Her neighbours and “the village elders
        # ... see no danger”': the verb is in the quote, whose words are the subject's)
        if outer is not None and not (outer[0] <= tok.idx < outer[1]):
            break
        if not (tok.pos_ in ("VERB", "AUX") and subject_of(tok) is not None) or _infinitive(tok):
            continue  # 'sought to engage with X to offer an “assessment”': a 'to' verb has no subject of its own
        if below.dep_ in ("nsubj", "nsubjpass"):
            continue  # 'two army “forensic teams” had identified': the quote is in the subject
        if below.dep_ == "agent" or tok.i in doers_of:
            doers_of.add(tok.i)  # 'launched by a user labelled “Anonymous”': the quote is in the doer's
            continue  # 'by' phrase, not the doer's words (the root, read once more, is skipped too)
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
    return ctx.word_before(p) in cue_words().no_speaker


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


_SIGNATURE = re.compile(r"\s*[—–-]{1,2}[ \t]*([A-Z][\w.’'&-]*(?:[ \t]+(?:[A-Z][\w.’'&-]*|of|and|the|de|for))*)")


def dash_speaker(ctx: Context, f: Frame) -> Clause | None:
    """'"..." — Kim Jong-un', '"..." — The Coast Herald, May 3': a name right after a dash that follows the
    quote signs it (the one who said or wrote it, the outlet of a headline). The actor named there, or
    named by the same words elsewhere in the text; else the name as written, with no actor (a signed
    quote is nobody else's words to carry over)."""
    m = _SIGNATURE.match(ctx.doc.text, f.tail[0], f.tail[1])
    if not m:
        return None
    start, end = m.span(1)
    while end > start and ctx.doc.text[end - 1] in ".-’'":
        end -= 1
    return _named(ctx, start, end)


def _named(ctx: Context, start: int, end: int) -> Clause:
    """The clause of a speaker named by the words start..end alone: the actor named there, or named by
    the same words elsewhere in the text; else the name as written, with no actor."""
    name = ctx.doc.text[start:end]
    aid = ctx.doc.actor_in(start, end)
    actor = ctx.doc.actor(aid) if aid else None
    mention = next((x for x in actor.mentions if start <= x.start < end or x.start <= start < x.end), None) \
        if actor else None
    if mention is not None:
        return Clause(None, None, None, Speaker(actor.id, mention.start, mention.end, mention.text))
    same = next((a.id for a in ctx.doc.actors if norm(a.name) == norm(name)
                 or any(norm(x.text) == norm(name) for x in a.mentions)), None)
    if same is None and " " not in name:  # 'Okafor' of 'Lina Okafor', the one person of that surname
        people = [a.id for a in ctx.doc.actors if a.kind == "person" and len(a.name.split()) >= 2
                  and name in _surname_forms(a.name.split())]
        same = people[0] if len(people) == 1 else None
    return Clause(None, None, None, Speaker(same, start, end, name))


_LABEL = re.compile(r"([A-Z][\w.’'-]*(?:[ \t]+(?:[A-Z][\w.’'-]*|of|the|de|al|bin))*)[ \t]*:[ \t]*\Z")
LABEL_WORDS = 5  # a speaker's label: a name, maybe with its title, a few words at most


def label_speaker(ctx: Context, f: Frame) -> Clause | None:
    """'Erdogan: "We will not bow"' (a headline), 'Okafor: "It will ..."' (an interview set out as
    questions and answers): a quote whose sentence opens with nothing but a name and a colon is said by
    the one that name stands for. A label that names no actor of the story ('Warning:', a name met
    nowhere else) is kept as written, with no actor: the quote is not the last speaker's to carry over."""
    text = ctx.doc.text
    start, end = f.prefix
    while start < end and text[start] in " \t\n":
        start += 1
    m = _LABEL.match(text, start, end)
    if not m or len(m.group(1).split()) > LABEL_WORDS:
        return None
    return _named(ctx, *m.span(1))


def headline_speaker(ctx: Context, p: Piece, f: Frame) -> Clause | None:
    """'“We will not bow”: Erdogan rejects EU terms' (a headline): a quote that opens its line, followed by a
    colon and a clause whose subject names an actor of the story, is that actor's words."""
    text = ctx.doc.text
    line_start = text.rfind("\n", 0, p.open_at) + 1
    if text[line_start:p.open_at].strip() or not text[f.tail[0]:f.tail[1]].lstrip(" \t").startswith(":"):
        return None
    toks = ctx.tokens(f.tail)
    verb = next((t for t in toks if t.pos_ in ("VERB", "AUX") and t.dep_ in ("ROOT", "ccomp", "conj")), None)
    subj = subject_of(verb) if verb is not None else None
    if subj is None or subj not in toks or "\n" in text[p.close_at or p.end:subj.idx]:
        return None
    speaker = resolve_speaker(ctx.doc, subj)
    return Clause(None, None, None, speaker) if speaker.actor and ctx.doc.actor_of_token(subj) else None


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
        subj = subject_of(fallback) if fallback is not None else subject_outside(ctx, p)
        speaker = resolve_speaker(doc, subj) if subj is not None and subj.lower_ not in ("it", "there") else None
        if speaker is not None and speaker.actor is not None:
            tail_cue = next((t for t in ctx.tokens(f.tail) if is_cue(t, cue_words())), None) \
                if fallback is not None and subject_of(fallback) is not None and not _speaks(fallback) else None
            if tail_cue is not None and subject_of(tail_cue) is not None:
                # 'visitors came for "medical checkups," the ministry says': the words are the reporting
                # clause's, not those of whoever does the deed they are quoted in
                region = ctx.tokens(f.prefix) + ctx.tokens(f.tail)
                return clause_from_cue(doc, tail_cue, region, ctx.own, ctx.kinds)
            return Clause(None, None, None, speaker)
    cue, region = region_cue(ctx, f)
    if cue is not None:
        ctx.used.update(t.i for t in region if t.lower_ in ("according", "to"))
        return clause_from_cue(doc, cue, region, ctx.own, ctx.kinds)
    found = dash_speaker(ctx, f) or tag_after(ctx, p) or label_speaker(ctx, f) or headline_speaker(ctx, p, f)
    if found is None and p.kind == "partial" and said_by_other(ctx, p):
        return Clause(None, None, None, Speaker(None))  # not the last speaker's words: nobody named
    return found


TAG_SUBJECT_WORDS = 6  # a reporting tag's subject: a name or a pronoun, with its title, a few words at most


def tag_after(ctx: Context, p: Piece) -> Clause | None:
    """'"... than in the capital." Ruiz said, adding ...': a quote whose words end their sentence inside the
    closing mark, followed by a sentence that opens with nothing but its reporting tag: a short subject (a
    name, a pronoun) and a cue verb closed by a comma or a full stop, so that the verb reports no words of
    its own. The tag, set off as a sentence of its own by the full stop, is the quote's clause."""
    text = ctx.doc.text
    if p.close_at is None or text[p.start:p.end].rstrip()[-1:] not in ".!?…":
        return None
    n = ctx.sentence(p.close_at) + 1
    if n >= len(ctx.starts) or text[p.close_at + 1:ctx.starts[n]].strip():
        return None
    toks = ctx.tokens((ctx.starts[n], ctx.starts[n + 1] if n + 1 < len(ctx.starts) else len(text)))
    cw = cue_words()
    if not toks or "\n" in text[p.close_at + 1:toks[0].idx] or text[p.close_at + 1:toks[0].idx].strip():
        return None  # the tag stands in the same paragraph, right after the closing mark
    k = next((i for i, t in enumerate(toks[:TAG_SUBJECT_WORDS + 1]) if is_cue(t, cw)), None)
    if not k or k + 1 >= len(toks) or toks[k + 1].text not in (",", "."):
        return None
    subj = subject_of(toks[k])
    if subj is None or subj not in toks[:k] or not all(_tag_word(t) for t in toks[:k]):
        return None
    return clause_from_cue(ctx.doc, toks[k], toks[:k + 1], ctx.own, ctx.kinds)


def _tag_word(t: Token) -> bool:
    """A word of a tag's subject: a name, a pronoun, a determiner, or a title's capitalised word or its
    'of' ('Israeli Prime Minister Dan Levi', 'Secretary of State Ana Ruiz')."""
    return t.pos_ in ("PROPN", "PRON", "DET", "PUNCT") or t.text[:1].isupper() and t.pos_ in ("ADJ", "NOUN") \
        or t.lower_ == "of" and t.i > 0 and t.nbor(-1).text[:1].isupper()


def _speaks(verb: Token) -> bool:
    """A verb of saying or writing, labels too ('called the plan “a disaster”')."""
    return is_cue(verb, cue_words(), labels=True)


def subject_outside(ctx: Context, p: Piece) -> Token | None:
    """'But she and her family “could not find work or a school.”': the quoted words hold the verb of their
    sentence, whose subject stands before the opening mark; the subject is who says them."""
    if quote_root(ctx, p) is not None or ctx.doc.nlp is None:
        return None
    span = ctx.doc.nlp.char_span(p.start, p.end, alignment_mode="expand")
    verb = next((t for t in span if t.head.i == t.i and t.pos_ in ("VERB", "AUX")), None) if span is not None else None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
    return subj if subj is not None and subj.idx < p.open_at else None


def said_by_other(ctx: Context, p: Piece) -> bool:
    """A partial quote in a clause of its own that is no speech: under a verb whose subject is a thing
    named by a noun ('The constitution justifies the clause “to ensure ...”', 'Other titles include
    “...”') or by an 'it' that stands for no actor ('It limits recognition to “...”'), or under a passive verb with no agent ('He was accused of “incitement”', 'the clause that
    has been summed up as “...”'). Its words are that thing's, or an unnamed accuser's, not those of
    whoever spoke last."""
    root = quote_root(ctx, p)
    tok = root
    for _ in range(8):
        if tok is None or tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.pos_ not in ("VERB", "AUX"):
            continue
        if any(c.dep_ == "nsubjpass" for c in tok.children) and not any(c.dep_ == "agent" for c in tok.children):
            return True
        subj = subject_of(tok)
        if subj is not None:
            if subj.lower_ == "it":  # 'it limits recognition to “...”': an 'it' that stands for no actor is a thing
                return ctx.doc.actor_of_token(subj) is None and pronoun_antecedent(ctx.doc, subj) is None
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


def unspoken_nested(ctx: Context, p: Piece, outer: Piece) -> bool:
    """A quote inside a quote that nobody says: no cue of its own and either no speaker (a term the outer
    speaker marks: '"how can a ‘rest week’ help?" she said') or a verb of thinking over it ('"or does he
    think, ‘I must act now?’" he asked': a thought the outer speaker imagines, quote_thought_verbs.txt).
    Its words are the outer quote's, not a quote of their own."""
    if p.clause is not None and p.clause.cue is not None:
        return False
    if p.clause is None or p.clause.speaker.actor is None:
        return True
    _, verb = governing_cue(ctx, p, (outer.start, outer.end))
    return verb is not None and verb.lemma_.lower() in words("quote_thought_verbs.txt")


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


_JOINED = re.compile(r"\s*(?:,\s*)?and\s*$")


def joined_quotes(ctx: Context) -> None:
    """'"The roads are washed out," and "large sums" have gone to repairs, the minister said': a quote with
    no clause of its own joined by 'and' to the next quote of its sentence, whose reporting clause comes
    after both (its cue stands after that quote), is said by the same speaker."""
    tops = [(p, f) for p, f in zip(ctx.pieces, ctx.frames) if p.nested_in is None]
    text = ctx.doc.text
    for (p, f), (q, g) in zip(tops, tops[1:]):
        c = q.clause
        if p.close_at is None or f.sentence != g.sentence or c is None or not c.speaker.actor or \
                c.cue_start is None or c.cue_start < q.end or not _JOINED.fullmatch(text[p.close_at + 1:q.open_at]):
            continue
        if p.clause is None or (p.clause.speaker.actor is None and p.clause.cue is None and p.clause.speaker.text is None):
            p.clause = Clause(None, None, None, Speaker(c.speaker.actor), list(c.via))


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


def _plain_words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower().replace("’", "'")))


def heading_speakers(ctx: Context) -> None:
    """A quoted heading ('“Nobody listens to us” Ama Owusu runs a shelter in Accra ...'): words that a
    speaker says further on, set as the title of a section. The quote stands at the start of a sentence,
    ends with no punctuation inside or after its closing mark, and a capitalised word follows it; its
    words (three or more) recur in a later quote, and the speaker of that quote said them. The clause the
    heading got from the sentence it was run into is not its own."""
    text = ctx.doc.text
    tops = [p for p in ctx.pieces if p.nested_in is None and p.close_at is not None]
    for p in tops:
        words = _plain_words(text[p.start:p.end])
        before = text[:p.open_at].rstrip()
        if len(words.split()) < 3 or text[p.start:p.end].rstrip()[-1:] in ".,;:!?…" or \
                not re.match(r"[ \t]+[A-Z]", text[p.close_at + 1:p.close_at + 3]) or \
                (before and before[-1] not in ".!?”\"’'"):
            continue
        later = next((q for q in tops if q.start > p.end and q.clause is not None and q.clause.speaker.actor
                      and f" {words} " in f" {_plain_words(text[q.start:q.end])} "), None)
        if later is not None:
            p.clause = Clause(None, None, None, Speaker(later.clause.speaker.actor), list(later.clause.via))
