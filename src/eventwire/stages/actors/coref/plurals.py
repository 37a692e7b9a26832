"""Plural references: 'both leaders', 'the two countries', 'the prime ministers', a subject 'they' -> several
actors at once (``Document.add_plural_reference``)."""
from __future__ import annotations

import re

from spacy.tokens import Token

from ....document import Document, children_of, sentence_of, tokens_of
from ....lexicon import words
from ....lookahead import led
from ..words import ActorWords, actor_words
from .common import inside, last_before, quoted_spans, same_role, sentence_finder

_PLURAL = led(r"\b(?P<det>[Bb]oth|[Tt]he\s+two|[Tt]he)\s+(?P<noun>countries|nations|governments|sides|states|"
              r"leaders|heads of state|presidents|prime ministers|foreign ministers|defense ministers|"
              r"defence ministers|ministers|companies|firms|groups|organizations|organisations)\b(?!\s+of\b)")

_PLURAL_KINDS = {"countries": ("country",), "nations": ("country",), "governments": ("country",),
                 "sides": ("country", "group", "organization"), "states": ("country",), "companies": ("organization",),
                 "firms": ("organization",), "groups": ("group", "organization"), "organizations": ("organization",),
                 "organisations": ("organization",)}  # every other noun is a role held by people

_THEY = {"they", "them", "their", "themselves"}  # never antecedents themselves

PLURAL_REACH = 2  # sentences before its own that a plural description looks back over


def plural_references(doc: Document, w: ActorWords | None = None) -> None:
    """'both countries', 'the two leaders', 'the prime ministers' -> the actors of that kind the text just
    paired up (joined by 'and', or subject and object of one verb), else the two last mentioned in this
    sentence and the PLURAL_REACH before it whose kind or role fits ('both' and 'the two': exactly two;
    'the' + a role in the plural: every holder of that role there, at least two). A subject 'they' -> the
    actors joined by 'and' as the subject of the sentence before (or of its own sentence, before the
    pronoun), or else the group that was that subject. Several actors are recorded with
    ``add_plural_reference``, one with ``add_mention``; the actors are listed in the order the text
    first names them."""
    assert doc.nlp is not None
    w = w or actor_words()
    sentence = sentence_finder(doc)
    firsts = doc.sentence_starts()
    quoted = quoted_spans(doc)
    for m in _PLURAL.finditer(doc.text):
        if doc.actor_in(m.start(), m.end()) or doc.text[max(0, m.start() - 3):m.start()].lower() == "on ":
            continue  # 'authorities on both sides': a place, not the two parties
        noun, det = m.group("noun"), m.group("det").lower().split()
        role = None if noun in _PLURAL_KINDS else _singular(noun)
        if role is None and det == ["the"]:
            continue  # 'the countries' alone is any countries
        kinds = _PLURAL_KINDS.get(noun, ("person",))
        span = doc.nlp.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None:
            continue
        pair = _pair_before(doc, span, kinds) if role is None or det != ["the"] else []
        if role is not None:
            pair = [a for a in pair if _holds(doc, doc.actor(a), role, w)]
        # inside a quote 'both sides' may be anyone's; 'the two leaders' still names the leaders just named
        if len(pair) < 2 and (role is not None or not inside(quoted, m.start())):
            reach = firsts[max(0, sentence(m.start()) - PLURAL_REACH)]
            pair = _last_mentioned(doc, kinds, role, w, reach, m.start(), 0 if det == ["the"] else 2)
        if len(pair) >= 2:
            order = {a.id: a.mentions[0].start for a in doc.actors if a.mentions}
            doc.add_plural_reference(m.start(), m.end(), sorted(pair, key=lambda a: order.get(a, 0)))
    people_pairs(doc, sentence, firsts, quoted)
    tokens = doc.tokens()
    # only 'them' and 'they' are read below: the lower-cased words come from the parse's arrays at once
    # (``Document.token_strings``) instead of a ``Token`` and its string made for every word of the article
    for i in doc.token_numbers("LOWER", _THEM_THEY):
        tok = tokens[i]
        if tok.lower_ == "them" and tok.dep_ in _OBJECT_DEPS and not doc.referents(tok):
            ids = _coordinated_people(doc, tok, quoted)  # 'detained Ana Ruiz and Li Wei ... accused them'
            if len(ids) >= 2:
                doc.add_plural_reference(tok.idx, tok.idx + len(tok.text), ids)
            continue
        if tok.lower_ != "they" or tok.dep_ not in ("nsubj", "nsubjpass") or doc.referents(tok):
            continue  # only 'they' as a subject: 'their' too often means somebody else
        ids = _they_antecedent(doc, tok)
        if len(ids) >= 2:
            doc.add_plural_reference(tok.idx, tok.idx + len(tok.text), ids)
        elif len(ids) == 1:
            actor = doc.actor(ids[0])
            if actor is not None and actor.kind == "group":
                doc.add_mention(actor, tok.idx, tok.idx + len(tok.text))


