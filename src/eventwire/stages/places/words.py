"""The word classes the places stage reads (lists in ``lexicons/place_*``) and the sentence positions
they make: a location ("in X", "visit X", "the border with X"), a cue noun ("the town of X", "X
province")."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.attrs import IDX, LENGTH
from spacy.tokens import Doc, Span, Token

from ... import lexicon

LIST_WORDS = lexicon.words("example_list_words.txt")  # "countries including X", "places like X", "such as X"
RETURN_WORDS = ("back", "home", "away", "abroad", "overseas")


def words(name: str) -> frozenset[str]:
    return lexicon.words(name)


@lru_cache(maxsize=1)  # (the lists are read once: these are asked for per candidate name)
def never() -> frozenset[str]:
    """Keys never read as places by the gazetteer scan (place_never.txt), and compass words."""
    return lexicon.words("place_never.txt") | compass()


def compass() -> frozenset[str]:
    return lexicon.words("place_compass_words.txt")


@lru_cache(maxsize=1)
def cue_nouns() -> dict[str, str]:
    return {r["noun"]: r["kind"] for r in lexicon.table("place_cue_nouns.tsv")}


def governor(tok: Token) -> Token:
    """The first conjunct of a coordination / the head of an apposition: whose role the name shares."""
    while tok.dep_ in ("conj", "appos") and tok.head is not tok:
        tok = tok.head
    return tok


def locative(tok: Token, surface: bool = False) -> bool:
    """Does the sentence put this name as a location (object of "in", "visit", "outside of", "flew to";
    one of the places in "countries including X"; "on X" for an island, a ``surface``)?"""
    g = governor(tok)
    head = g.head
    if g.dep_ == "pobj":
        if head.lower_ in LIST_WORDS and head.head is not head:
            noun = head.head  # "to neighbouring countries, including X": as located as the countries
            return noun.pos_ in ("NOUN", "PROPN") and locative(noun)
        if head.lower_ == "of":
            return head.head.lower_ in words("place_prepositions.txt") | words("place_feature_words.txt")
        if head.lower_ == "to":
            return _destination(head.head)
        return head.lower_ in words("place_prepositions.txt") or (surface and head.lower_ == "on")
    if g.dep_ == "dobj":
        return head.lemma_.lower() in words("place_motion_verbs.txt")
    if g.dep_ in ("compound", "poss"):
        return head.lower_ in words("place_feature_words.txt")
    return False


def _destination(head: Token) -> bool:
    """Is "to X" a destination here: after a verb of movement or a noun that is not a relation ("the
    road to Kyiv", "flights to Cairo"; not "related to", "a threat to", "spoke to")?"""
    if head.pos_ == "ADV":  # "sent back to China", "flew home to Cairo", "headed north to Peshawar"
        if head.lower_ in RETURN_WORDS or head.lower_ in compass():
            return True
        return head.head is not head and _destination(head.head)
    if head.pos_ in ("VERB", "AUX"):
        lemma = head.lemma_.lower()
        return lemma in words("place_to_verbs.txt") or lemma in words("place_motion_verbs.txt")
    if head.pos_ == "NOUN":
        return head.lower_ not in words("place_relation_nouns.txt")
    return False


def cue_kind(span: Span) -> str:
    """"city" or "admin" when a cue noun names the kind of place: "the town of X" (X the object of "of"
    after the cue, or a conjunct of it), "X province", "the Hiran region". An adjective or a determiner before
    the cue, a people's or a nation's included (the tagger's NORP), names no place, whatever town the
    gazetteer knows by that word: "the English city of Leeds", "the Spanish port of Valencia", "Many villages are cut off"."""
    doc = span.doc
    if all(t.ent_type_ == "NORP" or t.pos_ in ("ADJ", "DET") for t in span):
        return ""
    nouns = cue_nouns()
    if span.end < len(doc) and _lemma(doc[span.end]) in nouns and doc[span.end].pos_ == "NOUN":
        return nouns[_lemma(doc[span.end])]
    g = governor(span.root)
    if g.dep_ == "pobj" and g.head.lower_ == "of" and _lemma(g.head.head) in nouns:
        return nouns[_lemma(g.head.head)]
    if g.dep_ == "compound" and _lemma(g.head) in nouns and g.head.i >= span.end:
        return nouns[_lemma(g.head)]
    return ""


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


_last: list = []  # [(doc, text, Surface)] of the article being read


@dataclass
class Surface:
    """Token offsets of a parsed article, read once as arrays (no spaCy Token objects): the scans over
    every capitalised word use these."""

    text: str
    starts: list[int]
    ends: list[int]
    capital: list[bool]

    @classmethod
    def of(cls, sdoc: Doc, text: str) -> Surface:
        """The surface of ``sdoc`` (the last one read is kept: the stage's scans share it)."""
        last = _last[0] if _last else None  # read once: another thread may replace it (a served request)
        if last is not None and last[0] is sdoc and last[1] is text:
            return last[2]
        if len(sdoc):  # (the columns read and added as arrays, then made lists once: no pair per token)
            arr = sdoc.to_array([IDX, LENGTH])
            starts, ends = arr[:, 0].tolist(), arr.sum(axis=1).tolist()
        else:
            starts, ends = [], []
        # (a token is never empty: its first character is ``text[start]``)
        surface = cls(text, starts, ends, list(map(str.isupper, map(text.__getitem__, starts))))
        _last[:] = [(sdoc, text, surface)]
        return surface

    def __len__(self) -> int:
        return len(self.starts)

    def joined(self, start: int, end: int) -> str:
        """The text of tokens start..end-1, as written."""
        return self.text[self.starts[start]:self.ends[end - 1]]

    def capitalised_or_glue(self) -> list[bool]:
        """For each token: capitalised, or a hyphen glued inside a name (``glue``)."""
        text, starts, ends, last = self.text, self.starts, self.ends, len(self.starts) - 1
        return [c or (0 < i < last and ends[i] - starts[i] == 1 and text[starts[i]] == "-"
                      and ends[i - 1] == starts[i] and ends[i] == starts[i + 1])
                for i, c in enumerate(self.capital)]

    def glue(self, i: int) -> bool:
        """A hyphen inside a name, with no space on either side."""
        return 0 < i < len(self.starts) - 1 and self.text[self.starts[i]:self.ends[i]] == "-" \
            and self.ends[i - 1] == self.starts[i] and self.ends[i] == self.starts[i + 1]
