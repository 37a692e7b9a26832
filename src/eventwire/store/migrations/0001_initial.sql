-- eventwire store, schema 1: one row per article, one table per kind of extracted item.
CREATE TABLE articles (
    id            TEXT PRIMARY KEY,
    title         TEXT,
    url           TEXT,
    outlet        TEXT,
    authors       TEXT NOT NULL DEFAULT '[]',   -- JSON list
    published     TEXT,                         -- as in the record (date or ISO 8601)
    day           TEXT,                         -- YYYY-MM-DD of published, for date filters
    language      TEXT,
    text          TEXT NOT NULL,
    source        TEXT,                         -- the file (and line) it was read from
    content_hash  TEXT NOT NULL,
    record        TEXT NOT NULL,                -- the whole eventwire/1 record, JSON
    ingested_at   TEXT NOT NULL
);
CREATE INDEX articles_day ON articles(day);
CREATE INDEX articles_hash ON articles(content_hash);

CREATE TABLE actors (
    article_id  TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    id          TEXT NOT NULL,
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL,
    country     TEXT,
    sector      TEXT,
    code        TEXT,
    role        TEXT,
    mentions    TEXT NOT NULL,                  -- JSON list of {start, end, text}
    n_mentions  INTEGER NOT NULL,
    PRIMARY KEY (article_id, id)
);
CREATE INDEX actors_name ON actors(name);
CREATE INDEX actors_country ON actors(country);

CREATE TABLE quotes (
    article_id    TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    id            TEXT NOT NULL,
    text          TEXT NOT NULL,
    start         INTEGER NOT NULL,
    end           INTEGER NOT NULL,
    kind          TEXT NOT NULL,
    speaker       TEXT,
    speaker_text  TEXT,
    cue           TEXT,
    via           TEXT NOT NULL DEFAULT '[]',
    PRIMARY KEY (article_id, id)
);

CREATE TABLE times (
    article_id  TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    id          TEXT NOT NULL,
    text        TEXT NOT NULL,
    start       INTEGER NOT NULL,
    end         INTEGER NOT NULL,
    value       TEXT,
    mod         TEXT,
    first_day   TEXT,
    last_day    TEXT,
    anchor      TEXT,
    type        TEXT,
    PRIMARY KEY (article_id, id)
);
CREATE INDEX times_first_day ON times(first_day);

CREATE TABLE places (
    article_id  TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    id          TEXT NOT NULL,
    text        TEXT NOT NULL,
    start       INTEGER NOT NULL,
    end         INTEGER NOT NULL,
    name        TEXT,
    geonameid   INTEGER,
    country     TEXT,
    lat         REAL,
    lon         REAL,
    feature     TEXT,
    PRIMARY KEY (article_id, id)
);
CREATE INDEX places_geonameid ON places(geonameid);

CREATE TABLE events (
    article_id      TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    id              TEXT NOT NULL,
    type            TEXT NOT NULL,
    mode            TEXT,
    cameo           TEXT,
    source          TEXT NOT NULL DEFAULT '[]',   -- JSON list of actor ids
    target          TEXT NOT NULL DEFAULT '[]',
    time            TEXT,
    place           TEXT,
    status          TEXT NOT NULL,
    according_to    TEXT NOT NULL DEFAULT '[]',
    sentence_start  INTEGER,
    sentence_end    INTEGER,
    trigger_text    TEXT,
    trigger_start   INTEGER,
    trigger_end     INTEGER,
    rule            TEXT,
    confidence      REAL,
    day             TEXT,                         -- first day of the event's time, else the article's day
    PRIMARY KEY (article_id, id)
);
CREATE INDEX events_type ON events(type);
CREATE INDEX events_day ON events(day);

-- who takes part in each event, by role, for filtering events by actor name or country
CREATE TABLE event_actors (
    article_id  TEXT NOT NULL,
    event_id    TEXT NOT NULL,
    role        TEXT NOT NULL CHECK (role IN ('source', 'target', 'according_to')),
    actor_id    TEXT NOT NULL,
    FOREIGN KEY (article_id, event_id) REFERENCES events(article_id, id) ON DELETE CASCADE,
    FOREIGN KEY (article_id, actor_id) REFERENCES actors(article_id, id) ON DELETE CASCADE
);
CREATE INDEX event_actors_actor ON event_actors(article_id, actor_id);
CREATE INDEX event_actors_event ON event_actors(article_id, event_id);
