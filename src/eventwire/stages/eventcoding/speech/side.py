"""The speaker's own side: the parties the speaker's words cannot demand of, blame or threaten (``_speaks_for``,
``_others``), a verb whose subject is the speaker's side (``_own_side``), and the parties that hold power
(``_ruling``: a state, its forces, an armed group)."""
from __future__ import annotations

from spacy.tokens import Token

from ....document import Document
from ...actors.sector import speaks_for_state
from .. import participants as who
from ..tree import child
from ..words import word_class
from .common import _named

# who can carry out what a threat foretells: a state (its government, forces, lawmakers) or an armed group; an
# analyst's or a company's forecast of someone's fate ("Tesla will pay a price") is no threat
_FORCE_SECTORS = frozenset({"GOV", "MIL", "LEG", "REB", "CRM"})


def _with_own_side(subj: Token) -> bool:
    """A subject that joins the speaker's side to others: "Japan and our partners", "we and our friends"."""
    joined = [subj, *(c for c in subj.children if c.dep_ == "conj")]
    return any(t.lower_ in who.SPEAKER_PLURAL or owned_by_speaker(t) for t in joined)


def owned_by_speaker(noun: Token) -> bool:
    """A noun the speaker owns with a first-person possessive ("my government", "our troops", "our partners":
    word class speaker_possessives): the speaker's own side, which the speaker's words own up to, ask of
    themselves or join to others, and do not blame (read by the claims rule too)."""
    return any(c.dep_ == "poss" and c.lower_ in word_class("speaker_possessives") for c in noun.children)


def _speaks_for(doc: Document, speaker: str, aid: str) -> bool:
    """Whether a party is the speaker's own side, whom the speaker's words cannot demand of or blame: the
    country the speaker speaks for (``actors.sector.speaks_for_state``: its government, forces or outlets; a minister saying "China must stay calm" states her side's course; a state agency's "they
    perpetrated" is not aimed at its own state); the body a spokesperson is named after ("a DHS
    spokesperson" -> DHS). An opposition leader or a citizen saying his country must act does ask it, and
    one state body may blame another ("the case pursued by the Public Ministry", said by the president)."""
    party, who_speaks = doc.actor(aid), doc.actor(speaker)
    if party is None or who_speaks is None:
        return False
    if speaks_for_state(who_speaks, party):
        return True
    return who_speaks.kind == "person" and party.kind != "person" and _named_after(who_speaks.name, party)


def _named_after(name: str, party) -> bool:
    """Whether a person's name (a title the actors stage kept as a name: "DHS spokesperson", "State
    Department spokesperson") holds the name of a body or one of its short mentions."""
    words = f" {name.lower()} "
    said = {party.name} | {m.text for m in party.mentions if m.text[:1].isupper()}
    return any(f" {w.lower()} " in words for w in said if w and w.lower() != name.lower())


def _others(doc: Document, found: list[str], speaker: str) -> list[str]:
    """The parties other than the speaker and the speaker's own side (``_speaks_for``)."""
    return [a for a in found if a != speaker and not _speaks_for(doc, speaker, a)]


def _first_other(doc: Document, indices: list[int], speaker: str) -> list[str]:
    """The first party other than the speaker named among the tokens (with those coordinated with it)."""
    assert doc.nlp is not None
    for i in indices:
        found = _others(doc, _named(doc, doc.nlp[i]), speaker)
        if found:
            return found
    return []


def _ruling(doc: Document, found: list[str], speaker: str) -> list[str]:
    """The parties among ``found`` that hold power (a state, its government or forces, an armed group: the
    speakers a threat needs, ``_FORCE_SECTORS``) other than the speaker's side: a word of the speaker's set in
    quote marks before a people ("'illegal' migrants") may be someone else's word held up, not a verdict."""
    out = []
    for aid in _others(doc, found, speaker):
        party = doc.actor(aid)
        if party is not None and (party.kind == "country" or party.sector in _FORCE_SECTORS):
            out.append(aid)
    return out


def _pronoun_of_speaker(verb: Token) -> bool:
    """A third-person subject pronoun in reported words, which stands for the speaker's side ("the ministry said
    it had nothing to do with ..."): the reported clause's own subject under the saying verb."""
    subj = child(verb, "nsubj")
    return subj is not None and subj.lower_ in ("it", "he", "she", "they") and verb.dep_ == "ccomp"


def _own_side(doc: Document, verb: Token, speaker: str) -> bool:
    """Whether a verb's active subject is the speaker's own side: I or we, a noun the speaker owns ("my
    government", "his administration" in reported speech) or the speaker named."""
    subj = child(verb, "nsubj")
    if subj is None and verb.dep_ in ("xcomp",):  # "we are not going to bend": the subject of "going"
        subj = child(verb.head, "nsubj")
    if subj is None:
        return False
    low = subj.lower_
    if low in who.FIRST_PERSON | who.SPEAKER_PLURAL:
        return True
    if owned_by_speaker(subj):
        return True
    return speaker in who.actors(doc, subj)
