"""Appeals and coercion the event stage left uncoded (round 26, reqscan26), from a scan of the unscored reading
sets by cue word: (1) a request told in the first person plural inside a quote, in the present, by a speaker
that is a group or a country ("'We urge the authorities to ...,' the groups said"): the speaker asks it, as a
person's or an organization's "we" already did (present, past or present perfect); (2) an interrogation after an arrest is no doubt cast on a
party ("police arrested and questioned the Ugandan activist X": the nationality word before the person names
no thing's owner). Near misses: a future or negated "we" request (not made), a first-person deed (the
speaker's side does it: own_side_doers), "asked about", a doubt on a party's thing. Sentences written for
these tests."""
from __future__ import annotations

import pytest

from tests.event_helpers import coded_rule


def _names(parties: tuple[str, ...], want: str) -> bool:
    return any(want.lower() in p.lower() for p in parties)


def _of_type(process, text: str, kind: str) -> list[tuple]:
    return [e for e in coded_rule(process, text) if e[0] == kind]


@pytest.mark.parametrize("text, kind, source, target", [
    ('Seven press freedom groups met in Lima. "We urge Peruvian authorities to free the reporter at once," '
     'the groups said in a joint statement.', "REQUEST", "press freedom groups", "Peru"),
    ('"We call on Chile and Bolivia to return to talks," Peru said in a statement.', "REQUEST", "Peru", "Bolivia"),
    ('Several rights groups met in Quito. "We demand that Ecuador release the students," the rights groups said.',
     "REQUEST", "rights groups", "Ecuador"),
    ('"We condemn Bolivia\'s crackdown on the press," the seven groups said.', "ACCUSE", "groups", "Bolivia"),
    # told of, made before: past and present perfect
    ('"We urged Peru to free him last year," the rights groups said.', "REQUEST", "rights groups", "Peru"),
    ('"We have repeatedly called on Chile to release the fishermen," Peru said in a statement.', "REQUEST", "Peru",
     "Chile"),
])
def test_a_we_request_in_a_groups_quote_is_the_speakers(process, text, kind, source, target) -> None:
    found = _of_type(process, text, kind)
    assert any(_names(s, source) and _names(t, target) and r.endswith("/we") for _, s, t, r in found), found


@pytest.mark.parametrize("text", [
    # a request planned (future) or denied, not made
    '"We will ask Peru to free him," the rights groups said.',
    '"We did not urge Peru to free him," the rights groups said.',
])
def test_no_we_request_planned_or_denied(process, text) -> None:
    found = [e for e in _of_type(process, text, "REQUEST") if e[3].endswith("/we")]
    assert not found, found


def test_a_first_person_deed_stays_a_deed(process) -> None:
    found = coded_rule(process, '"We arrested the gang leaders," the Kenyan police said.')
    assert any(k == "COERCE" and _names(s, "police") for k, s, _, _ in found), found
    assert not any(r.endswith("/we") and k == "REQUEST" for k, _, _, r in found), found


@pytest.mark.parametrize("text", [
    "Kenyan police arrested and questioned the Ugandan activist Moses Okello on Monday.",
    "Zambian police questioned the Malawian trader Peter Mwale for six hours.",
    "Peruvian Foreign Minister Ana Torres asked about the decline in copper prices.",
])
def test_an_interrogation_is_no_doubt_cast(process, text) -> None:
    found = _of_type(process, text, "ACCUSE")
    assert not found, found


def test_an_arrest_with_an_interrogation_stays_an_arrest(process) -> None:
    found = _of_type(process, "Kenyan police arrested and questioned the Ugandan activist Moses Okello on Monday.",
                     "COERCE")
    assert any(_names(s, "police") and _names(t, "Moses Okello") for _, s, t, _ in found), found


@pytest.mark.parametrize("text, target", [
    ("Opposition leader Hakainde Lungu questioned the electoral commission's independence.", "electoral commission"),
    ("Opposition leader Hakainde Lungu questioned the Gallup poll.", "Gallup"),
])
def test_a_doubt_on_a_partys_thing_stays(process, text, target) -> None:
    found = _of_type(process, text, "ACCUSE")
    assert any(_names(t, target) for _, _, t, _ in found), found
