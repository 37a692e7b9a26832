"""Incidents: the same happening reported by many articles, grouped incrementally as articles arrive.

An event joins an incident when the type is the same, the participants are the same (by canonical name,
or by country and sector: "the Kremlin" and "Russia" are both the Russian government), the time
intervals overlap within a small slack, and the places do not contradict each other. Storing an
article re-groups only that article's events; nothing else in the store is recomputed.
"""
from __future__ import annotations

import json
import sqlite3
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from .. import datelines, settings
from ..names import name_key

# types (and CAMEO codes) whose two sides are interchangeable: a meeting of A with B is one of B with A
SYMMETRIC_TYPES = frozenset({"CONSULT", "COOPERATE"})
SYMMETRIC_CAMEO = ("030", "036", "046", "057")
# only a denial disputes a claim; "no plans for such a meeting" says nothing about a reported one
DISPUTING = frozenset({"denied"})
CLAIMING = frozenset({"asserted", "reported", "planned"})


@dataclass
class Report:
    """One stored event as grouping sees it."""

    article_id: str
    event_id: str
    type: str
    sources: set[str]
    targets: set[str]
    first: date
    last: date
    place_country: str | None
    cameo: str | None = None
    dated: bool = True  # the event has a time of its own (not only its report's day)
    status: str = "asserted"

    @property
    def symmetric(self) -> bool:
        return self.type in SYMMETRIC_TYPES or (self.cameo or "").startswith(SYMMETRIC_CAMEO)

    @property
    def to_the_day(self) -> bool:
        return self.dated and (self.last - self.first).days <= 1


# a country named as a whole ("Tanzania met Kenya") stands for its state: its government, armed forces
# and police, and a person the actors stage left as a civilian or unplaced (a head of state it did not
# recognise); never its lawmakers, courts, rebels, opposition, firms, press or civilian groups
_STATE_SECTORS = frozenset({"GOV", "MIL", "COP"})
_UNPLACED_PERSON_SECTORS = frozenset({None, "", "CVL"})
# a person stands for a body (and so matches it by country and sector) only as its official, officer,
# commander or leader; two private people, two lawmakers or two judges of one country are not one actor
_SPOKESPERSON_SECTORS = frozenset({"GOV", "MIL", "COP", "IGO", "REB", "CRM", "OPP"})


def participant_keys(actor: dict[str, Any]) -> set[str]:
    """Ways to recognise an actor across articles: its name; its country with its sector; for a country
    named as a whole ``whole:`` its code, for a possible part of a state ``of:`` its country's code (the
    two match each other, see ``_sides_meet``)."""
    keys = {"name:" + name_key(actor["name"])}
    country, kind = actor.get("country"), actor.get("kind")
    sector = actor.get("sector") or ("GOV" if kind == "country" else None)
    if country and sector and (kind != "person" or sector in _SPOKESPERSON_SECTORS):
        keys.add(f"cs:{country}/{sector}")
    if country and kind == "country":
        keys.add(f"whole:{country}")
    elif country and (actor.get("sector") in _STATE_SECTORS
                      or (kind == "person" and actor.get("sector") in _UNPLACED_PERSON_SECTORS)):
        keys.add(f"of:{country}")
    return keys


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _interval(event: sqlite3.Row, published: date | None) -> tuple[date, date] | None:
    """The event's own days, else the days before its report (undated past events), else None."""
    first, last = _day(event["first_day"]), _day(event["last_day"])
    if first and last:
        return first, last
    if published is None:
        return None
    if event["status"] == "planned":
        return published, published + timedelta(days=settings.INCIDENT_UNDATED_DAYS)
    return published - timedelta(days=settings.INCIDENT_UNDATED_DAYS), published


