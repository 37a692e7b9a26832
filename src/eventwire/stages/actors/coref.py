"""Coreference: descriptions, definite nouns and pronouns that point back to an actor named before.

"the Russian leader" -> the one Russian leader named earlier; "the commission" -> the one commission;
"he" -> the nearest person before it. Results are recorded on the Document (``add_mention`` for one
actor, ``add_plural_reference`` for several) so later stages get them without knowing coreference.
"""
from __future__ import annotations

import re

from spacy.tokens import Token

from ...document import Document
from ...lexicon import table
from .words import ActorWords, norm

_PRONOUNS_PERSON = {"he", "him", "his", "she", "her", "hers", "himself", "herself"}
_PRONOUNS_GROUP = {"they", "them", "their", "it", "its"}


def bare_groups(cands: list) -> None:
    """'Pakistani officials said ... Officials added': a group noun standing alone joins the nearest group
    named before with the same head noun (and takes its key, so the two are one actor)."""
    latest: dict[str, object] = {}
    for c in cands:
        if c.kind != "group" or not c.key.startswith("group:"):
            continue
        words = c.key[len("group:"):].split()
        if not words:
            continue
        head = words[-1]
        if len(words) == 1 and head in latest:
            c.key, c.country, c.sector = latest[head].key, c.country or latest[head].country, \
                c.sector or latest[head].sector
            continue
        latest[head] = c


def descriptions(doc: Document, w: ActorWords) -> None:
    """'the Russian leader', 'its chairperson': the one person named before with that role (and that
    country, when the description gives one) joins the description."""
    for m in w.description_re.finditer(doc.text):
        if doc.actor_in(m.start("role"), m.end()):
            continue
        who = m.group("who")
        inst = w.known.get(norm(who)) if who else None
        country = (w.country_of(who) or (inst.country if inst else None)) if who else None
        role = m.group("role").lower()
        fits = [a for a in doc.actors if a.kind == "person" and a.mentions and a.mentions[0].start < m.start()
                and (country is None or a.country == country) and _same_role(a.role, role, w)
                and (who or a.role)]
        named = _person_in_apposition(doc, m.end())  # 'Its director, Amelia Nhantumbo, appealed'
        if named is not None:
            doc.add_mention(named, m.start(), m.end())
        elif len(fits) == 1:
            doc.add_mention(fits[0], m.start(), m.end())


def _person_in_apposition(doc: Document, end: int):
    """The person whose name follows a description after a comma: ', Amelia Nhantumbo,'."""
    m = re.match(r",\s+", doc.text[end:end + 3])
    if not m:
        return None
    actor = doc.actor(doc.actor_in(end + m.end(), end + m.end() + 1))
    return actor if actor is not None and actor.kind == "person" else None


def _same_role(held: str | None, described: str, w: ActorWords) -> bool:
    """A role matches itself, its longer forms ('chair', 'chairperson'), and any leader matches 'leader'."""
    if held is None:
        return False
    if held.startswith(described) or described.startswith(held):
        return True
    leads = w.roles.get(described, (None, False))[1] and w.roles.get(held, (None, False))[1]
    return bool(leads) and described in ("leader", "head of state")


def definite_references(doc: Document, w: ActorWords, home: str | None) -> None:
    """'the commission', 'the group', 'the government': a definite noun that can only mean an actor
    named before (the one organisation whose name ends in that noun, the last group, the home country)."""
    for m in _DEFINITE.finditer(doc.text):
        if doc.actor_in(m.start("noun"), m.end()):
            continue
        noun = m.group("noun").lower()
        actor = _referent(doc, w, noun, m.start(), home, m.group("mod"))
        if actor is not None:
            doc.add_mention(actor, m.start(), m.end())


_DEFINITE = re.compile(r"\b[Tt]he\s+(?:(?P<mod>paramilitary|rebel|armed|militant|opposition|electoral|ruling)\s+)?"
                       r"(?P<noun>[a-z]+)\b")


def _referent(doc: Document, w: ActorWords, noun: str, before: int, home: str | None,
              modifier: str | None = None):
    earlier = [a for a in doc.actors if a.mentions and a.mentions[0].start < before
               and a.kind in ("organization", "group", "media")]
    named = [a for a in earlier if a.name.lower().split()[-1] == noun]
    if len(named) == 1:
        return named[0]
    if noun == "group":
        armed = modifier is not None  # 'the paramilitary group', 'the rebel group': an armed body named before
        groups = [a for a in earlier if a.kind == "group" and a.sector in ("REB", "OPP")
                  or armed and a.kind == "organization" and a.sector in ("REB", "MIL")]
        return max(groups, key=lambda a: max(m.start for m in a.mentions if m.start < before)) if groups else None
    if noun == "government" and home:
        return next((a for a in doc.actors if a.kind == "country" and a.country == home), None)
    return None


