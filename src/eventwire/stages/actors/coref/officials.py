"""Officials of a named state described, not named (issues 15 and 16, round 12): 'Tanzania's president',
'the Chilean foreign minister', 'the president of Sierra Leone'. A description that points back to a named
person is that person (``roles.descriptions``); one that points back to nobody, and names the state and an
office of it, is an actor of its own: a person of that state with the office's sector, so that what the
official does or says has a doer ('Tanzania's president pardoned 12 prisoners'). A later description of the
same office and state is the same person (``roles.descriptions`` finds it among the people); another office
of that state is somebody else."""
from __future__ import annotations

import re
from functools import lru_cache

from ....document import Document
from ....lexicon import words
from ....lookahead import THE, led
from ..sector import STATE_SECTORS
from ..words import ActorWords, actor_words, alternation, holds_a_word, norm
from .common import role_family, same_role
from .pronouns import pronoun_antecedent

# sectors of the offices of a state (roles.tsv); police offices are written COP there, GOV in records
# where the head of a description stands when it names somebody who acts, speaks or is acted on
# ('poss': "Iran's president's visit" is the visit; a compound or adjective modifies another noun)
# ('appos', 'attr': "Ruto, Kenya's president," and "he is Kenya's president" describe the person named)
_PARTICIPANT_DEPS = ("nsubj", "nsubjpass", "dobj", "pobj", "conj", "ROOT", "dative")


# families of roles (coref_role_families.tsv) whose holder, unnamed, speaks and is dealt with for the state
# ('Russia's envoy said', 'summoned Russia's ambassador': the events stage reads the state, participants.
# PROXY_HEADS and described_country); named, they are the person ('Somalia's ambassador, X,')
_FOR_THE_STATE = ("diplomat", "spokesperson")


def state_office(role: str, w: ActorWords) -> str | None:
    """The sector of ``role`` when it is one person's office in a state ('president', 'foreign minister',
    'judge'), else None (plural roles name groups, which ``mentions.groups`` reads; 'opposition leader',
    'analyst' are no office of the state)."""
    sector = w.roles.get(role, (None, False))[0]
    if sector not in STATE_SECTORS or role.endswith("s") and role[:-1] in w.roles or role in ("police",):
        return None
    return sector


def stands_for_the_state(role: str) -> bool:
    """Whether an unnamed holder of ``role`` is read as the state itself (an envoy, a spokesperson)."""
    return role_family(role) in _FOR_THE_STATE


def describes_a_participant(head) -> bool:
    """Whether the head token of a description stands where an actor does (subject, object, agent, ...)
    and no person's name in its own phrase says who holds the office ("Chad's envoy to Niger, Ali Saleh,
    said": Saleh)."""
    if head.dep_ not in _PARTICIPANT_DEPS or head.pos_ not in ("NOUN", "PROPN"):
        return False
    own = [t for c in head.rights if c.dep_ not in ("conj", "cc") for t in c.subtree]  # not 'and Togo's president'
    return not any(t.ent_type_ == "PERSON" for t in own)


def new_official(doc: Document, w: ActorWords, start: int, end: int, role: str, country: str,
                 owner: str | None = None):
    """An actor for the unnamed holder of ``role`` in ``country``, named as the text says it (or, for an
    office under a possessive pronoun, with the name of the state the pronoun stands for: "its foreign
    minister" after Chile is "Chile's foreign minister"); None for a role whose unnamed holder stands for
    the state (``stands_for_the_state``)."""
    if stands_for_the_state(role):
        return None
    sector = state_office(role, w)
    shown = "GOV" if sector == "COP" else sector
    name = re.sub(r"^[Tt]he\s+", "", doc.text[start:end])
    if owner is not None:
        name = owner + "'s " + re.sub(r"^[Ii]ts\s+", "", name)
    actor = doc.new_actor(name, "person", country, shown, f"{country}{sector}")
    actor.role = role
    doc.add_mention(actor, start, end)
    return actor


def owning_state(doc: Document, start: int, end: int):
    """The country a possessive pronoun before an office stands for ("Pakistan denied that its national
    security adviser had met ...", "Chile said its foreign minister would travel"), by the pronoun
    resolver's reading of 'its' (``pronouns.pronoun_antecedent``); None when the pronoun is not 'its' or
    stands for no country (a ministry's, a party's or a firm's officer is no office of the state)."""
    assert doc.nlp is not None
    span = doc.nlp.char_span(start, end, alignment_mode="expand")
    pronoun = next((t for t in span or () if t.dep_ == "poss" and t.lower_ == "its"), None)
    if pronoun is None:
        return None
    actor = doc.actor(pronoun_antecedent(doc, pronoun))
    return actor if actor is not None and actor.kind == "country" and actor.country else None


