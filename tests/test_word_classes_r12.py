"""Round 12: one definition each. The project's one plural reading (lexicon.singular_forms) for both its
callers, the actors stage's look-ups in lists of singulars and the event lexicons' cells; the event rows' long
word lists as named classes of event_word_classes.tsv; the event coder's word sets as data. Sentences written
for these tests."""
from __future__ import annotations

import pytest

from eventwire.lexicon import singular_forms

from .event_helpers import coded_rule as coded


# ---- 1. one plural reading ---------------------------------------------------------------------------------

@pytest.mark.parametrize("word, singular", [
    ("groups", "group"), ("agencies", "agency"), ("militias", "militia"), ("duties", "duty"), ("armies", "army"),
])
def test_a_plural_gives_its_singular(word, singular):
    assert singular in singular_forms(word) and word in singular_forms(word)


@pytest.mark.parametrize("word", ["ngo", "army", "police", "press"])
def test_a_word_without_a_plural_s_stays_itself(word):
    forms = singular_forms(word)
    assert word in forms and all(f.startswith(word[:-2]) for f in forms)
    if not word.endswith("s"):
        assert forms == {word}


def test_only_ies_gives_y():
    """'groups' is no 'groy', 'bus' no 'y': the -y singular is read off "-ies" only."""
    assert not any(f.endswith("y") for f in singular_forms("groups") | singular_forms("bus"))


def test_the_shortest_option_keeps_short_words_whole():
    """The event lexicons read both sides through the reading: 'gas' and 'bus' would lose their "s" there."""
    assert singular_forms("gas", shortest=3) == {"gas"} and singular_forms("bus", shortest=3) == {"bus"}
    assert "ga" in singular_forms("gas")  # the actors' look-up needs no option: a list of singulars has no 'ga'
    assert singular_forms("talks", shortest=3) == {"talks", "talk"}


def test_the_actors_caller_looks_a_plural_up_in_a_list_of_singulars():
    from eventwire.lexicon import words

    nouns = words("body_group_nouns.txt")
    singles = [w for w in sorted(nouns) if w.isalpha() and not w.endswith(("s", "y"))][:5]
    assert singles and all(singular_forms(w + "s") & nouns for w in singles)
    ies = [w for w in sorted(nouns) if w.endswith("y")]
    assert all(singular_forms(w[:-1] + "ies") & nouns for w in ies)


def test_the_event_caller_matches_either_side_in_either_number():
    from eventwire.stages.eventcoding.triggers import _matches, _wanted

    wanted = _wanted("troop|talks|duty|bus")
    for token in ("troop", "troops", "talk", "talks", "duty", "duties", "bus"):
        assert _matches(token, wanted), token
    for token in ("bu", "dutie", "troopers", "army"):
        assert not _matches(token, wanted), token
