"""Role descriptions: 'the minister', 'the Russian envoy', 'Russia's envoy', 'its chairperson' -> the person
named before whose role (coref_role_families.tsv), country and recency fit; 'a State Department spokesperson
... the spokesperson' -> one unnamed person."""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from ....document import Document
from ....lookahead import led
from ..words import ActorWords, actor_words, alternation, former_before, norm
from ..country import outlet_in
from .common import after_as, same_role, sentence_finder, subject_person
from .officials import (describes_a_participant, named_later, new_official, of_state_descriptions, owning_state, state_office,
                        tenure_words)

_NAME_WORDS = r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}"


@lru_cache(maxsize=1)
def _description_re() -> re.Pattern[str]:
    """'the minister', 'its envoy', 'the Russian envoy', 'Russia's envoy', 'the UN envoy' (built once).
    The owner and the capitalised words before the role are read as any capitalised words here and
    checked against the countries, demonyms and institutions afterwards (``_description_parts``): one
    alternation of every country name would be tried at every word of every article. 'The country's
    president' is the president of the story's own country (``Document.setting``). A role followed by
    'of' describes somebody new ('the president of the court'), unless a verb's -ing form follows: 'accused
    the minister of lying' is the minister."""
    roles = alternation(list(actor_words().roles))  # (a prefix tree, the longest first) atomic: 'the deputy prime minister' never shrinks to 'the deputy'
    tenure = tenure_words()  # 'Peru's new president' (read only after a state's name: descriptions)
    return led(
        rf"\b(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|(?P<owner>{_NAME_WORDS})['’]s|(?P<home>[Tt]he\s+(?:country|nation)['’]s))"
        rf"\s+(?:(?P<mods>(?:{tenure})(?:\s+(?:{tenure}))*)\s+)?(?:(?P<who>{_NAME_WORDS})\s+)?"
        rf"(?P<role>(?>{roles}))\b(?!\s+of\b(?!\s+[a-z]+ing\b)|\s+(?:{roles})\b)")


# A character no description holds: one is made of words, spaces, apostrophes, hyphens and periods (the
# leading words, a capitalised owner or demonym, the tenure words and the role; office_tenure_words.txt
# and roles.tsv hold no other character), so each lies inside one stretch of text between two such.
_NOT_IN_DESCRIPTION = re.compile(r"[^\w\s.’'-]")


def _descriptions_in(text: str):
    """The matches of ``_description_re`` in ``text``, as its ``finditer`` gives them, searched only in the
    stretches between two characters no description holds (``_NOT_IN_DESCRIPTION``) that hold a role's
    word (``ActorWords.role_anchor``, the same roles whatever their case): a description's role is such a
    word, and a stretch without one holds none. Searched there with the stretch's end as ``endpos``: the
    character after a stretch is neither a word's nor a space, so the pattern's word bounds and its look
    at what follows the role read the same there as on the whole text."""
    hits = actor_words().role_anchor.spans(text)
    if not hits:
        return
    breaks = [m.start() for m in _NOT_IN_DESCRIPTION.finditer(text)]
    finditer = _description_re().finditer
    done = 0  # (the end of the stretch searched last)
    for start, _ in hits:
        if start < done:
            continue
        k = bisect_left(breaks, start)
        low = breaks[k - 1] + 1 if k else 0
        done = breaks[k] if k < len(breaks) else len(text)
        yield from finditer(text, low, done)


def _description_parts(m: re.Match[str], w: ActorWords) -> tuple[int | None, str | None]:
    """(where the description starts, or None when it is none; the country it gives): an owner must end
    in a country ('On Monday Russia's envoy' -> 'Russia's envoy'); capitalised words before the role must
    end in a demonym or a known institution ('the Russian envoy', 'the UN envoy')."""
    start, country = m.start(), None
    if m.group("owner") is not None:
        found = _suffix(m.group("owner"), lambda x: w.country_by_name.get(norm(x)))
        if found is None:
            return None, None
        start, country = m.start("owner") + found[0], found[1]
    if m.group("who") is not None:
        found = _suffix(m.group("who"), lambda x: w.demonym_of.get(norm(x)) or w.known.get(norm(x)))
        if found is None or found[0] > 0:
            return None, None
        country = found[1] if isinstance(found[1], str) else found[1].country or country
    return start, country


