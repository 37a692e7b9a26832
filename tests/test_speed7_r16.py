"""speed7 (round 16): the cheap pre-tests in front of this round's readers give what the readers gave without
them. Each test reads the same sentences (our own) both ways: through the pre-test, and by the full reading
the pre-test stands before."""
from __future__ import annotations

import pytest

OUR_TEXTS = [
    '"Our soldiers pushed the rebels back from the river," the army spokesman said on Tuesday.',
    'The minister said: "Our police and our courts will deal with this, and our country will not bend."',
    'Residents said their town had no water. "We want our lives back," one woman told reporters.',
    "The company reported higher sales in the third quarter, helped by exports to Asia.",
]


@pytest.mark.parametrize("text", OUR_TEXTS)
def test_owned_by_our_is_the_walk_over_children(process, text) -> None:
    from eventwire.stages.eventcoding.participants import _owned_by_our

    doc = process(text, until="events")
    walked = [t.i for t in doc.nlp if any(c.dep_ == "poss" and c.lower_ == "our" for c in t.children)]
    read = [t.i for t in doc.nlp if _owned_by_our(doc, t)]
    assert read == walked
    assert bool(walked) == (" our " in f" {text.lower()} ".replace('"', " "))


MONARCH_TEXTS = [
    "Sultan Haitham of Oman received the envoy in Muscat on Sunday.",
    "Norway's King Harald opened the new session of parliament.",
    "The king of the city's carnival led the parade down King Street.",
    "Officials in Amman said the talks would resume next month.",
]


@pytest.mark.parametrize("text", MONARCH_TEXTS)
def test_monarchs_pretest_finds_what_the_full_scan_finds(process, monkeypatch, text) -> None:
    import importlib

    from eventwire.stages.actors.words import actor_words

    module = importlib.import_module("eventwire.stages.actors.monarchs")

    doc = process(text, until="actors")
    w = actor_words()
    fast = [(c.start, c.end, c.country) for c in module.monarchs(doc, w)]
    monkeypatch.setattr(module, "_titles", lambda: ("",))  # every text holds "": the patterns always run
    full = [(c.start, c.end, c.country) for c in module.monarchs(doc, w)]
    assert fast == full
    assert bool(full) == (text.startswith(("Sultan", "Norway")))


SHOWING_TEXTS = [
    "The report does not show that the police arrested the protesters.",
    "There is no evidence that the militia attacked the convoy, the envoy said.",
    "Police arrested three men after a raid on a warehouse near the port.",
]


@pytest.mark.parametrize("text", SHOWING_TEXTS)
def test_no_word_of_showing_means_nothing_unshown(process, text) -> None:
    from eventwire.stages.eventcoding.filters import _article_has, unshown

    doc = process(text, until="events")
    some = [t.i for t in doc.nlp if unshown(t)]
    if not _article_has(doc, doc.nlp[0], "showing_verbs", "evidence_nouns"):
        assert some == []
    assert _article_has(doc, doc.nlp[0], "showing_verbs", "evidence_nouns") == (not text.startswith("Police"))
