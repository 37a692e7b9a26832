"""Round 19 (knowledge19): world knowledge by whole class -- the US Congress's leaders and best-known members,
US governors, cabinet members and agency heads, heads of central banks, UN envoys and heads of regional
bodies (people.tsv). Own sentences naming the person without country or office; what a careful coder records
is written in each case before running."""
from __future__ import annotations

import re
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

import eventwire
from eventwire.lexicon import table

ALPHA3 = {r["alpha3"] for r in table("countries.tsv")} | {"PSE", "HKG", "TWN", "ESH", "XKX", "VAT"}
SECTORS = {"GOV", "MIL", "LEG", "JUD", "OPP", "REB", "IGO", "CVL", "MED", "BUS", "REL", "EDU", "CRM", "LAB"}


def _actors(process, text: str, published: str) -> dict[str, object]:
    doc = process(text, published=published, until="actors")
    return {a.name: a for a in doc.actors}


# (sentence, published, actor's name, country, sector): written before running
PEOPLE = [
    # US Congress: LEG while sitting, the country the text leaves out
    ("Lindsey Graham said the aid package would pass next week.", "2024-02-10", "Lindsey Graham", "USA", "LEG"),
    ("Hakeem Jeffries told reporters the spending bill was dead.", "2024-03-02", "Hakeem Jeffries", "USA", "LEG"),
    ("Mike Johnson scheduled a vote on the measure for Thursday.", "2024-04-15", "Mike Johnson", "USA", "LEG"),
    ("Elizabeth Warren wrote to the bank's chief executive on Monday.", "2023-06-01", "Elizabeth Warren", "USA",
     "LEG"),
    # a member who left Congress is a civilian after the date
    ("Mitt Romney criticized the new tariffs in an interview.", "2026-03-01", "Mitt Romney", "USA", "CVL"),
    # a person with two offices gets the one held on the day
    ("Rick Scott ordered the evacuation of the coast.", "2017-09-07", "Rick Scott", "USA", "GOV"),
    ("Rick Scott voted against the nominee.", "2023-05-20", "Rick Scott", "USA", "LEG"),
    # governors
    ("Gavin Newsom signed the measure into law on Friday.", "2024-09-20", "Gavin Newsom", "USA", "GOV"),
    ("Ron DeSantis declared a state of emergency ahead of the storm.", "2024-10-07", "Ron DeSantis", "USA", "GOV"),
    ("Gretchen Whitmer met the carmakers' chiefs in Lansing.", "2023-09-20", "Gretchen Whitmer", "USA", "GOV"),
    # cabinet members and agency heads
    ("Alejandro Mayorkas visited a border crossing on Tuesday.", "2023-05-09", "Alejandro Mayorkas", "USA", "GOV"),
    ("Pete Buttigieg announced new refund rules for airlines.", "2024-04-24", "Pete Buttigieg", "USA", "GOV"),
    ("Katherine Tai said the duties would stay in place.", "2024-05-14", "Katherine Tai", "USA", "GOV"),
    # central banks: GOV, the country the bank serves
    ("Jerome Powell said rates would stay high for longer.", "2024-04-16", "Jerome Powell", "USA", "GOV"),
    ("Kazuo Ueda signaled that another rise was possible.", "2024-06-14", "Kazuo Ueda", "JPN", "GOV"),
    ("Elvira Nabiullina raised the key rate by two points.", "2024-10-25", "Elvira Nabiullina", "RUS", "GOV"),
    ("Fatih Karahan said inflation would ease by the summer.", "2024-05-09", "Fatih Karahan", "TUR", "GOV"),
    ("Shaktikanta Das kept the repo rate unchanged.", "2023-08-10", "Shaktikanta Das", "IND", "GOV"),
    ("Lesetja Kganyago warned that the currency could weaken.", "2023-07-20", "Lesetja Kganyago", "ZAF", "GOV"),
    # interior, home and security ministers and the defence ministers missing before
    ("Priti Patel said the new rules would deter the crossings.", "2021-06-10", "Priti Patel", "GBR", "GOV"),
    ("Nancy Faeser ordered checks at all land borders.", "2024-09-10", "Nancy Faeser", "DEU", "GOV"),
    ("Ihor Klymenko said rescuers were still searching the rubble.", "2024-07-09", "Ihor Klymenko", "UKR", "GOV"),
    ("Itamar Ben-Gvir visited the compound on Sunday.", "2023-05-21", "Itamar Ben-Gvir", "ISR", "GOV"),
    ("Ali Yerlikaya announced the arrest of 30 suspects.", "2024-02-06", "Ali Yerlikaya", "TUR", "GOV"),
    ("Ben Wallace said more tanks would follow in the spring.", "2023-01-20", "Ben Wallace", "GBR", "GOV"),
    ("Gerald Darmanin proposed longer sentences for drug dealers.", "2025-03-04", "Gerald Darmanin", "FRA", "GOV"),
    # UN envoys: IGO, no country while serving
    ("Geir Pedersen met the two delegations in Geneva.", "2023-03-15", "Geir Pedersen", None, "IGO"),
    ("Tor Wennesland urged both sides to restore calm.", "2023-04-06", "Tor Wennesland", None, "IGO"),
    ("Roza Otunbayeva briefed the council on the ban.", "2023-06-21", "Roza Otunbayeva", None, "IGO"),
    # heads of regional bodies: IGO, no country while serving
    ("Mahmoud Ali Youssouf called for an immediate truce.", "2025-06-01", "Mahmoud Ali Youssouf", None, "IGO"),
    ("Kao Kim Hourn opened the ministers' meeting in Vientiane.", "2024-07-25", "Kao Kim Hourn", None, "IGO"),
    ("Luis Almagro condemned the result as a fraud.", "2024-07-30", "Luis Almagro", None, "IGO"),
    ("Dilma Rousseff said the bank would lend more in local currencies.", "2024-08-29", "Dilma Rousseff", None, "IGO"),
]