def _names_a_state(m: re.Match[str], w: ActorWords) -> bool:
    """Whether a description names its state by the state's name or demonym ("Chad's", 'the Chadian'), not
    by an institution ('the UN envoy') or nothing ('the minister')."""
    if m.group("who") is not None:
        return _suffix(m.group("who"), lambda x: w.demonym_of.get(norm(x))) is not None
    return m.group("owner") is not None or m.group("home") is not None


def _suffix(words: str, lookup):
    """(offset, value) of the longest run of final words of ``words`` that ``lookup`` knows, or None."""
    cuts = [0] + [i + 1 for i, ch in enumerate(words) if ch.isspace()]
    for cut in cuts:
        value = lookup(words[cut:].strip())
        if value:
            return cut, value
    return None

DESCRIPTION_REACH = 6  # sentences back a description looks for the person it stands for


def descriptions(doc: Document, w: ActorWords) -> None:
    """'the minister said', 'the Russian leader', 'Russia's envoy', 'its chairperson': the person named
    before whose role fits (and whose country, when the description gives one): the only one, or the
    one mentioned last when several fit and that mention lies within DESCRIPTION_REACH sentences. A description with a name right after it is that name's title,
    not a reference; one followed by 'of' describes somebody new ('the president of the court'); a
    'former' holder of a role is not 'the' holder; a role used as an adjective ('its official name') is
    no description."""
    assert doc.nlp is not None
    people = [a for a in doc.actors if a.kind == "person" and a.mentions]
    roles = {a.id: (a.role or w.role_in(a.name) or "").lower() for a in people}
    former = {a.id for a in people if any(_FORMER.search(doc.text, max(0, m.start - 30), m.start) for m in a.mentions)}
    starts = {a.id: [m.start for m in a.mentions] for a in people}
    sentence = sentence_finder(doc)
    for m in _descriptions_in(doc.text):
        if doc.actor_in(m.start("role"), m.end()) or _title_before_name(doc, m.end()):
            continue
        head = doc.nlp.char_span(m.start("role"), m.end("role"), alignment_mode="expand")
        if head is None or head[-1].pos_ not in ("NOUN", "PROPN"):
            continue
        start, country = _description_parts(m, w)
        if m.group("mods") is not None and not _names_a_state(m, w):
            continue  # 'the new president' names no state: left as before
        if m.group("home") is not None:
            country = doc.setting  # "the country's president": the story's own country's
            if country is None or m.group("who") is not None:
                continue
        if start is None:
            continue
        if after_as(head.root):
            # 'Li Na, who served as the bank's special envoy': what the clause's subject was, not the
            # last holder of the role named before
            person = subject_person(doc, head.root.head.head)
            if person is not None:
                doc.add_mention(person, start, m.end())
            continue
        who = m.group("who") or m.group("owner")
        role = m.group("role").lower()
        named = _person_in_apposition(doc, m.end())  # 'Its director, Amelia Nhantumbo, appealed'
        if named is not None:
            doc.add_mention(named, start, m.end())
            continue
        here = sentence(start)
        owner = owning_state(doc, m.start(), m.start("role")) if m.group("owner") is None \
            and m.group("home") is None and m.group("who") is None else None
        if owner is not None:  # "Pakistan denied that its national security adviser had met ...": the
            country = owner.country  # pronoun's state owns the office, as "Pakistan's" would
        best, latest, fits = None, -1, 0
        for a in people:
            if a.id in former or not same_role(roles[a.id], role, w) or country is not None and a.country != country \
                    and not (owner is not None and a.country is None):
                continue
            i = bisect_left(starts[a.id], start) - 1
            if i < 0:
                continue
            fits += 1
            if starts[a.id][i] > latest:
                best, latest = a, starts[a.id][i]
        if best is None or fits > 1 and here - sentence(latest) > DESCRIPTION_REACH:
            best = _introduced(doc, w, role, start, here, sentence) if not who else None
            if best is None and fits == 0 and (_names_a_state(m, w) or owner is not None) \
                    and state_office(role, w) is not None and not _FORMER.search(doc.text, max(0, start - 30), start):
                # 'Tanzania's president', 'the Chilean foreign minister', 'its foreign minister' after a
                # state, fitting nobody named before: the one holder of that office of that state the
                # story names later, else, where the description stands as an actor does, an official of
                # that state (officials.py)
                best = named_later(people, roles, former, role, country, start, w)
                if best is None and describes_a_participant(head.root):
                    best = new_official(doc, w, start, m.end(), role, country,
                                        owner.name if owner is not None else None)
            if best is None:
                continue
            people.append(best)
            roles[best.id] = role
        doc.add_mention(best, start, m.end())
        starts[best.id] = [x.start for x in best.mentions]

    def fitting(role: str, country: str, start: int):
        """The person named last before ``start`` in ``role`` of ``country`` (not a former holder)."""
        best, latest = None, -1
        for a in doc.actors:
            if a.kind != "person" or a.id in former or a.country != country or not same_role(
                    roles.get(a.id) or a.role or w.role_in(a.name), role, w):
                continue
            before = [x.start for x in a.mentions if x.start < start]
            if before and before[-1] > latest:
                best, latest = a, before[-1]
        return best or named_later([a for a in doc.actors if a.kind == "person" and a.mentions],
                                   {**{a.id: (a.role or w.role_in(a.name) or "").lower() for a in doc.actors}, **roles},
                                   former, role, country, start, w)

    of_state_descriptions(doc, w, fitting)  # 'the president of Sierra Leone'


