"""Rebuttals told in speech: a claim called untrue, a plan said not to be valid, the speaker's side refusing to
give way or disowning a part ("that is not true", "this order is not legal", "we had nothing to do with it"):
a REJECT (speech_rebuttals.tsv)."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from .... import settings
from ....document import Document, sentence_of
from ....lexicon import table
from ....record import Event
from .. import context, judged_frames
from .. import participants as who
from ..tree import child, subject
from ..triggers import negated
from ..words import claim_noun, cues, patient_noun, word_class
from .common import _PREDICATIVE, _as_complement, _deed, _doers, _named, _named_within, _negated, under_condition
from .side import _first_other, _others, _own_side, _pronoun_of_speaker

_MERELY = frozenset({"just", "only", "simply", "merely", "solely", "longer"})
_DEMONSTRATIVES = frozenset({"this", "that", "it", "these", "those", "which", "everything", "all"})


@lru_cache(maxsize=None)
def rebuttal_words(kind: str) -> frozenset[str]:
    """The words of one kind in speech_rebuttals.tsv (truth, valid, yield, disown)."""
    return frozenset(row["word"].lower() for row in table("speech_rebuttals.tsv") if row["kind"] == kind)


def rebuttal(doc: Document, tok: Token, speaker: str, inside: set[int],
             earlier: list[Event]) -> list[str] | None:
    """Whom the speaker rebuts or refuses with this token: None when it is no rebuttal. Three shapes: a
    claim called untrue ("the allegations are false", "called the charges baseless", "that is not true":
    event_status dismiss words and the truth words) -> the claim's maker, else the maker of the latest
    accusation of the speaker's side, else nobody; a plan or case said not to be valid ("this order by
    Uganda is not legal", "Norway's plan is not an option") -> whose the thing is, and no event when that
    is unknown; the speaker's own side refusing to give way ("his government will never succumb to
    pressure from X") -> the party the refused deed names, else nobody."""
    word, lemma = tok.lower_, tok.lemma_.lower()
    if word in rebuttal_words("disown"):  # "Tehran had nothing to do with it": the speaker's side denies a part
        return _accuser(doc, tok, speaker, earlier) if _disowned(doc, tok, speaker) else None
    if settings.SPEECH_CONTESTED_ACCOUNTS and _contested(doc, tok):
        return None if under_condition(tok) else _others(doc, _named_within(doc, tok, inside), speaker)
    kinds = {k for k in ("truth", "valid", "yield") if word in rebuttal_words(k) or lemma in rebuttal_words(k)}
    dismissed = word in cues("dismiss") or lemma in cues("dismiss")
    if not kinds and not dismissed or tok.pos_ not in ("ADJ", "NOUN", "VERB") or under_condition(tok):
        return None  # the cheap tests first: most tokens are no cue word
    said_of = _said_of(tok)
    untrue = dismissed and not _negated(tok) or "truth" in kinds and tok.dep_ in _PREDICATIVE and _negated(tok) \
        and not _fits(tok)
    if said_of is not None and untrue:
        if said_of.pos_ != "PRON" and not _claim(said_of):
            return None  # "false papers", "a fake passport" said of a thing is no rebuttal of anyone
        found = _others(doc, _maker(doc, said_of, inside), speaker) or _accuser(doc, tok, speaker, earlier)
        if said_of.pos_ != "PRON" and not found:  # "a baseless case ... being pursued by the prosecutors"
            found = _others(doc, _owner_of(doc, said_of, earlier), speaker) or _first_other(doc, sorted(inside), speaker)
        return found
    if said_of is not None and "valid" in kinds \
            and (tok.dep_ in _PREDICATIVE and _negated(tok) or _coordinated_predicate(tok) and _negated(tok.head)):
        if said_of.pos_ == "PRON" or doc.actor_of_token(said_of):
            return None  # "we are not legal", "it is not the time", "the plan is not workable": no plan of anyone's
        owners = _others(doc, _owner_of(doc, said_of, earlier), speaker)
        return owners or None  # whose plan or case is unknown: a REJECT of nobody would miss the party meant
    if "yield" in kinds and tok.pos_ == "VERB" and negated(tok) and _own_side(doc, tok, speaker):
        return _first_other(doc, sorted(t.i for t in tok.subtree if t.i in inside and t.i != tok.i), speaker)
    return None
_DISOWN_VERB, _DISOWN_DEED, _DISOWN_PREP = "have", "do", "with"


def _disowned(doc: Document, tok: Token, speaker: str) -> bool:
    """"[the speaker's side] had nothing to do with ...": the word is the object of an unnegated "have" whose
    subject is the speaker's own side, and carries a "to do with" clause; not under a condition or in a
    question ("if we had nothing to do with it ...")."""
    have = tok.head
    if tok.dep_ != "dobj" or have.lemma_.lower() != _DISOWN_VERB or negated(have) or under_condition(have) \
            or doc.text_of(sentence_of(tok)).rstrip(" \"'”’").endswith("?"):
        return False
    if not any(c.lemma_.lower() == _DISOWN_DEED and any(p.dep_ == "prep" and p.lower_ == _DISOWN_PREP for p in c.children)
               for c in tok.children if c.dep_ in ("relcl", "acl", "xcomp")):
        return False
    subj = child(have, "nsubj")
    theirs = who.actors(doc, subj) if subj is not None and subj.pos_ != "PRON" else []
    return _own_side(doc, have, speaker) or _pronoun_of_speaker(have) \
        or any(who.own_side(doc, a, {speaker}, compatriots=True) for a in theirs)  # "the ministry said Tehran had ..."
