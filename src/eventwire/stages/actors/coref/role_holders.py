"""Persons introduced by a role, not the body or the person the role belongs to (round 14).

- ``role_holders``: 'A spokeswoman for Governor X dismissed the claim. "...," Y told reporters.' and 'The
  leader of the Z movement praised the deal. "...," said Y.' The role phrase (role_of_nouns.tsv, with its
  of/for/to phrase or a possessive) is Y, not X: it becomes a mention of the one person the next sentence
  names first, as the subject of a speech verb, who was not named before and holds no office of his own;
  Y takes the country and the sector of the body or the person he speaks for or leads (a president's
  spokesman GOV, a rebel group's leader REB).
- ``body_heads``: 'the Nigerian army chief said', 'a Delta pilot complained': a head or staff noun after a
  body's name is a person of the body, not the body.
- ``spokespersons``: a body's spokesperson named nowhere is a person of the body (read after pronouns).
- ``titled_heads``: 'Ghana CDC lead Dr. X': a body's name and a head noun as a person's title give the body's
  sector."""
from __future__ import annotations

from functools import lru_cache

from ....document import Document
from ....lexicon import table, words
from ..sector import set_sector
from ..words import ActorWords, speech_lemmas
from .common import is_spokesperson, same_role, sentence_finder
from .heads import head_nouns
from ..mentions import tokens_with_lemma

_PREPOSITIONS = ("for", "of", "to")
_DETERMINERS = ("a", "an", "the")
_SUBJECTS = ("nsubj", "nsubjpass")
_ANOTHER_SPEAKER = ("also", "too", "likewise")
# where a head noun stands when it names somebody who acts, speaks or is acted on (not a compound or an
# adjective of another noun: 'army chief of staff' is another office, which the roles read)
_PARTICIPANTS = ("nsubj", "nsubjpass", "dobj", "pobj", "conj")
# where an unnamed spokesperson stands as a participant of his own (not 'a statement of the spokesman of X')
_ACTING = ("nsubj", "nsubjpass", "dobj")


@lru_cache(maxsize=1)
def _role_nouns() -> dict[str, str]:
    """role_of_nouns.tsv: noun -> kind (speaks, leads, serves)."""
    return {r["noun"]: r["kind"] for r in table("role_of_nouns.tsv")}


def role_holders(doc: Document, w: ActorWords, speaking: bool = False) -> list[tuple[int, str, object]]:
    """Role phrases standing as a clause's subject ('A spokesman for X said', "X's spokesman said", 'The
    leader of X praised') whose holder the next sentence names: the phrase joins that person (see the
    module's doc); with ``speaking``, only spokespersons, named or not (``spokespersons``). Returns
    (where the phrase starts, the body's name, the person) for each head or leader of a body so joined,
    for the heads named by their body later ('the X chief', ``heads.department_heads``)."""
    assert doc.nlp is not None
    led = []
    nouns = _role_nouns()
    sentence = sentence_finder(doc)
    starts = doc.sentence_starts()
    for tok in tokens_with_lemma(doc, nouns):  # (read from the parse's arrays, not token by token)
        if speaking and not is_spokesperson(tok.lower_):
            continue
        if tok.lower_ not in nouns or tok.dep_ not in _PARTICIPANTS or doc.actor_of_token(tok) is not None:
            continue
        det = next((c for c in tok.lefts if c.dep_ == "det" and c.lower_ in _DETERMINERS), None)
        owner, end = _owner(doc, tok) if det is not None else _possessor(doc, tok)
        if owner is None:
            continue
        if det is None:  # "President X's spokesman": the phrase starts with the possessor's words
            det = min(next(c for c in tok.lefts if c.dep_ == "poss").subtree, key=lambda t: t.i)
        here = sentence(tok.idx)
        named = None
        if tok.dep_ in _SUBJECTS and here + 1 < len(starts):
            named = _named_next(doc, w, tok, starts[here + 1],
                                starts[here + 2] if here + 2 < len(starts) else len(doc.text), owner)
        if named is None:
            if speaking and is_spokesperson(tok.lower_) and tok.dep_ in _ACTING and owner.kind in ("organization", "group") \
                    and owner.sector is not None:
                # 'a spokesperson for the ministry told VOA', named nowhere: a person of the body's own (the
                # gold lists an unnamed spokesperson as a person); an unnamed leader ('the head of UNICEF
                # said') still speaks for the body, as the quotes stage reads it
                named = doc.new_actor(doc.text[tok.idx if det.dep_ == "det" else det.idx:end], "person",
                                      owner.country, None)
                named.role = tok.lower_
                set_sector(named, owner.sector)
                doc.add_mention(named, det.idx, end)
            continue
        doc.add_mention(named, det.idx, end)
        if owner.kind != "person" and nouns[tok.lower_] == "leads":
            led.extend((det.idx, said, named) for said in _names_of(owner))
        if named.country is None:
            named.country = owner.country
        if named.sector in (None, "CVL") and owner.sector not in (None, "CVL"):
            set_sector(named, owner.sector)
        elif named.code is None or named.country and not named.code.startswith(named.country):
            set_sector(named, named.sector)
    return led


