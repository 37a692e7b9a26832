"""Small walks over the dependency parse that news sentences need: subjects, objects, clause chains."""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from ...document import children_of, sentence_of, strings_of, subtree_of, tokens_of
from ..actors.words import speech_lemmas
from ..nlp.tree import governing_verb  # noqa: F401  (read here by the events stage's modules)
from .words import cues, word_class

SUBJECTS = ("nsubj", "nsubjpass", "csubj")
RELATIVE = frozenset({"who", "which", "that", "whom"})
# relations a subject is shared across: "willing to meet", "interested in meeting", "sent a letter inviting"
_CONTROL_UP = frozenset({"xcomp", "acomp", "conj", "pcomp", "prep", "advcl", "acl", "oprd", "dobj", "pobj",
                         "dative", "attr", "agent"})
# relations that start a new clause with its own speaker or topic: stop there
CLAUSE_EDGES = frozenset({"ccomp", "relcl", "advcl", "csubj", "parataxis", "ROOT"})


# The children of every token of the parse read last, as token indices, with every token's relation: the
# events stage asks for a token's children of some relations tens of thousands of times an article set, and
# ``Token.children`` makes a ``Token`` (and reads its relation's string) for every child on every ask. The
# parse's tokens are made once too: ``doc[j]`` makes a new ``Token`` (through a bounds check) on every call.
# Nothing changes the parse after the nlp stage; ``[(doc, kids, deps, tokens)]`` of one Doc at a time.
_KIDS: list = []


def _tables(doc: Doc) -> tuple:
    """``(doc, kids, deps, tokens, lowers)`` of the parse read last: ``lowers`` every token's ``lower_``."""
    last = _KIDS[0] if _KIDS else None  # read once: another thread may replace it (a served request)
    if last is not None and last[0] is doc:
        return last
    kids = children_of(doc)  # (in text order, as ``Token.children`` gives them; one index per parse)
    deps = strings_of(doc, "DEP") if len(doc) else []  # (the parse's one table of them, the Document's too)
    tokens = tokens_of(doc)  # (the same list as the Document's)
    lowers = strings_of(doc, "LOWER") if len(doc) else []
    last = (doc, kids, deps, tokens, lowers)
    _KIDS[:] = [last]
    return last


def _kids(doc: Doc) -> tuple[list[list[int]], list[str], list[Token]]:
    last = _KIDS[0] if _KIDS else None  # (the table of the parse read last, without a call)
    if last is None or last[0] is not doc:
        last = _tables(doc)
    return last[1], last[2], last[3]


def child(tok: Token, *deps: str) -> Token | None:
    """The first child (in text order) whose relation is one of ``deps``."""
    last = _KIDS[0] if _KIDS else None  # (the table of the parse read last, without a call: as has_child)
    doc = tok.doc
    _, kids, dep, tokens, _ = last if last is not None and last[0] is doc else _tables(doc)
    for j in kids[tok.i]:
        if dep[j] in deps:
            return tokens[j]
    return None


def children(tok: Token, *deps: str) -> list[Token]:
    """The children (in text order) whose relation is one of ``deps``."""
    last = _KIDS[0] if _KIDS else None  # (the table of the parse read last, without a call: as has_child)
    doc = tok.doc
    _, kids, dep, tokens, _ = last if last is not None and last[0] is doc else _tables(doc)
    return [tokens[j] for j in kids[tok.i] if dep[j] in deps]


def has_child(tok: Token, deps: tuple[str, ...], words) -> bool:
    """Whether a child of ``tok`` has one of the relations ``deps`` and its ``lower_`` in ``words``: what
    ``any(c.dep_ in deps and c.lower_ in words for c in tok.children)`` gives, read off the parse's tables
    (``Token.children`` makes a Token, and reads its strings, for every child)."""
    last = _KIDS[0] if _KIDS else None
    doc = tok.doc
    _, kids, dep, _, lowers = last if last is not None and last[0] is doc else _tables(doc)
    return any(dep[j] in deps and lowers[j] in words for j in kids[tok.i])


def cued_subtrees(heads: list[Token], words) -> bool:
    """Whether a word of the subtree of one of ``heads`` has its lower-cased lemma or its ``lower_`` in
    ``words``: ``any(t.lemma_.lower() in words or t.lower_ in words for h in heads for t in h.subtree)``, read
    off the parse's tables (``subtree_of``, the LEMMA and LOWER strings), no Token made per word."""
    if not heads:
        return False
    doc = heads[0].doc
    lemmas, lowers = strings_of(doc, "LEMMA", True), strings_of(doc, "LOWER")
    return any(lemmas[k] in words or lowers[k] in words for h in heads for k in subtree_of(doc, h.i))


