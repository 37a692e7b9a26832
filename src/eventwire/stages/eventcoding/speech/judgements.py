"""Judgements told in speech: a negative word said of a deed or a party ("the arrest was arbitrary", "a
betrayal by the government") is an ACCUSE of whoever the thing judged belongs to (speech_judgements.tsv and the
disparaging words of event_status.tsv)."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ....document import Document, sentence_of
from ....lexicon import table
from ....record import Event
from .. import context, judged_frames
from .. import participants as who
from ..tree import child, children, is_passive, prep_objects, subject
from ..words import claim_noun, cues, noun_entries, patient_noun, word_class
from .common import _PREDICATIVE, _as_complement, _deed, _doers, _named, _named_within, _negated, under_condition
from .side import _first_other, _others, _ruling


def _grievance_words(kind: str) -> frozenset[str]:
    from ..grievances import words  # (grievances reads this package: imported when first asked)
    return words(kind)


_COPULAS = frozenset({"be", "become", "remain", "seem", "appear", "grow", "get"})
_QUOTE_MARKS = frozenset({'"', "“", "”", "'", "‘", "’"})


@lru_cache(maxsize=None)
def judgements() -> dict[str, str]:
    """word -> reading ("neg" said plainly, "notpos" only negated), speech_judgements.tsv and the
    disparaging words of event_status.tsv."""
    out = {w: "neg" for w in cues("disparage") | _grievance_words("judging")}  # (+ grievance_words.tsv, accuse25)
    out.update({row["word"].lower(): row["reading"] for row in table("speech_judgements.tsv")})
    return out


@lru_cache(maxsize=None)
def _deed_judgements() -> frozenset[str]:
    """The judging words of speech_judgements.tsv itself (its nouns judge deeds, not people)."""
    return frozenset(row["word"].lower() for row in table("speech_judgements.tsv"))


def judgement(doc: Document, tok: Token, speaker: str, inside: set[int],
              earlier: list[Event]) -> list[str] | None:
    """Whom a judging word blames: None when the token judges nobody (not a judgement word; a word of
    approval not negated; a negative word negated; a name-calling noun that is not said of anything:
    "the gunmen will not be spared" is no judgement by the speaker)."""
    word, lemma = tok.lower_, tok.lemma_.lower()
    reading = judgements().get(word) or judgements().get(lemma)
    if reading is None or tok.pos_ not in ("ADJ", "NOUN", "VERB") or under_condition(tok):
        return None
    if tok.dep_ in _PREDICATIVE and _asked(tok):
        return None  # "is the revocation unfair?": a judgement asked, not said (evcoref27)
    denied = _negated(tok)
    if reading == "party":
        return None if denied else _said_of_party(doc, tok, speaker)
    if reading == "neg" and denied or reading == "notpos" and (not denied or tok.dep_ not in _PREDICATIVE):
        return None
    if tok.pos_ == "NOUN" and lemma in cues("disparage") and lemma not in _deed_judgements() \
            and tok.dep_ not in ("attr", "appos") and not _as_complement(tok):
        return None  # an epithet names its bearer only when said of it: "he is a tyrant"
    if tok.dep_ == "amod" and tok.pos_ == "ADJ" and scare_quoted(tok) and who.actors(doc, tok.head):
        # "the 'illegal' government": the speaker's own word for a party, set apart by quote marks, judges a
        # party in power; before a people ("'illegal' migrants") or after "so-called" it is a word held up
        return None if _so_called(tok) else _ruling(doc, who.actors(doc, tok.head), speaker) or None
    carrier = _carrier(tok)
    if tok.dep_ == "amod" and not _owned_conduct(doc, tok) and (not _deed_or_party(doc, tok.head) and (carrier is None or not _deed(carrier))
                               and tok.head.dep_ not in _PREDICATIVE or doc.actor_of_token(tok)):
        return None  # "illegal aliens", "criminal groups", "terrorist networks": a description, not a verdict
        # (unless said of something: "this is a baseless case", "called it an illegal move")
    if tok.dep_ == "amod" and claim_noun(tok.head):
        return None  # "baseless allegations": a claim dismissed is rejected, which the verb lexicons read
    return judged(doc, tok, speaker, inside, earlier)


def _said_of_party(doc: Document, tok: Token, speaker: str) -> list[str] | None:
    """Whom a word that judges only a party itself (speech_judgements.tsv reading "party": "dangerous") blames:
    the subject of the copula it completes, when that names an actor other than the speaker's own ("the ruling
    parties are becoming more dangerous", "the junta is bold and dangerous"; evspeech27); nobody for a thing
    ("the situation is dangerous", "dangerous roads")."""
    first = tok
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head  # "bolder - and more dangerous": the adjective the word is coordinated with
    if first.dep_ not in ("acomp", "attr") or first.head.lemma_.lower() not in _COPULAS or _asked(tok):
        return None  # (not asked: "is the junta dangerous?")
    subj, _ = subject(first.head)
    if subj is None or subj.pos_ == "PRON":
        return None
    found = _others(doc, who.actors(doc, subj), speaker)
    return found or None


def _asked(tok: Token) -> bool:
    """A word of a sentence asked: a question mark after it in its sentence ("is the junta dangerous?")."""
    return any(t.text == "?" for t in tok.doc[tok.i:sentence_of(tok).end])


def _owned_conduct(doc: Document, tok: Token) -> bool:
    """A word for how someone acts (grievance_words.tsv judging) before a thing a named party owns: "the
    ministry's clumsy response", "Beijing's heavy-handed approach" (evspeech27): the owner's conduct is judged,
    whatever the noun (not a pronoun owner: "their" in someone's words is a guess too loose)."""
    word, lemma = tok.lower_, tok.lemma_.lower()
    if word not in _grievance_words("judging") and lemma not in _grievance_words("judging"):
        return False
    return any(p.dep_ == "poss" and p.pos_ != "PRON" and who.actors(doc, p) for p in tok.head.children)


def scare_quoted(tok: Token) -> bool:
    """A single word set in quote marks of its own: "the 'illegal' government" (the speaker's word, quoted)."""
    doc = tok.doc
    return 0 < tok.i < len(doc) - 1 and doc[tok.i - 1].text in _QUOTE_MARKS and doc[tok.i + 1].text in _QUOTE_MARKS


def _so_called(tok: Token) -> bool:
    """"the so-called 'illegal' ...": the word is someone else's, held up."""
    before = [t.lower_ for t in tok.doc[max(0, tok.i - 4):tok.i]]
    return "called" in before and "so" in before


def _carrier(tok: Token) -> Token | None:
    """What a judged object comes from: "the arrest sent a chilling message", "the ban had a chilling
    effect" (the subject of the verb whose object the judging word modifies)."""
    noun = tok.head
    if tok.dep_ != "amod" or noun.dep_ != "dobj" or noun.head.pos_ not in ("VERB", "AUX"):
        return None
    subj, _ = subject(noun.head)
    return subj


def _deed_or_party(doc: Document, noun: Token) -> bool:
    """A noun naming an act ("the arbitrary shuttling of people", "illegal sanctions", "a brutal
    crackdown": an event noun, a gerund or a word for a deed) or a party ("the repressive regime of X")."""
    return _deed(noun) or bool(who.actors(doc, noun))


def judged(doc: Document, tok: Token, speaker: str, inside: set[int], earlier: list[Event]) -> list[str]:
    """Whose the thing judged is: the doer of a deed the judged phrase names that is coded already ("the
    detention of the students was arbitrary" -> who detained them); the actor a judged phrase names or
    owns ("Dodik's actions", "the government is corrupt"; not whom an act was done to: "the students'
    arrest"); else the doer of the act the judged noun names, told before (``context.doer_of``: "the
    revocation was unfair" after "a judge revoked his bail"); else the first other party the speaker's
    sentence names; else nobody."""
    deeds = {e.trigger.start: e.source for e in earlier if e.source}  # trigger offset -> its doers
    heads: list[Token] = []
    if tok.dep_ == "amod" and tok.head.dep_ in _PREDICATIVE:  # "this is a baseless case": what "this" is
        tok = tok.head
    if tok.dep_ == "oprd" or tok.dep_ in _PREDICATIVE and tok.head.lemma_.lower() in cues("speech") \
            or _as_complement(tok):
        verb = tok.head.head if _as_complement(tok) else tok.head  # "called the ruling arbitrary", "a move (that) she called inhumane": the object
        heads += [c for c in verb.children if c.dep_ == "dobj" and c.lower_ not in ("that", "which")]
        heads += [verb.head] if verb.dep_ in ("relcl", "acl") and verb.head.pos_ == "NOUN" else []  # (the
        # parser may take "a move that X called ..." for a clause the noun takes: acl)
    elif tok.dep_ in _PREDICATIVE:
        subj, _ = subject(tok.head)
        heads += [subj] if subj is not None else []
    if tok.dep_ == "amod":
        heads.append(tok.head)
        carrier = _carrier(tok)
        heads += [carrier] if carrier is not None and _deed(carrier) else []
    ground = judged_frames.grounded(tok)  # "the indictment is based on rumour": the indictment is judged
    heads += [ground] if ground is not None else []
    if tok.pos_ == "NOUN":
        heads.append(tok)
    if tok.pos_ == "VERB" and is_passive(tok):  # "they are being persecuted": the subject suffers the deed
        heads += prep_objects(tok, "by")
        if not heads and child(tok, "nsubjpass") is not None:
            return []  # the victims named are not blamed, and whom the speaker blames is not told here
    elif tok.pos_ == "VERB":
        subj, _ = subject(tok)
        heads += [subj] if subj is not None else []
    beside: frozenset[int] = frozenset()
    for head in heads:
        if head.lower_ in who.FIRST_PERSON | who.SPEAKER_PLURAL:
            continue
        if patient_noun(head) and not _doers(head, deeds) and not context.doer_of(doc, head, {speaker}, earlier):
            return []  # an act done to someone whose doer is not told: blaming its victim would be wrong
        found = _others(doc, _doers(head, deeds), speaker)
        found = found or _others(doc, judged_frames.move_doers(doc, head), speaker)  # "in a move X called ..."
        aimed = _aimed_at(head) | _about(head)  # (the "of" of "the shelling of X's cities" names whom it is done to,
        # no owner; "their hostility toward teachers": whom a thing a pronoun owns is aimed at, evcoref27)
        beside |= _about(head)
        of_owner = not patient_noun(head) and not any(p.i in aimed for p in children(head, "prep"))
        found = found or _others(doc, who.actors(doc, head) or _owner(doc, head, of_owner), speaker)
        if not found and head.pos_ == "NOUN":
            found = _others(doc, context.doer_of(doc, head, {speaker}, earlier), speaker)
        if not found and not patient_noun(head):  # "his client's arrest": the client is no doer
            found = _others(doc, _named_within(doc, head, inside, aimed), speaker)
        if found:
            return found
        if any(_named(doc, head.doc[i]) for i in sorted(aimed) if i in inside):
            return []  # "the brutal attack on X": X suffered it, and who did it is not told here
    return _first_other(doc, sorted(inside - _suffered(doc, inside) - beside), speaker)


def _owner(doc: Document, head: Token, of: bool) -> list[str]:
    """Whose the judged thing is (participants.owner); a third-person pronoun owner ("their hostility", "its
    conduct") by the actors stage's link alone (participants.linked_pronoun, evcoref27): the events stage's own
    guess took the people of the story's last sentence, often those who suffered ("villagers fled ... their
    suffering is shameful")."""
    pronouns = [p for p in children(head, "poss") if p.pos_ == "PRON" and p.morph.get("Person") == ["3"]]
    if pronouns and not patient_noun(head):
        return [a for p in pronouns for a in who.linked_pronoun(doc, p)]
    return who.owner(doc, head, of=of)


def _about(head: Token) -> frozenset[int]:
    """The words of the prepositional phrases of a judged thing a third-person pronoun owns ("their hostility toward
    teachers", "its contempt for the courts"; not a deed done to someone, words.patient_noun): whom or what the
    thing is aimed at, never its owner; the owner is whom the pronoun stands for by the actors stage's link
    (``_owner``), so the pronoun itself is not read again by the events stage's guess (evcoref27)."""
    if head.pos_ != "NOUN" or patient_noun(head) or not any(
            p.dep_ == "poss" and p.pos_ == "PRON" and p.morph.get("Person") == ["3"] for p in head.children):
        return frozenset()
    return frozenset(t.i for p in children(head, "prep") for t in p.subtree) \
        | frozenset(p.i for p in children(head, "poss") if p.pos_ == "PRON")  # (read by its link alone: _owner)


def _suffered(doc: Document, inside: set[int]) -> set[int]:
    """The words of the speaker's sentence that name whom a deed there is done to: the target phrase of a
    deed noun ("the killing of X", "attacks on X": ``_aimed_at``) and a verb's "at"/"on"/"against" phrase
    ("firing shells at X's posts"). The last resort of ``judged`` (the first party the sentence names) does
    not blame them (round 23: "the killing of protesters is unacceptable" blames no protester)."""
    assert doc.nlp is not None
    out: set[int] = set()
    aimed_preps = word_class("aimed_prepositions")
    for i in inside:
        tok = doc.nlp[i]
        if tok.pos_ == "NOUN":
            out |= _aimed_at(tok)
        elif tok.pos_ == "VERB":
            out |= {t.i for p in children(tok, "prep") if p.lower_ in aimed_preps for t in p.subtree}
    return out


def _aimed_at(head: Token) -> frozenset[int]:
    """The words of a judged deed noun's target role: the phrases of the prepositions its event_nouns.tsv rows take
    the target from ("the brutal attack on X", "such reckless shelling of X's cities", "a cowardly assault on
    X's soldiers"; round 21). Whoever they name suffered the deed: a judgement of it does not blame them."""
    if head.pos_ != "NOUN":
        return frozenset()
    roles = {r for e in noun_entries(head) for r in e.target}
    return frozenset(t.i for p in children(head, "prep") if p.lower_ in roles for t in p.subtree)
