"""The speaker and the speaker's own side: who speaks at an offset (the innermost attribution holding it), "I" and
"we" inside a quote, "our forces" told by a state or an armed body, the country a state's speaker speaks for, and
a deed told in the first person plural, or of "his government", by a state's person."""
from __future__ import annotations

from spacy.tokens import Token

from ....document import Document, heads_of
from ...actors.sector import ARMED_SECTORS, STATE_SECTORS, head_sector, vocabulary
from ..pronouns import pronoun_participant
from ..tree import child
from ..words import word_class
from .bodies import _persons_body
from .common import _OWN_BODY_SECTORS, is_person


FIRST_PERSON = frozenset({"i", "me", "my", "myself"})
SPEAKER_PLURAL = frozenset({"we", "us"})  # inside a quote: the speaker's side, coded as the speaker


def speaker_at(doc: Document, offset: int, spoken_only: bool = False) -> str | None:
    """The speaker of the innermost attribution whose content holds ``offset``; with ``spoken_only``, of the
    innermost one in a speaker's own words (``speech.spoken``: not "according to"), None when it names none."""
    from ..reporting import attributions  # reporting reads actors through this module

    if spoken_only:
        from ..speech import spoken

        inside = [a for a in attributions(doc) if a.content_start <= offset < a.content_end and spoken(a)]
    else:
        inside = [a for a in attributions(doc) if a.content_start <= offset < a.content_end and a.speaker]
    if not inside:
        return None
    return min(inside, key=lambda a: a.content_end - a.content_start).speaker


def _speaking_side(doc: Document, speaker: str | None) -> str | None:
    """"we" in a quote is its speaker when that is a person or an organization (a country or a group
    named as "they said" is too loose a stand-in)."""
    found = doc.actor(speaker) if speaker else None
    return speaker if found is not None and found.kind in ("person", "organization") else None


_ARMS = ARMED_SECTORS  # forces, police, fighters (actors.sector): an armed body may be the speaker itself


def _owned_by_our(doc: Document, tok: Token) -> bool:
    """Whether a word has "our" for its possessor (a ``poss`` child). ``actor`` asks it of every word it reads,
    and few articles hold an "our": the heads of the article's possessive "our"s are found once per document
    from the parse's arrays (``heads_of``, ``token_numbers``) instead of walking each word's children."""
    if tok.doc is not doc.nlp:  # (a word of another parse: its own children)
        return any(c.dep_ == "poss" and c.lower_ == "our" for c in tok.children)
    found = doc.cached("heads of a possessive our")
    if found is None:
        heads, deps = heads_of(doc.nlp), doc.token_strings("DEP")
        found = doc.cached("heads of a possessive our", frozenset(
            heads[i] for i in doc.token_numbers("LOWER", {"our"}) if deps[i] == "poss" and heads[i] != i))
    return tok.i in found


def speakers_own_body(doc: Document, tok: Token) -> str | None:
    """A state's or an armed group's body called "our" inside a quote ("our forces", "our troops", "our
    police", "our government", "our country"; the head's sector from the actors stage's agent nouns,
    ``head_sector``) is the speaker's own side: a country that speaks, an army, police or armed group that
    speaks of its forces, else the country of a state's speaker (a minister, a ministry, a military
    spokesman) when the article names that country. Nobody when the speaker's side is not known (a
    civilian, a firm, a person of no country): "our people", "our economy", "our party" name no body here."""
    if not _owned_by_our(doc, tok) or tok.pos_ not in ("NOUN", "PROPN"):
        return None
    head = " ".join(t.lower_ for t in tok.subtree if t.i <= tok.i and t.dep_ in ("compound", "amod") or t.i == tok.i)
    sector, _ = head_sector(head)
    sector = vocabulary().get(sector, sector) if sector else None
    speaker = speaker_at(doc, tok.idx)
    found = doc.actor(speaker) if speaker else None
    if sector not in _OWN_BODY_SECTORS or found is None:
        return None
    if found.kind == "country":
        return found.id if sector != "REB" else None
    side = vocabulary().get(found.sector, found.sector) if found.sector else None
    if side not in _OWN_BODY_SECTORS:
        return None
    if found.kind in ("organization", "group") and sector in _ARMS and side in _ARMS:
        return found.id  # "our forces", said by the army or the militia: the speaker
    if side == "REB":
        return None  # a rebel's "our government" or a fighter's "our forces": which group is not told
    return speakers_state(doc, found.id)


