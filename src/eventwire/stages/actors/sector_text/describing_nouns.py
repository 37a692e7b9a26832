"""The nouns a story describes a body with ('energy giant X', 'X, a political risk consultancy', 'companies
such as X', 'commandos of the X'), read once per parse and name; the entity readers and the sector readers
ask about the same names."""
from __future__ import annotations

from spacy.tokens import Span, Token

from ....document import children_of, heads_of, read_once, span_text, strings_of, tokens_of
from ....lexicon import words as word_list
from ..sector import head_sector, listed_descriptor


_DESCRIBING_DEPS = ("compound", "amod", "nmod")


def describer_phrase(tok: Token) -> str:
    """The describing noun with the words that modify it right before it ('political risk consultancy')."""
    # (read off the parse's arrays: no Token is made for the words before it)
    doc, i = tok.doc, tok.i
    deps, pos, ents = strings_of(doc, "DEP"), strings_of(doc, "POS"), strings_of(doc, "ENT_TYPE")
    heads = heads_of(doc)
    start = i
    while start > 0:
        prev = start - 1
        if deps[prev] in _DESCRIBING_DEPS and start <= heads[prev] <= i and pos[prev] in ("NOUN", "ADJ", "PROPN") \
                and not ents[prev]:
            start = prev
            continue
        break
    return span_text(doc[start:i + 1])


def describers(span: Span) -> list[Token]:
    """``_describers`` of a name, read once per parse and name: the entity readers (things, not bodies) and
    the sector readers ask about the same names."""
    return list(read_once(span.doc, ("describers", span.start, span.end), _describers, span))


def _describers(span: Span) -> list[Token]:
    """Lower-case nouns that say what the body named by ``span`` is: a noun it is in apposition to or
    that it modifies ('trade association X', 'the X consultancy'), a noun in apposition after
    it ('X, a company that ...'), a noun before it in its own phrase ('energy giant X'), the
    complement of 'X is a ...', or armed people it is 'of' ('commandos of the X')."""
    # (the words' relations, heads and strings read off the parse's arrays, the tokens found taken from the
    # parse's one list of them: this runs for every name of a body, and a Token walk made a Token per word read)
    doc = span.doc
    tokens, heads, kids = tokens_of(doc), heads_of(doc), children_of(doc)
    deps, pos = strings_of(doc, "DEP"), strings_of(doc, "POS")
    words, lows = strings_of(doc, "ORTH"), strings_of(doc, "LOWER")
    root = span.root.i
    found: list[Token] = []
    head = heads[root]
    if head != root and not span.start <= head < span.end and pos[head] == "NOUN" and words[head].islower():
        # 'the X consultancy', 'the X news website' name one body; 'AI companies' are many bodies of a kind
        if deps[root] == "appos" or deps[root] == "compound" and span.end <= head <= span.end + 2 and all(
                deps[t] == "compound" and words[t].islower() for t in range(span.end, head)) \
                and strings_of(doc, "TAG")[head] != "NNS":
            found.append(tokens[head])
    if deps[root] == "pobj" and lows[head] in word_list("example_list_words.txt"):  # 'companies such as X', 'groups like Y'
        noun = heads[heads[head]] if lows[heads[head]] == "such" else heads[head]
        if pos[noun] == "NOUN" and not strings_of(doc, "ENT_TYPE")[noun]:  # ('Companies such as X' may open the sentence)
            found.append(tokens[noun])
    for child in kids[root]:
        text = words[child]
        if deps[child] == "appos" and child >= span.end and text.isupper() and listed_descriptor(text):
            found.append(tokens[child])  # 'X, an NGO that ...': a describing noun written in capitals
            continue
        if not text.islower() or pos[child] != "NOUN" and not (pos[child] == "ADJ" and listed_descriptor(text)):
            continue  # the parser tags some describing nouns as adjectives ('engineering giant X')
        if deps[child] == "appos" and child >= span.end:
            found.append(tokens[child])
        elif deps[child] in _DESCRIBING_DEPS and child < span.start and child == span.start - 1:
            found.append(tokens[child])
    if deps[root] == "nsubj" and tokens[head].lemma_ == "be":  # (one word's lemma: no table of every word's)
        found.extend(tokens[c] for c in kids[head] if deps[c] == "attr" and pos[c] == "NOUN" and words[c].islower())
    if deps[root] == "pobj" and lows[head] == "of" and head > 0 and _armed_members(tokens[head - 1]):
        # 'commandos of the X', 'fighters of the X': the body they serve in is armed (read from the noun right
        # before 'of', to which the parser may not hang it: 'the air force and commandos of the X')
        found.append(tokens[head - 1])
    return found


_ARMED_MEMBERS = ("MIL", "REB", "COP", "CRM")


def _armed_members(tok: Token) -> bool:
    """A plural common noun for armed or criminal people ('commandos', 'soldiers', 'fighters', 'gangsters'): the
    body it is 'of' is the body they serve in, and of their sector."""
    if tok.tag_ != "NNS" or not (tok.text.islower() or tok.is_sent_start):
        return False
    sector, known = head_sector(tok.text)
    return known and sector in _ARMED_MEMBERS


def _shared_describers(span: Span) -> list[Token]:
    """``describers`` of the name, or of the first name of its list ('online retailers X and Y')."""
    found = describers(span)
    root = span.root
    if not found and root.dep_ == "conj" and root.head.i < span.start:
        found = describers(root.doc[root.head.i:root.head.i + 1])
    return found
