-- eventwire store, schema 5 (issue 20): indexes for every sort and filter the API offers, and summary tables
-- kept current at ingest so that a listing reads a page of ready rows instead of regrouping the store.

-- events: day (newest first), confidence; filters by status; the article's own order inside a day
CREATE INDEX events_day_order ON events(day DESC, article_id, trigger_start, id);
CREATE INDEX events_confidence ON events(confidence DESC, day DESC, article_id, trigger_start, id);
CREATE INDEX events_status_day ON events(status, day DESC, article_id, trigger_start, id);
CREATE INDEX events_type_day ON events(type, day DESC, article_id, trigger_start, id);
CREATE INDEX events_place ON events(article_id, place);
-- event_actors by event and role (names of a page's rows), by actor (an actor's events)
CREATE INDEX event_actors_role ON event_actors(article_id, event_id, role, actor_id);
CREATE INDEX quotes_speaker ON quotes(article_id, speaker);
CREATE INDEX places_name ON places(name, lat, lon);
CREATE INDEX places_country ON places(country);
CREATE INDEX articles_outlet ON articles(outlet);
-- incidents by the default sort (most reports first) and by day
CREATE INDEX incidents_reports ON incidents(reports DESC, first_day, id);
CREATE INDEX incidents_days ON incidents(first_day, id);

-- One row per actor identity across the store (the grouping of the actors list), with its totals.
-- Empty strings stand for "none" in the key columns so that the key is unique (NULLs never collide).
-- Kept current by db.save_record: an article's own contribution is subtracted before it is replaced and
-- added after it is stored, so nothing outside the article is recounted.
CREATE TABLE actor_totals (
    name          TEXT NOT NULL,
    kind          TEXT NOT NULL,
    country       TEXT NOT NULL DEFAULT '',
    sector        TEXT NOT NULL DEFAULT '',
    code          TEXT NOT NULL DEFAULT '',
    articles      INTEGER NOT NULL DEFAULT 0,
    mentions      INTEGER NOT NULL DEFAULT 0,
    as_source     INTEGER NOT NULL DEFAULT 0,
    as_target     INTEGER NOT NULL DEFAULT 0,
    as_reporter   INTEGER NOT NULL DEFAULT 0,
    quotes        INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (name, kind, country, sector, code)
);
CREATE INDEX actor_totals_mentions ON actor_totals(mentions DESC, name);
CREATE INDEX actor_totals_articles ON actor_totals(articles DESC, name);
CREATE INDEX actor_totals_events ON actor_totals(as_source DESC, name);
CREATE INDEX actor_totals_country ON actor_totals(country, mentions DESC);
CREATE INDEX actor_totals_kind ON actor_totals(kind, mentions DESC);

-- filled from the stored actors by db.rebuild_actor_totals right after this migration runs

-- One row per incident: whether some claim it and others deny it, and which outlets report it.
-- Kept current by the triggers below whenever membership changes (grouping, re-grouping, an article
-- replaced or deleted), so the grouping code itself does not have to know about it.
CREATE TABLE incident_summary (
    incident_id  INTEGER PRIMARY KEY REFERENCES incidents(id) ON DELETE CASCADE,
    claimed      INTEGER NOT NULL DEFAULT 0,   -- member events asserted, reported or planned (incidents.CLAIMING)
    disputed     INTEGER NOT NULL DEFAULT 0,   -- member events denied (incidents.DISPUTING)
    conflict     INTEGER NOT NULL DEFAULT 0,   -- both of the above
    outlets      TEXT                          -- distinct outlets of member articles, comma-separated
);
CREATE INDEX incident_summary_conflict ON incident_summary(conflict, incident_id);