# the events a state does through its forces, police, courts or money rather than by speaking: "we shelled
# their positions", "we arrested the leaders", "we sent aid" (told by a minister: the state did it)
DEEDS = frozenset({"ASSAULT", "COERCE", "AID", "MOBILIZE", "SANCTION"})


def speakers_state(doc: Document, speaker: str) -> str | None:
    """The country a state's speaker speaks for: a person or body of a state sector (government, forces,
    police, lawmakers, courts) whose own country the article names as an actor; else nobody."""
    found = doc.actor(speaker)
    if found is None:
        return None
    if found.kind == "country":
        return found.id
    side = vocabulary().get(found.sector, found.sector) if found.sector else None
    if side not in STATE_SECTORS or not found.country:
        return None
    return next((a.id for a in doc.actors if a.kind == "country" and a.country == found.country), None)


def first_person_deed(doc: Document, subj: Token | None, kind: str) -> bool:
    """A deed a speaker tells of its own side in the first person plural inside its quote: "we shelled
    their positions" (DEEDS), its subject "we"."""
    return subj is not None and kind in DEEDS and subj.lower_ in SPEAKER_PLURAL and speaker_at(doc, subj.idx) is not None


def own_side_doers(doc: Document, subj: Token | None, kind: str, sources: list[str]) -> list[str]:
    """The doer of a first-person deed told by a state's person (``first_person_deed``): the state, not the
    minister or spokesman who tells it ("'We arrested the leaders,' the interior minister said" -> the
    country, when the article names it); the speaker stays where the state is not known."""
    if not first_person_deed(doc, subj, kind):
        return []
    speaker = speaker_at(doc, subj.idx)
    found = doc.actor(speaker) if speaker else None
    if found is None or found.kind != "person" or sources != [speaker]:
        return []
    state = speakers_state(doc, speaker)
    return [state] if state else []


def speaking_group(doc: Document, subj: Token | None, verb: Token, kind: str, sources: list[str]) -> list[str]:
    """The speaker of a quote whose "we" does by words what the verb tells, now or before ("'We urge the
    authorities to free him,' the groups said", "'We have called on both sides to talk,' Peru said"): the
    speaker, a group or a country too (``_speaking_side`` takes "we" for a person's or an organization's
    only; a deed, "we shelled", is another matter, ``own_side_doers``). Only with no source read otherwise
    (reqscan26)."""
    if sources or subj is None or kind in DEEDS or subj.lower_ != "we" or verb.tag_ not in ("VBP", "VBD", "VBN") \
            or any(c.dep_ == "neg" or c.dep_ in ("aux", "auxpass") and c.lemma_.lower() != "have"
                   for c in verb.children):
        return []  # "we urge", "we urged", "we have urged"; not "we will ask", "we did not urge"
    speaker = speaker_at(doc, subj.idx)
    found = doc.actor(speaker) if speaker else None
    return [speaker] if found is not None and found.kind in ("group", "country") else []


def heads_own_government(doc: Document, subj: Token | None, kind: str, sources: list[str]) -> list[str]:
    """The leader who tells what "his administration" or "her government" (person_state_heads, owned by a
    personal pronoun) will do or does by words, a stand, an offer or a meeting rather than a deed: the speaker
    of the words that hold it, when the pronoun stands for that speaker and the source read was the body
    ``_persons_body`` gives for the speaker ("the president said her government would not bow to the strikers" ->
    the president; "Trump announced his administration was planning a second summit" -> Trump), as "we urge" stays
    the speaker's (``own_side_doers``). A deed (DEEDS: an arrest, an attack, aid sent) stays the state's."""
    if subj is None or kind in DEEDS or subj.lemma_.lower() not in word_class("person_state_heads"):
        return []
    poss = child(subj, "poss")
    if poss is None or poss.lower_ not in word_class("person_owner_pronouns"):
        return []
    speaker = speaker_at(doc, subj.idx)
    if not speaker or not is_person(doc, speaker) or pronoun_participant(doc, poss) != speaker:
        return []
    return [speaker] if sources == [_persons_body(doc, subj, speaker)] and sources != [speaker] else []