def reports_of_article(conn: sqlite3.Connection, article_id: str) -> list[Report]:
    actors = {r["id"]: dict(r) for r in conn.execute(
        "SELECT id, name, kind, country, sector FROM actors WHERE article_id = ?", (article_id,))}
    day, head = conn.execute("SELECT day, substr(text, 1, ?) FROM articles WHERE id = ?",
                             (datelines.OPENING_CHARS, article_id)).fetchone() or (None, "")
    published = _day(day)
    rows = conn.execute(
        "SELECT e.id, e.type, e.cameo, e.source, e.target, e.status, t.first_day, t.last_day, p.country AS place_country,"
        " p.start AS place_start FROM events e LEFT JOIN times t ON t.article_id = e.article_id AND t.id = e.time"
        " LEFT JOIN places p ON p.article_id = e.article_id AND p.id = e.place WHERE e.article_id = ?",
        (article_id,)).fetchall()
    # where the opening dateline ('WARSAW -', 'KYIV, Ukraine (AP) —') ends, else 0
    found = datelines.opening(head or "") if any(r["place_country"] for r in rows) else None
    dateline_end = found.end if found else 0
    reports = []
    for row in rows:
        span = _interval(row, published)
        sources = _keys(json.loads(row["source"]), actors)
        if span is None or not sources:
            continue
        # the dateline says where the report was filed ('MANILA -' over Beijing's accusation), not where the
        # event was: another outlet files the same event from elsewhere, so it contradicts no place
        place = row["place_country"] if (row["place_start"] or 0) >= dateline_end else None
        reports.append(Report(article_id, row["id"], row["type"], sources, _keys(json.loads(row["target"]), actors),
                              span[0], span[1], place, row["cameo"], bool(row["first_day"]), row["status"]))
    return reports


def _keys(ids: list[str], actors: dict[str, dict[str, Any]]) -> set[str]:
    keys: set[str] = set()
    for actor_id in ids:
        if actor_id in actors:
            keys |= participant_keys(actors[actor_id])
    return keys


# ---- matching -----------------------------------------------------------------------------------

def _names(keys: set[str]) -> set[str]:
    return {k for k in keys if k.startswith("name:")}


def _sides_meet(mine: set[str], theirs: set[str], names_only: bool) -> bool:
    """A shared name; unless ``names_only``, a shared country and sector, or a country named as a whole on
    one side and a part of its state on the other (two parts of one state do not meet by country alone)."""
    if names_only:
        return bool(_names(mine) & _names(theirs))
    if any(not k.startswith("of:") for k in mine & theirs):
        return True
    return any("of:" + k[6:] in other for keys, other in ((mine, theirs), (theirs, mine))
               for k in keys if k.startswith("whole:"))


def same_sides(report: Report, sources: set[str], targets: set[str]) -> bool:
    """The same participants: on each side a shared name, or a shared country and sector; at least one
    side must share a name unless the report is dated to the day or is a denial; a report without a date of its own
    (unless it is a denial), or dated more vaguely than a week (a month, a year), needs names on both sides.
    A side one report leaves unnamed ("Ghana recalled its ambassador") fits when the source is named alike
    (an undated one only for the same specific deed, see ``_fits``)."""
    # a denial points back at a claim of the last few days ("denied that its adviser had met Taliban
    # representatives"): undated, and naming the parties by description, it may match both by country and sector
    undated = not report.dated and report.status not in DISPUTING
    vague = not report.to_the_day and (undated or (report.last - report.first).days > settings.INCIDENT_NEAR_DAYS)
    if report.symmetric and not _same_pairing(report, sources, targets):
        sources, targets = targets, sources
    if bool(report.targets) != bool(targets) and not _names(report.sources) & _names(sources):
        return False  # a side left unnamed fits only a report by the same named source
    source_ok = _sides_meet(report.sources, sources, vague)
    target_ok = not targets or not report.targets or _sides_meet(report.targets, targets, vague)
    named = bool(_names(report.sources) & _names(sources)) or bool(_names(report.targets) & _names(targets))
    return source_ok and target_ok and (named or report.to_the_day or report.status in DISPUTING)


