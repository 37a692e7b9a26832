"""Round 18, speed12: ``_join_people`` reads each full name's short forms once (``_surname_forms`` of the
full names, made before the walk over the mentions) instead of once per one-word mention. The keys it gives
must be the ones the per-mention reading gave: checked against that reading, written out here, on names of
our own (a surname, a hyphenated East Asian name, a family name said first, a name two full names share)."""
from __future__ import annotations

import copy

from .regex_helpers import plain as _plain
from eventwire.stages.actors import _join_people, _person_key, _surname_forms, actor_words
from eventwire.stages.actors.coref.names import first_name_owner
from eventwire.stages.actors.mentions.candidates import Candidate


def _person(start: int, name: str) -> Candidate:
    words = name.casefold().split()
    return Candidate(start, start + len(name), "person", "person", name, tokens=words)


def _per_mention(cands: list[Candidate]) -> list[str]:
    """The one-word mentions' keys as the reading before this round gave them: the short forms of every
    full name made anew for each one-word mention (what ``_join_people`` gives those mentions)."""
    seen: dict[str, int] = {}
    full = [c for c in cands if c.kind == "person" and c.key == "person" and len(c.tokens) >= 2]
    keys = []
    for c in cands:
        if len(c.tokens) >= 2:
            seen[_person_key(c.tokens)] = seen.get(_person_key(c.tokens), 0) + 1
            continue
        word = c.tokens[0]
        fits = [d for d in full if word in _surname_forms(d.tokens)]
        earlier = [d for d in fits if d.start < c.start] or fits
        found = [_person_key(d.tokens) for d in earlier]
        owner = None if found else first_name_owner(word, [d.tokens for d in full])
        key = max(found, key=lambda k: seen.get(k, 0)) if found else _person_key(owner or [word])
        seen[key] = seen.get(key, 0) + 1
        keys.append(key)
    return keys


def _one_word_keys(cands: list[Candidate]) -> list[str]:
    joined = copy.deepcopy(cands)
    _join_people(joined, actor_words())
    return [c.key for c in joined if len(c.tokens) == 1]


def test_surname_joins_its_full_name():
    cands = [_person(0, "Teodora Vasquez"), _person(40, "Vasquez")]
    assert _one_word_keys(cands) == [_person_key(["teodora", "vasquez"])]
    assert _one_word_keys(cands) == _per_mention(cands)


def test_east_asian_names_join_by_their_first_word():
    cands = [_person(0, "Park Min-jun"), _person(30, "Liu Wenhua"), _person(60, "Park"), _person(80, "Liu")]
    keys = _one_word_keys(cands)
    assert keys[0] == _person_key(["park", "min-jun"])  # hyphenated given name: the first word is the short form
    assert keys == _per_mention(cands)


def test_a_word_two_names_share_goes_to_the_earlier_one():
    cands = [_person(0, "Omar Haddad"), _person(30, "Haddad"), _person(60, "Leila Haddad"), _person(90, "Haddad")]
    keys = _one_word_keys(cands)
    assert keys[0] == _person_key(["omar", "haddad"])  # only the first full name stands before it
    assert keys == _per_mention(cands)


def test_a_word_no_full_name_ends_with_keeps_its_own_key():
    cands = [_person(0, "Ingrid Solberg"), _person(30, "Ruiz")]
    assert _one_word_keys(cands) == [_person_key(["ruiz"])] == _per_mention(cands)


def test_short_forms_are_read_from_the_full_names_words_not_kept_between_calls():
    """Two calls with other names give each call's own joins (nothing from the first call's names stays)."""
    first = [_person(0, "Anton Berg"), _person(20, "Berg")]
    second = [_person(0, "Clara Berg-Holm"), _person(20, "Berg")]
    assert _one_word_keys(first) == [_person_key(["anton", "berg"])]
    assert _one_word_keys(second) == _per_mention(second)
    assert _one_word_keys(second) != _one_word_keys(first)


# Two whole-text scans compiled behind a look-ahead for their first letters (``lookahead.led``): the unnamed
# parties' nouns (all under (?i), so compiled under re.I, whose look-ahead takes both cases of each letter) and
# the cited documents' names. Each must find what its plain pattern finds, with the same groups.

_TEXTS = [
    "Officials quoted unidentified sources close to the talks. SOURCES FAMILIAR WITH the plan disagreed.",
    "Anonymous Sources said the deal was off, and informants familiar with the matter agreed on Monday.",
    "The Global Hunger Index ranked the country low; the Annual Press Freedom index for 2023 showed a rise.",
    "According to the State of Rivers Report 2024, the Lake Volta Survey and the census, water fell.",
    "Nobody named anyone here: plain words, no sources, no index.",
]


def _found(pattern, text: str) -> list:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


def test_unnamed_parties_scan_finds_what_its_plain_pattern_finds():
    import re

    from eventwire.stages.actors.mentions.sources import _unnamed_re

    fast = _unnamed_re()
    plain = _plain(fast, re.I)
    assert not plain.flags & re.I  # (the words' own (?i) reads both cases without the flag)
    hits = 0
    for text in _TEXTS:
        assert _found(fast, text) == _found(plain, text)
        hits += len(_found(fast, text))
    assert hits >= 4  # (capitalised, upper-case and lower-case nouns all found)
    assert any(m.group("noun") == "SOURCES" for m in fast.finditer(_TEXTS[0]))


def test_document_name_scan_finds_what_its_plain_pattern_finds():
    from eventwire.stages.actors.documents import _pattern

    fast = _pattern()
    plain = _plain(fast)
    hits = 0
    for text in _TEXTS:
        assert _found(fast, text) == _found(plain, text)
        hits += len(_found(fast, text))
    assert hits >= 2
