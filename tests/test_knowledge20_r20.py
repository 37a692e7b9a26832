"""Round 20 (knowledge20): world knowledge by whole class -- the main governing and opposition parties of 36
more states (parties.tsv), foreign ministers of more states (people.tsv), the U.S. federal bureaus,
offices, armed services and commands news names without 'U.S.', speakers of parliaments, chief justices,
heads of election commissions and police chiefs (people.tsv), and the governing bodies of divided states
and autonomous regions (institutions.tsv). Own sentences naming
the party, person or body without its country or standing; what a careful coder records is written in each
case before running."""
from __future__ import annotations

import re
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

import eventwire
from eventwire.lexicon import table

ALPHA3 = {r["alpha3"] for r in table("countries.tsv")} | {"PSE", "HKG", "TWN", "ESH", "XKX", "VAT"}


def _actors(process, text: str, published: str) -> dict[str, object]:
    doc = process(text, published=published, until="actors")
    return {a.name: a for a in doc.actors}


# (sentence, published, actor's name, country, sector): written before running
CASES = [
    # parties: the country the name does not say, the standing on the story's day
    ("The Five Star Movement said it would vote against the budget.", "2023-05-10", "Five Star Movement",
     "ITA", "OPP"),
    ("Fine Gael won the most seats in the council elections.", "2024-06-12", "Fine Gael", "IRL", "GOV"),
    ("Pakatan Harapan promised to cut fuel prices if it won.", "2021-05-03", "Pakatan Harapan", "MYS", "OPP"),
    ("Pakatan Harapan defended the new subsidy rules.", "2024-05-03", "Pakatan Harapan", "MYS", "GOV"),
    ("New Democracy said the vote gave it a clear mandate.", "2023-07-01", "New Democracy", "GRC", "GOV"),
    ("Smer said it would end military aid to Kyiv.", "2023-10-02", "Smer", "SVK", "OPP"),
    ("Fianna Fail chose a new candidate for the presidency.", "2025-08-20", "Fianna Fail", "IRL", "GOV"),
    ("The Justicialist Party called a march against the cuts.", "2024-03-01", "Justicialist Party", "ARG", "OPP"),
    ("Golkar backed the candidate for the speaker's post.", "2022-01-15", "Golkar", "IDN", "GOV"),
    ("The Maldivian Democratic Party boycotted the swearing-in.", "2024-02-01", "Maldivian Democratic Party",
     "MDV", "OPP"),
    ("The Farabundo Marti National Liberation Front denounced the arrests.", "2021-09-10",
     "Farabundo Marti National Liberation Front", "SLV", "OPP"),
    ("The Party for Freedom walked out of the cabinet on Tuesday.", "2025-06-10", "Party for Freedom", "NLD",
     "OPP"),
    # U.S. federal bureaus, offices and commands
    ("The Office of Foreign Assets Control added six shipping firms to its list.", "2024-04-02",
     "Office of Foreign Assets Control", "USA", "GOV"),
    ("The Bureau of Industry and Security tightened the rules on chip exports.", "2023-10-17",
     "Bureau of Industry and Security", "USA", "GOV"),
    ("AFRICOM said the air strike killed two militants near the border.", "2024-06-03", "AFRICOM", "USA", "MIL"),
    ("The Coast Guard said the search for the crew was called off.", "2024-06-03", "Coast Guard", None, None),
    # governing bodies of divided states and autonomous regions
    ("The Presidential Leadership Council rejected the offer of talks.", "2024-02-10",
     "Presidential Leadership Council", "YEM", "GOV"),
    ("AANES said the camp's guards had been doubled.", "2024-02-10", "AANES", "SYR", "GOV"),
    ("The Tigray Interim Administration asked donors for more food.", "2024-02-10",
     "Tigray Interim Administration", "ETH", "GOV"),
    # foreign ministers: GOV in office, the country the text leaves out; a former one a civilian
    ("Mihai Popsoi said the talks would resume in the spring.", "2024-05-06", "Mihai Popsoi", "MDA", "GOV"),
    ("Gordan Grlic Radman met the delegation in the capital.", "2024-03-12", "Gordan Grlic Radman", "HRV", "GOV"),
    ("Amon Murwira said the envoys would meet again next month.", "2024-11-20", "Amon Murwira", "ZWE", "GOV"),
    ("Olivier Nduhungirehe rejected the report as biased.", "2025-02-10", "Olivier Nduhungirehe", "RWA", "GOV"),
    ("Alexandra Hill Tinoco signed the agreement on Monday.", "2022-04-04", "Alexandra Hill Tinoco", "SLV", "GOV"),
    ("Jean Asselborn said the bloc had waited too long.", "2025-01-20", "Jean Asselborn", "LUX", "CVL"),
    # speakers, chief justices, election commission heads and police chiefs: the office held on the day
    ("Om Birla adjourned the house until Monday.", "2024-12-13", "Om Birla", "IND", "LEG"),
    ("Woo Won-shik called the lawmakers back for a vote.", "2024-12-07", "Woo Won-shik", "KOR", "LEG"),
    ("Qazi Faez Isa led the bench that heard the petition.", "2024-01-10", "Qazi Faez Isa", "PAK", "JUD"),
    ("Qazi Faez Isa spoke at a lecture in London.", "2025-03-10", "Qazi Faez Isa", "PAK", "CVL"),
    ("Martha Koome said the court would rule within two weeks.", "2022-08-30", "Martha Koome", "KEN", "JUD"),
    ("Sikandar Sultan Raja said the results would be out by morning.", "2024-02-09", "Sikandar Sultan Raja",
     "PAK", "GOV"),
    ("Kayode Egbetokun ordered more officers to the capital.", "2024-08-01", "Kayode Egbetokun", "NGA", "GOV"),
]


