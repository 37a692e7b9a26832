"""Quotes in news written outside VOA's house style (round 24, set I). A short quoted name the doer gives
('the club named its mascot "Sparky"'), with no reporting cue, is a label, not the doer's words; a quoted
modifier is not ('praised the "brave" crews' stays the praiser's). A direct quote with no cue of its own right
after a sentence in which someone issued a statement or a letter is that someone's. Near misses where a cue or
a verb makes the words speech stay quotes. Sentences written for these tests."""
from __future__ import annotations

import pytest


def _quoted(doc) -> dict[str, str | None]:
    return {q.text: q.speaker for q in doc.quotes if q.kind != "indirect"}


@pytest.mark.parametrize("text, word", [
    ('The Chilean students named their drone "Condor" before the final round in Lima.', "Condor"),
    ('The rebel group listed its base as "Freedom" on the forms it sent to the agency.', "Freedom"),
    ('The farmers union renamed its newsletter "Green Harvest" last spring.', "Green Harvest"),
])
def test_a_name_or_a_marked_modifier_is_no_quote(process, text, word) -> None:
    doc = process(text, until="quotes")
    assert word not in _quoted(doc) and word + "." not in _quoted(doc), _quoted(doc)


@pytest.mark.parametrize("text, words", [
    # a reporting cue makes the short words the speaker's
    ('Minister Ana Duarte called the proposal "Reckless" in a radio interview.', "Reckless"),
    ('Senator Paulo Reis said the deal was "Dead" after the vote in Brasilia.', "Dead"),
    # an accusation with no cue word of its own: the words stay the accuser's
    ('Minister Ana Duarte accused the rival party of "sabotage" during the debate in Lisbon.', "sabotage"),
    ('Minister Ana Duarte decried the ruling as an "outrage" in parliament.', "outrage"),
    # a quoted modifier under a verb of judging is the judge's word
    ('Minister Ana Duarte visited the port, where she praised the "tireless" dock crews.', "tireless"),
    # a longer quote with a verb in it is speech, capitalised or not
    ('Minister Ana Duarte promised the farmers "we will not forget you" at the rally.', "we will not forget you"),
])
def test_speech_stays_a_quote(process, text, words) -> None:
    doc = process(text, until="quotes")
    said = _quoted(doc)
    assert words in said, said
    assert said[words] is not None, said


def _name(doc, aid: str | None) -> str | None:
    actor = doc.actor(aid) if aid else None
    return actor.name if actor else None


@pytest.mark.parametrize("text, quote, speaker", [
    ('Governor Helen Marsh of Oregon issued a statement on the closure of the shipyard. '
     '"This is a dark day for the workers of Portland and their families."',
     "This is a dark day for the workers of Portland and their families.", "Helen Marsh"),
    ('The Kenya Red Cross released a statement late on Sunday about the floods. '
     '"Our teams have reached twelve villages, but many roads remain closed."',
     "Our teams have reached twelve villages, but many roads remain closed.", "Red Cross"),
    ('Opposition leader Tomas Berg published a letter to the prime minister on Friday. '
     '"You have ignored the north for too long. We will not wait any longer."',
     "You have ignored the north for too long. We will not wait any longer.", "Tomas Berg"),
])
def test_statement_before_speaks_the_quote(process, text, quote, speaker) -> None:
    doc = process(text, until="quotes")
    said = {q.text: q.speaker for q in doc.quotes}
    assert quote in said, said
    assert speaker in (_name(doc, said[quote]) or ""), (said, [(a.id, a.name) for a in doc.actors])


@pytest.mark.parametrize("text, quote, speaker", [
    # the document is read or received, not made, by the subject: not its words
    ('Governor Helen Marsh read a statement from the union on the closure of the shipyard. '
     '"This is a dark day for the workers of Portland and their families."',
     "This is a dark day for the workers of Portland and their families.", "Helen Marsh"),
    # the verb makes something that is no document
    ('Governor Helen Marsh issued an order on the closure of the shipyard. '
     '"This is a dark day for the workers of Portland and their families."',
     "This is a dark day for the workers of Portland and their families.", "Helen Marsh"),
    # a paragraph lies between: the quote starts elsewhere
    ('Governor Helen Marsh issued a statement on the closure of the shipyard.\n\n'
     'A worker at the gate was angry. "This is a dark day for the workers of Portland and their families."',
     "This is a dark day for the workers of Portland and their families.", "Helen Marsh"),
])
def test_no_statement_no_speaker(process, text, quote, speaker) -> None:
    doc = process(text, until="quotes")
    said = {q.text: q.speaker for q in doc.quotes}
    assert quote in said, said
    assert speaker not in (_name(doc, said[quote]) or ""), (said, [(a.id, a.name) for a in doc.actors])


@pytest.mark.parametrize("text, inside, outside", [
    # straight marks between spaces: the second closes what the first opened
    ('The ministry vowed to " defend the border " against raids. Its chief later said the talks were " a historic step for the region " in a speech.',
     ["defend the border", "a historic step for the region"], "against raids"),
    # an opening glyph between spaces closes the quote left open before it
    ('Senator Rosa Lind said, "We were ignored again. " Still, the port will get a new crane next year.',
     ["We were ignored again."], "Still, the port will get a new crane"),
])
def test_spaced_marks_pair_by_what_is_open(process, text, inside, outside) -> None:
    doc = process(text, until="quotes")
    texts = [q.text for q in doc.quotes if q.kind != "indirect"]
    for words in inside:
        assert words in texts, texts
    assert not any(outside in t for t in texts), texts


def test_spaced_closing_glyph_closes(process) -> None:
    text = 'Senator Rosa Lind said, "We were ignored again. \u201c Still, the port will get a new crane next year.'
    doc = process(text, until="quotes")
    texts = [q.text for q in doc.quotes if q.kind != "indirect"]
    assert "We were ignored again." in texts, texts
    assert not any("Still" in t for t in texts), texts


def test_marks_glued_to_words_keep_their_glyph_side(process) -> None:
    # no spaced mark: a quote opened and closed as usual; an apostrophe inside changes nothing
    doc = process('Mayor Ian Cole said the city\u2019s plan was "a mess" and "a waste."', until="quotes")
    texts = [q.text for q in doc.quotes if q.kind != "indirect"]
    assert "a mess" in texts and any(t.startswith("a waste") for t in texts), texts
