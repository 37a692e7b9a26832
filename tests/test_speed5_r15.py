"""Round 15, speed5 (issue 16): the actors stage's readers that now read the parse's arrays (heads, relations,
words as strings, the parse's one list of tokens) give what the plain ``Token`` walks they replace gave. Each
fast reader is compared with the walk it stands for, on sentences written for these tests, over every span
and token of the parse that it can be handed."""
from __future__ import annotations

import pytest
from spacy.tokens import Span, Token

from eventwire.document import children_of, heads_of, subtree_of
from eventwire.document import Document
from eventwire.stages.actors.coref.common import inside, quoted_spans
from eventwire.stages.actors.coref.plurals import _OBJECT_DEPS, _clause_subject_ids, _coordinated_people
from eventwire.stages.actors.coref.pronouns import _definite, _named_by, _QuoteSpeakers
from eventwire.stages.actors.country import _BRIEF, _EMPLOYING, _description, _shared, before_name
from eventwire.stages.actors.mentions import _CLAUSES, _JURISDICTION, _STOP_LEFT, _before_jurisdiction, _title_context
from eventwire.stages.actors.sector import head_sector, listed_descriptor
from eventwire.stages.actors.sector_text import _DESCRIBING_DEPS, _armed_members, describer_phrase, describers

TEXTS = [
    # a body with a describing noun before it, in apposition after it, the complement of 'is'
    "The mining giant Zambezi Copper said on Monday that Helix Partners, a consultancy based in Oslo, had "
    "advised it. Northwind is an airline that flies to Lagos.",
    # 'such as', 'like', 'including'; a compound after the name; armed people 'of' a body
    "Companies such as Orbital Freight and groups like the Harbour Workers Union protested, and fighters of "
    "the Crimson Brigade attacked the Tessaly Energy offices on Friday.",
    # titles before names, an appositive title after one, a possessor, a name in capitals
    "Peru's Foreign Minister Ana Ruiz met the Ghanaian envoy for Mali, Kofi Mensah, and VOA reporter Lin Wei "
    "in Accra. The UNHCR, an agency of the United Nations, sent aid.",
    # a quoted speaker, a coordinated subject, a clause opened by 'who'
    "\"We will not leave,\" said Omar Haddad, who leads the Tripoli Traders Association. Haddad and Leila "
    "Nasser, a lawyer of the Beirut Bar, later met officials of the Arab League.",
]


def _spans(sdoc) -> list[Span]:
    """Every span a reader may be handed: the named entities, the noun chunks, every one- and two-word span."""
    found = list(sdoc.ents) + list(sdoc.noun_chunks)
    found += [sdoc[i:i + 1] for i in range(len(sdoc))] + [sdoc[i:i + 2] for i in range(len(sdoc) - 1)]
    return found


def _walked_describer_phrase(tok: Token) -> str:
    """describer_phrase as a walk of the tokens before the noun."""
    start = tok
    while start.i > 0:
        prev = tok.doc[start.i - 1]
        if prev.dep_ in _DESCRIBING_DEPS and prev.head.i >= start.i and prev.head.i <= tok.i and prev.pos_ in (
                "NOUN", "ADJ", "PROPN") and not prev.ent_type_:
            start = prev
            continue
        break
    return tok.doc[start.i:tok.i + 1].text


