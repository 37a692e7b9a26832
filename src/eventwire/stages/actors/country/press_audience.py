"""The press as a speaker's audience: 'reporters' a minister told something, 'journalists' a leader spoke
to, are the press where that speaker speaks (the Pentagon's reporters when the U.S. defence secretary
talks; those of the UN's seat when its spokesman does), not the press of the country the story is set in."""
from __future__ import annotations

from spacy.tokens import Token

from ....document import Document
from ....record import Actor
from ..words import PERSON_PRONOUNS, speech_lemmas
from .phrase import _span_of

_AUDIENCE_DEPS = ("dobj", "dative", "iobj")  # 'told reporters', 'gave reporters a briefing'
_CLAUSE_UP = ("advcl", "xcomp", "conj", "ccomp", "acl", "relcl")  # 'X rejected it, telling journalists ...'


def press_audience(doc: Document, actor: Actor) -> tuple[bool, str | None]:
    """Whether a press group (MED) is first named as the audience of a speech verb ('told reporters',
    'said to journalists'), and the country of the speaker (None when the speaker has none or is not
    found): the press follows the speaker."""
    if actor.kind != "group" or actor.sector != "MED":
        return False, None
    span = _span_of(doc, actor)
    if span is None:
        return False, None
    tok = span.root
    verb = tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "to":
        verb = tok.head.head  # 'said to reporters'
    elif tok.dep_ not in _AUDIENCE_DEPS:
        return False, None
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in speech_lemmas():
        return False, None
    return True, _speaker_country(doc, verb)


def _speaker_country(doc: Document, verb: Token) -> str | None:
    from ..coref.pronouns import pronoun_antecedent  # (here: coref reads the actors' modules)

    for _ in range(3):  # the subject of the verb, or of the clause a participle hangs from
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            subject = subjects[0]
            found = doc.actor_of_token(subject)
            if found is None and subject.lower_ in PERSON_PRONOUNS:
                found = pronoun_antecedent(doc, subject)
            for named in (t for c in subject.children if c.dep_ == "appos" for t in c.subtree):
                found = found or doc.actor_of_token(named)  # 'the party's spokesman, Jane Doe, told reporters'
            speaker = doc.actor(found)
            return speaker.country if speaker is not None else None
        if verb.dep_ not in _CLAUSE_UP or verb.head is verb:
            return None
        verb = verb.head
    return None
