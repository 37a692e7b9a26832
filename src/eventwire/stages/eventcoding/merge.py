"""One event, one record: mentions of the same event folded together.

Within a sentence, predicates of one type by one source are one event when their targets agree ("visited
Pyongyang and met with Kim": the visit to North Korea in which Kim was met). Across the article, a noun
("the meeting", "his visit") repeating an earlier event between the same actors refers back to it.
"""
from __future__ import annotations

import calendar
import re
from datetime import date

from ...document import Document
from ...record import Event
from .words import nouns

_MEETING_INTENT = "036"


def _same_or_within(doc: Document, a: list[str], b: list[str]) -> bool:
    """Targets agree: the same actors, one side unnamed, or one a country the other belongs to."""
    if not a or not b or a == b:
        return True
    return any(_country_holds(doc, x, y) or _country_holds(doc, y, x) for x in a for y in b)


def _country_holds(doc: Document, country_id: str, member_id: str) -> bool:
    country, member = doc.actor(country_id), doc.actor(member_id)
    return bool(country and member and country.kind == "country" and member.kind != "country"
                and member.country and member.country == country.country)


def _specific(doc: Document, a: list[str], b: list[str]) -> list[str]:
    """The more specific of two agreeing target lists: named over none, a person over their country."""
    if not a or not b:
        return a or b
    first = doc.actor(a[0])
    return b if first is not None and first.kind == "country" and a != b else a


def within_sentences(doc: Document, events: list[Event], dated: dict[str, str]) -> list[Event]:
    kept: list[Event] = []
    for ev in events:
        twin = next((k for k in kept if k.sentence == ev.sentence and k.type == ev.type
                     and k.source == ev.source and _same_or_within(doc, k.target, ev.target)), None)
        if twin is None:
            kept.append(ev)
        else:
            twin.target = _specific(doc, twin.target, ev.target)
            twin.confidence = max(twin.confidence, ev.confidence)
            if _generic(twin.cameo) and not _generic(ev.cameo):
                twin.cameo, twin.mode = ev.cameo, ev.mode  # "agreed to meet": the intent to meet
            if ev.id in dated and twin.id not in dated:
                dated[twin.id] = dated[ev.id]
                twin.time = ev.time
    return kept


def _generic(cameo: str | None) -> bool:
    """A root code of its type ("030", "190"), which a more specific one of the same type refines."""
    return cameo is None or len(cameo) == 3 and cameo.endswith("0")


def _kin(a: Event, b: Event) -> bool:
    """Same type, or a meeting and an intent to meet."""
    if a.type == b.type:
        return True
    meet = {a.type, b.type} == {"AGREE", "CONSULT"}
    return meet and _MEETING_INTENT in (a.cameo, b.cameo)


def _same_actors(doc: Document, a: Event, b: Event) -> bool:
    """One source and agreeing targets; meetings and intents to meet in either direction."""
    if a.source == b.source and _same_or_within(doc, a.target, b.target):
        return True
    mutual = {a.type, b.type} <= {"AGREE", "CONSULT"}
    return mutual and a.source == b.target and a.target == b.source


def _span(value: str) -> tuple[date, date] | None:
    """The days a TIMEX3 date value covers: 2018, 2018-06, 2018-06-04, 2018-W22, 2018-W23-WE."""
    try:
        if re.fullmatch(r"\d{4}", value):
            return date(int(value), 1, 1), date(int(value), 12, 31)
        if re.fullmatch(r"\d{4}-\d{2}", value):
            y, m = map(int, value.split("-"))
            return date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1])
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            d = date.fromisoformat(value)
            return d, d
        week = re.fullmatch(r"(\d{4})-W(\d{2})(-WE)?", value)
        if week:
            first = date.fromisocalendar(int(week.group(1)), int(week.group(2)), 6 if week.group(3) else 1)
            return first, date.fromisocalendar(int(week.group(1)), int(week.group(2)), 7)
    except ValueError:
        return None
    return None


def same_time(a: str, b: str) -> bool:
    """Two dated mentions can be one event when their days overlap."""
    sa, sb = _span(a), _span(b)
    return bool(sa and sb and sa[0] <= sb[1] and sb[0] <= sa[1])


def repeats(doc: Document, events: list[Event], nominal: set[str], dated: dict[str, str]) -> list[Event]:
    """Drop a later mention of an earlier event: a noun between the same actors ("the meeting", "his
    visit"), or a verb with the same actors dated to the same days."""
    kept: list[Event] = []
    for ev in events:
        first = next((k for k in kept if _kin(k, ev) and _same_actors(doc, k, ev) and _repeat(k, ev, nominal, dated)
                      and not _several_after_one(doc, k, ev)), None)
        if first is None:
            kept.append(ev)
        elif first.id in nominal and ev.id not in nominal:  # "talks on the Nile dam ... they met in Cairo on
            if first.place is None and ev.place is not None:  # Monday": a deed first named by a noun takes where
                first.place = ev.place  # and when the verb telling it again says it happened
            if first.time is None and ev.time is not None:
                first.time = ev.time
                if ev.id in dated:
                    dated[first.id] = dated[ev.id]
    return kept


