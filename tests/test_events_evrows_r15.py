"""Round 15 (evrows): news frames the probe suite found unread, by class, each in shapes of our own beyond the
probe's sentence (other verbs of the class, tenses, nouns). What a careful coder records was written down before
the code was run: the PLOVER type, a part of the source's and the target's names ("a|b": either), and a type that
must not be coded. Sentences written for these tests, none taken from any story."""
from __future__ import annotations

import pytest



def coded(doc):
    name = {a.id: a.name for a in doc.actors}
    return [(e.type, tuple(name.get(x, "") for x in e.source), tuple(name.get(x, "") for x in e.target))
            for e in doc.events]


def _named(want: str | None, names: tuple[str, ...]) -> bool:
    return want is None or any(w.lower() in n.lower() for w in want.split("|") for n in names)


def matches(events, kind, source, target) -> bool:
    return any(e[0] == kind and _named(source, e[1]) and _named(target, e[2]) for e in events)

# (text, type or None, source, target, absent type or None)
ROWS = [
    # pressing someone to act is a request (verb press, requires tocomp)
    ("The United States pressed Egypt to open the Rafah crossing.", "REQUEST", "United States", "Egypt", None),
    ("Turkey has been pressing Sweden to extradite Kurdish activists.", "REQUEST", "Turkey", "Sweden", None),
    ("Reporters pressed the minister on the delays.", None, None, None, "REQUEST"),
    # calling up reservists or conscripts mobilizes forces (call up, class called_up)
    ("Russia called up 300,000 reservists in September.", "MOBILIZE", "Russia", None, None),
    ("Taiwan will call up more conscripts next year.", "MOBILIZE", "Taiwan", None, None),
    ("The coach called up three new players for the match.", None, None, None, "MOBILIZE"),
    # money given is aid (give, class given)
    ("Japan gave Kenya $20 million for drought relief.", "AID", "Japan", "Kenya", None),
    ("Britain will give 10 million pounds to Sudan.", "AID", "United Kingdom|Britain", "Sudan", None),
    ("The company gave its workers a bonus.", None, None, None, "AID"),
    # towns and regions handed over are conceded (hand, transfer, class ceded)
    ("The rebels handed over the town of Kidal to the army.", "CONCEDE", "rebels", "army", None),
    ("Serbia transferred two border districts to Kosovo under the deal.", "CONCEDE", "Serbia", "Kosovo", None),
    ("The minister handed over a letter to the ambassador.", None, None, None, "CONCEDE"),
    # people returned are released (return, class returned_people)
    ("India returned 30 Pakistani prisoners to Pakistan.", "RETREAT", "India", "prisoners|Pakistan", None),
    ("Russia has returned 20 Ukrainian children to their families.", "RETREAT", "Russia", None, None),
    ("The team returned home on Sunday.", None, None, None, "RETREAT"),
    # the one promised before a "that" clause (promise, requires thatcomp)
    ("Egypt promised Sudan that it would keep the border open.", "AGREE", "Egypt", "Sudan", None),
    ("The minister was promising an update from the police soon.", None, None, None, "AGREE"),
    # designated a terrorist group without "as" (designate, calls:disparage on a dative and its apposition)
    ("Britain has designated the Wagner Group a terrorist organization.", "SANCTION", "United Kingdom|Britain",
     "Wagner", None),
    ("The party designated Ruto its candidate for the presidency.", None, None, None, "SANCTION"),
    # a delivery or shipment of goods to someone is aid (nouns delivery, shipment)
    ("Germany's shipment of tanks to Ukraine arrived in Poland.", "AID", "Germany", "Ukraine", None),
    ("The delivery of the parcel took three weeks.", None, None, None, "AID"),
    # police sent abroad are forces sent (send, class sent_forces)
    ("Chad has sent 300 police to the Central African Republic.", "MOBILIZE", "Chad", "Central African", None),
    ("Jordan will send gendarmes to help the Palestinian Authority.", "MOBILIZE", "Jordan", None, None),
    # a joint force formed by two parties (form, class joint_bodies)
    ("Ghana and Togo have formed a joint task force against smugglers.", "COOPERATE", "Ghana", "Togo", None),
    ("Kenya set up a joint patrol with Uganda along the lake.", "COOPERATE", "Kenya", "Uganda", None),
    # attacks paused, halted or suspended are a truce, and not attacks (verbs of stopping, class hostilities)
    ("Russia halted its attacks on Ukrainian energy plants for a month.", "RETREAT", "Russia", "Ukraine", "ASSAULT"),
    ("The army has suspended its offensive against the rebels in the north.", "RETREAT", "army", "rebels",
     "ASSAULT"),
    ("Doctors suspended their strike after the government raised pay.", None, None, None, "RETREAT"),
    # a budget or plan attacked is criticism, not an assault (attack, class criticized_things)
    ("Critics attacked the new tax law as unfair.", None, None, None, "ASSAULT"),
    ("Senators attacked the president's plan on Tuesday.", None, None, None, "ASSAULT"),
    ("Rebels attacked the army base near Goma.", "ASSAULT", "Rebels", None, None),
    # troops withdrawn with no agent named withdraw themselves, as troops deployed do (triggers._passive,
    # forces.moved_forces); "out of" names the place left (pull out, target role outof)
    ("French troops were withdrawn from Chad in January.", "RETREAT", "French|France", "Chad", None),
    ("American soldiers will be pulled out of Syria next year.", "RETREAT", "American|United States", "Syria",
     None),
    ("France pulled its troops out of Chad in January.", "RETREAT", "France", "Chad", None),
    ("The journalist was pulled out of the rubble.", None, None, None, "RETREAT"),
    # whom a pledged deed is for is the pledge's addressee when none is named (pledge, promise; target role pledged)
    ("Japan has pledged to provide $100 million to Ukraine.", "AGREE", "Japan", "Ukraine", None),
    ("Kenya promised to deploy 1,000 police officers to Haiti.", "AGREE", "Kenya", "Haiti", None),
    ("The European Union promised to help Moldova with its energy bills.", "AGREE", "European Union", "Moldova", None),
    # "the X of A and B" names each state, as "A-ian and B-ian X" does (participants.joined_of)
    ("The armies of Niger and Chad formed a joint force to guard the border.", "COOPERATE", "Niger", "Chad", None),
    ("The presidents of Rwanda and Congo held talks in Doha.", "CONSULT", "Rwanda|Congo", "Rwanda|Congo", None),
    ("A delegation of Egypt met Israeli officials.", "CONSULT", "Egypt", "Israel", None),
    # supplies provided in the passive, with the donor in the "by" phrase (class provided)
    ("Food and medicine were provided to Sudan by Egypt.", "AID", "Egypt", "Sudan", None),
    ("Medical supplies will be provided by Qatar to the hospitals of Gaza.", "AID", "Qatar", None, None),
]


@pytest.mark.parametrize("text,kind,source,target,absent", ROWS, ids=[r[0][:40] for r in ROWS])
def test_news_frames_by_class(process, text, kind, source, target, absent) -> None:
    events = coded(process(text, "2025-03-01"))
    if kind:
        assert matches(events, kind, source, target), events
    if absent:
        assert not [e for e in events if e[0] == absent], events