# "true of", "true for", "accurate for": with such a phrase a word of truth says whom a description fits ("this
# is not true of all of them", "that was not true for the smaller firms"), not that a claim is false
_FITS = frozenset({"of", "for"})


def _fits(tok: Token) -> bool:
    """Whether a word of truth has its own "of"/"for" phrase, or its copula one right after it (the parser's
    attachment): what is said fits or not someone (round 14)."""
    after = [c for c in tok.head.children if c.i > tok.i] if tok.head.lemma_ == "be" else []
    return any(c.dep_ == "prep" and c.lower_ in _FITS for c in [*tok.children, *after])


def _contested(doc: Document, tok: Token) -> bool:
    """An account of a deed or case contradicted: "the raid says nothing about the rule of law", "the
    trial is not about his columns" (a negated "be" whose subject names a deed, a case or a claim and whose
    predicate is a noun or "about"); not a word of validity (read above), not "not just/only".
    """
    if not (tok.dep_ == "attr" and tok.pos_ == "NOUN" or tok.dep_ == "prep" and tok.lower_ == "about"):
        return False
    be = tok.head
    if be.lemma_ != "be" or not negated(be) or tok.lower_ in rebuttal_words("valid") or tok.lemma_.lower() in \
            rebuttal_words("valid") or any(c.lower_ in _MERELY for t in (tok, be) for c in t.children):
        return False
    subj, _ = subject(be)
    return subj is not None and subj.pos_ == "NOUN" and not doc.actor_of_token(subj) and (_deed(subj) or _claim(subj))


def _coordinated_predicate(tok: Token) -> bool:
    """"is not fair, not workable": the parser hangs the first of two predicate adjectives on the
    second as a modifier."""
    return tok.dep_ == "amod" and tok.pos_ == "ADJ" and tok.head.pos_ == "ADJ" and tok.head.dep_ in _PREDICATIVE


def _said_of(tok: Token) -> Token | None:
    """What a predicate word is said of: the subject of its copula ("the claims are false", "that is not
    true"), the object it is called ("called the charges baseless", "described them as lies"), what is said
    to rest on it ("the claims are based on lies")."""
    ground = judged_frames.grounded(tok)
    if ground is not None:
        return ground
    if tok.dep_ == "amod" and tok.head.dep_ in _PREDICATIVE:  # "this is a baseless case"
        tok = tok.head
    if tok.dep_ == "oprd" or _as_complement(tok):
        verb = tok.head.head if _as_complement(tok) else tok.head
        return next((c for c in verb.children if c.dep_ == "dobj"), None)
    if tok.dep_ in _PREDICATIVE:
        subj, _ = subject(tok.head)
        if subj is not None and subj.lower_ in _DEMONSTRATIVES and tok.pos_ == "NOUN" and tok.dep_ == "attr" \
                and not (tok.lower_ in cues("dismiss") or tok.lemma_.lower() in cues("dismiss")):
            return tok  # "this is a baseless case": the case is what is judged; but "this is a lie", "that is
            # propaganda": the dismissing noun is the verdict on what the demonstrative points to (evaccuse21)
        return subj
    return None


def _owner_of(doc: Document, noun: Token, earlier: list[Event]) -> list[str]:
    """Whose plan, case or deed a noun names: the doer of an event coded on it, its possessor, a party in
    its prepositional phrase ("this order by Uganda", "the plan of the ministry"), else the doer of the
    deed it names told before (``context.doer_of``). Not a name inside the noun itself ("Cherry picking")."""
    deeds = {e.trigger.start: e.source for e in earlier if e.source}
    found = _doers(noun, deeds) or who.owner(doc, noun, of=not patient_noun(noun))
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("by", "of", "from")):
        found = found or [a for t in prep.subtree for a in _named(doc, t)][:1]
    return found or context.doer_of(doc, noun, set(), earlier)


def _claim(noun: Token) -> bool:
    """A noun naming something said or brought: a claim, charge, report, case, story, account."""
    return claim_noun(noun) or noun.lemma_.lower() in word_class("accounts")


def _maker(doc: Document, noun: Token, inside: set[int]) -> list[str]:
    """Who made a claim the phrase names: its owner or the party named inside it ("Pakistan's allegations",
    "the charges by the prosecutors"); nobody for a bare pronoun."""
    if noun.pos_ == "PRON":
        return []
    return who.owner(doc, noun) or _named_within(doc, noun, inside)


def _accuser(doc: Document, tok: Token, speaker: str, earlier: list[Event]) -> list[str]:
    """The maker of the latest accusation of the speaker or the speaker's side ("Ghana accused Togo ...
    'That is not true,' Togo's minister said") coded in this or the previous sentence."""
    sent = sentence_of(tok)
    lo = sentence_of(sent[0].nbor(-1)).start_char if sent.start > 0 else sent.start_char
    for e in reversed(earlier):
        if e.type == "ACCUSE" and lo <= e.sentence.start < sent.end_char and any(
                t == speaker or who.own_side(doc, t, {speaker}, compatriots=True) for t in e.target):
            found = _others(doc, e.source, speaker)
            if found:
                return found[:1]
    return []
