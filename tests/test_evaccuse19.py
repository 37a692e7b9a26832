"""Round 19 (evaccuse19): speech acts news tells that the coder missed, read by class on sentences of our own.

- an ultimatum told with "give": a span of time or an "until" phrase and a "to" infinitive of what is due
  ("gave the envoy 72 hours to leave"): THREATEN 139 to the one given it (requirement deadline, event_verbs.tsv)
- retaliation vowed, sworn, pledged or promised is a threat against the wrongdoer, not a promise (word class
  retaliation): THREATEN 130
- a threat with a condition ("... if the state does not free our men", "unless France apologizes") is made to
  the party the condition names (context.condition_parties)
- "X said Y was to blame": Y is blamed by X (the reporting verb's judges:blame row), Y is no blamer
  (triggers.to_blame)
- a complaint or objection dismissed is a rejection of whoever made it (word class dismissed)
- a call, demand, appeal or plea names whom it asks in its "for X to" clause, under the noun or under the
  object of a verb that repeats it ("renewed its calls for Iran to release ..."; role asked)

Each row's event was written down before the code ran; negative rows must code nothing of the kind."""
from __future__ import annotations

import pytest

from .event_helpers import coded, has_coded_event as _has


POSITIVE = [
    # ultimatum told with "give"
    ("Ecuador gave the Mexican ambassador 72 hours to leave the country.", "THREATEN", "Ecuador", "Mexic"),
    ("Kenya gave the United Nations refugee agency two weeks to draw up a plan to close the camps.",
     "THREATEN", "Kenya", "United Nations"),
    ("The junta has given France one month to withdraw its troops.", "THREATEN", "junta", "France"),
    ("Sudan's army gave the Rapid Support Forces 48 hours to leave Khartoum.", "THREATEN", "army", "Rapid Support"),
    # retaliation vowed
    ("Iran vowed to retaliate against Israel for the strike.", "THREATEN", "Iran", "Israel"),
    ("Hezbollah vowed revenge on Israel after the killing of its commander.", "THREATEN", "Hezbollah", "Israel"),
    ("Russia promised to retaliate against NATO for the new bases.", "THREATEN", "Russia", "NATO"),
    # the party a threat's condition binds
    ("The rebels warned that they would kill the hostages if the government of Mali did not free their fighters.",
     "THREATEN", "rebel", "Mali"),
    ("Hamas warned on Monday it would execute the captured soldiers unless Israel released its prisoners.",
     "THREATEN", "Hamas", "Israel"),
    # "X said Y was to blame"
    ("Israel said Hamas was to blame for the deaths.", "ACCUSE", "Israel", "Hamas"),
    ("Kenya's police said al-Shabab was to blame for the attack.", "ACCUSE", "police", "Shabab"),
    ("Officials in Kabul said Pakistan was partly to blame for the attacks.", "ACCUSE", "Officials", "Pakistan"),
    # a call repeated, or a demand or plea, names whom it asks in its "for X to" clause
    ("Amnesty International renewed its calls for Iran to release the activists.", "REQUEST", "Amnesty", "Iran"),
    ("The European Union repeated its call for Serbia to recognize Kosovo.", "REQUEST", "European Union", "Serbia"),
    ("Kenya's demand for Ethiopia to pull back its troops angered Addis Ababa.", "REQUEST", "Kenya", "Ethiopia"),
    ("The United Nations issued a plea for Israel to let aid into Gaza.", "REQUEST", "United Nations", "Israel"),
    # a complaint or objection dismissed
    ("Officials said Ethiopia had dismissed Egypt's complaint over the dam.", "REJECT", "Ethiopia", "Egypt"),
    ("China dismissed Japan's objection to the survey ship.", "REJECT", "China", "Japan"),
]


@pytest.mark.parametrize("text,kind,source,target", POSITIVE)
def test_speech_act_is_coded(process, text, kind, source, target) -> None:
    events = coded(process, text)
    assert _has(events, kind, source, target), events


def test_blamed_party_is_no_blamer(process) -> None:
    """"Hamas was to blame": Hamas is the one blamed, never the source of an accusation."""
    events = coded(process, "Israel said Hamas was to blame for the deaths.")
    assert not any(t == "ACCUSE" and any("Hamas" in n for n in s) for t, s, _ in events), events


NEGATIVE = [
    # no "to" infinitive of a deed due: a rest, not an ultimatum
    ("The coach gave his players two days off after the final.", "THREATEN"),
    # a span needed, not given
    ("The minister said the government of Peru would need two years to build the road.", "THREATEN"),
    # a vow of another deed than retaliation stays no threat
    ("Egypt vowed to protect its share of the Nile waters.", "THREATEN"),
    # the blame denied
    ("Russia says Ukraine is not to blame, according to officials.", "ACCUSE"),
    # demand as the market's, no request
    ("Demand for Chinese steel fell last year as builders in China cut back.", "REQUEST"),
    # a condition on a forecast: no threat
    ("Doctors warned that the flu season would be severe if people did not get vaccinated.", "THREATEN"),
]


@pytest.mark.parametrize("text,kind", NEGATIVE)
def test_negative_is_not_coded(process, text, kind) -> None:
    events = coded(process, text)
    assert not any(t == kind for t, _, _ in events), events


def test_a_vowed_retaliation_is_no_promise(process) -> None:
    """Retaliation promised is a threat (THREATEN), not an AGREE of the promise rows."""
    events = coded(process, "Iran pledged revenge for the killing of its general.")
    assert not any(t == "AGREE" for t, _, _ in events), events
