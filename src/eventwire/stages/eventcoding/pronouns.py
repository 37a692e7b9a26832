"""The events stage's reading of it/its/they/them/their: the actor the coreference's on-demand guess
(``actors.pronoun_antecedent``) gives, kept only when nothing in the text speaks against it. A wrong
participant makes a wrong event, so where the guess is doubtful the pronoun names nobody.

What speaks against the guess (each by class, not by sentence):

- **number and things**: 'it'/'its' never stand for an actor last named by a plural noun ('several
  rights groups ... its offices'), nor for one last named only as the owner or modifier of a singular
  thing ('praised the World Bank grant, saying it would ...': the grant as likely);
- **people between**: a plural noun for people or groups (group_nouns.tsv, coref_person_nouns.tsv) that is
  not the actor, standing as an argument between the actor's last mention and 'they'/'them'/'their'
  ('ICE would not say what crimes the deportees are charged with'... 'they'), or as a subject before an
  actor named only as an object ('a band of inmates fought guards. They fled': not the guards); the subject
  of an object pronoun's own clause is neither ('troops drove them out');
- **rival in the sentence**: the guess comes from an earlier sentence while another actor that could be the
  pronoun is named in its own sentence before it ('... No state recognised the rebels since they took
  the capital': not the body of the sentence before);
- **speaker**: a third-person pronoun inside a quotation never stands for the one who speaks it nor the
  body the speaker is named for ('"They must drop the suit," a ministry spokesman said': not the ministry);
- **points ahead**: a possessive in a phrase before its clause's subject stands for that subject ('At
  their meeting, the two neighbours agreed'), not for an actor named before.

A pronoun the actors stage's own coreference has made a mention of an actor is read from the Document
before this module is asked (``participants.actor``): that link wins.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ...document import Document
from ...lexicon import table
from ..actors import pronoun_antecedent
from ..actors.coref.common import inside, quoted_spans
from ..actors.coref.pronouns import PLURAL_PRONOUNS as PLURAL
from ..actors.coref.pronouns import SINGULAR_THING as SINGULAR
from ..actors.coref.pronouns import body_nouns, object_clause, quote_speakers
from ..actors.sector import sector_group, speaks_for_state, vocabulary
from ..nlp.tree import fronted_subject

_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "dative", "appos", "attr"})
_OBJECT_DEPS = frozenset({"dobj", "pobj", "dative", "iobj"})


@lru_cache(maxsize=1)
def people_nouns() -> frozenset[str]:
    """Nouns (lemmas) that name people: the groups acting in the news (group_nouns.tsv) and the nouns
    describing a person by age, sex or occupation (coref_person_nouns.tsv)."""
    return frozenset({r["noun"] for r in table("group_nouns.tsv")} | {r["noun"] for r in table("coref_person_nouns.tsv")})


def pronoun_participant(doc: Document, pronoun: Token) -> str | None:
    """The actor an it/they pronoun stands for as an event participant, or None when in doubt."""
    joined = conjoined_object(doc, pronoun)
    if joined is not None:  # "arrested two journalists and beat them": the clause chain's own object
        return joined
    found = pronoun_antecedent(doc, pronoun)
    low = pronoun.lower_
    if found is None:
        return armed_party_told(doc, pronoun)
    if low not in PLURAL | SINGULAR:
        return found
    if _points_ahead(pronoun):
        return None
    quoted = quoted_spans(doc)
    if inside(quoted, pronoun.idx) and _speaks_for(doc, quote_speakers(doc, pronoun.idx), found, pronoun):
        return None
    if _rival_in_sentence(doc, pronoun, found, quoted):
        return None
    last = _last_mention(doc, found, pronoun)
    if last is None:
        return found
    if low in SINGULAR and (_plural_name(doc, last, found) or _owner_of_thing(doc, last, found)):
        return None
    if low in PLURAL and _people_between(doc, last, pronoun, found, quoted):
        return None
    return found


def conjoined_object(doc: Document, pronoun: Token) -> str | None:
    """The people an object pronoun of a verb stands for when a verb joined before it in the same clause chain, of
    the same subject, took them as its object ("singled out four guards, bound their wrists and killed them",
    "arrested two journalists and beat them"; round 17, evrecall17): the nearest such object before the pronoun
    that is an actor, "them" for a plural noun, "him"/"her" for a singular one; the object of "bound their wrists"
    names no actor and is passed over. It goes before the coreference's guess, which reads no clause chain."""
    low = pronoun.lower_
    if pronoun.dep_ != "dobj" or low not in ("them", "him", "her"):
        return None
    verb = pronoun.head
    chain = []
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
        chain.append(verb)
    for earlier in chain:  # nearest first
        for obj in reversed([c for c in earlier.children if c.dep_ == "dobj" and c.i < pronoun.i]):
            actor = doc.actor_of_token(obj)
            if actor is None:
                continue
            plural = obj.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in obj.children)
            if (low == "them") == plural:
                return actor
            return None
    return None