@pytest.mark.parametrize("text,published,name,country,sector", CASES)
def test_each_class_gives_country_and_sector(process, text, published, name, country, sector) -> None:
    actors = _actors(process, text, published)
    if country is None and sector is None:  # a bare 'Coast Guard' is no U.S. body by name alone
        assert name not in actors or actors[name].country != "USA", sorted(actors)
        return
    assert name in actors, sorted(actors)
    assert (actors[name].country, actors[name].sector) == (country, sector)


# names other bodies bear are not read as a party of the new rows: written before running
NOT_PARTIES = [
    ("Moderates in both chambers backed the bill on Friday.", "2024-03-01", "SWE"),
    ("The SDF said its fighters had retaken the village.", "2024-03-01", "CMR"),
    ("The CDC said the outbreak had slowed.", "2024-03-01", "LBR"),
    ("Liberal Democrats in the Senate pushed for a vote.", "2024-03-01", "GBR"),
]


@pytest.mark.parametrize("text,published,wrong", NOT_PARTIES)
def test_names_other_bodies_bear_are_no_party(process, text, published, wrong) -> None:
    actors = _actors(process, text, published)
    assert all(a.country != wrong for a in actors.values()), {n: a.country for n, a in actors.items()}


# ---- the files themselves ----------------------------------------------------------------------------------

def test_parties_rows_parse_with_valid_codes_and_ordered_spells() -> None:
    bad = []
    seen = Counter()
    for r in table("parties.tsv"):
        seen[(r["name"].lstrip("~"), r["country"])] += 1
        if r["country"] not in ALPHA3:
            bad.append(("country", r["name"], r["country"]))
        last = None
        for part in r["standing"].split("|"):
            standing, start, end = (part.split(":") + ["", ""])[:3]
            if standing not in ("GOV", "OPP") or not re.fullmatch(r"\d{4}-\d\d-\d\d", start) \
                    or end and not re.fullmatch(r"\d{4}-\d\d-\d\d", end):
                bad.append(("spell", r["name"], part))
                continue
            if end and date.fromisoformat(start) > date.fromisoformat(end):
                bad.append(("order", r["name"], part))
            if last is not None and (last is True or date.fromisoformat(start) <= last):
                bad.append(("overlap", r["name"], part))
            last = date.fromisoformat(end) if end else True
    assert not bad, bad
    assert [k for k, n in seen.items() if n > 1] == []
    assert len({r["country"] for r in table("parties.tsv")}) >= 95


def test_institutions_rows_have_valid_codes_and_no_duplicate_names() -> None:
    rows = list(table("institutions.tsv"))
    assert all(not r["country"] or r["country"] in ALPHA3 for r in rows), \
        [r["name"] for r in rows if r["country"] and r["country"] not in ALPHA3]
    names = Counter(r["name"].lower() for r in rows)
    assert [n for n, k in names.items() if k > 1] == []


def test_round20_sections_say_what_they_cover() -> None:
    base = Path(eventwire.__file__).parent / "lexicons"
    for file in ("parties.tsv", "people.tsv", "institutions.tsv"):
        lines = (base / file).read_text(encoding="utf-8").splitlines()
        heads = [i for i, line in enumerate(lines) if line.startswith("# ") and "round 20" in line.lower()]
        assert heads, file
        for i in heads:
            comment = []
            for line in lines[i:]:
                if not line.startswith("#"):
                    break
                comment.append(line)
            text = " ".join(comment)
            assert any(w in text for w in ("Not:", "Not covered", "Left out")), (file, lines[i])
