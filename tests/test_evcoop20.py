"""Round 20 (evcoop20): cooperative deeds as news tells them.

Class (own sentences, each written with the event a careful coder records before the code was run; none from any
story): a sum of money given "in" something names what is given there. "provided $12 billion in aid to X",
"gave X 300 million dollars in loans", "2 billion euros in military assistance": the object requirement of an aid
row (obj:@provided, obj:@given, send obj:aid|...) reads the "in" phrase of a sum of money (word class
money_amounts of event_word_classes.tsv, or the parser's money entity; eventcoding/triggers._objects), as it reads
the "of" phrase of a quantity ("10,000 tons of rice"). A sum "worth of" goods is such a quantity too (partitive
"worth" of event_status.tsv). Negatives: sums paid, spent, raised or invested "in" something give no aid.

Class 2: the errand of a party sent. "dispatched envoys to attend the swearing-in of X's new leader": the
parser hangs the infinitive after the object on the verb as a clause (advcl), not as its complement; the aim role
(the object of a "to" complement: send/dispatch obj:@delegations, CONSULT 042) reads such a clause too, when the
verb has an object and the clause no subject of its own (participants.aim_objects)."""
from __future__ import annotations

import pytest

from .event_helpers import found_event as found
from .event_helpers import named_with_rules as coded



# (text, type, a part of the source's name, a part of the target's name; None: any)
ROWS = [
    ("Japan has provided more than $12 billion in aid to Ukraine since 2022.", "AID", "Japan", "Ukraine"),
    ("Britain sent $50 million in humanitarian assistance to Sudan.", "AID", "United Kingdom", "Sudan"),
    ("The World Bank gave Kenya $300 million in loans.", "AID", "World Bank", "Kenya"),
    ("Germany will provide 2 billion euros in military aid to Ukraine.", "AID", "Germany", "Ukraine"),
    ("Officials said China provided Pakistan $2 billion in new loans last year.", "AID", "China", "Pakistan"),
    ('"We will send $100 million in food aid to Yemen," the Saudi foreign minister said.', "AID", "Saudi", "Yemen"),
    ("The United Arab Emirates provided $20 million in relief to Malawi and Mozambique.", "AID", "Emirates",
     "Malawi"),
    ("The United Arab Emirates provided $20 million in relief to Malawi and Mozambique.", "AID", "Emirates",
     "Mozambique"),
    ("About $40 million in aid was provided to Haiti by Canada.", "AID", "Canada", "Haiti"),
]


@pytest.mark.parametrize("text,kind,source,target", ROWS, ids=[r[0][:40] for r in ROWS])
def test_class_rows(process, text, kind, source, target) -> None:
    events = coded(process(text))
    assert found(events, kind, source, target), events


# (text, a type that must not be coded)
NEGATIVES = [
    ("The bank paid $5 million in fines to the regulators in Brazil.", "AID"),
    ("Toyota spent $3 billion in Mexico last year.", "AID"),
    ("The charity raised $4 million in donations at a dinner in London.", "AID"),
    ("Chinese firms invested $2 billion in Kenya's railways.", "AID"),
    ("Kenya sent 200 police officers in armored trucks to Haiti.", "AID"),
]


@pytest.mark.parametrize("text,kind", NEGATIVES, ids=[r[0][:40] for r in NEGATIVES])
def test_negative_rows(process, text, kind) -> None:
    events = coded(process(text))
    assert not any(e[0] == kind for e in events), events


def test_the_sum_alone_is_not_the_aid(process) -> None:
    """The sum's "in" phrase must itself name aid: the same sum sent "in" a place is no aid by this class."""
    events = coded(process("Britain sent $50 million in humanitarian assistance to Sudan."))
    assert any(e[0] == "AID" for e in events), events
    events = coded(process("The gang sent $50 million in cash to accounts in Dubai."))
    assert not any(e[0] == "AID" for e in events), events


# (text, type, source, target): the errand of a delegation sent
ERRANDS = [
    ("Japan sent a delegation of officials to attend the swearing-in of Indonesia's new president.", "CONSULT",
     "Japan", "Indonesia"),
    ("South Korea dispatched a delegation to attend the funeral of the late Japanese prime minister.", "CONSULT",
     "South Korea", "Japan"),
    ("Brazil sent a delegation to attend the swearing-in of Argentina's new president on Sunday.", "CONSULT",
     "Brazil", "Argentin"),
]


@pytest.mark.parametrize("text,kind,source,target", ERRANDS, ids=[r[0][:40] for r in ERRANDS])
def test_errand_of_a_party_sent(process, text, kind, source, target) -> None:
    events = coded(process(text))
    assert found(events, kind, source, target), events


def test_an_errand_with_no_party_names_none(process) -> None:
    """A delegation sent to a fair in a city the sender's own: no party met, no target guessed from the errand."""
    events = coded(process("The French trade ministry sent a delegation to attend a wine fair in Lyon."))
    assert not any(e[0] == "CONSULT" and e[2] for e in events), events
