-- Incidents: one happening reported by many articles. Each stored event belongs to at most one incident.
CREATE TABLE incidents (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    type          TEXT NOT NULL,
    symmetric     INTEGER NOT NULL DEFAULT 0,
    sources       TEXT NOT NULL DEFAULT '[]',   -- JSON list of participant keys (names, country/sector)
    targets       TEXT NOT NULL DEFAULT '[]',
    label         TEXT,                         -- "Putin -> Kim (CONSULT)"
    first_day     TEXT,                         -- merged time interval of the member events
    last_day      TEXT,
    spread_days   INTEGER,                      -- how far the members' own intervals disagree
    place         TEXT,                         -- most reported place name, its country and point
    place_country TEXT,
    lat           REAL,
    lon           REAL,
    earliest_report TEXT,                       -- first publication date among member articles
    reports       INTEGER NOT NULL DEFAULT 0,   -- member events
    articles      INTEGER NOT NULL DEFAULT 0    -- distinct member articles
);
CREATE INDEX incidents_type_days ON incidents(type, last_day, first_day);

CREATE TABLE incident_members (
    incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    article_id  TEXT NOT NULL,
    event_id    TEXT NOT NULL,
    PRIMARY KEY (article_id, event_id),
    FOREIGN KEY (article_id, event_id) REFERENCES events(article_id, id) ON DELETE CASCADE
);
CREATE INDEX incident_members_incident ON incident_members(incident_id);