_PEOPLE = led(r"\b(?:(?:[Bb]oth|[Tt]he\s+two)\s+(?P<noun>men|women)\b(?!-)"
              r"|[Tt]he\s+(?P<pair>pair|couple|duo)\b(?!\s+of\b|-)"
              r"|(?P<two>[Tt]he\s+two(?:\s+of\s+them)?|[Bb]oth\s+of\s+them)\b"
              r"(?!\s+of\s+(?:the|these|those|its|their|our|his|her)\b|-))")

_NOUN_GENDER = {"men": "m", "women": "f"}

_OBJECT_DEPS = {"dobj", "pobj", "dative", "iobj"}
_THEM_THEY = frozenset({"them", "they"})  # (a set: asked about every word of the article)


def people_pairs(doc: Document, sentence, firsts: list[int], quoted) -> None:
    """'both men', 'the two women', 'the pair', 'the couple', 'the two' (standing alone), 'both of them',
    not as a subject -> the two people the text just joined ('Ana Ruiz and Li Wei', in this sentence before it or the one
    before), or else the only two people mentioned in this sentence and the PLURAL_REACH before it.
    'men'/'women' never take a person known as the other gender (a title, a gendered word, a pronoun
    resolved before); a description inside a quotation takes only a pair joined in it."""
    assert doc.nlp is not None
    gender = doc.cached("person_gender") or {}
    for m in _PEOPLE.finditer(doc.text):
        if doc.actor_in(m.start(), m.end()):
            continue
        span = doc.nlp.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None or doc.referents(span[-1]):
            continue
        head = span[-1]
        if m.group("two") is not None and head.lower_ == "two" and (head.head.pos_ in ("NOUN", "PROPN") and
                                                                   head.dep_ in ("nummod", "compound", "amod")):
            continue  # 'the two lawsuits': a count of things, read with its noun elsewhere
        if m.group("pair") is not None and head.dep_ in ("compound", "amod", "nmod"):
            continue  # 'the couple therapist'
        anchor = head if head.lower_ != "them" else span[0]
        if anchor.dep_ in ("nsubj", "nsubjpass"):
            continue  # as a subject the pair mostly retells a meeting told before ('met ... the two men
            # discussed'), which the events stage would code a second time: only objects are read here
        ids = _coordinated_people(doc, anchor, quoted, subjects=False)
        if len(ids) < 2 and not inside(quoted, m.start()):
            reach = firsts[max(0, sentence(m.start()) - PLURAL_REACH)]
            near = [a for a in _last_mentioned(doc, ("person",), None, actor_words(), reach, m.start(), 0)
                    if not inside(quoted, last_before(doc.actor(a), m.start()))]
            ids = near if len(near) == 2 else []
        wanted = _NOUN_GENDER.get(m.group("noun") or "")
        if len(ids) == 2 and (wanted is None or all(gender.get(a, wanted) == wanted for a in ids)):
            order = {a.id: a.mentions[0].start for a in doc.actors if a.mentions}
            doc.add_plural_reference(m.start(), m.end(), sorted(ids, key=lambda a: order.get(a, 0)))


