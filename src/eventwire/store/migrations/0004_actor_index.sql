-- Actors are listed grouped by who they are across articles; this index serves that grouping.
CREATE INDEX actors_identity ON actors(name, kind, country, sector, code, n_mentions);
