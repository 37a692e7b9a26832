"""A perfect tense the parser read as a noun phrase: "the ministry has since barred reporters", "rains had
flooded roads". The small English model often takes the past participle after a form of "have" (and an
adverb or "since") for an adjective of the noun that follows, so that "have" holds the noun as its object or
"since" as its own, and the verb, its subject and its object are lost to every later stage.

The repair is made on the parse itself, once, right after the parser: the participle heads its clause in the
place "have" held, "have" becomes its auxiliary, the noun its direct object, the words between (adverbs,
"since") its adverbial modifiers, and the other dependents of "have" (the subject, prepositions, punctuation)
move to it. Only the plain shape is taken: a finite "have" (has, have, had) with a subject, then nothing but
adverbs or "since", then a participle tagged VBN attached as an adjective or compound to a noun just after it
("have a repeated measure", "have seven orphaned lambs" keep their reading: a determiner or a number
stands between).
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

_FINITE = frozenset({"VBP", "VBZ", "VBD"})
_BETWEEN_POS = frozenset({"ADV", "PART"})  # "have since", "have already", "had not"


def _between(tok: Token) -> bool:
    return tok.pos_ in _BETWEEN_POS or tok.lower_ == "since"


def _have_before(part: Token) -> tuple[Token, list[Token]] | None:
    """The finite "have" the participle follows, with the words between them, or None."""
    doc, i, between = part.doc, part.i - 1, []
    while i >= part.sent.start and _between(doc[i]):
        between.append(doc[i])
        i -= 1
    if i < part.sent.start:
        return None
    have = doc[i]
    if have.lemma_.lower() != "have" or have.tag_ not in _FINITE:
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in have.children):
        return None
    return have, between


def repair(doc: Doc) -> Doc:
    if not len(doc):
        return doc
    strings = doc.vocab.strings  # the participles found on the parse's arrays: no Token made for most words
    arrays = doc.to_array(["TAG", "DEP"])
    vbn, adjectival = strings.add("VBN"), {strings.add("amod"), strings.add("compound")}
    for i in [i for i, (tag, dep) in enumerate(arrays.tolist()) if tag == vbn and dep in adjectival]:
        part = doc[i]
        noun = part.head
        if noun.i != part.i + 1 or noun.pos_ not in ("NOUN", "PROPN"):
            continue
        found = _have_before(part)
        if found is None:
            continue
        have, between = found
        if noun.head.i != have.i and noun.head not in between:
            continue  # the noun hangs elsewhere: not the shape this reads
        root = have.head.i == have.i
        moved = [c for c in have.children if c not in between and c.i != noun.i]
        part.head = part if root else have.head  # first out of have's subtree, so that no step makes a cycle
        part.dep_ = have.dep_
        part.pos_ = "VERB"
        noun.head, noun.dep_ = part, "dobj"
        for word in between:
            word.head, word.dep_ = part, "neg" if word.lower_ in ("not", "n't", "never") else "advmod"
        for child in moved:
            child.head = part
        have.head, have.dep_, have.pos_ = part, "aux", "AUX"
    return doc


@Language.component("eventwire_perfect_participles")
def perfect_participles(doc: Doc) -> Doc:
    return repair(doc)
