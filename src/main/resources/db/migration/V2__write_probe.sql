-- One row the readiness check rewrites to learn whether the database takes writes (a full disk, a read-only
-- database, a server gone): reading alone goes on working in all three.
CREATE TABLE write_probe (
    id          INTEGER PRIMARY KEY,
    probed_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
INSERT INTO write_probe (id, probed_at) VALUES (1, CURRENT_TIMESTAMP);
