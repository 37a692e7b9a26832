"""The actor a token names (``actor``), following its stand-ins: a fronted possessive pointing ahead, a relative
pronoun, a quantity or part of people, a pronoun, a proxy head (a spokesman, a government), a member noun, a
description; and the actors of a token with everything coordinated with it (``actors``), the entry point of
every participant reader."""
from __future__ import annotations

from spacy.tokens import Token

from ....document import Document
from ...nlp.tree import fronted_subject
from ..pronouns import pronoun_participant
from ..tree import RELATIVE, child, children, conjuncts, prep_objects
from ..words import cues, cues_and_classes, word_class
from .bodies import _leader, _persons_body, members_body, owned_by_possessor, owner_of_body_told
from .common import _is_country, is_person
from .described import described_country
from .modifiers import civil_group_of, founder_of_body, person_on_thing, place_on_deed, rival_of_country
from .names import capital_actor, country_actor, full_name, named_apposition, same_name
from .pairs import coordinated_modifiers, described_person, hyphen_pair, pair_before, plural_referents
from .speakers import FIRST_PERSON, SPEAKER_PLURAL, _speaking_side, speaker_at, speakers_own_body


def actor(doc: Document, tok: Token) -> str | None:
    """The actor a token names: itself, its compound/flat parts, a possessor of a stand-in head, or what a
    pronoun stands for ("I" inside a quote is its speaker)."""
    ahead = cataphor(doc, tok)  # "During his visit, Lavrov ...": the clause's subject, before any backward guess
    found = ahead or speakers_own_body(doc, tok) or owned_by_possessor(doc, tok) or doc.actor_of_token(tok)
    if found:
        return found
    if tok.lower_ in FIRST_PERSON:
        return speaker_at(doc, tok.idx)
    if tok.lower_ in SPEAKER_PLURAL:
        return _speaking_side(doc, speaker_at(doc, tok.idx))
    for antecedent in relative_antecedents(tok):
        found = actor(doc, antecedent)
        if found:
            return found
    member = quantity_member(tok)
    if member is not None:  # "thousands of Sudanese" are people of the country, not its state
        found = actor(doc, member)
        return None if found and member.ent_type_ == "NORP" and _is_country(doc, found) else found
    if tok.pos_ == "PRON" or tok.tag_ in ("PRP", "PRP$"):
        found = cataphor(doc, tok) or pronoun_participant(doc, tok)
        return owner_of_body_told(doc, tok, found) or found
    named = named_apposition(doc, tok) or titled_name(doc, tok)
    if named:  # "the Islamist militant group al-Shabab": the name, not the modifier
        return named
    for c in children(tok, "compound", "flat", "nmod", "amod"):
        found = doc.actor_of_token(c) or next(
            (doc.actor_of_token(g) for g in children(c, "compound") if doc.actor_of_token(g)), None)
        if found and not civil_group_of(doc, tok, found) and not person_on_thing(doc, tok, c, found) \
                and not place_on_deed(doc, tok, c) and not founder_of_body(doc, tok, found) \
                and not rival_of_country(doc, tok, found):
            return found
    if tok.lemma_.lower() in word_class("proxy_heads") or tok.lower_ in word_class("proxy_heads"):
        owner = child(tok, "poss", "compound") or next(iter(prep_objects(tok, "for") + prep_objects(tok, "of")), None)
        led = _leader(tok)  # "the cabinet headed by Premier X": the leader owns it
        owner = led if led is not None and (owner is None or owner.dep_ == "compound" and not actor(doc, owner)) else owner
        if owner is None:  # "the Communist leadership": a country described, not owned
            return described_country(doc, tok)
        found = actor(doc, owner) if owner is not tok else None  # "a spokesman for X"
        if found and (owner.dep_ == "poss" or owner is led) and is_person(doc, found):
            return _persons_body(doc, tok, found)  # "Ortega's legal team", "Ruiz's government": not Ortega, Ruiz
        return found
    body = members_body(doc, tok)
    if body:  # "a meeting with heads of chip makers", "talks with envoys from the AU"
        return body
    return same_name(doc, tok) or named_apposition(doc, tok) or described_country(doc, tok)


def titled_name(doc: Document, tok: Token) -> str | None:
    """The person a title stands before when the parse made the title the head and hung the name elsewhere
    ("support ranging from US President Jane Roe to ..." parsed with "Jane" outside "President"): the person
    named right after the title, not the country modifying it (evsource27). A capitalised word of no entity
    with a person's name starting on the next word that is none of its own words."""
    if not tok.is_title or tok.ent_type_ or tok.pos_ not in ("NOUN", "PROPN") or tok.i + 1 >= len(tok.doc):
        return None
    after = tok.doc[tok.i + 1]
    if after.ent_type_ != "PERSON" or after.ent_iob_ != "B" or after.head is tok or after in tok.subtree:
        return None
    found = doc.actor_of_token(after)
    return found if found and is_person(doc, found) else None