def _coordinated_people(doc: Document, tok: Token, quoted, subjects: bool = True) -> list[str]:
    """The people last joined by 'and' before ``tok`` (in its sentence, then the one before): 'Ana Ruiz
    and Li Wei', at least two, all named people; none when a plural common noun that names nobody heads
    a subject or object between them and ``tok`` ('... and seized their phones; police kept them'),
    and never the subject of the clause ``tok`` is the object of. Outside quotations the pair is looked
    for outside them too."""
    assert doc.nlp is not None
    outside = not inside(quoted, tok.idx)
    own = _clause_subject_ids(doc, tok) if subjects or tok.dep_ in _OBJECT_DEPS else set()
    sent = sentence_of(tok)
    sentences = [sent] + ([sentence_of(doc.nlp[sent.start - 1])] if sent.start > 0 else [])
    # (the words read off the parse's arrays, a Token taken from the parse's one list only for the first word
    # of a coordination: ``Token.conjuncts`` gives a word that is no 'conj' itself the 'conj' words right of
    # it, so it has some only where one of its right children is a 'conj')
    tokens, kids = tokens_of(doc.nlp), children_of(doc.nlp)
    deps, tags = doc.token_strings("DEP"), doc.token_strings("TAG")
    for s in sentences:
        best: list[str] = []
        last = -1
        for i in range(s.start, min(s.end, tok.i)):
            if deps[i] == "conj" or not any(c > i and deps[c] == "conj" for c in kids[i]):
                continue
            t = tokens[i]
            if outside and inside(quoted, t.idx):
                continue
            ids = [doc.actor_of_token(x) for x in (t, *t.conjuncts)]
            if not all(ids):
                continue
            ids = list(dict.fromkeys(ids))
            if len(ids) >= 2 and all((a := doc.actor(i)) is not None and a.kind == "person" for i in ids) \
                    and not own & set(ids):
                best, last = ids, max(x.i for x in (t, *t.conjuncts))
        if best:
            if any(tags[x] == "NNS" and deps[x] in ("nsubj", "nsubjpass", "dobj", "pobj")
                   and not doc.referents(tokens[x]) for x in range(last + 1, tok.i)):
                return []
            return best
    return []


def _clause_subject_ids(doc: Document, tok: Token) -> set[str]:
    head = tok.head.head if tok.dep_ == "pobj" else tok.head
    return {a for c in head.children if c.dep_ in ("nsubj", "nsubjpass") for x in c.subtree
            for a in (doc.actor_of_token(x),) if a}


def _singular(noun: str) -> str:
    """'prime ministers' -> 'prime minister', 'heads of state' -> 'head of state'."""
    return "head of state" if noun == "heads of state" else noun[:-1]


def _holds(doc: Document, actor, role: str, w: ActorWords) -> bool:
    """Whether a person holds ``role``: by its own role ('finance minister' is a minister), any leader
    for 'leader' or 'head of state'."""
    if actor is None or actor.kind != "person":
        return False
    held = (actor.role or w.role_in(actor.name) or "").lower()
    if role in ("leader", "head of state"):
        return w.roles.get(held, (None, False))[1] or (not held and _titled_leader(doc, actor, w))
    return same_role(held, role, w)


def _titled_leader(doc: Document, actor, w: ActorWords) -> bool:
    """Whether a person the actors stage gave no role is written with a leader's title right before a
    mention of the name ('President Ruto of Kenya and President Museveni ...': the first conjunct's title
    is not kept as its role): what 'the two leaders' may stand for."""
    text = doc.text
    for m in actor.mentions:
        before = [x.lower().rstrip(".") for x in text[max(0, m.start - 40):m.start].split()[-2:]]
        titles = (" ".join(before), before[-1]) if before else ()  # 'Prime Minister', 'President'
        if any(w.roles.get(t, (None, False))[1] for t in titles):
            return True
    return False



def _last_mentioned(doc: Document, kinds: tuple[str, ...], role: str | None, w: ActorWords, start: int,
                    end: int, count: int) -> list[str]:
    """The actors of ``kinds`` (holding ``role`` when given) mentioned between ``start`` and ``end``, the
    last mentioned first; ``count`` of them (0: all)."""
    latest: list[tuple[int, str]] = []
    for a in doc.actors:
        if a.kind not in kinds or role is not None and not _holds(doc, a, role, w):
            continue
        last = last_before(a, end)
        if last >= 0 and last >= start:
            latest.append((last, a.id))
    ids = [aid for _, aid in sorted(latest, reverse=True)]
    if count:
        return ids[:count] if len(ids) >= count else []
    return ids


