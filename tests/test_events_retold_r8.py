"""A deed told twice in one article is one event (issue 15, round 8): the same actor doing the same kind of
thing to the same named party, both tellings said to have happened and not dated apart, is recorded once; a
statement made again (a demand, an accusation, an invitation) stays a happening of its own, and so do a
planned or conditional telling, a deed of another kind and one dated to other days. Sentences written for
these tests."""
from __future__ import annotations

from .event_helpers import named_events


def _count(found, kind: str, source: str, target: str) -> int:
    return sum(1 for t, s, g in found if t == kind and s == [source] and g == [target])


def test_a_release_told_twice_is_one_event(process):
    found = named_events(process, "Belarusian authorities freed the blogger Anton Velichko from prison on Monday. "
                                  "His lawyer said the Belarusian authorities released Velichko because of his "
                                  "poor health.")
    assert _count(found, "RETREAT", "Belarusian authorities", "Anton Velichko") == 1


def test_a_ban_told_in_the_lead_and_again_later_is_one_event(process):
    found = named_events(process, "Mali's military government barred the French ambassador Claude Morin from the "
                                  "country. Officials did not explain the decision. Mali's military government "
                                  "has barred Morin from the country since the coup, a diplomat said.")
    assert [t for t, _, g in found if g == ["Claude Morin"]] == ["COERCE"]


def test_a_killing_told_twice_is_one_event(process):
    found = named_events(process, "Police killed the gang leader Jean Dorval in a shootout in Gonaives. "
                                  "Residents cheered after police killed Dorval, a local reporter said.")
    assert _count(found, "ASSAULT", "Police", "Jean Dorval") == 1


def test_two_demands_stay_two_events(process):
    found = named_events(process, "Amnesty International urged Egypt to free the activist. "
                                  "In a second statement, Amnesty International urged Egypt to drop the charges.")
    assert _count(found, "REQUEST", "Amnesty International", "Egypt") == 2


def test_a_planned_meeting_is_not_the_meeting_that_happened(process):
    found = named_events(process, "President Emmanuel Macron met with Prime Minister Narendra Modi "
                                  "in Paris. Macron will meet with Modi again in Delhi, an aide said.")
    assert sum(1 for t, _, _ in found if t == "CONSULT") == 2


def test_a_deed_dated_to_other_days_is_another_event(process):
    found = named_events(process, "Police arrested the opposition leader Kofi Mensah on Monday. "
                                  "Police arrested Mensah again on Friday, his party said.")
    assert _count(found, "COERCE", "Police", "Kofi Mensah") == 2



def test_a_deed_named_first_by_a_noun_takes_where_and_when_its_retelling_gives(process):
    doc = process("Peru and Chile hold talks on fishing rights\n\nLIMA — Peruvian and Chilean diplomats met in "
                  "Lima on Tuesday to settle the quota for anchovy boats.", "2025-03-12")
    consults = [e for e in doc.events if e.type == "CONSULT"]
    places = {p.id: p.name for p in doc.places}
    times = {t.id: t.value for t in doc.times}
    assert len(consults) == 1
    assert places.get(consults[0].place) == "Lima" and times.get(consults[0].time) == "2025-03-11"