def _same_pairing(report: Report, sources: set[str], targets: set[str]) -> bool:
    """Whether a symmetric report lines up with the incident as it is (else the other way round)."""
    straight = len(report.sources & sources) + len(report.targets & targets)
    crossed = len(report.sources & targets) + len(report.targets & sources)
    return straight >= crossed


def _keeps_its_span(report: Report, row: sqlite3.Row) -> bool:
    """Joining must not stretch the incident or the report beyond the longer of the two (plus the slack on
    each side): otherwise reports dated only by a year (or month) chain year after year into one incident."""
    first, last = _day(row["first_day"]), _day(row["last_day"])
    if first is None or last is None:
        return True
    slack = 2 * settings.INCIDENT_SLACK_DAYS
    longer = max((last - first).days, (report.last - report.first).days)
    return (max(last, report.last) - min(first, report.first)).days <= longer + slack


def _fits(conn: sqlite3.Connection, report: Report, row: sqlite3.Row) -> bool:
    if row["place_country"] and report.place_country and row["place_country"] != report.place_country:
        return False
    if not _keeps_its_span(report, row):
        return False
    if not report.targets and not report.dated and not _same_specific_deed(conn, report, row):
        return False  # "X demanded" on an unknown day: too little to tell one such event from another
    return same_sides(report, set(json.loads(row["sources"])), set(json.loads(row["targets"])))


def _specific(cameo: str | None) -> bool:
    """A CAMEO code finer than its root ("161" recalling envoys, not "160" or "190")."""
    return bool(cameo) and len(cameo or "") >= 3 and not (len(cameo or "") == 3 and (cameo or "").endswith("0"))


def _same_specific_deed(conn: sqlite3.Connection, report: Report, row: sqlite3.Row) -> bool:
    """An undated report without a target may still join an incident of the same specific deed by the
    same named source ("Ghana has withdrawn its ambassador" beside "Ghana recalled its ambassador to
    Togo on Monday"): specific deeds by one actor are rare enough within the days compared."""
    if not _specific(report.cameo) or not _names(report.sources) & _names(set(json.loads(row["sources"]))):
        return False
    found = conn.execute(
        "SELECT 1 FROM incident_members m JOIN events e ON e.article_id = m.article_id AND e.id = m.event_id"
        " WHERE m.incident_id = ? AND e.cameo = ? LIMIT 1", (row["id"], report.cameo)).fetchone()
    return found is not None


def _candidates(conn: sqlite3.Connection, report: Report) -> list[sqlite3.Row]:
    slack = timedelta(days=settings.INCIDENT_SLACK_DAYS)
    return conn.execute(
        "SELECT * FROM incidents WHERE type = ? AND first_day <= ? AND last_day >= ?",
        (report.type, (report.last + slack).isoformat(), (report.first - slack).isoformat())).fetchall()


def _closeness(report: Report, row: sqlite3.Row) -> tuple[int, int]:
    shared = len((report.sources | report.targets) & set(json.loads(row["sources"]) + json.loads(row["targets"])))
    gap = abs((_day(row["first_day"]) - report.first).days)
    return shared, -gap


def place_report(conn: sqlite3.Connection, report: Report) -> int:
    """Put one report into the best fitting incident, or a new one; returns the incident id (whose summary
    the caller refreshes)."""
    fitting = [row for row in _candidates(conn, report) if _fits(conn, report, row)]
    if fitting:
        best = max(fitting, key=lambda row: _closeness(report, row))
        incident_id = best["id"]
        for other in fitting:
            if other["id"] != incident_id and _spans_meet(best, other):
                _fold(conn, other["id"], incident_id)
    else:
        incident_id = conn.execute(
            "INSERT INTO incidents (type, symmetric, first_day, last_day) VALUES (?, ?, ?, ?)",
            (report.type, int(report.symmetric), report.first.isoformat(), report.last.isoformat())).lastrowid
    conn.execute("INSERT OR REPLACE INTO incident_members VALUES (?, ?, ?)",
                 (incident_id, report.article_id, report.event_id))
    _absorb(conn, incident_id, report)
    return incident_id


