"""Round 16, mend3: one reading of "a place named as where something happens". The prepositions are word
classes of event_word_classes.tsv (``located_at``, ``located_near``, ``moved_to``), all words of
place_prepositions.txt; ``places.where_object`` reads a word as the object of one; ``places.named_where``
lists the text's places so named once per document, and the setting's readers (``countries_as_places``,
``opening_places``) ask it; the actor's (``where_word``) and the opening's (``lede_setting``) read
``where_object``; ``places.goal_object`` reads where one goes ('to', 'from'); ``places.quoted_at`` is the one
quotation check (coref.common's). Sentences written for these tests."""
from __future__ import annotations

import pytest

from eventwire.lexicon import words
from eventwire.stages.actors import places, setting
from eventwire.stages.actors.words import actor_words
from eventwire.stages.eventcoding.words import word_class


def _doc(process, text: str):
    return process(text, published="2025-03-01", until="actors")


def _token(doc, word: str):
    return next(t for t in doc.tokens() if t.text == word)


def test_the_place_prepositions_are_words_of_the_one_list() -> None:
    every = words("place_prepositions.txt")
    for name in ("located_at", "located_near", "moved_to"):
        assert word_class(name) <= every, name
    assert word_class("located_in") < word_class("located_at") < word_class("located_near")
    assert "to" in word_class("moved_to") and "to" not in word_class("located_near")


@pytest.mark.parametrize("text, word, where, near, goal", [
    ("Police in Mombasa arrested three men on Sunday.", "Mombasa", True, True, False),
    ("Floods spread across Chile after the storm.", "Chile", True, True, True),  # ('across': a place and a way)
    ("The ministry deported forty men to China on Friday.", "China", False, False, True),
    ("Troops gathered near Gonaives on Tuesday.", "Gonaives", False, True, False),
])
def test_where_object_reads_the_preposition(process, text, word, where, near, goal) -> None:
    tok = _token(_doc(process, text), word)
    assert places.where_object(tok) is where
    assert places.where_object(tok, near=True) is near
    assert places.where_word(tok) is near
    assert places.goal_object(tok) is goal


def test_countries_named_as_places_are_read_once_and_count_quoted_words(process) -> None:
    doc = _doc(process, 'The minister said: "Our teams in Somalia are safe." Aid groups in Kenya said the camps '
                        'were full. The ministry flew supplies to Ethiopia on Monday.')
    w = actor_words()
    found = setting.countries_as_places(doc, w)
    assert found == {"SOM", "KEN"}  # not Ethiopia, where the supplies went
    assert doc.cached("countries as places") == found  # kept for the second reader (national.lead_state)
    unquoted = {doc.text[s:e] for s, e, _, _ in places.named_where(doc, w, quoted=False)}
    assert "Kenya" in unquoted and "Somalia" not in unquoted


@pytest.mark.parametrize("text, codes", [
    ("Police in Mombasa arrested three men on Sunday. The men were charged in court on Monday.", {"KEN"}),
    ("Ministers met at a summit in Nairobi on Monday. They agreed to meet again in June.", set()),
    ('"We will rebuild in Mombasa," the governor told reporters on Sunday. The storm hit the coast.', set()),
])
def test_the_opening_places_skip_hosts_and_quotations(process, text, codes) -> None:
    assert setting.opening_places(_doc(process, text), actor_words()) == codes


def test_one_quotation_check_reads_nested_quotations(process) -> None:
    text = ('The driver said: "The soldiers told us \'leave Rafah now\' and we went." '
            'Aid workers in Amman said the road was shut.')
    doc = _doc(process, text)
    assert places.quoted_at(doc, text.index("Rafah")) and places.quoted_at(doc, text.index("soldiers"))
    assert not places.quoted_at(doc, text.index("Amman")) and not places.quoted_at(doc, text.index("driver"))
