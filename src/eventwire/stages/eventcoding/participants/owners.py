"""Owners, recipients and rulers: whose thing an object is ("Israel's proposal", "a plan by Iran"; not a country's
possessive that only tells the origin of people outside the state), the first actor inside a phrase, whom a verb
of sending addresses, and under whose rule or at whose hands a deed is suffered."""
from __future__ import annotations

from spacy.tokens import Token

from ....document import Document
from ....lexicon import words
from ...actors.sector import head_sector, sector_group, vocabulary
from ..tree import child, children, conjuncts, governing_verb, prep_objects
from ..words import noun_target_role, patient_noun, word_class
from .common import _CIVIL_SECTORS, _is_country
from .resolve import actor, actors
from .speakers import FIRST_PERSON, SPEAKER_PLURAL, speaker_at, speakers_state


# sectors of people a country's name owns only as their origin: civilians, firms, the press, the opposition
_NOT_THE_STATES = _CIVIL_SECTORS | {"OPP"}


def country_of_people(doc: Document, head: Token, holder: Token) -> bool:
    """Whether a country's possessive on people outside the state only tells whose country they are of
    ("arrested Kenya's opposition leader", "detained Egypt's journalists", "Uganda's students"): the people,
    not the state, are the party, as ``civil_group_of`` reads "Afghan women". The head's phrase (its compounds
    and the head) gives the sector (``head_sector``: "opposition leader" OPP, "journalists" MED); a state's
    people ("Argentina's diplomats", "Iran's ambassador") and the whole people ("Ukraine's people") keep the
    country, and so does a thing ("Ukraine's power grid")."""
    if head.pos_ != "NOUN" or head.lower_ in words("whole_people_nouns.txt"):
        return False
    if not any(_is_country(doc, a) for a in actors(doc, holder)):
        return False
    phrase = " ".join(t.lower_ for t in head.lefts if t.dep_ == "compound") + " " + head.lower_
    sector, known = head_sector(phrase.strip())
    return known and sector is not None and vocabulary().get(sector, sector) in _NOT_THE_STATES


def recipient(doc: Document, verb: Token | None) -> list[str]:
    """Who a verb of sending addresses: "sent Kim a letter", "sent a letter to Kim"."""
    if verb is None:
        return []
    for tok in children(verb, "dative"):
        if tok.pos_ != "ADP":
            return actors(doc, tok)
    for obj in prep_objects(verb, "to"):
        return actors(doc, obj)
    return []


def participle_recipient(doc: Document, trigger: Token, pronoun: bool = False) -> list[str]:
    """For "sent a letter to Kim inviting him": Kim, whatever the parser did with "to Kim inviting". With
    ``pronoun`` (the participle's object is a pronoun), a main clause without a recipient gives its own
    object: "blamed India, accusing it of ..." -> India (the pronoun is not the clause's subject)."""
    subj = child(trigger, "nsubj")
    if trigger.dep_ == "pcomp" and trigger.head.pos_ == "ADP" and subj is not None:
        return actors(doc, subj)
    verb = governing_verb(trigger)
    found = recipient(doc, verb)
    if found or not pronoun or verb is None or trigger.dep_ != "advcl":
        return found
    return [a for o in children(verb, "dobj") for a in actors(doc, o)]


