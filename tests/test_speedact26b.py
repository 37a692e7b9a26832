"""Round 26's second speed pass on the actors stage: tables read once, words read off the parse's arrays;
each reading gives what its earlier form gave.

- ``words.first_word_matches``: the offsets of each first word read off one table per text (``_word_starts``)
  instead of a ``str.find`` walk per pattern;
- ``country.phrase.before_name``: read once per parse and name (a fresh list each call);
- ``Document.add_mention``: the characters not held yet filled in C, the first actor keeping a character;
- ``Document.build_tables``: the word-text (ORTH) table made with the shared tables;
- ``mentions.titles._after_other_name``: the word class and entity label off the parse's arrays;
- ``repair.complete_organisation``: the joiners read off the lower-case table.
"""
from __future__ import annotations

import importlib
import re

module = lambda name: importlib.import_module(f"eventwire.stages.actors.{name}")  # noqa: E731

TEXTS = [
    "The minister of the interior and the minister for trade met the ministers' union on Monday.",
    "Theodore and the others met them there; then they left.",  # 'the' inside 'Theodore', 'others', 'them'
    "No word of the list stands here at all.",
    "",
    "\u0130zmir's minister of state and the minister met.",  # 'İ' lower-cases to two letters
]


def _find_walk(low: str, word: str) -> list[int]:
    found, at = [], low.find(word)
    while at != -1:
        found.append(at)
        at = low.find(word, at + 1)
    return found


def test_word_starts_are_the_find_walk() -> None:
    words_ = module("words")
    for text in TEXTS:
        table = words_._word_starts(text)
        for word in ("the", "minister", "them", "absent"):
            assert table[word] == _find_walk(text.lower(), word), (text, word)
        assert words_._word_starts(text) is table  # one table per text read last
    assert words_._word_starts(TEXTS[0] + " ")["absent"] == []  # negative row: a word the text lacks


def test_first_word_matches_finds_what_finditer_finds() -> None:
    words_ = module("words")
    pattern = re.compile(r"\b(?:the minister(?: (?:of|for) (?:the )?\w+)?|them\b|theodore)", re.I)
    firsts = words_.first_words(["the minister", "them", "Theodore"])
    assert firsts == frozenset({"the", "them", "theodore"})
    for text in TEXTS + [t.upper() for t in TEXTS]:
        got = [m.span() for m in words_.first_word_matches(pattern, firsts, text)]
        assert got == [m.span() for m in pattern.finditer(text)], text
    assert words_.first_word_matches(pattern, firsts, TEXTS[2]) == []  # negative row: none of the words


def test_before_name_read_once_is_the_walk(process) -> None:
    phrase = module("country.phrase")
    doc = process("Health ministry spokesperson Ana Ruiz said the clinic of Dr. Li Wei had closed.", until="document tables")
    start = doc.text.index("Ana Ruiz")
    span = doc.char_span(start, start + len("Ana Ruiz"))
    first = phrase.before_name(span)
    assert [t.i for t in first] == [t.i for t in phrase._read_before_name(span)]
    assert [t.text for t in first] == ["Health", "ministry", "spokesperson"]
    first.append(None)  # a caller's change stays its own
    assert None not in phrase.before_name(span)
    li = doc.text.index("Li Wei")
    other = doc.char_span(li, li + len("Li Wei"))
    assert [t.i for t in phrase.before_name(other)] == [t.i for t in phrase._read_before_name(other)]
    assert "spokesperson" not in [t.text for t in phrase.before_name(other)]  # negative row: another name's title


def test_add_mention_keeps_the_first_actor_of_a_character(process) -> None:
    doc = process("Ana Ruiz met Li Wei.", until="document tables")
    a, b = doc.new_actor("Ana Ruiz", "person"), doc.new_actor("Li Wei", "person")
    doc.add_mention(a, 0, 8)
    doc.add_mention(b, 4, 12)  # overlaps 'Ruiz': those characters stay a's
    expected: dict[int, str] = {}
    for actor, (s, e) in ((a, (0, 8)), (b, (4, 12))):
        for i in range(s, e):
            expected.setdefault(i, actor.id)
    assert doc._actor_at == expected
    assert list(doc._actor_at) == list(expected)  # the same order of keys
    assert doc.actor_at(5) == a.id and doc.actor_at(10) == b.id
    assert doc.actor_at(20) is None  # negative row: no mention there
    doc.add_mention(b, 4, 12)  # the same span again: nothing added
    assert [(m.start, m.end) for m in b.mentions] == [(4, 12)]