CREATE TRIGGER incident_members_added AFTER INSERT ON incident_members BEGIN
    INSERT OR REPLACE INTO incident_summary (incident_id, claimed, disputed, conflict, outlets)
    SELECT NEW.incident_id, c, d, c > 0 AND d > 0, o FROM (
        SELECT SUM(e.status IN ('asserted', 'reported', 'planned')) AS c, SUM(e.status IN ('denied')) AS d
        FROM incident_members m JOIN events e ON e.article_id = m.article_id AND e.id = m.event_id
        WHERE m.incident_id = NEW.incident_id),
      (SELECT group_concat(outlet, ', ') AS o FROM (
        SELECT DISTINCT ar.outlet FROM incident_members m JOIN articles ar ON ar.id = m.article_id
        WHERE m.incident_id = NEW.incident_id AND ar.outlet IS NOT NULL ORDER BY ar.outlet));
END;

CREATE TRIGGER incident_members_removed AFTER DELETE ON incident_members BEGIN
    INSERT OR REPLACE INTO incident_summary (incident_id, claimed, disputed, conflict, outlets)
    SELECT OLD.incident_id, COALESCE(c, 0), COALESCE(d, 0), COALESCE(c > 0 AND d > 0, 0), o FROM (
        SELECT SUM(e.status IN ('asserted', 'reported', 'planned')) AS c, SUM(e.status IN ('denied')) AS d
        FROM incident_members m JOIN events e ON e.article_id = m.article_id AND e.id = m.event_id
        WHERE m.incident_id = OLD.incident_id),
      (SELECT group_concat(outlet, ', ') AS o FROM (
        SELECT DISTINCT ar.outlet FROM incident_members m JOIN articles ar ON ar.id = m.article_id
        WHERE m.incident_id = OLD.incident_id AND ar.outlet IS NOT NULL ORDER BY ar.outlet))
    WHERE EXISTS (SELECT 1 FROM incidents WHERE id = OLD.incident_id);
END;


INSERT INTO incident_summary (incident_id, claimed, disputed, conflict, outlets)
SELECT i.id, COALESCE(s.c, 0), COALESCE(s.d, 0), COALESCE(s.c > 0 AND s.d > 0, 0),
       (SELECT group_concat(outlet, ', ') FROM (
          SELECT DISTINCT ar.outlet FROM incident_members m JOIN articles ar ON ar.id = m.article_id
          WHERE m.incident_id = i.id AND ar.outlet IS NOT NULL ORDER BY ar.outlet))
FROM incidents i LEFT JOIN (
    SELECT m.incident_id, SUM(e.status IN ('asserted', 'reported', 'planned')) AS c,
           SUM(e.status IN ('denied')) AS d
    FROM incident_members m JOIN events e ON e.article_id = m.article_id AND e.id = m.event_id
    GROUP BY m.incident_id) s ON s.incident_id = i.id;

-- Who takes part in each event by name (and country), for filtering events by actor without joining
-- every actor row of a frequent name to its events. Kept by a trigger on event_actors (whatever writes
-- the store); rows go with their event (cascade).
CREATE TABLE event_names (
    name        TEXT NOT NULL,
    country     TEXT,
    role        TEXT NOT NULL,
    article_id  TEXT NOT NULL,
    event_id    TEXT NOT NULL,
    FOREIGN KEY (article_id, event_id) REFERENCES events(article_id, id) ON DELETE CASCADE
);
CREATE INDEX event_names_name ON event_names(name, role);
CREATE INDEX event_names_country ON event_names(country, role);
CREATE INDEX event_names_event ON event_names(article_id, event_id);

CREATE TRIGGER event_actors_named AFTER INSERT ON event_actors BEGIN
    INSERT INTO event_names (name, country, role, article_id, event_id)
    SELECT a.name, a.country, NEW.role, NEW.article_id, NEW.event_id FROM actors a
    WHERE a.article_id = NEW.article_id AND a.id = NEW.actor_id;
END;

INSERT INTO event_names (name, country, role, article_id, event_id)
SELECT a.name, a.country, l.role, l.article_id, l.event_id
FROM event_actors l JOIN actors a ON a.article_id = l.article_id AND a.id = l.actor_id;