def _walked_describers(span: Span) -> list[Token]:
    """describers as a walk of the name's root's Tokens: its head, its children, its head's children."""
    root = span.root
    found: list[Token] = []
    head = root.head
    if head.i != root.i and not span.start <= head.i < span.end and head.pos_ == "NOUN" and head.text.islower():
        if root.dep_ == "appos" or root.dep_ == "compound" and span.end <= head.i <= span.end + 2 and all(
                t.dep_ == "compound" and t.text.islower() for t in span.doc[span.end:head.i]) and head.tag_ != "NNS":
            found.append(head)
    if root.dep_ == "pobj" and head.lower_ in ("as", "like", "including"):
        noun = head.head.head if head.head.lower_ == "such" else head.head
        if noun.pos_ == "NOUN" and not noun.ent_type_:
            found.append(noun)
    for child in root.children:
        if child.dep_ == "appos" and child.i >= span.end and child.text.isupper() and listed_descriptor(child.text):
            found.append(child)
            continue
        if not child.text.islower() or child.pos_ != "NOUN" and not (child.pos_ == "ADJ" and listed_descriptor(child.text)):
            continue
        if child.dep_ == "appos" and child.i >= span.end:
            found.append(child)
        elif child.dep_ in _DESCRIBING_DEPS and child.i < span.start and child.i == span.start - 1:
            found.append(child)
    if root.dep_ == "nsubj" and head.lemma_ == "be":
        found.extend(c for c in head.children if c.dep_ == "attr" and c.pos_ == "NOUN" and c.text.islower())
    if root.dep_ == "pobj" and head.lower_ == "of" and head.i > 0 and _armed_members(head.doc[head.i - 1]):
        found.append(head.doc[head.i - 1])
    return found


@pytest.mark.parametrize("text", TEXTS)
def test_tree_index_is_the_token_tree(process, text):
    """heads_of, children_of and subtree_of give every token's head, children and subtree as the Tokens do,
    in the same order."""
    sdoc = process(text, until="actors").nlp
    heads, kids = heads_of(sdoc), children_of(sdoc)
    for tok in sdoc:
        assert heads[tok.i] == tok.head.i
        assert kids[tok.i] == [c.i for c in tok.children]
        assert subtree_of(sdoc, tok.i) == [t.i for t in tok.subtree]


@pytest.mark.parametrize("text", TEXTS)
def test_describers_are_the_walked_describers(process, text):
    """describers and describer_phrase (the parse's arrays) find the nouns and phrases the Token walk finds,
    for every span they may be handed; the sentences do give some describers to compare."""
    sdoc = process(text, until="actors").nlp
    seen = 0
    for span in _spans(sdoc):
        found = describers(span)
        assert [t.i for t in found] == [t.i for t in _walked_describers(span)], span.text
        seen += len(found)
    assert seen  # (the comparison is not over empty lists only)
    for tok in sdoc:
        assert describer_phrase(tok) == _walked_describer_phrase(tok), tok.text


def _walked_before_name(span: Span) -> list[Token]:
    """before_name as a walk of the name's Tokens' children and their subtrees."""
    return [t for tok in span for c in tok.children if c.i < span.start for t in c.subtree]


def _walked_description(span: Span) -> list[Token]:
    """_description as a walk of the name's root's Tokens and their subtrees."""
    root = span.root
    parts = [c for c in root.children if c.dep_ in ("appos", "relcl", "acl") and c.i > root.i]
    if root.dep_ == "appos" and root.head.i < span.start:
        parts.append(root.head)
    if root.dep_ == "conj" and root.head.i < span.start:
        parts += [c for c in root.head.children if c.dep_ == "appos" and c.i > root.i and _shared(c)]
    words: list[Token] = []
    for part in parts:
        sub = [t for t in part.subtree if not (span.start <= t.i < span.end)]
        for tok in sub:
            if tok.dep_ == "prep" and (tok.lower_ in _BRIEF or part.dep_ in ("relcl", "acl")) or \
                    tok.dep_ == "agent" and part.dep_ in ("relcl", "acl") and tok.head.lemma_ not in _EMPLOYING:
                brief = {t.i for t in tok.subtree}
                sub = [t for t in sub if t.i not in brief]
        words.extend(sub)
    return sorted(words, key=lambda t: t.i)


@pytest.mark.parametrize("text", TEXTS)
def test_words_around_a_name_are_the_walked_words(process, text):
    """before_name (the title and possessor before a name) and _description (its appositions and relative
    clauses, briefs left out) give the tokens the Token walks give, in the same order, for every span."""
    sdoc = process(text, until="actors").nlp
    before = described = 0
    for span in _spans(sdoc):
        found = before_name(span)
        assert [t.i for t in found] == [t.i for t in _walked_before_name(span)], span.text
        said = _description(span)
        assert [t.i for t in said] == [t.i for t in _walked_description(span)], span.text
        before, described = before + len(found), described + len(said)
    assert before + described  # (the comparison is not over empty lists only)