def _spans_meet(a: sqlite3.Row, b: sqlite3.Row) -> bool:
    """Whether two incidents' days, joined, stay within the longer of them plus the slack on each side."""
    days = [(_day(r["first_day"]), _day(r["last_day"])) for r in (a, b)]
    if any(first is None or last is None for first, last in days):
        return False
    longer = max((last - first).days for first, last in days)
    joined = (max(last for _, last in days) - min(first for first, _ in days)).days
    return joined <= longer + 2 * settings.INCIDENT_SLACK_DAYS


def _fold(conn: sqlite3.Connection, gone: int, into: int) -> None:
    """One report fits two incidents ("Kenya and Tanzania held the summit on June 3" fits the summit told by
    the presidents' names and the undated "talks between Nairobi and Dodoma" told by the countries'): both are
    the happening it reports, so the first joins the second and is removed."""
    conn.execute("UPDATE incident_members SET incident_id = ? WHERE incident_id = ?", (into, gone))
    row = conn.execute("SELECT sources, targets, first_day, last_day FROM incidents WHERE id = ?", (gone,)).fetchone()
    conn.execute("DELETE FROM incidents WHERE id = ?", (gone,))
    kept = conn.execute("SELECT sources, targets, first_day, last_day FROM incidents WHERE id = ?", (into,)).fetchone()
    conn.execute("UPDATE incidents SET sources = ?, targets = ?, first_day = ?, last_day = ? WHERE id = ?",
                 (json.dumps(sorted(set(json.loads(kept["sources"])) | set(json.loads(row["sources"])))),
                  json.dumps(sorted(set(json.loads(kept["targets"])) | set(json.loads(row["targets"])))),
                  min(kept["first_day"], row["first_day"]), max(kept["last_day"], row["last_day"]), into))


def _absorb(conn: sqlite3.Connection, incident_id: int, report: Report) -> None:
    """Widen an incident's participants and days at once, so later reports of the same article see them."""
    row = conn.execute("SELECT sources, targets, first_day, last_day FROM incidents WHERE id = ?",
                       (incident_id,)).fetchone()
    sources = set(json.loads(row["sources"])) | report.sources
    targets = set(json.loads(row["targets"])) | report.targets
    first = min(row["first_day"], report.first.isoformat())
    last = max(row["last_day"], report.last.isoformat())
    conn.execute("UPDATE incidents SET sources = ?, targets = ?, first_day = ?, last_day = ? WHERE id = ?",
                 (json.dumps(sorted(sources)), json.dumps(sorted(targets)), first, last, incident_id))


# ---- keeping incidents up to date ---------------------------------------------------------------

def incidents_of_article(conn: sqlite3.Connection, article_id: str) -> dict[str, int]:
    """event id -> incident id for the events of a stored article."""
    return {e: i for e, i in conn.execute(
        "SELECT event_id, incident_id FROM incident_members WHERE article_id = ?", (article_id,))}


def group_article(conn: sqlite3.Connection, article_id: str, before: dict[str, int] | None = None) -> set[int]:
    """Group one stored article's events. ``before`` maps its events to the incidents they were in before
    it was stored again: an event of the same type goes back to the same incident (so re-ingesting keeps
    incident ids), and incidents left empty are removed. Runs inside the caller's transaction."""
    before = before or {}
    placed = set()
    for report in reports_of_article(conn, article_id):
        placed.add(_rejoin(conn, report, before.get(report.event_id)) or place_report(conn, report))
    for incident_id in set(before.values()) | placed:
        refresh(conn, incident_id)
    return placed


def _rejoin(conn: sqlite3.Connection, report: Report, incident_id: int | None) -> int | None:
    if incident_id is None:
        return None
    row = conn.execute("SELECT type FROM incidents WHERE id = ?", (incident_id,)).fetchone()
    if row is None or row["type"] != report.type:
        return None
    conn.execute("INSERT OR REPLACE INTO incident_members VALUES (?, ?, ?)",
                 (incident_id, report.article_id, report.event_id))
    _absorb(conn, incident_id, report)
    return incident_id


