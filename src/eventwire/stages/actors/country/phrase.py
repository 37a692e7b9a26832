"""The words of a named actor's own phrase, read by most readers of the package: its description
(appositions and relative clauses after the name, up to a brief), the words before the name (its title and
possessor), the span of its first mention; and the one way a reader sets a country."""
from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Span, Token

from .... import datelines
from ....document import Document, children_of, heads_of, read_once, starts_of, strings_of, subtree_of, tokens_of
from ....lexicon import words
from ....record import Actor


_BRIEF = {"for", "to", "on", "about", "against", "with", "toward", "towards", "over"}
_EMPLOYING = {"hire", "employ", "recruit", "appoint", "contract", "engage"}  # 'who was hired by X': X employs


def _description(span: Span) -> list[Token]:
    """``_read_description`` of a name, read once per parse and name: a person's country, employer and
    commentator readers each ask for it."""
    return list(read_once(span.doc, ("description", span.start, span.end), _read_description, span))


def _read_description(span: Span) -> list[Token]:
    """The words that say what a named actor is: its appositions and relative clauses, up to a brief."""
    # (walked over the parse's arrays as token indices, the words found taken from the parse's one list of
    # tokens: this runs several times for every person, and a Token walk made a Token per word of a subtree)
    doc, root = span.doc, span.root.i
    tokens, heads, kids = tokens_of(doc), heads_of(doc), children_of(doc)
    deps, lows = strings_of(doc, "DEP"), strings_of(doc, "LOWER")
    parts = [c for c in kids[root] if deps[c] in ("appos", "relcl", "acl") and c > root]
    if deps[root] == "appos" and heads[root] < span.start:
        parts.append(heads[root])
    if deps[root] == "conj" and heads[root] < span.start:  # 'X and Y, both from Z': said of each name
        parts += [c for c in kids[heads[root]] if deps[c] == "appos" and c > root and _shared(tokens[c])]
    words: list[int] = []
    for part in parts:
        sub = [t for t in subtree_of(doc, part) if not (span.start <= t < span.end)]
        for tok in sub:
            if deps[tok] == "prep" and (lows[tok] in _BRIEF and not _works_with(tokens[tok], tokens[part])
                                        or deps[part] in ("relcl", "acl")) or \
                    deps[tok] == "agent" and deps[part] in ("relcl", "acl") and \
                    tokens[heads[tok]].lemma_ not in _EMPLOYING:
                # a relative clause says where somebody is or goes ('who remain in Thailand'), not whose;
                # nor does the doer of what befell the person ('whom the European Union had sanctioned', 'who was sanctioned by Canada')
                brief = set(subtree_of(doc, tok))
                sub = [t for t in sub if t not in brief]
        words.extend(sub)
    return [tokens[t] for t in sorted(words)]


def _works_with(prep: Token, part: Token) -> bool:
    """Whether 'with' joins a person's own noun in apposition to the body the person works at ('X, managing
    director with Sunrise Brokerage in Hanoi', 'a senior fellow with the X Institute'): an employer, no brief."""
    return prep.lower_ == "with" and prep.head.i == part.i and part.dep_ == "appos" and part.pos_ == "NOUN" and \
        any(o.dep_ == "pobj" and o.pos_ == "PROPN" for o in prep.children)  # a body's name, not 'with long experience'


def _shared(appos: Token) -> bool:
    """Whether an apposition after names joined by 'and' says the same of each of them: 'both', 'all'
    or 'each', as the word or its determiner (``shared_apposition_words.txt``: 'both natives of Z'), or
    a plural noun ('two drivers from Z')."""
    shared = words("shared_apposition_words.txt")
    return appos.lower_ in shared or appos.tag_ in ("NNS", "NNPS") or \
        any(c.dep_ in ("det", "predet", "quantmod") and c.lower_ in shared for c in appos.children)


def _span_of(doc: Document, actor: Actor) -> Span | None:
    assert doc.nlp is not None
    for m in actor.mentions:
        span = doc.char_span(m.start, m.end)
        if span is not None and len(span):
            return span
    return None


def before_name(span: Span) -> list[Token]:
    """The words hanging before a name from the name's own words: its title and possessor (each child
    before the name with its subtree, in the order ``Token.subtree`` walks them; read off the parse's
    arrays, the words taken from the parse's one list of tokens), read once per parse and name: the country,
    employer, commentator and role readers each ask for it."""
    return list(read_once(span.doc, ("before name", span.start, span.end), _read_before_name, span))


def _read_before_name(span: Span) -> list[Token]:
    doc = span.doc
    tokens, kids = tokens_of(doc), children_of(doc)
    head_end = _dateline_end(doc)  # (the parse may hang an opening dateline's credit on the first name: 'BERLIN
    # (AP) _ Party leader X'; the credit names the outlet that filed, neither title nor employer)
    return [tokens[t] for k in range(span.start, span.end) for c in kids[k] if c < span.start
            for t in subtree_of(doc, c) if tokens[t].idx >= head_end]


def _dateline_end(doc) -> int:
    """Where the opening dateline's head of a parse's text ends (0: none), found once per parse."""
    end = doc.user_data.get("dateline end")
    if end is None:
        # the words of the opening characters alone: ``Doc.text`` joins every word of the parse anew
        opening_words = doc[:bisect_left(starts_of(doc), datelines.OPENING_CHARS)]
        line = datelines.opening(opening_words.text_with_ws if opening_words.end < len(doc) else doc.text)
        end = doc.user_data["dateline end"] = line.end if line is not None else 0
    return end


def _set_country(actor: Actor, code: str) -> None:
    actor.country = code
    actor.code = f"{code}{actor.sector or ''}"