def _walked_before_jurisdiction(phrase: Span) -> str:
    """_before_jurisdiction as a walk of the phrase's Tokens."""
    for tok in phrase:
        if tok.pos_ == "ADP" and tok.lower_ in _JURISDICTION or tok.dep_ in _CLAUSES and tok.i > phrase.start and (
                phrase.start <= tok.head.i < phrase.end):
            end = tok.i if tok.pos_ == "ADP" else tok.left_edge.i
            return phrase.doc[phrase.start:max(end, phrase.start)].text
    return phrase.text


def _walked_title_context(span: Span) -> tuple[str, str, list[str], str]:
    """_title_context as a walk of the Tokens before the name and of its root's relatives: (nationality,
    the title's text, its appositives, its governor)."""
    doc, sent = span.doc, span.sent
    i, cut = span.start - 1, span.start
    while i >= sent.start and span.start - i <= 9:
        tok = doc[i]
        if tok.pos_ == "CCONJ" and i > sent.start and doc[i - 1].ent_type_ == "PERSON" and span.start - i > 1:
            break  # (round 21: a title stops at the 'and' after another person's name)
        if tok.pos_ == "ADP" and tok.lower_ in _JURISDICTION and i > sent.start and doc[i - 1].pos_ in ("NOUN", "PROPN"):
            cut = i
        elif tok.lower_ in _STOP_LEFT or tok.pos_ in ("VERB", "AUX", "PRON", "NUM", "ADV", "ADP") or (
                tok.text not in ("-", "–", "'s", "’s", ".") and tok.is_punct):
            break
        i -= 1
    root = span.root
    appositives = [doc[c.left_edge.i:c.right_edge.i + 1] for c in root.children if c.dep_ == "appos"]
    predicates = []
    if root.dep_ == "nsubj" and root.head.lemma_ == "be":
        predicates = [c for c in root.head.children
                      if c.dep_ == "attr" and c.i > root.i and c.pos_ == "NOUN" and head_sector(c.text)[1]]
    across = any(doc[k].pos_ == "CCONJ" and k > sent.start and doc[k - 1].ent_type_ == "PERSON"
                 for k in range(root.head.i + 1, span.start)) if root.dep_ == "appos" else False
    set_beside = root.dep_ == "appos" and root.head.i < span.start and not across
    if set_beside:
        appositives.append(doc[root.head.left_edge.i:root.head.i + 1])
    after = " ".join(a.text for a in appositives + [doc[c.left_edge.i:c.right_edge.i + 1] for c in predicates])
    after_nationality = " ".join([_walked_before_jurisdiction(a) for a in appositives]
                                 + [t.text for c in predicates for t in c.lefts if t.dep_ == "amod"])
    nationality = f"{doc[i + 1:cut].text} {after_nationality}".strip()
    before = doc[i + 1:span.start].text
    governor = appositives[-1].text if set_beside else ""
    return (nationality, f"{before} {after}".strip(),
            [a.text for a in appositives if a.text != governor]
            + [doc[c.left_edge.i:c.right_edge.i + 1].text for c in predicates], governor)


@pytest.mark.parametrize("text", TEXTS)
def test_title_context_is_the_walked_title_context(process, text):
    """_title_context (the parse's arrays) gives the nationality words and the title (its text, appositives
    and governor) the Token walk gives, for every span; _before_jurisdiction the same cut of a phrase."""
    sdoc = process(text, until="actors").nlp
    titled = 0
    for span in _spans(sdoc):
        nationality, title = _title_context(span)
        assert (nationality, str(title), title.appositives, title.governor) == _walked_title_context(span), span.text
        assert _before_jurisdiction(span) == _walked_before_jurisdiction(span), span.text
        titled += bool(title)
    assert titled  # (the comparison is not over empty titles only)


SPOKEN = [
    # speakers named before and after quotations, a pair joined by 'and', a plural noun between
    "\"The port will reopen soon,\" said Maria Lopez, the harbour chief. Officials and traders disagreed. "
    "Carlos Mendes and Pedro Gomez, two engineers, were detained on Monday. Police later released them. "
    "\"We did nothing wrong,\" Mendes told reporters.",
    "Tomas Berg and Erik Lund, both from Bergen, said they would appeal. Guards seized the phones of Berg and "
    "Lund and questioned them. One reader wrote: \"This is unfair.\" Berg added, \"We will fight on.\"",
]