_MALE = {"he", "him", "his", "himself"}
_FEMALE = {"she", "her", "hers", "herself"}


def _gender_words() -> dict[str, str]:
    return {r["word"]: r["gender"] for r in table("gendered_words.tsv")}


def resolve_person_pronouns(doc: Document) -> None:
    """he/she/him/her/his in text order, each to one person named before it, recorded as a mention of
    that person (so quote speakers and events get it from the Document).

    The antecedent is the person mentioned in the latest sentence (this one before the pronoun, or up
    to three before), the subject of its clause first, then the nearest; a person already known as the
    other gender (from a title such as 'Ms.' or 'spokeswoman', or a pronoun resolved before) is
    skipped, and so is the subject of the clause an object pronoun sits in ('Putin invited him')."""
    assert doc.nlp is not None
    gender: dict[str, str] = {}
    words_g = _gender_words()
    people = {a.id for a in doc.actors if a.kind == "person"}
    if not people:
        return
    sent_of: dict[int, int] = {}
    for n, sent in enumerate(doc.nlp.sents):
        sent_of[sent.start] = n
    mentions: list[tuple[int, int, bool, str]] = []  # (sentence, start, subject, actor id)
    for actor in doc.actors:
        if actor.id not in people:
            continue
        for m in actor.mentions:
            span = doc.nlp.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or not len(span):
                continue
            mentions.append((sent_of[span.sent.start], m.start, _subject(span), actor.id))
            for tok in doc.nlp[max(span.sent.start, span.start - 3):span.start]:
                g = words_g.get(tok.lower_.rstrip("."))
                if g:
                    gender.setdefault(actor.id, g)
    from ..quotes import find_pieces

    quoted = [(p.start, p.end) for p in find_pieces(doc.text) if p.nested_in is None]

    def in_quote(offset: int) -> bool:
        return any(s <= offset < e for s, e in quoted)

    for tok in doc.nlp:
        low = tok.lower_
        if low not in _MALE and low not in _FEMALE or doc.actor_of_token(tok):
            continue
        g = "m" if low in _MALE else "f"
        here = sent_of[tok.sent.start]
        own = _clause_subjects(doc, tok)
        outside = not in_quote(tok.idx)  # 'he said' after a quote means no one the quote names
        fits = [mt for mt in mentions if mt[1] < tok.idx and here - 3 <= mt[0] <= here and mt[3] not in own
                and gender.get(mt[3], g) == g and not (outside and in_quote(mt[1]))]
        if not fits:
            continue
        best = max(fits, key=lambda mt: (mt[0], mt[2], mt[1]))
        actor = doc.actor(best[3])
        assert actor is not None
        doc.add_mention(actor, tok.idx, tok.idx + len(tok.text))
        gender.setdefault(actor.id, g)
        mentions.append((here, tok.idx, tok.dep_ in ("nsubj", "nsubjpass"), actor.id))


def _subject(span) -> bool:
    return any(t.dep_ in ("nsubj", "nsubjpass") or t.head.dep_ in ("nsubj", "nsubjpass") and t.dep_ in
               ("compound", "flat") for t in span)


def pronoun_antecedent(doc: Document, pronoun: Token) -> str | None:
    """The actor a pronoun most likely stands for: the one coreference gave it (he/she), else the nearest
    person before it for he/she, or the nearest group, organisation or country for they/it; looks back
    at most two sentences."""
    resolved = doc.actor_of_token(pronoun)
    if resolved:
        return resolved
    low = pronoun.lower_
    if low in _PRONOUNS_PERSON:
        kinds = {"person"}
    elif low in _PRONOUNS_GROUP:
        kinds = {"organization", "country", "group", "media"}
    else:
        return None
    assert doc.nlp is not None
    sent = pronoun.sent
    for _ in range(2):
        if sent.start == 0:
            break
        sent = doc.nlp[sent.start - 1].sent
    window_start = sent.start_char
    own_subjects = _clause_subjects(doc, pronoun)
    best: tuple[int, int, str] | None = None
    for actor in doc.actors:
        if actor.kind not in kinds or actor.id in own_subjects:
            continue
        for m in actor.mentions:
            if window_start <= m.start < pronoun.idx:
                subject = _is_subject_at(doc, m.start)
                rank = (int(subject), m.start)
                if best is None or rank > best[:2]:
                    best = (*rank, actor.id)
    return best[2] if best else None


