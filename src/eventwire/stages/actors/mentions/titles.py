"""The title words before or after a name ('Foreign Minister', 'envoy for Syria') as the readers of people
and organisations take them (``Title``, ``_title_context``)."""
from __future__ import annotations

from spacy.tokens import Span as SpacySpan

from ....document import children_of, flags_of, heads_of, sentence_of, span_text, strings_of, tokens_of
from ..sector import head_sector
from ..words import role_family


_STOP_LEFT = {"the", "a", "an", "by", "to", "from", "with", "for", "on", "in", "at", "that", "who", "said",
              "told", "as", "than", "between", "when", "while", "after", "before"}


_JURISDICTION = {"for", "of", "to"}


def _title_context(span: SpacySpan) -> tuple[str, str]:
    """(words that can give the nationality, words that can give the role) around a name: the title
    before it ('Russian Foreign Minister'), across 'for'/'of' ('U.N. envoy for Syria' - Syria is the
    brief, not the nationality), plus any appositive after it."""
    doc, sent = span.doc, sentence_of(span)
    i, cut = span.start - 1, span.start
    # (the words before the name read off the parse's arrays, a punctuation test off its one list of tokens)
    tags, lows, words = strings_of(doc, "POS"), strings_of(doc, "LOWER"), strings_of(doc, "ORTH")
    tokens = tokens_of(doc)
    while i >= sent.start and span.start - i <= 9:
        tag, low = tags[i], lows[i]
        if _after_other_name(doc, i, sent.start) and span.start - i > 1:
            break  # 'Interior Minister A and Health Minister B': B's title ends at the 'and' after another's name
            # (a name right after the 'and' shares the title before both: 'Mexican traders A and B')
        if tag == "ADP" and low in _JURISDICTION and i > sent.start and tags[i - 1] in ("NOUN", "PROPN"):
            cut = i
        elif low == "the" and i - 1 > sent.start and lows[i - 1] == "to" and tags[i - 2] in ("NOUN", "PROPN"):
            pass  # 'the Chilean Ambassador to the United Kingdom X': the state one is sent to, not one's own
        elif low in _STOP_LEFT or tag in ("VERB", "AUX", "PRON", "NUM", "ADV", "ADP") or (
                words[i] not in ("-", "–", "'s", "’s", ".") and flags_of(doc, "IS_PUNCT")[i]):
            break
        i -= 1
    # (the name's root's relatives as token indices off the parse's arrays, Tokens from its one list of them)
    root = span.root.i
    heads, kids, deps = heads_of(doc), children_of(doc), strings_of(doc, "DEP")
    head = heads[root]
    appositives = [doc[tokens[c].left_edge.i:tokens[c].right_edge.i + 1] for c in kids[root] if deps[c] == "appos"]
    predicates = []  # 'Li is a Chinese trader in Lisbon': a role, and a nationality only from its adjectives
    if deps[root] == "nsubj" and tokens[head].lemma_ == "be":  # (one word's lemma: no table of every word's)
        predicates = [tokens[c] for c in kids[head]
                      if deps[c] == "attr" and c > root and tags[c] == "NOUN" and head_sector(words[c])[1]]
    if deps[root] == "appos" and head < span.start and any(
            _after_other_name(doc, k, sent.start) for k in range(head + 1, span.start)):
        head = root  # the parse set B beside A's title across 'A and B': not B's description
    if deps[root] == "appos" and head < span.start:
        if deps[head] == "pobj" and lows[heads[head]] == "to" and _sent_diplomat(doc, heads[heads[head]]):
            head = heads[heads[head]]  # "Nigeria's ambassador to Germany, X" parsed as Germany's apposition
        appositives.append(doc[tokens[head].left_edge.i:head + 1])
    after = " ".join(span_text(a) for a in appositives + [doc[c.left_edge.i:c.right_edge.i + 1] for c in predicates])
    after_nationality = " ".join([_before_jurisdiction(a) for a in appositives]
                                 + [words[t] for c in predicates for t in kids[c.i] if t < c.i and deps[t] == "amod"])
    # (sent.start - 1 <= i < cut <= span.start: Span() directly, see _trim_possessive; the title read once)
    nationality = f"{span_text(SpacySpan(doc, i + 1, cut))} {after_nationality}".strip()
    before = span_text(SpacySpan(doc, i + 1, span.start))
    governor = span_text(appositives[-1]) if deps[root] == "appos" and head < span.start else ""
    said = governor
    # 'A spokesperson for the X Foundation, Jane Doe': a common noun with its 'of/for' phrase (not a capitalised
    # office's own words: 'Air Force Chief of Staff, General X' is a general)
    if governor and not words[head].istitle():
        ends = [tokens[c].right_edge.i + 1 for c in kids[head]
                if deps[c] == "prep" and lows[c] in ("of", "for") and head < c and tokens[c].right_edge.i < span.start]
        governor = span_text(doc[tokens[head].left_edge.i:max(ends)]) if ends else governor
    return nationality, Title(f"{before} {after}".strip(), before,
                              [a for a in map(span_text, appositives) if a != said]
                              + [span_text(doc[c.left_edge.i:c.right_edge.i + 1]) for c in predicates], governor)


