#!/usr/bin/env python3
"""Convert PETRARCH2's Phoenix actor dictionaries into eventwire's knowledge base of named actors.

Source:  ../shared/eval/petrarch2-dictionaries/Phoenix.{Countries,International,MilNonState}.actors.txt,
         from openeventdata/petrarch2 (commit 676801cd, 2019-03-18), see SOURCE.md there.
Licence: MIT, Copyright (c) 2014 Open Event Data Alliance. The converted file credits them in its header.

What is kept: every person, organisation and armed group whose CAMEO codes say more than a bare country
(a sector such as GOV/MIL/REB, or an international body IGO/NGO/MNC/IMG). Country names, cities and
regions (a bare three-letter code) are left out: ``countries.tsv`` and the gazetteer cover them; so are
the towns and regions that a kept country's row lists among its names ('Kharkiv' of Ukraine, ``_own_place``).
Single-word synonyms of a longer name ("OBAMA" for BARACK_OBAMA) are left out too: a surname alone is
too ambiguous to look up without the article's own full name.

What a row holds (tab-separated, ``src/eventwire/lexicons/knowledge_actors.tsv``):
  name     the entry's main name, in title case
  aliases  its other names, ``|``-separated
  country  the actor's durable country (ISO alpha-3): the country of its codes, the most frequent one;
           a company's home country from its MNC code ('MNCUSA'); empty for international bodies (IGO,
           NGO, transnational groups) and companies coded with no home
  roles    ``|``-separated ``SECTOR:CODE:FROM:UNTIL`` (days as YYYY-MM-DD, empty = open); SECTOR is the
           record's sector for the CAMEO code (GOV, MIL, REB, IGO, CVL, ...; empty when the code names
           none, as for ELI "elite"). A role open at its end is closed at SNAPSHOT, the day the
           dictionaries were last revised: the base says nothing about later years.

Run from the repository root:  python scripts/convert_phoenix_actors.py [DICTIONARY_DIR]
The reader is eventwire's own (``eventwire.dictionaries.actors.read_actors``); its warnings about
malformed lines in the original are counted and printed, and those lines are skipped.
"""
from __future__ import annotations

import re
import sys
from collections import Counter
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from eventwire.dictionaries.actors import read_actors  # noqa: E402

FILES = ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt")
SNAPSHOT = date(2019, 3, 18)
OUT = ROOT / "src" / "eventwire" / "lexicons" / "knowledge_actors.tsv"

# CAMEO role codes -> the record's sectors (the gold format's: civil society is CVL, parties by role)
SECTORS = {
    "GOV": "GOV", "MIL": "MIL", "REB": "REB", "OPP": "OPP", "LEG": "LEG", "JUD": "JUD", "COP": "COP",
    "BUS": "BUS", "MED": "MED", "CVL": "CVL", "LAB": "LAB", "REF": "REF", "REL": "REL", "SPY": "GOV",
    "UAF": "MIL", "INS": "REB", "SEP": "REB", "EDU": "CVL", "HLH": "CVL", "HRI": "CVL", "ENV": "CVL",
    "DEV": "CVL", "AGR": "CVL", "PTY": "PTY", "IGO": "IGO", "NGO": "CVL", "MNC": "BUS", "IMG": "REB",
}
INTERNATIONAL = {"IGO": "IGO", "NGO": "CVL", "MNC": "BUS", "IMG": "REB", "NGM": "CVL"}


def sector_of(code: str) -> str:
    """The record's sector for one CAMEO code: its international prefix, else its first role part."""
    if code[:3] in INTERNATIONAL:
        return "JUD" if "JUD" in code[3:] else INTERNATIONAL[code[:3]]  # an international court is JUD
    for i in range(3, len(code) - 2, 3):
        if code[i:i + 3] in SECTORS:
            if code[i:i + 6] == "GOVLEG":
                # a legislature and its members (USAGOVLEG Congress, its committees, senators in their terms):
                # the record's vocabulary keeps the legislature (LEG) apart from the executive (GOV). Not so
                # GOVJUD: Phoenix gives it to justice ministers as much as to courts, so it stays GOV.
                return "LEG"
            return SECTORS[code[i:i + 3]]
    return ""


def country_of(code: str, countries: set[str]) -> str | None:
    """The country a code names: its first three letters ('USAGOV'), or for a company the three after
    'MNC' ('MNCUSA' Nvidia, 'MNCJPN' Toyota): a firm has a home country even when it trades worldwide.
    International bodies, NGOs and transnational groups ('IGOEUREEC', 'NGOHRI') have none."""
    if code[:3] == "MNC" and code[3:6] in countries:
        return code[3:6]
    return code[:3] if code[:3] in countries else None