def _names_of(body) -> set[str]:
    """Every way the text names a body ('Tigray People's Liberation Front', 'TPLF'), for 'the TPLF chief'."""
    return {body.name} | {m.text for m in body.mentions}


def _possessor(doc: Document, head):
    """(the person or body a possessive before the role names: "President X's spokesman", 'the rebel
    group's leader' when the group is an actor; where the role ends), or (None, 0); a country's
    possessive names an office of the state, which the descriptions of state offices read."""
    poss = next((c for c in head.lefts if c.dep_ == "poss"), None)
    if poss is None or poss.tag_ == "PRP$" or any(c.dep_ == "prep" and c.lower_ == "of" for c in head.rights) \
            or any(t.ent_type_ == "PERSON" for t in head.rights for t in t.subtree):
        return None, 0  # "Egypt's army chief of staff": another office; "X's envoy Y": Y's title
    found = [doc.actor(doc.actor_of_token(t)) for t in poss.subtree if doc.actor_of_token(t)]
    found = [a for a in found if a is not None and a.kind != "country"]
    return (found[-1], head.idx + len(head.text)) if found else (None, 0)


def _owner(doc: Document, head):
    """(the actor the role's of/for/to phrase names, where the phrase ends), or (None, 0): the body or person
    whose spokesman, leader or adviser the head noun is; a country names an office of the state, which the
    descriptions of state offices read ('the leader of Chad')."""
    for prep in head.rights:
        if prep.dep_ != "prep" or prep.lower_ not in _PREPOSITIONS:
            continue
        tokens = list(prep.subtree)
        held = [(t, doc.actor(doc.actor_of_token(t))) for t in tokens if doc.actor_of_token(t)]
        held = [(t, a) for t, a in held if a is not None and a.kind != "country"]
        if not held:
            return None, 0
        person = next(((t, a) for t, a in held if a.kind == "person"), None)
        if person is not None and any(a.kind != "person" and t.i == person[0].i - 1 for t, a in held):
            return None, 0  # 'the leader of Hamas Ismail Haniyeh': the role and the body are the name's title
        last = tokens[-1]
        return held[-1][1] if held[-1][1].kind == "person" else held[0][1], last.idx + len(last.text)
    return None, 0


def _named_next(doc: Document, w: ActorWords, head, lo: int, hi: int, owner):
    """The person the sentence in [lo, hi) names first, when that mention is the subject of a speech verb
    ('"...," Y told VOA', '"...," said Y'), the person is named nowhere before and holds no role that is
    not the head's own and no office the text or the knowledge gave (a sector but the civilian default);
    else None."""
    first = None
    for a in doc.actors:
        if a.kind != "person" or a is owner or not a.mentions:
            continue
        m = a.mentions[0]
        if lo <= m.start < hi and (first is None or m.start < first[1].start):
            first = (a, m)
    if first is None:
        return None
    person, m = first
    if any(a.kind == "person" and a is not person and any(lo <= x.start < m.start for x in a.mentions)
           for a in doc.actors):
        return None  # somebody named before it in that sentence
    span = doc.char_span(m.start, m.end)
    if span is None:
        return None
    root = span.root
    if root.dep_ not in _SUBJECTS or root.head.lemma_ not in speech_lemmas():
        return None
    if any(c.lower_ in _ANOTHER_SPEAKER for c in root.head.children if c.dep_ == "advmod"):
        return None  # 'Y also said': somebody beside the one just described
    if person.role and not same_role(person.role.lower(), head.lower_, w) or person.sector not in (None, "CVL") \
            and not _serves(person, owner):
        return None  # an office of his own, told by a title or known ('Lloyd Austin said'): somebody else
    return person


def _serves(person, owner) -> bool:
    """Whether a person's known office is in the body a role noun belongs to: the same sector, and the same
    country where both have one ('the leader of the insurgency ... Mawlawi X', known as the insurgents' leader)."""
    return owner is not None and owner.kind != "country" and person.sector == owner.sector and \
        (person.country is None or owner.country is None or person.country == owner.country)