_ARMED = sector_group("armed")  # who a witness's "they" may stand for (sector_groups.tsv)


def armed_party_told(doc: Document, pronoun: Token) -> str | None:
    """A witness's "they" with no antecedent the coreference gives: the subject "they" inside a quote of a
    speaker who is no armed party stands for the one armed party (army, armed group, gang) the story names
    in the pronoun's sentence or the sentence before ('Passengers spoke of their hours with the Arakan Army.
    "They shot people on the bus," one said': the Arakan Army). Two armed parties there, or none: nobody."""
    if pronoun.lower_ != "they" or pronoun.dep_ != "nsubj" or not inside(quoted_spans(doc), pronoun.idx):
        return None
    speakers = quote_speakers(doc, pronoun.idx)
    if not speakers or any(_armed(doc, s, person=True) for s in speakers):
        return None
    sent = pronoun.sent
    start = pronoun.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    named = {doc.actor_of_token(t) for t in pronoun.doc[start:pronoun.i]} - {None} - set(speakers)
    armed = [a for a in named if _armed(doc, a)]
    return armed[0] if len(armed) == 1 else None


def _armed(doc: Document, actor_id: str, person: bool = False) -> bool:
    """An armed body (group or organisation of an armed sector); with ``person``, a soldier or fighter too."""
    found = doc.actor(actor_id)
    kinds = ("group", "organization", "person") if person else ("group", "organization")
    return found is not None and found.kind in kinds and bool(found.sector) \
        and vocabulary().get(found.sector, found.sector) in _ARMED


def _points_ahead(pronoun: Token) -> bool:
    """A possessive in a phrase put before its clause's subject points ahead to that subject ('At their
    meeting, Oslo and Bern agreed'), which ``participants.cataphor`` did not make one actor: no actor named
    before stands for it."""
    if pronoun.tag_ != "PRP$":
        return False
    return fronted_subject(pronoun) is not None


def _speaks_for(doc: Document, speakers: frozenset[str], actor_id: str, pronoun: Token) -> bool:
    """Whether the actor is one of the quotation's speakers or the body a speaker is named for: a mention of
    the actor that modifies a speaker's mention ('a ministry spokesman', 'Ministry spokesman Ivan Petrov',
    'a spokeswoman for the ministry')."""
    if actor_id in speakers or _own_state(doc, speakers, actor_id):
        return True
    assert doc.nlp is not None
    heads = set()
    for a in doc.actors:
        if a.id in speakers:
            for m in a.mentions:
                span = doc.char_span(m.start, m.end)
                if span is not None and len(span):
                    heads.add(span.root.i)
    actor = doc.actor(actor_id)
    for tok in _named_tokens(doc, actor.mentions if actor is not None else []):
        if doc.actor_of_token(tok) != actor_id or tok.i in heads:
            continue
        up = tok
        while up.dep_ in _MODIFIER_DEPS and up.head.i != up.i:
            up = up.head
            if up.i in heads:
                return True
    return False


_MODIFIER_DEPS = frozenset({"compound", "poss", "pobj", "prep", "nmod", "flat"})


def _own_state(doc: Document, speakers: frozenset[str], actor_id: str) -> bool:
    """Whether the actor is a country one of the speakers speaks for (``actors.sector.speaks_for_state``: its
    government, forces or outlets): such a voice calls its own state "we", not "they" ('"They fired twenty shells at
    our posts," the state news agency said': not the agency's own country; round 21). A citizen's or an opposition
    figure's "they" may be their own government, and stays."""
    actor = doc.actor(actor_id)
    if actor is None:
        return False
    return any(voice is not None and speaks_for_state(voice, actor) for voice in map(doc.actor, speakers))


def _named_tokens(doc: Document, mentions) -> list[Token]:
    """The tokens inside an actor's mentions, the only ones the Document can give to that actor
    (``Document.add_mention``): read through the span cache instead of walking the whole parse per pronoun."""
    seen: dict[int, Token] = {}
    for m in mentions:
        span = doc.char_span(m.start, m.end)
        if span is not None:
            seen.update((t.i, t) for t in span)
    return list(seen.values())