_PREPOSITIONS = ("prep", "dative", "agent")
_PREPOSITION_OBJECTS = ("pobj", "pcomp")


def prep_objects(tok: Token, word: str) -> list[Token]:
    """The objects of a preposition child: prep_objects(met, "with") -> [Kim]. Read off the parse's tables
    (children, relations, lower-cased words: see _kids), as ``children`` of each preposition child whose
    ``lower_`` is ``word``; no Token is made for the prepositions passed over."""
    last = _KIDS[0] if _KIDS else None
    doc = tok.doc
    _, kids, dep, tokens, lowers = last if last is not None and last[0] is doc else _tables(doc)
    out = []
    for j in kids[tok.i]:
        if lowers[j] == word and dep[j] in _PREPOSITIONS:
            out += [tokens[k] for k in kids[j] if dep[k] in _PREPOSITION_OBJECTS]
    return out


def marked_clauses(tok: Token, word: str) -> list[Token]:
    """Adverbial clauses a preposition-like marker opens: "called for the Taliban to lift" -> [lift]."""
    return [c for c in children(tok, "advcl") if any(m.lower_ == word for m in children(c, "mark"))]


def nested_objects(tok: Token, word: str, parts: frozenset[str] = frozenset()) -> list[Token]:
    """Objects of a preposition, also through a second one and a part noun: "walked out of the last
    round of talks" -> [round, talks] for "out" (with "round" among ``parts``)."""
    found = prep_objects(tok, word)
    for p in children(tok, "prep"):
        if p.lower_ == word:
            found += [o for q in children(p, "prep") for o in children(q, "pobj")]
    found += [o for f in found if f.lemma_.lower() in parts for o in prep_objects(f, "of")]
    return found


def is_passive(tok: Token) -> bool:
    if child(tok, "nsubjpass", "auxpass") is not None:
        return True
    return tok.tag_ == "VBN" and tok.dep_ == "acl" and child(tok, "nsubj") is None


def negated(tok: Token) -> bool:
    """A predicate under "not" or "never": "will not accept it", also through the future "be going to": "is
    not going to accept it" (the negation on "going")."""
    negations = cues("negated")
    if has_child(tok, _NEGATING, negations):  # (the parse's tables: see has_child)
        return True
    if tok.dep_ != "xcomp":
        return False
    going = tok.head
    return going.lower_ == "going" and going.i < tok.i and has_child(going, _NEGATING, negations)


_NEGATING = ("neg", "advmod")


def passive_conjunct(tok: Token) -> bool:
    """A participle joined to a passive one shares its voice: "rebels were neutralized or captured"; so
    does one the parser joined to a gerund of an adverbial clause, where no participle can be active
    ("were beaten while marching and later detained")."""
    return tok.dep_ == "conj" and tok.tag_ == "VBN" and (
        is_passive(tok.head) or tok.head.tag_ == "VBG" and tok.head.dep_ == "advcl"
        and child(tok.head, "aux") is None) \
        and child(tok, "nsubj", "nsubjpass", "dobj", "aux", "auxpass") is None


def subject(tok: Token, limit: int = 8) -> tuple[Token | None, Token]:
    """The subject of the clause a predicate belongs to, climbing through control and coordination.

    Returns (subject token or None, the token that carried it). A relative clause's subject pronoun stands
    for the noun the clause modifies ("Lavrov, who visited" -> Lavrov)."""
    t = tok
    for _ in range(limit):
        subj = nearest_subject(t)
        if subj is not None:
            if subj.lower_ in RELATIVE and t.dep_ == "relcl":
                return described(t.head), t
            return subj, t
        if t.dep_ == "relcl" and t.head.pos_ in ("NOUN", "PROPN"):
            return described(t.head), t  # "the letter delivered ..." handled by voice; "forces that attacked" here
        if t.dep_ == "relcl" and ranked_subject(t.head) is not None:
            return ranked_subject(t.head), t  # "Norway was the first to recognize ...": Norway
        accord = _accord_content(t)
        if accord is not None:
            return child(accord, "poss"), t  # "Britain's deal to cede ...": Britain's, else nobody named
        owner = _noun_controller(t)
        if owner is not None:
            return owner, t  # "reiterated my willingness to travel", "Iran's offer to host the talks"
        if t.dep_ not in _CONTROL_UP or t.head.i == t.i:
            break
        controller = _object_controller(t)
        if controller is not None:
            return controller, t
        if t.dep_ == "advcl" and t.tag_ != "VBG" and not infinitive(t):
            break  # a finite adverbial clause has its own subject or none ("came to meet X": the subject's)
        reporter = _reporter_after_quote(t)
        if reporter is not None:  # "the institute wrote that he had 'become a star,' naming him a propagandist":
            t = reporter  # the participle after the quote is the reporter's, not the quoted clause's
            continue
        if t.dep_ == "acl" and t.head.dep_ not in ("dobj", "dative"):
            held = _series_sent(t.head)  # "sent a string of letters urging ...": the string is the object
            if held is None:
                break  # "a letter from the paper asking for a reply": only a sent object's participle shares the subject
            t = held
            continue
        t = t.head
    return None, t


