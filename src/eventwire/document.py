"""The document passed from stage to stage.

Each stage reads what earlier stages left here and adds its own items; nothing flows backwards.
``Document.nlp`` is one spaCy ``Doc`` over the whole ``article.text``, so a token's ``idx`` is already an
offset into the original text.
"""
from __future__ import annotations

from bisect import bisect_left, insort
from dataclasses import dataclass, field
from itertools import chain, compress, filterfalse
from operator import attrgetter
from typing import TYPE_CHECKING, Container

from numpy import arange

from .record import Actor, Article, Event, Mention, Place, Quote, Record, TimeExpr

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span, Token


@dataclass
class Attribution:
    """A reporting clause found by the quotes stage: who says the words in ``content``, through whom.

    ``speaker`` is who says it first; ``via`` lists who relayed it, in order. Events whose trigger lies
    inside ``content`` are reported with ``according_to`` = [speaker, *via] (original first).
    ``kind`` is "direct", "partial", "indirect" or "hedge" (reportedly, is said to).
    """

    content_start: int
    content_end: int
    speaker: str | None  # actor id
    cue: str | None
    kind: str
    via: list[str] = field(default_factory=list)  # actor ids, original first
    cue_start: int | None = None
    cue_end: int | None = None
    negated: bool = False  # "denied that", "dismissed": the speaker denies the content


_START = attrgetter("start")

# string-store hash -> the string (and lower-cased), shared by every article: a parse's words repeat
_STRINGS: dict[bool, dict[int, str]] = {False: {}, True: {}}
_STRINGS_MAX = 200_000  # entries kept (a few MB) before a table starts again


def token_strings_of(sdoc: Doc, attr: str, lower: bool) -> list[str]:
    ids = sdoc.to_array(attr).tolist()
    known = _STRINGS[lower]
    try:  # every string known already (always so for tags and relations): no set of the ids is made
        return list(map(known.__getitem__, ids))
    except KeyError:
        pass
    missing = set(ids).difference(known)
    if missing:
        if len(known) + len(missing) > _STRINGS_MAX:
            known.clear()
            missing = set(ids)
        strings = sdoc.vocab.strings
        known.update((h, strings[h].lower() if lower else strings[h]) for h in missing)
    return list(map(known.__getitem__, ids))  # as [known[h] for h in ids], without a Python step per word


# The sentences of the parse read last, and the sentence of each of its tokens: ``Token.sent`` and
# ``Span.sent`` build new spans (about 6 microseconds a read: a one-token span, a bounds check in Python,
# the sentence's span) and the stages read them thousands of times an article set. Nothing changes the
# parse after the nlp stage; ``[(doc, sentences, sentence of each token)]`` of one Doc at a time.
_SENTS: list = []


def _sentence_table(doc: Doc) -> tuple:
    """``(doc, its sentences, the number of the sentence of each token)``, made once per parse."""
    last = _SENTS[0] if _SENTS else None  # read once: another thread may replace it (a served request)
    if last is None or last[0] is not doc:
        sents = tuple(doc.sents)
        last = (doc, sents, [k for k, sent in enumerate(sents) for _ in range(sent.start, sent.end)])
        _SENTS[:] = [last]
    return last


# The tokens of the parse read last: walking a ``Doc`` makes a new ``Token`` per word on every pass, and
# the Document's stages and the events stage's tree index (``eventcoding.tree``) both want them all.
_TOKENS: list = []


def tokens_of(doc: Doc) -> list:
    """Every token of a parse, as ``list(doc)`` gives them, made once per parse."""
    last = _TOKENS[0] if _TOKENS else None  # read once: another thread may replace it (a served request)
    if last is None or last[0] is not doc:
        last = (doc, list(doc))
        _TOKENS[:] = [last]
    return last[1]