def refresh(conn: sqlite3.Connection, incident_id: int) -> None:
    """Recompute an incident's summary from its members; delete it when it has none."""
    members = conn.execute(
        "SELECT m.article_id, m.event_id FROM incident_members m WHERE m.incident_id = ?", (incident_id,)).fetchall()
    if not members:
        conn.execute("DELETE FROM incidents WHERE id = ?", (incident_id,))
        return
    reports = [r for a in {m["article_id"] for m in members} for r in reports_of_article(conn, a)
               if (r.article_id, r.event_id) in {(m["article_id"], m["event_id"]) for m in members}]
    if not reports:
        conn.execute("DELETE FROM incidents WHERE id = ?", (incident_id,))
        return
    conn.execute(
        "UPDATE incidents SET sources = ?, targets = ?, label = ?, first_day = ?, last_day = ?, spread_days = ?,"
        " place = ?, place_country = ?, lat = ?, lon = ?, earliest_report = ?, reports = ?, articles = ? WHERE id = ?",
        (*_sides(reports), _label(conn, members, reports[0].type), *_days(reports), *_place(conn, members),
         _earliest(conn, members), len(members), len({m["article_id"] for m in members}), incident_id))


def _sides(reports: list[Report]) -> tuple[str, str]:
    sources: set[str] = set().union(*(r.sources for r in reports))
    targets: set[str] = set().union(*(r.targets for r in reports))
    return json.dumps(sorted(sources)), json.dumps(sorted(targets))


def _days(reports: list[Report]) -> tuple[str, str, int]:
    first, last = min(r.first for r in reports), max(r.last for r in reports)
    spread = (max(r.first for r in reports) - min(r.first for r in reports)).days
    return first.isoformat(), last.isoformat(), spread


def _place(conn: sqlite3.Connection, members: list[sqlite3.Row]) -> tuple[Any, Any, Any, Any]:
    seen: Counter[tuple[Any, ...]] = Counter()
    for m in members:
        row = conn.execute("SELECT p.name, p.country, p.lat, p.lon FROM events e JOIN places p ON"
                           " p.article_id = e.article_id AND p.id = e.place WHERE e.article_id = ? AND e.id = ?",
                           (m["article_id"], m["event_id"])).fetchone()
        if row:
            seen[tuple(row)] += 1
    return seen.most_common(1)[0][0] if seen else (None, None, None, None)


def _earliest(conn: sqlite3.Connection, members: list[sqlite3.Row]) -> str | None:
    ids = sorted({m["article_id"] for m in members})
    marks = ",".join("?" * len(ids))
    return conn.execute(f"SELECT MIN(published) FROM articles WHERE id IN ({marks})", ids).fetchone()[0]


def _label(conn: sqlite3.Connection, members: list[sqlite3.Row], type_: str) -> str:
    m = members[0]
    e = conn.execute("SELECT source, target FROM events WHERE article_id = ? AND id = ?",
                     (m["article_id"], m["event_id"])).fetchone()

    def names(ids: str) -> str:
        found = [conn.execute("SELECT name FROM actors WHERE article_id = ? AND id = ?", (m["article_id"], i)).fetchone()
                 for i in json.loads(ids)]
        return " & ".join(r[0] for r in found if r) or "?"

    return f"{names(e['source'])} -> {names(e['target'])} ({type_})"