def _several_after_one(doc: Document, first: Event, later: Event) -> bool:
    """Deeds told by a bare plural noun are deeds of their own, not the one told before again: "claimed the
    attack on the hotel ... The group often carries out bombings in Somalia", "has ramped up attacks on
    security forces", "filed several requests" (a bare plural tells deeds in general; "the attacks", "these
    strikes", "their talks" point back and are still one with what they retell); nor is one deed told after
    them ("ramped up attacks this year ... Last month its fighters ambushed a bus") only one of them again.
    Also a plural after one deed told by a singular noun ("the attack ... talks with")."""
    tok, first_tok = _trigger(doc, later), _trigger(doc, first)
    if _bare_plural(first_tok, first):
        return True
    if tok is None or tok.tag_ != "NNS" or not _counts_deeds(later):
        return False
    return first_tok is not None and first_tok.tag_ == "NN" or _bare_plural(tok, later)


def _bare_plural(tok, ev: Event) -> bool:
    """A plural deed noun with no determiner or owner that points back ("attacks", "several requests"); not a
    noun the lexicon lists in the plural as one event ("talks", "negotiations": one round of them)."""
    return tok is not None and tok.tag_ == "NNS" and _counts_deeds(ev) and _row_lemma(ev) != tok.lower_ and not any(
        c.dep_ in ("det", "poss") and c.lower_ not in _COUNTING for c in tok.children)


def _row_lemma(ev: Event) -> str:
    """The lemma of the lexicon row that coded the event (its rule "noun:attack/light" -> "attack")."""
    return ev.rule.partition(":")[2].partition("/")[0]


# determiners that count rather than point back ("several requests", "many attacks", "some talks")
_COUNTING = frozenset({"several", "many", "some", "more", "numerous", "repeated", "multiple", "few", "no", "any"})


def _counts_deeds(ev: Event) -> bool:
    """Whether a plural event noun counts deeds ("bombings", "talks"), not people or a standing state
    ("held hostages", "faces charges", "sanctions in force": rows flagged `state` or `patient`, or requiring
    `held` or `faced` in event_nouns.tsv)."""
    entries = nouns().get(_row_lemma(ev), ())
    return bool(entries) and not any({"state", "patient"} & e.flags or {"held", "faced"} & set(e.requires)
                                     for e in entries)


def _trigger(doc: Document, ev: Event):
    """The trigger's token when it is a common noun (NN singular, NNS plural), else None."""
    span = doc.char_span(ev.trigger.start, ev.trigger.end)  # (the Document's span cache, not a scan of every word)
    tok = span[0] if span is not None and len(span) and span[0].idx == ev.trigger.start else None
    return tok if tok is not None and tok.tag_ in ("NN", "NNS") else None


def _repeat(first: Event, later: Event, nominal: set[str], dated: dict[str, str]) -> bool:
    if later.id in nominal:
        return True
    if first.id in dated and later.id in dated:
        return same_time(dated[first.id], dated[later.id])
    return _retold(first, later)


# statuses of a deed said to have happened; a plan, a condition or a denial is another telling
_HAPPENED = frozenset({"asserted", "reported"})
# deeds, done once and told again; a statement (a demand, a charge, praise, an offer) made again is another
# statement, each one a happening of its own ("Putin invited Kim ... Putin is interested in meeting Kim")
_DEEDS = frozenset({"CONSULT", "COOPERATE", "AID", "RETREAT", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT"})


def _retold(first: Event, later: Event) -> bool:
    """A later telling of the same deed: one actor doing the same kind of thing to the same named party
    again in the article, both said to have happened, and no two dates apart ("the Taliban barred him
    from the country ... the Taliban barring Bennett", "was freed from prison ... has been released on
    bail"). The news story tells its main happening several times; a coder records it once. A later
    deed of another CAMEO kind (an arrest, then a charge) is another event."""
    if first.type not in _DEEDS or later.type != first.type:
        return False
    if not first.target or first.target != later.target or first.source != later.source:
        return False
    if first.status not in _HAPPENED or later.status not in _HAPPENED:
        return False
    return first.cameo == later.cameo or _generic(first.cameo) or _generic(later.cameo)


def inherit_times(doc: Document, events: list[Event], dated: dict[str, str]) -> None:
    """A later undated mention of an event the article dated before takes that date: "Zhao will visit
    Nepal next week ... the paper said Zhao would travel to Nepal" (both are next week's visit)."""
    for i, ev in enumerate(events):
        if ev.time is not None:
            continue
        first = next((k for k in events[:i] if k.id in dated and _kin(k, ev) and k.target and ev.target
                      and _same_actors(doc, k, ev)), None)
        if first is not None:
            ev.time = first.time
