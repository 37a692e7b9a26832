"""The times stage: detection and TIMEX3 normalisation against the publication date."""
from __future__ import annotations

import pytest

MONDAY = "2018-06-04"  # a Monday, ISO week 2018-W23


@pytest.fixture(scope="module")
def times(process):
    """The times found in a text: {text: TimeExpr}."""

    def run(text: str, published: str | None = MONDAY) -> dict:
        doc = process(text, published, until="times")
        return {t.text: t for t in doc.times}

    return run


def value(times, text: str, expression: str, published: str | None = MONDAY) -> str | None:
    found = times(text, published)
    assert expression in found, f"{expression!r} not found in {sorted(found)}"
    return found[expression].value


# ---- weekdays and tense direction -------------------------------------------------------------------

@pytest.mark.parametrize("text, expression, expected", [
    ("The ministry said on Saturday that the talks went well.", "Saturday", "2018-06-02"),
    ("Putin will travel to Qingdao on Saturday.", "Saturday", "2018-06-09"),
    ("Putin is expected to travel to Qingdao on Saturday.", "Saturday", "2018-06-09"),
    ("The summit is scheduled for Thursday in Singapore.", "Thursday", "2018-06-07"),
    ("RIA Novosti reported the invitation on Monday.", "Monday", "2018-06-04"),
    ("Ushakov told reporters Monday that no meeting was planned.", "Monday", "2018-06-04"),
    ("Peskov said Friday that a meeting was possible.", "Friday", "2018-06-01"),
    ("The leaders met last Monday in Moscow.", "last Monday", "2018-05-28"),
    ("The leaders will meet next Tuesday in Moscow.", "next Tuesday", "2018-06-05"),
    ("Officials met on Sunday night to discuss the deal.", "Sunday night", "2018-06-03TNI"),
])
def test_weekday_follows_the_clause(times, text, expression, expected):
    assert value(times, text, expression) == expected


def test_weekday_type_and_interval(times):
    found = times("Officials met on Sunday night and again on Friday.")
    assert found["Sunday night"].type == "TIME"
    assert found["Friday"].interval == ["2018-06-01", "2018-06-01"]
    assert found["Friday"].anchor == "published"


# ---- months, with and without a day --------------------------------------------------------------

@pytest.mark.parametrize("text, expression, expected", [
    ("Lavrov visited Pyongyang on May 31.", "May 31", "2018-05-31"),
    ("It will start on June 12th.", "June 12th", "2018-06-12"),
    ("The treaty was signed on May 31, 2017.", "May 31, 2017", "2017-05-31"),
    ("The treaty was signed on 12 March 2016.", "12 March 2016", "2016-03-12"),
    ("The forum is set to occur in Vladivostok in September.", "September", "2018-09"),
    ("The talks collapsed in September.", "September", "2017-09"),
    ("Trump described the purpose of the June meeting.", "June", "2018-06"),
    ("The plant closed in December 2015.", "December 2015", "2015-12"),
    ("Elections are due next March.", "next March", "2019-03"),
    ("The party lost the vote last August.", "last August", "2017-08"),
])
def test_months(times, text, expression, expected):
    assert value(times, text, expression) == expected


def test_late_early_mid_month(times):
    found = times("In late May, Trump cancelled the summit; talks resumed in mid-April and early June.")
    assert (found["late May"].value, found["late May"].mod) == ("2018-05", "END")
    assert found["late May"].interval == ["2018-05-22", "2018-05-31"]
    assert (found["mid-April"].value, found["mid-April"].mod) == ("2018-04", "MID")
    assert (found["early June"].value, found["early June"].mod) == ("2018-06", "START")


def test_before_a_date_keeps_its_value(times):
    found = times("Rumours about a meeting before June 12 were unfounded, the Kremlin said.")
    assert (found["June 12"].value, found["June 12"].mod) == ("2018-06-12", "BEFORE")


# ---- weeks, months, years relative to now ------------------------------------------------------

@pytest.mark.parametrize("text, expression, expected", [
    ("Trump confirmed last week that the meeting was on track.", "last week", "2018-W22"),
    ("Lavrov visits Pyongyang this week.", "this week", "2018-W23"),
    ("The envoy will return next week.", "next week", "2018-W24"),
    ("The summit will be held next weekend.", "next weekend", "2018-W23-WE"),
    ("Protesters gathered over the weekend.", "the weekend", "2018-W22-WE"),
    ("Exports fell last month.", "last month", "2018-05"),
    ("Prices rose earlier this month.", "earlier this month", "2018-06"),
    ("He made two trips abroad this year.", "this year", "2018"),
    ("The law takes effect next year.", "next year", "2019"),
    ("The plant opened three days ago.", "three days ago", "2018-06-01"),
    ("The plant opened two weeks ago.", "two weeks ago", "2018-W21"),
    ("The plant opened a year ago.", "a year ago", "2017"),
    ("Sales grew in the first quarter.", "the first quarter", "2018-Q1"),
    ("Sales grew in the third quarter of 2017.", "the third quarter of 2017", "2017-Q3"),
    ("The ceasefire was agreed last summer.", "last summer", "2017-SU"),
    ("Troops withdrew in the spring.", "spring", "2018-SP"),
    ("Talks will resume in the coming days.", "the coming days", "FUTURE_REF"),
])
def test_relative_periods(times, text, expression, expected):
    assert value(times, text, expression) == expected


