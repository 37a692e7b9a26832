"""Audit for tuning (round 21, task audit21): lexicon rows that fire on one story only, or on gold stories only, read
on sentences of other shapes written for these tests.

- Rows generalised to their word class (event_verbs.tsv, event_word_classes.tsv): a row that listed one sentence's
  words now names the class those words belong to -- relations made, restored or mended (@relations: tie,
  relation, relationship), relations cut or severed (@ties: @relations, cooperation, partnership), talks by a
  remote link (@remote_links), ground seized (held_places now holds hill, hilltop, ridge, height; take over reads
  @premises, which now holds palace and station), measures eased (@eased). Each test below fails on the rows as
  they were (checked).
- Rows kept as they were (a general class that reads other shapes right): probes of other shapes for a sample of
  the rows that fired on one story of R, F and the 69 stories.
"""
from __future__ import annotations

import pytest

from .event_helpers import coded_rule


def _has(events, kind: str, source: str, target: str | None, rule: str) -> bool:
    def holds(names, want):
        return any(want.lower() in (n or "").lower() for n in names)
    return any(t == kind and holds(s, source) and (target is None or holds(g, target)) and r.startswith(rule)
               for t, s, g, r in events)


# -- generalised rows: each sentence is of a shape the old literal words missed ----------------------------------
@pytest.mark.parametrize("text,kind,source,target,rule", [
    ("Niger cut its military cooperation with France.", "SANCTION", "Niger", "France", "verb:cut/@ties"),
    ("Bolivia severed its partnership with Israel on Tuesday.", "SANCTION", "Bolivia", "Israel", "verb:sever/@ties"),
    ("Egypt and Qatar restored their relationship in January.", "SUPPORT", "Egypt", "Qatar", "verb:restore/@relations"),
    ("Israel and Morocco normalized their relationship in 2020.", "SUPPORT", "Israel", "Morocco",
     "verb:normalize/@relations"),
    ("Greek Prime Minister Kyriakos Mitsotakis talked over a video link with Turkish President Recep Tayyip Erdogan.",
     "CONSULT", "Mitsotakis", "Erdogan", "verb:talk/over:@remote_links"),
    ("French President Emmanuel Macron spoke over a videoconference with German Chancellor Olaf Scholz.",
     "CONSULT", "Macron", "Scholz", "verb:speak/over:@remote_links"),
    ("Houthi fighters captured a strategic hilltop near Marib.", "COERCE", "Houthi", None, "verb:capture/@held_places"),
    ("Rebels in the Central African Republic took over the presidential palace in Bangui.", "COERCE", "Rebels", None,
     "verb:take/over+@held_places|@regions|@premises"),
    ("Gunmen took over a school in Katsina state.", "COERCE", "Gunmen", None,
     "verb:take/over+@held_places|@regions|@premises"),
    ("China eased its lockdown rules on Shanghai.", "CONCEDE", "China", None, "verb:ease/@eased"),
    ("The government of Jordan eased the curfew in Amman on Friday.", "CONCEDE", "Jordan", None, "verb:ease/@eased"),
])
def test_generalised_rows_read_their_class(process, text, kind, source, target, rule):
    assert _has(coded_rule(process, text), kind, source, target, rule)


def test_seizing_a_hill_is_not_an_arrest(process):
    events = coded_rule(process, "Israeli troops captured the ridge overlooking the valley.")
    assert not any(r == "verb:capture" for *_, r in events)
    assert _has(events, "COERCE", "Israeli", None, "verb:capture/@held_places")


@pytest.mark.parametrize("text,rule", [
    ("Spain took over the rotating presidency of the European Union council.", "verb:take/over"),
    ("The new drug eased the pain of patients, doctors said.", "verb:ease"),
    ("I agree with the minister that the roads are bad, the farmer said.", "verb:agree"),
    ("Health officials announced measures against the spread of cholera.", "noun:measures"),
    ("The senator highlighted the new bridge as a success for the region.", "verb:highlight"),
])
def test_classes_stay_out_of_other_senses(process, text, rule):
    assert not any(r.startswith(rule) for *_, r in coded_rule(process, text))


# -- rows kept: rows that fired on one story read other shapes right ------------------------------------------------
@pytest.mark.parametrize("text,kind,source,target,rule", [
    ("Gunmen kidnapped Italian diplomat Luca Attanasio in Congo.", "ASSAULT", "Gunmen", "Attanasio", "verb:kidnap"),
    ("Japan dispatched a delegation to South Korea to discuss the trade dispute.", "CONSULT", "Japan", "South Korea",
     "verb:dispatch/@delegations"),
    ("The European Union announced new measures against Russia on Thursday.", "SANCTION", "European Union", "Russia",
     "noun:measures"),
    ("Vietnam and the Philippines agreed to cooperate on maritime security.", "COOPERATE", "Vietnam", "Philippines",
     "verb:cooperate"),
    ("Germany called on Serbia to ease tensions in Kosovo.", "REQUEST", "Germany", "Serbia", "verb:call/on"),
    ("Egypt agreed with Sudan on a plan for the Nile dam talks.", "AGREE", "Egypt", "Sudan", "verb:agree/with"),
    ("Malaysia deported dozens of Rohingya refugees to Myanmar.", "COERCE", "Malaysia", None, "verb:deport"),
    ("Ethiopia imposed a state of emergency in the Amhara region.", "COERCE", "Ethiopia", None,
     "verb:impose/law|emergency|state"),
    ("Thousands of protesters flooded the streets of Tbilisi against the new law.", "PROTEST", "protesters", None,
     "verb:flood/@protesting_people"),
    ("Ukraine accepted the proposal from Turkey for a prisoner exchange.", "AGREE", "Ukraine", "Turkey",
     "verb:accept/@accepted"),
    ("Armenia ceded four villages to Azerbaijan.", "CONCEDE", "Armenia", "Azerbaijan", "verb:cede/@ceded"),
    ("Canada levied sanctions against Iranian officials.", "COERCE", "Canada", "Iran", "verb:levy/@sanctions"),
    ("Police rounded up dozens of protesters in Istanbul.", "COERCE", "Police", "protesters", "verb:round/up"),
    ("Nicaragua cut ties with Taiwan in December.", "SANCTION", "Nicaragua", "Taiwan", "verb:cut/@ties"),
    ("China held military drills near Taiwan on Saturday.", "MOBILIZE", "China", None, "noun:drills"),
    ("Canada designated the IRGC as a terrorist entity.", "SANCTION", "Canada", "IRGC", "verb:designate"),
])
def test_kept_rows_read_other_shapes(process, text, kind, source, target, rule):
    assert _has(coded_rule(process, text), kind, source, target, rule)