# What is read off the parse read last, for the readers handed a Span or a Token and no Document: its
# words' strings (``strings_of``) and its text (``span_text``). ``Doc[i]`` makes a new Token (about 0.4
# microseconds), a Token's ``pos_`` or ``lower_`` looks its string up again (0.3-0.4), ``Span.text`` does
# both for every word of the span; a list of strings and a slice of the text cost a few hundredths of that.
# ``[(doc, {key: value})]`` of one Doc at a time (the Doc is held: no other parse can take its identity).
_PARSE: list = []


def _parse_table(doc: Doc) -> dict:
    last = _PARSE[0] if _PARSE else None  # read once: another thread may replace it (a served request)
    if last is None or last[0] is not doc:
        last = (doc, {})
        _PARSE[:] = [last]
    return last[1]


def strings_of(doc: Doc, attr: str, lower: bool = False) -> list[str]:
    """Every token's ``attr`` string of a parse, as ``Document.token_strings`` reads it, made once per parse:
    ``strings_of(doc, "POS")[i] == doc[i].pos_``, ``strings_of(doc, "ORTH")[i] == doc[i].text``."""
    if attr == "LOWER":  # (a LOWER string is lower-cased already: lower-cased again it is itself, one table)
        lower = False
    last = _PARSE[0] if _PARSE else None  # (the table of the parse read last, without a call: read tens of
    table = last[1] if last is not None and last[0] is doc else _parse_table(doc)  # thousands of times a set)
    found = table.get((attr, lower))
    if found is None:
        found = table[(attr, lower)] = token_strings_of(doc, attr, lower)
    return found


def flags_of(doc: Doc, attr: str) -> list[int]:
    """Every token's ``attr`` number of a parse, made once per parse from its array: a flag ("IS_PUNCT":
    ``flags_of(doc, "IS_PUNCT")[i] == doc[i].is_punct``), "SPACY" (1 where ``doc[i].whitespace_`` is a
    space) or "IDX" (``starts_of``), read without a Token per word."""
    last = _PARSE[0] if _PARSE else None  # (the table of the parse read last, without a call, as strings_of)
    table = last[1] if last is not None and last[0] is doc else _parse_table(doc)
    found = table.get(("flags", attr))
    if found is None:
        found = table[("flags", attr)] = doc.to_array(attr).tolist() if len(doc) else []
    return found


def starts_of(doc: Doc) -> list[int]:
    """Every token's character offset in a parse, ``[t.idx for t in doc]``, made once per parse from its IDX
    array (``flags_of``'s table): no Token is made, and the readers that bisect the tokens by offset (the
    quotes stage's context, the claims reader) share one list."""
    return flags_of(doc, "IDX")


def read_once(doc: Doc, key: tuple, read, *args):
    """What ``read(*args)`` gives, read once per parse under ``key`` (the reader's name and the offsets it
    reads at): for the readers of the parse alone, handed a Span and no Document, that several readers of a
    stage call on the same words ('describers' of a body's name, '_description' of a person's). The parse
    read last only, as ``strings_of``; a caller that changes what it is given must copy it."""
    last = _PARSE[0] if _PARSE else None  # (the table of the parse read last, without a call: read tens of
    table = last[1] if last is not None and last[0] is doc else _parse_table(doc)  # thousands of times a set)
    found = table.get(key)
    if found is None:
        found = table[key] = read(*args)
    return found


def heads_of(doc: Doc) -> list[int]:
    """The index of every token's head in a parse (a root its own), ``[t.head.i for t in doc]``, made once per
    parse from the parse's array of offsets: no ``Token`` is made."""
    last = _PARSE[0] if _PARSE else None  # (the table of the parse read last, without a call: read tens of
    table = last[1] if last is not None and last[0] is doc else _parse_table(doc)  # thousands of times a set)
    found = table.get("heads")
    if found is None:
        offsets = doc.to_array("HEAD").astype("int64")  # (each head's offset from its token, added in the array)
        found = table["heads"] = (offsets + arange(len(offsets), dtype="int64")).tolist() if len(doc) else []
    return found