@pytest.mark.parametrize("text,published,name,country,sector", PEOPLE)
def test_people_of_each_class(process, text, published, name, country, sector) -> None:
    actors = _actors(process, text, published)
    assert name in actors, sorted(actors)
    assert (actors[name].country, actors[name].sector) == (country, sector)


# ---- the file itself -------------------------------------------------------------------------------------

def _rows():
    return list(table("people.tsv"))


def test_people_rows_parse_with_valid_codes_and_dates() -> None:
    bad = []
    for r in _rows():
        if r["country"] and r["country"] not in ALPHA3:
            bad.append(("country", r["name"], r["country"]))
        if r["sector"] and r["sector"] not in SECTORS:
            bad.append(("sector", r["name"], r["sector"]))
        days = [d for d in (r["from"], r["until"]) if d]
        for d in days:
            if not re.fullmatch(r"\d{4}-\d\d-\d\d", d):
                bad.append(("date", r["name"], d))
        if len(days) == 2 and date.fromisoformat(r["from"]) > date.fromisoformat(r["until"]):
            bad.append(("order", r["name"], r["from"], r["until"]))
    assert not bad, bad


def test_people_rows_have_no_duplicates_and_one_country_each() -> None:
    rows = _rows()
    counts = Counter(tuple(r[k] for k in ("name", "country", "sector", "role", "from", "until")) for r in rows)
    assert [k for k, n in counts.items() if n > 1] == []
    countries: dict[str, set[str]] = {}
    for r in rows:
        if r["country"]:
            countries.setdefault(r["name"], set()).add(r["country"])
    assert {n: c for n, c in countries.items() if len(c) > 1} == {}


def test_round19_sections_say_what_they_cover() -> None:
    text = (Path(eventwire.__file__).parent / "lexicons" / "people.tsv").read_text(encoding="utf-8")
    heads = [i for i, line in enumerate(text.splitlines()) if line.startswith("# ") and "(round 19" in line]
    assert len(heads) >= 5
    lines = text.splitlines()
    for i in heads:  # each round-19 section's comment says what it leaves out or how its dates are read
        comment = []
        for line in lines[i:]:
            if not line.startswith("#"):
                break
            comment.append(line)
        assert "Not:" in " ".join(comment) or "Days not known" in " ".join(comment), lines[i]