def _clause_subjects(doc: Document, pronoun: Token) -> set[str]:
    """Actors that are the subject of the clause an object pronoun sits in: 'Putin ... inviting him'
    cannot mean Putin himself."""
    if pronoun.dep_ not in ("dobj", "pobj", "dative", "iobj") or pronoun.lower_ in ("his", "her", "its", "their"):
        return set()
    head = pronoun.head.head if pronoun.dep_ == "pobj" else pronoun.head
    subjects = [t for t in head.children if t.dep_ in ("nsubj", "nsubjpass")]
    if not subjects and head.dep_ in ("xcomp", "advcl", "acl", "ccomp", "conj"):
        subjects = [t for t in head.head.children if t.dep_ in ("nsubj", "nsubjpass")]
    found = set()
    for subject in subjects:
        for tok in subject.subtree:
            aid = doc.actor_of_token(tok)
            if aid:
                found.add(aid)
    return found


def _is_subject_at(doc: Document, offset: int) -> bool:
    assert doc.nlp is not None
    tok = doc.nlp.char_span(offset, offset + 1, alignment_mode="expand")
    return bool(tok) and any(t.dep_ in ("nsubj", "nsubjpass") or t.head.dep_ in ("nsubj", "nsubjpass") for t in tok)


_PLURAL = re.compile(r"\b(?:[Bb]oth|[Tt]he\s+two)\s+(?P<noun>countries|nations|governments|sides|states|leaders|presidents|"
                     r"ministers|companies|firms|groups|organizations|organisations)\b")
_PLURAL_KINDS = {"countries": ("country",), "nations": ("country",), "governments": ("country",),
                 "sides": ("country", "group", "organization"), "states": ("country",), "leaders": ("person",),
                 "presidents": ("person",), "ministers": ("person",), "companies": ("organization",), "firms": ("organization",),
                 "groups": ("group", "organization"), "organizations": ("organization",),
                 "organisations": ("organization",)}
_THEY = {"they", "them", "their", "themselves"}  # never antecedents themselves


def plural_references(doc: Document) -> None:
    """'both countries', 'the two leaders' -> the two actors of that kind the text just paired up;
    a subject 'they' -> the actors joined by 'and' as the subject of the sentence before (or of its own
    sentence, before the pronoun), or else the group that was that subject. Several actors are recorded with
    ``add_plural_reference``, one with ``add_mention``."""
    assert doc.nlp is not None
    for m in _PLURAL.finditer(doc.text):
        if doc.actor_in(m.start(), m.end()):
            continue
        kinds = _PLURAL_KINDS[m.group("noun")]
        span = doc.nlp.char_span(m.start(), m.end(), alignment_mode="expand")
        pair = _pair_before(doc, span, kinds) if span is not None else []
        if len(pair) >= 2:
            doc.add_plural_reference(m.start(), m.end(), pair)
    for tok in doc.nlp:
        if tok.lower_ != "they" or tok.dep_ not in ("nsubj", "nsubjpass") or doc.referents(tok):
            continue  # only 'they' as a subject: 'their' and 'them' too often mean somebody else
        ids = _they_antecedent(doc, tok)
        if len(ids) >= 2:
            doc.add_plural_reference(tok.idx, tok.idx + len(tok.text), ids)
        elif len(ids) == 1:
            actor = doc.actor(ids[0])
            if actor is not None and actor.kind == "group":
                doc.add_mention(actor, tok.idx, tok.idx + len(tok.text))


def _pair_before(doc: Document, span, kinds: tuple[str, ...]) -> list[str]:
    """The actors of ``kinds`` that the text just before pairs up: joined by 'and' ('Kenya and Somalia'),
    or subject and object of one verb ('Ruto met Mohamud'); this sentence first, then the one before."""
    assert doc.nlp is not None
    sentences = [span.sent]
    if span.sent.start > 0:
        sentences.append(doc.nlp[span.sent.start - 1].sent)
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
    sent = tok.sent
    sentences = [sent]
    if sent.start > 0:
        sentences.append(doc.nlp[sent.start - 1].sent)
    for s in sentences:
        for subj in (t for t in s if t.dep_ in ("nsubj", "nsubjpass") and t.i < tok.i and t.i != tok.i):
            if subj.lower_ in _THEY:
                continue
            ids = [doc.actor_of_token(t) for t in [subj, *(c for c in subj.conjuncts)]]
            ids = list(dict.fromkeys(i for i in ids if i))
            if len(ids) >= 2:
                return ids
            if len(ids) == 1 and subj.tag_ in ("NNS", "NNPS"):
                return ids
    return []