def children_of(doc: Doc) -> list[list[int]]:
    """The children of every token of a parse as token indices, in text order, as ``[c.i for c in
    doc[i].children]`` gives them, made once per parse (``Token.children`` makes a ``Token`` per child)."""
    last = _PARSE[0] if _PARSE else None  # (the table of the parse read last, without a call: read tens of
    table = last[1] if last is not None and last[0] is doc else _parse_table(doc)  # thousands of times a set)
    found = table.get("children")
    if found is None:
        found = table["children"] = [[] for _ in range(len(doc))]
        for j, head in enumerate(heads_of(doc)):
            if head != j:  # a root is its own head, never its own child
                found[head].append(j)
    return found


def subtree_of(doc: Doc, i: int) -> list[int]:
    """The indices of ``doc[i].subtree`` in the order it yields them (each left child's subtree, the token,
    each right child's subtree), read off ``children_of``: no ``Token`` is made."""
    kids = children_of(doc)
    found: list[int] = []

    def walk(k: int) -> None:
        for c in kids[k]:
            if c > k:
                break
            walk(c)
        found.append(k)
        for c in kids[k]:
            if c > k:
                walk(c)
    walk(i)
    del walk  # (the closure refers to itself: a cycle, holding the parse's children, left to the collector)
    return found


def _known_text(doc: Doc) -> str | None:
    """The parse's text as the Document left it (``Document.tokens``), or None: ``Doc.text`` would make every
    Token of the parse to join their words."""
    last = _PARSE[0] if _PARSE else None
    return (last[1] if last is not None and last[0] is doc else _parse_table(doc)).get("text")


def parse_text(doc: Doc) -> str:
    """What ``doc.text`` gives, read from the parse's table when the Document left it there."""
    text = _known_text(doc)
    return doc.text if text is None else text


def span_text(span: Span) -> str:
    """What ``span.text`` gives, cut from the parse's text (made once per parse) by the span's offsets."""
    if span.end <= span.start:
        return ""
    text = _known_text(span.doc)
    return span.text if text is None else text[span.start_char:span.end_char]


def sentences_of(doc: Doc) -> tuple:
    """The sentences of a parse, what ``doc.sents`` gives, made once per parse (``sentence_of``'s table)."""
    return _sentence_table(doc)[1]


def sentence_of(item: Token | Span) -> Span:
    """The sentence a token, or a span's first token, is in: what ``item.sent`` gives (a span of no
    label), made once per parse."""
    last = _sentence_table(item.doc)
    i = item.i if hasattr(item, "i") else item.start  # (a Token has an index, a Span a start)
    return last[1][last[2][i]] if 0 <= i < len(last[2]) else item.sent  # (an empty span at the end)


