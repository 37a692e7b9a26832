"""Round 20 (evnoun20): deeds told by a noun, read on news nobody tuned on.

Classes (own sentences, the expected event written before the code was run; none from any story):
- pressure applied to a party (COERCE 170, as the annotators code "putting pressure on X"): the governing verbs
  that apply it (put, exert, heap, pile, maintain, ratchet up: event_verbs.tsv rows obj:pressure; the light verbs
  step up, ramp up, intensify, mount through event_nouns.tsv's row pressure), the subject presses, the "on" phrase is pressed; pressure felt, pressure of no party, or
  pressure on no party ("blood pressure", "put pressure on the wound") is none;
- declaring support voices it, as express does (event_verbs.tsv row declare obj:support|solidarity|backing);
- a post on social media as a light verb of a speech-act noun ("tweeted condemnation of", "posted an apology to":
  event_status.tsv light rows tweet, post) and tweet as a verb that voices support (rows as express and voice);
- a protest or objection told in a concessive phrase ("despite protests by X, Y raised ...": word class
  concessive_prepositions) is aimed at the subject of the active clause it hangs from, its doer also under
  "from" ("despite criticism from rights groups"); a "by" phrase on the second of two nouns joined straight on
  ("protests and lobbying by X") names the doers of the first too (nominal._shared_agents, _defied);
- a time phrase built on an event noun hanging from a passive verb: the "by" agent did the deed the noun names
  when the passive's subject is a thing, not a party ("the accord was signed by X during a visit to Y": X visited
  Y); a party as the passive's subject leaves it (the visit may be the subject's: "the minister was criticized by
  lawmakers after a visit to Moscow")."""
from __future__ import annotations

import pytest

from .event_helpers import named_with_rules as coded


def found(events, kind, source, target) -> bool:
    def has(want, names):
        return want is None and not names or want is not None and any(want.lower() in n.lower() for n in names)
    return any(e[0] == kind and has(source, e[1]) and (target is None or has(target, e[2])) for e in events)


# (text, type, a part of the source's name, a part of the target's name or None when any)
ROWS = [
    ("Germany is putting pressure on Greece to cut its spending.", "COERCE", "Germany", "Greece"),
    ("China exerted pressure on the Philippines over the disputed shoal.", "COERCE", "China", "Philippines"),
    ("The United States stepped up pressure on Venezuela this week.", "COERCE", "United States", "Venezuela"),
    ("The European Union intensified the pressure on Belarus.", "COERCE", "European Union", "Belarus"),
    ("Britain heaped pressure on Iran over the detained sailors.", "COERCE", "United Kingdom", "Iran"),
    ("Washington has ramped up pressure on Tehran over its nuclear program.", "COERCE", "United States", "Iran"),
    ("Kenya exerted diplomatic pressure on Somalia to reopen the border.", "COERCE", "Kenya", "Somalia"),
    ("French President Emmanuel Macron tweeted condemnation of the Russian strikes on Kyiv.", "ACCUSE",
     "Emmanuel Macron", "Russia"),
    ("The Chilean foreign minister posted an apology to Peru on Sunday.", "SUPPORT", "Chile", "Peru"),
    ("The Kenyan government tweeted support for the striking doctors.", "SUPPORT", "Kenya", "doctors"),
    ("The accord was signed by Kenyan President William Ruto during a visit to Uganda.", "CONSULT",
     "William Ruto", "Uganda"),
    ("The loan was announced by Japanese Prime Minister Fumio Kishida after talks with Vietnam's president.",
     "CONSULT", "Fumio Kishida", "Vietnam"),
    ("Brazil declared its support for Argentina's bid.", "SUPPORT", "Brazil", "Argentina"),
    ("Despite protests and strikes by teachers' unions, the Kenyan government lowered salaries.", "PROTEST",
     "teachers", "Kenya"),
    ("Despite protests and lobbying by farmers' unions, the Indian government raised fuel prices.", "PROTEST",
     "farmers", "India"),
    ("Despite criticism from rights groups, Tunisia's president dissolved parliament.", "ACCUSE", "rights groups",
     "Tunisia"),
]


@pytest.mark.parametrize("text,kind,source,target", ROWS, ids=[r[0][:45] for r in ROWS])
def test_noun_deed_is_coded(process, text, kind, source, target) -> None:
    events = coded(process(text, "2025-03-01"))
    assert found(events, kind, source, target), events


# (text, type that must not be coded)
NEGATIVES = [
    ("The nurse checked the patient's blood pressure twice a day.", "COERCE"),
    ("The medic put pressure on the wound to stop the bleeding.", "COERCE"),
    ("Rising prices have put pressure on household budgets.", "COERCE"),
    ("Heavy rains increased the pressure on the old dam.", "COERCE"),
    ("The singer tweeted a photo of her new album.", "ACCUSE"),
    ("The company posted a record loss in the third quarter.", "SUPPORT"),
    ("The minister was criticized by opposition lawmakers after a visit to Moscow.", "CONSULT"),
    ("The patient was examined by a doctor during a visit to the clinic.", "CONSULT"),
    ("The bridge was opened by the mayor after a meeting of the city council.", "CONSULT"),
    ("Despite protests, the law was passed by parliament.", "PROTEST"),
    ("The army was under heavy pressure from the rebels in the north.", "COERCE"),
    ("Egypt declared a public holiday for the festival.", "SUPPORT"),
    ("The police banned marches in the capital and a speech by the opposition leader.", "PROTEST"),
]


@pytest.mark.parametrize("text,kind", NEGATIVES, ids=[r[0][:45] for r in NEGATIVES])
def test_no_deed(process, text, kind) -> None:
    events = coded(process(text, "2025-03-01"))
    assert not any(e[0] == kind for e in events), events