def relative_antecedents(tok: Token) -> list[Token]:
    """The nouns a relative pronoun object may stand for: "Rwanda, which experts accused" -> Rwanda (the
    noun just before it, then the one the parser hung the clause on)."""
    if tok.lower_ not in RELATIVE or tok.dep_ in ("nsubj", "nsubjpass") or tok.head.dep_ != "relcl":
        return []
    before = tok.doc[tok.i - 1] if tok.i > 0 else tok
    if before.is_punct and before.i > 0:
        before = tok.doc[before.i - 1]
    found = [t for t in (before, tok.head.head) if t.pos_ in ("NOUN", "PROPN") and t.i < tok.i]
    return list(dict.fromkeys(found))


def cataphor(doc: Document, pronoun: Token) -> str | None:
    """A possessive in a fronted phrase points ahead to its clause's subject: "During his visit to
    Pyongyang, Lavrov insisted" -> Lavrov."""
    if pronoun.tag_ != "PRP$":
        return None
    subj = fronted_subject(pronoun)
    if subj is None:
        return None
    found = actor(doc, subj) if subj.pos_ == "PROPN" else None
    person = doc.actor(found)
    wanted = "person" if pronoun.lower_ in word_class("person_owner_pronouns") else None
    return found if person is not None and (wanted is None or person.kind == wanted) else None


def actors(doc: Document, tok: Token | None, place: bool = False) -> list[str]:
    """Actors of a token and everything coordinated with it, without repeats ("Pence and Bolton"); a noun
    with coordinated modifiers names each ("Egyptian and Ethiopian negotiators"); a plural reference names
    every actor coreference gave it, and "both sides" without one the pair last coordinated before it."""
    if tok is None:
        return []
    out: list[str] = []
    joined = conjuncts(tok)
    for t in joined:
        found = coordinated_modifiers(doc, t) or hyphen_pair(doc, t) or plural_referents(doc, t) or pair_before(doc, t)
        if not found and described_person(doc, t, joined):
            continue
        one = full_name(doc, actor(doc, t) or (country_actor(doc, t) if place else capital_actor(doc, t)))
        for a in found or ([one] if one else []):
            if a not in out:
                out.append(a)
    return out


def linked_pronoun(doc: Document, tok: Token) -> list[str]:
    """The actor the actors stage's coreference made a third-person pronoun a mention of ("their hostility" after
    "the junta jailed ..."): that link alone (evcoref27), never the events stage's own guess (``pronouns``), which a
    judgement of a party in someone's words is too loose to rest on; nobody for a pronoun the actors stage left
    unlinked (a thing, a party it could not tell) or for a first- or second-person one."""
    if tok.pos_ != "PRON" or tok.morph.get("Person") != ["3"]:
        return []
    found = doc.actor_of_token(tok) or _own_subject(doc, tok)
    return [full_name(doc, found)] if found else []


_OWNER_KINDS = {"its": ("organization", "country", "group", "media"), "his": ("person",), "her": ("person",),
                "their": ("organization", "country", "group", "media", "person")}


def _own_subject(doc: Document, tok: Token) -> str | None:
    """A possessive pronoun's owner in its own clause, where the actors stage linked it to nobody: the subject of
    the verb whose object the owned noun is ("for the party to push its propaganda", "the ministry defended its
    decision"), an actor of a kind the pronoun can stand for ('its' a body or state, 'his'/'her' a person). The
    binding a reader makes first; no guess across clauses (lead's mend at the merge of evcoref27, which dropped the
    events stage's own guess and lost this reading)."""
    kinds = _OWNER_KINDS.get(tok.lower_)
    if kinds is None or tok.dep_ != "poss" or tok.head.dep_ not in ("dobj", "pobj"):
        return None
    verb = tok.head.head
    if verb.dep_ == "prep":
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ == "PRON":
        return None
    found = actor(doc, subj)
    named = doc.actor(found) if found else None
    return found if named is not None and named.kind in kinds else None


def counts_part(tok: Token) -> bool:
    """Whether a word takes part of, or counts, what its "of" phrase names: a partitive ("some of", "most of"),
    a quantity ("dozens of") or a number ("two of") (cue kinds partitive and quantity of event_status.tsv)."""
    parts = cues_and_classes(("partitive", "quantity"))
    return tok.lower_ in parts or tok.lemma_.lower() in parts or tok.pos_ == "NUM"


def quantity_member(tok: Token) -> Token | None:
    """The members a quantity or a part stands for: "thousands of workers" -> workers; "some of them", "three of
    the protesters" -> them, the protesters (round 19, evparty19: partitives and numbers as well as quantities)."""
    if not counts_part(tok):
        return None
    objs = prep_objects(tok, "of")
    return objs[0] if objs else None