def test_shared_tables_hold_the_word_texts(process) -> None:
    doc = process("The envoy, Li Wei, met Chile's president.", until="document tables")
    assert doc._cache.get("strings:ORTH:False") == [t.text for t in doc.nlp]


def test_after_other_name_reads_the_arrays(process) -> None:
    titles = module("mentions.titles")
    doc = process("Interior Minister Ana Ruiz and Health Minister Li Wei met farmers and fishermen.",
                  until="document tables")
    for i, tok in enumerate(doc.tokens()):
        earlier = tok.pos_ == "CCONJ" and i > 0 and doc.nlp[i - 1].ent_type_ == "PERSON"
        assert titles._after_other_name(doc.nlp, i, 0) == earlier, tok.text
    ands = [t.i for t in doc.tokens() if t.text == "and"]
    assert titles._after_other_name(doc.nlp, ands[0], 0) == (doc.nlp[ands[0] - 1].ent_type_ == "PERSON")
    assert not titles._after_other_name(doc.nlp, ands[1], 0)  # negative row: 'farmers and', no name before


def test_complete_organisation_joiners(process) -> None:
    repair = module("repair")
    words_ = module("words")
    w = words_.actor_words()
    doc = process("The Ministry of Finance and Planning said on Monday that the Ministry of the rest agreed.",
                  until="document tables")
    span = doc.nlp[1:4]  # 'Ministry of Finance': it ends on no joiner, nothing is run on
    assert repair.complete_organisation(span, w, doc.text).text == "Ministry of Finance"
    span = doc.nlp[1:5]  # cut short on the joiner 'and': the capitalised word after it belongs to it
    got = repair.complete_organisation(span, w, doc.text).text
    assert got == "Ministry of Finance and Planning"
    later = doc.text.index("Ministry of the rest")
    span = doc.char_span(later, later + len("Ministry of"))  # negative row: 'of the rest' runs on to nothing
    assert repair.complete_organisation(span, w, doc.text).text == "Ministry"


def _particles_walk(span, particles):
    """The earlier Token reading of ``repair.extend_particles``."""
    doc, end = span.doc, span.end
    while end < len(doc) and doc[end - 1].lower_ in particles and not doc[end].is_punct and \
            (doc[end].text[:1].isupper() or doc[end].lower_ in particles):
        end += 1
    return (span.start, end)


def test_name_particles_read_off_the_arrays(process) -> None:
    repair = module("repair")
    words_ = module("words")
    w = words_.actor_words()
    doc = process("Ursula von der Leyen met Pieter van der Berg and Ana de la Cruz. The van, de facto, left.",
                  until="document tables")
    particles = repair._particles()
    for start in range(len(doc.nlp)):
        for end in range(start + 1, min(len(doc.nlp), start + 4) + 1):
            span = doc.nlp[start:end]
            got = repair.extend_particles(span)
            assert (got.start, got.end) == _particles_walk(span, particles), span.text
    ursula = doc.nlp[0:3]  # 'Ursula von der'
    assert repair.extend_particles(ursula).text == "Ursula von der Leyen"
    van = next(t.i for t in doc.tokens() if t.text == "van" and doc.nlp[t.i - 1].text == "The")
    assert repair.extend_particles(doc.nlp[van - 1:van + 1]).text == "The van"  # negative row: a comma after it
    berg = next(t.i for t in doc.tokens() if t.text == "Berg")
    assert repair.repair_person(doc.nlp[berg:berg + 1], w).text == "van der Berg"
    assert repair.repair_person(doc.nlp[0:2], w).text.startswith("Ursula von")


def test_topic_and_lower_case_runs(process) -> None:
    repair = module("repair")
    w = module("words").actor_words()
    doc = process("The Working Group on Forced Labour met the ministry of finance and economic planning. "
                  "The commission on Tuesday said the ministry of health and the army agreed.", until="document tables")

    def span_of(words: str):
        at = doc.text.index(words)
        return doc.char_span(at, at + len(words))

    group = span_of("Working Group")
    assert doc.nlp[group.start:repair._topic_end(group, w)].text == "Working Group on Forced Labour"
    ministry = span_of("ministry of finance")
    assert doc.nlp[ministry.start:repair._lower_case_and(ministry, w)].text == \
        "ministry of finance and economic planning"
    assert repair._topic_end(span_of("commission"), w) is None  # negative row: 'on Tuesday' is no topic
    assert repair._lower_case_and(span_of("ministry of health"), w) is None  # negative row: 'and the army'