def _series_sent(noun: Token) -> Token | None:
    """The object a noun is the "of" phrase of when that object is a series or a number of them (word class
    series_nouns): "sent a string of letters urging ...", "released a number of statements asking ..." (evsrc22)."""
    of = noun.head
    if noun.dep_ != "pobj" or of.lower_ != "of" or of.head.dep_ not in ("dobj", "dative"):
        return None
    return of.head if of.head.lemma_.lower() in word_class("series_nouns") else None


def _reporter_after_quote(tok: Token) -> Token | None:
    """The reporting verb a participle clause belongs to when it follows the close of a quotation that ends the
    reported clause (evspeech20): "X wrote that Y had 'become a star,' naming him as ...", "X added that 'the talks
    went well,' urging Y to ...": the parser hangs the participle on the quoted clause's
    verb; the reporter (a speech verb of speech_cues.tsv) is who does it. None otherwise."""
    if tok.dep_ != "advcl" or tok.tag_ != "VBG" or tok.head.dep_ != "ccomp" or tok.head.head.i == tok.head.i:
        return None
    reporter = tok.head.head
    if reporter.lemma_.lower() not in speech_lemmas():
        return None
    doc, i = tok.doc, tok.i - 1
    while i >= 0 and doc[i].is_punct:
        if doc[i].tag_ == "''":  # a closing quote mark right before the participle (commas aside)
            return reporter
        i -= 1
    return None


# Who a relative clause on a ranking word is said of (round 15): "Norway was the first to recognize the government",
# "Kenya is the only state that condemned the coup", "Chad became the latest country to expel the envoy" -> the
# copula's subject does the deed (word classes ranking_words and copulas of event_word_classes.tsv).
def ranked_subject(head: Token) -> Token | None:
    """The subject a ranking phrase is said of: ``head`` is the word a relative clause hangs on, the
    complement of a copula ("the first", "the only state") that is, or is modified by, a ranking word;
    None otherwise."""
    if head.dep_ != "attr" or head.head.lemma_.lower() not in word_class("copulas"):
        return None
    ranks = word_class("ranking_words")
    if head.lower_ not in ranks and not any(c.dep_ == "amod" and c.lower_ in ranks for c in head.children):
        return None
    return next((c for c in head.head.children if c.dep_ == "nsubj"), None)


# the preposition of a copula's complement that makes its subject one of a class: "X and Y are among countries that"
_MEMBERSHIP = frozenset({"among"})


def described(noun: Token) -> Token:
    """Who a noun described by a relative clause is, where the sentence says it: an apposition's head ("Kamau,
    a lawmaker who criticized Ruto" -> Kamau) or the subject of a copula that counts it among a class ("Norway
    and Sweden are among the states that outlawed ..." -> Norway, Sweden). Else the noun itself."""
    if noun.dep_ == "appos" and noun.head.pos_ in ("NOUN", "PROPN"):
        return noun.head
    ranked = ranked_subject(noun)
    if ranked is not None:  # "Kenya is the only state that condemned the coup" -> Kenya
        return ranked
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ in _MEMBERSHIP and prep.head.lemma_.lower() == "be":
        found = child(prep.head, "nsubj")
        return found if found is not None else noun
    return noun


def infinitive(t: Token) -> bool:
    """A "to" infinitive: "were in Washington to meet officials" (the one test of it: vows, filters.hire)."""
    return t.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)


def _object_controller(t: Token) -> Token | None:
    """The object that does what an infinitive says: "urged Germany to send", "called on Iran to free"; none
    under a verb that hires or commands (commissioning_verbs: "paid a gang to attack" is the payer's deed)."""
    if t.dep_ != "xcomp" or t.tag_ != "VB":
        return None
    head = t.head
    if head.lemma_.lower() in word_class("commissioning_verbs") and not infinitive(head):
        return None  # "hired a gunman to kill": the hirer's deed; the climb goes on to the hirer (not when the
        # hiring is itself only offered or planned: "offered to pay his cousins to lure him")
    obj = child(head, "dobj")
    if obj is None:
        obj = next(iter(prep_objects(head, "on")), None) if head.lemma_.lower() == "call" else None
    return obj if obj is not None and obj.i < t.i else None


