"""Persons the story names only by a title or trade ('the train driver', 'the general', 'the inspector general
of the federal prisons', 'the international High Representative'), read after every join of a title to a named
person (``roles``, ``epithets``, ``role_holders``), so that what is left names nobody the story names.

A singular noun of ``roles.tsv`` or ``title_only_person_nouns.tsv`` with 'the', 'a' or 'an', that acts or is
acted on where ``groups.acts`` finds a group's members (subject of a verb, its object, a passive's agent, the
object of an acting preposition) or the subject of a relative clause on it ('the death of the bus driver who was
hurt'; with 'the', or where 'a' stands as a subject or agent), covered by no actor, becomes a person named by the noun phrase (with its 'the',
as the other readers name a titled person: 'The minister'; without 'a' or 'an'), with a following 'of' phrase ('inspector general of the federal prisons'). It is left alone when a
person of the story holds a title ending in the same word (a coreference the joins missed is no new person),
when a name follows it ('the general, Ali Musa'), and for plurals, possessives and counted or generic uses."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ....document import Document, children_of, heads_of
from ....lexicon import table, words
from ..groups import acts
from ..mentions.candidates import _code
from ..sector import title_sector, titles_any_body
from ..words import ActorWords, norm

_DETERMINERS = ("the", "a", "an")
_NOT_NAMED = ("official", "officials", "source", "sources", "spokesman", "spokeswoman", "spokesperson", "leader",
              "deputy", "host", "owner", "chair", "speaker", "secretary", "justice", "executive", "fellow")
# ('official', 'source', 'spokesman': anonymous sources and spokespersons have readers of their own; 'leader',
# 'deputy', 'host', 'owner', 'chair', 'speaker', 'justice': words of other senses or read as whose leader)
_ENDS = ("relcl", "acl", "punct", "appos", "cc", "conj", "advcl")


@lru_cache(maxsize=1)
def _trades() -> dict[str, str | None]:
    return {r["noun"]: r["sector"] or None for r in table("title_only_person_nouns.tsv")}


_LAST_WORDS: list = []  # [(the roles table, the last words of its titles and the trade nouns)]


def title_last_words(w: ActorWords) -> frozenset[str]:
    """The words a title of ``_title`` can end in: the last word of each title of roles.tsv, each trade
    noun and each noun of a body's head (``title_of_body_nouns.txt``). A token whose lower-cased word is none
    of these (and holds no space) is no title's end, so ``_title`` is asked only about these (a pre-test: what
    ``_title`` finds is unchanged)."""
    if not _LAST_WORDS or _LAST_WORDS[0][0] is not w.roles:
        _LAST_WORDS[:] = [(w.roles, frozenset({r.rsplit(" ", 1)[-1] for r in w.roles} | set(_trades())
                                              | words("title_of_body_nouns.txt")))]
    return _LAST_WORDS[0][1]


def _head_of_body(tok: Token, w: ActorWords, doc: Document) -> bool:
    """Whether ``tok`` is a noun of ``title_of_body_nouns.txt`` ('head', 'chief', 'leader') with an 'of'
    phrase right after it, with its article, whose noun is a body or group the story's actors name ('the head
    of the wildlife service', 'the leader of the gang'; not 'the head of the household', 'the chief of staff',
    nor a body no reader took for an actor: 'the head of the agency')."""
    if tok.lower_ not in words("title_of_body_nouns.txt") or tok.i + 2 >= len(tok.doc):
        return False
    prep = tok.doc[tok.i + 1]
    if prep.lower_ != "of" or prep.head.i != tok.i:
        return False
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return obj is not None and any(c.dep_ == "det" for c in obj.children) and _body_headed(tok, doc) is not None


def _body_headed(tok: Token, doc: Document):
    """The actor named in the 'of' phrase right after a head's noun: its noun's ('the army' in 'the chief of
    the army'), else a name compounded on it ('the head of the Medecins Sans Frontieres mission': the
    charity's)."""
    prep = tok.doc[tok.i + 1]
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None:
        return None
    found = doc.actor_of_token(obj) or next(
        (a for c in obj.lefts if c.dep_ == "compound" for a in [doc.actor_of_token(c)] if a), None)
    return doc.actor(found) if found else None


def _named_beside(doc: Document, end: int) -> bool:
    """A person's name set by a comma right after a title's phrase ending at ``end``: 'the director of the
    food agency, Ana Lopez, said'."""
    text = doc.text[end:end + 3]
    if not text.startswith(","):
        return False
    tok = doc.nlp.char_span(end, end + 1)
    nxt = tok[0].i + 1 if tok is not None else None
    return nxt is not None and nxt < len(doc.nlp) and doc.nlp[nxt].ent_type_ == "PERSON"


def _title(tok: Token, w: ActorWords, document: Document) -> tuple[int, str | None] | None:
    """(the index of the title's first word, its sector) when ``tok`` ends a title of roles.tsv or is a trade
    noun; the longest title first ('inspector general' before 'general')."""
    doc = tok.doc
    if _head_of_body(tok, w, document):
        return tok.i, None  # 'the head of the wildlife service': its sector is the body's (title_only_persons)
    for n in (3, 2, 1):
        first = tok.i - n + 1
        if first < 0:
            continue
        words_ = " ".join(t.lower_ for t in doc[first:tok.i + 1])
        if n == 1 and words_ in _NOT_NAMED:
            return None
        if words_ in w.roles and not words_.endswith("s"):
            return None if w.roles[words_][1] else (first, w.roles[words_][0])  # (a head of state or government
            # named by title alone is the story's own, whom ``roles`` and the knowledge base join)
        if n == 1 and words_ in _trades():
            return first, _trades()[words_]
    return None


def _relative_doer(tok: Token) -> bool:
    """Whether a noun is the subject of a relative clause on it with a verb of its own: 'the bus driver who was
    hurt in the blast', 'the guard who opened the gate'), or of a past participle on it ('the guard wounded in the
    raid'). The clause tells what the person did or underwent, so
    the person takes part wherever the noun itself stands ('confirmed the death of the bus driver who ...');
    not a clause of being ('the driver who is a father': no verb)."""
    return any(c.dep_ == "relcl" and c.pos_ == "VERB" and any(
        s.dep_ in ("nsubj", "nsubjpass") and s.lower_ in ("who", "that") for s in c.children)
        or c.dep_ == "acl" and c.tag_ == "VBN" for c in tok.rights)


def _sender(tok: Token) -> bool:
    """Whether a noun is whom something came from, after 'from' on a verb of receiving (event_received_verbs.txt)
    or on that verb's object: 'received a letter from a fellow lawyer', 'drew a complaint from a teacher'. The
    one who sent it is somebody who took part, with 'a' as with 'the'."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "from" or prep.head.i == prep.i:
        return False
    verb = prep.head if prep.head.pos_ == "VERB" else prep.head.head if prep.head.dep_ == "dobj" else None
    return verb is not None and verb.pos_ == "VERB" and verb.lemma_.lower() in words("event_received_verbs.txt")


def _stray_agent(tok: Token) -> bool:
    """Whether a noun after 'by' is the agent of a passive the parser hung on a noun of the verb's adverbial phrases:
    'was found near the river in a plastic bag by a passerby' ('by' on 'bag'). The passive verb has no agent of
    its own, and the way up from 'by' to it passes through prepositional phrases only (not through its subject:
    'the report on the clinic by a doctor was published' is the doctor's report)."""
    prep = tok.head
    if prep.lower_ != "by" or prep.dep_ != "prep" or prep.head.pos_ != "NOUN":
        return False
    node = prep.head
    for _ in range(6):
        if node.dep_ not in ("pobj", "prep", "appos", "conj", "advcl") or node.head.i == node.i:
            return False
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            break
    else:
        return False
    return node.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in node.children) and not any(
        c.dep_ == "agent" for c in node.children)


def _phrase_end(tok: Token) -> int:
    """The offset after the noun, or after an 'of' phrase right after it: 'of the federal prisons'."""
    end = tok.idx + len(tok.text)
    prep = tok.nbor() if tok.i + 1 < len(tok.doc) else None
    if prep is None or prep.lower_ != "of" or prep.head.i != tok.i:
        return end
    last = prep
    for t in tok.doc[prep.i + 1:min(len(tok.doc), prep.i + 8)]:
        if t.dep_ in _ENDS or t.is_punct or not prep.i < t.i <= prep.right_edge.i:
            break
        last = t
    return last.idx + len(last.text) if last.i > prep.i else end


def _described(doc: Document) -> set[str]:
    """The words a named person is described with in the story: the word right before a person's name
    ('journalist' in 'Iranian journalist Ana Ruiz') and the noun of an apposition after it ('Ana Ruiz, a
    journalist'). A title word of these left unjoined is that person, not a new one."""
    assert doc.nlp is not None
    found: set[str] = set()
    # (read off the parse's arrays, the spans from the Document's table of them: no Token is made)
    pos, lows, deps = doc.token_strings("POS"), doc.token_strings("LOWER"), doc.token_strings("DEP")
    heads, kids = heads_of(doc.nlp), children_of(doc.nlp)
    for actor in doc.actors:
        if actor.kind != "person":
            continue
        for m in actor.mentions:
            span = doc.char_span(m.start, m.end)  # (as ``nlp.char_span(..., alignment_mode="expand")``)
            if span is None:
                continue
            i = span.start - 1  # the words before the name back to its determiner: 'the Iranian journalist
            while i >= 0 and span.start - i <= 6 and pos[i] in ("NOUN", "ADJ", "PROPN", "CCONJ"):
                found.add(lows[i])  # and VOA host Ana Ruiz' describes her as journalist and host
                i -= 1
            found |= {lows[c] for t in range(span.start, span.end) for c in kids[t]
                      if deps[c] == "appos" and pos[c] == "NOUN"}
            root = span.root.i
            if deps[root] == "appos" and pos[heads[root]] == "NOUN":
                found.add(lows[heads[root]])
    return found


def title_only_persons(doc: Document, w: ActorWords) -> None:
    assert doc.nlp is not None
    held = {a.role.split()[-1] for a in doc.actors if a.kind == "person" and a.role} | _described(doc)
    made: dict[str, object] = {}
    tags = doc.token_strings("TAG")
    tokens = doc.tokens()
    for i in doc.token_numbers("LOWER", title_last_words(w)):  # (in text order; a word of no title is passed)
        tok = tokens[i]
        if tags[i] not in ("NN", "NNP") or doc.actor_of_token(tok) or tok.lower_ in held:
            continue
        title = _title(tok, w, doc)
        stray = _stray_agent(tok) if title is not None and tok.dep_ == "pobj" else False
        described_doer = title is not None and _relative_doer(tok)
        if title is None or not (acts(tok) or stray or described_doer) or tok.dep_ == "appos" or any(
                c.dep_ == "appos" and (c.pos_ == "PROPN" or c.ent_type_ == "PERSON") for c in (*tok.children, tok.head)):
            continue  # ('A media analyst at X, Ana Ruiz, noted': the named one)
        if tok.dep_ == "nsubj" and any(c.dep_ == "nsubj" and c.i != tok.i and (c.pos_ == "PROPN" or c.ent_type_ == "PERSON")
                                       for c in tok.head.children):
            continue  # (the same, parsed as two subjects of the verb)
        first, sector = title
        lefts = [t for t in tok.lefts if t.i < first]
        det = [t for t in lefts if t.dep_ == "det"]
        if not det or det[0].lower_ not in _DETERMINERS or any(t.dep_ in ("poss", "nummod") for t in lefts):
            continue
        if det[0].lower_ != "the" and tok.dep_ not in ("nsubj", "nsubjpass", "agent") \
                and tok.head.dep_ != "agent" and not stray and not _sender(tok):
            continue  # 'took her to a doctor', 'hire a lawyer': one yet to be, or any; 'a teacher thought' is one
            # (a clause on it does not make it one: 'hire a doctor who speaks Arabic', 'needs a nurse trained in')
        after = tok.doc[tok.i + 1:tok.i + 3]
        if any(t.ent_type_ == "PERSON" or t.pos_ == "PROPN" and t.dep_ in ("appos", "compound", "flat") for t in after):
            continue  # 'the general, Ali Musa'; 'Secretary Rubio'
        start_tok = next((t for t in doc.nlp[det[0].i + 1:tok.i + 1] if t.dep_ != "punct"), tok)
        start, end = start_tok.idx, tok.idx + len(tok.text)
        named_from = det[0].idx if det[0].lower_ == "the" else start  # 'The minister', as the other readers name one
        if doc.actor_in(start, end):
            continue
        phrase_end = _phrase_end(tok)
        if end < phrase_end and _named_beside(doc, phrase_end):
            continue  # 'the director of the food agency, Ana Lopez, said': the named one
        name = doc.text[named_from:phrase_end]  # (a body named in the 'of' phrase keeps its own mention)
        key = norm(name)
        actor = made.get(key)
        if actor is None:
            country = w.country_in(name)
            sector = w.group_modifiers.get(next((x for x in key.split() if x in w.group_modifiers), ""), sector)
            body = _body_headed(tok, doc) if first == tok.i and tok.lower_ in words("title_of_body_nouns.txt") else None
            if body is not None and body.sector:  # 'the chief of the army' MIL, 'the head of the Kenya Wildlife
                sector, country = body.sector, body.country or country  # Service' the service's sector and country
            elif body is not None or " ".join(t.lower_ for t in doc.nlp[first:tok.i + 1]) in titles_any_body():
                sector = title_sector(w, name)[1] or sector  # 'the executive director of the city's chapter' CVL
            actor = made[key] = doc.new_actor(name, "person", country, sector, _code(country, sector))
        doc.add_mention(actor, start, end)