def _after_other_name(doc, i: int, start: int) -> bool:
    """Whether token ``i`` of a parse is an 'and'/'or' right after a person's name: the words before it are
    another person's, not the title of the name that follows ('Interior Minister A and Health Minister B').
    (The word class and entity label read off the parse's arrays: no Token's strings looked up.)"""
    return strings_of(doc, "POS")[i] == "CCONJ" and i > start and strings_of(doc, "ENT_TYPE")[i - 1] == "PERSON"


class Title(str):
    """The words around a name that can give a role, as one string; ``before`` is the title before the
    name ('Russian Foreign Minister'), ``appositives`` the descriptions after it, one by one, and
    ``governor`` the noun the name is set beside ('Its chairperson, Justice Jane Doe')."""

    def __new__(cls, text: str, before: str = "", appositives: list[str] | None = None,
                governor: str = "") -> "Title":
        obj = super().__new__(cls, text)
        obj.before, obj.appositives, obj.governor = before, list(appositives or []), governor
        return obj


def diplomat_noun(role: str) -> bool:
    """Whether a role noun (lower case) is a diplomat's ('ambassador', 'envoy': family diplomat of
    coref_role_families.tsv), one a state sends to another state or to a body."""
    return role_family(role) == "diplomat"


def _sent_diplomat(doc, i: int) -> bool:
    """Whether token ``i`` is a diplomat's noun, whose 'to' phrase names the state the diplomat is sent to."""
    return strings_of(doc, "POS")[i] == "NOUN" and diplomat_noun(tokens_of(doc)[i].lemma_)


def _before_jurisdiction(phrase: SpacySpan) -> str:
    """'the U.N. special envoy for Syria' -> 'the U.N. special envoy'; a clause inside the description
    tells what the person did, not whose national they are: 'a former State Department official who
    negotiated with Iran' -> 'a former State Department official'."""
    doc = phrase.doc  # (the words read off the parse's arrays: no Token is made but for a clause's left edge)
    pos, lows, deps, heads = strings_of(doc, "POS"), strings_of(doc, "LOWER"), strings_of(doc, "DEP"), heads_of(doc)
    for tok in range(phrase.start, phrase.end):
        if pos[tok] == "ADP" and lows[tok] in _JURISDICTION or deps[tok] in _CLAUSES and tok > phrase.start and (
                phrase.start <= heads[tok] < phrase.end):
            end = tok if pos[tok] == "ADP" else tokens_of(doc)[tok].left_edge.i
            return span_text(doc[phrase.start:max(end, phrase.start)])
    return span_text(phrase)


_CLAUSES = ("relcl", "acl", "advcl")
