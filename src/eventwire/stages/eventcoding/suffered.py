"""An attack told from its victim's side (round 21, evthreat21): the noun of a violent deed is the object of a verb
of suffering or withstanding, or the "under" phrase of "come" (word class `suffering_verbs` of
event_word_classes.tsv), and that verb's subject is whom the deed was aimed at: "the convoy came under attack by
militants", "Kyiv came under Russian shelling", "Israel sustained a rocket attack from Hamas", "Iraqi forces
repelled an attack by IS fighters", "the base fought off an assault by the rebels". The attacker is the one the
noun names (its "by" or "from" phrase, adjective, compound or possessor: nominal.noun_participants); with no
attacker named there is no event, as the gold leaves attacks with an unnamed doer optional. "fend" and "fight"
only with "off" ("fought a war" is no attack suffered)."""
from __future__ import annotations

from spacy.tokens import Token

from .tree import children
from .words import word_class

SUFFERED_TYPES = frozenset({"ASSAULT"})


def suffering_verb(tok: Token) -> Token | None:
    """The verb of suffering whose subject a violent deed's noun is aimed at (see above), or None."""
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "under" and head.dep_ == "prep":
        verb = head.head  # "came under attack"
        return verb if verb.pos_ == "VERB" and verb.lemma_.lower() == "come" else None
    if tok.dep_ != "dobj" or head.pos_ != "VERB":
        return None
    lemma = head.lemma_.lower()
    if lemma == "come" or lemma not in word_class("suffering_verbs"):
        return None
    if lemma in word_class("suffering_with_off") and not any(c.lower_ == "off" for c in children(head, "prt")):
        return None
    return head
