"""Heads named by their department or body: 'the Commerce chief', 'the Pentagon boss', 'the Hamas chief'
(coref_head_nouns.txt) -> the one person the text titled with that word before ('Commerce Secretary X',
'Hamas leader Y'). A department word alone ('Commerce', 'Energy', the fields of agent_sectors.tsv's
departments, ministries and secretaries) before a head noun or a role is part of a title, never a body
of its own (``department_word``, read by mentions._is_title_part)."""
from __future__ import annotations

import re
from functools import lru_cache

from ....document import Document
from ....lexicon import table, words
from ....lookahead import THE
from ..words import ActorWords, norm

_OFFICE_ENDS = (" department", " minist", " ministry")  # the bodies, not the offices ("prime minister")


@lru_cache(maxsize=1)
def department_words() -> frozenset[str]:
    """'commerce', 'defense', 'energy', 'disaster management': the field words of the departments,
    ministries and secretaries PETRARCH2's agent nouns list ('commerce secretary', 'energy minist')."""
    found = set()
    for row in table("agent_sectors.tsv"):
        phrase = row["phrase"].lower()
        for end in _OFFICE_ENDS:
            if phrase.endswith(end) and len(phrase) > len(end):
                found.add(phrase[:-len(end)])
    return frozenset(found)


@lru_cache(maxsize=1)
def head_nouns() -> frozenset[str]:
    return words("coref_head_nouns.txt")


def department_word(text: str) -> bool:
    """Whether a capitalised phrase is only a department's field word ('Commerce', 'Homeland Security')."""
    return text.lower() in department_words()


_BODY_WORDS = r"(?:[A-Z][\w.&’'-]*\s+){1,3}"


@lru_cache(maxsize=1)
def _head_re() -> re.Pattern[str]:
    heads = "|".join(sorted(head_nouns(), key=len, reverse=True))
    return re.compile(rf"{THE}\s+(?P<body>{_BODY_WORDS})(?P<head>{heads})\b(?!\s+of\b|\s+[A-Z]|-|['’]s\s+[a-z]+\s+[A-Z])")


@lru_cache(maxsize=1)
def _title_re(w: ActorWords) -> re.Pattern[str]:
    """A title right before a name: body words, then a role or head noun ('Commerce Secretary ',
    'Hamas leader ', 'Pentagon chief ')."""
    roles = "|".join(re.escape(r) for r in sorted(set(w.roles) | head_nouns(), key=len, reverse=True))
    return re.compile(rf"(?<![\w.&’'-])(?P<body>{_BODY_WORDS})(?i:{roles})\s+$")


def department_heads(doc: Document, w: ActorWords, led_bodies=()) -> None:
    """'the Commerce chief' -> the person named before with the title 'Commerce Secretary' (any role or head
    noun after the same body words), or described as the body's head or leader ('The leader of the X
    movement', ``led_bodies``: (where the description starts, the body's name, the person), from
    ``role_holders.role_holders``); nobody when two people were titled so (two energy ministers of two
    states) or the phrase names somebody new ('the Commerce chief of staff', 'the Hamas chief Y')."""
    found = list(_head_re().finditer(doc.text))
    if not found:
        return
    title = _title_re(w)
    titled: list[tuple[int, str, object]] = []  # (where the name starts, its title's body words, the person)
    for a in doc.actors:
        if a.kind != "person":
            continue
        for m in a.mentions:
            t = title.search(doc.text, max(0, m.start - 60), m.start)
            if t is not None:
                titled.append((m.start, _body_key(t.group("body")), a))
    titled.extend((at, _body_key(body), a) for at, body, a in led_bodies)
    for m in found:
        key = _body_key(m.group("body"))
        held = doc.actor(doc.actor_in(m.start("head"), m.end()))
        if held is not None:
            continue
        # the title's body words end in the phrase's ('On Monday U.N. Secretary-General X' for 'the UN chief')
        people = {id(a): a for at, body, a in titled if at < m.start() and (body == key or body.endswith(" " + key))}
        if len(people) != 1:
            continue
        # the whole phrase: a body named in it keeps its own characters ('Hamas'), the rest is the person's
        doc.add_mention(next(iter(people.values())), m.start(), m.end())


def _body_key(words_: str) -> str:
    """Body words compared without case, dots or a leading 'the' ('U.N.' and 'UN')."""
    return norm(words_).replace(".", "").strip()