def _walked_coordinated_people(doc: Document, tok: Token, quoted, subjects: bool = True) -> list[str]:
    """_coordinated_people as a walk of the sentences' Tokens and their conjuncts."""
    outside = not inside(quoted, tok.idx)
    own = _clause_subject_ids(doc, tok) if subjects or tok.dep_ in _OBJECT_DEPS else set()
    sent = tok.sent
    sentences = [sent] + ([doc.nlp[sent.start - 1].sent] if sent.start > 0 else [])
    for s in sentences:
        best: list[str] = []
        last = -1
        for t in s:
            if t.i >= tok.i:
                break
            if t.dep_ == "conj" or not t.conjuncts or outside and inside(quoted, t.idx):
                continue
            ids = [doc.actor_of_token(x) for x in (t, *t.conjuncts)]
            if not all(ids):
                continue
            ids = list(dict.fromkeys(ids))
            if len(ids) >= 2 and all((a := doc.actor(i)) is not None and a.kind == "person" for i in ids) \
                    and not own & set(ids):
                best, last = ids, max(x.i for x in (t, *t.conjuncts))
        if best:
            if any(x.tag_ == "NNS" and x.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and not doc.referents(x)
                   for x in doc.nlp[last + 1:tok.i]):
                return []
            return best
    return []


def _walked_around(doc: Document, quoted, start: int, end: int, anyone: bool = False) -> frozenset[str]:
    """_QuoteSpeakers._around as a walk of the Tokens of the sentences that hold start..end."""
    from bisect import bisect_right

    from eventwire.stages.actors.words import speech_lemmas
    starts = doc.sentence_starts()
    first = starts[bisect_right(starts, start) - 1]
    k = bisect_right(starts, max(start, end - 1))
    last = starts[k] if k < len(starts) else len(doc.text)
    ids = set()
    for tok in doc.nlp.char_span(first, last, alignment_mode="expand"):
        if start <= tok.idx < end or tok.dep_ != "nsubj" or tok.head.lemma_.lower() not in speech_lemmas():
            continue
        if inside(quoted, tok.head.idx):
            continue
        named = {a for a in (doc.actor_of_token(t) for t in _named_by(tok)) if a}
        ids.update(named or ({""} if anyone and tok.pos_ in ("NOUN", "PROPN") and not _definite(tok) else ()))
    return frozenset(ids)


@pytest.mark.parametrize("text", SPOKEN)
def test_coordinated_people_are_the_walked_pair(process, text):
    """_coordinated_people (the parse's arrays, a right 'conj' child for a coordination) finds, for every word
    of the text as the anchor, the pair of people the walk of Tokens and their conjuncts finds."""
    doc = process(text, until="actors")
    quoted = quoted_spans(doc)
    paired = 0
    for tok in doc.nlp:
        for subjects in (True, False):
            found = _coordinated_people(doc, tok, quoted, subjects)
            assert found == _walked_coordinated_people(doc, tok, quoted, subjects), tok.text
            paired += len(found) >= 2
    assert paired  # (the comparison is not over empty answers only)


@pytest.mark.parametrize("text", SPOKEN)
def test_speakers_around_are_the_walked_speakers(process, text):
    """_QuoteSpeakers._around (subjects of speech verbs off the parse's arrays) names the actors the Token walk
    names, for every quotation and for every pair of sentence starts, with and without ``anyone``."""
    doc = process(text, until="actors")
    quoted = quoted_spans(doc)
    speakers = _QuoteSpeakers(doc, quoted)
    starts = doc.sentence_starts() + [len(doc.text)]
    asked = list(quoted) + [(a, b) for a in starts for b in starts if a < b] + [(a, a) for a in starts[:-1]]
    named = 0
    for start, end in asked:
        for anyone in (False, True):
            found = speakers._around(start, end, anyone)
            assert found == _walked_around(doc, quoted, start, end, anyone), (start, end)
            named += bool(found - {""})
    assert named  # (some speakers are named)
