-- One schema for the embedded H2 (PostgreSQL mode) and for PostgreSQL: only types both know.

-- Every rulebook the service has run under, with the DRL texts that made it.
CREATE TABLE rulebook (
    id          VARCHAR(40) PRIMARY KEY,
    first_seen  TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE TABLE rulebook_file (
    rulebook_id VARCHAR(40)  NOT NULL REFERENCES rulebook (id),
    file_name   VARCHAR(100) NOT NULL,
    body        TEXT         NOT NULL,
    PRIMARY KEY (rulebook_id, file_name)
);

-- A saved fact set is its latest revision; every revision is kept.
CREATE TABLE fact_set (
    id          VARCHAR(36)  PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    revision    INTEGER      NOT NULL,
    created     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE TABLE fact_set_revision (
    fact_set_id VARCHAR(36)  NOT NULL REFERENCES fact_set (id) ON DELETE CASCADE,
    revision    INTEGER      NOT NULL,
    name        VARCHAR(200) NOT NULL,
    description TEXT,
    tags        TEXT         NOT NULL,
    facts       TEXT         NOT NULL,
    facts_hash  VARCHAR(64)  NOT NULL,
    saved       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (fact_set_id, revision)
);
CREATE TABLE fact_set_tag (
    fact_set_id VARCHAR(36)  NOT NULL REFERENCES fact_set (id) ON DELETE CASCADE,
    tag         VARCHAR(100) NOT NULL,
    PRIMARY KEY (fact_set_id, tag)
);
CREATE INDEX fact_set_name ON fact_set (name);
CREATE INDEX fact_set_tag_tag ON fact_set_tag (tag);

-- A report is a function of (rulebook, fact set, as-of date): stored once per such key, gzipped JSON.
CREATE TABLE report (
    report_key  VARCHAR(64) PRIMARY KEY,
    body        BYTEA       NOT NULL
);

-- The decision log: one row per evaluation. statuses reads ';DETERMINATION=STATUS;...;' (one row, not
-- one per determination, keeps a write cheap; GET /decisions filters on it with LIKE). The id is a
-- time-ordered UUID (version 7): ordering and time ranges use the primary key, so no index on time.
CREATE TABLE decision (
    id                VARCHAR(36)   PRIMARY KEY,
    decided_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    rulebook_id       VARCHAR(40)   NOT NULL,
    facts_hash        VARCHAR(64)   NOT NULL,
    as_of             DATE          NOT NULL,
    origin            VARCHAR(20)   NOT NULL,
    fact_set_id       VARCHAR(36),
    fact_set_revision INTEGER,
    scenario_id       VARCHAR(100),
    statuses          VARCHAR(2000) NOT NULL,
    report_key        VARCHAR(64)
);
CREATE INDEX decision_rulebook_hash ON decision (rulebook_id, facts_hash);
CREATE INDEX decision_fact_set ON decision (fact_set_id);
