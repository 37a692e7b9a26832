"""Round 21 (evaid21): help, support and cooperation as news tells them with a noun a verb gives.

Class 1: support a party gives, lends or issues to another (SUPPORT 051; rows give/lend/issue obj:@support_given of
event_verbs.tsv, word class support_given of event_word_classes.tsv). Whom it goes to is the dative or the "to"
phrase. A thing that lends support ("the poll lends support to the claim") is no actor and codes nothing. (Not
extend or throw: a hand row would shadow their dictionary readings, "extended his detention".)

Class 2: equipping a party with goods is giving them (AID 070, equip pobj:with:@goods_given, as supply and provide).

Class 3: a country named by the modifier of a noun of rivalry (word class rivalry_nouns: "Chinese rivals", "Iranian
opponents") is no party of the event: those nouns name whom the country opposes or people or firms of it, never
the state (eventcoding/participants/modifiers.rival_of_country).

Every sentence is written for this file, with what a careful coder records written before the code was run."""
from __future__ import annotations

import pytest

from .event_helpers import found_event as found
from .event_helpers import named_with_rules as coded

# (text, type, a part of the source's name, a part of the target's name)
GIVEN_SUPPORT = [
    ("The United States gives military support to the Philippines.", "SUPPORT", "United States", "Philippines"),
    ("France lent its support to Chad's transitional government.", "SUPPORT", "France", "Chad"),
    ("Japan lent its backing to Ukraine at the summit.", "SUPPORT", "Japan", "Ukraine"),
    ("The United States gave its backing to the Philippines in the dispute with China.", "SUPPORT", "United States",
     "Philippines"),
    ("Germany will give its full backing to Kenya in the vote.", "SUPPORT", "Germany", "Kenya"),
]


@pytest.mark.parametrize("text,kind,source,target", GIVEN_SUPPORT, ids=[r[0][:40] for r in GIVEN_SUPPORT])
def test_support_given(process, text, kind, source, target) -> None:
    events = coded(process(text))
    assert found(events, kind, source, target), events
    assert any("@support_given" in e[3] for e in events), events


EQUIPPED = [
    ("Turkey equipped Azerbaijan with drones during the war.", "AID", "Turkey", "Azerbaijan"),
    ("Britain will equip Ukraine with tanks and ammunition.", "AID", "United Kingdom", "Ukraine"),
]


@pytest.mark.parametrize("text,kind,source,target", EQUIPPED, ids=[r[0][:40] for r in EQUIPPED])
def test_equipped_with_goods(process, text, kind, source, target) -> None:
    events = coded(process(text))
    assert found(events, kind, source, target), events


# (text, a type that must not be coded)
NEGATIVES = [
    ("The new data lend support to the theory that the virus came from bats.", "SUPPORT"),
    ("The poll lends support to the opposition's claims.", "SUPPORT"),
    ("Weak demand gave support to the dollar.", "SUPPORT"),
    ("The bridge gives support to the road above it.", "SUPPORT"),
    ("The factory equipped its workers with new helmets.", "AID"),
]


@pytest.mark.parametrize("text,kind", NEGATIVES, ids=[r[0][:40] for r in NEGATIVES])
def test_negative_rows(process, text, kind) -> None:
    events = coded(process(text))
    assert not any(e[0] == kind for e in events), events


# (text, type, the country that must not be its target)
RIVALS = [
    ("The United States opposes China's expansion at sea and gives military support to Chinese rivals in Asia.",
     "SUPPORT", "China"),
    ("Russia sold fighter jets to Chinese rivals in the region.", None, "China"),
    ("The ayatollah accused Iranian opponents living abroad of plotting a coup.", None, "Iran"),
]


@pytest.mark.parametrize("text,kind,country", RIVALS, ids=[r[0][:40] for r in RIVALS])
def test_rivals_of_a_country_are_not_the_country(process, text, kind, country) -> None:
    """Nor does the second of two joined verbs borrow the first's target when it names its own ("to ...")."""
    events = coded(process(text))
    assert not any((kind is None or e[0] == kind) and country.lower() in n.lower() for e in events for n in e[2]), \
        events


def test_a_country_on_its_own_officials_stays(process) -> None:
    """The rivalry class is narrow: a country named on its own officials is still the party met."""
    events = coded(process("Kenya's president met Chinese officials in Beijing."))
    assert found(events, "CONSULT", "Kenya", "Chinese officials|China"), events
