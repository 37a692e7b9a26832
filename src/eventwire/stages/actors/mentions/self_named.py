"""Bodies named by the name they go by, right after a noun that says what they are: 'a militia calling itself
the Eastern Shield', 'an armed group known as the Night Watch', 'the campaign group "Friends of the River"',
'a cartel dubbed the Red Hand'. The name is an organisation's whatever the tagger made of it (often nothing,
or a work of art between quotation marks); the noun before it may give its sector (self_named_body_nouns.tsv)."""
from __future__ import annotations

import re
from functools import lru_cache

from ....document import Document
from ....lexicon import table
from ....lookahead import led
from ..groups import describer_sectors
from ..words import ActorWords, alternation, first_word_matches, first_words, norm
from .candidates import Candidate, _code

# (a capitalised name: its words capitalised, joined by the small words names hold: 'Lions of the Caliphate')
_NAME_WORD = r"[A-Z][\w'’&.-]*"
_LINK = r"(?:of|the|for|and|in|on|al|de|du|la|el|del)"
_BARE_NAME = rf"(?-i:(?:[Tt]he\s+)?(?P<bare>{_NAME_WORD}(?:\s+(?:{_LINK}\s+)*{_NAME_WORD})*))"
# a verb's participle that names ('called', 'named', 'dubbed') must modify the noun, not be the clause's verb
# ('the group called Biden's plan a betrayal')
_PARTICIPLES = ("called", "named", "dubbed")


@lru_cache(maxsize=1)
def _nouns() -> dict[str, str]:
    return {r["noun"]: r["sector"] for r in table("self_named_body_nouns.tsv")}


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    nouns = alternation(sorted(_nouns()), ignore_case=True)
    return led(rf"\b(?P<noun>{nouns})\b,?\s+(?:(?P<cue>calling\s+(?:itself|themselves)|known\s+as|called|named|dubbed)"
               rf"\s+)?(?:[\"“](?P<quoted>[^\"”\n]{{2,80}})[\"”]|{_BARE_NAME})", re.I)


@lru_cache(maxsize=1)
def _first_nouns() -> frozenset[str] | None:
    return first_words(_nouns())  # (``_pattern`` tried only where one stands: each match begins with a noun)


def self_named_bodies(doc: Document, w: ActorWords) -> list[Candidate]:
    """An organisation for each name a body noun introduces: with a naming phrase ('calling itself', 'known as',
    'called', 'named', 'dubbed') and a capitalised name, quoted or not; or, with no phrase, a quoted name after
    the noun and its article ('the group "X"'). Not a quotation that is no name (lower-case first word), not a
    bare capitalised word with no naming phrase ('the group Hamas' is the tagger's), not 'the group called X a
    threat' (the participle must modify the noun), not a name
    a participle gives that the tagger reads as a person's."""
    found = []
    for m in first_word_matches(_pattern(), _first_nouns(), doc.text):
        cue, quoted = m.group("cue"), m.group("quoted")
        if quoted is None and cue is None:
            continue
        if quoted is not None:
            name = re.sub(r"^(?:[Tt]he\s+)", "", quoted.strip().rstrip(",.;:"))
            words_ = name.split()
            if not words_ or not words_[0][0].isupper() or not words_[-1][0].isupper() or len(words_) > 10:
                continue
            start = m.start("quoted") + quoted.index(name)
        else:
            name = m.group("bare")
            if len(name.split()) > 10 or re.match(r",\s+(?:or\s+)?[A-Z]", doc.text[m.end("bare"):m.end("bare") + 6]):
                continue  # 'known as the Dawn, Hope, Unity, or DHU': a name with commas in it,
                # whose end a capitalised word does not show
            start = m.start("bare")
        if cue is None and not re.search(r"\b(?:the|a|an)\s+(?:[\w-]+\s+){0,2}$",
                                         doc.text[max(0, m.start() - 40):m.start()], re.I):
            continue  # a quotation after a bare noun is no name of it ('groups "working for peace"')
        if cue and cue.lower() in _PARTICIPLES and not _modifies_noun(doc, m.start("cue")):
            continue
        end = start + len(name)
        if cue and cue.lower() in _PARTICIPLES and _a_persons_name(doc, start, end):
            continue  # 'the coalition named Ana Ruiz as its candidate': the verb's object, no body's name
            # ('calling itself', 'known as' name nothing but the body, whatever the tagger reads)
        sector = _modifier_sector(doc.text[max(0, m.start() - 30):m.start()], w) or \
            _nouns().get(m.group("noun").lower()) or None
        country = None
        found.append(Candidate(start, end, "organization", "org:" + norm(name), name, country, sector,
                               _code(country, sector)))
    return found


def _modifier_sector(before: str, w: ActorWords) -> str | None:
    """The sector the word right before the body noun gives ('an armed group' REB, 'a rebel faction' REB,
    'an opposition movement' OPP): group_modifiers.tsv, then the describers of groups_describer_sectors.tsv."""
    m = re.search(r"([\w-]+)\s+$", before)
    if not m:
        return None
    word = m.group(1).lower()
    return w.group_modifiers.get(word) or describer_sectors().get(word)


def _a_persons_name(doc: Document, start: int, end: int) -> bool:
    """Whether the tagger reads the name as a person's (a body goes by no person's name)."""
    assert doc.nlp is not None
    span = doc.nlp.char_span(start, end, alignment_mode="expand")
    return bool(span) and any(t.ent_type_ == "PERSON" for t in span)


def _modifies_noun(doc: Document, at: int) -> bool:
    """Whether the participle at ``at`` modifies the noun before it ('a faction called X'), not heads a clause."""
    assert doc.nlp is not None
    span = doc.nlp.char_span(at, at + 1, alignment_mode="expand")
    return bool(span) and span[0].dep_ in ("acl", "amod", "advcl") and span[0].tag_ == "VBN"