def owner(doc: Document, tok: Token, of: bool = False, every: bool = False) -> list[str]:
    """Whose thing an object is: "Israel's proposal", "the proposal from Israel", "a plan by Iran", the first
    party of "the deal between Kenya and Somalia", the subject of a gerund clause ("of Uganda blocking the
    trucks"); with ``of``, also "the actions of Iran". The possessor of
    an act done to someone ("Lai's arrest", words.patient_noun) is not its owner but whom it was done to, unless an
    "of" phrase names whom it was done to: then the possessor did it ("Russia's detention of the journalist", as
    the events stage's noun reader takes it, nominal.py). With ``every``, each owner the first phrase coordinates
    ("banned imports from Poland and Hungary")."""
    holders = [] if patient_noun(tok) and not prep_objects(tok, "of") else children(tok, "poss")
    holders = [h for h in holders if not country_of_people(doc, tok, h)]
    if tok.lemma_.lower() in word_class("kin") or tok.lower_ in word_class("kin"):  # "killed my brother": the
        holders = [h for h in holders if h.lower_ not in FIRST_PERSON | SPEAKER_PLURAL]  # speaker's kin, not the speaker
    # "the withdrawal of troops from Bamako": the place left is the deed's target, not its owner
    holders += [] if noun_target_role(tok, "from") else prep_objects(tok, "from")
    holders += prep_objects(tok, "by") + prep_objects(tok, "between")
    if tok.tag_ == "VBG" and tok.dep_ in ("pcomp", "pobj"):  # "complained of Uganda blocking its trucks": the
        holders += children(tok, "nsubj")  # subject of a gerund clause does, so owns, its deed
    if of:
        holders += prep_objects(tok, "of")
    first = [a for h in holders for a in actors(doc, h)][:1]
    if not first:  # "'Russia attacked our power plants,' the Ukrainian president said": a thing the speaker
        # calls "ours" inside a quote is the state a state's speaker speaks for (speakers.speakers_state)
        first = [s for h in holders if h.lower_ == "our" and h.dep_ == "poss"
                 and (speaker := speaker_at(doc, h.idx)) and (s := speakers_state(doc, speaker))][:1]
    if every and first and holders[0].head.lower_ != "between":
        return actors(doc, holders[0]) or first
    return first


def first_actor_within(doc: Document, tok: Token) -> list[str]:
    """The first actor named inside an object phrase: "value the fact that Putin's administration ..."."""
    for t in tok.subtree:
        found = actor(doc, t) if t.pos_ in ("PROPN", "NOUN") else None
        if found:
            return [found]
    return []


def ruled_by(doc: Document, pred: Token) -> list[str]:
    """Who does an agentless passive deed told as happening under someone's rule, or at someone's hands:
    "dissidents were jailed under military rule", "women under the junta's control are persecuted" (the
    phrase on the passive's subject), "were tortured at the hands of the secret police" -> the ruler or the
    hands' owner (ruling_nouns of event_word_classes.tsv)."""
    holders = [pred] + [c for s in children(pred, "nsubjpass") for c in conjuncts(s)]  # "women and girls under"
    for holder in holders:
        for noun in prep_objects(holder, "under"):
            rulers = _rulers(doc, noun)
            if rulers:  # "barred under the Taliban", "jailed under President Ortega": a ruler named itself (evmiss22)
                return rulers
            if noun.lemma_.lower() not in word_class("ruling_nouns") and noun.lower_ not in word_class("ruling_nouns"):
                continue
            heads = [c for c in noun.children if c.dep_ in ("poss", "compound", "amod")] + prep_objects(noun, "of")
            found = [a for h in heads if h.pos_ != "PRON" for a in actors(doc, h)]
            if found:
                return list(dict.fromkeys(found))
        found = [a for h in hands_of(holder) for a in actors(doc, h)]
        if found:
            return list(dict.fromkeys(found))
    return []


def _rulers(doc: Document, noun: Token) -> list[str]:
    """The actors an "under" phrase names when they rule: a state, or a body or person of a ruling sector (sector
    group rulers of ``sector_groups.tsv``: "under the Taliban", "under President Ortega"); not a pronoun, not a law
    or a deal."""
    if noun.pos_ == "PRON":
        return []
    ruling = sector_group("rulers")
    found = [a for a in actors(doc, noun) if (act := doc.actor(a)) is not None
             and (act.kind == "country" or act.sector in ruling)]
    return list(dict.fromkeys(found))


def hands_of(tok: Token) -> list[Token]:
    """Whose hands a deed or wrong is suffered at: "at the hands of the police" hung on the word itself."""
    return [h for noun in prep_objects(tok, "at") if noun.lower_ == "hands"
            for h in prep_objects(noun, "of") if h.pos_ != "PRON"]


def wrong_hands(noun: Token) -> list[Token]:
    """Whose hands a wrong named by a noun is suffered at, wherever the parser hangs the phrase: on the noun,
    on its "of" object ("the repression of students at the hands of the junta"), or on the verb it is the
    object of, directly or through "of" ("suffered years of repression at the hands of", "faced torture at
    the hands of")."""
    holders = [noun] + prep_objects(noun, "of")
    top = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else noun  # "years of repression"
    if top.dep_ == "dobj" and top.head.pos_ == "VERB":
        holders.append(top.head)
    return [h for holder in holders for h in hands_of(holder)]