@lru_cache(maxsize=1)
def _heads_and_staff() -> frozenset[str]:
    """The head nouns of a body and the nouns for its staff (made once: ``body_heads`` runs twice an article)."""
    return head_nouns() | words("body_staff_nouns.txt")


def body_heads(doc: Document, w: ActorWords, speaking: bool = False) -> None:
    """'The Nigerian army chief said', 'a rebel group commander was killed', 'a Delta pilot complained': a head
    noun of a body (coref_head_nouns.txt) or a noun for its staff (body_staff_nouns.txt) after the body's
    name is a person who leads or works in the body, not the body. Where no
    person was named before with that title (``heads.department_heads`` ran first), the phrase is a person
    of its own, of the body's country and sector, named as the text says it ('Nigerian army chief'); a name
    right after it makes it the name's title, which the names' readers take ('army chief Gen. X')."""
    assert doc.nlp is not None
    heads = _heads_and_staff()
    for tok in tokens_with_lemma(doc, heads):
        if is_spokesperson(tok.lower_) != speaking:
            continue  # spokespersons are read once pronouns are resolved (``spokespersons``)
        if tok.lower_ not in heads or tok.pos_ != "NOUN" or tok.dep_ not in _PARTICIPANTS:
            continue
        # (where the person is, 'a VOA reporter in Goma': a name there is a place the tagger took for a person's)
        placed = {t.i for c in tok.rights if c.dep_ == "prep" and c.lower_ in ("in", "at") for t in c.subtree}
        if doc.actor_of_token(tok) is not None or any(t.ent_type_ == "PERSON" for t in tok.subtree if t.i not in placed) \
                or any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.rights) \
                or tok.i + 1 < len(doc.nlp) and doc.nlp[tok.i + 1].text[:1].isupper():
            continue  # 'army chief Gen. X', 'the charity's head Ana Ruiz' are titles; 'army chief of staff' another office
        body_tokens = [c for c in tok.lefts if c.dep_ in ("compound", "nmod")]
        if not body_tokens or body_tokens[-1].i != tok.i - 1:
            continue  # the body's name stands right before the head noun
        body = doc.actor(doc.actor_of_token(body_tokens[-1]))
        if body is None or body.kind not in ("organization", "group", "media") or body.sector is None:
            continue  # (an outlet's staff too: 'a VOA reporter', 'an AFP photographer')
        # the name runs from the first word before the head that is no determiner ('Nigerian army chief'); a
        # demonym in it stays the country's mention (a span held keeps its actor)
        first = min([tok] + [t for c in tok.lefts if c.dep_ in ("compound", "nmod", "amod") for t in c.subtree],
                    key=lambda t: t.i)
        start, end = first.idx, tok.idx + len(tok.text)
        name = doc.text[start:end]
        person = doc.new_actor(name, "person", body.country, None)
        person.role = tok.lower_
        set_sector(person, body.sector)
        doc.add_mention(person, start, end)


def titled_heads(doc: Document) -> None:
    """'Ghana CDC lead Dr. X', 'Red Cross chief X': a person whose own title is a body's name and a head noun
    (coref_head_nouns.txt), an abbreviated title between it and the name allowed, and whom nothing else
    gave an office, takes the body's sector (and its country when none is known): he or she runs it. Run
    once the bodies' sectors are settled."""
    assert doc.nlp is not None
    heads = head_nouns()
    for actor in doc.actors:
        if actor.kind != "person" or actor.sector not in (None, "CVL") or actor.role and actor.role not in heads \
                or not actor.mentions:
            continue
        span = doc.char_span(actor.mentions[0].start, actor.mentions[0].end)
        if span is None or not len(span):
            continue
        i = span.start - 1
        while i >= 0 and (doc.nlp[i].text == "." or doc.nlp[i].lower_.rstrip(".") in words("title_abbreviations.txt")):
            i -= 1  # 'Dr.', 'Gen.'
        if i < 1 or doc.nlp[i].lower_ not in heads:
            continue
        body = doc.actor(doc.actor_of_token(doc.nlp[i - 1]))
        if body is None or body.kind not in ("organization", "group") or body.sector in (None, "CVL"):
            continue
        if actor.country is None:
            actor.country = body.country
        set_sector(actor, body.sector)


def spokespersons(doc: Document, w: ActorWords) -> None:
    """'A spokesperson for the ministry told VOA', 'a DHS spokesperson said', named nowhere: a person of the
    body (the gold lists an unnamed spokesperson as a person, the body beside or folded into it), not the
    body. Read after the pronouns are resolved: an unnamed spokesperson is no antecedent of a 'he' that
    the text gives to a named person nearby."""
    role_holders(doc, w, speaking=True)
    body_heads(doc, w, speaking=True)