_CORPORATE = re.compile(r",?\s+(?:Inc|Corp|Corporation|Ltd|Limited|Plc|PLC|Co|LLC|S\.?A|AG|N\.?V)\.?$", re.I)


def title(words: tuple[str, ...]) -> str:
    return " ".join(w.title() if w.isalpha() or "-" in w else w for w in words)


def _own_place(alias: str, main: str, country: str, places) -> bool:
    """An alias of a country's or territory's row that is a town, province or region inside it ('Kharkiv',
    'Donbas' and 'Odesa' of Ukraine, 'Mosul' of Iraq, 'Samarkand' of Uzbekistan): Phoenix codes what happens
    there as the country's, but in a story the name is a place, not a name of the country that acts or
    speaks (a capital standing for its government is read from ``countries.tsv``). A spelling of the row's
    own name stays ('Republika Srpska', 'Gaza Strip')."""
    if set(alias.lower().split()) & set(main.lower().split()):
        return False
    found = places.lookup(alias)
    if any(e.feature == "country" for e in found):
        return False  # a name of the country itself too ('Kuwayt')
    alpha2 = places.alpha2(country) if country else None
    # a place by its own name, or by another of its names inside the row's country ('Kiev', 'Kharkov')
    return any(e.feature in ("city", "admin", "region") and (e.country == alpha2 if alpha2 else e.primary)
               for e in found)


def convert(folder: Path, countries: set[str]) -> tuple[list[str], Counter]:
    from eventwire import gazetteer

    places = gazetteer.load()
    rows, stats = [], Counter()
    seen: set[str] = set()
    for name in FILES:
        entries, warnings = read_actors(str(folder / name))
        stats["warnings"] += len(warnings)
        for e in entries:
            codes = [(c, dc) for dc in e.codes for c in dc.codes if c.isalnum()]
            if not codes or all(len(c) <= 3 and c[:3] not in INTERNATIONAL for c, _ in codes):
                stats["bare country"] += 1
                continue
            main = title(e.names[0])
            if main.lower() in seen:
                stats["repeated"] += 1
                continue
            seen.add(main.lower())
            aliases = [title(n) for n in e.names[1:] if len(n) > 1 or len(e.names[0]) == 1]
            if any(code.startswith("MNC") for code, _ in codes):  # 'BAIDU, Inc' is named 'Baidu' in news
                aliases += [short for n in [main, *aliases] if (short := _CORPORATE.sub("", n)) != n]
            aliases = [a for a in dict.fromkeys(aliases) if a.lower() != main.lower()]
            nations = Counter(c for c in (country_of(code, countries) for code, _ in codes) if c)
            international = any(code[:3] in INTERNATIONAL for code, _ in codes)
            country = nations.most_common(1)[0][0] if nations else ""
            if international and not nations:
                country = ""
            roles = []
            for code, dc in codes:
                start = dc.start.isoformat() if dc.start else ""
                end = dc.end if dc.end else (SNAPSHOT if dc.start else None)
                roles.append(f"{sector_of(code)}:{code}:{start}:{end.isoformat() if end else ''}")
            if not any(role.split(":")[0] for role in roles):  # a place's row (a country, a territory)
                kept = [a for a in aliases if not _own_place(a, main, country, places)]
                stats["place aliases"] += len(aliases) - len(kept)
                aliases = kept
            rows.append("\t".join([main, "|".join(aliases), country, "|".join(dict.fromkeys(roles))]))
            stats["kept"] += 1
    return rows, stats


def main() -> int:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "eval" / "petrarch2-dictionaries"
    from eventwire.lexicon import table

    countries = {r["alpha3"] for r in table("countries.tsv")}
    rows, stats = convert(folder, countries)
    header = [
        "# Named actors with country, sector and dated roles, converted by scripts/convert_phoenix_actors.py",
        "# from PETRARCH2's Phoenix actor dictionaries (openeventdata/petrarch2, commit 676801cd; MIT licence,",
        "# Copyright (c) 2014 Open Event Data Alliance). Roles end by " + SNAPSHOT.isoformat()
        + " (most by 2015-19): a role is used only",
        "# for articles inside its dates; the country is used at any date.",
        "# roles: SECTOR:CAMEO_CODE:FROM:UNTIL, |-separated; empty SECTOR = the code names none (ELI).",
        "name\taliases\tcountry\troles",
    ]
    OUT.write_text("\n".join(header + rows) + "\n", encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {stats['kept']} actors kept; {stats['bare country']} bare-country entries "
          f"and {stats['repeated']} repeated names left out; {stats['place aliases']} aliases of countries' rows that are "
          f"their towns or regions left out; {stats['warnings']} reader warnings")
    return 0


if __name__ == "__main__":
    sys.exit(main())
