-- eventwire store, schema 6 (issue 20): one row per map point (a resolved place name at coordinates
-- rounded to 3 decimals) with its mentions, articles and events, so the map and the places list read a
-- page of it instead of grouping every place mention. Kept by db.save_record like actor_totals (an
-- article's contribution taken away before it is replaced, added after); filled right after this
-- migration by db.rebuild_place_totals.
CREATE TABLE place_totals (
    name      TEXT NOT NULL,
    country   TEXT NOT NULL DEFAULT '',
    feature   TEXT NOT NULL DEFAULT '',
    lat       REAL NOT NULL,
    lon       REAL NOT NULL,
    mentions  INTEGER NOT NULL DEFAULT 0,
    articles  INTEGER NOT NULL DEFAULT 0,
    events    INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (name, country, feature, lat, lon)
);
CREATE INDEX place_totals_mentions ON place_totals(mentions DESC, name);
CREATE INDEX place_totals_country ON place_totals(country, mentions DESC);
CREATE INDEX place_totals_feature ON place_totals(feature, mentions DESC);