def named_later(people, roles: dict, former: set, role: str, country: str, start: int, w: ActorWords):
    """The one person named after ``start`` (and not before) in ``role`` of ``country``, not a former holder:
    "Ghana's president opened the port ... President John Mahama said" (a lead that names the office first);
    None when nobody or several fit."""
    found = [a for a in people if a.id not in former and a.country == country and a.mentions[0].start > start
             and same_role(roles.get(a.id), role, w)]
    return found[0] if len(found) == 1 else None


def tenure_words() -> str:
    """'new|acting|top|...' (office_tenure_words.txt), longest first, as an alternation."""
    return "|".join(re.escape(x) for x in sorted(words("office_tenure_words.txt"), key=len, reverse=True))


@lru_cache(maxsize=1)
def _of_state_re() -> re.Pattern[str]:
    """'the president of Sierra Leone', 'the foreign minister of Chile' (the state's words checked after)."""
    roles = alternation(sorted(actor_words().roles), curly=False)  # (the longest first, a prefix tree)
    return re.compile(rf"{THE}\s+(?:(?:{tenure_words()})\s+)?(?P<role>(?>{roles}))"
               rf"\s+of\s+(?:the\s+)?(?P<state>[A-Z][\w.]*(?:\s+(?:[A-Z][\w.]*|and|of|the))*)(?![\w’'-])")


def of_state_descriptions(doc: Document, w: ActorWords, fitting) -> None:
    """'the president of Sierra Leone': the person named before in that office of that state (``fitting``:
    a function (role, country, start) -> actor or None, ``roles.descriptions``'s own search), else, named
    by nobody, a new actor. The state must be the whole phrase after 'of' ('the president of Cameroon's
    poultry association' is the association's; 'the president of Guinea-Lanta' a body's) and no name may
    follow it ('the president of Kenya William Ruto' is Ruto's title)."""
    assert doc.nlp is not None
    for m in _of_state_re().finditer(doc.text):
        country, end = _state_at(m.group("state"), m.start("state"), w)
        if country is None or re.match(r"(?:['’]s\b|-|,?\s+[A-Z])", doc.text[end:end + 3]):
            continue
        if doc.actor_in(m.start("role"), m.end("role")):
            continue
        head = doc.nlp.char_span(m.start("role"), m.end("role"), alignment_mode="expand")
        role = m.group("role").lower()
        if head is None or state_office(role, w) is None or not describes_a_participant(head.root):
            continue
        if re.search(r"\b(?:former|ex-)\s*$", doc.text[max(0, m.start() - 12):m.start()]):
            continue
        start = m.start() + (4 if doc.text[m.start():m.start() + 4].lower() == "the " else 0)
        actor = fitting(role, country, start)
        if actor is not None:
            doc.add_mention(actor, start, end)
        else:
            new_official(doc, w, start, end, role, country)  # (None for an envoy: the state's)


def _state_at(words: str, offset: int, w: ActorWords) -> tuple[str | None, int]:
    """(the country the longest run of first words of ``words`` names, where that run ends in the text)."""
    cuts = [i for i, ch in enumerate(words) if ch.isspace()] + [len(words)]
    for cut in reversed(cuts):
        country = w.country_by_name.get(norm(words[:cut].rstrip(".") if words[:cut].endswith(".") and
                                             words[:cut].count(".") == 1 else words[:cut]))
        if country:
            return country, offset + cut
    return None, offset


_COUNTERPART = led(r"\b(?P<owner>[Hh]is|[Hh]er|[Tt]heir)\s+(?P<who>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)\s+"
                   r"counterparts?(?P<comma>,)?\s+")
_COUNTERPART_WORDS = frozenset({"counterpart", "counterparts"})  # (one of them stands in each match)


def counterparts(doc: Document, w: ActorWords) -> None:
    """'President X met his Tanzanian counterpart, Y': Y holds X's office in the state the demonym names (a
    person the knowledge base and the title words left without an office takes X's sector and role, and
    the demonym's country). Run once pronouns are resolved ('his' is X)."""
    if not holds_a_word(_COUNTERPART_WORDS, doc.text):
        return  # (no such word: the text is not scanned)
    for m in _COUNTERPART.finditer(doc.text):
        country = w.country_of(m.group("who"))
        owner = doc.actor(doc.actor_in(m.start("owner"), m.end("owner")))
        named = doc.actor(doc.actor_in(m.end(), m.end() + 1))
        if country is None or owner is None or named is None or owner.kind != "person" or \
                named.kind != "person" or owner.sector not in STATE_SECTORS or named is owner:
            continue
        if named.sector not in (None, "CVL") or named.country not in (None, country):
            continue  # an office the knowledge base or the title gave stands
        named.sector, named.country = owner.sector, country
        named.role = named.role or owner.role
        named.code = f"{country}{owner.sector}"