@dataclass
class Document:
    article: Article
    nlp: Doc | None = None
    actors: list[Actor] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)
    # the country the story is set in (alpha-3), found by the actors stage from the text alone
    setting: str | None = None
    # in a story without a setting, the state it leads with, for national offices only (actors.national.lead_state)
    leading_state: str | None = None
    # character offset -> actor id, for every character inside an actor mention (filled by actors stage)
    _actor_at: dict[int, str] = field(default_factory=dict, repr=False)
    # character offset -> several actor ids, for plural references resolved by coreference ("both
    # countries", "the two presidents", "they"); filled by the actors stage with add_plural_reference
    _actors_at: dict[int, tuple[str, ...]] = field(default_factory=dict, repr=False)
    _sentence_starts: list[int] | None = field(default=None, repr=False)
    _sentences: tuple | None = field(default=None, repr=False)
    _entities: tuple | None = field(default=None, repr=False)
    _tokens: list | None = field(default=None, repr=False)
    # what coreference works out once per document and reads many times (quoted spans, ...)
    _cache: dict = field(default_factory=dict, repr=False)
    # the article's text, which every offset refers to: a plain attribute, not a property, for the stages
    # read it hundreds of thousands of times an article set (the article is not replaced after the start)
    text: str = field(init=False, repr=False, default="")

    def __post_init__(self) -> None:
        self.text = self.article.text

    # ---- actors -------------------------------------------------------------------------------
    def actor(self, actor_id: str | None) -> Actor | None:
        if actor_id and actor_id[1:].isdigit():  # ids are given in order (see new_actor): look there first
            n = int(actor_id[1:]) - 1
            if 0 <= n < len(self.actors) and self.actors[n].id == actor_id:
                return self.actors[n]
        for a in self.actors:
            if a.id == actor_id:
                return a
        return None

    def new_actor(self, name: str, kind: str, country: str | None = None, sector: str | None = None,
                  code: str | None = None) -> Actor:
        """Add an actor with the next free id (a1, a2, ...)."""
        actor = Actor(id=f"a{len(self.actors) + 1}", name=name, kind=kind, country=country, sector=sector,
                      code=code)
        self.actors.append(actor)
        return actor

    def add_mention(self, actor: Actor, start: int, end: int) -> None:
        """Record that text[start:end] names ``actor``; a span already held by an actor is left as is."""
        mentions = actor.mentions
        for m in mentions:
            if m.start == start and m.end == end:
                return
        # kept in order of start by this method alone: inserting after the mentions of an equal start is
        # what appending and sorting again did, without a key call per mention on every add
        insort(mentions, Mention(start, end, self.text[start:end]), key=_START)
        at = self._actor_at  # (each character not held yet, found and filled in C, in order: as a setdefault per
        at.update(dict.fromkeys(filterfalse(at.__contains__, range(start, end)), actor.id))  # character did)

    def actor_in(self, start: int, end: int) -> str | None:
        """The id of the actor named (at least partly) inside text[start:end], the first one found."""
        for i in range(start, end):
            found = self._actor_at.get(i)
            if found:
                return found
        return None

    def actor_of_token(self, token: Token) -> str | None:
        return self._actor_at.get(token.idx)

    def actor_at(self, offset: int) -> str | None:
        """The id of the actor a mention holding character ``offset`` names: ``actor_of_token`` of the token
        that starts there, for a reader that keeps the tokens' offsets (``Token.idx``) and makes no Token."""
        return self._actor_at.get(offset)

    def add_plural_reference(self, start: int, end: int, actor_ids: list[str]) -> None:
        """Record that text[start:end] refers to several actors at once ("both countries", "they")."""
        ids = tuple(dict.fromkeys(actor_ids))
        for i in range(start, end):
            self._actors_at.setdefault(i, ids)

    def referents(self, token: Token) -> list[str]:
        """Every actor a token refers to: one for a name or a singular mention (coreference included),
        several for a plural reference, none when the token names no actor."""
        one = self._actor_at.get(token.idx)
        if one:
            return [one]
        return list(self._actors_at.get(token.idx, ()))

    def char_span(self, start: int, end: int) -> Span | None:
        """What ``nlp.char_span(start, end, alignment_mode="expand")`` gives, made once per pair of offsets:
        the stages read the spans of the same mentions again and again (a new span costs some 3
        microseconds). None where no token lies there."""
        spans = self._cache.get("char spans")
        if spans is None:
            spans = self._cache["char spans"] = {}
        key = (start, end)
        if key not in spans:
            spans[key] = self.nlp.char_span(start, end, alignment_mode="expand") if self.nlp is not None else None
        return spans[key]

    def text_of(self, span: Span) -> str:
        """What ``span.text`` gives for a span of the parse, cut from the article's text: ``Span.text`` joins
        its tokens' words and spaces anew on every read (some 25 microseconds for a sentence)."""
        return self.text[span.start_char:span.end_char]

    def sentences(self) -> tuple:
        """The parse's sentences, made once (``Doc.sents`` builds every sentence ``Span`` anew on each
        walk, after checking the whole parse for sentence starts). Nothing changes them after the parse."""
        if self._sentences is None:
            self._sentences = _sentence_table(self.nlp)[1] if self.nlp is not None else ()  # (sentence_of's)
        return self._sentences

    def sentence_number(self, i: int) -> int:
        """The number, in ``sentences()``, of the sentence that holds token ``i`` of the parse (read off
        the table ``sentence_of`` keeps: the same sentences, in the same order)."""
        assert self.nlp is not None
        return _sentence_table(self.nlp)[2][i]

    def sentence_starts(self) -> list[int]:
        """Character offsets where the parse's sentences begin, in order (computed once)."""
        if self._sentence_starts is None:
            self._sentence_starts = [s.start_char for s in self.sentences()] if self.nlp is not None else [0]
        return self._sentence_starts

    def entities(self) -> tuple:
        """The parse's named entities, read once (spaCy builds ``Doc.ents``, and ``Span.ents`` through it,
        anew on every read). Nothing changes the entities after the parse's own fences."""
        if self._entities is None:
            self._entities = tuple(self.nlp.ents) if self.nlp is not None else ()
        return self._entities

    def tokens(self) -> list:
        """Every token of the parse, made once: walking ``Doc`` makes a new ``Token`` object per word on
        every pass, and the stages walk the whole article several times."""
        if self._tokens is None:
            self._tokens = tokens_of(self.nlp) if self.nlp is not None else []
            if self.nlp is not None:  # (the parse is of this text: ``span_text`` cuts spans' words from it)
                _parse_table(self.nlp).setdefault("text", self.text)
        return self._tokens

    # What the stages after the parse all read (every one of actors, quotes, times, places and events reads
    # some of them, and each of them is made for every article): the token strings and word indexes below,
    # the parse's tokens, text, sentences, sentence starts, entities, heads and children. ``build_tables``
    # makes them right after the parse, as the pipeline's own step, so that the stage that happens to read
    # one first (the actors stage) is not charged for the tables every later stage reads as well.
    SHARED_STRINGS = (("DEP", False), ("LEMMA", True), ("LOWER", False), ("ORTH", False), ("POS", False),
                      ("TAG", False))  # (ORTH, each word's text: read by the actors and the places stages)
    SHARED_POSITIONS = (("LEMMA", True), ("LOWER", False), ("POS", False))

    def build_tables(self) -> None:
        """Make the tables every later stage reads (``SHARED_STRINGS``, ``SHARED_POSITIONS``, ``tokens``,
        ``sentences``, ``sentence_starts``, ``entities``, ``heads_of``, ``children_of``) now, once: what
        they give is what the stages' first reads made before. A step of the pipeline, run right after the
        parse; without it each table is made where it is first read, as before."""
        if self.nlp is None:
            return
        self.tokens()
        self.sentences()
        self.sentence_starts()
        self.entities()
        for attr, lower in self.SHARED_STRINGS:
            self.token_strings(attr, lower)
        for attr, lower in self.SHARED_POSITIONS:
            self.word_positions(attr, lower)
        children_of(self.nlp)  # (and heads_of, which it reads)

    def token_strings(self, attr: str, lower: bool = False) -> list[str]:
        """Every token's ``attr`` ("LEMMA", "TAG", "POS", "LOWER", "DEP") as a string, in token order, read once per
        article from the parse's arrays (``lower``: lower-cased, as ``tok.lemma_.lower()``). A scan over every
        word then tests plain strings instead of making a ``Token`` and its strings per word; each distinct
        string is looked up (and lower-cased) once per process."""
        key = f"strings:{attr}:{lower}"
        found = self._cache.get(key)
        if found is None:
            # (the parse's own table: what the readers handed a Span read, ``strings_of``, is read once)
            found = strings_of(self.nlp, attr, lower) if self.nlp is not None else []
            self._cache[key] = found
        return found

    def token_numbers(self, attr: str, strings: Container[str], lower: bool = False) -> list[int]:
        """The numbers of the tokens whose ``attr`` string (``token_strings``) is in ``strings``, in order. Read
        off an index of the article's words made once per attribute (``word_positions``): the readers ask
        about a few words each ('they', 'them'; the lemmas of a dozen nouns), the article holds hundreds of
        words, and a dozen readers asked about every word of it in turn. Where ``strings`` can not be walked
        (a ``Container`` only), the set is asked about every word in C (``map`` and ``compress``); a set or a
        dict (a lexicon's hundreds of words) meets the article's words in C (``keys() & strings``), not
        word by word in Python."""
        try:
            asked = len(strings)  # type: ignore[arg-type]
        except TypeError:
            found = self.token_strings(attr, lower)
            return list(compress(range(len(found)), map(strings.__contains__, found)))
        index = self.word_positions(attr, lower)
        if isinstance(strings, (set, frozenset, dict)):  # (no string twice: the words both hold, found in C)
            hits = list(map(index.__getitem__, index.keys() & strings))
        elif asked <= len(index):
            hits = [index[s] for s in strings if s in index]  # type: ignore[attr-defined]
        else:
            hits = [numbers for s, numbers in index.items() if s in strings]
        if len(hits) == 1:
            return list(hits[0])
        return sorted(chain.from_iterable(hits))  # (each word's numbers are apart from every other's)

    def word_positions(self, attr: str, lower: bool = False) -> dict[str, list[int]]:
        """Each distinct ``attr`` string of the article (``token_strings``) -> the numbers of the tokens that
        have it, in order; made once per article and attribute (a LOWER string is its own lower case)."""
        key = ("word positions", attr, False if attr == "LOWER" else lower)
        index = self._cache.get(key)
        if index is None:
            index = self._cache[key] = {}
            get = index.get
            for i, s in enumerate(self.token_strings(attr, lower)):
                numbers = get(s)
                if numbers is None:
                    index[s] = [i]
                else:
                    numbers.append(i)
        return index

    def entities_in(self, span: Span) -> list:
        """The named entities inside a span of the parse (a sentence), as ``span.ents`` gives them."""
        ents = self.entities()
        starts = self._cache.get("entity starts")
        if starts is None:
            starts = self._cache["entity starts"] = [e.start for e in ents]
        # the entities are in text order and never overlap: start at the first one not before the span
        # rather than testing every entity of the article for every sentence asked about
        found = []
        for e in ents[bisect_left(starts, span.start):]:
            if e.start >= span.end:
                break
            if e.end <= span.end:
                found.append(e)
        return found

    def cached(self, key: str, value=None):
        """A value kept for this document under ``key``: stores ``value`` when given, returns what is kept."""
        if value is not None:
            self._cache[key] = value
        return self._cache.get(key)

    def actors_in_span(self, span: Span) -> list[str]:
        """Ids of every actor mentioned inside a spaCy span, in text order, without repeats."""
        seen: list[str] = []
        for tok in span:
            aid = self._actor_at.get(tok.idx)
            if aid and aid not in seen:
                seen.append(aid)
        return seen

    # ---- output -------------------------------------------------------------------------------
    def to_record(self) -> Record:
        return Record(self.article, self.actors, self.quotes, self.times, self.places, self.events)

    def release(self) -> None:
        """Drop what the stages kept for this article once its record is made (the pipeline's last step):
        some of it refers back to the Document (coreference's quote speakers hold it), a cycle that only the
        garbage collector frees, and with it the article's parse and every Token and Span read from it; each
        collection walked all of them again (a tenth of a second of CPU per 61 VOA stories). The record's
        lists are the Document's own and stay as they are."""
        self._cache.clear()
