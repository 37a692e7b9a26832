-- eventwire store, schema 2 (issue 12): what the watcher knows about each URL it has fetched.
-- Feeds keep their validators for conditional requests; pages keep what became of them, so that a page
-- already stored (or a copy of a stored text) is not fetched again and a failed one is retried a few times.
CREATE TABLE fetch_state (
    url            TEXT PRIMARY KEY,
    kind           TEXT NOT NULL CHECK (kind IN ('feed', 'page')),
    feed           TEXT,                          -- for a page: the feed or sitemap it was found in
    status         TEXT NOT NULL CHECK (status IN ('ok', 'queued', 'stored', 'duplicate', 'failed', 'gave_up')),
    etag           TEXT,                          -- the last ETag the server sent
    last_modified  TEXT,                          -- the last Last-Modified the server sent
    article_id     TEXT,                          -- the stored article the page resolved to
    attempts       INTEGER NOT NULL DEFAULT 0,    -- failed tries in a row
    error          TEXT,                          -- the last failure
    checked_at     TEXT NOT NULL
);
CREATE INDEX fetch_state_feed ON fetch_state(feed, status);
CREATE INDEX articles_url ON articles(url);
