"""Round 18 (evnoun18): deeds told by a light verb and an event noun, and the noun's participants.

Classes (own sentences, written with the expected event before the code was run; none from any story):
- a noun read only as the object of a light verb (event_nouns.tsv requires `light`, nominal.taken_by_light_verb):
  concessions (CONCEDE), coordination and cooperation (COOPERATE), a ceasefire or truce (RETREAT), a grant (AID);
- an aid package told by a modifier or an "of" phrase, a loan, bailout or grant with its receiver under "for";
- the indirect object of a light verb as the noun's target ("gave Israel an ultimatum", or a first object as the
  parser may label it: "gave the government of Chad an ultimatum");
- a measure's lifting by a light verb, read as the verb lift reads its object (CONCEDE for a curfew or emergency,
  RETREAT for sanctions or a blockade);
- aid a lender approves or adopts (flag enact: "approved a loan for Pakistan"; "approved talks" holds none); secure and obtain as verbs whose subject receives
  what a noun names from its "from" party; grant with aid or a loan as its object (event_verbs.tsv).
Negatives: the same nouns in senses or frames that tell no deed by a party."""
from __future__ import annotations

import pytest

from .event_helpers import named_with_rules as coded


def found(events, kind, source, target) -> bool:
    def has(want, names):
        return want is None and not names or want is not None and any(want.lower() in n.lower() for n in names)
    return any(e[0] == kind and has(source, e[1]) and (target is None or has(target, e[2])) for e in events)


# (text, type, a part of the source's name, a part of the target's name or None when any)
ROWS = [
    ("The government of Zambia made concessions to striking miners.", "CONCEDE", "Zambia", None),
    ("Serbia made concessions to Kosovo on the use of car plates.", "CONCEDE", "Serbia", "Kosovo"),
    ("Iran made concessions to the IAEA on inspections.", "CONCEDE", "Iran", "IAEA"),
    ("Libya stepped up coordination with Tunisia on border security.", "COOPERATE", "Libya", "Tunisia"),
    ("Algeria and Mali stepped up security coordination along their border.", "COOPERATE", "Algeria", "Mali"),
    ("Kenya stepped up cooperation with Ethiopia against al-Shabab.", "COOPERATE", "Kenya", "Ethiopia"),
    ("Vietnam and Cambodia began cooperation on flood warnings.", "COOPERATE", "Vietnam", "Cambodia"),
    ("Israel announced a ceasefire with Hamas on Sunday.", "RETREAT", "Israel", "Hamas"),
    ("The IMF approved a $3 billion loan for Pakistan.", "AID", "IMF", "Pakistan"),
    ("The World Bank approved a $200 million grant for Ethiopia.", "AID", "World Bank", "Ethiopia"),
    ("The European Union announced a $100 million aid package for Lebanon.", "AID", "European Union", "Lebanon"),
    ("The European Union unveiled a $1 billion package of aid for Tunisia.", "AID", "European Union", "Tunisia"),
    ("The United States announced a new package of military assistance for Ukraine.", "AID", "United States",
     "Ukraine"),
    ("China granted Laos a $1 billion loan.", "AID", "China", "Laos"),
    ("Pakistan secured a $7 billion loan from the IMF.", "AID", "IMF", "Pakistan"),
    ("Hamas gave Israel an ultimatum to halt the raids.", "THREATEN", "Hamas", "Israel"),
    ("The Taliban gave the government of Pakistan an ultimatum over the border posts.", "THREATEN", "Taliban",
     "Pakistan"),
    ("The government of Zambia made concessions on Friday.", "CONCEDE", "Zambia", None),
    ("Kenya ordered the lifting of the curfew in Nairobi.", "CONCEDE", "Kenya", None),
    ("The United States announced the lifting of sanctions on Syria.", "RETREAT", "United States", "Syria"),
    ("Egypt announced the lifting of the blockade.", "RETREAT", "Egypt", None),
]


@pytest.mark.parametrize("text,kind,source,target", ROWS, ids=[r[0][:45] for r in ROWS])
def test_noun_deed_is_coded(process, text, kind, source, target) -> None:
    events = coded(process(text, "2025-03-01"))
    assert found(events, kind, source, target), events


# (text, type that must not be coded)
NEGATIVES = [
    ("The author made concessions to the rules of grammar.", "CONCEDE"),
    ("The chef made concessions to local tastes.", "CONCEDE"),
    ("A Chinese firm won a mining concession in Guinea.", "CONCEDE"),
    ("The Shanghai Cooperation Organization met in Astana.", "COOPERATE"),
    ("Cooperation between Kenya and Uganda remains strong, officials said.", "COOPERATE"),
    ("Police said coordination with the fire service had improved.", "COOPERATE"),
    ("Maria took a loan from the bank to buy a car.", "AID"),
    ("The young farmer got a loan from the bank to buy a tractor.", "AID"),
    ("The bank extended a loan to the bakery to buy new ovens.", "AID"),
    ("The university received a research grant from the foundation.", "AID"),
    ("Students at Harvard won a grant to study coral reefs.", "AID"),
    ("The judge granted the former mayor house arrest until the appeal.", "AID"),
    ("She bowled a strike in the final frame to win the match.", "PROTEST"),
    ("The striker started a strike on goal from midfield.", "PROTEST"),
    ("Both sides violated the ceasefire on Tuesday.", "RETREAT"),
    ("The truce between the two clans held for a week.", "RETREAT"),
    ("The lifting of the ban surprised investors.", "CONCEDE"),
    ("Officials discussed the lifting of the curfew.", "CONCEDE"),
    ("The cabinet approved talks with the rebels.", "CONSULT"),
]


@pytest.mark.parametrize("text,kind", NEGATIVES, ids=[r[0][:45] for r in NEGATIVES])
def test_no_deed_in_other_senses(process, text, kind) -> None:
    events = coded(process(text, "2025-03-01"))
    assert not [e for e in events if e[0] == kind], events


def test_a_ceasefire_asked_for_or_refused_is_none(process) -> None:
    """Only a light verb's object is a ceasefire done: one called for or turned down keeps the verb's reading."""
    for text, kind in (("Egypt called for a ceasefire between Israel and Hamas.", "REQUEST"),
                       ("Russia rejected a truce with Ukraine.", "REJECT")):
        events = coded(process(text, "2025-03-01"))
        assert [e for e in events if e[0] == kind] and not [e for e in events if e[0] == "RETREAT"], events