def _accord_content(tok: Token) -> Token | None:
    """The deal, accord or treaty whose phrase a "to" infinitive follows where the parser hung the infinitive
    elsewhere ("backs a deal between X and Y to hand over ..." on "backs", "object to Britain's deal to cede
    ..." on an earlier noun): the infinitive says what the deal does, so its doer is the deal's owner where
    one is named (a possessive), never the subject of the verb that takes the deal (word class accords)."""
    if not infinitive(tok) or tok.dep_ == "acl" and tok.head.pos_ == "NOUN" and _is_accord(tok.head):
        return None  # hung on the deal itself: _noun_controller reads its owner
    to = next(c for c in tok.children if c.dep_ == "aux" and c.lower_ == "to")
    if to.i == 0 or to.i > tok.i:
        return None
    n = tok.doc[to.i - 1]
    for _ in range(4):  # up from the phrase's last word: "pact between Chile and Peru"
        if _is_accord(n):
            return n
        if n.dep_ not in ("pobj", "prep", "conj", "compound", "amod") or n.head.i > n.i:
            return None
        n = n.head
    return None


def _is_accord(tok: Token) -> bool:
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in word_class("accords")


def _noun_controller(tok: Token) -> Token | None:
    """The possessor of a noun whose "to" complement the token heads: who is willing, ready or planning is
    who would do it ("her readiness and eagerness to attend", "Peru's plan to host the summit"); and the
    possessor of a noun whose "of" gerund the token heads: whose policy, practice or campaign it is does the
    deed, not whoever speaks of it ("China's policy of putting pressure on its neighbours", "Iran's practice of
    detaining dual nationals": China, Iran; round 21). A noun with no possessor gives nobody here."""
    gerund_of = tok.dep_ == "pcomp" and tok.tag_ == "VBG" and tok.head.lower_ == "of" and tok.head.dep_ == "prep" \
        and tok.head.head.pos_ == "NOUN"
    if gerund_of:
        return child(tok.head.head, "poss")
    if tok.dep_ != "acl" or not infinitive(tok) or tok.head.pos_ != "NOUN":
        return None
    noun = tok.head
    while noun.dep_ == "conj" and child(noun, "poss") is None and noun.head.pos_ == "NOUN":
        noun = noun.head  # "her readiness and eagerness to attend": the first noun's owner
    return child(noun, "poss")


def nearest_subject(tok: Token) -> Token | None:
    """The subject child of a predicate; of two, the one nearest before it ("The convoy crossed after the
    army agreed": the parser may hang both on "agreed")."""
    kids, dep, tokens = _kids(tok.doc)
    i = tok.i
    subjects = [j for j in kids[i] if dep[j] in SUBJECTS]  # (indices: a Token is made for the one given)
    if len(subjects) < 2:
        return tokens[subjects[0]] if subjects else None
    before = [j for j in subjects if j < i]
    return tokens[max(before) if before else subjects[0]]


def chain(tok: Token, limit: int = 10) -> Iterator[tuple[Token, bool]]:
    """The trigger and its governors upward, each with whether a clause edge was crossed to reach it."""
    crossed = False
    t = tok
    yield t, crossed
    for _ in range(limit):
        if t.head.i == t.i:
            return
        if t.dep_ in CLAUSE_EDGES:
            crossed = True
        t = t.head
        yield t, crossed


def conjuncts(tok: Token) -> list[Token]:
    """A token and the tokens coordinated with it ("Pence and Bolton"), in text order."""
    return sorted({tok, *tok.conjuncts}, key=lambda t: t.i)


def previous_sentence_start(tok: Token) -> int:
    """The character offset where the sentence before ``tok``'s begins (its own when it is the first)."""
    sent = sentence_of(tok)
    i = sent.start - 1
    while i >= 0 and tok.doc[i].is_space:
        i -= 1
    return sentence_of(tok.doc[i]).start_char if i >= 0 else sent.start_char


def names_nobody(noun: Token) -> bool:
    """Whether a noun phrase names no one: "nobody", "none", "no passengers", "no one", "no one's home"
    (a possessor that names no one: whose home is nobody's); `nobody_words` of event_word_classes.tsv."""
    nobody = word_class("nobody_words")
    if noun.lower_ in nobody:
        return True
    for c in children(noun, "det", "poss"):
        if c.dep_ == "det" and c.lower_ in nobody or c.dep_ == "poss" and names_nobody(c):
            return True
    return False