def regroup_all(conn: sqlite3.Connection) -> int:
    """Forget every incident and group all stored articles again, oldest report first."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute("DELETE FROM incident_members")
        conn.execute("DELETE FROM incidents")
        for (article_id,) in conn.execute("SELECT id FROM articles ORDER BY day, id").fetchall():
            group_article(conn, article_id)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return conn.execute("SELECT COUNT(*) FROM incidents").fetchone()[0]


# ---- reading incidents and claims ---------------------------------------------------------------

def claims(conn: sqlite3.Connection, incident_id: int) -> dict[str, Any]:
    """Who asserts, reports (through whom), plans, negates or denies an incident; conflict when some
    claim it and others dispute it."""
    rows = conn.execute(
        "SELECT e.article_id, e.id, e.status, e.according_to, e.trigger_text, ar.outlet, ar.published, ar.title"
        " FROM incident_members m JOIN events e ON e.article_id = m.article_id AND e.id = m.event_id"
        " JOIN articles ar ON ar.id = e.article_id WHERE m.incident_id = ? ORDER BY ar.published, e.article_id",
        (incident_id,)).fetchall()
    out: list[dict[str, Any]] = []
    for r in rows:
        chain = [name for (name,) in (conn.execute("SELECT name FROM actors WHERE article_id = ? AND id = ?",
                                                   (r["article_id"], i)).fetchone() or (None,)
                                      for i in json.loads(r["according_to"])) if name]
        out.append({"article_id": r["article_id"], "event_id": r["id"], "status": r["status"],
                    "according_to": chain, "claimant": chain[-1] if chain else (r["outlet"] or r["article_id"]),
                    "outlet": r["outlet"], "published": r["published"], "title": r["title"], "trigger": r["trigger_text"]})
    statuses = {c["status"] for c in out}
    return {"incident": incident_id, "claims": out,
            "conflict": bool(statuses & CLAIMING) and bool(statuses & DISPUTING),
            "disputed_by": sorted({c["claimant"] for c in out if c["status"] in DISPUTING}),
            "claimed_by": sorted({c["claimant"] for c in out if c["status"] in CLAIMING})}


def list_incidents(conn: sqlite3.Connection, name: str | None = None, type_: str | None = None,
                   since: str | None = None, until: str | None = None, conflicts_only: bool = False,
                   limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
    where, params = [], []
    if type_:
        where.append("i.type = ?")
        params.append(type_.upper())
    if name:
        like = "name:%" + name_key(name).replace("%", "\\%").replace("_", "\\_") + "%"
        where.append("(EXISTS (SELECT 1 FROM json_each(i.sources) j WHERE j.value LIKE ? ESCAPE '\\')"
                     " OR EXISTS (SELECT 1 FROM json_each(i.targets) j WHERE j.value LIKE ? ESCAPE '\\'))")
        params += [like, like]
    if since:
        where.append("i.last_day >= ?")
        params.append(since)
    if until:
        where.append("i.first_day <= ?")
        params.append(until)
    def having(statuses: frozenset[str]) -> str:  # an incident with a member of one of these statuses
        quoted = ", ".join(f"'{s}'" for s in sorted(statuses))
        return ("EXISTS (SELECT 1 FROM incident_members m JOIN events e ON e.article_id = m.article_id AND"
                f" e.id = m.event_id WHERE m.incident_id = i.id AND e.status IN ({quoted}))")

    # a conflict as ``claims`` has it: claimed by some, denied by others (a negation disputes nothing)
    disputed, claimed = having(DISPUTING), having(CLAIMING)
    if conflicts_only:
        where.append(f"{disputed} AND {claimed}")
    sql = (f"SELECT i.id, i.label, i.type, i.first_day, i.last_day, i.spread_days, i.place, i.earliest_report,"
           f" i.reports, i.articles, ({disputed} AND {claimed}) AS conflict,"
           f" (SELECT group_concat(DISTINCT ar.outlet) FROM incident_members m JOIN articles ar"
           f" ON ar.id = m.article_id WHERE m.incident_id = i.id) AS outlets FROM incidents i"
           + (" WHERE " + " AND ".join(where) if where else "") +
           " ORDER BY i.reports DESC, i.first_day, i.id LIMIT ? OFFSET ?")
    return [dict(r) for r in conn.execute(sql, params + [limit, offset])]