def test_week_and_weekend_intervals(times):
    found = times("Trump confirmed last week that the summit will be held next weekend.")
    assert found["last week"].interval == ["2018-05-28", "2018-06-03"]
    assert found["next weekend"].interval == ["2018-06-09", "2018-06-10"]


# ---- days, times of day, years, decades -------------------------------------------------------------

@pytest.mark.parametrize("text, expression, expected, type_", [
    ("The minister arrived today.", "today", "2018-06-04", "DATE"),
    ("The minister arrived yesterday.", "yesterday", "2018-06-03", "DATE"),
    ("The minister arrives tomorrow.", "tomorrow", "2018-06-05", "DATE"),
    ("The minister speaks tonight.", "tonight", "2018-06-04TNI", "TIME"),
    ("Shots were heard this morning.", "this morning", "2018-06-04TMO", "TIME"),
    ("The vote closes at 3 p.m.", "3 p.m.", "2018-06-04T15:00", "TIME"),
    ("The vote closed at 3 p.m. Friday.", "3 p.m. Friday", "2018-06-01T15:00", "TIME"),
    ("The pandemic of 2009 killed many.", "2009", "2009", "DATE"),
    ("Growth was strong in the 1990s.", "the 1990s", "199", "DATE"),
    ("It was the worst war of the 20th century.", "the 20th century", "19", "DATE"),
    ("The company was founded in early 2011.", "early 2011", "2011", "DATE"),
])
def test_days_times_and_years(times, text, expression, expected, type_):
    found = times(text)
    assert expression in found, sorted(found)
    assert (found[expression].value, found[expression].type) == (expected, type_)


# ---- durations, sets, references ----------------------------------------------------------------

@pytest.mark.parametrize("text, expression, expected, type_, mod", [
    ("The forum opens a little less than three months after the summit.",
     "a little less than three months", "P3M", "DURATION", "APPROX"),
    ("Vladivostok is a four-hour drive away.", "four-hour", "PT4H", "DURATION", None),
    ("The country suffered for decades of war.", "decades", "PXDE", "DURATION", None),
    ("The buyback could take 18 months.", "18 months", "P18M", "DURATION", None),
    ("He leads the annual summit.", "annual", "P1Y", "SET", None),
    ("Markets open every Monday.", "every Monday", "XXXX-WXX-1", "SET", None),
    ("He praised the recent diplomacy.", "recent", "PAST_REF", "DATE", None),
    ("Prices are now falling.", "now", "PRESENT_REF", "DATE", None),
])
def test_durations_sets_and_references(times, text, expression, expected, type_, mod):
    found = times(text)
    assert expression in found, sorted(found)
    t = found[expression]
    assert (t.value, t.type, t.mod) == (expected, type_, mod)
    assert t.interval is None


# ---- false hits ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Putin invited Kim to the 4th Eastern Economic Forum.",
    "We may see a deal, and we hope for the best.",
    "Theresa May said the plan would work.",
    "Children ages 6 months and older should be vaccinated.",
    "About 2000 people marched through the capital.",
])
def test_no_false_hits(times, text):
    assert times(text) == {}


# ---- publication dates ---------------------------------------------------------------------------

def test_undated_relative_expressions_stay_unresolved(times):
    found = times("Putin said on Saturday that the summit last week went well.", published=None)
    for expression in ("Saturday", "last week"):
        t = found[expression]
        assert (t.value, t.anchor, t.interval) == (None, "none", None)


def test_undated_absolute_expressions_resolve(times):
    found = times("The treaty was signed on May 31, 2018, after three months of talks.", published=None)
    assert (found["May 31, 2018"].value, found["May 31, 2018"].anchor) == ("2018-05-31", "explicit")
    assert found["three months"].value == "P3M"


def test_full_iso_publication_timestamp(times):
    assert value(times, "Peskov said Friday the talks went well.", "Friday", "2018-06-04T09:30:00Z") == "2018-06-01"


def test_ids_and_offsets_in_text_order(process):
    text = "Lavrov met Kim last week and will return in September."
    doc = process(text, MONDAY, until="times")
    assert [t.id for t in doc.times] == ["t1", "t2"]
    assert [text[t.start:t.end] for t in doc.times] == ["last week", "September"]


def test_deadlines_look_ahead_unless_plainly_past(process) -> None:
    def values(text: str, published: str) -> list[str | None]:
        return [t.value for t in process(text, published, until="times").times]

    assert values("Results would be announced by Friday, the commission said.", "2024-05-15") == ["2024-05-17"]
    assert values("Officials warned that delays could spread by the weekend.", "2025-06-20") == ["2025-W25-WE"]
    assert values("The convoy had arrived by Friday.", "2024-05-15") == ["2024-05-10"]