def _pair_before(doc: Document, span, kinds: tuple[str, ...]) -> list[str]:
    """The actors of ``kinds`` that the text just before pairs up: joined by 'and' ('Kenya and Somalia'),
    or subject and object of one verb ('Ruto met Mohamud'); this sentence first, then the one before."""
    assert doc.nlp is not None
    sentences = [sentence_of(span)]
    if sentences[0].start > 0:
        sentences.append(sentence_of(doc.nlp[sentences[0].start - 1]))
    for sent in sentences:
        found: list[str] = []
        for tok in sent:
            if tok.i >= span.start:
                break
            if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX"):
                group = [tok, *tok.conjuncts] if tok.conjuncts else \
                    [tok, *(c for c in tok.head.children if c.dep_ == "dobj")]
                ids = [doc.actor_of_token(t) for t in group]
                ids = list(dict.fromkeys(i for i in ids if i and (doc.actor(i) is not None and doc.actor(i).kind in kinds)))
                if len(ids) >= 2:
                    found = ids
        if found:
            return found
    return []


def _they_antecedent(doc: Document, tok: Token) -> list[str]:
    assert doc.nlp is not None
    sent = sentence_of(tok)
    sentences = [sent]
    if sent.start > 0:
        sentences.append(sentence_of(doc.nlp[sent.start - 1]))
    deps, tokens = doc.token_strings("DEP"), doc.tokens()  # (the relations read off the parse's array: a Token
    for s in sentences:  # only for a subject before the pronoun)
        for subj in (tokens[k] for k in range(s.start, min(s.end, tok.i)) if deps[k] in ("nsubj", "nsubjpass")):
            if subj.lower_ in _THEY:
                continue
            ids = [doc.actor_of_token(t) for t in [subj, *(c for c in subj.conjuncts)]]
            ids = list(dict.fromkeys(i for i in ids if i))
            if len(ids) >= 2 or len(ids) == 1 and subj.tag_ in ("NNS", "NNPS"):
                # '... deporting people to countries where they face torture': the people, not the subject
                return [] if _people_between(doc, subj, tok, ids) else ids
            if len(ids) == 1 and s.start != sent.start and not inside(quoted_spans(doc), tok.idx):
                pair = _met_pair(doc, subj, ids[0])
                if pair:
                    return pair
    return []


_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "dative"})


def _people_between(doc: Document, subj: Token, tok: Token, ids: list[str]) -> bool:
    """Whether a plural noun for people or groups that is none of ``ids`` (the events stage's people nouns:
    group_nouns.tsv, coref_person_nouns.tsv) stands as an argument in the pronoun's own sentence between the
    antecedent and the pronoun: 'they' is as likely those people ('The UN condemned Thailand. They say it sends
    people to countries where they face torture': the people, not the UN)."""
    from ...eventcoding.pronouns import people_nouns  # (the events stage's one list; imported late: it imports us)
    start = max(subj.i + 1, sentence_of(tok).start)
    quoted = quoted_spans(doc)
    outside = not inside(quoted, tok.idx)
    own = {t.i for t in subj.subtree}
    for t in doc.nlp[start:tok.i]:
        if t.tag_ == "NNS" and t.dep_ in _ARGUMENTS and t.lemma_.lower() in people_nouns() and t.i not in own \
                and doc.actor_of_token(t) not in ids and not (outside and inside(quoted, t.idx)):
            return True
    return False


def _met_pair(doc: Document, subj: Token, first: str) -> list[str]:
    """The two parties of a meeting told in the sentence before a subject 'they' ('President Ruto hosted President
    Museveni on Monday. They agreed ...', 'Lula met with Milei'): the one subject and the one object of a verb
    of pair_meeting_verbs.txt, or of its 'with', both people or both countries. Else none."""
    verb = subj.head
    if subj.dep_ != "nsubj" or verb.lemma_.lower() not in words("pair_meeting_verbs.txt"):
        return []
    objects = [c for c in verb.children if c.dep_ == "dobj"] + \
        [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "with" for o in p.children if o.dep_ == "pobj"]
    found = list(dict.fromkeys(a for o in objects for a in (doc.actor_of_token(t) for t in [o, *o.conjuncts]) if a))
    if len(found) != 1 or found[0] == first:
        return []
    one, other = doc.actor(first), doc.actor(found[0])
    if one is None or other is None or one.kind != other.kind or one.kind not in ("person", "country"):
        return []
    return [first, found[0]]