def _plural_name(doc: Document, head: Token, actor_id: str) -> bool:
    """Whether the actor's mention is a plural common noun ('rights groups'), or a plural name of a group
    ('NGOs'; a country or organisation named in the plural, 'the United States', is one body)."""
    if head.tag_ == "NNS":
        return True
    kind = next((a.kind for a in doc.actors if a.id == actor_id), None)
    return head.tag_ == "NNPS" and kind == "group"


_RIVAL_KINDS = frozenset({"group", "organization", "country"})


def _rival_in_sentence(doc: Document, pronoun: Token, actor_id: str, quoted) -> bool:
    """Whether the guess comes from an earlier sentence while another actor that could be 'it'/'they' is
    named in the pronoun's own sentence before it ('... no state has recognised the Taliban since they took
    power': not the body named a sentence before). Not an own clause's subject for an object pronoun ('the
    army shelled them'), not a country for 'they' outside quotations (news writes 'it' for a state), not a
    body named in the plural for 'it'."""
    sentence = pronoun.sent
    outside = not inside(quoted, pronoun.idx)
    here = {doc.actor_of_token(t) for t in sentence if t.i < pronoun.i and not (outside and inside(quoted, t.idx))}
    here.discard(None)
    if actor_id in here or not here:
        return False
    own_subject = {doc.actor_of_token(t) for c in _own_subjects(pronoun) for t in c.subtree}
    plural = pronoun.lower_ in PLURAL
    for actor in doc.actors:
        if actor.id not in here or actor.id in own_subject or actor.kind not in _RIVAL_KINDS:
            continue
        if plural and outside and actor.kind == "country":
            continue
        last = _last_mention(doc, actor.id, pronoun)
        if last is None or not plural and _plural_name(doc, last, actor.id):
            continue
        return True
    return False


def _owner_of_thing(doc: Document, last: Token, actor_id: str) -> bool:
    """Whether the actor was last named only as the owner or modifier of a singular thing ('the IMF loan',
    "Ankara's new law"): 'it' after it is as likely the thing. A noun that may name a body ('the ministry',
    coref_body_nouns.txt) or names an actor itself ('the Kremlin administration') is no thing."""
    if last.dep_ not in ("compound", "poss") or last.head.tag_ != "NN":
        return False
    thing = last.head
    return doc.actor_of_token(thing) is None and thing.lemma_.lower() not in body_nouns()


def _last_mention(doc: Document, actor_id: str, pronoun: Token) -> Token | None:
    """The head token of the actor's latest mention before the pronoun."""
    assert doc.nlp is not None
    actor = next((a for a in doc.actors if a.id == actor_id), None)
    if actor is None:
        return None
    before = [m for m in actor.mentions if m.end <= pronoun.idx]
    if not before:
        return None
    m = max(before, key=lambda m: m.start)
    span = doc.char_span(m.start, m.end)
    return span.root if span is not None and len(span) else None


def _people_between(doc: Document, last: Token, pronoun: Token, actor_id: str, quoted) -> bool:
    """A plural noun for people or groups that is not the actor, standing as an argument between its mention and
    the pronoun, or as a subject ('a group of inmates', 'the girls') before it when the actor's mention is
    no subject itself ('a group of inmates fought guards. They fled': not the guards)."""
    assert doc.nlp is not None
    outside = not inside(quoted, pronoun.idx)
    people = people_nouns()
    last_subject = _role(last) in ("nsubj", "nsubjpass")
    start = last.sent.start if not last_subject else last.i + 1
    own = {t.i for s in _own_subjects(pronoun) for t in s.subtree}  # 'troops drove them out': not the troops
    for tok in doc.nlp[start:pronoun.i]:
        if tok.tag_ != "NNS" or tok.lemma_.lower() not in people or tok.i == last.i or tok.i in own:
            continue
        role = _role(tok)
        if role not in _ARGUMENT_DEPS or outside and inside(quoted, tok.idx):
            continue
        if tok.i < last.i and role not in ("nsubj", "nsubjpass"):
            continue
        if doc.actor_of_token(tok) == actor_id:
            continue
        return True
    return False


def _role(tok: Token) -> str:
    """A noun's role in its clause, through a conjunct ('police and soldiers') and through the collective
    or quantity it counts ('a group of inmates', 'dozens of students')."""
    if tok.dep_ == "conj":
        tok = tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.tag_ in ("NN", "CD", "NNS", "JJ", "DT"):
        return tok.head.head.dep_
    return tok.dep_


def _own_subjects(pronoun: Token) -> list[Token]:
    """The subjects of the clause an object pronoun sits in (none for a subject or possessive pronoun)."""
    if pronoun.dep_ not in _OBJECT_DEPS:
        return []
    return [c for c in object_clause(pronoun).children if c.dep_ in ("nsubj", "nsubjpass")]
