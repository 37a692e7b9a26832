"""Round 17 (evrecall17): event recall on unseen news, classes of the misses left in C, D, G and A.

Each row is a news sentence of our own with what a careful coder records written down before the code was run:
the PLOVER type, a part of the source's and of the target's name (None: no target). Negative rows are the same
shapes where a coder records nothing of that type. Classes:
- support received, told by a noun (eventcoding/received.py, lexicons/support_received.tsv): "with funding from X,
  Y built ...", "Y has the backing of X", "Y received an award from X";
- a meal shared with someone is a meeting (event_nouns.tsv dinner, lunch, ...);
- an object pronoun of a verb joined to an earlier verb of the clause chain stands for that verb's object
  ("arrested two journalists and beat them", "singled out four guards, bound their wrists and killed them":
  eventcoding/pronouns.conjoined_object)."""
from __future__ import annotations

import pytest

from .event_helpers import coded_rule

# (shape, text, type, source, target or None)
ROWS = [
    # support received
    ("with funding from", "With funding from the European Union, UNICEF built 40 schools in Chad.", "AID",
     "European Union", "UNICEF"),
    ("with support from", "With support from the German government, the Norwegian Refugee Council has repaired "
     "300 homes in Somalia.", "AID", "Germany", "Norwegian Refugee Council"),
    ("with support in a quote", "\"With support from the Canadian government, UNICEF has vaccinated children in 12 "
     "districts,\" said Maria Lopez, the agency's spokeswoman.", "AID", "Canada", "UNICEF"),
    ("has the backing of", "Sudanese army chief Abdel Fattah al-Burhan has the backing of Egypt.", "SUPPORT", "Egypt",
     "Burhan"),
    ("plan won the support of", "Argentina's proposal won the support of Brazil.", "SUPPORT", "Brazil", "Argentina"),
    ("received an award from", "Iraqi activist Nadia Murad received a human rights award from the French government.",
     "SUPPORT", "France", "Nadia Murad"),
    # meals
    ("had dinner with", "French President Emmanuel Macron had dinner with German Chancellor Olaf Scholz in Paris on "
     "Tuesday.", "CONSULT", "Macron", "Scholz"),
    ("joined verb's them", "The attackers singled out four guards, bound their wrists and killed them.", "ASSAULT",
     "attackers", "guards"),
    ("joined verb's them, release", "Soldiers detained the protesters and later released them.", "RETREAT", "Soldiers",
     "protesters"),
    ("had lunch with", "Secretary of State Antony Blinken had lunch with Chinese Foreign Minister Wang Yi.", "CONSULT",
     "Blinken", "Wang Yi"),
    ("accepted demonym funding", "Ghana accepted Chinese funding for a new railway.", "AID", "China", "Ghana"),
    ("won compound backing", "Ukraine won U.S. backing for the plan.", "SUPPORT", "United States", "Ukraine"),
]

# (shape, text, type that must not be coded)
NEGATIVE = [
    ("help of neighbours", "With the help of neighbours, the widow rebuilt her house.", "AID"),
    ("help from kin", "With help from his brother, Kamau opened a shop in Nairobi.", "AID"),
    ("support of no one named", "The measure has wide support in parliament.", "SUPPORT"),
    ("a thing of no owner backed", "The draft treaty has the backing of Brazil.", "SUPPORT"),
    ("dinner with family", "President William Ruto had dinner with his family in Eldoret.", "CONSULT"),
    ("skipped lunch", "The minister skipped lunch to finish the budget.", "CONSULT"),
    ("private funding", "The museum received private funding.", "AID"),
    ("broad backing", "The bill has broad backing.", "SUPPORT"),
]


def _has(events, kind, source, target):
    for t, s, g, _ in events:
        if t != kind or not any(source.lower() in n.lower() for n in s):
            continue
        if target is None and not g or target is not None and any(target.lower() in n.lower() for n in g):
            return True
    return False


@pytest.mark.parametrize("shape,text,kind,source,target", ROWS, ids=[r[0] for r in ROWS])
def test_coded(process, shape, text, kind, source, target):
    events = coded_rule(process, text)
    assert _has(events, kind, source, target), events


@pytest.mark.parametrize("shape,text,kind", NEGATIVE, ids=[r[0] for r in NEGATIVE])
def test_not_coded(process, shape, text, kind):
    events = coded_rule(process, text)
    assert not any(t == kind for t, *_ in events), events


def test_rules_name_the_reading(process):
    """Each class names its reading in the event's rule."""
    rules = {r for text in ("With funding from the European Union, UNICEF built 40 schools in Chad.",
                            "Iraqi activist Nadia Murad received a human rights award from the French government.",
                            "Secretary of State Antony Blinken had lunch with Chinese Foreign Minister Wang Yi.")
             for *_, r in coded_rule(process, text)}
    assert {"noun:funding/with", "noun:award/held", "noun:lunch/light"} <= rules, rules


@pytest.mark.parametrize("text,want", [
    ("Police arrested two journalists in Harare and beat them.", "journalists"),
    ("The attackers singled out four guards, bound their wrists and killed them.", "guards"),
    ("Police arrested Peter Kamau and beat them.", None),  # "them" after one person: not him
    ("Police arrested the two journalists and beat him.", None),  # "him" after a plural: not them
    ("The journalists said police beat them.", None),  # no verb joined before: left to the coreference
])
def test_conjoined_object(process, text, want):
    from eventwire.stages.eventcoding.pronouns import conjoined_object

    doc = process(text, "2025-03-12")
    pronoun = next(t for t in doc.nlp if t.lower_ in ("them", "him"))
    found = conjoined_object(doc, pronoun)
    names = {a.id: a.name for a in doc.actors}
    assert (names.get(found) if found else None) == want, (found, names)