@lru_cache(maxsize=1)
def _indefinite_re() -> re.Pattern[str]:
    """'a State Department spokesperson', 'an Indian official', 'the country's information minister',
    'Chad's interior minister': a role introduced without a name."""
    roles = alternation(list(actor_words().roles))
    return re.compile(rf"\b(?:[Aa]n?|[Oo]ne|(?P<owner>[Tt]he\s+(?P<noun>[a-z]+)|{_NAME_WORDS})['’]s)\s+"
                      rf"(?P<mods>(?:[\w.’'-]+\s+){{0,4}}?)(?P<role>(?>{roles}))\b"
                      rf"(?!\s+(?:{roles})\b|['’]s\b|\s+of\b|,?\s+[A-Z])")


def _introduced(doc: Document, w: ActorWords, role: str, before: int, here: int, sentence):
    """'A Foreign Office spokeswoman told reporters ... the spokeswoman added': the unnamed person a
    definite role points back to, introduced with 'a' in the last DESCRIPTION_REACH sentences and named
    by no actor; becomes an actor of its own (country and sector from the words of the introduction)."""
    found = None
    for m in _indefinite_re().finditer(doc.text, doc.sentence_starts()[max(0, here - DESCRIPTION_REACH)], before):
        if same_role(m.group("role").lower(), role, w) and sentence(m.start()) == sentence(m.end() - 1):
            found = m
    if found is None or doc.actor_in(found.start("role"), found.end()):
        return None
    head = doc.nlp.char_span(found.start("role"), found.end("role"), alignment_mode="expand")
    if head is None or head.root.pos_ not in ("NOUN", "PROPN") or head.root.dep_ in ("compound", "amod"):
        return None  # 'a criminal justice system': the role word modifies another noun
    start = found.start("mods") if found.group("mods") else found.start("role")
    name = doc.text[start:found.end()]
    inst = w.institution_in(name)
    country = w.country_in(name) or (inst.country if inst else None)
    owner = found.group("owner")
    if owner is not None:  # 'the country's information minister': the story's own country
        country = country or (doc.setting if found.group("noun") in ("country", "nation", "government")
                              else w.country_by_name.get(norm(owner)))
        if found.group("noun") is None and country is None:
            return None  # 'Putin's spokesman' is somebody's aide, not an office of a country
    sector = w.body_sector_in(name) or w.roles.get(role, (None, False))[0] or (inst.sector if inst else None)
    outlet = outlet_in(w, name) if sector in (None, "CVL", "MED") else None
    if outlet is not None:  # 'a VOA reporter ... the reporter said': the outlet's staff, of its country
        country, sector = country or outlet.country, "MED"
    actor = doc.new_actor(name, "person", country, sector, f"{country or ''}{sector or ''}" or None)
    actor.role = found.group("role").lower()
    doc.add_mention(actor, start, found.end())
    return actor

_FORMER = former_before(r"(?:[A-Z][\w.-]*\s+){0,4}")


def _title_before_name(doc: Document, end: int) -> bool:
    """'the Russian envoy Vassily Nebenzia': a capitalised name right after the role."""
    return bool(re.match(r"\s+[A-Z]", doc.text[end:end + 2])) and doc.actor_in(end, min(len(doc.text), end + 3)) \
        is not None


def _person_in_apposition(doc: Document, end: int):
    """The person whose name follows a description after a comma: ', Amelia Nhantumbo,'."""
    m = re.match(r",\s+", doc.text[end:end + 3])
    if not m:
        return None
    actor = doc.actor(doc.actor_in(end + m.end(), end + m.end() + 1))
    return actor if actor is not None and actor.kind == "person" else None
